"""Who annotates which document: a balanced, seeded assignment with overlap, and each annotator's queue.

`assign` gives every selected document to one annotator and a seeded fraction of them (`overlap`) to
`per_overlap` annotators, so agreement can be measured on those. The plan depends only on the selected
documents, the annotators, the overlap and the seed: the documents are shuffled with the seed and dealt
round-robin, so each annotator gets the same number of slots to within one, and running it again with
the same arguments changes nothing.

Reassigning keeps the work done. An assignment whose annotator has started (a span in their layer of
that document) or finished it is never taken away; it fills one of the document's slots, and the plan's
other annotators fill the rest. Only assignments nobody has started move to someone else; the layers are
per annotator, so a move deletes no annotation either way, and the result says how many moved.

A whole assignment is one undoable step. It bumps no document's version: assigning is not an edit of the
documents, and a lead handing out work must not make every annotator's next undo look stale.

Per annotator, a document is *annotated* when they say so (`mark_annotated`, the window's Ctrl+Return).
The document-level review workflow (curator.core.services.review) stays: the document itself moves to
"annotated" with the last of its assignees, in the same step; a document assigned to nobody, or marked by
someone not assigned to it, moves at once as before. `reopen` takes the current annotator's mark back,
and moves an annotated document back to "in progress" with it.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import delete, exists, func, insert, select, update
from sqlmodel import Session, col

from curator.core.domain import (
    GOLD_LAYER,
    ME,
    UNASSIGNED,
    AnnotationError,
    AnnotatorRole,
    AssignmentStatus,
    DocumentFilter,
    DocumentStatus,
)
from curator.core.queries import _filtered
from curator.core.services import review
from curator.core.services.changes import TABLES, Change, Recorder, combine
from curator.core.services.stale import document_name, ensure_editable
from curator.core.storage.database import Project
from curator.core.storage.models import Annotator, Assignment, Document, Span, utcnow

DEFAULT_SEED = 0
"""Without `--seed`, the same arguments give the same assignment (a re-run is a no-op, not a reshuffle)."""
ASSIGNED = AssignmentStatus.ASSIGNED.value
RESERVED_NAMES = frozenset({GOLD_LAYER, ME, UNASSIGNED})
"""Names the documents filter or the gold layer use: an annotator of that name could not be asked for."""


@dataclass(frozen=True, slots=True)
class AssignmentPlan:
    """What an assignment does (or did), for a preview and for the report after it."""

    documents: int  # documents the filter selected
    counts: dict[str, int]  # per annotator: their selected documents afterwards, in the order given
    overlap: int  # selected documents with two or more assignees afterwards
    added: int  # new assignments
    moved: int  # assignments nobody had started, taken back because the plan gives the slot to another
    kept: int  # assignments kept because their annotator started or finished the document
    unchanged: int  # assignments the plan made again as they were
    new_annotators: tuple[str, ...] = ()

    def summary(self) -> str:
        """One paragraph for the status bar and the command line."""
        per = ", ".join(f"{name} {count}" for name, count in self.counts.items())
        text = f"{self.documents} documents: {per}; {self.overlap} with two or more annotators."
        text += f" {self.added} assignments added, {self.unchanged} unchanged"
        if self.kept:
            text += f", {self.kept} kept because their annotator had started or finished the document"
        if self.moved:
            text += (
                f", {self.moved} moved to another annotator (none of them had been started; every layer"
                " keeps its annotations)"
            )
        if self.new_annotators:
            text += f"; new annotators: {', '.join(self.new_annotators)}"
        return text + "."


@dataclass(frozen=True, slots=True)
class AssignmentStep:
    plan: AssignmentPlan
    change: Change


@dataclass(slots=True)
class _Existing:
    id: int
    name: str
    started: bool


@dataclass(slots=True)
class _Work:
    plan: AssignmentPlan
    add: list[tuple[int, str]] = field(default_factory=list)  # (document, annotator name)
    remove: list[int] = field(default_factory=list)  # assignment ids


def check_names(names: Sequence[str]) -> list[str]:
    """The annotators as given, stripped and without repeats; refused if empty or reserved."""
    found = list(dict.fromkeys(name.strip() for name in names if name.strip()))
    if not found:
        raise AnnotationError("name at least one annotator")
    reserved = sorted(name for name in found if name.lower() in RESERVED_NAMES)
    if reserved:
        raise AnnotationError(
            f"{', '.join(reserved)}: reserved ({GOLD_LAYER!r} is the adjudicated layer, {ME!r} and"
            f" {UNASSIGNED!r} mean the current annotator and nobody in the documents filter)"
        )
    return found


def plan_assignment(
    project: Project, annotators: Sequence[str], overlap: float = 0.0, seed: int | None = None,
    where: str = "", per_overlap: int = 2,
) -> AssignmentPlan:  # fmt: skip
    """What `assign` would do, without writing (the dialog's preview)."""
    with project.read() as session:
        return _plan(session, project, annotators, overlap, seed, where, per_overlap).plan


def assign(
    project: Project, annotators: Sequence[str], overlap: float = 0.0, seed: int | None = None,
    where: str = "", per_overlap: int = 2,
) -> AssignmentStep:  # fmt: skip
    """Assign the documents `where` selects (documents filter syntax; "" for all) in one transaction."""
    with project.write() as session:
        work = _plan(session, project, annotators, overlap, seed, where, per_overlap)
        names = ", ".join(work.plan.counts)
        record = Recorder(session, "assignment.assign", f"Assign {work.plan.documents} documents to {names}")
        ids = _annotator_ids(session, list(work.plan.counts), record)
        if work.remove:
            record.removing("assignments", work.remove)
            for start in range(0, len(work.remove), 500):
                chunk = work.remove[start : start + 500]
                session.execute(delete(Assignment).where(col(Assignment.id).in_(chunk)))
        added = _insert(session, [(document_id, ids[name]) for document_id, name in work.add])
        change = combine(record.kind, record.text, [record.finish(), Change(record.kind, added=added)])
        return AssignmentStep(work.plan, replace(change, documents=frozenset()))


def _insert(session: Session, pairs: list[tuple[int, int]]) -> tuple[tuple[str, dict[str, Any]], ...]:
    """Insert (document, annotator) assignments; their rows, whole, for the step's `Change`.

    Built here rather than read back by the `Recorder`: for 100,000 documents reading the rows again
    cost as much as the rest of the step together."""
    if not pairs:
        return ()
    last = session.execute(select(func.max(col(Assignment.id)))).scalar() or 0
    now = utcnow()
    rows = [
        {"document_id": document_id, "annotator_id": annotator_id, "status": ASSIGNED, "assigned_at": now,
         "annotated_at": None}
        for document_id, annotator_id in pairs
    ]  # fmt: skip
    session.execute(insert(TABLES["assignments"]), rows)  # Core: the ORM's bulk insert took twice as long
    # Ours are the rows above the last id, in the order given: this transaction holds the write lock.
    ids = session.execute(
        select(col(Assignment.id)).where(col(Assignment.id) > last).order_by(col(Assignment.id))
    ).scalars()
    return tuple(("assignments", {"id": i, **row}) for i, row in zip(ids, rows, strict=True))


def _plan(
    session: Session, project: Project, annotators: Sequence[str], overlap: float, seed: int | None,
    where: str, per_overlap: int,
) -> _Work:  # fmt: skip
    names = check_names(annotators)
    if not 0.0 <= overlap <= 1.0:
        raise AnnotationError(f"the overlap is a fraction between 0 and 1, not {overlap:g}")
    if overlap > 0 and len(names) < 2:
        raise AnnotationError("an overlap needs at least two annotators")
    if overlap > 0 and not 2 <= per_overlap <= len(names):
        raise AnnotationError(
            f"--per-overlap is between 2 and the {len(names)} annotators, not {per_overlap}"
        )
    document_filter = DocumentFilter.parse(where).for_annotator(project.annotator_name)
    documents = list(
        session.execute(
            _filtered(select(col(Document.id)), document_filter).order_by(col(Document.id))
        ).scalars()
    )
    if not documents:
        raise AnnotationError(
            f"no document matches {where!r}" if where.strip() else "the project has no documents"
        )
    known = set(session.execute(select(col(Annotator.name))).scalars())
    existing = _existing(session, set(documents))
    order = list(documents)
    random.Random(DEFAULT_SEED if seed is None else seed).shuffle(order)
    overlapping = round(overlap * len(order))
    counts = dict.fromkeys(names, 0)
    work = _Work(AssignmentPlan(len(documents), counts, 0, 0, 0, 0, 0))
    shared = kept = unchanged = 0
    turn = 0
    for position, document_id in enumerate(order):
        slots = per_overlap if position < overlapping else 1
        planned = [names[(turn + i) % len(names)] for i in range(slots)]
        turn = (turn + slots) % len(names)
        had = existing.get(document_id, {})
        final = [name for name, found in had.items() if found.started]
        final += [name for name in planned if name not in final][: max(0, slots - len(final))]
        kept += sum(1 for name in final if name in had and had[name].started)
        unchanged += sum(1 for name in final if name in had and not had[name].started)
        work.add += [(document_id, name) for name in final if name not in had]
        work.remove += [found.id for name, found in had.items() if name not in final]
        shared += len(final) >= 2
        for name in final:
            counts[name] = counts.get(name, 0) + 1
    work.plan = AssignmentPlan(
        len(documents), counts, shared, len(work.add), len(work.remove), kept, unchanged,
        tuple(name for name in names if name not in known),
    )  # fmt: skip
    return work


def _existing(session: Session, documents: set[int]) -> dict[int, dict[str, _Existing]]:
    """The assignments of these documents, each with whether its annotator started or finished it."""
    started = (col(Assignment.status) == AssignmentStatus.ANNOTATED) | exists(
        select(col(Span.id)).where(
            col(Span.document_id) == col(Assignment.document_id),
            col(Span.annotator_id) == col(Assignment.annotator_id),
        )
    )
    rows = session.execute(
        select(col(Assignment.id), col(Assignment.document_id), col(Annotator.name), started)
        .join(Annotator, col(Annotator.id) == col(Assignment.annotator_id))
        .order_by(col(Assignment.id))
    )
    found: dict[int, dict[str, _Existing]] = {}
    for assignment_id, document_id, name, was_started in rows:
        if document_id in documents:
            found.setdefault(document_id, {})[name] = _Existing(assignment_id, name, bool(was_started))
    return found


def _annotator_ids(session: Session, names: list[str], record: Recorder) -> dict[str, int]:
    """The annotators' ids; those new to the project are added with the annotator role."""
    ids = {
        name: annotator_id
        for name, annotator_id in session.execute(
            select(col(Annotator.name), col(Annotator.id)).where(col(Annotator.name).in_(names))
        )
    }
    for name in names:
        if name not in ids:
            ids[name] = int(
                session.execute(
                    insert(Annotator).returning(col(Annotator.id)),
                    [{"name": name, "role": AnnotatorRole.ANNOTATOR.value, "created_at": utcnow()}],
                ).scalar_one()
            )
            record.added("annotators", [ids[name]])
    return ids


# --- annotated, per annotator ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QueueStep:
    """One annotator marked a document annotated (or took the mark back); `waiting`: the assignees who
    have not finished it yet; `document_status`: the document's status afterwards."""

    document_id: int
    change: Change
    assigned: bool  # False: not assigned to the current annotator, the document-level step ran
    document_status: str
    waiting: tuple[str, ...] = ()
    previous_status: str = ""  # the document's, before

    def summary(self, name: str) -> str:
        if not self.assigned:
            words = review.STATUS_WORDS.get(self.document_status, self.document_status)
            return f"Document {self.document_id} {words}"
        if self.change.kind == "assignment.reopen":
            return f"Document {self.document_id} is in {name}'s queue again"
        if self.waiting:
            return f"Document {self.document_id} annotated by {name}; waiting for {', '.join(self.waiting)}"
        return (
            f"Document {self.document_id} annotated by {name}, its last assignee: the document is annotated"
        )


_ANNOTATED = review.ReviewAction.ANNOTATED


def mark_annotated(
    project: Project, document_id: int, *, role: str | None = None, shown_version: int | None = None
) -> QueueStep:
    """The current annotator is done with the document (see the module's docstring for the status)."""
    effective_role = review.current_role(project, role)
    with project.write() as session:
        mine = _mine(session, project, document_id)
        if mine is None:
            step = review.review_in(
                session, project, document_id, _ANNOTATED, "", effective_role, shown_version
            )
            return QueueStep(document_id, step.change, False, step.status, (), step.previous_status)
        assignment_id, status, title = mine
        if status == AssignmentStatus.ANNOTATED:
            raise AnnotationError(f"{document_name(document_id, title)} is marked annotated by you already")
        change = _set_mine(
            session, document_id, assignment_id, AssignmentStatus.ANNOTATED,
            "assignment.annotated", f"Mark “{title or document_id}” annotated",
        )  # fmt: skip
        waiting = _waiting(session, document_id)
        document_status = previous = _document_status(session, document_id)
        if not waiting and document_status in review.ALLOWED_FROM[review.ReviewAction.ANNOTATED]:
            step = review.review_in(
                session, project, document_id, _ANNOTATED, "", effective_role, shown_version
            )
            change = combine(change.kind, change.text, [change, step.change])
            document_status = step.status
        return QueueStep(document_id, change, True, document_status, waiting, previous)


def reopen(
    project: Project, document_id: int, *, role: str | None = None, shown_version: int | None = None
) -> QueueStep:
    """Take back the current annotator's "annotated"; without one, the document-level reopen runs."""
    effective_role = review.current_role(project, role)
    with project.write() as session:
        mine = _mine(session, project, document_id)
        if mine is None or mine[1] != AssignmentStatus.ANNOTATED:
            step = review.review_in(
                session, project, document_id, review.ReviewAction.REOPEN, "", effective_role, shown_version
            )
            return QueueStep(document_id, step.change, False, step.status, (), step.previous_status)
        assignment_id, _status, title = mine
        change = _set_mine(
            session, document_id, assignment_id, AssignmentStatus.ASSIGNED,
            "assignment.reopen", f"Reopen “{title or document_id}” in your queue",
        )  # fmt: skip
        document_status = previous = _document_status(session, document_id)
        if document_status == DocumentStatus.ANNOTATED:
            step = review.review_in(
                session, project, document_id, review.ReviewAction.REOPEN, "", effective_role, shown_version
            )
            change = combine(change.kind, change.text, [change, step.change])
            document_status = step.status
        return QueueStep(document_id, change, True, document_status, _waiting(session, document_id), previous)


def _set_mine(
    session: Session, document_id: int, assignment_id: int, status: AssignmentStatus, kind: str, text: str
) -> Change:
    """Move one's own assignment of the document to `status` (annotated now, or back to assigned)."""
    ensure_editable(session, document_id)
    record = Recorder(session, kind, text)
    record.updating("assignments", [assignment_id])
    done = utcnow() if status == AssignmentStatus.ANNOTATED else None
    mine = col(Assignment.id) == assignment_id
    session.execute(update(Assignment).where(mine).values(status=status.value, annotated_at=done))
    record.touched([document_id])
    return record.finish()


def _mine(session: Session, project: Project, document_id: int) -> tuple[int, str, str] | None:
    """The current annotator's assignment of the document (id, status, the document's title)."""
    title = session.execute(select(col(Document.title)).where(col(Document.id) == document_id)).scalar()
    if title is None:
        raise AnnotationError(f"document {document_id} does not exist")
    row = session.execute(
        select(col(Assignment.id), col(Assignment.status)).where(
            col(Assignment.document_id) == document_id, col(Assignment.annotator_id) == project.annotator_id
        )
    ).first()
    return None if row is None else (int(row[0]), str(row[1]), str(title))


def _waiting(session: Session, document_id: int) -> tuple[str, ...]:
    return tuple(
        session.execute(
            select(col(Annotator.name))
            .join(Assignment, col(Assignment.annotator_id) == col(Annotator.id))
            .where(
                col(Assignment.document_id) == document_id,
                col(Assignment.status) == AssignmentStatus.ASSIGNED,
            )
            .order_by(col(Annotator.name))
        ).scalars()
    )


def _document_status(session: Session, document_id: int) -> str:
    return str(
        session.execute(select(col(Document.status)).where(col(Document.id) == document_id)).scalar_one()
    )


# --- reads ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Queue:
    """One annotator's queue: their documents to do and done, in id order."""

    annotator: str
    todo: tuple[int, ...]
    done: tuple[int, ...]

    @property
    def total(self) -> int:
        return len(self.todo) + len(self.done)


def queues(project: Project) -> list[Queue]:
    """Every annotator with an assignment, by name."""
    with project.read() as session:
        rows = session.execute(
            select(col(Annotator.name), col(Assignment.document_id), col(Assignment.status))
            .join(Annotator, col(Annotator.id) == col(Assignment.annotator_id))
            .order_by(col(Annotator.name), col(Assignment.document_id))
        ).all()
    found: dict[str, tuple[list[int], list[int]]] = {}
    for name, document_id, status in rows:
        todo, done = found.setdefault(name, ([], []))
        (done if status == AssignmentStatus.ANNOTATED else todo).append(document_id)
    return [Queue(name, tuple(todo), tuple(done)) for name, (todo, done) in found.items()]


def next_in_queue(project: Project, after: int | None = None) -> int | None:
    """The current annotator's next document not marked annotated: the first after `after` in id order,
    else the first from the start (it may be `after` itself, if it is the last one left)."""
    mine = select(col(Assignment.document_id)).where(
        col(Assignment.annotator_id) == project.annotator_id,
        col(Assignment.status) == AssignmentStatus.ASSIGNED,
    )
    order = col(Assignment.document_id)
    with project.read() as session:
        if after is not None:
            found = session.execute(mine.where(order > after).order_by(order).limit(1)).scalar()
            if found is not None:
                return int(found)
        first = session.execute(mine.order_by(order).limit(1)).scalar()
    return None if first is None else int(first)


def my_assignments(project: Project, document_ids: Sequence[int]) -> dict[int, str]:
    """The current annotator's assignment status of these documents (absent: not assigned to them)."""
    found: dict[int, str] = {}
    ids = sorted(set(document_ids))
    with project.read() as session:
        for start in range(0, len(ids), 500):
            found.update(
                session.execute(
                    select(col(Assignment.document_id), col(Assignment.status)).where(
                        col(Assignment.annotator_id) == project.annotator_id,
                        col(Assignment.document_id).in_(ids[start : start + 500]),
                    )
                ).all()
            )
    return found


def has_assignments(project: Project) -> bool:
    """Whether the current annotator has any assignment: the documents list shows its Mine column then."""
    with project.read() as session:
        found = session.execute(
            select(col(Assignment.id)).where(col(Assignment.annotator_id) == project.annotator_id).limit(1)
        ).first()
    return found is not None
