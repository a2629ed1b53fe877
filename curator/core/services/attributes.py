"""Event attributes: their definitions in the schema, and setting one on an event.

Values are stored in the event's `attributes` under the attribute's name: True for a binary attribute,
a value for a valued one, a list of values for a multiple one. Removing a definition leaves values on
events alone (an export still carries them), so it never loses annotation work. Adding, editing and
removing a definition return their `Change`; `changes.revert` undoes them.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select, update
from sqlmodel import col

from curator.core.domain import AnnotationError, AttributeInfo, EventRecord
from curator.core.services.changes import Change, Recorder
from curator.core.services.events import EventEdit, update_event
from curator.core.services.schema_edits import FieldEdit, check_name
from curator.core.services.stale import expect_fields
from curator.core.storage.database import Project
from curator.core.storage.models import AttributeDefinition

FIELDS = {"targets", "allowed_values", "multiple", "description"}


def list_attributes(project: Project) -> list[AttributeInfo]:
    with project.read() as session:
        rows = session.execute(
            select(AttributeDefinition).order_by(col(AttributeDefinition.position))
        ).scalars()
        return [
            AttributeInfo(a.name, tuple(a.targets), tuple(a.allowed_values), a.multiple, a.description)
            for a in rows
        ]


def add_attribute(
    project: Project, name: str, *, targets: Sequence[str] = (), values: Sequence[str] = (),
    multiple: bool = False, description: str = "",
) -> Change:  # fmt: skip
    name = check_name(name)
    if name.lower() == "realis":
        raise AnnotationError("realis is built in; every event has it")
    with project.write() as session:
        if session.execute(
            select(col(AttributeDefinition.id)).where(col(AttributeDefinition.name) == name)
        ).first():
            raise AnnotationError(f"the attribute {name} exists already")
        position = session.execute(
            select(func.coalesce(func.max(col(AttributeDefinition.position)), -1) + 1)
        ).scalar_one()
        definition = AttributeDefinition(
            name=name,
            targets=list(targets),
            allowed_values=list(values),
            multiple=multiple,
            description=description,
            position=position,
        )
        session.add(definition)
        session.flush()
        record = Recorder(session, "schema.attribute.add")
        record.added("attribute_definitions", [definition.id] if definition.id is not None else [])
        return record.finish()


def update_attribute(
    project: Project, name: str, /, *, expected: dict | None = None, **fields: object
) -> FieldEdit:
    """Change an attribute's targets, values, multiplicity or description; returns before and after.

    `expected`: the fields as the caller showed them; refused (StaleWriteError) if someone changed them."""
    unknown = set(fields) - FIELDS
    if unknown:
        raise AnnotationError(f"cannot edit {', '.join(sorted(unknown))} of an attribute")
    with project.write() as session:
        found = session.execute(
            select(AttributeDefinition).where(col(AttributeDefinition.name) == name)
        ).scalar_one_or_none()
        if found is None:
            raise AnnotationError(f"unknown attribute {name!r}")
        current = {field: getattr(found, field) for field in expected or {}}
        expect_fields(f"attribute {name}", current, expected)
        before = {field: getattr(found, field) for field in fields}
        record = Recorder(session, "schema.attribute.update")
        record.updating("attribute_definitions", [found.id] if found.id is not None else [])
        session.execute(
            update(AttributeDefinition).where(col(AttributeDefinition.id) == found.id).values(**fields)
        )
        return FieldEdit(before, dict(fields), record.finish())


def delete_attribute(project: Project, name: str) -> Change:
    """Remove a definition (values on events stay)."""
    with project.write() as session:
        found = session.execute(
            select(col(AttributeDefinition.id)).where(col(AttributeDefinition.name) == name)
        ).scalar_one_or_none()
        if found is None:
            raise AnnotationError(f"unknown attribute {name!r}")
        record = Recorder(session, "schema.attribute.delete")
        record.removing("attribute_definitions", [found])
        session.execute(delete(AttributeDefinition).where(col(AttributeDefinition.id) == found))
        return record.finish()


def attribute_value(attribute: AttributeInfo, current: object, choice: str | None) -> object:
    """The value an event holds after choosing `choice` (None: the binary toggle or clearing)."""
    if not attribute.values:
        return None if current else True
    if choice is None:
        return None
    if choice not in attribute.values:
        raise AnnotationError(f"{attribute.name} takes {'|'.join(attribute.values)}, not {choice!r}")
    if attribute.multiple:
        chosen = list(current) if isinstance(current, list) else []
        chosen = [value for value in chosen if value != choice] if choice in chosen else [*chosen, choice]
        ordered = [value for value in attribute.values if value in chosen]
        return ordered or None
    return None if current == choice else choice


def set_event_attribute(
    project: Project, event: EventRecord, attribute: AttributeInfo, choice: str | None, *,
    shown_version: int | None = None,
) -> EventEdit:  # fmt: skip
    """Toggle or set one attribute of an event; returns the event before and after, and the change.

    The new value is computed from `event` as shown, so `shown_version` guards it against a later edit."""
    if not attribute.applies_to(event.type):
        raise AnnotationError(f"{attribute.name} does not apply to {event.type}")
    attributes = dict(event.attributes)
    value = attribute_value(attribute, attributes.get(attribute.name), choice)
    if value is None:
        attributes.pop(attribute.name, None)
    else:
        attributes[attribute.name] = value
    return update_event(project, event.id, attributes=attributes, shown_version=shown_version)
