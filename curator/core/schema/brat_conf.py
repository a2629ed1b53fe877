"""brat's annotation.conf, both ways: the project schema written as one, and one read into plain values.

The brat importer reads a corpus's annotation.conf to tell entity types from event types and to give
new roles and relation types their constraints; the brat exporter writes one beside the documents so
brat opens them without complaints; a schema dialog can offer both as "export/import schema".

Curator roles are all optional (nothing enforces a filled role), so a role is written `ROLE?:` or, when
it repeats, `ROLE*:`; brat's required forms (`ROLE:`, `ROLE+:`) read back as the same two. Curator lets
any role hold an event, which brat spells `<EVENT>` per role: the generated file adds it to the roles
the project's events actually fill with events, and declares the roles and event attributes the data
uses beyond the schema, so brat accepts every file the exporter writes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from curator.core.domain import CuratorError, Realis
from curator.core.storage.database import Project
from curator.core.storage.models import (
    AttributeDefinition,
    Event,
    EventArgument,
    EventRole,
    Label,
    RelationType,
    Span,
)

SECTIONS = ("entities", "relations", "events", "attributes")
# Relation types written as brat equivalence sets (`*	Equiv T1 T2 T3`) rather than `R` lines.
EQUIVALENCE_TYPES = frozenset({"Equiv"})
SYMMETRIC_TRANSITIVE = "symmetric-transitive"
ANY_ENTITY, ANY_EVENT, ANY = "<ENTITY>", "<EVENT>", "<ANY>"
REALIS_ATTRIBUTE = "Realis"
# Document metadata a brat import leaves for the export, so that a round trip writes what it read: the
# pair's name inside the corpus folder ("sub/PMID-1") and the events whose file stated no realis.
BRAT_FILE_KEY = "brat_file"
UNSTATED_REALIS_KEY = "brat_realis_unstated"
REALIS_VALUES = tuple(value.value.capitalize() for value in Realis)
_MACRO = re.compile(r"^(<[^>\s]+>)\s*=\s*(.+)$")
_WHITESPACE = re.compile(r"\s+")
_NUMBERED = re.compile(r"^(.*?)(\d+)$")
# Everything str.splitlines() breaks on, and the tab that separates fields.
_FIELD_BREAKS = str.maketrans(dict.fromkeys("\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", " "))


class AnnotationConfError(CuratorError):
    """An annotation.conf line that cannot be read; the message names the line."""


@dataclass(frozen=True, slots=True)
class ConfArgument:
    """One role of a brat event type. `types` are type names (macros expanded, wildcards removed)."""

    role: str
    types: tuple[str, ...]
    repeatable: bool = False  # `*` or `+`
    required: bool = False  # no mark or `+`
    takes_events: bool = False  # `<EVENT>` or `<ANY>` among the types
    any_entity: bool = False  # `<ENTITY>` or `<ANY>` among the types


@dataclass(frozen=True, slots=True)
class ConfEventType:
    name: str
    arguments: tuple[ConfArgument, ...] = ()

    def argument(self, role: str) -> ConfArgument | None:
        return next((argument for argument in self.arguments if argument.role == role), None)


@dataclass(frozen=True, slots=True)
class ConfRelationType:
    name: str
    head_types: tuple[str, ...]
    child_types: tuple[str, ...]
    symmetric_transitive: bool = False
    head_role: str = "Arg1"
    child_role: str = "Arg2"


@dataclass(frozen=True, slots=True)
class ConfAttribute:
    """An attribute; `values` empty means binary (present or absent)."""

    name: str
    targets: tuple[str, ...]
    values: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AnnotationConf:
    entity_types: tuple[str, ...] = ()
    event_types: tuple[ConfEventType, ...] = ()
    relation_types: tuple[ConfRelationType, ...] = ()
    attributes: tuple[ConfAttribute, ...] = ()

    def kind_of(self, type_name: str) -> str | None:
        """ "entity" or "event" for a declared text-bound type, None for one the file does not declare."""
        if any(event.name == type_name for event in self.event_types):
            return "event"
        if type_name in self.entity_types:
            return "entity"
        return None

    def event_type(self, name: str) -> ConfEventType | None:
        return next((event for event in self.event_types if event.name == name), None)

    def relation_type(self, name: str) -> ConfRelationType | None:
        return next((relation for relation in self.relation_types if relation.name == name), None)


def one_line(text: str) -> str:
    """Text as it can stand in one field of an .ann line: tabs and line breaks become spaces.

    The exporter writes span texts and notes this way, and the importer compares span texts this way,
    so a span that covers a tab or a line break survives the round trip.
    """
    return text.translate(_FIELD_BREAKS)


def brat_name(name: str) -> str:
    """A type or role name brat can read: a field of an .ann line cannot hold whitespace."""
    return _WHITESPACE.sub("_", name.strip())


def role_base(role: str) -> str:
    """brat numbers a repeated role (`Theme2`); the role itself is the name without the number."""
    match = _NUMBERED.match(role)
    return match.group(1) if match and match.group(1) else role


# --- reading ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Reader:
    macros: dict[str, str] = field(default_factory=dict)
    entities: list[str] = field(default_factory=list)
    events: list[ConfEventType] = field(default_factory=list)
    relations: dict[str, ConfRelationType] = field(default_factory=dict)
    attributes: list[ConfAttribute] = field(default_factory=list)

    def expand(self, types: str) -> list[str]:
        expanded: list[str] = []
        for part in types.split("|"):
            part = part.strip()
            if part in self.macros:
                expanded.extend(self.expand(self.macros[part]))
            elif part:
                expanded.append(part)
        return expanded


def _arguments(body: str, number: int) -> list[tuple[str, str]]:
    """`Role:Types, Role2:Types` as (role, types) pairs."""
    pairs = []
    for part in body.split(","):
        part = part.strip()
        if not part:
            continue
        role, colon, types = part.partition(":")
        if not colon or not role.strip() or not types.strip():
            raise AnnotationConfError(f"line {number}: {part!r} is not ROLE:TYPE")
        pairs.append((role.strip(), types.strip()))
    return pairs


def _split_types(reader: _Reader, types: str) -> tuple[tuple[str, ...], bool, bool]:
    """Plain type names, whether events are allowed, whether any entity is."""
    names = reader.expand(types)
    takes_events = ANY_EVENT in names or ANY in names
    any_entity = ANY_ENTITY in names or ANY in names
    plain = tuple(dict.fromkeys(n for n in names if not (n.startswith("<") and n.endswith(">"))))
    return plain, takes_events, any_entity


def _read_event(reader: _Reader, name: str, body: str, number: int) -> ConfEventType:
    arguments = []
    for role, types in _arguments(body, number):
        mark = role[-1] if role[-1] in "?*+" else ""
        role = role[:-1] if mark else role
        plain, takes_events, any_entity = _split_types(reader, types)
        arguments.append(
            ConfArgument(
                role=role,
                types=plain,
                repeatable=mark in {"*", "+"},
                required=mark in {"", "+"},
                takes_events=takes_events,
                any_entity=any_entity,
            )
        )
    return ConfEventType(name, tuple(arguments))


def _read_relation(reader: _Reader, name: str, body: str, number: int) -> None:
    ends: list[tuple[str, tuple[str, ...]]] = []
    symmetric = False
    for role, types in _arguments(body, number):
        if role == "<REL-TYPE>":
            symmetric = symmetric or SYMMETRIC_TRANSITIVE in types.split("|")
            continue
        if role.startswith("<"):
            continue
        plain, _, _ = _split_types(reader, types)
        ends.append((role, plain))
    if len(ends) != 2:
        raise AnnotationConfError(f"line {number}: relation {name} needs two arguments (Arg1:…, Arg2:…)")
    previous = reader.relations.get(name)
    if previous is not None:  # brat lists one relation on several lines for several type pairs
        ends = [
            (ends[0][0], tuple(dict.fromkeys(previous.head_types + ends[0][1]))),
            (ends[1][0], tuple(dict.fromkeys(previous.child_types + ends[1][1]))),
        ]
        symmetric = symmetric or previous.symmetric_transitive
    reader.relations[name] = ConfRelationType(
        name, ends[0][1], ends[1][1], symmetric, head_role=ends[0][0], child_role=ends[1][0]
    )


def _read_attribute(reader: _Reader, name: str, body: str, number: int) -> ConfAttribute:
    targets: tuple[str, ...] = ()
    values: list[str] = []
    for role, types in _arguments(body, number):
        if role == "Arg":
            targets = tuple(reader.expand(types))
        elif role == "Value":
            values.extend(value.strip() for value in types.split("|") if value.strip())
    if not targets:
        raise AnnotationConfError(f"line {number}: attribute {name} has no Arg:")
    return ConfAttribute(name, targets, tuple(values))


def parse_annotation_conf(text: str) -> AnnotationConf:
    """Read an annotation.conf (sections, `!abstract` types, `<MACRO>=…`, comments, `----` separators)."""
    reader = _Reader()
    section: str | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#") or set(line) == {"-"}:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip().lower()
            if section not in SECTIONS:
                raise AnnotationConfError(f"line {number}: unknown section [{section}]")
            continue
        macro = _MACRO.match(line)
        if macro:
            reader.macros[macro.group(1)] = macro.group(2).strip()
            continue
        if section is None:
            raise AnnotationConfError(f"line {number}: {line!r} comes before any [section]")
        name, *rest = line.split(None, 1)
        body = rest[0].strip() if rest else ""
        if name.startswith("!"):  # an abstract type groups others and is never annotated itself
            continue
        if section == "entities":
            reader.entities.append(name)
        elif section == "events":
            reader.events.append(_read_event(reader, name, body, number))
        elif section == "relations":
            if name.startswith("<") or name == "ENTITY-NESTING":
                continue
            _read_relation(reader, name, body, number)
        else:
            reader.attributes.append(_read_attribute(reader, name, body, number))
    return AnnotationConf(
        entity_types=tuple(dict.fromkeys(reader.entities)),
        event_types=tuple(reader.events),
        relation_types=tuple(reader.relations.values()),
        attributes=tuple(reader.attributes),
    )


# --- writing ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Usage:
    """What the project's events use beyond their schema, so brat accepts the exported files."""

    event_roles: set[tuple[str, str]] = field(default_factory=set)  # (type, role) filled by an event
    roles: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (type, role) → filler labels
    repeated: set[tuple[str, str]] = field(default_factory=set)  # (type, role) filled twice in one event
    attributes: dict[str, set[str]] = field(default_factory=dict)  # name → values ("" for binary)


def _usage(session: Session) -> _Usage:
    usage = _Usage()
    trigger, filler = aliased(Span), aliased(Span)
    trigger_label, filler_label = aliased(Label), aliased(Label)
    rows = session.execute(
        select(
            col(trigger_label.name),
            col(EventArgument.role),
            col(filler_label.name),
            col(EventArgument.argument_event_id),
        )
        .select_from(EventArgument)
        .join(Event, col(Event.id) == col(EventArgument.event_id))
        .join(trigger, col(trigger.id) == col(Event.trigger_span_id))
        .join(trigger_label, col(trigger_label.id) == col(trigger.label_id))
        .outerjoin(filler, col(filler.id) == col(EventArgument.span_id))
        .outerjoin(filler_label, col(filler_label.id) == col(filler.label_id))
        .distinct()
    )
    for event_type, role, label, argument_event in rows:
        usage.roles.setdefault((event_type, role), set())
        if argument_event is not None:
            usage.event_roles.add((event_type, role))
        elif label is not None:
            usage.roles[(event_type, role)].add(label)
    repeated = session.execute(
        select(col(trigger_label.name), col(EventArgument.role))
        .select_from(EventArgument)
        .join(Event, col(Event.id) == col(EventArgument.event_id))
        .join(trigger, col(trigger.id) == col(Event.trigger_span_id))
        .join(trigger_label, col(trigger_label.id) == col(trigger.label_id))
        # The trigger's label is one per event; PostgreSQL wants every selected column grouped.
        .group_by(col(EventArgument.event_id), col(EventArgument.role), col(trigger_label.name))
        .having(func.count(col(EventArgument.id)) > 1)
    )
    usage.repeated = {(event_type, role) for event_type, role in repeated}
    for (attributes,) in session.execute(select(col(Event.attributes))).yield_per(1000):
        for name, value in (attributes or {}).items():
            values = usage.attributes.setdefault(name, set())
            if isinstance(value, str):
                values.add(value)
            elif value is True:
                values.add("")
    return usage


def _types(labels: list[str] | tuple[str, ...], takes_events: bool = False) -> str:
    names = [brat_name(label) for label in labels] or [ANY_ENTITY]
    if takes_events:
        names.append(ANY_EVENT)
    return "|".join(names)


def _role(name: str, labels: list[str] | tuple[str, ...], repeatable: bool, takes_events: bool) -> str:
    return f"{brat_name(name)}{'*' if repeatable else '?'}:{_types(labels, takes_events)}"


def schema_to_annotation_conf(project: Project, *, with_usage: bool = True) -> str:
    """The project schema as an annotation.conf; `with_usage` adds what the data uses beyond it."""
    with project.read() as session:
        labels = session.execute(select(Label).order_by(col(Label.position), col(Label.id))).scalars().all()
        roles: dict[int, list[EventRole]] = defaultdict(list)
        for role in session.execute(
            select(EventRole).order_by(col(EventRole.position), col(EventRole.id))
        ).scalars():
            roles[role.label_id].append(role)
        relations = (
            session.execute(select(RelationType).order_by(col(RelationType.position), col(RelationType.id)))
            .scalars()
            .all()
        )
        usage = _usage(session) if with_usage else _Usage()
        definitions = session.execute(
            select(AttributeDefinition).order_by(col(AttributeDefinition.position))
        ).scalars()
        defined = [(d.name, tuple(d.targets), tuple(d.allowed_values)) for d in definitions]
    lines = ["# brat configuration written by Curator from the project schema", "[entities]"]
    lines.extend(brat_name(label.name) for label in labels if label.kind != "event")
    lines.append("[relations]")
    for relation in relations:
        line = (
            f"{brat_name(relation.name)} Arg1:{_types(relation.head_labels)}, "
            f"Arg2:{_types(relation.child_labels)}"
        )
        if relation.name in EQUIVALENCE_TYPES:
            line += f", <REL-TYPE>:{SYMMETRIC_TRANSITIVE}"
        lines.append(line)
    lines.append("[events]")
    for label in labels:
        if label.kind != "event":
            continue
        declared = {role.name for role in roles[label.id]}
        arguments = [
            _role(
                role.name,
                role.allowed_labels,
                role.repeatable or (label.name, role.name) in usage.repeated,
                (label.name, role.name) in usage.event_roles,
            )
            for role in roles[label.id]
        ]
        arguments.extend(
            _role(role, sorted(fillers), True, (label.name, role) in usage.event_roles)
            for (event_type, role), fillers in sorted(usage.roles.items())
            if event_type == label.name and role not in declared
        )
        lines.append(brat_name(label.name) + (" " + ", ".join(arguments) if arguments else ""))
    lines.append("[attributes]")
    lines.append(f"{REALIS_ATTRIBUTE} Arg:{ANY_EVENT}, Value:{'|'.join(REALIS_VALUES)}")
    for name, targets, values in defined:  # the schema's attributes, then any others the data uses
        target = "|".join(brat_name(t) for t in targets) or ANY_EVENT
        lines.append(f"{brat_name(name)} Arg:{target}" + (f", Value:{'|'.join(values)}" if values else ""))
    for name, used in sorted(usage.attributes.items()):
        if name == REALIS_ATTRIBUTE or brat_name(name) != name or name in {d[0] for d in defined}:
            continue
        named = sorted(value for value in used if value and brat_name(value) == value)
        lines.append(f"{name} Arg:{ANY_EVENT}" + (f", Value:{'|'.join(named)}" if named else ""))
    return "\n".join(lines) + "\n"
