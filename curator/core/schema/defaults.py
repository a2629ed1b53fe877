"""The default schema of a project (resources/default_schema.json) and seeding it into a project.

Each part of the schema (entity labels, event types with roles, relation types) is seeded once per
project and the fact recorded in `project_info`, so a user who deletes the default event types does not
get them back on the next open, and a project upgraded from an older schema gains the parts it lacked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import insert, select
from sqlmodel import col

from curator.core.project.resources import resource_path
from curator.core.schema.colours import LABEL_PALETTE
from curator.core.schema.names import check_type_name
from curator.core.storage.models import (
    AttributeDefinition,
    EventRole,
    KnowledgeEntity,
    Label,
    ProjectInfo,
    RelationType,
)

if TYPE_CHECKING:
    from sqlmodel import Session

    from curator.core.storage.database import Project


@dataclass(frozen=True, slots=True)
class DefaultRole:
    name: str
    labels: tuple[str, ...]
    repeatable: bool = False


@dataclass(frozen=True, slots=True)
class DefaultLabel:
    name: str
    color: str
    shortcut: str | None
    description: str
    kind: str = "entity"
    plover_type: str | None = None
    plover_mode: str | None = None
    ace_type: str | None = None
    roles: tuple[DefaultRole, ...] = ()


@dataclass(frozen=True, slots=True)
class DefaultRelationType:
    name: str
    head_labels: tuple[str, ...]
    child_labels: tuple[str, ...]
    color: str
    description: str


@dataclass(frozen=True, slots=True)
class DefaultAttribute:
    name: str
    targets: tuple[str, ...]
    values: tuple[str, ...]
    multiple: bool
    description: str


@dataclass(frozen=True, slots=True)
class DefaultSchema:
    entity_labels: list[DefaultLabel] = field(default_factory=list)
    event_types: list[DefaultLabel] = field(default_factory=list)
    relation_types: list[DefaultRelationType] = field(default_factory=list)
    attributes: list[DefaultAttribute] = field(default_factory=list)


def _label(item: dict, kind: str) -> DefaultLabel:
    return DefaultLabel(
        name=item["name"],
        color=item["color"],
        shortcut=item.get("shortcut"),
        description=item.get("description", ""),
        kind=kind,
        plover_type=item.get("plover_type"),
        plover_mode=item.get("plover_mode"),
        ace_type=item.get("ace_type"),
        roles=tuple(
            DefaultRole(role["name"], tuple(role["labels"]), bool(role.get("repeatable", False)))
            for role in item.get("roles", [])
        ),
    )


def load_default_schema() -> DefaultSchema:
    data = json.loads(resource_path("default_schema.json").read_text(encoding="utf-8"))
    return DefaultSchema(
        entity_labels=[_label(item, "entity") for item in data["entity_labels"]],
        event_types=[_label(item, "event") for item in data.get("event_types", [])],
        relation_types=[
            DefaultRelationType(
                name=item["name"],
                head_labels=tuple(item["head_labels"]),
                child_labels=tuple(item["child_labels"]),
                color=item.get("color", "#555555"),
                description=item.get("description", ""),
            )
            for item in data.get("relation_types", [])
        ],
        attributes=[
            DefaultAttribute(
                name=item["name"],
                targets=tuple(item.get("targets", ())),
                values=tuple(item.get("values", ())),
                multiple=bool(item.get("multiple", False)),
                description=item.get("description", ""),
            )
            for item in data.get("attributes", [])
        ],
    )


def colour_for_new_label(index: int) -> str:
    """A colour for a label that arrives with imported data, cycling the colour-blind-safe palette."""
    return LABEL_PALETTE[index % len(LABEL_PALETTE)]


def _mark_seeded(session: Session, part: str) -> None:
    session.add(ProjectInfo(key=f"seeded:{part}", value=datetime.now().isoformat(timespec="seconds")))


def _is_seeded(session: Session, part: str) -> bool:
    return session.get(ProjectInfo, f"seeded:{part}") is not None


def add_labels(session: Session, labels: list[DefaultLabel], first_position: int) -> None:
    """Add labels (and event types with their roles) the project lacks; existing names are kept."""
    taken = set(session.execute(select(col(Label.name))).scalars())
    for offset, default in enumerate(labels):
        if default.name in taken:
            continue
        check_type_name(default.name, "event type" if default.kind == "event" else "label")
        for role in default.roles:
            check_type_name(role.name, f"role of {default.name}")
        label = Label(
            name=default.name,
            kind=default.kind,
            color=default.color,
            shortcut=default.shortcut,
            description=default.description,
            position=first_position + offset,
            plover_type=default.plover_type,
            plover_mode=default.plover_mode,
            ace_type=default.ace_type,
        )
        session.add(label)
        session.flush()
        assert label.id is not None
        for position, role in enumerate(default.roles):
            session.add(
                EventRole(
                    label_id=label.id,
                    name=role.name,
                    allowed_labels=list(role.labels),
                    repeatable=role.repeatable,
                    position=position,
                )
            )


def seed_default_schema(project: Project, schema: DefaultSchema | None = None) -> None:
    """Add the parts of the default schema this project has never had, in one transaction."""
    with project.write() as session:
        has_entity_labels = session.execute(
            select(col(Label.id)).where(col(Label.kind) == "entity").limit(1)
        ).first()
        has_event_types = session.execute(
            select(col(Label.id)).where(col(Label.kind) == "event").limit(1)
        ).first()
        missing_entities = not _is_seeded(session, "entity_labels") and has_entity_labels is None
        missing_events = not _is_seeded(session, "event_types") and has_event_types is None
        missing_relations = not _is_seeded(session, "relation_types")
        missing_knowledge = not _is_seeded(session, "knowledge_base")
        missing_attributes = not _is_seeded(session, "attributes")
        if not (
            missing_entities or missing_events or missing_relations or missing_knowledge or missing_attributes
        ):
            return
        schema = schema or load_default_schema()
        position = len(session.execute(select(col(Label.id))).all())
        if missing_entities:
            add_labels(session, schema.entity_labels, position)
            position += len(schema.entity_labels)
            if session.get(ProjectInfo, "created_at") is None:
                session.add(ProjectInfo(key="created_at", value=datetime.now().isoformat(timespec="seconds")))
        if not _is_seeded(session, "entity_labels"):
            _mark_seeded(session, "entity_labels")
        if missing_events:
            add_labels(session, schema.event_types, position)
        if not _is_seeded(session, "event_types"):
            _mark_seeded(session, "event_types")
        if missing_relations:
            add_relation_types(session, schema.relation_types)
            _mark_seeded(session, "relation_types")
        if missing_knowledge:
            _add_knowledge_base(session)
            _mark_seeded(session, "knowledge_base")
        if missing_attributes:
            add_attributes(session, schema.attributes)
            _mark_seeded(session, "attributes")


def add_relation_types(session: Session, relation_types: list[DefaultRelationType]) -> list[str]:
    """Add relation types the project lacks; returns the names added."""
    taken = set(session.execute(select(col(RelationType.name))).scalars())
    added: list[str] = []
    for relation in relation_types:
        if relation.name in taken:
            continue
        session.add(
            RelationType(
                name=relation.name,
                head_labels=list(relation.head_labels),
                child_labels=list(relation.child_labels),
                color=relation.color,
                description=relation.description,
                position=len(taken) + len(added),
            )
        )
        added.append(relation.name)
    return added


def add_attributes(session: Session, attributes: list[DefaultAttribute]) -> list[str]:
    """Add attribute definitions the project lacks; returns the names added."""
    taken = set(session.execute(select(col(AttributeDefinition.name))).scalars())
    added: list[str] = []
    for attribute in attributes:
        if attribute.name in taken:
            continue
        session.add(
            AttributeDefinition(
                name=attribute.name,
                targets=list(attribute.targets),
                allowed_values=list(attribute.values),
                multiple=attribute.multiple,
                description=attribute.description,
                position=len(taken) + len(added),
            )
        )
        added.append(attribute.name)
    return added


def _add_knowledge_base(session: Session) -> None:
    """The default canonical entities (resources/knowledge_base.json), keyed by their ids there."""
    from curator.core.knowledge.base import load_default_knowledge_base

    taken = set(session.execute(select(col(KnowledgeEntity.key))).scalars())
    now = datetime.now(UTC)
    rows = [
        {
            "key": entity.id,
            "name": entity.name,
            "type": entity.type,
            "subtype": entity.subtype,
            "aliases": list(entity.surface_forms),
            "wikidata": entity.wikidata,
            "notes": entity.notes,
            "created_at": now,
        }
        for entity in load_default_knowledge_base()
        if entity.id not in taken
    ]
    if rows:
        session.execute(insert(KnowledgeEntity), rows)
