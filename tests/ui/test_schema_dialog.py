"""The schema dialog: rename keeps annotations, deleting a label in use asks and is undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from curator.core import queries
from curator.ui import messages
from curator.ui.main_window import MainWindow
from curator.ui.schema_dialog import SchemaDialog
from tests.ui.test_tagging import select_chars


def test_rename_delete_and_undo_from_the_schema_dialog(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = window.controller.document
    assert document is not None
    select_chars(window, 0, 4)
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)
    dialog = SchemaDialog(window)
    qtbot.addWidget(dialog)
    row = next(i for i, r in enumerate(dialog.labels.rows) if r["name"] == "ORG")
    assert dialog.labels.setData(dialog.labels.index(row, 0), "ORGANISATION")
    assert [s.label for s in queries.list_spans(window.project, document.id)] == ["ORGANISATION"]
    assert "ORGANISATION" in window.palette_bar.buttons

    asked: list[str] = []

    def answer_yes(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return messages.Button.Yes

    monkeypatch.setattr(messages, "question", answer_yes)
    dialog.label_view.setCurrentIndex(dialog.labels.index(row, 0))
    dialog.delete()
    assert asked and "used by 1 span(s) in 1 document(s)" in asked[0]
    assert queries.list_spans(window.project, document.id) == []
    assert "ORGANISATION" not in window.palette_bar.buttons

    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.label for s in queries.list_spans(window.project, document.id)] == ["ORGANISATION"]
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.label for s in queries.list_spans(window.project, document.id)] == ["ORG"]
    assert "ORG" in window.palette_bar.buttons


def test_event_roles_are_edited_in_brat_syntax(qtbot, window: MainWindow) -> None:
    dialog = SchemaDialog(window)
    qtbot.addWidget(dialog)
    row = next(i for i, r in enumerate(dialog.events.rows) if r["name"] == "VISIT")
    column = [c[0] for c in dialog.EVENT_COLUMNS].index("roles")
    assert dialog.events.setData(dialog.events.index(row, column), "VISITOR:PER, HOST*:PER|GPE")
    visit = next(t for t in queries.list_event_types(window.project) if t.name == "VISIT")
    assert [(r.name, r.allowed_labels, r.repeatable) for r in visit.roles] == [
        ("VISITOR", ("PER",), False), ("HOST", ("PER", "GPE"), True)
    ]  # fmt: skip


def test_event_attributes_are_defined_in_the_schema_dialog(qtbot, window: MainWindow, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from curator.core.services import attributes

    dialog = SchemaDialog(window)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.attribute_view)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Level", True))
    dialog.add()
    row = next(i for i, r in enumerate(dialog.attributes.rows) if r["name"] == "Level")
    assert dialog.attributes.setData(dialog.attributes.index(row, 2), "ministerial|summit")
    assert dialog.attributes.setData(dialog.attributes.index(row, 1), "MEETING")
    level = next(a for a in attributes.list_attributes(window.project) if a.name == "Level")
    assert (level.values, level.targets) == (("ministerial", "summit"), ("MEETING",))
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    level = next(a for a in attributes.list_attributes(window.project) if a.name == "Level")
    assert level.targets == ()


def test_adding_a_label_is_one_undo_step_and_the_dialog_follows_undo(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QInputDialog

    dialog = SchemaDialog(window)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("igo", True))
    dialog.add()
    assert "IGO" in [label.name for label in queries.list_labels(window.project)]
    assert "IGO" in window.palette_bar.buttons and "IGO" in [r["name"] for r in dialog.labels.rows]
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "IGO" not in [label.name for label in queries.list_labels(window.project)]
    assert "IGO" not in window.palette_bar.buttons and "IGO" not in [r["name"] for r in dialog.labels.rows]
