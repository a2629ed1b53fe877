"""One brat pair into the project: document, spans, events, arguments, relations, entity links, notes.

`interpret` turns the attribute, normalization and note lines into values on the spans, events and
relations they name (before any transaction opens, so their problems stop the pair early); `store_pair`
then writes everything inside the import's one transaction through the session-level services, so a
problem anywhere rolls the whole pair back. What curator cannot hold (attributes of text spans,
references outside Wikidata, relations between events) is listed in the import notes, never dropped
silently. Types, roles and relation types the project lacks join its schema and are reported.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session, col

from curator.core.domain import AnnotationError, Realis
from curator.core.importers.base import title_from_text
from curator.core.importers.brat_ann import AnnFile, problem
from curator.core.importers.clusters import summarise
from curator.core.schema.brat_conf import (
    BRAT_FILE_KEY,
    EQUIVALENCE_TYPES,
    REALIS_ATTRIBUTE,
    UNSTATED_REALIS_KEY,
    AnnotationConf,
    role_base,
)
from curator.core.services import AddDocumentsResult, NewDocument, add_documents, content_hash
from curator.core.services.bulk import (
    ArgumentRow,
    EventRow,
    RelationRow,
    RowError,
    SpanRow,
    insert_arguments,
    insert_events,
    insert_relations,
    insert_spans,
)
from curator.core.services.entities import WIKIDATA_ID, find_entity_by_wikidata, insert_entity, set_links
from curator.core.services.schema_additions import (
    ensure_event_role,
    ensure_label,
    ensure_relation_type,
    label_kind,
)
from curator.core.storage import Project
from curator.core.storage.models import Document
from curator.core.text.language import guess_language

WIKIDATA_NAMESPACE = "wikidata"
REALIS_VALUES = {realis.value for realis in Realis}


@dataclass(slots=True)
class Extras:
    """What the A, N and # lines say about the T, E and R lines, keyed by the (resolved) id."""

    realis: dict[str, str] = field(default_factory=dict)
    attributes: dict[str, dict[str, str | bool]] = field(default_factory=dict)
    notes: dict[str, list[str]] = field(default_factory=dict)
    links: dict[str, tuple[int, str, str]] = field(default_factory=dict)  # T id → (line, Q id, name)


@dataclass(frozen=True, slots=True)
class BratPair:
    text_path: Path
    ann_path: Path | None
    text: str
    ann: AnnFile
    extras: Extras
    conf: AnnotationConf | None
    # Its name inside the corpus folder, without extension ("sub/PMID-1"); the export writes it back.
    name: str = ""


def _lines(numbers: list[int]) -> str:
    return ("line " if len(numbers) == 1 else "lines ") + ", ".join(map(str, numbers))


def interpret(ann: AnnFile, notes: list[str]) -> Extras:
    """Attach attributes, references and notes to their targets; list in `notes` what is not kept."""
    extras = Extras()
    skipped: dict[str, list[int]] = {}
    for attribute in ann.attributes:
        target = ann.resolve(attribute.target)
        if ann.kind(target) != "E":
            skipped.setdefault(f"attributes of {ann.kind(target)} annotations", []).append(attribute.line)
            continue
        if attribute.name.casefold() == REALIS_ATTRIBUTE.casefold():
            value = (attribute.value or "").casefold()
            if value not in REALIS_VALUES:
                raise problem(
                    attribute.line,
                    f"{attribute.id}: realis {attribute.value!r} is not one of "
                    f"{', '.join(sorted(v.capitalize() for v in REALIS_VALUES))}",
                )
            if target in extras.realis:
                raise problem(attribute.line, f"{attribute.id}: {target} has a realis already")
            extras.realis[target] = value
            continue
        attributes = extras.attributes.setdefault(target, {})
        if attribute.name in attributes:
            raise problem(attribute.line, f"{attribute.id}: {target} has attribute {attribute.name} already")
        attributes[attribute.name] = attribute.value if attribute.value is not None else True
    for reference in ann.references:
        target = ann.resolve(reference.target)
        if ann.kind(target) != "T":
            skipped.setdefault("references of non-text annotations", []).append(reference.line)
        elif reference.namespace.casefold() != WIKIDATA_NAMESPACE:
            skipped.setdefault(f"{reference.namespace} references (only Wikidata is kept)", []).append(
                reference.line
            )
        elif not WIKIDATA_ID.match(reference.key):
            raise problem(reference.line, f"{reference.id}: {reference.key!r} is not a Wikidata id (Q…)")
        elif target in extras.links and extras.links[target][1] != reference.key:
            skipped.setdefault("second Wikidata links of a mention", []).append(reference.line)
        else:
            extras.links.setdefault(target, (reference.line, reference.key, reference.name))
    for note in ann.notes:
        target = ann.resolve(note.target)
        if ann.kind(target) not in {"T", "E", "R"}:
            skipped.setdefault(f"notes on {ann.kind(target)} annotations", []).append(note.line)
        else:
            extras.notes.setdefault(target, []).append(note.text)
    for relation in ann.relations:
        if "E" in {ann.kind(relation.head), ann.kind(relation.child)}:
            skipped.setdefault("relations with an event argument", []).append(relation.line)
    for kind, numbers in skipped.items():
        notes.append(f"not imported ({_lines(numbers)}): {kind}, which a project cannot hold")
    for line, identifier, kept in ann.repeated_spans:
        notes.append(f"line {line}: {identifier} repeats {kept} (same type and offsets); kept once")
    notes.extend(summarise(ann.widened))
    other_equivalences = sorted({r.type for r in ann.relations if r.id == "*"} - EQUIVALENCE_TYPES)
    if other_equivalences:
        notes.append(
            f"equivalences of type {', '.join(other_equivalences)} are stored as relations in a chain and "
            "export back as R lines"
        )
    return extras


@contextmanager
def _at(*lines: int) -> Iterator[None]:
    """A service's refusal becomes a problem that names the line it came from (of rows: the row's)."""
    try:
        yield
    except RowError as error:
        raise problem(lines[error.index], str(error)) from error
    except AnnotationError as error:
        raise problem(lines[0] if lines else 0, str(error)) from error


def _kinds(session: Session, pair: BratPair) -> dict[str, tuple[str, int]]:
    """Each T type's label kind and the line that decided it: triggers are events, the conf decides
    the rest, and a label the project already has keeps its kind (a clash is a problem)."""
    ann, conf = pair.ann, pair.conf
    triggers = {event.type: event.line for event in ann.events.values()}
    kinds: dict[str, tuple[str, int]] = {}
    for bound in ann.text_bound.values():
        if bound.type in kinds:
            continue
        declared = conf.kind_of(bound.type) if conf is not None else None
        if bound.type in triggers and declared == "entity":
            raise problem(
                triggers[bound.type],
                f"{bound.type} triggers an event but annotation.conf lists it as an entity",
            )
        wanted = "event" if bound.type in triggers else declared
        line = triggers.get(bound.type, bound.line)
        existing = label_kind(session, bound.type)
        if existing is not None and wanted is not None and existing != wanted:
            raise problem(line, f"{bound.type} is an {existing} label in this project, not an {wanted} type")
        kinds[bound.type] = (existing or wanted or "entity", line)
    return kinds


def store_pair(session: Session, project: Project, pair: BratPair, notes: list[str]) -> AddDocumentsResult:
    """Write one pair inside the caller's transaction; a duplicate text stores nothing and is counted."""
    source = f"import:{(pair.ann_path or pair.text_path).name}"
    document = NewDocument(
        text=pair.text,
        title=title_from_text(pair.text),
        language=guess_language(pair.text),
        source=pair.text_path.name,
        meta={BRAT_FILE_KEY: pair.name} if pair.name else {},
        labelled=pair.ann_path is not None,  # an .ann file, even an empty one, says "no entity here"
    )
    result = add_documents(session, [document], annotator_id=project.annotator_id, source=source)
    if not result.added:
        return result
    document_id = session.execute(
        select(col(Document.id)).where(col(Document.content_hash) == content_hash(pair.text))
    ).scalar_one()
    ann, extras = pair.ann, pair.extras
    for type_, (kind, line) in _kinds(session, pair).items():
        with _at(line):
            if ensure_label(session, type_, kind)[1]:
                result.new_labels.append(type_)
    bounds = list(ann.text_bound.values())
    span_rows = [
        SpanRow(
            bound.start, bound.end, bound.type,
            fragments=[list(f) for f in bound.fragments] if len(bound.fragments) > 1 else None,
            note="\n".join(extras.notes.get(bound.id, ())),
        )
        for bound in bounds
    ]  # fmt: skip
    with _at(*(bound.line for bound in bounds)):
        span_ids = insert_spans(session, project, document_id, span_rows, source=source)
    spans = {bound.id: span_id for bound, span_id in zip(bounds, span_ids, strict=True)}
    result.spans = len(spans)
    events_in_file = list(ann.events.values())
    event_rows = [
        EventRow(
            spans[ann.resolve(event.trigger)], realis=extras.realis.get(event.id, Realis.ACTUAL),
            attributes=extras.attributes.get(event.id), note="\n".join(extras.notes.get(event.id, ())),
        )
        for event in events_in_file
    ]  # fmt: skip
    with _at(*(event.line for event in events_in_file)):
        event_ids = insert_events(session, project, document_id, event_rows, source=source)
    events = {event.id: event_id for event, event_id in zip(events_in_file, event_ids, strict=True)}
    result.events = len(events)
    _remember_unstated_realis(
        session, document_id, [events[e.id] for e in events_in_file if e.id not in extras.realis]
    )
    _add_roles(session, pair, notes)
    argument_rows, argument_lines = [], []
    for event in events_in_file:
        for role, target in event.arguments:
            target = ann.resolve(target)
            argument_rows.append(
                ArgumentRow(events[event.id], role_base(role), spans.get(target), events.get(target))
            )
            argument_lines.append(event.line)
    with _at(*argument_lines):
        insert_arguments(session, document_id, argument_rows)
    result.relations = _add_relations(session, project, document_id, pair, spans, notes)
    result.entity_links = _add_links(session, pair, spans, notes)
    return result


def _remember_unstated_realis(session: Session, document_id: int, event_ids: list[int]) -> None:
    """Events whose file gave no realis read as Actual; the document remembers which, so an export does
    not add an `A Realis … Actual` line the corpus never had (a round trip must be a no-op)."""
    if not event_ids:
        return
    document = session.get(Document, document_id)
    assert document is not None  # added in this transaction
    document.meta = {**(document.meta or {}), UNSTATED_REALIS_KEY: sorted(event_ids)}
    session.add(document)
    session.flush()


def _add_roles(session: Session, pair: BratPair, notes: list[str]) -> None:
    """Roles an event type lacks join it, allowing the labels seen (and those annotation.conf names)."""
    ann = pair.ann
    seen: dict[tuple[str, str], tuple[set[str], bool]] = {}
    for event in ann.events.values():
        counts: dict[str, int] = {}
        for role, target in event.arguments:
            role = role_base(role)
            counts[role] = counts.get(role, 0) + 1
            labels, repeated = seen.setdefault((event.type, role), (set(), False))
            bound = ann.text_bound.get(ann.resolve(target))
            if bound is not None:
                labels.add(bound.type)
            seen[(event.type, role)] = (labels, repeated or counts[role] > 1)
    added = []
    for (event_type, role), (labels, repeated) in seen.items():
        declared = pair.conf.event_type(event_type) if pair.conf is not None else None
        argument = declared.argument(role) if declared is not None else None
        if argument is not None:
            labels, repeated = labels | set(argument.types), repeated or argument.repeatable
        type_id, _ = ensure_label(session, event_type, "event")
        if ensure_event_role(session, type_id, role, labels, repeatable=repeated):
            added.append(f"{event_type}.{role}")
    if added:
        notes.append(f"new event roles added to the schema: {', '.join(added)}")


def _add_relations(
    session: Session, project: Project, document_id: int, pair: BratPair, spans: dict[str, int],
    notes: list[str],
) -> int:  # fmt: skip
    ann = pair.ann
    usable = [r for r in ann.relations if ann.resolve(r.head) in spans and ann.resolve(r.child) in spans]
    ends: dict[str, tuple[set[str], set[str]]] = {}
    for relation in usable:
        heads, children = ends.setdefault(relation.type, (set(), set()))
        heads.add(ann.text_bound[ann.resolve(relation.head)].type)
        children.add(ann.text_bound[ann.resolve(relation.child)].type)
    added = []
    for type_, (heads, children) in ends.items():
        declared = pair.conf.relation_type(type_) if pair.conf is not None else None
        if declared is not None:
            heads, children = set(declared.head_types), set(declared.child_types)
        if ensure_relation_type(session, type_, heads, children):
            added.append(type_)
    if added:
        notes.append(f"new relation types added to the schema: {', '.join(added)}")
    rows: list[RelationRow] = []
    lines: list[int] = []
    stored: set[tuple[str, int, int]] = set()
    for relation in usable:
        head, child = spans[ann.resolve(relation.head)], spans[ann.resolve(relation.child)]
        if relation.id == "*" and ((relation.type, head, child) in stored or head == child):
            continue  # an equivalence set may list a member twice or repeat a link of another set
        stored.add((relation.type, head, child))
        note = "\n".join(pair.extras.notes.get(relation.id, ())) if relation.id != "*" else ""
        rows.append(RelationRow(relation.type, head, child, note))
        lines.append(relation.line)
    with _at(*lines):
        insert_relations(session, project, document_id, rows)
    renamed = sorted({r.id for r in usable if r.id != "*" and r.roles != ("Arg1", "Arg2")})
    if renamed:
        notes.append(f"argument names of {', '.join(renamed)} are written back as Arg1/Arg2")
    return len(rows)


def _add_links(session: Session, pair: BratPair, spans: dict[str, int], notes: list[str]) -> int:
    created = []
    links: dict[int, int | None] = {}
    for target, (line, wikidata, name) in pair.extras.links.items():
        entity = find_entity_by_wikidata(session, wikidata)
        if entity is None:
            bound = pair.ann.text_bound[target]
            surface = " ".join(pair.text[start:end] for start, end in bound.fragments)
            with _at(line):
                entity = insert_entity(session, name or surface, bound.type, wikidata=wikidata)
            created.append(f"{entity.name} ({wikidata})")
        links[spans[target]] = entity.id
    set_links(session, links)
    if created:
        notes.append(f"new canonical entities: {', '.join(created)}")
    return len(links)
