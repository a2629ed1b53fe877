"""A project's schema as JSON, in the same shape as resources/default_schema.json.

Exporting lets a team share one schema between projects; importing adds what the project lacks and
reports what it already had (existing definitions are never overwritten by a file).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col

from curator.core.domain import CuratorError
from curator.core.queries import list_event_types, list_labels
from curator.core.schema.defaults import (
    DefaultAttribute,
    DefaultLabel,
    DefaultRelationType,
    DefaultRole,
    DefaultSchema,
    add_attributes,
    add_labels,
    add_relation_types,
)
from curator.core.storage.database import Project
from curator.core.storage.models import Label, RelationType
from curator.core.storage.own_files import OwnFiles

SCHEMA_FORMAT_VERSION = 1


def schema_to_dict(project: Project) -> dict:
    with project.read() as session:
        relation_types = (
            session.execute(select(RelationType).order_by(col(RelationType.position))).scalars().all()
        )
        relations = [
            {
                "name": r.name,
                "head_labels": list(r.head_labels),
                "child_labels": list(r.child_labels),
                "color": r.color,
                "description": r.description,
            }  # fmt: skip
            for r in relation_types
        ]
    return {
        "format": "curator-schema",
        "version": SCHEMA_FORMAT_VERSION,
        "entity_labels": [
            {
                "name": label.name,
                "color": label.color,
                "shortcut": label.shortcut,
                "description": label.description,
            }
            for label in list_labels(project)
        ],
        "event_types": [
            {
                "name": t.name,
                "color": t.color,
                "shortcut": t.shortcut,
                "description": t.description,
                "plover_type": t.plover_type,
                "plover_mode": t.plover_mode,
                "ace_type": t.ace_type,
                "roles": [
                    {"name": r.name, "labels": list(r.allowed_labels), "repeatable": r.repeatable}
                    for r in t.roles
                ],
            }  # fmt: skip
            for t in list_event_types(project)
        ],
        "relation_types": relations,
    }


def export_schema(project: Project, path: Path) -> None:
    text = json.dumps(schema_to_dict(project), ensure_ascii=False, indent=2) + "\n"
    _write_schema_file(project, path, text)


def export_annotation_conf(project: Project, path: Path) -> None:
    from curator.core.schema.brat_conf import schema_to_annotation_conf

    _write_schema_file(project, path, schema_to_annotation_conf(project))


def _write_schema_file(project: Project, path: Path, text: str) -> None:
    """Write through a temporary name; never over the project's own files (that would drop its locks)."""
    OwnFiles(project.path).refuse_as_target(path)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


@dataclass(slots=True)
class SchemaImportReport:
    added: list[str] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        lines = [f"added to the schema: {', '.join(self.added) or 'nothing'}"]
        if self.already_there:
            lines.append(f"kept as they were (already in the project): {', '.join(self.already_there)}")
        return lines


def _schema_from_dict(data: object, source: str) -> DefaultSchema:
    if not isinstance(data, dict) or "entity_labels" not in data:
        raise CuratorError(f"{source}: not a Curator schema (no entity_labels)")
    try:

        def label(item: dict, kind: str) -> DefaultLabel:
            return DefaultLabel(
                name=item["name"], color=item.get("color", "#cccccc"), shortcut=item.get("shortcut"),
                description=item.get("description", ""), kind=kind, plover_type=item.get("plover_type"),
                plover_mode=item.get("plover_mode"), ace_type=item.get("ace_type"),
                roles=tuple(
                    DefaultRole(r["name"], tuple(r.get("labels", ())), bool(r.get("repeatable", False)))
                    for r in item.get("roles", ())
                ),
            )  # fmt: skip

        return DefaultSchema(
            entity_labels=[label(item, "entity") for item in data["entity_labels"]],
            event_types=[label(item, "event") for item in data.get("event_types", [])],
            relation_types=[
                DefaultRelationType(
                    r["name"],
                    tuple(r.get("head_labels", ())),
                    tuple(r.get("child_labels", ())),
                    r.get("color", "#555555"),
                    r.get("description", ""),
                )  # fmt: skip
                for r in data.get("relation_types", [])
            ],
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise CuratorError(f"{source}: malformed schema ({type(error).__name__}: {error})") from error


def import_schema(project: Project, path: Path) -> SchemaImportReport:
    _refuse_own_file(project, path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CuratorError(f"{path}: cannot read the schema ({error})") from error
    return _add_schema(project, _schema_from_dict(data, str(path)))


def _refuse_own_file(project: Project, path: Path) -> None:
    """Reading the project's own file would close a descriptor of it and drop its SQLite locks."""
    if OwnFiles(project.path).owns(path):
        raise CuratorError(f"{path}: this is one of the open project's own files, not a schema")


def _add_schema(project: Project, schema: DefaultSchema) -> SchemaImportReport:
    """Add what the project lacks, in one transaction; existing definitions are kept as they are."""
    report = SchemaImportReport()
    with project.write() as session:
        taken = set(session.execute(select(col(Label.name))).scalars())
        for item in [*schema.entity_labels, *schema.event_types]:
            (report.already_there if item.name in taken else report.added).append(item.name)
        position = len(taken)
        add_labels(session, [*schema.entity_labels, *schema.event_types], position)
        added_relations = add_relation_types(session, schema.relation_types)
        report.added.extend(added_relations)
        report.already_there.extend(r.name for r in schema.relation_types if r.name not in added_relations)
        for name in add_attributes(session, schema.attributes):
            report.added.append(name)
    return report


def import_annotation_conf(project: Project, path: Path) -> SchemaImportReport:
    """Add the entity types, event types (with roles) and relation types of a brat annotation.conf."""
    from curator.core.schema.brat_conf import parse_annotation_conf

    _refuse_own_file(project, path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CuratorError(f"{path}: cannot read ({error})") from error
    try:
        conf = parse_annotation_conf(text)
    except CuratorError as error:
        raise CuratorError(f"{path}: {error}") from error
    schema = DefaultSchema(
        entity_labels=[
            DefaultLabel(name, "#cccccc", None, "from annotation.conf") for name in conf.entity_types
        ],
        event_types=[
            DefaultLabel(
                event.name,
                "#e63946",
                None,
                "from annotation.conf",
                kind="event",
                roles=tuple(DefaultRole(a.role, a.types, a.repeatable) for a in event.arguments),
            )  # fmt: skip
            for event in conf.event_types
        ],
        relation_types=[
            DefaultRelationType(r.name, r.head_types, r.child_types, "#555555", "from annotation.conf")
            for r in conf.relation_types
        ],
        attributes=[
            DefaultAttribute(a.name, a.targets, a.values, False, "from annotation.conf")
            for a in conf.attributes
            if a.name != "Realis"  # realis is every event's own field
        ],
    )
    return _add_schema(project, schema)
