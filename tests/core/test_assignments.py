"""Assignment through the core service: balance, overlap, seeds, reassigning that keeps the work done,
undo, the per-annotator "annotated", and the queue filters of the documents list."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from curator.core import queries, services
from curator.core.domain import AnnotationError, DocumentFilter, StaleWriteError
from curator.core.services import assignments, changes, review
from curator.core.services.change_tables import select_rows
from curator.core.storage import Project
from curator.core.storage.models import Annotator, Assignment
from tests.helpers.engines import ENGINES, open_again, open_on

TEXT = "Mevlüt Çavuşoğlu Bişkek'te Kırgızistan Dışişleri Bakanı ile görüştü."
DOCUMENTS = 40


@pytest.fixture(autouse=True)
def no_role_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(review.ROLE_ENVIRONMENT, raising=False)


@pytest.fixture(params=ENGINES)
def lead(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    project = open_on(request, tmp_path, "lead", "a", "b", "c")
    with project.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text=f"{TEXT} {n}", title=f"Haber {n}", language="ky" if n % 2 else "tr")
             for n in range(1, DOCUMENTS + 1)],
            annotator_id=None, source="test",
        )  # fmt: skip
    yield project
    project.close()


def as_annotator(lead: Project, name: str) -> Project:
    """The lead's project opened by another member of the team (on the server: as their own role)."""
    return open_again(lead, name)


def rows(project: Project) -> set[tuple[int, str, str]]:
    with project.read() as session:
        return set(
            session.execute(
                select(Assignment.document_id, Annotator.name, Assignment.status).join(
                    Annotator, Annotator.id == Assignment.annotator_id
                )
            ).all()
        )


def test_every_document_goes_to_one_annotator_and_a_seeded_fifth_to_two(lead: Project) -> None:
    step = assignments.assign(lead, ["a", "b", "c"], overlap=0.2, seed=7)
    found = rows(lead)
    per_document = Counter(document_id for document_id, _name, _status in found)
    assert set(per_document) == set(range(1, DOCUMENTS + 1))
    assert Counter(per_document.values()) == {1: 32, 2: 8}
    per_annotator = Counter(name for _document, name, _status in found)
    assert sorted(per_annotator.values()) == [16, 16, 16]  # 48 slots dealt round-robin
    assert step.plan.counts == {"a": 16, "b": 16, "c": 16}
    assert step.plan.overlap == 8
    assert step.plan.new_annotators == ("a", "b", "c")
    with lead.read() as session:
        roles = dict(session.execute(select(Annotator.name, Annotator.role)).all())
    assert roles["a"] == roles["b"] == roles["c"] == "annotator"


def test_the_same_seed_changes_nothing_and_another_seed_reshuffles(lead: Project) -> None:
    assignments.assign(lead, ["a", "b", "c"], overlap=0.2, seed=7)
    before = rows(lead)
    again = assignments.assign(lead, ["a", "b", "c"], overlap=0.2, seed=7)
    assert rows(lead) == before
    assert not again.change
    assert (again.plan.added, again.plan.moved, again.plan.unchanged) == (0, 0, 48)
    other = assignments.assign(lead, ["a", "b", "c"], overlap=0.2, seed=8)
    assert rows(lead) != before
    assert other.plan.moved > 0


def test_reassigning_keeps_started_and_finished_documents_with_their_annotator(lead: Project) -> None:
    assignments.assign(lead, ["a", "b"], seed=1)
    a = as_annotator(lead, "a")
    try:
        mine = queries.list_documents(a, DocumentFilter.parse("assigned:me"), limit=100)
        started, finished = mine[0].id, mine[1].id
        start = TEXT.index("Bişkek")
        services.add_span(a, started, start, start + len("Bişkek"), "LOC")
        assignments.mark_annotated(a, finished)
    finally:
        a.close()
    step = assignments.assign(lead, ["b", "c"], seed=1)  # a left the team
    found = rows(lead)
    assert (started, "a", "assigned") in found
    assert (finished, "a", "annotated") in found
    assert step.plan.kept == 2
    assert {name for document_id, name, _ in found if document_id not in (started, finished)} == {"b", "c"}
    assert "moved to another annotator" in step.plan.summary()
    spans = queries.list_spans(lead, started)
    assert [(s.annotator, s.label) for s in spans] == [("a", "LOC")]  # a's layer keeps its span


def annotator_names(project: Project) -> set[str]:
    with project.read() as session:
        return set(session.execute(select(Annotator.name)).scalars())


def test_undo_takes_the_assignment_back_whole_and_redo_puts_it_again(lead: Project) -> None:
    team = annotator_names(lead)  # the lead (on a server also the admin who created the project)
    step = assignments.assign(lead, ["a", "b"], overlap=0.5, seed=3)
    made = rows(lead)
    with lead.read() as session:  # the rows the step recorded are the rows as stored, every column
        stored = select_rows(session, "assignments", step.change.ids("assignments"))
    assert sorted(step.change.rows("assignments"), key=lambda row: row["id"]) == stored
    changes.revert(lead, step.change)
    assert rows(lead) == set()
    assert annotator_names(lead) == team  # the annotators the assignment added are gone again
    changes.apply(lead, step.change)
    assert rows(lead) == made
    assert changes.Change.from_json(step.change.to_json()) == step.change


def test_where_narrows_to_the_documents_filter(lead: Project) -> None:
    step = assignments.assign(lead, ["a", "b"], where="lang:ky")
    assert step.plan.documents == DOCUMENTS // 2
    assert {queries.get_document(lead, d).language for d, _n, _s in rows(lead)} == {"ky"}
    with pytest.raises(AnnotationError, match="no document matches"):
        assignments.assign(lead, ["a"], where="lang:kk")


@pytest.mark.parametrize(
    ("names", "overlap", "message"),
    [([], 0.0, "at least one"), (["gold"], 0.0, "reserved"), (["me"], 0.0, "reserved"),
     (["a"], 0.2, "two annotators"), (["a", "b"], 1.5, "between 0 and 1")],
)  # fmt: skip
def test_bad_arguments_are_refused_and_nothing_is_written(
    lead: Project, names: list[str], overlap: float, message: str
) -> None:
    with pytest.raises(AnnotationError, match=message):
        assignments.assign(lead, names, overlap=overlap)
    assert rows(lead) == set()


def test_a_document_is_annotated_per_annotator_and_the_document_with_its_last_assignee(lead: Project) -> None:
    assignments.assign(lead, ["a", "b"], overlap=1.0)
    a, b = as_annotator(lead, "a"), as_annotator(lead, "b")
    try:
        first = assignments.mark_annotated(a, 1)
        assert first.waiting == ("b",)
        assert queries.get_document(a, 1).status == "new"  # b has not finished it
        assert queries.count_documents(a, DocumentFilter.parse("done:me")) == 1
        assert queries.count_documents(b, DocumentFilter.parse("todo:me")) == DOCUMENTS
        last = assignments.mark_annotated(b, 1)
        assert last.waiting == ()
        assert queries.get_document(b, 1).status == "annotated"
        with pytest.raises(AnnotationError, match="already"):
            assignments.mark_annotated(b, 1)
        changes.revert(b, last.change)  # one undo takes back b's mark and the document's status
        assert queries.get_document(b, 1).status == "new"
        assert (1, "b", "assigned") in rows(b)
        changes.apply(b, last.change)
        reopened = assignments.reopen(a, 1)
        assert reopened.assigned
        assert queries.get_document(a, 1).status == "in_progress"
        assert assignments.next_in_queue(a) == 1
    finally:
        a.close()
        b.close()


def test_someone_not_assigned_marks_the_document_as_before(lead: Project) -> None:
    step = assignments.mark_annotated(lead, 5)
    assert not step.assigned
    assert queries.get_document(lead, 5).status == "annotated"


def test_queue_filters_and_the_next_unfinished_document(lead: Project) -> None:
    assignments.assign(lead, ["a", "b"], where="lang:ky")
    assert queries.count_documents(lead, DocumentFilter.parse("assigned:none")) == DOCUMENTS // 2
    assert queries.count_documents(lead, DocumentFilter.parse("assigned:a")) == DOCUMENTS // 4
    assert queries.count_documents(lead, DocumentFilter.parse("assigned:me")) == 0
    a = as_annotator(lead, "a")
    try:
        queue = [
            s.id for s in queries.list_documents(a, DocumentFilter.parse("assigned:me Haber"), limit=100)
        ]
        assert len(queue) == DOCUMENTS // 4
        assert sum(review.status_counts(a, DocumentFilter.parse("assigned:me")).values()) == len(queue)
        assert assignments.next_in_queue(a) == queue[0]
        assignments.mark_annotated(a, queue[0])
        assert assignments.next_in_queue(a, after=queue[0]) == queue[1]
        assert assignments.next_in_queue(a, after=queue[-1]) == queue[1]  # from the start again
        assert assignments.my_assignments(a, queue[:2]) == {queue[0]: "annotated", queue[1]: "assigned"}
        [mine] = [q for q in assignments.queues(a) if q.annotator == "a"]
        assert (len(mine.todo), mine.done) == (DOCUMENTS // 4 - 1, (queue[0],))
    finally:
        a.close()


def test_undoing_an_assignment_after_someone_marked_it_annotated_is_refused(lead: Project) -> None:
    """The assignment moves no document version, so its rows are checked one by one: the lead's undo
    must not delete an assignment whose annotator has since marked it done."""
    step = assignments.assign(lead, ["a"], overlap=0.0)
    with as_annotator(lead, "a") as a:
        assignments.mark_annotated(a, 1)
    done = rows(lead)
    with pytest.raises(StaleWriteError, match="a row of assignments"):
        changes.revert(lead, step.change)
    assert rows(lead) == done
