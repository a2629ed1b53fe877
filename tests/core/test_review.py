"""The review workflow through the core services: transitions, refusals, roles, undo, and the read-only
guard that every writing service applies to an approved document."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from curator.core import queries, services
from curator.core.domain import AnnotationError, DocumentFilter
from curator.core.services import (
    attributes,
    bulk,
    changes,
    entities,
    review,
    schema_edits,
    text_edits,
)
from curator.core.services.changes import Change, RowUpdate
from curator.core.services.review import ReviewAction, review_document
from curator.core.storage import Project
from curator.core.storage.models import (
    Document,
    DocumentReview,
    Event,
    EventArgument,
    KnowledgeEntity,
    Relation,
    Span,
)
from tests.helpers.engines import ENGINES, open_on

TEXT = (
    "Türk Devletleri Teşkilatı Dışişleri Bakanları Konseyi, 11 Ocak 2022 tarihinde olağanüstü bir "
    "video konferans toplantısı gerçekleştirdi. Toplantıya Mevlüt Çavuşoğlu ve Ceyhun Bayramov katıldı."
)
OTHER = "Mevlüt Çavuşoğlu Bişkek'te Kırgızistan Dışişleri Bakanı ile görüştü."


@pytest.fixture(autouse=True)
def no_role_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(review.ROLE_ENVIRONMENT, raising=False)


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    project = open_on(request, tmp_path, "ayla")
    with project.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text=TEXT, title="Konsey", language="tr"),
             services.NewDocument(text=OTHER, title="Görüşme", language="tr")],
            annotator_id=None, source="test",
        )  # fmt: skip
    yield project
    project.close()


def tag(project: Project, document_id: int, surface: str, label: str) -> int:
    text = TEXT if document_id == 1 else OTHER
    start = text.index(surface)
    return services.add_span(project, document_id, start, start + len(surface), label).span.id


def status(project: Project, document_id: int = 1) -> str:
    return queries.get_document(project, document_id).status


def state(project: Project) -> dict[str, list[dict]]:
    """Every row the review workflow or an annotation edit could touch."""
    with project.read() as session:
        return {
            model.__tablename__: [dict(row._mapping) for row in session.execute(select(model.__table__))]
            for model in (Document, DocumentReview, Span, Event, EventArgument, Relation, KnowledgeEntity)
        }


def test_the_whole_workflow_is_logged_with_who_and_why(project: Project) -> None:
    assert status(project) == "new"
    tag(project, 1, "Mevlüt Çavuşoğlu", "PER")
    assert status(project) == "in_progress"  # the first edit starts the work
    review_document(project, 1, "annotated")
    assert status(project) == "annotated"
    review_document(project, 1, "return", comment="Ceyhun Bayramov is a PER too", role="reviewer")
    assert status(project) == "returned"
    review_document(project, 1, "reopen")
    tag(project, 1, "Ceyhun Bayramov", "PER")
    review_document(project, 1, ReviewAction.ANNOTATED)
    review_document(project, 1, "approve", role="reviewer")
    assert status(project) == "approved"
    history = review.review_history(project, 1)
    assert [(h.what, h.comment, h.annotator) for h in history] == [
        ("marked as annotated", "", "ayla"),
        ("returned", "Ceyhun Bayramov is a PER too", "ayla"),
        ("reopened", "", "ayla"),
        ("marked as annotated", "", "ayla"),
        ("approved", "", "ayla"),
    ]
    assert review.review_history(project, 2) == []


@pytest.mark.parametrize(
    ("setup", "action", "kwargs", "message"),
    [
        ([], "approve", {"role": "reviewer"}, "is new; it must be marked as annotated before it is approved"),
        ([], "return", {"role": "reviewer", "comment": "x"}, "only an annotated or approved document"),
        ([], "reopen", {}, "is new; there is nothing to reopen"),
        (["annotated"], "annotated", {}, "is annotated already"),
        (["annotated"], "return", {"role": "reviewer"}, "needs a comment"),
        (["annotated"], "return", {"role": "reviewer", "comment": "   "}, "needs a comment"),
        (["annotated"], "approve", {}, "approving document 1 “Konsey” needs the reviewer role"),
        (["annotated"], "return", {"comment": "fix it"}, "returning document 1 “Konsey” needs the reviewer"),
        (["annotated", "approve"], "reopen", {}, "reopening document 1 “Konsey” needs the reviewer role"),
        (["annotated", "approve"], "annotated", {}, "is approved; reopen it first"),
        (["annotated", "approve"], "approve", {"role": "reviewer"}, "is approved already"),
        ([], "publish", {}, "unknown review action 'publish'"),
        ([], "approve", {"role": "boss"}, "unknown role 'boss'"),
    ],
)
def test_invalid_transitions_are_refused_with_the_reason_and_change_nothing(
    project: Project, setup: list[str], action: str, kwargs: dict, message: str
) -> None:
    for step in setup:
        review_document(project, 1, step, role="reviewer")
    before = state(project)
    with pytest.raises(AnnotationError, match=message):
        review_document(project, 1, action, **kwargs)
    assert state(project) == before


def test_a_missing_document_is_named(project: Project) -> None:
    with pytest.raises(AnnotationError, match="document 99 does not exist"):
        review_document(project, 99, "annotated")


def test_the_role_comes_from_the_option_the_environment_or_the_project(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert review.current_role(project) == "annotator"
    assert review.set_role(project, "Reviewer") == "annotator"
    assert review.stored_role(project) == review.current_role(project) == "reviewer"
    review_document(project, 1, "annotated")
    review_document(project, 1, "approve")  # the stored role is enough
    monkeypatch.setenv(review.ROLE_ENVIRONMENT, "annotator")
    assert review.current_role(project) == "annotator"
    with pytest.raises(AnnotationError, match="needs the reviewer role; ayla works as annotator"):
        review_document(project, 1, "reopen")
    review_document(project, 1, "reopen", role="reviewer")  # an explicit option wins
    with pytest.raises(AnnotationError, match="unknown role 'editor'"):
        review.set_role(project, "editor")


def test_undo_and_redo_of_a_review_step_are_exact(project: Project) -> None:
    tag(project, 1, "Mevlüt Çavuşoğlu", "PER")
    review_document(project, 1, "annotated")
    before = state(project)
    step = review_document(project, 1, "return", comment="dates are missing", role="reviewer")
    after = state(project)
    changes.revert(project, step.change)
    undone = state(project)
    assert _without_versions(undone) == _without_versions(before)
    changes.apply(project, step.change)
    assert _without_versions(state(project)) == _without_versions(after)
    assert review.latest_review(project, 1) == review.review_history(project, 1)[-1]
    assert review.latest_review(project, 1).comment == "dates are missing"


def _without_versions(rows: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Each write bumps a document's version (optimistic locking); everything else must match."""
    return {
        table: [{k: v for k, v in row.items() if k != "version"} for row in table_rows]
        for table, table_rows in rows.items()
    }


def test_undo_is_refused_when_the_status_moved_on(project: Project) -> None:
    step = review_document(project, 1, "annotated")
    review_document(project, 1, "approve", role="reviewer")
    with pytest.raises(AnnotationError, match="document 1 “Konsey” is approved; reopen it"):
        changes.revert(project, step.change)


def test_status_counts_follow_the_other_filter_parts(project: Project) -> None:
    review_document(project, 2, "annotated")
    assert review.status_counts(project) == {
        "new": 1, "in_progress": 0, "annotated": 1, "approved": 0, "returned": 0,
    }  # fmt: skip
    counts = review.status_counts(project, DocumentFilter.parse("Konsey status:annotated"))
    assert counts["new"] == 1 and counts["annotated"] == 0


# --- the read-only guard ---------------------------------------------------------------------------


@pytest.fixture
def approved(project: Project) -> dict[str, int]:
    """Document 1 fully annotated (spans, an event with an argument, a relation, a link), then approved."""
    ids = {
        "org": tag(project, 1, "Türk Devletleri Teşkilatı", "ORG"),
        "minister": tag(project, 1, "Mevlüt Çavuşoğlu", "PER"),
        "colleague": tag(project, 1, "Ceyhun Bayramov", "PER"),
        "date": tag(project, 1, "11 Ocak 2022", "DATE"),
    }
    start = TEXT.index("toplantısı")
    created = services.create_event(project, 1, "MEETING", trigger=(start, start + len("toplantısı")))
    ids["event"] = created.event.id
    ids["trigger"] = created.event.trigger_span_id
    ids["argument"] = services.add_argument(
        project, ids["event"], "PARTICIPANT", span_id=ids["org"]
    ).argument.id
    ids["relation"] = services.add_relation(
        project, "REPRESENTS", ids["minister"], ids["colleague"]
    ).relation.id
    ids["entity"] = entities.create_entity(project, "Mevlüt Çavuşoğlu", "PER").entity.id
    entities.link_spans(project, [ids["minister"]], ids["entity"])
    review_document(project, 1, "annotated")
    review_document(project, 1, "approve", role="reviewer")
    return ids


def _edits(project: Project, ids: dict[str, int]) -> dict[str, Callable[[], object]]:
    """Every service that changes a document's text or annotations, aimed at the approved document."""
    start = TEXT.index("Ceyhun")
    event = queries.list_events(project, 1)[0]
    deleted = changes.Change(
        "span.delete",
        removed=(("spans", {"id": 999, "document_id": 1, "start": 0, "end": 4, "label_id": 1,
                            "status": "accepted", "source": "manual", "note": ""}),),
        documents=frozenset({1}),
    )  # fmt: skip
    merge = Change("duplicates.merge", added=(("spans", {"id": 998}),), documents=frozenset({1, 2}))
    text_edit = Change(
        "text.edit",
        updated=(RowUpdate("documents", 1, {"text": TEXT}, {"text": TEXT}),),
        documents=frozenset({1}),
    )
    linked = changes.Change(
        "entity.link",
        updated=(
            changes.RowUpdate("spans", ids["minister"], {"entity_id": None}, {"entity_id": ids["entity"]}),
        ),
        documents=frozenset({1}),
    )

    def write_bulk(insert: Callable) -> Callable[[], object]:
        def run() -> object:
            with project.write() as session:
                return insert(session)

        return run

    return {
        "add_span": lambda: services.add_span(project, 1, start, start + 6, "PER"),
        "delete_spans": lambda: services.delete_spans(project, [ids["colleague"]]),
        "undo_delete": lambda: changes.revert(project, deleted),
        "relabel_span": lambda: services.relabel_span(project, ids["colleague"], "ORG"),
        "create_event": lambda: services.create_event(project, 1, "MEETING", trigger=(start, start + 6)),
        "create_event_on_span": lambda: services.create_event(
            project, 1, "MEETING", trigger_span_id=ids["trigger"]
        ),
        "add_argument": lambda: services.add_argument(project, ids["event"], "TIME", span_id=ids["date"]),
        "remove_arguments": lambda: services.remove_arguments(project, [ids["argument"]]),
        "delete_events": lambda: services.delete_events(project, [ids["event"]]),
        "update_event": lambda: services.update_event(project, ids["event"], realis="planned"),
        "set_event_attribute": lambda: attributes.set_event_attribute(
            project, event, attributes.AttributeInfo("Context", (), (), False, ""), None
        ),
        "add_relation": lambda: services.add_relation(
            project, "REPRESENTS", ids["colleague"], ids["minister"]
        ),
        "delete_relations": lambda: services.delete_relations(project, [ids["relation"]]),
        "link_spans": lambda: entities.link_spans(project, [ids["colleague"]], ids["entity"]),
        "undo_link": lambda: changes.revert(project, linked),
        "delete_entity": lambda: entities.delete_entity(project, ids["entity"]),
        "edit_text": lambda: text_edits.edit_text(project, 1, 0, 4, "TÜRK"),
        "undo_text_edit": lambda: services.revert(project, text_edit),
        "merge_into": lambda: services.merge_duplicates(project, 1, [2]),
        "undo_merge": lambda: services.revert(project, merge),
        "update_document_info": lambda: services.update_document_info(project, 1, title="Yeni"),
        "delete_label": lambda: schema_edits.delete_label(project, "DATE"),
        "bulk_spans": write_bulk(
            lambda s: bulk.insert_spans(s, project, 1, [bulk.SpanRow(start, start + 6, "PER")], source="t")
        ),
        "bulk_events": write_bulk(
            lambda s: bulk.insert_events(s, project, 1, [bulk.EventRow(ids["trigger"])], source="t")
        ),
        "bulk_arguments": write_bulk(
            lambda s: bulk.insert_arguments(s, 1, [bulk.ArgumentRow(ids["event"], "TIME", ids["date"])])
        ),
        "bulk_relations": write_bulk(
            lambda s: bulk.insert_relations(
                s, project, 1, [bulk.RelationRow("REPRESENTS", ids["colleague"], ids["minister"])]
            )
        ),
    }


EDITS = [
    "add_span", "delete_spans", "undo_delete", "relabel_span", "create_event", "create_event_on_span",
    "add_argument", "remove_arguments", "delete_events", "update_event", "set_event_attribute",
    "add_relation", "delete_relations", "link_spans", "undo_link", "delete_entity", "edit_text",
    "undo_text_edit", "merge_into", "undo_merge", "update_document_info", "delete_label", "bulk_spans",
    "bulk_events", "bulk_arguments", "bulk_relations",
]  # fmt: skip


def test_the_guard_list_covers_every_edit(project: Project, approved: dict[str, int]) -> None:
    assert sorted(_edits(project, approved)) == sorted(EDITS)


@pytest.mark.parametrize("name", EDITS)
def test_an_approved_document_refuses_every_edit(
    project: Project, approved: dict[str, int], name: str
) -> None:
    edit = _edits(project, approved)[name]
    before = state(project)
    with pytest.raises(AnnotationError, match="document 1 “Konsey” is approved; reopen it to edit"):
        edit()
    assert state(project) == before


@pytest.mark.parametrize("name", ["add_span", "delete_spans", "update_event", "edit_text", "link_spans"])
def test_a_reopened_document_takes_edits_again(project: Project, approved: dict[str, int], name: str) -> None:
    review_document(project, 1, "reopen", role="reviewer")
    before = state(project)
    _edits(project, approved)[name]()
    assert state(project) != before


def test_linking_every_identical_mention_leaves_approved_documents_alone(
    project: Project, approved: dict[str, int]
) -> None:
    other = tag(project, 2, "Mevlüt Çavuşoğlu", "PER")
    colleague = tag(project, 2, "Kırgızistan", "GPE")
    previous = entities.link_identical_mentions(project, other, approved["entity"]).previous
    assert previous == {other: None}
    linked = {s.id: s.entity_id for s in queries.list_spans(project, 2)}
    assert linked == {other: approved["entity"], colleague: None}


def test_a_status_written_by_another_tool_is_named_not_crashed_on(project: Project) -> None:
    from sqlalchemy import update

    with project.write() as session:
        session.execute(update(Document).where(Document.id == 2).values(status="duplicate"))
    with pytest.raises(AnnotationError, match="has the status 'duplicate', which is not a review status"):
        review_document(project, 2, "annotated")
    assert review.status_counts(project)["duplicate"] == 1
