"""One project file's annotations as plain rows, and what a layer *is* regardless of its ids.

Ids differ between files, so two layers are compared by content: each span by its position, label,
status and entity key, each event by its trigger and arguments (their targets by position), each
relation by its type and ends. `digest` reduces a layer on a document to a short string; equal strings
mean the same annotations. Both sides of a merge are read by the same code in plain SQL (values as
SQLite stores them), so a JSON column or a time compares as the same text on both sides.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]
Reader = Callable[[str, dict[str, Any]], list[Row]]
LayerKey = tuple[int, int]  # (document id, annotator id) in that side's own ids

EMPTY = hashlib.sha1(b"[[], [], []]").hexdigest()[:16]
"""The digest of a layer with nothing in it, which is what a document has for an annotator never seen."""


def _group(rows: Iterable[Row], *keys: str) -> dict[Any, list[Row]]:
    grouped: dict[Any, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[tuple(row[k] for k in keys) if len(keys) > 1 else row[keys[0]]].append(row)
    return grouped


@dataclass(slots=True)
class Side:
    """Everything of one file a merge compares or copies, except the documents' text (read on demand)."""

    read: Reader
    info: dict[str, str]
    annotators: dict[int, Row]
    labels: dict[int, Row]
    roles: list[Row]
    relation_types: dict[int, Row]
    attributes: list[Row]
    entities: dict[int, Row]
    documents: dict[int, Row]
    spans: dict[int, Row]
    events: dict[int, Row]
    spans_by_layer: dict[LayerKey, list[Row]]
    events_by_layer: dict[LayerKey, list[Row]]
    relations_by_layer: dict[LayerKey, list[Row]]
    arguments_by_event: dict[int, list[Row]]
    by_hash: dict[str, int] = field(default_factory=dict)
    _digests: dict[LayerKey, str] = field(default_factory=dict)

    @classmethod
    def load(cls, read: Reader) -> Side:
        def table(sql: str) -> list[Row]:
            return read(sql, {})

        def by_id(rows: list[Row]) -> dict[int, Row]:
            return {row["id"]: row for row in rows}

        documents = by_id(table(
            "SELECT id, title, title_key, language, source, pub_date, content_hash, status, meta,"
            " created_at, version, changed_by_id, changed_at FROM documents"
        ))  # fmt: skip
        spans = table("SELECT * FROM spans")
        events = table("SELECT * FROM events")
        relations = table("SELECT * FROM relations")
        side = cls(
            read=read,
            info={row["key"]: row["value"] for row in table("SELECT key, value FROM project_info")},
            annotators=by_id(table("SELECT * FROM annotators")),
            labels=by_id(table("SELECT * FROM labels")),
            roles=table("SELECT * FROM event_roles"),
            relation_types=by_id(table("SELECT * FROM relation_types")),
            attributes=table("SELECT * FROM attribute_definitions"),
            entities=by_id(table("SELECT * FROM kb_entities")),
            documents=documents,
            spans=by_id(spans),
            events=by_id(events),
            spans_by_layer=_group(spans, "document_id", "annotator_id"),
            events_by_layer=_group(events, "document_id", "annotator_id"),
            relations_by_layer=_group(relations, "document_id", "annotator_id"),
            arguments_by_event=_group(
                table("SELECT * FROM event_arguments ORDER BY position, id"), "event_id"
            ),
        )
        side.by_hash = {row["content_hash"]: doc_id for doc_id, row in documents.items()}
        return side

    def annotator_name(self, annotator_id: int | None) -> str:
        row = self.annotators.get(annotator_id) if annotator_id is not None else None
        return str(row["name"]) if row is not None else ""

    def layers(self) -> set[LayerKey]:
        """Every (document, annotator) that has at least one span, event or relation."""
        keys = set(self.spans_by_layer) | set(self.events_by_layer) | set(self.relations_by_layer)
        return {key for key in keys if key[1] is not None}

    def layers_of(self, document_id: int) -> list[int]:
        return sorted({annotator for doc, annotator in self.layers() if doc == document_id})

    # --- content ------------------------------------------------------------------------------------

    def span_key(self, span_id: int) -> tuple[Any, ...]:
        span = self.spans[span_id]
        return (span["start"], span["end"], self.labels[span["label_id"]]["name"])

    def _event_target(self, argument: Row) -> list[Any]:
        if argument["span_id"] is not None:
            return ["s", *self.span_key(argument["span_id"])]
        target = self.events[argument["argument_event_id"]]
        return ["e", *self.span_key(target["trigger_span_id"])]

    def content(self, key: LayerKey) -> list[list[Any]]:
        """The layer as sorted plain lists: what makes two layers the same annotations."""
        spans = sorted(
            [
                *self.span_key(span["id"]),
                span["status"],
                span["source"],
                span["note"],
                span["fragments"],
                span["agreed_by"],
                self.entities[span["entity_id"]]["key"] if span["entity_id"] is not None else None,
            ]
            for span in self.spans_by_layer.get(key, [])
        )
        events = sorted(
            [
                *self.span_key(event["trigger_span_id"]),
                event["realis"],
                event["date_iso"],
                event["date_precision"],
                event["date_raw"],
                event["attributes"],
                event["note"],
                event["status"],
                event["agreed_by"],
                sorted(
                    [argument["role"], argument["position"], *self._event_target(argument)]
                    for argument in self.arguments_by_event.get(event["id"], [])
                ),
            ]
            for event in self.events_by_layer.get(key, [])
        )
        relations = sorted(
            [
                self.relation_types[relation["type_id"]]["name"],
                *self.span_key(relation["head_span_id"]),
                *self.span_key(relation["child_span_id"]),
                relation["note"],
            ]
            for relation in self.relations_by_layer.get(key, [])
        )
        return [spans, events, relations]

    def digest(self, key: LayerKey) -> str:
        found = self._digests.get(key)
        if found is None:
            form = json.dumps(self.content(key), ensure_ascii=False, separators=(",", ":"), default=str)
            found = EMPTY if form == "[[],[],[]]" else hashlib.sha1(form.encode()).hexdigest()[:16]
            self._digests[key] = found
        return found

    def last_edit(self, key: LayerKey) -> str:
        """When this layer on this document was last written, as SQLite stores times ("" if never)."""
        times = [
            str(row[column])
            for rows, columns in (
                (self.spans_by_layer.get(key, []), ("created_at", "updated_at")),
                (self.events_by_layer.get(key, []), ("created_at", "updated_at")),
                (self.relations_by_layer.get(key, []), ("created_at",)),
            )
            for row in rows
            for column in columns
            if row[column] is not None
        ]
        logged = self.read(
            "SELECT max(h.created_at) AS at FROM history h JOIN history_documents d ON d.history_id = h.id"
            " WHERE d.document_id = :document AND h.annotator_id = :annotator",
            {"document": key[0], "annotator": key[1]},
        )
        if logged and logged[0]["at"] is not None:
            times.append(str(logged[0]["at"]))
        return max(times, default="")
