"""Events: create one on a trigger, fill its roles, edit its attributes, delete it.

Each of these returns the `Change` it made (`changes.revert` undoes it, `changes.apply` redoes it).

A role constraint that an argument breaks (a label the role does not allow, a second filler of a role
that does not repeat, a role the event type does not have) does not stop the annotator: the argument is
stored and the problem is reported (`event_problems`), because schemas evolve during annotation and a
reviewer must see the conflict rather than lose the annotator's judgement.

An argument has no layer of its own: it is in its event's layer. Who filled a role is the event's
annotator (only they may change the event, `ensure_own_layer`), and when is the event's `updated_at`,
which adding or removing an argument moves.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlmodel import Session, col

from curator.core.domain import AnnotationError, ArgumentRecord, EventRecord, Realis
from curator.core.queries import event_records
from curator.core.services.changes import Change, Recorder
from curator.core.services.snapshots import capture_removal
from curator.core.services.spans import insert_span, label_id, span_record
from curator.core.services.stale import ensure_editable, ensure_own_layer, expect_shown, refresh_documents
from curator.core.storage.database import Project
from curator.core.storage.models import Document, Event, EventArgument, EventRole, Label, Span, utcnow

EDITABLE_FIELDS = {"realis", "date_iso", "date_precision", "date_raw", "attributes", "note"}


def event_record(session: Session, event_id: int) -> EventRecord:
    records = event_records(session, [event_id])
    if not records:
        raise AnnotationError(f"event {event_id} does not exist")
    return records[0]


def _status(session: Session, document_id: int) -> str:
    return str(
        session.execute(select(col(Document.status)).where(col(Document.id) == document_id)).scalar_one()
    )


@dataclass(frozen=True, slots=True)
class CreatedEvent:
    event: EventRecord
    change: Change


def create_event(
    project: Project,
    document_id: int,
    event_type: str,
    *,
    trigger: tuple[int, int] | None = None,
    trigger_span_id: int | None = None,
    realis: str = Realis.ACTUAL,
    source: str = "manual",
) -> CreatedEvent:
    """An event of `event_type` on a new trigger span (`trigger`) or on an existing one."""
    if (trigger is None) == (trigger_span_id is None):
        raise AnnotationError("an event needs exactly one trigger: a text range or an existing span")
    _check_realis(realis)
    with project.write() as session:
        ensure_editable(session, document_id)
        record = Recorder(session, "event.create")
        status_before = _status(session, document_id)
        if trigger is not None:
            added = insert_span(
                session, project, document_id, *trigger, event_type, source=source, kind="event"
            )
            span_id = added.span.id
            record.added("spans", [span_id])
        else:
            assert trigger_span_id is not None
            existing = span_record(session, trigger_span_id)
            if existing.document_id != document_id:
                raise AnnotationError("the trigger span belongs to another document")
            label_id(session, existing.label, kind="event")
            ensure_own_layer(session, "spans", [existing.id], verb="use")
            span_id = existing.id
        now = utcnow()
        event = Event(
            document_id=document_id,
            trigger_span_id=span_id,
            realis=realis,
            annotator_id=project.annotator_id,
            source=source,
            created_at=now,
            updated_at=now,
        )
        session.add(event)
        session.flush()
        assert event.id is not None
        record.added("events", [event.id])
        record.status(document_id, status_before, _status(session, document_id))
        refresh_documents(session, [document_id])
        return CreatedEvent(event_record(session, event.id), record.finish())


@dataclass(frozen=True, slots=True)
class AddedArgument:
    argument: ArgumentRecord
    change: Change


def add_argument(
    project: Project,
    event_id: int,
    role: str,
    *,
    span_id: int | None = None,
    argument_event_id: int | None = None,
) -> AddedArgument:
    """Fill `role` of an event with a span or another event of the same document."""
    if (span_id is None) == (argument_event_id is None):
        raise AnnotationError("an argument is either a span or an event")
    role = role.strip()
    if not role:
        raise AnnotationError("an argument needs a role")
    with project.write() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise AnnotationError(f"event {event_id} does not exist")
        ensure_editable(session, event.document_id)
        ensure_own_layer(session, "events", [event_id])
        ensure_own_layer(session, "spans", [span_id] if span_id is not None else [], verb="use")
        ensure_own_layer(session, "events", [argument_event_id] if argument_event_id else [], verb="use")
        _check_filler(session, event, span_id, argument_event_id)
        _refuse_duplicate_argument(session, event_id, role, span_id, argument_event_id)
        position = session.execute(
            select(func.coalesce(func.max(col(EventArgument.position)), -1) + 1).where(
                col(EventArgument.event_id) == event_id
            )
        ).scalar_one()
        record = Recorder(session, "event.argument.add")
        argument = EventArgument(
            event_id=event_id,
            role=role,
            span_id=span_id,
            argument_event_id=argument_event_id,
            position=position,
        )
        session.add(argument)
        _touch_event(session, record, event)
        session.flush()
        assert argument.id is not None
        record.added("event_arguments", [argument.id])
        added = ArgumentRecord(argument.id, event_id, role, span_id, argument_event_id, position)
        return AddedArgument(added, record.finish())


def _check_filler(session: Session, event: Event, span_id: int | None, argument_event_id: int | None) -> None:
    if span_id is not None:
        target = session.get(Span, span_id)
        if target is None or target.document_id != event.document_id:
            raise AnnotationError("the argument must be a span of the event's document")
        if span_id == event.trigger_span_id:
            raise AnnotationError("an event's trigger cannot be its own argument")
        return
    other = session.get(Event, argument_event_id)
    if other is None or other.document_id != event.document_id:
        raise AnnotationError("the argument must be an event of the same document")
    if argument_event_id == event.id:
        raise AnnotationError("an event cannot be its own argument")


def _refuse_duplicate_argument(
    session: Session, event_id: int, role: str, span_id: int | None, argument_event_id: int | None
) -> None:
    span_column, event_column = col(EventArgument.span_id), col(EventArgument.argument_event_id)
    duplicate = session.execute(
        select(col(EventArgument.id)).where(
            col(EventArgument.event_id) == event_id,
            col(EventArgument.role) == role,
            span_column.is_(None) if span_id is None else span_column == span_id,
            event_column.is_(None) if argument_event_id is None else event_column == argument_event_id,
        )
    ).first()
    if duplicate is not None:
        raise AnnotationError(f"that argument is already the event's {role}")


def _touch_event(session: Session, record: Recorder, event: Event) -> None:
    """An event's arguments are part of it: filling a role moves its `updated_at`, in the record too."""
    assert event.id is not None
    record.updating("events", [event.id])
    session.execute(update(Event).where(col(Event.id) == event.id).values(updated_at=utcnow()))
    refresh_documents(session, [event.document_id])


def remove_arguments(project: Project, argument_ids: Sequence[int]) -> Change:
    """Remove arguments (their rows are in the change, so undo puts them back exactly)."""
    with project.write() as session:
        condition = col(EventArgument.id).in_(list(argument_ids))
        document_ids = session.execute(
            select(col(Event.document_id))
            .join(EventArgument, col(EventArgument.event_id) == col(Event.id))
            .where(condition)
        ).scalars()
        touched = set(document_ids)
        ensure_editable(session, *touched)
        ensure_own_layer(session, "event_arguments", argument_ids)
        record = Recorder(session, "event.argument.remove")
        record.removing("event_arguments", argument_ids)
        record.touched(touched)  # an argument row names its event, not its document
        session.execute(delete(EventArgument).where(condition))
        refresh_documents(session, touched)
        return record.finish()


def delete_events(project: Project, event_ids: Sequence[int], *, with_triggers: bool = True) -> Change:
    """Delete events (and, unless told otherwise, their trigger spans when no other event uses them)."""
    with project.write() as session:
        events = session.execute(select(Event).where(col(Event.id).in_(list(event_ids)))).scalars().all()
        record = Recorder(session, "event.delete")
        if not events:
            return record.finish()
        ensure_editable(session, *{event.document_id for event in events})
        ensure_own_layer(session, "events", [event.id for event in events if event.id is not None])
        trigger_ids = _lone_triggers(session, events) if with_triggers else set()
        deleted = [event.id for event in events if event.id is not None]
        record.removing_rows(capture_removal(session, span_ids=trigger_ids, event_ids=deleted).flat())
        session.execute(delete(Event).where(col(Event.id).in_(deleted)))
        if trigger_ids:
            session.execute(delete(Span).where(col(Span.id).in_(trigger_ids)))
        refresh_documents(session, {e.document_id for e in events})
        return record.finish()


def _lone_triggers(session: Session, events: Sequence[Event]) -> set[int]:
    """The trigger spans of `events` that no other event uses."""
    ids = [event.id for event in events]
    used_elsewhere = set(
        session.execute(
            select(col(Event.trigger_span_id)).where(
                col(Event.trigger_span_id).in_([e.trigger_span_id for e in events]), col(Event.id).not_in(ids)
            )
        ).scalars()
    )
    return {event.trigger_span_id for event in events} - used_elsewhere


@dataclass(frozen=True, slots=True)
class EventEdit:
    before: EventRecord
    after: EventRecord
    change: Change

    def __iter__(self) -> Iterator[EventRecord]:  # `before, after = update_event(...)` reads on
        return iter((self.before, self.after))


def update_event(
    project: Project, event_id: int, *, updated_at: datetime | None = None, shown_version: int | None = None,
    **fields: object,
) -> EventEdit:  # fmt: skip
    """Change realis, date, attributes or note; returns the event before and after, and the change.

    `shown_version` is the document version the caller showed: a stale edit is refused."""
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise AnnotationError(f"cannot edit {', '.join(sorted(unknown))} of an event")
    if "realis" in fields:
        _check_realis(str(fields["realis"]))
    with project.write() as session:
        before = event_record(session, event_id)
        expect_shown(session, before.document_id, shown_version)
        ensure_editable(session, before.document_id)
        ensure_own_layer(session, "events", [event_id])
        record = Recorder(session, "event.update")
        record.updating("events", [event_id])
        session.execute(
            update(Event).where(col(Event.id) == event_id).values(**fields, updated_at=updated_at or utcnow())
        )
        refresh_documents(session, [before.document_id])
        return EventEdit(before, event_record(session, event_id), record.finish())


def _check_realis(realis: str) -> None:
    valid = {r.value for r in Realis}
    if realis not in valid:
        raise AnnotationError(f"unknown realis {realis!r}; one of {', '.join(sorted(valid))}")


def event_problems(session: Session, event: EventRecord) -> list[str]:
    """Where an event breaks its type's role constraints, in words a reviewer understands."""
    type_id = label_id(session, event.type, kind="event")
    roles = {
        role.name: role
        for role in session.execute(select(EventRole).where(col(EventRole.label_id) == type_id)).scalars()
    }
    filled = [a.span_id for a in event.arguments if a.span_id is not None]
    span_labels: dict[int, str] = {
        span_id: name
        for span_id, name in session.execute(
            select(col(Span.id), col(Label.name))
            .join(Label, col(Label.id) == col(Span.label_id))
            .where(col(Span.id).in_(filled))
        )
    }
    problems: list[str] = []
    counts: dict[str, int] = {}
    for argument in event.arguments:
        counts[argument.role] = counts.get(argument.role, 0) + 1
        role = roles.get(argument.role)
        if role is None:
            problems.append(f"{event.type} has no role {argument.role}")
            continue
        filler = span_labels.get(argument.span_id) if argument.span_id is not None else "event"
        if role.allowed_labels and filler not in role.allowed_labels and filler != "event":
            problems.append(f"{argument.role} takes {'/'.join(role.allowed_labels)}, not {filler}")
    for name, count in counts.items():
        role = roles.get(name)
        if role is not None and not role.repeatable and count > 1:
            problems.append(f"{name} is filled {count} times but does not repeat")
    return problems
