"""Editing a project's schema: entity labels, event types with their roles, relation types.

Labels are referenced by id, so renaming one keeps every annotation; names inside role and relation
constraints are renamed with it. Deleting a label that is in use removes its annotations too (its
roles, spans, suggestions and everything that cascades), so the caller is expected to ask first
(`label_usage`). Every edit returns its `Change`; `changes.revert` undoes it exactly and refuses when
someone changed the rows since. `expected` guards an edit made from a form that showed the values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlmodel import Session, col

from curator.core.domain import AnnotationError, RoleInfo
from curator.core.schema.names import MAX_NAME_LENGTH
from curator.core.services.changes import Change, Recorder
from curator.core.services.snapshots import capture_removal
from curator.core.services.stale import ensure_editable, expect_fields, refresh_documents
from curator.core.storage.database import Project
from curator.core.storage.models import Event, EventRole, Label, RelationType, Span, Suggestion

NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_\-]*$")
LABEL_FIELDS = {"name", "color", "shortcut", "description", "plover_type", "plover_mode", "ace_type"}
ROLE_SYNTAX = re.compile(r"^\s*([A-Za-z][A-Za-z0-9_\-]*)(\*?)\s*(?::\s*([A-Za-z0-9_\-|\s]*))?\s*$")


def check_name(name: str) -> str:
    """brat and CoNLL need type names without spaces or punctuation; keep them portable."""
    name = name.strip()
    if not NAME.match(name) or len(name) > MAX_NAME_LENGTH:
        raise AnnotationError(
            f"{name[:80]!r} is not a valid name (up to {MAX_NAME_LENGTH} letters, digits, _ and -,"
            " starting with a letter)"
        )
    return name


@dataclass(frozen=True, slots=True)
class FieldEdit:
    """The edited fields before and after, and the change (`before, after = update_label(...)` reads on)."""

    before: Mapping[str, object]
    after: Mapping[str, object]
    change: Change

    def __iter__(self) -> Iterator[Mapping[str, object]]:
        return iter((self.before, self.after))


@dataclass(frozen=True, slots=True)
class AddedLabel:
    id: int
    change: Change


@dataclass(frozen=True, slots=True)
class RolesSet:
    """The roles an event type had before, and the change; iterating gives the previous roles."""

    previous: tuple[RoleInfo, ...]
    change: Change

    def __iter__(self) -> Iterator[RoleInfo]:
        return iter(self.previous)


def _label(session: Session, name: str) -> Label:
    found = session.execute(select(Label).where(col(Label.name) == name)).scalar_one_or_none()
    if found is None:
        raise AnnotationError(f"unknown label {name!r}")
    return found


def add_label(
    project: Project, name: str, kind: str = "entity", *, color: str = "#cccccc", shortcut: str | None = None,
    description: str = "", roles: Sequence[RoleInfo] = (),
) -> AddedLabel:  # fmt: skip
    if kind not in {"entity", "event"}:
        raise AnnotationError(f"unknown label kind {kind!r}")
    name = check_name(name)
    with project.write() as session:
        if session.execute(select(col(Label.id)).where(col(Label.name) == name)).first():
            raise AnnotationError(f"{name} exists already")
        position = session.execute(select(func.coalesce(func.max(col(Label.position)), -1) + 1)).scalar_one()
        label = Label(
            name=name, kind=kind, color=color, shortcut=shortcut, description=description, position=position
        )
        session.add(label)
        session.flush()
        assert label.id is not None
        record = Recorder(session, "schema.label.add")
        record.added("labels", [label.id])
        record.added("event_roles", _write_roles(session, label.id, roles))
        return AddedLabel(label.id, record.finish())


def update_label(
    project: Project, name: str, /, *, expected: dict | None = None, **fields: object
) -> FieldEdit:
    """Change a label's name, colour, key, description or mappings; returns its fields before and after.

    `expected`: the fields as the caller showed them; if another window changed them since, the edit is
    refused (StaleWriteError) instead of overwriting theirs."""
    unknown = set(fields) - LABEL_FIELDS
    if unknown:
        raise AnnotationError(f"cannot edit {', '.join(sorted(unknown))} of a label")
    with project.write() as session:
        label = _label(session, name)
        assert label.id is not None
        expect_fields(f"label {name}", {field: getattr(label, field) for field in expected or {}}, expected)
        before = {field: getattr(label, field) for field in fields}
        record = Recorder(session, "schema.label.update")
        record.updating("labels", [label.id])
        new_name = fields.get("name")
        if new_name is not None and new_name != name:
            new_name = check_name(str(new_name))
            fields["name"] = new_name
            if session.execute(select(col(Label.id)).where(col(Label.name) == new_name)).first():
                raise AnnotationError(f"{new_name} exists already")
            _rename_in_constraints(session, record, name, new_name)
        shortcut = fields.get("shortcut")
        if shortcut:
            clash = session.execute(
                select(col(Label.name)).where(col(Label.shortcut) == shortcut, col(Label.id) != label.id)
            ).scalar_one_or_none()
            if clash is not None:
                raise AnnotationError(f"the key {shortcut} already tags {clash}")
        session.execute(update(Label).where(col(Label.id) == label.id).values(**fields))
        return FieldEdit(before, dict(fields), record.finish())


def _rename_in_constraints(session: Session, record: Recorder, old: str, new: str) -> None:
    roles = [role for role in session.execute(select(EventRole)).scalars() if old in role.allowed_labels]
    relation_types = [
        relation_type
        for relation_type in session.execute(select(RelationType)).scalars()
        if old in relation_type.head_labels or old in relation_type.child_labels
    ]
    record.updating("event_roles", [role.id for role in roles if role.id is not None])
    record.updating("relation_types", [t.id for t in relation_types if t.id is not None])
    for role in roles:
        role.allowed_labels = [new if label == old else label for label in role.allowed_labels]
    for relation_type in relation_types:
        relation_type.head_labels = [new if x == old else x for x in relation_type.head_labels]
        relation_type.child_labels = [new if x == old else x for x in relation_type.child_labels]
    session.flush()


@dataclass(frozen=True, slots=True)
class LabelUsage:
    spans: int
    events: int
    documents: int

    def __bool__(self) -> bool:
        return self.spans > 0


def label_usage(project: Project, name: str) -> LabelUsage:
    with project.read() as session:
        label = _label(session, name)
        spans, documents = session.execute(
            select(func.count(col(Span.id)), func.count(func.distinct(col(Span.document_id)))).where(
                col(Span.label_id) == label.id
            )
        ).one()
        events = session.execute(
            select(func.count(col(Event.id)))
            .join(Span, col(Span.id) == col(Event.trigger_span_id))
            .where(col(Span.label_id) == label.id)
        ).scalar_one()
    return LabelUsage(int(spans), int(events), int(documents))


def delete_label(project: Project, name: str) -> Change:
    """Delete a label with its roles, its suggestions and every span that carries it (and what cascades
    from those)."""
    with project.write() as session:
        label = _label(session, name)
        span_ids = list(session.execute(select(col(Span.id)).where(col(Span.label_id) == label.id)).scalars())
        removal = capture_removal(session, span_ids=span_ids)
        ensure_editable(session, *removal.document_ids)
        record = Recorder(session, "schema.label.delete")
        record.removing_rows(removal.flat())
        record.removing(
            "suggestions",
            session.execute(select(col(Suggestion.id)).where(col(Suggestion.label_id) == label.id))
            .scalars()
            .all(),
        )
        record.removing(
            "event_roles",
            session.execute(select(col(EventRole.id)).where(col(EventRole.label_id) == label.id))
            .scalars()
            .all(),
        )
        record.removing("labels", [label.id] if label.id is not None else [])
        session.execute(delete(Span).where(col(Span.id).in_(span_ids)))
        session.execute(delete(Suggestion).where(col(Suggestion.label_id) == label.id))
        session.execute(delete(EventRole).where(col(EventRole.label_id) == label.id))
        session.execute(delete(Label).where(col(Label.id) == label.id))
        refresh_documents(session, removal.document_ids)
        return record.finish()


def parse_roles(text: str) -> list[RoleInfo]:
    """Roles written like brat's annotation.conf: `PARTICIPANT*:PER|ORG|GPE, PLACE:GPE|LOC, TIME:DATE`.

    A trailing `*` marks a role that may be filled more than once; no labels means any label.
    """
    roles: list[RoleInfo] = []
    for part in filter(None, (piece.strip() for piece in text.split(","))):
        match = ROLE_SYNTAX.match(part)
        if match is None:
            raise AnnotationError(f"cannot read the role {part!r}; write ROLE:LABEL|LABEL, with * to repeat")
        name, star, labels = match.groups()
        allowed = tuple(label.strip() for label in (labels or "").split("|") if label.strip())
        roles.append(RoleInfo(name, allowed, bool(star)))  # as typed: brat roles are case-sensitive
    names = [role.name for role in roles]
    if len(set(names)) != len(names):
        raise AnnotationError("a role is listed twice")
    return roles


def format_roles(roles: Sequence[RoleInfo]) -> str:
    return ", ".join(
        f"{role.name}{'*' if role.repeatable else ''}"
        + (f":{'|'.join(role.allowed_labels)}" if role.allowed_labels else "")
        for role in roles
    )


def set_roles(
    project: Project, event_type: str, roles: Sequence[RoleInfo], *,
    expected: Sequence[RoleInfo] | None = None,
) -> RolesSet:  # fmt: skip
    """Replace an event type's roles; returns the previous ones (arguments are kept either way).

    `expected`: the roles as the caller showed them; refused (StaleWriteError) if someone changed them."""
    with project.write() as session:
        label = _label(session, event_type)
        if label.kind != "event":
            raise AnnotationError(f"{event_type} is not an event type")
        assert label.id is not None
        rows = list(
            session.execute(
                select(EventRole).where(col(EventRole.label_id) == label.id).order_by(col(EventRole.position))
            ).scalars()
        )
        previous = [RoleInfo(role.name, tuple(role.allowed_labels), role.repeatable) for role in rows]
        if expected is not None:
            expect_fields(event_type, {"roles": previous}, {"roles": list(expected)})
        record = Recorder(session, "schema.roles.set")
        record.removing("event_roles", [role.id for role in rows if role.id is not None])
        session.execute(delete(EventRole).where(col(EventRole.label_id) == label.id))
        record.added("event_roles", _write_roles(session, label.id, roles))
        return RolesSet(tuple(previous), record.finish())


def _write_roles(session: Session, label_id: int, roles: Sequence[RoleInfo]) -> list[int]:
    written = [
        EventRole(
            label_id=label_id,
            name=role.name,
            allowed_labels=list(role.allowed_labels),
            repeatable=role.repeatable,
            position=position,
        )
        for position, role in enumerate(roles)
    ]
    session.add_all(written)
    session.flush()
    return [role.id for role in written if role.id is not None]
