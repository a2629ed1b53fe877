"""Linking mentions to canonical entities in the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from curator.core import queries, services
from curator.core.services import entities
from curator.ui.main_window import MainWindow
from tests.ui.test_tagging import select_chars


def test_ctrl_l_finds_the_entity_by_alias_and_enter_links_the_mention(qtbot, window: MainWindow) -> None:
    document = window.controller.document
    assert document is not None and document.text.startswith("KGAÖ")
    select_chars(window, 0, 4)
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)
    assert queries.list_spans(window.project, document.id)[0].entity_id is not None  # linked as tagged
    select_chars(window, 1, 1)
    alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(window.text_view, Qt.Key.Key_U, alt)  # unlinked, to link it by hand
    assert queries.list_spans(window.project, document.id)[0].entity_id is None
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
    [tagged] = queries.list_spans(window.project, kyrgyz.id)
    assert tagged.entity_id is not None  # the knowledge base names him once: linked as tagged
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
    assert queries.list_spans(window.project, kyrgyz.id)[0].entity_id == tagged.entity_id
    assert all(u.entity.name != "Руслан Казакбаев" for u in entities.list_entities(window.project))
    qtbot.keyClick(
        window.text_view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert queries.list_spans(window.project, kyrgyz.id)[0].entity_id == created.id


def _entity_key(window: MainWindow, span_id: int) -> str | None:
    entity_id = next(s.entity_id for s in window.controller.spans if s.id == span_id)
    if entity_id is None:
        return None
    return next(u.entity.key for u in entities.list_entities(window.project) if u.entity.id == entity_id)


def test_a_tag_is_linked_as_it_is_made_and_one_undo_takes_both(qtbot, window: MainWindow) -> None:
    document = window.controller.document
    assert document is not None
    start = document.text.index("Bişkek'te")
    select_chars(window, start, start + len("Bişkek'te"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_3)  # GPE; the label key drops the "'te"
    [span] = queries.list_spans(window.project, document.id)
    assert _entity_key(window, span.id) == "gpe_bishkek"
    assert window.span_model.index(0, 4).data() == "Bishkek"  # the entity table shows the link
    assert "linked to Bishkek" in window.statusBar().currentMessage()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert queries.list_spans(window.project, document.id) == []
    qtbot.keyClick(
        window.text_view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    [again] = queries.list_spans(window.project, document.id)
    assert _entity_key(window, again.id) == "gpe_bishkek"


def test_an_ambiguous_tag_offers_its_candidates_and_the_user_chooses(qtbot, window: MainWindow) -> None:
    district = entities.create_entity(window.project, "Bishkek District", "LOC", aliases=["Bişkek"]).entity
    document = window.controller.document
    assert document is not None
    start = document.text.index("Bişkek'te")
    select_chars(window, start, start + len("Bişkek"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_3)
    [span] = queries.list_spans(window.project, document.id)
    assert span.entity_id is None  # two entities match: none is chosen for the user
    message = window.statusBar().currentMessage()
    assert "2 canonical entities match (Bishkek, Bishkek District)" in message
    panel = window.knowledge_panel
    assert [panel.model.entity(row).key for row in range(panel.model.rowCount())] == [  # type: ignore[union-attr]
        "gpe_bishkek",
        district.key,
    ]
    select_chars(window, start + 1, start + 1)
    qtbot.keyClick(window.text_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lower_tabs.currentWidget() is panel and panel.model.rowCount() == 2
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert queries.list_spans(window.project, document.id)[0].entity_id == district.id


def test_the_knowledge_menu_links_every_unambiguous_mention_in_one_step(qtbot, window: MainWindow) -> None:
    turkish, kyrgyz = (d.id for d in queries.list_documents(window.project)[:2])
    for document_id, surface, label in ((turkish, "KGAÖ", "ORG"), (kyrgyz, "Душанбе", "GPE")):
        text = queries.get_document(window.project, document_id).text
        at = text.index(surface)
        services.add_span(window.project, document_id, at, at + len(surface), label, source="import")
    window.controller.reload_document(turkish)
    window.registry["entity.link_corpus"].trigger()
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=20_000)
    keys = {s.entity_id for d in (turkish, kyrgyz) for s in queries.list_spans(window.project, d)}
    known = {u.entity.id: u.entity.key for u in entities.list_entities(window.project)}
    assert {known[k] for k in keys if k is not None} == {"org_csto", "gpe_dushanbe"} and None not in keys
    assert window.statusBar().currentMessage().startswith("Linked 2 mentions — saved (one undo)")
    window.registry["edit.undo"].trigger()
    assert {s.entity_id for d in (turkish, kyrgyz) for s in queries.list_spans(window.project, d)} == {None}
