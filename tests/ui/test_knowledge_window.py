"""Linking mentions to canonical entities in the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from curator.core import queries
from curator.core.services import entities
from curator.ui.main_window import MainWindow
from tests.ui.test_tagging import select_chars


def test_ctrl_l_finds_the_entity_by_alias_and_enter_links_the_mention(qtbot, window: MainWindow) -> None:
    document = window.controller.document
    assert document is not None and document.text.startswith("KGAÖ")
    select_chars(window, 0, 4)
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)
    select_chars(window, 1, 1)
    qtbot.keyClick(window.text_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    panel = window.knowledge_panel
    assert window.lower_tabs.currentWidget() is panel
    assert panel.search.text() == "KGAÖ"
    assert panel.current_entity() is not None and panel.current_entity().wikidata == "Q318693"
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    [span] = queries.list_spans(window.project, document.id)
    assert span.entity_id == panel.current_entity().id
    assert window.span_model.index(0, 4).data() == "Collective Security Treaty Organization"
    assert [u.mentions for u in entities.list_entities(window.project, "KGAÖ")][:1] == [1]
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert queries.list_spans(window.project, document.id)[0].entity_id is None


def test_new_entity_from_a_mention_and_link_every_identical_mention(qtbot, window: MainWindow) -> None:
    window.documents.step(+1)
    kyrgyz = window.controller.document
    assert kyrgyz is not None
    start = kyrgyz.text.index("Казакбаев")
    window.text_view.select_range(start - len("Руслан "), start + len("Казакбаев"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    window.text_view.select_range(start, start)
    qtbot.keyClick(
        window.text_view,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    [span] = queries.list_spans(window.project, kyrgyz.id)
    created = entities.list_entities(window.project, "Руслан Казакбаев")[0].entity
    assert span.entity_id == created.id and created.type == "PER"
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert queries.list_spans(window.project, kyrgyz.id)[0].entity_id is None
    assert all(u.entity.name != "Руслан Казакбаев" for u in entities.list_entities(window.project))
    qtbot.keyClick(
        window.text_view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert queries.list_spans(window.project, kyrgyz.id)[0].entity_id == created.id
