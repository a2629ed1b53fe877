"""Reviewing suggestions in the real window: keys, bulk actions, undo and the Suggest action, on the DB."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip
from sqlalchemy import select, text

from curator.core import queries
from curator.core.services import suggestions
from curator.core.storage import Project
from curator.core.storage.models import KnowledgeEntity
from curator.core.suggest.runner import parse_suggester, run_suggester, select_documents
from curator.ui import suggestion_actions
from curator.ui.main_window import MainWindow
from curator.ui.shortcuts_dialog import ShortcutsDialog
from tests.helpers.word_suggester import Word, WordListSuggester
from tests.ui.test_tagging import select_chars

SHIFT, CTRL, ALT = (
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.AltModifier,
)


def entity_key(project: Project, name: str) -> str:
    with project.read() as session:
        return session.execute(select(KnowledgeEntity.key).where(KnowledgeEntity.name == name)).scalar_one()


def words(project: Project) -> list[Word]:
    bishkek = entity_key(project, "Bishkek")
    csto = entity_key(project, "Collective Security Treaty Organization")
    return [
        Word("KGAÖ", "ORG", entity_key=csto),
        Word("ЖККУ", "ORG", entity_key=csto),
        Word("Bişkek", "GPE", entity_key=bishkek),
        Word("Dışişleri", "MISC"),
        Word("Bakanları", "MISC"),
        Word("Moskova", "GPE"),
    ]


def dump(project: Project) -> dict[str, list[tuple]]:
    with project.read() as session:
        return {
            name: sorted(session.execute(text(f"SELECT * FROM {name}")).all())
            for name in ("spans", "events", "event_arguments", "suggestions", "suggestion_decisions")
        }


@pytest.fixture
def window(qtbot, project: Project) -> MainWindow:
    """The window over a project whose suggestions were stored before it opened (as by `curator suggest`)."""
    suggester = WordListSuggester(words(project))
    run_suggester(project, "words", lambda _language: suggester, select_documents(project))
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def put_cursor(window: MainWindow, offset: int) -> None:
    window.text_view.setFocus()
    window.text_view.select_range(offset, offset)


def gpe_spans(window: MainWindow, document_id: int) -> list[tuple[int, int, str, str]]:
    return [(s.start, s.end, s.label, s.source) for s in queries.list_spans(window.project, document_id)]


def test_suggestions_are_drawn_dashed_with_a_tooltip_and_listed(window: MainWindow) -> None:
    document = window.controller.document
    assert document is not None and document.text.startswith("KGAÖ")
    actions = window.suggestion_actions
    assert [document.text[s.start : s.end] for s in actions.pending] == [
        "KGAÖ",
        "Dışişleri",
        "Bakanları",
        "Bişkek",
    ]
    assert actions.panel.model.rowCount() == 4
    assert "4 here: GPE 1 · MISC 2 · ORG 1; 7 in the corpus" in actions.panel.title.text()
    block = window.text_view.document().firstBlock()
    ranges = block.layout().formats()
    styles = {r.start: (r.format.underlineStyle(), r.format.background().color()) for r in ranges}
    bishkek = document.text.index("Bişkek")
    style, fill = styles[bishkek]
    label_color = QColor(window.controller.colors["GPE"])
    assert style == QTextCharFormat.UnderlineStyle.DashUnderline
    assert fill.lightness() > label_color.lightness() and fill.hue() == pytest.approx(
        label_color.hue(), abs=3
    )
    view = window.text_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(bishkek + 2)
    point = view.cursorRect(cursor).center()
    QApplication.sendEvent(
        view.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    )
    assert "Suggested GPE  ·  score 0.90\nsource: words:Bişkek" in QToolTip.text()
    QToolTip.hideText()
    tip = window.text_view.tooltip_at(bishkek + 2)
    assert (
        tip is not None and "source: words:Bişkek" in tip and "score 0.90" in tip and "entity: Bishkek" in tip
    )
    assert window.text_view.tooltip_at(document.text.index("yapıldı")) is None


def test_a_accepts_r_rejects_and_undo_redo_are_exact(qtbot, window: MainWindow) -> None:
    document = window.controller.document
    assert document is not None
    before = dump(window.project)
    bishkek = document.text.index("Bişkek")
    put_cursor(window, bishkek + 1)
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)
    [span] = queries.list_spans(window.project, document.id)
    assert (span.start, span.end, span.label, span.source) == (bishkek, bishkek + 6, "GPE", "words:Bişkek")
    assert span.entity_id is not None and window.span_model.rowCount() == 1
    assert len(window.suggestion_actions.pending) == 3
    after_accept = dump(window.project)
    put_cursor(window, 1)
    qtbot.keyClick(window.text_view, Qt.Key.Key_R)
    assert [s.label for s in window.suggestion_actions.pending] == ["MISC", "MISC"]
    decisions = {(r.label, r.outcome) for r in _decisions(window.project)}
    assert decisions == {("GPE", "accepted"), ("ORG", "rejected")}
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, CTRL)
    assert dump(window.project) == after_accept
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, CTRL)
    assert dump(window.project) == before and len(window.suggestion_actions.pending) == 4
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert dump(window.project) == after_accept
    assert window.span_model.rowCount() == 1


def _decisions(project: Project) -> list:
    with project.read() as session:
        return list(session.execute(text("SELECT label, outcome FROM suggestion_decisions")).all())


def test_n_jumps_and_shift_a_accepts_and_moves_on_into_the_next_document(
    qtbot,
    window: MainWindow,
) -> None:
    document = window.controller.document
    assert document is not None
    put_cursor(window, 0)
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    assert window.text_view.selection() == (0, 4)
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    start = document.text.index("Dışişleri")
    assert window.text_view.selection() == (start, start + len("Dışişleri"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_N, SHIFT)
    assert window.text_view.selection() == (0, 4)
    for _ in range(4):
        qtbot.keyClick(window.text_view, Qt.Key.Key_A, SHIFT)
    assert [s.label for s in queries.list_spans(window.project, document.id)] == [
        "ORG",
        "MISC",
        "MISC",
        "GPE",
    ]
    kyrgyz = window.controller.document
    assert kyrgyz is not None and kyrgyz.id != document.id  # moved on to the next document with suggestions
    start = kyrgyz.text.index("ЖККУ")
    assert window.text_view.selection() == (start, start + 4)
    assert window.documents.model.row_of(kyrgyz.id) is not None


def test_bulk_accepts_by_label_and_by_entity_each_undo_in_one_step(qtbot, window: MainWindow) -> None:
    project = window.project
    document = window.controller.document
    assert document is not None
    before = dump(project)
    put_cursor(window, document.text.index("Bakanları") + 2)
    qtbot.keyClick(window.text_view, Qt.Key.Key_A, CTRL | SHIFT)
    assert [s.label for s in queries.list_spans(project, document.id)] == ["MISC", "MISC"]
    after_label = dump(project)
    put_cursor(window, 2)
    qtbot.keyClick(window.text_view, Qt.Key.Key_A, CTRL | ALT | SHIFT)
    csto = [s for d in (1, 2, 3) for s in queries.list_spans(project, d) if s.label == "ORG"]
    assert len(csto) == 2 and len({s.entity_id for s in csto}) == 1 and csto[0].entity_id is not None
    assert queries.get_document(project, 2).status == "in_progress"
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, CTRL)
    assert dump(project) == after_label and queries.get_document(project, 2).status == "new"
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, CTRL)
    assert dump(project) == before


def test_tagging_over_a_suggestion_records_a_correction_in_one_undo_step(qtbot, window: MainWindow) -> None:
    document = window.controller.document
    assert document is not None
    before = dump(window.project)
    start = document.text.index("Dışişleri")
    select_chars(window, start, start + len("Dışişleri Bakanları"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)
    [span] = queries.list_spans(window.project, document.id)
    assert (span.label, span.source, span.end - span.start) == ("ORG", "manual", len("Dışişleri Bakanları"))
    assert sorted(_decisions(window.project)) == [("MISC", "corrected"), ("MISC", "corrected")]
    assert [s.label for s in window.suggestion_actions.pending] == ["ORG", "GPE"]
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, CTRL)
    assert dump(window.project) == before
    select_chars(window, 0, 4)
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)  # PER over the ORG suggestion: corrected too
    assert ("ORG", "corrected") in _decisions(window.project)


def test_ctrl_g_runs_the_chosen_suggester_in_a_worker_and_rejections_stay_away(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    project = window.project
    used: list[str] = []

    def factory(_project: Project, spec: str):
        parse_suggester(spec)
        used.append(spec)
        return lambda _language: WordListSuggester([*words(project), Word("ve", "MISC")], source="rules")

    monkeypatch.setattr(suggestion_actions, "suggester_factory", factory)
    put_cursor(window, 1)
    qtbot.keyClick(window.text_view, Qt.Key.Key_R)
    qtbot.keyClick(window.text_view, Qt.Key.Key_G, CTRL | SHIFT)
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=20_000)
    assert used == ["rules"]
    run = window.suggestion_actions.last_run
    assert run is not None and run.documents == 3 and run.store.rejected_before == 1
    assert [s.label for s in window.suggestion_actions.pending] == ["MISC", "MISC", "GPE"]
    third = queries.get_document(project, 3).text
    assert "ve" in [third[s.start : s.end] for s in suggestions.list_suggestions(project, 3)]
    assert window.suggestion_actions.panel.suggester.currentText() == "rules"


def test_f1_lists_the_suggestion_keys(window: MainWindow) -> None:
    window.registry["help.shortcuts"].trigger()
    shown = [(row.keys, row.title) for row in window.findChild(ShortcutsDialog).shown_rows()]
    for key, title in (
        ("A", "Accept Suggestion"), ("R", "Reject Suggestion"), ("Shift+A", "Accept and Next"),
        ("N", "Next Suggestion"), ("Ctrl+Shift+A", "Accept All of This Label in Document"),
        ("Ctrl+Alt+Shift+A", "Accept This Entity Everywhere"), ("Ctrl+G", "Suggest in Document"),
    ):  # fmt: skip
        assert (key, title) in shown


def test_ctrl_g_with_the_rules_on_the_open_document_then_accept_one(qtbot, window: MainWindow) -> None:
    project = window.project
    window.documents.step(+1)
    kyrgyz = window.controller.document
    assert kyrgyz is not None and kyrgyz.text.startswith("Министр")
    window.suggestion_actions.panel.suggester.setCurrentText("rules")
    qtbot.keyClick(window.text_view, Qt.Key.Key_G, CTRL)
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=30_000)
    run = window.suggestion_actions.last_run
    assert run is not None and run.documents == 1 and run.suggester == "rules"
    found = {(kyrgyz.text[s.start : s.end], s.label, s.source) for s in window.suggestion_actions.pending}
    assert ("Душанбе", "GPE", "rules:gazetteer") in found and (
        "Руслан Казакбаев",
        "PER",
        "rules:gazetteer",
    ) in found
    assert ("ЖККУ", "ORG", "words:ЖККУ") in found and run.store.already_suggested == 1  # one per place
    assert all(s.document_id == kyrgyz.id for s in window.suggestion_actions.pending)
    window.activateWindow()  # the progress dialog had been the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    put_cursor(window, kyrgyz.text.index("Душанбе") + 1)
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)
    [span] = [s for s in queries.list_spans(project, kyrgyz.id) if s.label == "GPE"]
    assert kyrgyz.text[span.start : span.end] == "Душанбе" and span.source == "rules:gazetteer"
    assert span.entity_id is not None


def test_the_event_key_on_a_suggested_trigger_accepts_it_with_its_guessed_arguments(
    qtbot,
    project: Project,
) -> None:
    trigger = Word("toplantısı", "MEETING", arguments=(("PLACE", "Bişkek", "GPE"),), date_iso="2022-01-11")
    suggester = WordListSuggester([Word("Bişkek", "GPE"), trigger])
    run_suggester(project, "words", lambda _language: suggester, select_documents(project, [1]))
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    document = window.controller.document
    assert document is not None
    put_cursor(window, document.text.index("Bişkek") + 1)
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)  # the reviewer confirms the place first
    before = dump(project)
    put_cursor(window, document.text.index("toplantısı") + 2)
    qtbot.keyClicks(window.text_view, "em")
    [event] = queries.list_events(project, document.id)
    assert (event.type, event.date_iso) == ("MEETING", "2022-01-11")
    [argument] = event.arguments
    place = next(s for s in queries.list_spans(project, document.id) if s.id == argument.span_id)
    assert (argument.role, document.text[place.start : place.end]) == ("PLACE", "Bişkek")
    with project.read() as session:
        outcomes = session.execute(text("SELECT label, outcome FROM suggestion_decisions")).all()
    assert sorted(outcomes) == [("GPE", "accepted"), ("MEETING", "accepted")]
    assert window.event_controller.current_event_id == event.id
    assert "guessed argument" in window.statusBar().currentMessage()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, CTRL)
    assert dump(project) == before


def test_n_past_the_last_suggestion_left_in_the_corpus_returns_to_this_documents_first(
    qtbot,
    window: MainWindow,
) -> None:
    for document_id in (1, 2):  # only the third document still has suggestions
        pending = suggestions.list_suggestions(window.project, document_id)
        suggestions.reject_suggestions(window.project, [s.id for s in pending])
    window.controller.open_document(3)
    last = window.controller.document
    assert last is not None and last.text.startswith("😀")
    put_cursor(window, len(last.text))
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    start = last.text.index("Bişkek")
    assert window.controller.document is not None and window.controller.document.id == 3
    assert window.text_view.selection() == (start, start + len("Bişkek"))
    assert "back to this document's first" in window.statusBar().currentMessage()


def test_r_rejects_and_moves_on_to_the_next_suggestion(qtbot, window: MainWindow) -> None:
    document = window.controller.document
    assert document is not None
    put_cursor(window, 1)  # on the ORG suggestion "KGAÖ"
    qtbot.keyClick(window.text_view, Qt.Key.Key_R)
    start = document.text.index("Dışişleri")
    assert window.text_view.selection() == (start, start + len("Dışişleri"))
    assert _decisions(window.project) == [("ORG", "rejected")]
    qtbot.keyClick(window.text_view, Qt.Key.Key_R)
    start = document.text.index("Bakanları")
    assert window.text_view.selection() == (start, start + len("Bakanları"))
    assert sorted(_decisions(window.project)) == [("MISC", "rejected"), ("ORG", "rejected")]
    assert [s.label for s in window.suggestion_actions.pending] == ["MISC", "GPE"]


def test_a_label_key_corrects_a_suggestion_curator_suggest_stored_behind_the_open_window(
    qtbot,
    project: Project,
) -> None:
    from curator.cli.main import main as curator

    window = MainWindow(project)  # opened before any suggestion is stored
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    document = window.controller.document
    assert document is not None and window.suggestion_actions.pending == []
    assert curator(["--project", str(project.path), "suggest", str(document.id)]) == 0
    stored = suggestions.list_suggestions(project, document.id)
    bishkek = next(s for s in stored if document.text[s.start : s.end] == "Bişkek")
    assert bishkek.label == "GPE" and window.suggestion_actions.pending == []  # the window has not looked
    before = dump(project)
    select_chars(window, bishkek.start, bishkek.end)
    qtbot.keyClick(window.text_view, Qt.Key.Key_4)  # LOC over the GPE suggestion
    assert [(s.label, s.source) for s in queries.list_spans(project, document.id)] == [("LOC", "manual")]
    assert _decisions(project) == [("GPE", "corrected")]
    assert bishkek.id not in {s.id for s in suggestions.list_suggestions(project, document.id)}
    assert "(1 suggestion corrected)" in window.statusBar().currentMessage()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, CTRL)
    assert dump(project) == before
