"""File → Export's Layer field: by default a document with two layers and no gold is left out and the
report says so; typing an annotator's name exports exactly that layer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog

from curator.core.services.spans import insert_span
from curator.core.storage.models import Annotator
from curator.ui import messages, project_flows
from curator.ui.main_window import MainWindow


def test_the_layer_field_chooses_whose_spans_are_exported(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(messages, name, lambda _parent, _title, text, *a, **k: said.append(text))
    document = window.controller.document
    assert document is not None
    start = document.text.index("Bişkek")
    window.text_view.select_range(start, start + len("Bişkek"))
    window.tag("GPE")  # in the current annotator's ("tester") layer
    project = window.project
    with project.write() as session:
        other = Annotator(name="other")
        session.add(other)
        session.flush()
        insert_span(session, project, document.id, start, start + len("Bişkek"), "LOC", layer=other.id)

    def export(layer: str | None, out: Path) -> list[dict]:
        def fill_in(dialog: project_flows.ExportDialog) -> int:
            dialog.show()
            dialog.format_box.setCurrentText("jsonl")
            dialog.path_edit.setText(str(out))
            field = dialog.inputs["layer"]
            assert isinstance(field, QComboBox) and field.isEnabled() and field.currentText() == "default"
            if layer is not None:
                editor = field.lineEdit()
                editor.selectAll()
                qtbot.keyClicks(editor, layer)
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(project_flows.ExportDialog, "exec", fill_in)
        window.registry["documents.export"].trigger()
        qtbot.waitUntil(lambda: not window.jobs.running, timeout=20_000)
        return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]

    assert all(task["meta"]["doc_id"] != document.id for task in export(None, tmp_path / "default.jsonl"))
    assert "not adjudicated: layers other, tester and no gold" in said[-1]
    (task,) = [t for t in export("tester", tmp_path / "mine.jsonl") if t["meta"]["doc_id"] == document.id]
    assert [(s["start"], s["end"], s["label"]) for s in task["spans"]] == [(start, start + 6, "GPE")]
