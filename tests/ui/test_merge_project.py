"""File → Merge Project…: the file dialog (patched) picks another project, the merge runs in the
background, the report is shown and the document list shows the documents that came in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from curator.core.queries import list_documents
from curator.ui import file_dialogs, merge_dialog, messages
from curator.ui.main_window import MainWindow
from tests.helpers.team_project import content, make_team_project


def test_merge_project_from_the_file_menu(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "laptop2.curator"
    make_team_project(other).close()
    before = window.documents.model.total
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(other))
    explained: list[str] = []

    def accept(dialog: merge_dialog.MergeDialog) -> int:
        explained.extend(label.text() for label in dialog.findChildren(merge_dialog.QLabel))
        dialog.rule.setCurrentIndex(dialog.rule.findData("newest"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(merge_dialog.MergeDialog, "exec", accept)
    shown: list[str] = []
    monkeypatch.setattr(messages, "information", lambda _parent, _title, text, *a, **k: shown.append(text))
    file_menu = window.registry.menu("file")
    assert "project.merge" in [action.objectName() for action in file_menu.actions()]
    window.registry["project.merge"].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert any("cannot be undone with Undo" in text for text in explained)
    assert "laptop2.curator: brought" in shown[0] and "7 new documents" in shown[0]
    assert "backup taken first" in shown[0]
    assert window.documents.model.total == before + 7 == len(list_documents(window.project))
    spans = {(s[1], s[4]) for s in content(window.project.path)["spans"]}
    assert {("a", "GPE"), ("b", "PER")} <= spans
