"""Edit → Find Duplicates in the real window: search in the background, merge or keep apart, undo."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence

from curator.core import queries, services
from curator.core.storage import Project
from curator.core.text.duplicates import find_duplicate_groups
from curator.ui.duplicates_dialog import DuplicatesDialog
from curator.ui.main_window import MainWindow
from tests.core.test_duplicates import STORY

COPY = "AKİPRESS | Son dakika\n" + STORY + "\nDolar 87,45 som · Euro 94,10 som"


def add_annotated_copies(project: Project) -> tuple[int, int]:
    """The story and a re-crawl of it, each annotated with a span the other lacks."""
    with project.write() as session:
        services.add_documents(
            session,
            [
                services.NewDocument(STORY, title="KGAÖ toplantısı", source="AA", pub_date="2021-05-19"),
                services.NewDocument(COPY, title="KGAÖ toplantısı (AKİpress)", source="AKİpress"),
            ],
            annotator_id=project.annotator_id,
            source="test",
        )
    story_id, copy_id = [d.id for d in queries.list_documents(project)][-2:]
    org = STORY.index("Kolektif Güvenlik Antlaşması Örgütü")
    services.add_span(project, story_id, org, org + len("Kolektif Güvenlik Antlaşması Örgütü"), "ORG")
    gpe = COPY.index("Bişkek")
    services.add_span(project, copy_id, gpe, gpe + len("Bişkek"), "GPE")
    person = COPY.index("Ceenbek Kulubayev")
    services.add_span(project, copy_id, person, person + len("Ceenbek Kulubayev"), "PER")
    return story_id, copy_id


def spans_of(project: Project, document_id: int) -> list[tuple[str, str]]:
    text = queries.get_document(project, document_id).text
    return sorted(
        (span.label, text[span.start : span.end]) for span in queries.list_spans(project, document_id)
    )


def open_and_search(qtbot, window: MainWindow) -> DuplicatesDialog:
    # The action Ctrl+Alt+D triggers (checked below): a key press that opens a window leaves the offscreen
    # platform's modifier keys held for the tests after it.
    window.registry["documents.duplicates"].trigger()
    dialog = window.open_dialogs["duplicates"]
    qtbot.waitUntil(lambda: dialog.groups_model.rowCount() > 0, timeout=20_000)
    return dialog


def test_the_action_has_its_shortcut_in_the_list_of_keys(window: MainWindow) -> None:
    action = window.registry["documents.duplicates"]
    assert action.shortcuts() == [QKeySequence("Ctrl+Alt+D")]
    assert "Find Duplicates" in action.toolTip() and "Ctrl+Alt+D" in action.toolTip()


def test_merging_keeps_the_spans_of_both_on_the_chosen_keeper_and_undo_puts_them_back(
    qtbot,
    window: MainWindow,
) -> None:
    story_id, copy_id = add_annotated_copies(window.project)

    dialog = open_and_search(qtbot, window)

    group = dialog.current_row()
    assert group is not None and group.group.document_ids == (story_id, copy_id)
    assert group.keeper_id == copy_id  # suggested: the copy has more spans
    members = dialog.members_model
    assert [members.data(members.index(r, 0)) for r in range(2)] == ["", "keeper"]
    assert members.data(members.index(0, 3)) == "AA" and members.data(members.index(0, 4)) == "2021-05-19"
    assert members.data(members.index(0, 5)) == "100%"  # all of the story is in the copy
    # The user keeps the original story instead: select its row, Make Keeper, Merge.
    dialog.members.selectionModel().setCurrentIndex(
        members.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.mouseClick(dialog.keeper_button, Qt.MouseButton.LeftButton)
    assert members.data(members.index(0, 0)) == "keeper" and members.data(members.index(1, 0)) == "suggested"
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    merged = [("GPE", "Bişkek"), ("ORG", "Kolektif Güvenlik Antlaşması Örgütü"), ("PER", "Ceenbek Kulubayev")]
    assert spans_of(window.project, story_id) == merged
    assert queries.get_document(window.project, copy_id).meta["duplicate_of"] == story_id
    assert dialog.groups_model.data(dialog.groups_model.index(0, 3)) == f"merged into #{story_id}"
    assert not dialog.merge_button.isEnabled()
    assert window.controller.document is not None and window.controller.document.id == story_id
    assert len(window.controller.spans) == 3  # the open keeper shows the carried spans
    assert find_duplicate_groups(window.project) == []

    window.registry["edit.undo"].trigger()

    assert spans_of(window.project, story_id) == [("ORG", "Kolektif Güvenlik Antlaşması Örgütü")]
    assert "duplicate_of" not in queries.get_document(window.project, copy_id).meta
    assert dialog.groups_model.data(dialog.groups_model.index(0, 3)) == ""
    assert dialog.merge_button.isEnabled()
    assert len(window.controller.spans) == 1
    window.registry["edit.redo"].trigger()
    assert spans_of(window.project, story_id) == merged
    dialog.close()


def test_keeping_a_group_separate_is_remembered_and_undoable(qtbot, window: MainWindow) -> None:
    story_id, copy_id = add_annotated_copies(window.project)
    dialog = open_and_search(qtbot, window)

    qtbot.mouseClick(dialog.separate_button, Qt.MouseButton.LeftButton)

    assert spans_of(window.project, story_id) == [("ORG", "Kolektif Güvenlik Antlaşması Örgütü")]
    assert find_duplicate_groups(window.project) == []
    assert dialog.groups_model.data(dialog.groups_model.index(0, 3)) == "kept separate"
    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "No duplicates found.", timeout=20_000)

    window.registry["edit.undo"].trigger()

    assert [g.document_ids for g in find_duplicate_groups(window.project)] == [(story_id, copy_id)]
    dialog.close()


def test_cancelling_the_search_says_so(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Cancel button reaches the search: it stops at its next check and the dialog says so."""
    from curator.ui import duplicates_dialog

    add_annotated_copies(window.project)

    def search_after_cancel(project: Project, **callbacks):
        deadline = time.monotonic() + 10
        while not callbacks["is_cancelled"]() and time.monotonic() < deadline:
            time.sleep(0.01)
        return find_duplicate_groups(project, **callbacks)

    monkeypatch.setattr(duplicates_dialog, "find_duplicate_groups", search_after_cancel)
    dialog = duplicates_dialog.find_duplicates(window)
    window.jobs.running[-1].cancel()
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=20_000)

    assert dialog.status.text() == "No result: duplicate search cancelled."
    assert dialog.groups_model.rowCount() == 0
    dialog.close()
