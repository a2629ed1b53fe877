"""Writing the other file's rows into this project, inside the merge's one transaction.

Every row is mapped by name, never by id: annotators by name, labels / event types / relation types /
attributes by name, roles by (event type, name), knowledge-base entities by key, documents by content
hash. What this project lacks is added (and counted). Rows are inserted in bulk with ids known before
they are written (so a span's new id goes into its events): in a file past the table's AUTOINCREMENT
high-water mark, on a server drawn from the table's sequence, which everyone else's inserts draw from too.
Values come in the form `reading` gives (times and JSON as text), which a server casts to its types.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, text
from sqlmodel import Session

from curator.core.services.project_merge.reading import is_time, stored_time
from curator.core.services.project_merge.sides import LayerKey, Row, Side
from curator.core.storage import models
from curator.core.storage.driver import sqlite_connection

CHUNK = 500
IDS_AT_ONCE = 200  # ids a server's sequence hands out per round trip


class Writer:
    """Our session, our rows as they were when the merge began, and the mapping of theirs onto them."""

    def __init__(self, session: Session, ours: Side, theirs: Side) -> None:
        self.session = session
        self._server = session.connection().dialect.name != "sqlite"
        self._raw = None if self._server else sqlite_connection(session.connection())
        self._reserved: dict[str, list[int]] = {}
        self._read = ours.read
        self.ours = ours
        self.theirs = theirs
        self.counts: Counter[str] = Counter()
        self.schema_added: list[str] = []
        self._columns: dict[str, list[str]] = {}
        self._next: dict[str, int] = {}
        self.annotators = {str(row["name"]): row_id for row_id, row in ours.annotators.items()}
        self.labels = {str(row["name"]): row_id for row_id, row in ours.labels.items()}
        self.relation_types = {str(row["name"]): row_id for row_id, row in ours.relation_types.items()}
        self.entities = {str(row["key"]): row_id for row_id, row in ours.entities.items()}
        self.documents: dict[int, int] = {}  # their document id -> ours
        self.skipped_arguments = 0
        self.skipped_events = 0
        # Corpus-event memberships of events a taken layer replaces, by the mention they hold (document,
        # layer, trigger offsets and label): the new copy of the same mention goes back into its group.
        self.held_members: dict[tuple[int, int | None, int, int, int], tuple[int, float | None]] = {}
        self.regrouped = 0

    # --- plain SQL ----------------------------------------------------------------------------------

    def read(self, sql: str, params: dict[str, Any] | None = None) -> list[Row]:
        return self._read(sql, params or {})

    def columns(self, table: str) -> list[str]:
        """The table's columns at this Curator's schema, which both sides have (an older file is read
        from an upgraded copy, a server of another schema is refused)."""
        if table not in self._columns:
            self._columns[table] = [column.name for column in models.SQLModel.metadata.tables[table].columns]
        return self._columns[table]

    def new_id(self, table: str) -> int:
        """The next id of `table`, past every id it ever gave (AUTOINCREMENT never reuses one)."""
        if self._server:
            return self._drawn_id(table)
        if table not in self._next:
            found = self.read(
                f"SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = :table), 0),"
                f" coalesce((SELECT max(id) FROM {table}), 0)) AS top",
                {"table": table},
            )
            self._next[table] = int(found[0]["top"]) + 1
        value = self._next[table]
        self._next[table] = value + 1
        return value

    def _drawn_id(self, table: str) -> int:
        """An id from the server's sequence of `table`, a block of them per round trip (the rest of the
        block, like the ids of a merge that rolls back or a dry run, stay unused: PostgreSQL never takes
        a drawn id back, and ids are never reused anyway)."""
        pool = self._reserved.setdefault(table, [])
        if not pool:
            drawn = self.session.execute(
                text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
                {"t": table, "n": IDS_AT_ONCE},
            )
            pool.extend(sorted((int(row[0]) for row in drawn), reverse=True))
        return pool.pop()

    def insert(self, table: str, rows: list[Row]) -> None:
        if not rows:
            return
        names = [name for name in self.columns(table) if name in rows[0]]
        quoted = ", ".join(f'"{name}"' for name in names)
        values = ", ".join(self._placeholder(table, name) for name in names)
        statement = f"INSERT INTO {table} ({quoted}) VALUES ({values})"
        self.execute_many(statement, [{n: self._value(table, n, r[n]) for n in names} for r in rows])
        self.counts[table] += len(rows)

    def execute_many(self, statement: str, params: list[dict[str, Any]]) -> None:
        """A statement once per parameter set: straight on sqlite3 in a file, through the session on a
        server."""
        if self._raw is not None:
            self._raw.executemany(statement, params)
        else:
            self.session.execute(text(statement), params)

    def _placeholder(self, table: str, name: str) -> str:
        """`:name`, which a server casts from text where the column is JSON or a time."""
        if self._server:
            column = models.SQLModel.metadata.tables[table].c[name]
            if isinstance(column.type, JSON):
                return f"CAST(:{name} AS JSON)"
            if is_time(column):
                return f"CAST(:{name} AS TIMESTAMP)"
        return f":{name}"

    def _value(self, table: str, name: str, value: Any) -> Any:
        """A file's 0/1 is a server's boolean."""
        if self._server and value is not None:
            if isinstance(models.SQLModel.metadata.tables[table].c[name].type, Boolean):
                return bool(value)
        return value

    def copy_of(self, table: str, row: Row, **values: Any) -> Row:
        """Their row with our columns only, the given values replacing theirs, and a new id."""
        copied = {name: row[name] for name in self.columns(table) if name in row}
        copied.update(values)
        if "id" in self.columns(table) and "id" not in values:
            copied["id"] = self.new_id(table)
        return copied

    # --- names --------------------------------------------------------------------------------------

    def annotator(self, name: str, role: str = "annotator") -> int:
        found = self.annotators.get(name)
        if found is None:
            found = self.new_id("annotators")
            self.insert("annotators", [{"id": found, "name": name, "role": role,
                                        "created_at": _now()}])  # fmt: skip
            self.annotators[name] = found
        return found

    def their_annotator(self, their_id: int | None, name: str | None = None) -> int | None:
        if their_id is None:
            return None
        row = self.theirs.annotators.get(their_id)
        if row is None:
            return None
        return self.annotator(name or str(row["name"]), str(row["role"]))

    def map_schema(self) -> None:
        """Add every label, event role, relation type and attribute of theirs that we lack, by name."""
        for row in sorted(self.theirs.labels.values(), key=lambda r: (r["position"], r["id"])):
            name = str(row["name"])
            if name not in self.labels:
                copied = self.copy_of("labels", row)
                self.insert("labels", [copied])
                self.labels[name] = copied["id"]
                self.schema_added.append(f"{'event type' if row['kind'] == 'event' else 'label'} {name}")
        have = {(self.ours.labels[r["label_id"]]["name"], r["name"]) for r in self.ours.roles}
        for row in self.theirs.roles:
            event_type = str(self.theirs.labels[row["label_id"]]["name"])
            if (event_type, row["name"]) not in have:
                self.insert(
                    "event_roles", [self.copy_of("event_roles", row, label_id=self.labels[event_type])]
                )
                self.schema_added.append(f"role {event_type}.{row['name']}")
        for row in self.theirs.relation_types.values():
            if row["name"] not in self.relation_types:
                copied = self.copy_of("relation_types", row)
                self.insert("relation_types", [copied])
                self.relation_types[str(row["name"])] = copied["id"]
                self.schema_added.append(f"relation type {row['name']}")
        have_attributes = {row["name"] for row in self.ours.attributes}
        for row in self.theirs.attributes:
            if row["name"] not in have_attributes:
                self.insert("attribute_definitions", [self.copy_of("attribute_definitions", row)])
                self.schema_added.append(f"attribute {row['name']}")

    def entity(self, their_id: int | None) -> int | None:
        if their_id is None:
            return None
        row = self.theirs.entities[their_id]
        found = self.entities.get(str(row["key"]))
        if found is None:
            copied = self.copy_of("kb_entities", row)
            self.insert("kb_entities", [copied])
            found = self.entities[str(row["key"])] = copied["id"]
        return found

    # --- documents and layers -----------------------------------------------------------------------

    def add_documents(self, their_ids: list[int]) -> None:
        """Their documents we lack, whole (text and metadata); span counts are recounted afterwards."""
        for start in range(0, len(their_ids), CHUNK):
            chunk = their_ids[start : start + CHUNK]
            marks = ", ".join(f":d{i}" for i in range(len(chunk)))
            rows = self.theirs.read(
                f"SELECT * FROM documents WHERE id IN ({marks})", {f"d{i}": d for i, d in enumerate(chunk)}
            )
            copies = []
            for row in rows:
                copied = self.copy_of(
                    "documents", row, import_run_id=None, span_count=0,
                    changed_by_id=self.their_annotator(row["changed_by_id"]),
                )  # fmt: skip
                self.documents[row["id"]] = copied["id"]
                copies.append(copied)
            self.insert("documents", copies)

    def clear_layers(self, layers: Iterable[tuple[int, int]]) -> None:
        """Remove our annotations of these (document, annotator) layers; their events' arguments and
        relations go with their spans (foreign-key cascades)."""
        params = [{"d": document, "a": annotator} for document, annotator in layers]
        if not params:
            return
        self._hold_members(params)
        for table in ("relations", "events", "spans"):
            self.execute_many(f"DELETE FROM {table} WHERE document_id = :d AND annotator_id = :a", params)

    def _hold_members(self, params: list[dict[str, Any]]) -> None:
        """Remember which corpus event each event about to be cleared is in (the delete cascades to the
        membership, and a reviewer's confirmed group must not lose a report to an annotator's merge)."""
        for layer in params:
            for row in self.read(
                'SELECT m.group_id, m.score, s.start, s."end", s.label_id FROM event_group_members m'
                " JOIN events e ON e.id = m.event_id JOIN spans s ON s.id = e.trigger_span_id"
                " WHERE e.document_id = :d AND e.annotator_id = :a",
                layer,
            ):
                key = (layer["d"], layer["a"], row["start"], row["end"], row["label_id"])
                self.held_members[key] = (int(row["group_id"]), row["score"])

    def _regroup(self, events: list[Row], spans: dict[int, Row]) -> None:
        """Put each copied event whose mention a cleared event held back into that event's group."""
        members: list[Row] = []
        for event in events:
            trigger = spans[event["trigger_span_id"]]
            key = (event["document_id"], event["annotator_id"], trigger["start"], trigger["end"],
                   trigger["label_id"])  # fmt: skip
            held = self.held_members.pop(key, None)
            if held is not None:
                group, score = held
                members.append({"id": self.new_id("event_group_members"), "group_id": group,
                                "event_id": event["id"], "score": score})  # fmt: skip
        self.insert("event_group_members", members)
        self.regrouped += len(members)

    @property
    def ungrouped(self) -> int:
        """Group memberships lost: the mention was changed or removed in the layer that was taken."""
        return len(self.held_members)

    def copy_layers(self, layers: Iterable[tuple[LayerKey, int, int]]) -> None:
        """Insert their layer (document, annotator) as our (document, annotator), for each triple."""
        spans: list[Row] = []
        events: list[Row] = []
        arguments: list[Row] = []
        relations: list[Row] = []
        span_ids: dict[int, int] = {}
        event_ids: dict[int, int] = {}
        pending: list[tuple[Row, int]] = []
        for key, document, annotator in layers:
            for row in self.theirs.spans_by_layer.get(key, []):
                copied = self.copy_of(
                    "spans", row, document_id=document, annotator_id=annotator,
                    label_id=self.labels[self.theirs.labels[row["label_id"]]["name"]],
                    entity_id=self.entity(row["entity_id"]),
                )  # fmt: skip
                span_ids[row["id"]] = copied["id"]
                spans.append(copied)
            for row in self.theirs.events_by_layer.get(key, []):
                copied = self.copy_of("events", row, document_id=document, annotator_id=annotator)
                event_ids[row["id"]] = copied["id"]
                events.append(copied)
                pending.append((row, document))
            for row in self.theirs.relations_by_layer.get(key, []):
                kind = self.relation_types[self.theirs.relation_types[row["type_id"]]["name"]]
                relations.append(
                    self.copy_of("relations", row, document_id=document, annotator_id=annotator, type_id=kind)
                )
        for event in events:
            event["trigger_span_id"] = span_ids.get(event["trigger_span_id"])
        events = [event for event in events if event["trigger_span_id"] is not None]
        kept = {event["id"] for event in events}
        self.skipped_events += len(pending) - len(events)
        for row, document in pending:
            if event_ids[row["id"]] not in kept:
                continue
            for argument in self.theirs.arguments_by_event.get(row["id"], []):
                span = self._span(argument["span_id"], span_ids, document)
                target = (
                    event_ids.get(argument["argument_event_id"]) if argument["argument_event_id"] else None
                )
                target = target if target in kept else None
                if span is None and target is None:
                    self.skipped_arguments += 1
                    continue
                arguments.append(self.copy_of("event_arguments", argument, event_id=event_ids[row["id"]],
                                              span_id=span, argument_event_id=target))  # fmt: skip
        kept_relations = []
        for relation in relations:
            relation["head_span_id"] = span_ids.get(relation["head_span_id"])
            relation["child_span_id"] = span_ids.get(relation["child_span_id"])
            if relation["head_span_id"] is not None and relation["child_span_id"] is not None:
                kept_relations.append(relation)
        self.insert("spans", spans)
        self.insert("events", events)
        self.insert("event_arguments", arguments)
        self.insert("relations", kept_relations)
        self._regroup(events, {span["id"]: span for span in spans})

    def _span(self, their_span: int | None, copied: dict[int, int], document: int) -> int | None:
        """Our id of the span an argument points at: one copied now, else the same span (position,
        label, layer name) already here; None when we have no such span."""
        if their_span is None:
            return None
        if their_span in copied:
            return copied[their_span]
        row = self.theirs.spans[their_span]
        annotator = self.annotators.get(self.theirs.annotator_name(row["annotator_id"]))
        layer = "annotator_id IS NULL" if annotator is None else "annotator_id = :a"
        found = self.read(
            f'SELECT id FROM spans WHERE document_id = :d AND {layer} AND start = :s AND "end" = :e'
            " AND label_id = :l",
            {"d": document, "a": annotator, "s": row["start"], "e": row["end"],
             "l": self.labels[self.theirs.labels[row["label_id"]]["name"]]},
        )  # fmt: skip
        return int(found[0]["id"]) if found else None


def _now() -> str:
    return str(stored_time(datetime.now(UTC)))
