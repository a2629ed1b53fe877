"""File → Export with a test fraction: the dialog offers it, the export writes test.spacy and the
manifest names each split's documents, as the files hold them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curator.ui import messages, project_flows
from curator.ui.main_window import MainWindow


def test_the_export_dialog_writes_a_test_split_and_its_manifest(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import spacy
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog
    from spacy.tokens import DocBin

    said: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(messages, name, lambda _parent, _title, text, *a, **k: said.append(text))
    out = tmp_path / "corpus"

    def fill_in(dialog: project_flows.ExportDialog) -> int:
        """What the user does: spaCy, a folder, a third each for dev and test, untouched kept, OK."""
        dialog.show()
        dialog.format_box.setCurrentText("spacy")
        dialog.path_edit.setText(str(out))
        dialog.inputs["dev_fraction"].setValue(0.35)
        dialog.inputs["test_fraction"].setValue(0.3)
        box = dialog.inputs["include_untouched"]
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(project_flows.ExportDialog, "exec", fill_in)
    window.registry["documents.export"].trigger()
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=20_000)

    vocab = spacy.blank("tr").vocab
    held = {
        name: [
            doc.user_data["curator_doc_id"]
            for doc in DocBin().from_disk(out / f"{name}.spacy").get_docs(vocab)
        ]
        for name in ("train", "dev", "test")
    }
    assert sorted(map(len, held.values())) == [1, 1, 1]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert {name: split["documents"] for name, split in manifest["splits"].items()} == held
    assert (manifest["options"]["dev_fraction"], manifest["options"]["test_fraction"]) == (0.35, 0.3)
    assert any("1 for test (test fraction 0.3)" in text and "manifest" in text for text in said)
