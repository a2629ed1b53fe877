"""`manifest.json`: what an export holds and how it was made, so a data set can be reproduced and cited.

Written by `export_project` after every export of every format (one place, whatever the exporter):
`manifest.json` inside a folder export (spacy, brat), `<file name>.manifest.json` beside a one-file export
(`corpus.jsonl` → `corpus.jsonl.manifest.json`; the whole name, so `events.csv` and `events.jsonl` in
one folder keep apart). It holds:

- `curator_version`, `format`, `created` (UTC, ISO 8601);
- `schema`: the database's Alembic revision and the label schema (entity labels and their kinds, event
  types with their roles, relation types), and `sha256`, the SHA-256 of that object as canonical JSON
  (sorted keys, no spaces): two exports with the same schema hash were made against the same labels;
- `options`: every export option (layer, status, include_untouched, fractions, seed, scheme, ...);
- `documents`: each exported document's id, language, `sha256` of its text as exported (accepted
  boilerplate cut out; then `characters_cut` says how much) and, for a split export, its `split`;
- `splits`: the document ids of each split (spacy), and `labels`: the spans written per label, in all
  and per split (spans the export left out, listed in its report, are not counted).

The manifest is written atomically after the export's own files; an export that fails writes none.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import asdict
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from curator import __version__
from curator.core import queries
from curator.core.exporters.atomic import StagedFiles
from curator.core.exporters.split import SPLITS
from curator.core.queries import ExportDocument, iter_export_documents
from curator.core.storage import Project

if TYPE_CHECKING:
    from curator.core.exporters.base import ExportRun

_ENCODER = json.JSONEncoder(ensure_ascii=False)
MANIFEST_FILE = "manifest.json"
MANIFEST_SUFFIX = ".manifest.json"
_BETWEEN_ENTRIES = "}, {"  # where json's encoder puts one dict of a list after another


def manifest_path(out: Path, target: Literal["file", "directory"]) -> Path:
    """Where the manifest of an export to `out` goes (see the module's docstring)."""
    return out / MANIFEST_FILE if target == "directory" else out.with_name(out.name + MANIFEST_SUFFIX)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ManifestDocuments:
    """The documents an export streamed, noted as they pass (id, language, text hash, label counts);
    a document given once per layer (`--layer all`) is noted once, its spans counted in every copy.

    Kept as tuples and raw digests, not the manifest's dicts and hex strings: an export of 100,000
    documents held about 65 MB of them while it streamed; the dicts are made when the manifest is."""

    def __init__(self) -> None:
        self.entries: dict[int, tuple[str, bytes, int | None]] = {}  # language, SHA-256, characters cut
        self.labels: dict[int, tuple[tuple[str, int], ...]] = {}  # label counts, by label

    def add(self, document: ExportDocument) -> None:
        if document.id not in self.entries:
            digest = hashlib.sha256(document.text.encode("utf-8")).digest()
            self.entries[document.id] = (
                document.language,
                digest,
                document.cut.characters if document.cut else None,
            )
        if document.spans:
            # A plain dict: a Counter per document cost 4 µs of the ~40 a whole JSONL export takes.
            counts = dict(self.labels.get(document.id, ()))
            for _start, _end, label in document.spans:
                counts[label] = counts.get(label, 0) + 1
            self.labels[document.id] = tuple(sorted(counts.items()))

    def entry(self, document_id: int) -> dict:
        """The document's line of the manifest (without its split)."""
        language, digest, characters_cut = self.entries[document_id]
        entry = {"id": document_id, "language": language, "sha256": digest.hex()}
        if characters_cut is not None:
            entry["characters_cut"] = characters_cut
        return entry


def schema_of(project: Project) -> dict:
    """The database revision and label schema, with the SHA-256 of both as canonical JSON."""
    schema = {
        "database_revision": project.schema_revision(),
        "labels": sorted([label.name, label.kind] for label in queries.list_labels(project, kind=None)),
        "event_types": sorted(
            [event.name, [[role.name, sorted(role.allowed_labels), role.repeatable] for role in event.roles]]
            for event in queries.list_event_types(project)
        ),
        "relation_types": sorted(queries.list_relation_types(project)),
    }
    canonical = json.dumps(schema, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return {**schema, "sha256": text_sha256(canonical)}


def build_manifest(run: ExportRun) -> dict:
    """The manifest of a finished run (its documents, the report's left-out spans, the split)."""
    noted = run.manifest
    if not noted.entries and run.total:  # formats that read no documents (entities): the ones they count
        options = run.options
        for document in iter_export_documents(
            run.project,
            status=options.status,
            worked_on_only=not options.include_untouched,
            layer=options.layer_choice,
        ):
            noted.add(document)
    left_out: dict[int, Counter[str]] = {}
    for item in run.report.left_out:
        left_out.setdefault(item.document_id, Counter())[item.label] += 1
    total: Counter[str] = Counter()
    per_split: dict[str, Counter[str]] = {}
    for document_id, pairs in noted.labels.items():
        counted = (Counter(dict(pairs)) - left_out[document_id]).items() if document_id in left_out else pairs
        split = per_split.setdefault(run.split_of.get(document_id, ""), Counter()) if run.split_of else None
        for label, count in counted:
            total[label] += count
            if split is not None:
                split[label] += count
    manifest: dict = {
        # First: an import of the export's folder recognises a manifest by how it starts
        # (`curator.core.importers.sources.is_export_manifest`) and leaves it out.
        "curator_version": __version__,
        "format": run.report.format,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "schema": schema_of(run.project),
        "options": asdict(run.options),
        "document_count": len(noted.entries),
        "labels": dict(sorted(total.items())),
    }
    documents = {document_id: noted.entry(document_id) for document_id in sorted(noted.entries)}
    if run.split_of:
        splits: dict[str, list[int]] = {}
        for document_id in sorted(run.split_of):
            name = run.split_of[document_id]
            splits.setdefault(name, []).append(document_id)
            documents[document_id]["split"] = name
        manifest["splits"] = {
            name: {"documents": ids, "labels": dict(sorted(per_split.get(name, Counter()).items()))}
            for name, ids in sorted(splits.items(), key=lambda item: SPLITS.index(item[0]))
        }
    manifest["documents"] = list(documents.values())
    return manifest


def manifest_text(manifest: dict) -> str:
    """The manifest as JSON, one top-level key and one document a line: readable and diffable, and
    written by json's C encoder (an indented dump of 10,000 documents takes the slow pure-Python one)."""
    dumps = partial(json.dumps, ensure_ascii=False)
    lines = []
    for key, value in manifest.items():
        body = _documents_text(value) if key == "documents" else dumps(value)
        lines.append(f" {dumps(key)}: {body}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _documents_text(documents: list[dict]) -> str:
    """The documents' entries, one a line: the whole list encoded in one call of json's C encoder, then
    broken into lines where one entry ends and the next begins ("}, {"; 4 µs a line → 1). An entry
    whose strings hold "}, {" themselves is told apart by the count, and then each is encoded alone."""
    if not documents:
        return "[]"
    encode = _ENCODER.encode  # what `json.dumps` makes anew for every call, made once
    inline = encode(documents)
    if inline.count(_BETWEEN_ENTRIES) == len(documents) - 1:
        return "[\n  " + inline[1:-1].replace(_BETWEEN_ENTRIES, "},\n  {") + "\n ]"
    return "[\n" + ",\n".join([f"  {encode(entry)}" for entry in documents]) + "\n ]"


def write_manifest(run: ExportRun, target: Literal["file", "directory"]) -> Path:
    """Write the run's manifest beside its output, atomically; the report lists it among the outputs."""
    path = manifest_path(run.out, target)
    text = manifest_text(build_manifest(run))
    with StagedFiles() as staged:
        staged.add(path).write_text(text, encoding="utf-8")
        staged.commit()
    run.report.manifest = path
    return path
