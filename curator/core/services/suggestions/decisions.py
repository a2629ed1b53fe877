"""Deciding on suggestions: accept, reject, correct by tagging over them, remap after a text edit.

Each writer is one transaction and returns `Decided`, whose `change` is what `changes.revert` and
`changes.apply` replay exactly."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import delete, func, insert, select, update
from sqlmodel import Session, col

from curator.core.domain import (
    AnnotationError,
    DocumentStatus,
    SpanStatus,
    SuggestionStatus,
)
from curator.core.services.bulk import (
    ArgumentRow,
    EventRow,
    insert_arguments,
    insert_events,
)
from curator.core.services.changes import TABLES, Change, Recorder
from curator.core.services.span_links import AutoLink, link_new_span
from curator.core.services.spans import insert_span
from curator.core.services.stale import ensure_editable, refresh_documents
from curator.core.storage.database import Project
from curator.core.storage.models import (
    Document,
    Event,
    EventArgument,
    Label,
    Span,
    Suggestion,
    SuggestionDecision,
    utcnow,
)

# --- decisions --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Decided:
    """What one decision did: its change record (undo and redo replay it) and what the window reports."""

    change: Change
    link: AutoLink = AutoLink()
    """A hand tag: the entity it was linked to on creation, or the candidates left to the user."""

    @property
    def document_ids(self) -> set[int]:
        return set(self.change.documents)

    @property
    def span_ids(self) -> list[int]:
        return list(self.change.ids("spans"))

    def decisions(self, outcome: str) -> int:
        return sum(1 for row in self.change.rows("suggestion_decisions") if row["outcome"] == outcome)

    def __bool__(self) -> bool:
        return bool(self.change)


def _statuses(session: Session, document_ids: Iterable[int]) -> dict[int, str]:
    rows = session.execute(
        select(col(Document.id), col(Document.status)).where(col(Document.id).in_(sorted(set(document_ids))))
    )
    return {int(i): str(s) for i, s in rows}


def _record_decisions(
    session: Session, project: Project, decided: Sequence[tuple[Suggestion, str]], names: dict[int, str]
) -> list[int]:
    """One decision row per (suggestion, outcome), in one statement; their ids in order."""
    if not decided:
        return []
    now = utcnow()
    rows = [
        {
            "document_id": s.document_id, "start": s.start, "end": s.end, "label": names[s.label_id],
            "source": s.source, "score": s.score, "outcome": outcome, "annotator_id": project.annotator_id,
            "created_at": now,
        }
        for s, outcome in decided
    ]  # fmt: skip
    statement = insert(SuggestionDecision).returning(col(SuggestionDecision.id), sort_by_parameter_order=True)
    return list(session.execute(statement, rows).scalars())


class _Decision:
    """Records what one decision transaction does (on `changes.Recorder`): the suggestions it decides
    go, and the rows it adds and the statuses it moves are the rest of its change.

    Every decision writer starts here with the documents it may change, so a check that a document
    may be edited (an approved one may not) belongs in this one place."""

    def __init__(
        self, session: Session, kind: str, suggestions: list[Suggestion], documents: Iterable[int] = ()
    ) -> None:
        self.session = session
        self.suggestions = suggestions
        self.documents = {s.document_id for s in suggestions} | set(documents)
        ensure_editable(session, *self.documents)
        self.record = Recorder(session, kind)
        self.record.removing("suggestions", [s.id for s in suggestions if s.id is not None])
        self.before = _statuses(session, self.documents)

    def finish(self) -> Decided:
        ids = [s.id for s in self.suggestions]
        self.session.execute(delete(Suggestion).where(col(Suggestion.id).in_(ids)))
        refresh_documents(self.session, self.documents)
        for document_id, status in _statuses(self.session, self.documents).items():
            self.record.status(document_id, self.before[document_id], status)
        self.record.touched(self.documents)
        return Decided(self.record.finish())


def _load(session: Session, suggestion_ids: Iterable[int]) -> list[Suggestion]:
    ids = list(dict.fromkeys(suggestion_ids))
    found = list(
        session.execute(
            select(Suggestion).where(col(Suggestion.id).in_(ids)).order_by(col(Suggestion.start))
        ).scalars()
    )
    if len(found) != len(ids):
        missing = sorted(set(ids) - {s.id for s in found})
        raise AnnotationError(f"suggestion {missing[0]} does not exist (decided already?)")
    return found


def _label_names(session: Session) -> dict[int, str]:
    return {int(i): str(name) for i, name in session.execute(select(col(Label.id), col(Label.name)))}


def accept_suggestions(project: Project, suggestion_ids: Sequence[int]) -> Decided:
    """Turn suggestions into spans (source = the suggester), linked to their canonical entity; a trigger
    suggestion becomes an event with the guessed arguments that match accepted spans, and its date."""
    with project.write() as session:
        return _accept(session, project, _load(session, suggestion_ids))


def _accept(
    session: Session, project: Project, chosen: list[Suggestion], kind: str = "suggestion.accept"
) -> Decided:
    """Spans for the chosen suggestions (one insert for all), events for triggers, and the decisions; a
    suggestion whose span was tagged by hand meanwhile only gets its decision."""
    decision = _Decision(session, kind, chosen)
    labels = {
        i: (name, kind)
        for i, name, kind in session.execute(select(col(Label.id), col(Label.name), col(Label.kind)))
    }
    names = {i: name for i, (name, _kind) in labels.items()}
    decision.record.added(
        "suggestion_decisions",
        _record_decisions(session, project, [(s, SuggestionStatus.ACCEPTED) for s in chosen], names),
    )
    spans: dict[tuple[int, int, int, str], int] = {
        (document_id, start, end, names[label_id]): span_id
        for span_id, document_id, start, end, label_id in session.execute(
            select(
                col(Span.id), col(Span.document_id), col(Span.start), col(Span.end), col(Span.label_id)
            ).where(
                col(Span.document_id).in_(decision.documents), col(Span.annotator_id) == project.annotator_id
            )
        )
    }
    fresh = [
        s for s in chosen if (s.document_id, s.start, s.end, names[s.label_id]) not in spans
    ]  # fmt: skip
    span_ids = _insert_spans(session, project, fresh)
    decision.record.added("spans", span_ids)
    triggers: list[tuple[Suggestion, int]] = []
    for suggestion, span_id in zip(fresh, span_ids, strict=True):
        spans[(suggestion.document_id, suggestion.start, suggestion.end, names[suggestion.label_id])] = (
            span_id
        )
        if labels[suggestion.label_id][1] == "event":
            triggers.append((suggestion, span_id))
    for suggestion, span_id in triggers:
        _create_event(session, project, decision.record, suggestion, span_id, spans)
    # A hand tag exactly over a suggestion (`tag`) is linked like any hand tag, unless the suggestion was.
    hand_tag = kind == "span.add" and len(span_ids) == 1
    link = link_new_span(session, span_ids[0]) if hand_tag else AutoLink()
    return replace(decision.finish(), link=link)


def _insert_spans(session: Session, project: Project, chosen: list[Suggestion]) -> list[int]:
    """Accepted spans for suggestions of any documents in one statement (source = the suggester, linked
    to the suggestion's entity); a new document moves to "in progress", as with any first tag. The
    caller has left out suggestions whose span exists; offsets are checked against the text as it is."""
    if not chosen:
        return []
    documents = {s.document_id for s in chosen}
    lengths = dict(
        session.execute(
            select(col(Document.id), func.length(col(Document.text))).where(col(Document.id).in_(documents))
        ).all()
    )
    now = utcnow()
    values = []
    for s in chosen:
        if not 0 <= s.start < s.end <= lengths[s.document_id]:
            raise AnnotationError(f"suggestion {s.id} at {s.start}-{s.end} is outside its document's text")
        values.append(
            {
                "document_id": s.document_id, "start": s.start, "end": s.end, "label_id": s.label_id,
                "annotator_id": project.annotator_id, "status": SpanStatus.ACCEPTED, "source": s.source,
                "created_at": now, "updated_at": now, "fragments": None, "note": "", "entity_id": s.entity_id,
            }
        )  # fmt: skip
    table = TABLES["spans"]
    ids = list(
        session.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), values).scalars()
    )
    session.execute(
        update(Document)
        .where(col(Document.id).in_(documents), col(Document.status) == DocumentStatus.NEW)
        .values(status=DocumentStatus.IN_PROGRESS)
    )
    return ids


def _create_event(
    session: Session, project: Project, record: Recorder, suggestion: Suggestion, span_id: int,
    spans: dict[tuple[int, int, int, str], int],
) -> None:  # fmt: skip
    """An event on an accepted trigger, dated as guessed, with the guessed arguments that are spans."""
    detail = suggestion.detail or {}
    document_id = suggestion.document_id
    [event_id] = insert_events(session, project, document_id, [EventRow(span_id)], source=suggestion.source)
    session.execute(
        update(Event)
        .where(col(Event.id) == event_id)
        .values(date_iso=detail.get("date_iso"), date_precision=detail.get("date_precision"))
    )
    record.added("events", [event_id])
    guessed = {
        (argument["role"], target): None
        for argument in detail.get("arguments", [])
        if (target := spans.get((document_id, argument["start"], argument["end"], argument["label"])))
        not in (None, span_id)
    }  # a guess made twice is one argument
    arguments = [ArgumentRow(event_id, role, span_id=target) for role, target in guessed]
    insert_arguments(session, document_id, arguments)
    record.added(
        "event_arguments",
        session.execute(
            select(col(EventArgument.id)).where(col(EventArgument.event_id) == event_id)
        ).scalars(),
    )


def reject_suggestions(project: Project, suggestion_ids: Sequence[int]) -> Decided:
    """Drop suggestions and remember the rejection, so the same proposal does not come back."""
    with project.write() as session:
        chosen = _load(session, suggestion_ids)
        decision = _Decision(session, "suggestion.reject", chosen)
        decided = [(suggestion, SuggestionStatus.REJECTED) for suggestion in chosen]
        decision.record.added(
            "suggestion_decisions", _record_decisions(session, project, decided, _label_names(session))
        )
        return decision.finish()


def tag(project: Project, document_id: int, start: int, end: int, label: str) -> Decided:
    """The user tags text[start:end] by hand (one transaction). Pending suggestions there are read from
    the database, not from what a window shows (a `curator suggest` may have stored some since): one
    with the same label and boundaries counts as accepted, the others it overlaps were corrected
    (another label or other boundaries) and go. A new document moves to "in progress"."""
    with project.write() as session:
        overlapping = list(
            session.execute(
                select(Suggestion).where(
                    col(Suggestion.document_id) == document_id,
                    col(Suggestion.start) < end,
                    col(Suggestion.end) > start,
                )
            ).scalars()
        )
        if not overlapping:
            return _tag_only(session, project, document_id, start, end, label)
        names = _label_names(session)
        if all((s.start, s.end, names[s.label_id]) == (start, end, label) for s in overlapping):
            return _accept(session, project, overlapping, kind="span.add")
        return _tag_and_correct(session, project, document_id, start, end, label, overlapping, names)


def _tag_only(
    session: Session, project: Project, document_id: int, start: int, end: int, label: str
) -> Decided:
    """No suggestion there (the common case): the tag alone, as cheap as `spans.add_span`."""
    added = insert_span(session, project, document_id, start, end, label)
    link = link_new_span(session, added.span.id)
    record = Recorder(session, "span.add")
    record.added("spans", [added.span.id])
    status = session.execute(select(col(Document.status)).where(col(Document.id) == document_id)).scalar_one()
    record.status(document_id, added.previous_status, str(status))
    record.touched([document_id])
    return Decided(record.finish(), link)


def _tag_and_correct(
    session: Session, project: Project, document_id: int, start: int, end: int, label: str,
    overlapping: list[Suggestion], names: dict[int, str],
) -> Decided:  # fmt: skip
    decision = _Decision(session, "span.add", overlapping, [document_id])
    added = insert_span(session, project, document_id, start, end, label)
    decision.record.added("spans", [added.span.id])
    decided = []
    for suggestion in overlapping:
        same = (suggestion.start, suggestion.end, names[suggestion.label_id]) == (start, end, label)
        decided.append((suggestion, SuggestionStatus.ACCEPTED if same else SuggestionStatus.CORRECTED))
        if same and suggestion.entity_id is not None:
            session.execute(
                update(Span).where(col(Span.id) == added.span.id).values(entity_id=suggestion.entity_id)
            )
    link = link_new_span(session, added.span.id)  # leaves a link taken from the suggestion as it is
    decision.record.added("suggestion_decisions", _record_decisions(session, project, decided, names))
    return replace(decision.finish(), link=link)


def accept_trigger(
    project: Project, document_id: int, start: int, end: int, event_type: str
) -> Decided | None:
    """An event key on a suggested trigger of that type accepts the suggestion (read from the database),
    so the event comes with its guessed arguments and date and the decision counts for the suggester.
    None: no such suggestion there; the caller creates the event as usual."""
    with project.write() as session:
        found = session.execute(
            select(Suggestion)
            .join(Label, col(Label.id) == col(Suggestion.label_id))
            .where(
                col(Suggestion.document_id) == document_id, col(Suggestion.start) == start,
                col(Suggestion.end) == end, col(Label.name) == event_type, col(Label.kind) == "event",
            )
        ).scalar_one_or_none()  # fmt: skip
        return _accept(session, project, [found]) if found is not None else None


def accept_label_in_document(project: Project, document_id: int, label: str) -> Decided:
    """Accept every suggestion of one label in one document (one action)."""
    with project.write() as session:
        ids = session.execute(
            select(col(Suggestion.id))
            .join(Label, col(Label.id) == col(Suggestion.label_id))
            .where(col(Suggestion.document_id) == document_id, col(Label.name) == label)
        ).scalars()
        return _accept_where(session, project, [i for i in ids if i is not None])


def accept_entity_everywhere(project: Project, entity_id: int) -> Decided:
    """Accept every suggested mention of one canonical entity, across the corpus (one action)."""
    with project.write() as session:
        ids = session.execute(
            select(col(Suggestion.id))
            .join(Document, col(Document.id) == col(Suggestion.document_id))
            .where(col(Suggestion.entity_id) == entity_id, col(Document.status) != DocumentStatus.APPROVED)
        ).scalars()  # approved documents are read-only: their suggestions wait for a reopen
        return _accept_where(session, project, [i for i in ids if i is not None])


def _accept_where(session: Session, project: Project, ids: list[int]) -> Decided:
    if not ids:
        return Decided(Change("suggestion.accept"))
    chosen: list[Suggestion] = []
    taken: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for suggestion in sorted(_load(session, ids), key=lambda s: (s.document_id, s.start, s.start - s.end)):
        placed = taken[(suggestion.document_id, suggestion.label_id)]
        if any(start < suggestion.end and suggestion.start < end for start, end in placed):
            continue  # a longer suggestion of the same label already covers it: left for the reviewer
        placed.append((suggestion.start, suggestion.end))
        chosen.append(suggestion)
    return _accept(session, project, chosen)


# --- text edits -------------------------------------------------------------------------------------


def remap_for_text_edit(
    session: Session, document_id: int, start: int, end: int, length: int
) -> tuple[dict, ...]:
    """Inside `edit_text`'s transaction: suggestions before the edit stay, those after it move, those it
    touches go (the proposal was about text that changed). Returns the rows as they were, for undo."""
    rows = session.execute(select(TABLES["suggestions"]).where(col(Suggestion.document_id) == document_id))
    before = tuple(dict(row._mapping) for row in rows)
    delta = length - (end - start)
    kept = [
        {**row, "start": row["start"] + delta, "end": row["end"] + delta} if row["start"] >= end else row
        for row in before
        if row["end"] <= start or row["start"] >= end
    ]
    # Delete and re-insert (same ids) rather than update in place: shifting rows one by one could
    # collide on the unique position key half way through.
    session.execute(delete(Suggestion).where(col(Suggestion.document_id) == document_id))
    if kept:
        session.execute(insert(TABLES["suggestions"]), kept)
    return before
