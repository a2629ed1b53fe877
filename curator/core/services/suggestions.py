"""Machine suggestions: store proposals, accept, reject or correct them, and count what people decided.

Proposals live in `suggestions`, apart from `spans`, so nothing that reads human tags can mistake one for
a tag. Storing never puts a suggestion over or beside a human tag (no overlap with a span of the same
label, no exact duplicate of a span of any label) nor brings back one the user rejected. Every decision
is recorded in `suggestion_decisions`; those rows are the quality figures.

Each writer is one transaction and returns a `SuggestionChange`: the rows it removed and the rows it
added (spans, events, arguments, decisions, suggestions) with the documents' statuses before and after,
so `undo_change` and `redo_change` restore either side exactly, ids included.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Table, delete, func, insert, or_, select, tuple_, update
from sqlmodel import Session

from curator.core.domain import AnnotationError, DocumentStatus
from curator.core.services.bulk import (
    ArgumentRow,
    EventRow,
    insert_arguments,
    insert_events,
)
from curator.core.services.review import ensure_editable
from curator.core.services.snapshots import RowSnapshot, refresh_documents
from curator.core.services.spans import insert_span
from curator.core.storage.database import Project
from curator.core.storage.models import (
    Document,
    Event,
    EventArgument,
    ExclusionRegion,
    KnowledgeEntity,
    Label,
    Span,
    Suggestion,
    SuggestionDecision,
    utcnow,
)
from curator.core.suggest import ProposedSpan

ACCEPTED, CORRECTED, REJECTED = "accepted", "corrected", "rejected"
OUTCOMES = (ACCEPTED, CORRECTED, REJECTED)
# A proposal the user turned down, or replaced by another label or other boundaries, does not come back.
NOT_AGAIN = (REJECTED, CORRECTED)

# Parents before children; deletes run the other way round.
_ORDER = ("spans", "events", "event_arguments", "suggestions", "suggestion_decisions")
_TABLES: dict[str, Table] = {
    "spans": Span.__table__,  # type: ignore[attr-defined]
    "events": Event.__table__,  # type: ignore[attr-defined]
    "event_arguments": EventArgument.__table__,  # type: ignore[attr-defined]
    "suggestions": Suggestion.__table__,  # type: ignore[attr-defined]
    "suggestion_decisions": SuggestionDecision.__table__,  # type: ignore[attr-defined]
}


@dataclass(frozen=True, slots=True)
class SuggestionRecord:
    id: int
    document_id: int
    start: int
    end: int
    label: str
    label_kind: str
    source: str
    score: float
    entity_id: int | None
    entity_name: str | None
    detail: dict = field(default_factory=dict)

    @property
    def rule(self) -> str:
        return str(self.detail.get("rule", ""))


@dataclass(frozen=True, slots=True)
class StoreReport:
    """What storing a batch did: stored, and why the others were left out."""

    documents: int = 0
    stored: int = 0
    replaced: int = 0
    over_human_tag: int = 0
    rejected_before: int = 0  # rejected, or corrected, by the user before
    already_suggested: int = 0
    invalid: int = 0
    approved: int = 0  # documents left alone: an approved document is read-only until reopened
    in_boilerplate: int = 0  # inside text the user excluded as boilerplate: it could not be tagged

    def __add__(self, other: StoreReport) -> StoreReport:
        return StoreReport(*(a + b for a, b in zip(_fields(self), _fields(other), strict=True)))

    def to_dict(self) -> dict[str, int]:
        return dict(zip(StoreReport.__slots__, _fields(self), strict=True))  # type: ignore[arg-type]


def _fields(report: StoreReport) -> tuple[int, ...]:
    return tuple(getattr(report, name) for name in StoreReport.__slots__)  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class SuggestionChange:
    """Rows one decision removed and added, and document statuses before and after (for exact undo)."""

    removed: RowSnapshot
    added: RowSnapshot
    statuses_before: tuple[tuple[int, str], ...] = ()
    statuses_after: tuple[tuple[int, str], ...] = ()

    @property
    def document_ids(self) -> set[int]:
        ids = {document_id for document_id, _ in self.statuses_before}
        for snapshot in (self.removed, self.added):
            for name in _ORDER:
                ids |= {row["document_id"] for row in snapshot.table(name) if "document_id" in row}
        return ids

    @property
    def span_ids(self) -> list[int]:
        return [row["id"] for row in self.added.table("spans")]

    def decisions(self, outcome: str) -> int:
        return sum(1 for row in self.added.table("suggestion_decisions") if row["outcome"] == outcome)

    def __bool__(self) -> bool:
        return bool(self.removed) or bool(self.added)


# --- storing proposals ------------------------------------------------------------------------------


def _same_source(source: str):
    """A suggester's own rows: its source, or a sub-source of it ("rules" owns "rules:gazetteer")."""
    return or_(Suggestion.source == source, Suggestion.source.startswith(f"{source}:", autoescape=True))


def store_suggestions(
    project: Project, source: str, batch: Sequence[tuple[int, Sequence[ProposedSpan]]]
) -> StoreReport:
    """Store one batch of proposals (one transaction), replacing `source`'s earlier ones for those
    documents. A proposal over or beside a human tag, or one the user rejected, is counted and dropped."""
    if not batch:
        return StoreReport()
    with project.write() as session:
        return _store(session, source, batch)


def _store(session: Session, source: str, batch: Sequence[tuple[int, Sequence[ProposedSpan]]]) -> StoreReport:
    document_ids = [document_id for document_id, _ in batch]
    lengths = dict(
        session.execute(
            select(Document.id, func.length(Document.text)).where(
                Document.id.in_(document_ids), Document.status != DocumentStatus.APPROVED
            )
        ).all()
    )
    labels = dict(session.execute(select(Label.name, Label.id)).all())
    entity_ids = dict(session.execute(select(KnowledgeEntity.key, KnowledgeEntity.id)).all())
    replaced = session.execute(
        delete(Suggestion).where(Suggestion.document_id.in_(list(lengths)), _same_source(source))
    ).rowcount
    spans: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for document_id, start, end, label_id in session.execute(
        select(Span.document_id, Span.start, Span.end, Span.label_id).where(
            Span.document_id.in_(document_ids)
        )
    ):
        spans[document_id].append((start, end, label_id))
    rejected = set(
        session.execute(
            select(
                SuggestionDecision.document_id, SuggestionDecision.start, SuggestionDecision.end,
                SuggestionDecision.label,
            ).where(
                SuggestionDecision.document_id.in_(document_ids), SuggestionDecision.outcome.in_(NOT_AGAIN)
            )
        )
    )  # fmt: skip
    excluded: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for document_id, start, end in session.execute(
        select(ExclusionRegion.document_id, ExclusionRegion.start, ExclusionRegion.end).where(
            ExclusionRegion.document_id.in_(list(lengths)),
            ExclusionRegion.status == "accepted",
            ExclusionRegion.kind != "line_join",
        )
    ):
        excluded[document_id].append((start, end))
    existing = set(
        session.execute(
            select(Suggestion.document_id, Suggestion.start, Suggestion.end, Suggestion.label_id).where(
                Suggestion.document_id.in_(document_ids)
            )
        )
    )
    counts: dict[str, int] = defaultdict(int)
    rows: dict[tuple[int, int, int, int], dict] = {}
    now = utcnow()
    approved = 0
    for document_id, proposals in batch:
        length = lengths.get(document_id)
        if length is None and _is_approved(session, document_id):
            approved += 1
            continue
        for proposal in proposals:
            label_id = labels.get(proposal.label)
            if length is None or label_id is None or not 0 <= proposal.start < proposal.end <= length:
                counts["invalid"] += 1
                continue
            key = (document_id, proposal.start, proposal.end, label_id)
            if any(start < proposal.end and proposal.start < end for start, end in excluded[document_id]):
                counts["in_boilerplate"] += 1
            elif _near_human_tag(spans[document_id], proposal.start, proposal.end, label_id):
                counts["over_human_tag"] += 1
            elif (document_id, proposal.start, proposal.end, proposal.label) in rejected:
                counts["rejected_before"] += 1
            elif key in existing:
                counts["already_suggested"] += 1
            elif key in rows and rows[key]["score"] >= proposal.score:
                counts["already_suggested"] += 1
            else:
                counts["already_suggested"] += int(key in rows)
                rows[key] = {
                    "document_id": document_id, "start": proposal.start, "end": proposal.end,
                    "label_id": label_id, "source": proposal.source or source, "score": float(proposal.score),
                    "entity_id": entity_ids.get(proposal.entity_key) if proposal.entity_key else None,
                    "detail": _detail(proposal), "created_at": now,
                }  # fmt: skip
    if rows:
        session.execute(insert(Suggestion), list(rows.values()))
    return StoreReport(
        documents=len(batch), stored=len(rows), replaced=int(replaced or 0),
        over_human_tag=counts["over_human_tag"], rejected_before=counts["rejected_before"],
        already_suggested=counts["already_suggested"], invalid=counts["invalid"], approved=approved,
        in_boilerplate=counts["in_boilerplate"],
    )  # fmt: skip


def _is_approved(session: Session, document_id: int) -> bool:
    status = session.execute(select(Document.status).where(Document.id == document_id)).scalar_one_or_none()
    return status == DocumentStatus.APPROVED


def _near_human_tag(spans: list[tuple[int, int, int]], start: int, end: int, label_id: int) -> bool:
    """Over a tag of the same label (any overlap), or exactly where a tag of another label is."""
    return any(
        (s == start and e == end) or (label == label_id and s < end and start < e) for s, e, label in spans
    )


def _detail(proposal: ProposedSpan) -> dict:
    detail: dict = {"rule": proposal.rule} if proposal.rule else {}
    if proposal.entity_key:
        detail["entity_key"] = proposal.entity_key
    if proposal.arguments:
        detail["arguments"] = [
            {"role": a.role, "start": a.start, "end": a.end, "label": a.label} for a in proposal.arguments
        ]
    if proposal.date_iso:
        detail["date_iso"] = proposal.date_iso
        detail["date_precision"] = proposal.date_precision
    if proposal.extra:
        detail["extra"] = dict(proposal.extra)
    return detail


# --- reading ----------------------------------------------------------------------------------------


def _records(session: Session, condition) -> list[SuggestionRecord]:
    rows = session.execute(
        select(Suggestion, Label.name, Label.kind, KnowledgeEntity.name)
        .join(Label, Label.id == Suggestion.label_id)
        .outerjoin(KnowledgeEntity, KnowledgeEntity.id == Suggestion.entity_id)
        .where(condition)
        .order_by(Suggestion.document_id, Suggestion.start, Suggestion.end, Suggestion.id)
    ).all()
    return [
        SuggestionRecord(
            s.id,
            s.document_id,
            s.start,
            s.end,
            label,
            kind,
            s.source,
            s.score,
            s.entity_id,
            entity_name,
            dict(s.detail or {}),
        )  # fmt: skip
        for s, label, kind, entity_name in rows
    ]


def list_suggestions(project: Project, document_id: int) -> list[SuggestionRecord]:
    """The pending suggestions of a document, in reading order."""
    with project.read() as session:
        return _records(session, Suggestion.document_id == document_id)


def next_document_with_suggestions(project: Project, after_id: int) -> int | None:
    """The next document (by id, wrapping round) that has pending suggestions."""
    with project.read() as session:
        ids = session.execute(select(Suggestion.document_id).distinct().order_by(Suggestion.document_id))
        found = list(ids.scalars())
    return next((i for i in found if i > after_id), found[0] if found else None)


# --- decisions --------------------------------------------------------------------------------------


def _statuses(session: Session, document_ids: Iterable[int]) -> tuple[tuple[int, str], ...]:
    rows = session.execute(
        select(Document.id, Document.status).where(Document.id.in_(sorted(set(document_ids))))
    )
    return tuple(sorted((int(i), str(s)) for i, s in rows))


def _rows(session: Session, table: str, ids: Iterable[int]) -> tuple[dict, ...]:
    ids = list(ids)
    if not ids:
        return ()
    found = session.execute(select(_TABLES[table]).where(_TABLES[table].c.id.in_(ids)))
    return tuple(dict(row._mapping) for row in found)


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
    statement = insert(SuggestionDecision).returning(SuggestionDecision.id, sort_by_parameter_order=True)
    return list(session.execute(statement, rows).scalars())


class _Recorder:
    """Collects what one decision transaction removes and adds, then builds its SuggestionChange.

    Every decision writer starts here with the documents it may change, so a check that a document
    may be edited (an approved one may not) belongs in this one place."""

    def __init__(
        self, session: Session, suggestions: list[Suggestion], documents: Iterable[int] = ()
    ) -> None:
        self.session = session
        self.suggestions = suggestions
        self.documents = {s.document_id for s in suggestions} | set(documents)
        ensure_editable(session, *self.documents)
        self.removed = _rows(session, "suggestions", [s.id for s in suggestions if s.id is not None])
        self.before = _statuses(session, self.documents)
        self.added: dict[str, list[int]] = defaultdict(list)

    def change(self) -> SuggestionChange:
        ids = [s.id for s in self.suggestions]
        self.session.execute(delete(Suggestion).where(Suggestion.id.in_(ids)))
        added = RowSnapshot(tuple((name, _rows(self.session, name, self.added[name])) for name in _ORDER))
        self.documents |= {row["document_id"] for row in added.table("spans")}
        refresh_documents(self.session, self.documents)
        return SuggestionChange(
            RowSnapshot((("suggestions", self.removed),)),
            added,
            self.before,
            _statuses(self.session, self.documents),
        )


def _load(session: Session, suggestion_ids: Iterable[int]) -> list[Suggestion]:
    ids = list(dict.fromkeys(suggestion_ids))
    found = list(
        session.execute(select(Suggestion).where(Suggestion.id.in_(ids)).order_by(Suggestion.start)).scalars()
    )
    if len(found) != len(ids):
        missing = sorted(set(ids) - {s.id for s in found})
        raise AnnotationError(f"suggestion {missing[0]} does not exist (decided already?)")
    return found


def accept_suggestions(project: Project, suggestion_ids: Sequence[int]) -> SuggestionChange:
    """Turn suggestions into spans (source = the suggester), linked to their canonical entity; a trigger
    suggestion becomes an event with the guessed arguments that match accepted spans, and its date."""
    with project.write() as session:
        return _accept(session, project, _load(session, suggestion_ids))


def _accept(session: Session, project: Project, chosen: list[Suggestion]) -> SuggestionChange:
    """Spans for the chosen suggestions (one insert for all), events for triggers, and the decisions; a
    suggestion whose span was tagged by hand meanwhile only gets its decision."""
    recorder = _Recorder(session, chosen)
    labels = {i: (name, kind) for i, name, kind in session.execute(select(Label.id, Label.name, Label.kind))}
    names = {i: name for i, (name, _kind) in labels.items()}
    recorder.added["suggestion_decisions"] += _record_decisions(
        session, project, [(s, ACCEPTED) for s in chosen], names
    )
    spans: dict[tuple[int, int, int, str], int] = {
        (document_id, start, end, names[label_id]): span_id
        for span_id, document_id, start, end, label_id in session.execute(
            select(Span.id, Span.document_id, Span.start, Span.end, Span.label_id).where(
                Span.document_id.in_(recorder.documents)
            )
        )
    }
    fresh = [
        s for s in chosen if (s.document_id, s.start, s.end, names[s.label_id]) not in spans
    ]  # fmt: skip
    span_ids = _insert_spans(session, project, fresh)
    triggers: list[tuple[Suggestion, int]] = []
    for suggestion, span_id in zip(fresh, span_ids, strict=True):
        spans[(suggestion.document_id, suggestion.start, suggestion.end, names[suggestion.label_id])] = (
            span_id
        )
        recorder.added["spans"].append(span_id)
        if labels[suggestion.label_id][1] == "event":
            triggers.append((suggestion, span_id))
    for suggestion, span_id in triggers:
        _create_event(session, project, recorder, suggestion, span_id, spans)
    return recorder.change()


def _insert_spans(session: Session, project: Project, chosen: list[Suggestion]) -> list[int]:
    """Accepted spans for suggestions of any documents in one statement (source = the suggester, linked
    to the suggestion's entity); a new document moves to "in progress", as with any first tag. The
    caller has left out suggestions whose span exists; offsets are checked against the text as it is."""
    if not chosen:
        return []
    documents = {s.document_id for s in chosen}
    lengths = dict(
        session.execute(
            select(Document.id, func.length(Document.text)).where(Document.id.in_(documents))
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
                "annotator_id": project.annotator_id, "status": "accepted", "source": s.source,
                "created_at": now, "updated_at": now, "fragments": None, "note": "", "entity_id": s.entity_id,
            }
        )  # fmt: skip
    table = _TABLES["spans"]
    ids = list(
        session.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), values).scalars()
    )
    session.execute(
        update(Document.__table__)  # type: ignore[arg-type]
        .where(Document.id.in_(documents), Document.status == DocumentStatus.NEW)
        .values(status=DocumentStatus.IN_PROGRESS)
    )
    return ids


def _create_event(
    session: Session, project: Project, recorder: _Recorder, suggestion: Suggestion, span_id: int,
    spans: dict[tuple[int, int, int, str], int],
) -> None:  # fmt: skip
    """An event on an accepted trigger, dated as guessed, with the guessed arguments that are spans."""
    detail = suggestion.detail or {}
    document_id = suggestion.document_id
    [event_id] = insert_events(session, project, document_id, [EventRow(span_id)], source=suggestion.source)
    session.execute(
        update(Event)
        .where(Event.id == event_id)
        .values(date_iso=detail.get("date_iso"), date_precision=detail.get("date_precision"))
    )
    recorder.added["events"].append(event_id)
    guessed = {
        (argument["role"], target): None
        for argument in detail.get("arguments", [])
        if (target := spans.get((document_id, argument["start"], argument["end"], argument["label"])))
        not in (None, span_id)
    }  # a guess made twice is one argument
    arguments = [ArgumentRow(event_id, role, span_id=target) for role, target in guessed]
    insert_arguments(session, document_id, arguments)
    recorder.added["event_arguments"] += session.execute(
        select(EventArgument.id).where(EventArgument.event_id == event_id)
    ).scalars()


def reject_suggestions(project: Project, suggestion_ids: Sequence[int]) -> SuggestionChange:
    """Drop suggestions and remember the rejection, so the same proposal does not come back."""
    with project.write() as session:
        chosen = _load(session, suggestion_ids)
        recorder = _Recorder(session, chosen)
        names = dict(session.execute(select(Label.id, Label.name)).all())
        decided = [(suggestion, REJECTED) for suggestion in chosen]
        recorder.added["suggestion_decisions"] += _record_decisions(session, project, decided, names)
        return recorder.change()


def tag_over_suggestions(
    project: Project, document_id: int, start: int, end: int, label: str
) -> SuggestionChange:
    """The user tags text where suggestions are: a suggestion with the same label and boundaries counts
    as accepted; the others it overlaps were corrected (another label or other boundaries) and go."""
    with project.write() as session:
        overlapping = list(
            session.execute(
                select(Suggestion).where(
                    Suggestion.document_id == document_id, Suggestion.start < end, Suggestion.end > start
                )
            ).scalars()
        )
        names = dict(session.execute(select(Label.id, Label.name)).all())
        if overlapping and all(
            (s.start, s.end, names[s.label_id]) == (start, end, label) for s in overlapping
        ):
            return _accept(session, project, overlapping)
        return _tag_and_correct(session, project, document_id, start, end, label, overlapping, names)


def _tag_and_correct(
    session: Session, project: Project, document_id: int, start: int, end: int, label: str,
    overlapping: list[Suggestion], names: dict[int, str],
) -> SuggestionChange:  # fmt: skip
    recorder = _Recorder(session, overlapping, [document_id])
    added = insert_span(session, project, document_id, start, end, label)
    recorder.added["spans"].append(added.span.id)
    decided = []
    for suggestion in overlapping:
        same = (suggestion.start, suggestion.end, names[suggestion.label_id]) == (start, end, label)
        decided.append((suggestion, ACCEPTED if same else CORRECTED))
        if same and suggestion.entity_id is not None:
            session.execute(
                update(Span).where(Span.id == added.span.id).values(entity_id=suggestion.entity_id)
            )
    recorder.added["suggestion_decisions"] += _record_decisions(session, project, decided, names)
    return recorder.change()


def accept_label_in_document(project: Project, document_id: int, label: str) -> SuggestionChange:
    """Accept every suggestion of one label in one document (one action)."""
    with project.write() as session:
        ids = session.execute(
            select(Suggestion.id)
            .join(Label, Label.id == Suggestion.label_id)
            .where(Suggestion.document_id == document_id, Label.name == label)
        ).scalars()
        return _accept_where(session, project, list(ids))


def accept_entity_everywhere(project: Project, entity_id: int) -> SuggestionChange:
    """Accept every suggested mention of one canonical entity, across the corpus (one action)."""
    with project.write() as session:
        ids = session.execute(
            select(Suggestion.id)
            .join(Document, Document.id == Suggestion.document_id)
            .where(Suggestion.entity_id == entity_id, Document.status != DocumentStatus.APPROVED)
        ).scalars()  # approved documents are read-only: their suggestions wait for a reopen
        return _accept_where(session, project, list(ids))


def _accept_where(session: Session, project: Project, ids: list[int]) -> SuggestionChange:
    if not ids:
        return SuggestionChange(RowSnapshot(), RowSnapshot())
    chosen: list[Suggestion] = []
    taken: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for suggestion in sorted(_load(session, ids), key=lambda s: (s.document_id, s.start, s.start - s.end)):
        placed = taken[(suggestion.document_id, suggestion.label_id)]
        if any(start < suggestion.end and suggestion.start < end for start, end in placed):
            continue  # a longer suggestion of the same label already covers it: left for the reviewer
        placed.append((suggestion.start, suggestion.end))
        chosen.append(suggestion)
    return _accept(session, project, chosen)


# --- undo -------------------------------------------------------------------------------------------


def _clear_places(session: Session, rows: Sequence[dict]) -> None:
    """Make room for suggestions coming back: a later run may have proposed the same place again
    (or reused an id); the one coming back replaces it."""
    if not rows:
        return
    places = [(r["document_id"], r["start"], r["end"], r["label_id"]) for r in rows]
    session.execute(
        delete(Suggestion).where(
            or_(
                Suggestion.id.in_([r["id"] for r in rows]),
                tuple_(Suggestion.document_id, Suggestion.start, Suggestion.end, Suggestion.label_id).in_(
                    places
                ),
            )
        )
    )


def _swap(
    session: Session, remove: RowSnapshot, put_back: RowSnapshot, statuses: tuple[tuple[int, str], ...]
) -> None:
    for name in reversed(_ORDER):
        ids = [row["id"] for row in remove.table(name)]
        if ids:
            session.execute(delete(_TABLES[name]).where(_TABLES[name].c.id.in_(ids)))
    _clear_places(session, put_back.table("suggestions"))
    for name in _ORDER:
        rows = put_back.table(name)
        if rows:
            session.execute(insert(_TABLES[name]), list(rows))
    by_status: dict[str, list[int]] = defaultdict(list)
    for document_id, status in statuses:
        by_status[status].append(document_id)
    for status, ids in by_status.items():
        session.execute(update(Document.__table__).where(Document.id.in_(ids)).values(status=status))  # type: ignore[arg-type]


def undo_change(project: Project, change: SuggestionChange) -> None:
    """Put back exactly what a decision removed and remove what it added."""
    with project.write() as session:
        _swap(session, change.added, change.removed, change.statuses_before)
        refresh_documents(session, change.document_ids)


def redo_change(project: Project, change: SuggestionChange) -> None:
    """Make the decision again with the same rows and ids."""
    with project.write() as session:
        _swap(session, change.removed, change.added, change.statuses_after)
        refresh_documents(session, change.document_ids)


# --- text edits -------------------------------------------------------------------------------------


def remap_for_text_edit(
    session: Session, document_id: int, start: int, end: int, length: int
) -> tuple[dict, ...]:
    """Inside `edit_text`'s transaction: suggestions before the edit stay, those after it move, those it
    touches go (the proposal was about text that changed). Returns the rows as they were, for undo."""
    rows = session.execute(select(_TABLES["suggestions"]).where(Suggestion.document_id == document_id))
    before = tuple(dict(row._mapping) for row in rows)
    delta = length - (end - start)
    kept = [
        {**row, "start": row["start"] + delta, "end": row["end"] + delta} if row["start"] >= end else row
        for row in before
        if row["end"] <= start or row["start"] >= end
    ]
    # Delete and re-insert (same ids) rather than update in place: shifting rows one by one could
    # collide on the unique position key half way through.
    session.execute(delete(Suggestion).where(Suggestion.document_id == document_id))
    if kept:
        session.execute(insert(_TABLES["suggestions"]), kept)
    return before


def restore_after_text_edit(session: Session, document_id: int, rows: tuple[dict, ...]) -> None:
    """Undo of `remap_for_text_edit`: the document's suggestions exactly as they were."""
    session.execute(delete(Suggestion).where(Suggestion.document_id == document_id))
    if rows:
        session.execute(insert(_TABLES["suggestions"]), list(rows))


# --- quality ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QualityRow:
    source: str
    label: str
    accepted: int = 0
    corrected: int = 0
    rejected: int = 0
    pending: int = 0

    @property
    def decided(self) -> int:
        return self.accepted + self.corrected + self.rejected

    @property
    def acceptance(self) -> float | None:
        """Share of decided suggestions that were accepted as they were."""
        return self.accepted / self.decided if self.decided else None

    def to_dict(self) -> dict:
        return {
            "source": self.source, "label": self.label, "accepted": self.accepted,
            "corrected": self.corrected, "rejected": self.rejected, "pending": self.pending,
            "acceptance": self.acceptance,
        }  # fmt: skip


def quality_counts(project: Project) -> list[QualityRow]:
    """Per source and label: suggestions accepted, corrected, rejected, and still pending."""
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(
        lambda: dict.fromkeys((*OUTCOMES, "pending"), 0)
    )
    with project.read() as session:
        decided = session.execute(
            select(
                SuggestionDecision.source, SuggestionDecision.label, SuggestionDecision.outcome, func.count()
            ).group_by(SuggestionDecision.source, SuggestionDecision.label, SuggestionDecision.outcome)
        )
        for source, label, outcome, count in decided:
            if outcome in OUTCOMES:
                counts[(source, label)][outcome] += count
        pending = session.execute(
            select(Suggestion.source, Label.name, func.count())
            .join(Label, Label.id == Suggestion.label_id)
            .group_by(Suggestion.source, Label.name)
        )
        for source, label, count in pending:
            counts[(source, label)]["pending"] += count
    return [QualityRow(source, label, **values) for (source, label), values in sorted(counts.items())]


def quality_by_source(rows: Sequence[QualityRow]) -> list[QualityRow]:
    """The per-label rows summed per source."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row in rows:
        total = totals[row.source]
        for index, value in enumerate((row.accepted, row.corrected, row.rejected, row.pending)):
            total[index] += value
    return [QualityRow(source, "", *values) for source, values in sorted(totals.items())]


def pending_counts(project: Project, document_id: int | None = None) -> dict[str, int]:
    """Pending suggestions per label, in one document or the whole corpus."""
    statement = (
        select(Label.name, func.count())
        .select_from(Suggestion)
        .join(Label, Label.id == Suggestion.label_id)
        .group_by(Label.name)
    )
    if document_id is not None:
        statement = statement.where(Suggestion.document_id == document_id)
    with project.read() as session:
        return dict(session.execute(statement).all())
