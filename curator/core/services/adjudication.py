"""Adjudication: a reviewer copies the layers' annotations they accept into the gold layer.

Every decision is one transaction returning its `Change`, so undo takes it back. Copies keep provenance:
`agreed_by` names the layers that had the accepted version. "Neither" is stored as gold spans with status
"rejected" over the disagreement (exports read only accepted spans), which is what keeps a rejected
disagreement from coming back as open (see `adjudication.compare`). Only a reviewer writes gold.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import insert, select, update
from sqlmodel import Session, col

from curator.core.adjudication import Comparison, Disagreement, EventUnit, Unit, compare
from curator.core.adjudication.compare import gold_layer_id
from curator.core.domain import (
    GOLD_LAYER,
    AnnotationError,
    AnnotatorRole,
    CuratorError,
    DocumentStatus,
    SpanStatus,
)
from curator.core.services.changes import Change, Recorder, combine
from curator.core.services.review import REVIEWER, current_role
from curator.core.services.stale import ensure_editable, refresh_documents
from curator.core.storage.database import Project
from curator.core.storage.models import (
    Annotator,
    Document,
    Event,
    EventArgument,
    ExclusionRegion,
    Label,
    Span,
    utcnow,
)

BOTH, NEITHER = "both", "neither"
"""Choices besides a layer's name: every layer's version, or none of them."""


class AdjudicationCancelled(CuratorError):
    def __init__(self) -> None:
        super().__init__("cancelled; nothing was copied into gold")


@dataclass(frozen=True, slots=True)
class Decision:
    """What one decision wrote: the gold span ids (accepted or rejected) and the change."""

    span_ids: tuple[int, ...]
    change: Change


def require_reviewer(project: Project, role: str | None = None) -> None:
    effective = current_role(project, role)
    if effective != REVIEWER:
        raise AnnotationError(
            f"writing the gold layer needs the reviewer role; {project.annotator_name} works as {effective} "
            "(use --role reviewer, $CURATOR_ROLE=reviewer, or Review → Reviewer Mode in the window)"
        )


def ensure_gold_layer(session: Session) -> int:
    """The gold layer's annotator id, creating its row the first time (it is never a person)."""
    found = gold_layer_id(session)
    if found is not None:
        return found
    if (
        session.execute(select(col(Annotator.id)).where(col(Annotator.name) == GOLD_LAYER)).scalar()
        is not None
    ):
        raise AnnotationError(f"an annotator named {GOLD_LAYER!r} exists but is not the gold layer")
    gold = Annotator(name=GOLD_LAYER, role=AnnotatorRole.GOLD, created_at=utcnow())
    session.add(gold)
    session.flush()
    assert gold.id is not None
    return gold.id


class _Gold:
    """Copies into the gold layer of one document inside one transaction, reusing a gold span already
    there. Spans go in one statement per call (not `insert_span`'s dozen per span): the corpus-wide
    acceptance writes tens of thousands; `close` moves the document's status and version once."""

    def __init__(self, session: Session, document_id: int, record: Recorder) -> None:
        self.session, self.document_id, self.record = session, document_id, record
        self.layer = ensure_gold_layer(session)
        ensure_editable(session, document_id)
        self.labels: dict[str, int] = {
            str(name): int(found) for name, found in session.execute(select(col(Label.name), col(Label.id)))
        }
        self.gold: dict[tuple[int, int, str], int] = {
            (start, end, name): int(span_id)
            for start, end, name, span_id in session.execute(
                select(col(Span.start), col(Span.end), col(Label.name), col(Span.id))
                .join(Label, col(Label.id) == col(Span.label_id))
                .where(col(Span.document_id) == document_id, col(Span.annotator_id) == self.layer)
            )
        }
        self.excluded = session.execute(
            select(col(ExclusionRegion.start), col(ExclusionRegion.end), col(ExclusionRegion.kind)).where(
                col(ExclusionRegion.document_id) == document_id,
                col(ExclusionRegion.status) == "accepted",
                col(ExclusionRegion.kind) != "line_join",
            )
        ).all()
        self.span_ids: list[int] = []
        self.written = False

    def existing(self, start: int, end: int, label: str) -> int | None:
        return self.gold.get((start, end, label))

    def spans(
        self, wanted: Sequence[tuple[Unit, Sequence[str]]], status: str = SpanStatus.ACCEPTED
    ) -> list[int]:
        """Gold copies of `wanted` (unit, layers that had it), in their order; new ones in one insert."""
        fresh: dict[tuple[int, int, str], dict[str, object]] = {}
        now = utcnow()
        for unit, agreed_by in wanted:
            if unit.key in self.gold or unit.key in fresh:
                continue
            self._refuse_excluded(unit)
            fresh[unit.key] = {
                "document_id": self.document_id, "start": unit.start, "end": unit.end,
                "label_id": self.labels[unit.label], "annotator_id": self.layer, "status": status,
                "source": "adjudication", "created_at": now, "updated_at": now,
                "agreed_by": sorted(agreed_by),
            }  # fmt: skip
        if fresh:
            statement = insert(Span).returning(col(Span.id), sort_by_parameter_order=True)
            ids = [int(i) for i in self.session.execute(statement, list(fresh.values())).scalars()]
            self.gold.update(zip(fresh, ids, strict=True))
            self.record.added("spans", ids)
            self.span_ids += ids
            self.written = True
        return [self.gold[unit.key] for unit, _ in wanted]

    def span(self, unit: Unit, agreed_by: Sequence[str], status: str = SpanStatus.ACCEPTED) -> int:
        return self.spans([(unit, agreed_by)], status)[0]

    def _refuse_excluded(self, unit: Unit) -> None:
        for start, end, kind in self.excluded:
            if start < unit.end and unit.start < end:
                raise AnnotationError(
                    f"{unit.label} at {unit.start}-{unit.end} is inside text excluded as boilerplate "
                    f"({kind.replace('_', ' ')} at {start}-{end}); reject that exclusion to copy it into gold"
                )

    def close(self) -> None:
        """A document's first gold annotation moves it from "new" on, as a first tag does."""
        if not self.written:
            return
        before = self._status()
        if before == DocumentStatus.NEW:
            self.session.execute(
                update(Document)
                .where(col(Document.id) == self.document_id)
                .values(status=DocumentStatus.IN_PROGRESS)
            )
            self.record.status(self.document_id, before, DocumentStatus.IN_PROGRESS)
        refresh_documents(self.session, [self.document_id])

    def event(self, unit: EventUnit, agreed_by: Sequence[str]) -> int:
        """A gold copy of a layer's event: trigger, then each argument's filler as a gold span."""
        trigger = self.span(Unit(unit.start, unit.end, unit.type), agreed_by)
        found = self.session.execute(
            select(col(Event.id)).where(
                col(Event.annotator_id) == self.layer, col(Event.trigger_span_id) == trigger
            )
        ).scalar()
        if found is not None:
            return int(found)
        source = self.session.get(Event, unit.event_id)
        assert source is not None
        now = utcnow()
        event = Event(
            document_id=self.document_id, trigger_span_id=trigger, realis=source.realis,
            date_iso=source.date_iso, date_precision=source.date_precision, date_raw=source.date_raw,
            attributes=dict(source.attributes),
            note=source.note, annotator_id=self.layer, source="adjudication", created_at=now, updated_at=now,
            agreed_by=sorted(agreed_by),
        )  # fmt: skip
        self.session.add(event)
        self.session.flush()
        assert event.id is not None
        self.record.added("events", [event.id])
        self.written = True
        arguments = self.session.execute(
            select(EventArgument)
            .where(col(EventArgument.event_id) == unit.event_id)
            .order_by(col(EventArgument.position))
        ).scalars()
        for position, argument in enumerate(list(arguments)):
            filler = self._filler(argument, agreed_by)
            if filler is None:
                continue
            copy = EventArgument(event_id=event.id, role=argument.role, position=position, **filler)
            self.session.add(copy)
            self.session.flush()
            assert copy.id is not None
            self.record.added("event_arguments", [copy.id])
        return event.id

    def _filler(self, argument: EventArgument, agreed_by: Sequence[str]) -> dict[str, int] | None:
        """The gold span (copied if needed) or gold event an argument points at; None: no gold copy of the
        event it names exists yet, so the argument waits rather than pointing into another layer."""
        if argument.span_id is not None:
            span = self.session.get(Span, argument.span_id)
            assert span is not None
            label = _label_name(self.session, span.label_id)
            return {"span_id": self.span(Unit(span.start, span.end, label), agreed_by)}
        other = self.session.get(Event, argument.argument_event_id)
        if other is None:
            return None
        trigger = self.session.get(Span, other.trigger_span_id)
        assert trigger is not None
        gold_trigger = self.existing(trigger.start, trigger.end, _label_name(self.session, trigger.label_id))
        gold_event = self.session.execute(
            select(col(Event.id)).where(
                col(Event.annotator_id) == self.layer, col(Event.trigger_span_id) == gold_trigger
            )
        ).scalar()
        return None if gold_event is None else {"argument_event_id": int(gold_event)}

    def _status(self) -> str:
        return str(
            self.session.execute(
                select(col(Document.status)).where(col(Document.id) == self.document_id)
            ).scalar_one()
        )


def _label_name(session: Session, found_label: int) -> str:
    label = session.get(Label, found_label)
    assert label is not None
    return label.name


def _providers(disagreement: Disagreement, key: object) -> list[str]:
    """The layers whose version here holds the unit with this key."""
    return [name for name, units in disagreement.versions.items() if any(u.key == key for u in units)]


def resolve(
    project: Project, document_id: int, disagreement_id: str, choice: str, *,
    layers: Sequence[str] | None = None, role: str | None = None,
) -> Decision:  # fmt: skip
    """Settle one disagreement: accept one layer's version (`choice` = its name), `BOTH`, or `NEITHER`."""
    require_reviewer(project, role)
    with project.write() as session:
        comparison = compare(session, document_id, layers)
        disagreement = comparison.find(disagreement_id)
        if disagreement is None:
            raise AnnotationError(f"there is no disagreement {disagreement_id} in document {document_id}")
        if choice not in (BOTH, NEITHER, *comparison.layers):
            raise AnnotationError(f"{choice!r} is not a layer here; one of {', '.join(comparison.layers)}")
        words = {BOTH: "every layer's version", NEITHER: "none of the versions"}.get(
            choice, f"{choice}'s version"
        )
        record = Recorder(
            session, "adjudication.resolve", f"Gold: {words} at {disagreement.start}-{disagreement.end}"
        )
        gold = _Gold(session, document_id, record)
        chosen = (
            disagreement.versions.values() if choice in (BOTH, NEITHER) else [disagreement.versions[choice]]
        )
        units = list(dict.fromkeys(unit for version in chosen for unit in version))
        for unit in units:
            providers = _providers(disagreement, unit.key)
            if choice == NEITHER:
                trigger = unit if isinstance(unit, Unit) else Unit(unit.start, unit.end, unit.type)
                gold.span(trigger, providers, status=SpanStatus.REJECTED)
            elif isinstance(unit, EventUnit):
                gold.event(unit, providers)
            else:
                gold.span(unit, providers)
        gold.close()
        return Decision(tuple(gold.span_ids), record.finish())


def accept_agreed(
    project: Project, document_id: int, *, layers: Sequence[str] | None = None, role: str | None = None
) -> Decision:
    """Copy into gold every span and event all compared layers agree on (a document with one layer: none)."""
    require_reviewer(project, role)
    with project.write() as session:
        record = Recorder(session, "adjudication.accept_agreed", "Gold: accept what every layer agrees on")
        span_ids = _accept_agreed(session, compare(session, document_id, layers), record)
        return Decision(span_ids, record.finish())


def _accept_agreed(session: Session, comparison: Comparison, record: Recorder) -> tuple[int, ...]:
    if len(comparison.layers) < 2 or not (comparison.agreed or comparison.agreed_events):
        return ()
    gold = _Gold(session, comparison.document_id, record)
    gold.spans([(unit, comparison.layers) for unit in comparison.agreed])
    for event in comparison.agreed_events:
        gold.event(event, comparison.layers)
    gold.close()
    return tuple(gold.span_ids)


@dataclass(frozen=True, slots=True)
class CorpusAcceptance:
    documents: int  # documents with two layers or more
    spans: int  # gold spans written
    change: Change


def accept_agreed_everywhere(
    project: Project, *, role: str | None = None,
    progress: Callable[[int, int], object] | None = None, is_cancelled: Callable[[], bool] | None = None,
) -> CorpusAcceptance:  # fmt: skip
    """`accept_agreed` over every document with two layers or more, as one step (one undo); cancelling
    keeps nothing. Approved documents are read-only and left as they are."""
    require_reviewer(project, role)
    with project.write() as session:
        document_ids = [
            int(i)
            for i in session.execute(
                select(col(Document.id))
                .where(col(Document.status) != DocumentStatus.APPROVED)
                .order_by(col(Document.id))
            ).scalars()
        ]
        changes: list[Change] = []
        documents = spans = 0
        for done, document_id in enumerate(document_ids, 1):
            if is_cancelled is not None and is_cancelled():
                raise AdjudicationCancelled()
            comparison = compare(session, document_id)
            if len(comparison.layers) >= 2:
                record = Recorder(session, "adjudication.accept_agreed")
                spans += len(_accept_agreed(session, comparison, record))
                documents += 1
                changes.append(record.finish())
            if progress is not None:
                progress(done, len(document_ids))
        text = f"Gold: accept what every layer agrees on in {_count(documents, 'document')}"
        return CorpusAcceptance(documents, spans, combine("adjudication.accept_agreed", text, changes))


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
