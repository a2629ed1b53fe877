"""Suggestions: stored never over human tags, rejections remembered, every decision undone exactly."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from curator.core import queries, services
from curator.core.domain import AnnotationError, CuratorError
from curator.core.services import changes, suggestions
from curator.core.services.changes import revert
from curator.core.services.text_edits import edit_text
from curator.core.storage import Project
from curator.core.storage.models import KnowledgeEntity
from curator.core.suggest.runner import run_suggester, select_documents, suggester_choices, suggester_factory
from tests.helpers.engines import ENGINES, open_again, open_on
from tests.helpers.word_suggester import Word, WordListSuggester

TURKISH = "KGAÖ Dışişleri Bakanları toplantısı Bişkek'te yapıldı. Bişkek zirvesi 5 Mayıs'ta."
KYRGYZ = "ЖККУнун жыйыны Бишкекте өттү. Бишкек шаарында министрлер жолукту."
SUMMIT = TURKISH.index("Bişkek zirvesi")
TABLES = ("spans", "events", "event_arguments", "suggestions", "suggestion_decisions")


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    project = open_on(request, tmp_path, "tester")
    with project.write() as session:
        services.add_documents(
            session,
            [
                services.NewDocument(
                    TURKISH, title="tr", language="tr", spans=[services.NewSpan(0, 4, "ORG")]
                ),
                services.NewDocument(KYRGYZ, title="ky", language="ky"),
            ],
            annotator_id=project.annotator_id,
            source="test",
        )
    yield project
    project.close()


def entity_id(project: Project, name: str) -> tuple[int, str]:
    with project.read() as session:
        entity = session.execute(select(KnowledgeEntity).where(KnowledgeEntity.name == name)).scalar_one()
        return entity.id, entity.key


def dump(project: Project) -> dict[str, list[tuple]]:
    """Every row that a decision can touch, plus each document's status and span count."""
    with project.read() as session:
        rows = {name: sorted(session.execute(text(f"SELECT * FROM {name}")).all()) for name in TABLES}
        rows["documents"] = sorted(
            session.execute(text("SELECT id, status, span_count FROM documents")).all()
        )
        return rows


def run(project: Project, suggester: WordListSuggester, ids: list[int] | None = None):
    return run_suggester(project, "words", lambda _language: suggester, select_documents(project, ids))


def test_never_over_or_beside_a_human_tag_and_entity_keys_are_linked(project: Project) -> None:
    bishkek_id, bishkek_key = entity_id(project, "Bishkek")
    suggester = WordListSuggester(
        [
            Word("KGAÖ", "ORG"),  # the human ORG tag is exactly here
            Word("KGAÖ Dışişleri", "ORG"),  # overlaps the human ORG tag
            Word("KGAÖ", "GPE"),  # an exact duplicate of the human span, with another label
            Word("KGAÖ Dışişleri Bakanları", "MISC"),  # overlaps it with another label: allowed
            Word("Bişkek", "GPE", entity_key=bishkek_key),
            Word("Бишкек", "GPE", entity_key=bishkek_key),
            Word("Mayıs", "NOT_A_LABEL"),
        ]
    )
    result = run(project, suggester)
    assert result.store.over_human_tag == 3 and result.store.invalid == 1
    tr = suggestions.list_suggestions(project, 1)
    assert [(s.start, s.end, s.label) for s in tr] == [
        (0, 24, "MISC"),
        (36, 42, "GPE"),
        (SUMMIT, SUMMIT + 6, "GPE"),
    ]
    assert {s.entity_id for s in tr if s.label == "GPE"} == {bishkek_id}
    assert tr[1].entity_name == "Bishkek" and tr[1].rule == "word 'Bişkek'" and tr[1].score == 0.9
    ky = suggestions.list_suggestions(project, 2)
    assert [KYRGYZ[s.start : s.end] for s in ky] == ["Бишкек", "Бишкек"]
    assert [s.id for s in queries.list_spans(project, 1)] == [1]  # a suggestion is not a span


def test_a_new_run_replaces_the_same_suggesters_earlier_suggestions_only(project: Project) -> None:
    run(project, WordListSuggester([Word("Bişkek", "GPE"), Word("KGAÖ Dışişleri Bakanları", "MISC")]))
    other = WordListSuggester([Word("toplantısı", "MISC")], source="other")
    run(project, other)
    result = run(project, WordListSuggester([Word("Bişkek", "GPE")]))
    assert result.store.replaced == 3 and result.store.stored == 2
    assert [(s.label, s.source) for s in suggestions.list_suggestions(project, 1)] == [
        ("MISC", "other:toplantısı"),
        ("GPE", "words:Bişkek"),
        ("GPE", "words:Bişkek"),
    ]


def test_accept_makes_a_linked_span_with_the_suggesters_source_and_undo_redo_are_exact(
    project: Project,
) -> None:
    bishkek_id, bishkek_key = entity_id(project, "Bishkek")
    run(project, WordListSuggester([Word("Bişkek", "GPE", entity_key=bishkek_key)]))
    first = suggestions.list_suggestions(project, 1)[0]
    before = dump(project)
    change = suggestions.accept_suggestions(project, [first.id])
    [span] = [s for s in queries.list_spans(project, 1) if s.label == "GPE"]
    assert (span.start, span.end, span.source, span.entity_id) == (36, 42, "words:Bişkek", bishkek_id)
    assert [s.id for s in suggestions.list_suggestions(project, 1)] != [first.id]
    assert suggestions.quality_counts(project) == [suggestions.QualityRow("words:Bişkek", "GPE", 1, 0, 0, 1)]
    after = dump(project)
    changes.revert(project, change.change)
    assert dump(project) == before
    changes.apply(project, change.change)
    assert dump(project) == after
    with pytest.raises(AnnotationError, match="does not exist"):
        suggestions.accept_suggestions(project, [first.id])


def test_rejections_are_remembered_and_undoing_one_lets_it_return(project: Project) -> None:
    suggester = WordListSuggester([Word("Бишкек", "GPE")])
    run(project, suggester, [2])
    first, second = suggestions.list_suggestions(project, 2)
    before = dump(project)
    change = suggestions.reject_suggestions(project, [first.id])
    result = run(project, suggester, [2])
    assert result.store.rejected_before == 1 and result.store.stored == 1
    assert [s.start for s in suggestions.list_suggestions(project, 2)] == [second.start]
    assert suggestions.quality_by_source(suggestions.quality_counts(project)) == [
        suggestions.QualityRow("words:Бишкек", "", 0, 0, 1, 1)
    ]
    run(project, WordListSuggester([]), [2])  # clear this source's pending ones, as before the reject
    changes.revert(project, change.change)
    run(project, suggester, [2])
    assert [s.start for s in suggestions.list_suggestions(project, 2)] == [first.start, second.start]
    assert dump(project)["suggestion_decisions"] == before["suggestion_decisions"] == []


def test_tagging_over_a_suggestion_records_a_correction_and_undo_brings_it_back(project: Project) -> None:
    run(project, WordListSuggester([Word("Bişkek zirvesi", "MISC"), Word("Bişkek", "GPE")]))
    before = dump(project)
    start = TURKISH.index("Bişkek zirvesi")
    change = suggestions.tag(project, 1, start, start + len("Bişkek"), "GPE")
    assert change.decisions("accepted") == 1 and change.decisions("corrected") == 1
    assert [s.start for s in suggestions.list_suggestions(project, 1)] == [TURKISH.index("Bişkek")]
    [span] = [s for s in queries.list_spans(project, 1) if s.label == "GPE"]
    assert span.source == "manual" and span.start == start
    changes.revert(project, change.change)
    assert dump(project) == before
    change = suggestions.tag(project, 1, start, start + len("Bişkek"), "GPE")
    result = run(project, WordListSuggester([Word("Bişkek zirvesi", "MISC"), Word("Bişkek", "GPE")]))
    assert result.store.rejected_before == 1 and result.store.over_human_tag == 1  # corrected: not again
    only = suggestions.tag(project, 1, 36, 42, "GPE")  # exactly the suggestion: accepted
    assert only.decisions("accepted") == 1 and only.decisions("corrected") == 0
    assert [(s.start, s.source) for s in queries.list_spans(project, 1) if s.label == "GPE"] == [
        (36, "words:Bişkek"),
        (start, "manual"),
    ]


def test_undo_puts_a_suggestion_back_even_where_a_later_run_proposed_it_again(project: Project) -> None:
    suggester = WordListSuggester([Word("Bişkek", "GPE")])
    run(project, suggester, [1])
    first = suggestions.list_suggestions(project, 1)[0]
    accepted = suggestions.accept_suggestions(project, [first.id])
    removal = services.delete_spans(project, accepted.span_ids)
    run(project, suggester, [1])  # the tag is gone, so the place is proposed again, under a new id
    changes.revert(project, removal.change)
    changes.revert(project, accepted.change)
    pending = suggestions.list_suggestions(project, 1)
    assert [(s.id, s.start) for s in pending if s.start == first.start] == [(first.id, first.start)]
    assert len(pending) == 2 and queries.list_spans(project, 1)[0].label == "ORG"


def test_a_trigger_suggestion_becomes_an_event_with_its_matching_arguments_and_date(project: Project) -> None:
    meeting = Word(
        "toplantısı",
        "MEETING",
        arguments=(("PARTICIPANT", "KGAÖ", "ORG"), ("PLACE", "Bişkek", "GPE"), ("TIME", "Mayıs", "DATE")),
        date_iso="2025-05-05",
    )
    run(project, WordListSuggester([meeting, Word("Bişkek", "GPE")]))
    pending = suggestions.list_suggestions(project, 1)
    trigger = next(s for s in pending if s.label == "MEETING")
    place = next(s for s in pending if s.label == "GPE" and s.start == 36)
    assert trigger.label_kind == "event"
    before = dump(project)
    change = suggestions.accept_suggestions(project, [trigger.id, place.id])
    [event] = queries.list_events(project, 1)
    assert event.type == "MEETING" and event.date_iso == "2025-05-05" and event.source == "words:toplantısı"
    spans = {s.id: s for s in queries.list_spans(project, 1)}
    roles = {(a.role, spans[a.span_id].label, spans[a.span_id].start) for a in event.arguments}
    assert roles == {("PARTICIPANT", "ORG", 0), ("PLACE", "GPE", 36)}  # no DATE span: TIME is left out
    changes.revert(project, change.change)
    assert dump(project) == before and queries.list_events(project, 1) == []


def test_bulk_accepts_are_one_change_each(project: Project) -> None:
    bishkek_id, bishkek_key = entity_id(project, "Bishkek")
    run(
        project,
        WordListSuggester(
            [Word("Bişkek", "GPE", entity_key=bishkek_key), Word("Бишкек", "GPE", entity_key=bishkek_key),
             Word("Bişkek zirvesi", "MISC"), Word("zirvesi", "MISC")]
        ),
    )  # fmt: skip
    before = dump(project)
    by_label = suggestions.accept_label_in_document(project, 1, "MISC")
    assert [TURKISH[s.start : s.end] for s in queries.list_spans(project, 1) if s.label == "MISC"] == [
        "Bişkek zirvesi"
    ]  # "zirvesi" inside it is left for the reviewer
    assert [s.label for s in suggestions.list_suggestions(project, 1)] == ["GPE", "GPE", "MISC"]
    everywhere = suggestions.accept_entity_everywhere(project, bishkek_id)
    linked = [s for d in (1, 2) for s in queries.list_spans(project, d) if s.entity_id == bishkek_id]
    assert len(linked) == 4 and len(everywhere.span_ids) == 4
    assert queries.get_document(project, 2).status == "in_progress"
    changes.revert(project, everywhere.change)
    changes.revert(project, by_label.change)
    assert dump(project) == before
    assert queries.get_document(project, 2).status == "new"


def test_a_text_edit_moves_later_suggestions_drops_touched_ones_and_undo_restores_them(
    project: Project,
) -> None:
    run(
        project, WordListSuggester([Word("KGAÖ Dışişleri", "MISC"), Word("Bişkek", "GPE"), Word("5", "DATE")])
    )
    before = dump(project)
    edit = edit_text(project, 1, TURKISH.index("toplantısı"), TURKISH.index("toplantısı") + 10, "toplantı")
    document = queries.get_document(project, 1)
    pending = suggestions.list_suggestions(project, 1)
    assert [document.text[s.start : s.end] for s in pending] == ["KGAÖ Dışişleri", "Bişkek", "Bişkek", "5"]
    edit_inside = edit_text(
        project, 1, document.text.index("Bişkek") + 1, document.text.index("Bişkek") + 2, "I"
    )
    assert [s.label for s in suggestions.list_suggestions(project, 1)] == ["MISC", "GPE", "DATE"]
    revert(project, edit_inside.change)
    revert(project, edit.change)
    assert dump(project) == before


def test_runner_stores_batch_by_batch_reports_progress_and_stops_on_cancel(project: Project) -> None:
    with project.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(f"Bişkek haberi {n}.", title=f"n{n}", language="tr") for n in range(5)],
            annotator_id=project.annotator_id,
            source="test",
        )
    suggester = WordListSuggester([Word("Bişkek", "GPE"), Word("Бишкек", "GPE")])
    seen: list[tuple[int, int]] = []
    documents = select_documents(project)
    result = run_suggester(
        project, "words", lambda _language: suggester, documents, progress=lambda d, t: seen.append((d, t)),
        is_cancelled=lambda: len(seen) > 2, batch_size=2,
    )  # fmt: skip
    assert result.cancelled and result.documents == 3 and seen == [(0, 7), (1, 7), (3, 7)]
    assert suggester.seen == [[2], [1, 3]]  # grouped by language (ky, then tr), two documents a batch
    assert {s.document_id for d in range(1, 8) for s in suggestions.list_suggestions(project, d)} == {1, 2, 3}


def test_runner_skips_a_language_without_a_suggester_and_says_why(project: Project) -> None:
    def suggester_for(language: str) -> WordListSuggester:
        if language == "ky":
            raise CuratorError("no trained model for language ky")
        return WordListSuggester([Word("Bişkek", "GPE")])

    result = run_suggester(project, "model", suggester_for, select_documents(project))
    assert result.documents == 1 and result.skipped == {"ky": "no trained model for language ky"}
    assert "skipped language ky: no trained model for language ky" in "\n".join(result.lines())
    with pytest.raises(CuratorError, match="document 9 does not exist"):
        select_documents(project, [1, 9])


def test_the_model_suggester_without_a_trained_model_skips_each_language_with_the_reason(
    project: Project,
) -> None:
    result = run_suggester(project, "model", suggester_factory(project, "model"), select_documents(project))
    assert result.documents == 0 and result.skipped_documents == 2 and set(result.skipped) == {"ky", "tr"}
    assert all("train one first" in why for why in result.skipped.values())
    assert suggester_choices(project) == ["rules", "model"]
    with pytest.raises(CuratorError, match="unknown suggester 'rules:x'"):
        suggester_factory(project, "rules:x")


def test_approved_documents_are_left_alone_and_their_suggestions_cannot_be_decided(project: Project) -> None:
    """An approved document is read-only: a run stores nothing there and a decision on it is refused."""
    from curator.core.services.review import review_document

    run(project, WordListSuggester([Word("Bişkek", "GPE")]))
    pending = suggestions.list_suggestions(project, 1)
    review_document(project, 1, "annotated")
    review_document(project, 1, "approve", role="reviewer")
    with pytest.raises(AnnotationError, match="approved; reopen it to edit"):
        suggestions.accept_suggestions(project, [pending[0].id])
    with pytest.raises(AnnotationError, match="approved; reopen it to edit"):
        suggestions.reject_suggestions(project, [pending[0].id])
    result = run(project, WordListSuggester([Word("Bişkek", "GPE"), Word("Бишкек", "GPE")]))
    assert result.store.approved == 1 and result.store.stored == 2  # the two in the Kyrgyz document
    assert "1 approved document left alone (read-only)" in "\n".join(result.lines())
    assert suggestions.list_suggestions(project, 1) == pending
    assert [s.id for s in queries.list_spans(project, 1)] == [1]


def test_nothing_is_suggested_inside_text_excluded_as_boilerplate(project: Project) -> None:
    """Accepted boilerplate cannot be tagged, so a suggestion there could never be accepted."""
    from curator.core.services.exclusions import decide
    from curator.core.storage.models import ExclusionRegion

    with project.write() as session:
        region = ExclusionRegion(document_id=1, start=SUMMIT, end=len(TURKISH), kind="caption", rule="test")
        session.add(region)
        session.flush()
        region_id = region.id
    assert region_id is not None
    decide(project, [region_id], "accepted")
    result = run(project, WordListSuggester([Word("Bişkek", "GPE")]), [1])
    assert result.store.in_boilerplate == 1 and result.store.stored == 1
    assert [(s.start, s.end) for s in suggestions.list_suggestions(project, 1)] == [(36, 42)]
    assert "1 in excluded boilerplate" in "\n".join(result.lines())


def test_a_tag_corrects_a_suggestion_another_program_stored_after_the_window_read_its_list(
    project: Project,
) -> None:
    shown = suggestions.list_suggestions(project, 1)  # what the window holds: read before the run
    with open_again(project, "tester") as other:  # `curator suggest` beside the open window
        run(other, WordListSuggester([Word("Bişkek", "GPE")]), [1])
    assert shown == [] and len(suggestions.list_suggestions(project, 1)) == 2
    before = dump(project)
    tagged = suggestions.tag(project, 1, SUMMIT, SUMMIT + len("Bişkek zirvesi"), "MISC")
    assert tagged.decisions("corrected") == 1 and tagged.decisions("accepted") == 0
    assert [s.start for s in suggestions.list_suggestions(project, 1)] == [TURKISH.index("Bişkek")]
    with project.read() as session:
        decided = session.execute(text('SELECT start, "end", label, outcome FROM suggestion_decisions')).all()
    assert decided == [(SUMMIT, SUMMIT + len("Bişkek"), "GPE", "corrected")]
    changes.revert(project, tagged.change)
    assert dump(project) == before
    changes.apply(project, tagged.change)
    assert [s.label for s in queries.list_spans(project, 1)] == ["ORG", "MISC"]


def test_an_event_key_accepts_a_trigger_suggestion_found_in_the_database(project: Project) -> None:
    meeting = Word("toplantısı", "MEETING", arguments=(("PARTICIPANT", "KGAÖ", "ORG"),))
    with open_again(project, "tester") as other:
        run(other, WordListSuggester([meeting]), [1])
    start = TURKISH.index("toplantısı")
    assert suggestions.accept_trigger(project, 1, start, start + 5, "MEETING") is None  # not that place
    before = dump(project)
    decided = suggestions.accept_trigger(project, 1, start, start + len("toplantısı"), "MEETING")
    assert decided is not None and decided.decisions("accepted") == 1
    [event] = queries.list_events(project, 1)
    assert event.type == "MEETING" and event.source == "words:toplantısı" and len(event.arguments) == 1
    assert suggestions.list_suggestions(project, 1) == []
    changes.revert(project, decided.change)
    assert dump(project) == before and queries.list_events(project, 1) == []
