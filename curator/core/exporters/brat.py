"""brat standoff export: a folder with a `.txt` + `.ann` pair per document and an annotation.conf.

A document a brat import read keeps its file name and its folder inside the corpus (`sub/PMID-1`), so
a corpus imported and exported comes back under the names its users diff by; any other document is
`NNNN_<title>`.

What each curator annotation becomes (the importer reads every one of these back to the same thing):
- a span → a `T` line; a discontinuous span's fragments → `0 4;13 19`, its text the pieces joined by a
  space; a span's note → `#` lines (one per line of the note);
- an event → an `E` line on its trigger's `T`, arguments in their order, a repeated role numbered from
  its second use (`PARTICIPANT2:T5`), events as arguments by their `E` id; its realis → an `A … Realis`
  line, unless a brat file stated none for it and it is still Actual (an input without one reads as
  Actual, and a round trip must not add lines); its other
  attributes → `A` lines (true → a binary attribute, text → a valued one);
- a relation → an `R` line, except the equivalence type (`Equiv`), whose relations are written as
  brat's `*` sets, one per connected group;
- a link to a canonical entity with a Wikidata id → `N… Reference T… Wikidata:Q…<tab>name`.
Only accepted spans are written; an event, argument or relation that needs a span left out is left out
too and counted. All files are staged and renamed into place together: a failed export changes nothing.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col

from curator.core.domain import CuratorError, EventRecord, Realis
from curator.core.exporters.atomic import StagedFiles
from curator.core.exporters.base import ExportRun, named_exporter
from curator.core.queries import ExportDocument, event_records
from curator.core.schema.brat_conf import (
    BRAT_FILE_KEY,
    EQUIVALENCE_TYPES,
    REALIS_ATTRIBUTE,
    UNSTATED_REALIS_KEY,
    brat_name,
    one_line,
    schema_to_annotation_conf,
)
from curator.core.storage import Project
from curator.core.storage.models import Event, KnowledgeEntity, Label, Relation, RelationType, Span

BATCH_DOCUMENTS = 200
EVENTS_PER_QUERY = 5_000
MAX_NAME_CHARS = 60  # of the title part: 60 characters stay under 255 bytes in any script
LINE_KINDS = ("T", "E", "R", "*", "A", "N", "#")
NOTE_TYPE = "AnnotatorNotes"
_UNSAFE = re.compile(r"[^\w.-]+")
_DOTS = re.compile(r"\.{2,}")
_UNSAFE_PART = re.compile(r"[\\:*?\"<>|\x00-\x1f]")  # what some file system cannot hold in a name
MAX_ORIGINAL_BYTES = 200
_EXPORTED_NAME = re.compile(r"^\d{4,}(_.*)?\.(txt|ann)$")


@dataclass(frozen=True, slots=True)
class _Span:
    id: int
    start: int
    end: int
    label: str
    fragments: list | None
    note: str
    entity_id: int | None
    annotator_id: int | None


@dataclass(slots=True)
class _Annotations:
    spans: list[_Span] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    relations: list[tuple[int, str, int, int, str]] = field(
        default_factory=list
    )  # id, type, head, child, note


def _read(project: Project, document_ids: list[int]) -> tuple[dict[int, _Annotations], dict[int, tuple]]:
    """The accepted spans, events and relations of some documents, and the entities their spans link."""
    found = {document_id: _Annotations() for document_id in document_ids}
    with project.read() as session:
        for document_id, *row in session.execute(
            select(col(Span.document_id), col(Span.id), col(Span.start), col(Span.end), col(Label.name),
                   col(Span.fragments), col(Span.note), col(Span.entity_id), col(Span.annotator_id))
            .join(Label, col(Label.id) == col(Span.label_id))
            .where(col(Span.document_id).in_(document_ids), col(Span.status) == "accepted")
            .order_by(col(Span.document_id), col(Span.start), col(Span.end), col(Span.id))
        ):  # fmt: skip
            found[document_id].spans.append(_Span(*row))
        event_ids = list(
            session.execute(select(col(Event.id)).where(col(Event.document_id).in_(document_ids))).scalars()
        )
        for start in range(0, len(event_ids), EVENTS_PER_QUERY):  # SQLite limits the values of one IN
            for event in event_records(session, event_ids[start : start + EVENTS_PER_QUERY]):
                found[event.document_id].events.append(event)
        for document_id, *row in session.execute(
            select(col(Relation.document_id), col(Relation.id), col(RelationType.name),
                   col(Relation.head_span_id), col(Relation.child_span_id), col(Relation.note))
            .join(RelationType, col(RelationType.id) == col(Relation.type_id))
            .where(col(Relation.document_id).in_(document_ids))
            .order_by(col(Relation.id))
        ):  # fmt: skip
            found[document_id].relations.append(tuple(row))
        linked = {span.entity_id for a in found.values() for span in a.spans if span.entity_id is not None}
        entities = {
            entity_id: (name, wikidata)
            for entity_id, name, wikidata in session.execute(
                select(
                    col(KnowledgeEntity.id), col(KnowledgeEntity.name), col(KnowledgeEntity.wikidata)
                ).where(col(KnowledgeEntity.id).in_(linked))
            )
        }
    return found, entities


class _Writer:
    """The lines of one .ann file, numbered per kind as brat numbers them."""

    def __init__(self, counts: Counter[str], dropped: Counter[str], renamed: set[str]) -> None:
        self.lines: list[str] = []
        self.numbers: Counter[str] = Counter()
        self.counts, self.dropped, self.renamed = counts, dropped, renamed

    def next_id(self, kind: str) -> str:
        self.numbers[kind] += 1
        return f"{kind}{self.numbers[kind]}"

    def add(self, kind: str, line: str) -> None:
        self.lines.append(line)
        self.counts[kind] += 1

    def name(self, name: str) -> str:
        safe = brat_name(name)
        if safe != name:
            self.renamed.add(name)
        return safe

    def note(self, target: str, note: str) -> None:
        if note:
            for piece in note.split("\n"):
                self.add("#", f"{self.next_id('#')}\t{NOTE_TYPE} {target}\t{one_line(piece)}")


def _attribute_line(name: str, target: str, value: object) -> str | None:
    """An `A` line body for an event attribute, or None when brat cannot hold it."""
    if brat_name(name) != name or name == REALIS_ATTRIBUTE:
        return None
    if value is True:
        return f"{name} {target}"
    if isinstance(value, int | float | str) and not isinstance(value, bool):
        text = str(value)
        return f"{name} {target} {text}" if text and brat_name(text) == text else None
    return None


def _events(
    writer: _Writer, events: list[EventRecord], t_ids: dict[int, str], unstated_realis: frozenset[int]
) -> None:
    exported = [event for event in events if event.trigger_span_id in t_ids]
    if len(exported) < len(events):
        writer.dropped["events whose trigger span is not accepted"] += len(events) - len(exported)
    e_ids = {event.id: writer.next_id("E") for event in exported}
    attributes: list[str] = []
    for event in exported:
        event_id = e_ids[event.id]
        parts = [f"{writer.name(event.type)}:{t_ids[event.trigger_span_id]}"]
        uses: Counter[str] = Counter()
        for argument in event.arguments:
            if argument.span_id is not None:
                target = t_ids.get(argument.span_id)
            else:
                target = e_ids.get(argument.argument_event_id)  # type: ignore[arg-type]
            if target is None:
                writer.dropped["event arguments that are not exported"] += 1
                continue
            uses[argument.role] += 1
            number = uses[argument.role]
            parts.append(f"{writer.name(argument.role)}{number if number > 1 else ''}:{target}")
        writer.add("E", f"{event_id}\t{' '.join(parts)}")
        if event.id not in unstated_realis or event.realis != Realis.ACTUAL:
            attributes.append(f"{REALIS_ATTRIBUTE} {event_id} {event.realis.capitalize()}")
        for name, value in event.attributes.items():
            if value is False or value is None:
                continue  # an absent binary attribute
            line = _attribute_line(name, event_id, value)
            if line is None:
                writer.dropped["event attributes brat cannot hold (lists, spaces, odd names)"] += 1
            else:
                attributes.append(line)
        writer.note(event_id, event.note)
    for line in attributes:
        writer.add("A", f"{writer.next_id('A')}\t{line}")


def _equivalence_sets(pairs: list[tuple[str, str]], order: dict[str, int]) -> list[list[str]]:
    """Connected groups of T ids, each in document order (union-find over the relation pairs)."""
    parent: dict[str, str] = {}

    def root(item: str) -> str:
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for head, child in pairs:
        parent[root(head)] = root(child)
    groups: dict[str, list[str]] = {}
    for item in sorted(parent, key=order.__getitem__):
        groups.setdefault(root(item), []).append(item)
    return sorted(groups.values(), key=lambda group: order[group[0]])


def _relations(
    writer: _Writer, relations: list[tuple[int, str, int, int, str]], t_ids: dict[int, str]
) -> None:
    order = {t_id: number for number, t_id in enumerate(t_ids.values())}
    equivalences: dict[str, list[tuple[str, str]]] = {}
    for _, type_, head, child, note in relations:
        if head not in t_ids or child not in t_ids:
            writer.dropped["relations whose spans are not exported"] += 1
        elif type_ in EQUIVALENCE_TYPES:
            equivalences.setdefault(type_, []).append((t_ids[head], t_ids[child]))
            if note:
                writer.dropped[f"notes on {type_} relations (brat's * lines take no notes)"] += 1
        else:
            relation_id = writer.next_id("R")
            writer.add("R", f"{relation_id}\t{writer.name(type_)} Arg1:{t_ids[head]} Arg2:{t_ids[child]}")
            writer.note(relation_id, note)
    for type_, pairs in equivalences.items():
        for group in _equivalence_sets(pairs, order):
            writer.add("*", f"*\t{type_} {' '.join(group)}")


def render_ann(
    text: str, annotations: _Annotations, entities: dict[int, tuple], counts: Counter[str],
    dropped: Counter[str], renamed: set[str], unstated_realis: frozenset[int] = frozenset(),
) -> str:  # fmt: skip
    """The .ann file of one document; events in `unstated_realis` (their brat file gave none) get no
    Realis line while they are still Actual."""
    writer = _Writer(counts, dropped, renamed)
    t_ids: dict[int, str] = {}
    for span in annotations.spans:
        t_id = t_ids[span.id] = writer.next_id("T")
        fragments = span.fragments or [[span.start, span.end]]
        offsets = ";".join(f"{start} {end}" for start, end in fragments)
        surface = " ".join(one_line(text[start:end]) for start, end in fragments)
        writer.add("T", f"{t_id}\t{writer.name(span.label)} {offsets}\t{surface}")
    _events(writer, annotations.events, t_ids, unstated_realis)
    _relations(writer, annotations.relations, t_ids)
    for span in annotations.spans:
        if span.entity_id is None:
            continue
        name, wikidata = entities[span.entity_id]
        if wikidata:
            line = f"{writer.next_id('N')}\tReference {t_ids[span.id]} Wikidata:{wikidata}\t{one_line(name)}"
            writer.add("N", line)
        else:
            dropped["entity links to entities without a Wikidata id"] += 1
    for span in annotations.spans:
        writer.note(t_ids[span.id], span.note)
    return "".join(line + "\n" for line in writer.lines)


def _original_name(document: ExportDocument, taken: set[str]) -> str | None:
    """The name a brat import read the document from ("sub/PMID-1"), when it is still safe and free."""
    name = (document.meta or {}).get(BRAT_FILE_KEY)
    if not isinstance(name, str) or document.one_of_layers:
        return None
    parts = name.split("/")
    if any(not part or part in {".", ".."} or _UNSAFE_PART.search(part) for part in parts):
        return None
    if len(name.encode("utf-8")) > MAX_ORIGINAL_BYTES or name.casefold() in taken:
        return None
    taken.add(name.casefold())
    return name


def file_stem(document: ExportDocument, taken: set[str]) -> str:
    """The document's own brat name when it came from a brat corpus, else `NNNN_<title>`: no
    separators, no `..`, bounded length, unique (case-insensitively) in `taken`."""
    original = _original_name(document, taken)
    if original is not None:
        return original
    base = unicodedata.normalize("NFC", document.title or document.source or "")
    if document.one_of_layers:
        base = f"{document.layer}_{base}"  # `--layer all`: a pair of files per layer, named first
    name = _DOTS.sub(".", _UNSAFE.sub("_", base))[:MAX_NAME_CHARS].strip("._-")
    stem = f"{document.id:04d}_{name}" if name else f"{document.id:04d}"
    unique, number = stem, 1
    while unique.casefold() in taken:
        number += 1
        unique = f"{stem}_{number}"
    taken.add(unique.casefold())
    return unique


def _inside(root: Path, name: str) -> Path:
    """`root / name`, refused unless it lies inside the export folder (a brat corpus keeps subfolders)."""
    target = root / name
    if root not in target.resolve().parents or name in {"", ".", ".."}:
        raise CuratorError(f"{target}: refusing to write outside the export folder {root}")
    return target


def _make_folders(root: Path, target: Path, created: list[Path]) -> None:
    """The subfolders `target` needs, remembered so that a failed export removes them again."""
    missing = [folder for folder in target.parents if folder != root and root in folder.parents]
    for folder in reversed(missing):
        if not folder.exists():
            folder.mkdir()
            created.append(folder)


def _batches(documents: Iterable[ExportDocument]) -> Iterable[list[ExportDocument]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, BATCH_DOCUMENTS)):
        yield batch


def write(run: ExportRun) -> None:
    out = run.out
    created = not out.exists()
    out.mkdir(exist_ok=True)
    folders: list[Path] = []
    try:
        _write_into(run, out.resolve(), folders)
    except BaseException:
        for folder in reversed(folders):
            if not any(folder.iterdir()):
                folder.rmdir()
        if created and not any(out.iterdir()):
            out.rmdir()
        raise


def _of_layer(document: ExportDocument, annotations: _Annotations) -> _Annotations:
    """The document's annotations in the layer it gives (`ExportDocument.layer_id`): an event goes with
    its trigger and a relation with its head."""
    spans = [span for span in annotations.spans if span.annotator_id == document.layer_id]
    ids = {span.id for span in spans}
    return _Annotations(
        spans,
        [event for event in annotations.events if event.trigger_span_id in ids],
        [relation for relation in annotations.relations if relation[2] in ids],
    )


def _in_shortened_text(document: ExportDocument, annotations: _Annotations) -> _Annotations:
    """The spans with offsets into the exported text (excluded boilerplate cut out of it)."""
    if not document.cut:
        return annotations
    spans = []
    for span in annotations.spans:
        landed = document.offsets(span.start, span.end)
        fragments = [document.offsets(a, b) for a, b in span.fragments or []]
        if landed is not None and None not in fragments:
            pieces = [list(piece) for piece in fragments if piece is not None] or None
            spans.append(dataclasses.replace(span, start=landed[0], end=landed[1], fragments=pieces))
    return _Annotations(spans, annotations.events, annotations.relations)


def _write_into(run: ExportRun, root: Path, folders: list[Path]) -> None:
    report = run.report
    counts: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    renamed: set[str] = set()
    taken: set[str] = set()
    written: set[str] = set()
    with StagedFiles() as staged:
        for batch in _batches(run.documents()):
            annotations, entities = _read(run.project, [document.id for document in batch])
            for document in batch:
                stem = file_stem(document, taken)
                found = _in_shortened_text(document, _of_layer(document, annotations[document.id]))
                unstated = frozenset((document.meta or {}).get(UNSTATED_REALIS_KEY, ()))
                ann = render_ann(document.text, found, entities, counts, dropped, renamed, unstated)
                for suffix, content in ((".txt", document.text), (".ann", ann)):
                    target = _inside(root, stem + suffix)
                    _make_folders(root, target, folders)
                    # newline="": the offsets count the text's own line ends, never translated ones.
                    with staged.add(target).open("w", encoding="utf-8", newline="") as handle:
                        handle.write(content)
                    report.outputs.append(target)
                    written.add(target.relative_to(root).as_posix())
        conf = _inside(root, "annotation.conf")
        staged.add(conf).write_text(schema_to_annotation_conf(run.project), encoding="utf-8")
        report.outputs.append(conf)
        run.check_cancelled()
        staged.commit()
    report.spans_written = counts["T"]
    run.note_layer_copies("their files are named NNNN_<layer>_<title>")
    report.annotations_written = {kind: counts[kind] for kind in LINE_KINDS if counts[kind]}
    report.notes.extend(f"left out {count} {what}" for what, count in dropped.items() if count)
    if renamed:
        report.notes.append(
            "names with spaces written with underscores (brat fields cannot hold spaces): "
            + ", ".join(sorted(renamed))
        )
    stale = sorted(p.name for p in root.iterdir() if _EXPORTED_NAME.match(p.name) and p.name not in written)
    if stale:
        report.notes.append(
            f"{len(stale)} file(s) from an earlier export are still in the folder (e.g. {stale[0]}); "
            "brat will list them too"
        )


EXPORTER = named_exporter("brat", write)
