"""One change record for every undoable action, and the one pair of functions that redo and undo it.

Every undoable service returns a `Change`: the rows it added, the rows it removed (cascade included),
the columns of rows it updated (before and after), the document statuses it moved and the documents it
touched. `apply` and `revert` replay any of them over one table registry, so undo is the same code for a
span, an event, a merge, a schema edit or a text edit, and the next step (a persisted history, other
annotators, a server) needs to understand only this record. `Change.to_json()` is its stable form.

Rows are plain dicts keyed by column name, captured whole when removed so that undo is exact for every
column, including ones later migrations add. A document's bookkeeping columns (version, last writer,
span count) are never replayed: `refresh_documents` sets them on every document a step touches.

Every non-empty change is appended to the project's history (`history_log`) in the transaction that
made it: by `Recorder.finish` for a step, by the replay for its undo (logged as the inverse it wrote) and
redo; `Change.entries` carries the entry's uid so an undo can point at what it took back.

Undo and redo refuse to act over someone else's later change, in one place (`replay.write_replay`): the
documents must still be at the versions this project's last run of the step left (`left`), an updated row must
still hold the values the step gave it, and a row put back must not clash with one written since.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlmodel import Session

from curator.core.services import history_log
from curator.core.services.change_tables import (
    NEVER_REPLAYED,
    ORDER,
    TABLES,
    Key,
    Row,
    document_of,
    key_of,
    select_rows,
)
from curator.core.services.replay import write_replay
from curator.core.storage.database import Project
from curator.core.storage.versions import BUMPED_KEY

FORMAT = 1
"""Version of `Change.to_json()`; bump it when the JSON form changes incompatibly."""

__all__ = ["TABLES", "Change", "Recorder", "RowUpdate", "StatusChange", "apply", "combine", "revert"]


@dataclass(frozen=True, slots=True)
class RowUpdate:
    """One updated row: its id and, for each column the step changed, the value before and after."""

    table: str
    id: Key
    before: Mapping[str, Any]
    after: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class StatusChange:
    document_id: int
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class Change:
    """What one user action did, exactly enough to undo and redo it.

    `kind` is a stable identifier ("span.add", "suggestion.accept", …) for the history and for views
    that care; `text` is what the Edit menu and the status bar say ("Tag “Bişkek” as LOC")."""

    kind: str
    text: str = ""
    added: tuple[tuple[str, Row], ...] = ()
    removed: tuple[tuple[str, Row], ...] = ()
    updated: tuple[RowUpdate, ...] = ()
    statuses: tuple[StatusChange, ...] = ()
    documents: frozenset[int] = field(default_factory=frozenset)
    versions: Mapping[int, int] = field(default_factory=dict)
    """The version each document was left at by the step's own write: where its first undo starts from,
    also when the step ran in a background job (whose writes the GUI thread's `last_write` never sees)."""
    entries: tuple[str, ...] = field(default=(), compare=False)
    """The uids of the history entries this change was logged as (not part of its JSON form)."""

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.updated or self.statuses)

    def rows(self, table: str, which: str = "added") -> tuple[Row, ...]:
        """The added or removed rows of one table."""
        return tuple(row for name, row in getattr(self, which) if name == table)

    def updates(self, table: str) -> tuple[RowUpdate, ...]:
        return tuple(u for u in self.updated if u.table == table)

    def ids(self, table: str, which: str = "added") -> tuple[int, ...]:
        if which == "updated":
            return tuple(int(u.id) for u in self.updates(table))
        return tuple(row["id"] for row in self.rows(table, which))

    def touches(self, table: str) -> bool:
        return bool(self.rows(table) or self.rows(table, "removed") or self.updates(table))

    @property
    def tables(self) -> frozenset[str]:
        names = {name for name, _ in self.added} | {name for name, _ in self.removed}
        names |= {u.table for u in self.updated}
        if self.statuses:
            names.add("documents")
        return frozenset(names)

    def with_text(self, text: str) -> Change:
        return replace(self, text=text)

    def inverted(self) -> Change:
        """The change that undoes this one, as a forward step: what an undo or a revert did."""
        return Change(
            self.kind, self.text, self.removed, self.added,
            tuple(RowUpdate(u.table, u.id, u.after, u.before) for u in reversed(self.updated)),
            tuple(StatusChange(s.document_id, s.after, s.before) for s in reversed(self.statuses)),
            self.documents, self.versions,
        )  # fmt: skip

    def then(self, later: Change) -> Change:
        """This change followed by `later`, as one step (e.g. a tag that also corrected a suggestion)."""
        return combine(self.kind, self.text, [self, later])

    # --- the stable JSON form -----------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "kind": self.kind,
            "text": self.text,
            "added": [[name, _encode_row(row)] for name, row in self.added],
            "removed": [[name, _encode_row(row)] for name, row in self.removed],
            "updated": [
                {"table": u.table, "id": u.id, "before": _encode_row(u.before), "after": _encode_row(u.after)}
                for u in self.updated
            ],
            "statuses": [[s.document_id, s.before, s.after] for s in self.statuses],
            "documents": sorted(self.documents),
            "versions": {str(document_id): version for document_id, version in sorted(self.versions.items())},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Change:
        if data.get("format") != FORMAT:
            raise ValueError(f"change record format {data.get('format')!r}, expected {FORMAT}")
        return cls(
            kind=data["kind"],
            text=data.get("text", ""),
            added=tuple((name, _decode_row(row)) for name, row in data["added"]),
            removed=tuple((name, _decode_row(row)) for name, row in data["removed"]),
            updated=tuple(
                RowUpdate(u["table"], u["id"], _decode_row(u["before"]), _decode_row(u["after"]))
                for u in data["updated"]
            ),
            statuses=tuple(StatusChange(d, b, a) for d, b, a in data["statuses"]),
            documents=frozenset(data["documents"]),
            versions={int(document_id): version for document_id, version in data["versions"].items()},
        )


def _encode_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, dict):
        return {"$json": value}  # a JSON column's value, kept apart from the tagged values above
    return value


def _decode_value(value: Any) -> Any:
    if isinstance(value, dict):
        if "$datetime" in value:
            return datetime.fromisoformat(value["$datetime"])
        if "$bytes" in value:
            return base64.b64decode(value["$bytes"])
        return value["$json"]
    return value


def _encode_row(row: Row) -> dict[str, Any]:
    return {column: _encode_value(value) for column, value in row.items()}


def _decode_row(row: Mapping[str, Any]) -> dict[str, Any]:
    return {column: _decode_value(value) for column, value in row.items()}


def combine(kind: str, text: str, changes: Sequence[Change]) -> Change:
    """Several changes made in one transaction, one after the other, as one step."""
    return Change(
        kind,
        text,
        tuple(row for c in changes for row in c.added),
        tuple(row for c in changes for row in c.removed),
        tuple(u for c in changes for u in c.updated),
        tuple(s for c in changes for s in c.statuses),
        frozenset().union(*(c.documents for c in changes)),
        {document_id: version for c in changes for document_id, version in c.versions.items()},
        tuple(uid for c in changes for uid in c.entries),
    )


# --- recording what a step does ---------------------------------------------------------------------


class Recorder:
    """Builds the `Change` of one step inside its transaction.

    Tell it what the step is about to remove or update (rows are read before) and what it added
    (rows are read at `finish`, so defaults the database filled in are part of the record)."""

    def __init__(self, session: Session, kind: str, text: str = "") -> None:
        self.session = session
        self.kind = kind
        self.text = text
        self._added: dict[str, set[Key]] = {}
        self._removed: dict[str, dict[Key, dict[str, Any]]] = {}
        self._updating: dict[str, dict[Key, dict[str, Any]]] = {}
        self._statuses: dict[int, list[str]] = {}
        self._documents: set[int] = set()

    def added(self, table: str, ids: Iterable[Key]) -> None:
        self._added.setdefault(table, set()).update(ids)

    def removing(self, table: str, ids: Iterable[Key]) -> None:
        """Call before deleting: the rows are captured whole (skip ones this step added itself)."""
        ids = set(ids)
        fresh = ids - self._added.get(table, set())
        self._added.get(table, set()).difference_update(ids)
        known = self._removed.setdefault(table, {})
        for row in select_rows(self.session, table, fresh - set(known)):
            known[row[key_of(table)]] = self._before(table, row)
            self._note_document(table, row)

    def removing_rows(self, rows: Iterable[tuple[str, Row]]) -> None:
        """Rows already captured (e.g. a cascade read by `snapshots.capture_removal`)."""
        for table, row in rows:
            key = row[key_of(table)]
            if key in self._added.get(table, set()):
                self._added[table].discard(key)
                continue
            known = self._removed.setdefault(table, {})
            if key not in known:
                known[key] = self._before(table, row)
            self._note_document(table, row)

    def _before(self, table: str, row: Row) -> dict[str, Any]:
        """A row this step removes as it was before the step: one it updated first is put back whole."""
        return self._updating.get(table, {}).pop(row[key_of(table)], None) or dict(row)

    def updating(self, table: str, ids: Iterable[Key]) -> None:
        """Call before updating: the rows are read now and again at `finish`; changed columns are kept.

        Updates replay in the order given here (undo in reverse), so a step that must move rows in a
        safe order (spans shifting past each other's unique positions) gets the same order on redo."""
        known = self._updating.setdefault(table, {})
        added = self._added.get(table, set())
        fresh = [key for key in dict.fromkeys(ids) if key not in known and key not in added]
        rows = {row[key_of(table)]: row for row in select_rows(self.session, table, fresh)}
        for key in fresh:
            if key in rows:
                known[key] = rows[key]
                self._note_document(table, rows[key])

    def status(self, document_id: int, before: str, after: str) -> None:
        if before == after:
            return
        entry = self._statuses.setdefault(document_id, [before, after])
        entry[1] = after
        self._documents.add(document_id)

    def touched(self, document_ids: Iterable[int]) -> None:
        self._documents.update(document_ids)

    def _note_document(self, table: str, row: Row) -> None:
        document_id = document_of(table, row)
        if document_id is not None:
            self._documents.add(document_id)

    def finish(self) -> Change:
        added: list[tuple[str, Row]] = []
        for table in ORDER:
            for row in select_rows(self.session, table, self._added.get(table, ())):
                added.append((table, row))
                self._note_document(table, row)
        updated = list(self._updates())  # first: it moves rows updated, then deleted, to the removed
        removed = [(table, row) for table in ORDER for row in self._removed.get(table, {}).values()]
        statuses = tuple(StatusChange(d, b, a) for d, (b, a) in sorted(self._statuses.items()) if b != a)
        change = Change(
            self.kind, self.text, tuple(added), tuple(removed), tuple(updated), statuses,
            frozenset(self._documents), left_versions(self.session),
        )  # fmt: skip
        return logged(self.session, change)

    def _updates(self) -> Iterator[RowUpdate]:
        for table in ORDER:
            before_rows = self._updating.get(table, {})
            after_rows = {row[key_of(table)]: row for row in select_rows(self.session, table, before_rows)}
            skipped = NEVER_REPLAYED.get(table, frozenset())
            for row_id, before in before_rows.items():
                after = after_rows.get(row_id)
                if after is None:  # updated, then deleted by the same step
                    self._removed.setdefault(table, {})[row_id] = before
                    continue
                columns = [c for c in before if c not in skipped and before[c] != after[c]]
                if table == "documents":
                    columns = [c for c in columns if c != "status"]  # statuses are kept apart
                if columns:
                    yield RowUpdate(
                        table, row_id, {c: before[c] for c in columns}, {c: after[c] for c in columns}
                    )


def left_versions(session: Session) -> dict[int, int]:
    """The versions this transaction left its documents at (its bumps, the last one each)."""
    bumped = session.info.get(BUMPED_KEY, {})
    return {document_id: after for document_id, (_, _, after) in bumped.items()}


def logged(
    session: Session, change: Change, *, reverts_id: int | None = None, kind: str | None = None
) -> Change:
    """`change` appended to the history in its own transaction, knowing its entry (empty ones are not)."""
    if not change:
        return change
    _, uid = history_log.append(session, change, kind=kind, reverts_id=reverts_id)
    return replace(change, entries=(uid,))


def log_documents(session: Session, kind: str, text: str, document_ids: Iterable[int]) -> None:
    """An entry for a write that is not undoable (an import): which documents, never their text."""
    ids = frozenset(document_ids)
    if ids:
        history_log.append(session, Change(kind, text, documents=ids), text=text)


# --- replaying a change -----------------------------------------------------------------------------


def apply(project: Project, change: Change, left: Mapping[int, int] | None = None) -> dict[int, int]:
    """Redo `change`; returns the document versions it leaves (for the next undo's check)."""
    return _replay(project, change, left, forward=True)


def revert(project: Project, change: Change, left: Mapping[int, int] | None = None) -> dict[int, int]:
    """Undo `change`; returns the document versions it leaves (for the next redo's check)."""
    return _replay(project, change, left, forward=False)


def _replay(
    project: Project, change: Change, left: Mapping[int, int] | None, *, forward: bool
) -> dict[int, int]:
    consequence = "not redone" if forward else "not undone"
    with project.versions.expecting(left or {}, consequence) as leaves, project.write() as session:
        write_replay(session, change, forward=forward, consequence=consequence)
        _log_replay(session, change, forward=forward)
    return dict(leaves)


def _log_replay(session: Session, change: Change, *, forward: bool) -> None:
    """An undo is logged as the step it wrote (the inverse), pointing at the entry it undid; a redo as
    the change again, pointing at the undo it took back."""
    original = history_log.entry_id_of(session, change.entries[-1]) if change.entries else None
    if forward:
        reverts = history_log.last_undo_of(session, original) if original is not None else None
        step, kind, prefix = change, "redo", "Redo"
    else:
        reverts, step, kind, prefix = original, change.inverted(), "undo", "Undo"
    step = replace(step, versions=left_versions(session))
    if step:
        history_log.append(
            session,
            step,
            kind=kind,
            text=f"{prefix}: {history_log.describe(session, change)}",
            reverts_id=reverts,
        )
