"""Compare the annotator layers of one document: what every layer agrees on, and where they differ.

A unit is a span (start, end, label) or an event (trigger extent and type, plus every argument as role and
filler). Units found in every compared layer are agreed; the others are grouped into disagreements by
overlapping extent, so a reviewer settles "Bişkek LOC in A, Bişkek'te LOC in B" as one decision rather
than two. A disagreement is open until the gold layer holds a span (of any status: a "neither" decision is
kept as gold spans with status "rejected", which no export reads) over its extent that is not an agreed
unit, so a decision survives an edit of the accepted copy and needs no table of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlmodel import Session, col

from curator.core.domain import GOLD_LAYER, AnnotationError, AnnotatorRole, SpanStatus
from curator.core.storage.database import Project
from curator.core.storage.models import Annotator, Event, EventArgument, Label, Span


class Kind(StrEnum):
    MISSING = "missing"  # the same unit, absent from some layer
    LABEL = "label"  # the same extent, another label (or event type)
    BOUNDARY = "boundary"  # overlapping extents, the same label
    LABEL_BOUNDARY = "label and boundary"  # overlapping extents and different labels
    ARGUMENTS = "arguments"  # the same trigger and type, other arguments


@dataclass(frozen=True, slots=True, order=True)
class Unit:
    """One span as a layer holds it; `span_id` is that layer's row (the copy's source)."""

    start: int
    end: int
    label: str
    span_id: int = field(default=0, compare=False)

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.label)


@dataclass(frozen=True, slots=True)
class Filler:
    role: str
    start: int
    end: int
    label: str  # a span's label, or "event:TYPE" for an event filler


@dataclass(frozen=True, slots=True)
class EventUnit:
    start: int
    end: int
    type: str
    arguments: frozenset[Filler]
    event_id: int = field(default=0, compare=False)

    @property
    def key(self) -> tuple[int, int, str, frozenset[Filler]]:
        return (self.start, self.end, self.type, self.arguments)


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One decision: `versions` maps each compared layer to its units here (empty: it has none)."""

    what: str  # "span" or "event"
    kind: Kind
    start: int
    end: int
    versions: dict[str, tuple[Unit, ...]] | dict[str, tuple[EventUnit, ...]]
    resolved: bool

    @property
    def id(self) -> str:
        return f"{self.what}:{self.start}-{self.end}"


@dataclass(frozen=True, slots=True)
class Comparison:
    document_id: int
    layers: tuple[str, ...]
    agreed: tuple[Unit, ...]
    agreed_events: tuple[EventUnit, ...]
    disagreements: tuple[Disagreement, ...]

    @property
    def open(self) -> tuple[Disagreement, ...]:
        return tuple(d for d in self.disagreements if not d.resolved)

    def find(self, disagreement_id: str) -> Disagreement | None:
        return next((d for d in self.disagreements if d.id == disagreement_id), None)


def gold_layer_id(session: Session) -> int | None:
    found = session.execute(
        select(col(Annotator.id)).where(
            col(Annotator.name) == GOLD_LAYER, col(Annotator.role) == AnnotatorRole.GOLD
        )
    ).scalar()
    return None if found is None else int(found)


def layers_of(session: Session, document_id: int) -> dict[str, int]:
    """The non-gold layers holding accepted spans in the document, by name (events have trigger spans)."""
    rows = session.execute(
        select(col(Annotator.name), col(Annotator.id))
        .join(Span, col(Span.annotator_id) == col(Annotator.id))
        .where(
            col(Span.document_id) == document_id,
            col(Span.status) == SpanStatus.ACCEPTED,
            col(Annotator.role) != AnnotatorRole.GOLD,
        )
        .distinct()
        .order_by(col(Annotator.name))
    ).all()
    return {str(name): int(layer_id) for name, layer_id in rows}


def _layer_ids(session: Session, names: Sequence[str]) -> dict[str, int]:
    rows = session.execute(
        select(col(Annotator.name), col(Annotator.id)).where(col(Annotator.name).in_(names))
    )
    found = {str(name): int(layer_id) for name, layer_id in rows}
    unknown = [name for name in names if name not in found]
    if unknown:
        raise AnnotationError(f"no annotator layer named {', '.join(unknown)}")
    return {name: found[name] for name in names}


def _spans(
    session: Session, document_id: int, layer_id: int, statuses: Sequence[str]
) -> list[tuple[Unit, str]]:
    rows = session.execute(
        select(col(Span.start), col(Span.end), col(Label.name), col(Span.id), col(Label.kind))
        .join(Label, col(Label.id) == col(Span.label_id))
        .where(
            col(Span.document_id) == document_id,
            col(Span.annotator_id) == layer_id,
            col(Span.status).in_(list(statuses)),
        )
        .order_by(col(Span.start), col(Span.end), col(Label.name))
    ).all()
    return [(Unit(start, end, label, span_id), kind) for start, end, label, span_id, kind in rows]


def _events(session: Session, document_id: int, layer_id: int) -> list[EventUnit]:
    rows = session.execute(
        select(col(Event.id), col(Span.start), col(Span.end), col(Label.name))
        .join(Span, col(Span.id) == col(Event.trigger_span_id))
        .join(Label, col(Label.id) == col(Span.label_id))
        .where(col(Event.document_id) == document_id, col(Event.annotator_id) == layer_id)
        .order_by(col(Span.start), col(Event.id))
    ).all()
    triggers = {int(event_id): (start, end, label) for event_id, start, end, label in rows}
    fillers: dict[int, set[Filler]] = {event_id: set() for event_id in triggers}
    for event_id, role, start, end, label, other in session.execute(
        select(
            col(EventArgument.event_id), col(EventArgument.role), col(Span.start), col(Span.end),
            col(Label.name), col(EventArgument.argument_event_id),
        )
        .outerjoin(Span, col(Span.id) == col(EventArgument.span_id))
        .outerjoin(Label, col(Label.id) == col(Span.label_id))
        .where(col(EventArgument.event_id).in_(list(triggers)))
    ):  # fmt: skip
        if other is not None and other in triggers:
            other_start, other_end, other_type = triggers[other]
            fillers[event_id].add(Filler(role, other_start, other_end, f"event:{other_type}"))
        elif start is not None:
            fillers[event_id].add(Filler(role, start, end, label))
    return [
        EventUnit(start, end, label, frozenset(fillers[event_id]), event_id)
        for event_id, (start, end, label) in triggers.items()
    ]


def disagreements(project: Project, document_id: int, layers: Sequence[str] | None = None) -> Comparison:
    """Agreed units and disagreements of `layers` (default: every non-gold layer with annotations)."""
    with project.read() as session:
        return compare(session, document_id, layers)


def compare(session: Session, document_id: int, layers: Sequence[str] | None = None) -> Comparison:
    """`disagreements` inside the caller's session (the writes decide on what they read themselves)."""
    ids = _layer_ids(session, layers) if layers else layers_of(session, document_id)
    names = tuple(ids)
    spans = {
        name: [
            unit
            for unit, kind in _spans(session, document_id, layer_id, [SpanStatus.ACCEPTED])
            if kind != "event"
        ]
        for name, layer_id in ids.items()
    }
    events = {name: _events(session, document_id, layer_id) for name, layer_id in ids.items()}
    agreed = _agreed(spans)
    agreed_events = _agreed(events)
    gold_id = gold_layer_id(session)
    gold = [] if gold_id is None else _spans(session, document_id, gold_id, list(SpanStatus))
    agreed_keys = {unit.key for unit in agreed} | {(e.start, e.end, e.type) for e in agreed_events}
    decided = {
        what: [
            unit
            for unit, kind in gold
            if unit.key not in agreed_keys and (kind == "event") == (what == "event")
        ]
        for what in ("span", "event")
    }
    found: list[Disagreement] = []
    for what, per_layer, agreed_units in (("span", spans, agreed), ("event", events, agreed_events)):
        keys = {unit.key for unit in agreed_units}
        rest = {name: [u for u in units if u.key not in keys] for name, units in per_layer.items()}
        for start, end, versions in _clusters(rest):
            resolved = any(u.start < end and start < u.end for u in decided[what])
            found.append(Disagreement(what, _kind(versions), start, end, versions, resolved))
    found.sort(key=lambda d: (d.start, d.end, d.what))
    return Comparison(document_id, names, tuple(agreed), tuple(agreed_events), tuple(found))


def _agreed(per_layer: dict) -> list:
    if len(per_layer) < 2:
        return []
    first, *others = per_layer.values()
    common = set.intersection(*({unit.key for unit in units} for units in others))
    return [unit for unit in first if unit.key in common]


def _clusters(per_layer: dict) -> list[tuple[int, int, dict]]:
    """Group the units of every layer into runs of overlapping extents."""
    tagged = sorted((unit.start, unit.end, name, unit) for name, units in per_layer.items() for unit in units)
    groups: list[tuple[int, int, dict]] = []
    for start, end, name, unit in tagged:
        if groups and start < groups[-1][1]:
            first, last, versions = groups[-1]
            groups[-1] = (first, max(last, end), versions)
        else:
            versions = {layer: [] for layer in per_layer}
            groups.append((start, end, versions))
        versions[name].append(unit)
    return [
        (start, end, {n: tuple(units) for n, units in versions.items()}) for start, end, versions in groups
    ]


def _kind(versions: dict) -> Kind:
    units = [unit for layer in versions.values() for unit in layer]
    extents = {(unit.start, unit.end) for unit in units}
    labels = {getattr(unit, "label", None) or getattr(unit, "type", "") for unit in units}
    if len({unit.key for unit in units}) == 1:
        return Kind.MISSING
    if len(extents) == 1:
        return Kind.LABEL if len(labels) > 1 else Kind.ARGUMENTS
    return Kind.BOUNDARY if len(labels) == 1 else Kind.LABEL_BOUNDARY
