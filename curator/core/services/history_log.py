"""Appending committed changes to the project's history, in the transaction that made them.

`changes.Recorder.finish` and the undo/redo replay call `append`, so every service is logged without
knowing about the log: one entry per `Change` (every service builds one Recorder per transaction, so
that is one entry per user action; a window step that joins two transactions, like an argument and the
date it brings, is two entries and its undo points at the later one). Empty changes are not logged.

The stored JSON is `Change.to_json()` with one substitution, so the log never holds a document's text
twice: a text edit's before and after of `documents.text` (and `documents.meta`) become the common
prefix and suffix lengths and the two differing middles (`$textdiff`). `expand` turns the stored form
back into the full change given the document's current values, which are the edit's "after" as long
as no later entry rewrote them.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from curator.core.domain import StaleWriteError
from curator.core.storage import notifications
from curator.core.storage.bulk_insert import insert_row, insert_rows
from curator.core.storage.models import Document, HistoryDocument, HistoryEntry, Label, Span, utcnow
from curator.core.storage.versions import ANNOTATOR_KEY

if TYPE_CHECKING:
    from curator.core.services.changes import Change

TEXT_DIFF = "$textdiff"
HISTORY = HistoryEntry.__table__  # type: ignore[attr-defined]
HISTORY_DOCUMENTS = HistoryDocument.__table__  # type: ignore[attr-defined]
_ENTRY_COLUMNS = ("uid", "created_at", "annotator_id", "kind", "text", "change", "reverts_id")


def append(
    session: Session, change: Change, *, kind: str | None = None, text: str | None = None,
    reverts_id: int | None = None,
) -> tuple[int, str]:  # fmt: skip
    """Write one entry for `change`; returns its id and uid."""
    uid = uuid.uuid4().hex
    values = (
        uid, utcnow(), session.info.get(ANNOTATOR_KEY), kind or change.kind,
        text if text is not None else describe(session, change),
        json.dumps(compact(change.to_json()), ensure_ascii=False, separators=(",", ":")), reverts_id,
    )  # fmt: skip
    connection = session.connection()
    entry_id = insert_row(connection, HISTORY, _ENTRY_COLUMNS, values)
    # An import's entry lists 10,000 documents.
    insert_rows(connection, HISTORY_DOCUMENTS, ("history_id", "document_id"), [
        (entry_id, document_id) for document_id in sorted(change.documents)
    ])  # fmt: skip
    notifications.notify(session, "change", change.documents)
    return entry_id, uid


def entry_id_of(session: Session, uid: str) -> int | None:
    found = session.execute(select(col(HistoryEntry.id)).where(col(HistoryEntry.uid) == uid)).scalar()
    return None if found is None else int(found)


def last_undo_of(session: Session, entry_id: int) -> int | None:
    """The newest undo of an entry: what its redo reverts."""
    statement = select(func.max(col(HistoryEntry.id))).where(
        col(HistoryEntry.reverts_id) == entry_id, col(HistoryEntry.kind) == "undo"
    )
    found = session.execute(statement).scalar()
    return None if found is None else int(found)


def documents_after(session: Session, last_id: int) -> list[int]:
    """The documents an import added after `last_id`: what its entry lists."""
    return [
        int(i) for i in session.execute(select(col(Document.id)).where(col(Document.id) > last_id)).scalars()
    ]


def documents_of_run(session: Session, run_id: int) -> list[int]:
    statement = select(col(Document.id)).where(col(Document.import_run_id) == run_id)
    return [int(i) for i in session.execute(statement).scalars()]


# --- the compact stored form -------------------------------------------------------------------------


DIFFED = ("text", "meta")
"""Document columns an update stores as a diff: the text, and the metadata (whose list of text edits
grows by one with every edit, so storing it whole before and after would grow with the session)."""


def _serialized(value: Any) -> str | None:
    """A diffed column's value as one string: the text itself, a JSON column canonically."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and set(value) == {"$json"}:
        return json.dumps(value["$json"], ensure_ascii=False, sort_keys=True)
    return None


def compact(data: dict[str, Any]) -> dict[str, Any]:
    """`Change.to_json()` with each document text or metadata update reduced to what differs."""
    updated = []
    for update in data["updated"]:
        before, after = dict(update["before"]), dict(update["after"])
        for column in DIFFED if update["table"] == "documents" else ():
            old, new = _serialized(before.get(column)), _serialized(after.get(column))
            if old is None or new is None:
                continue
            prefix = _common_prefix(old, new)
            suffix = _common_prefix(old[prefix:][::-1], new[prefix:][::-1])
            before[column] = {TEXT_DIFF: [prefix, suffix, old[prefix : len(old) - suffix]]}
            after[column] = {TEXT_DIFF: [prefix, suffix, new[prefix : len(new) - suffix]]}
        updated.append({**update, "before": before, "after": after})
    return {**data, "updated": updated}


def expand(data: Mapping[str, Any], current: Callable[[int, str], Any]) -> dict[str, Any]:
    """The full `Change.to_json()` form back from `compact`'s, given a document column's current value.

    Refused (StaleWriteError) when the current value no longer holds what the step wrote."""
    updated = []
    for update in data["updated"]:
        before, after = dict(update["before"]), dict(update["after"])
        for column, stored in update["after"].items():
            if not (isinstance(stored, dict) and TEXT_DIFF in stored):
                continue
            value = current(int(update["id"]), column)
            encoded = value if column == "text" else {"$json": value}
            text = _serialized(encoded) or ""
            prefix, suffix, new = stored[TEXT_DIFF]
            if len(text) != prefix + len(new) + suffix or text[prefix : prefix + len(new)] != new:
                raise StaleWriteError(f"the {column} of document {update['id']} was changed since")
            old = text[:prefix] + before[column][TEXT_DIFF][2] + text[len(text) - suffix :]
            before[column] = old if column == "text" else {"$json": json.loads(old)}
            after[column] = encoded
        updated.append({**update, "before": before, "after": after})
    return {**data, "updated": updated}


def without_text(data: Mapping[str, Any]) -> dict[str, Any]:
    """The stored form readable by `Change.from_json` with its text diffs left out: enough to see which
    rows an entry touched, without the documents' current text."""
    updated = [
        {**u, "before": _drop_diff(u["before"]), "after": _drop_diff(u["after"])} for u in data["updated"]
    ]
    return {**data, "updated": updated}


def _drop_diff(values: Mapping[str, Any]) -> dict[str, Any]:
    return {c: v for c, v in values.items() if not (isinstance(v, dict) and TEXT_DIFF in v)}


def _common_prefix(a: str, b: str) -> int:
    limit = min(len(a), len(b))
    low, high = 0, limit
    while low < high:  # bisect on slices: C-speed comparisons for a long text
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


# --- what an entry says ------------------------------------------------------------------------------


def describe(session: Session, change: Change) -> str:
    """The change's own text, or one read from its rows when the service left the wording to the window
    (the window's text comes after the commit; the log is written inside it)."""
    if change.text:
        return change.text
    added, removed = change.rows("spans"), change.rows("spans", "removed")
    if change.kind == "span.add" and len(added) == 1:
        return f"Tag “{_surface(session, added[0])}” as {_label(session, added[0]['label_id'])}"
    if change.kind == "span.delete" and len(removed) == 1:
        return f"Delete “{_surface(session, removed[0])}” ({_label(session, removed[0]['label_id'])})"
    relabels = change.updates("spans")
    if (
        change.kind == "span.relabel"
        and len(relabels) == 1
        and (span := _span_place(session, relabels[0].id))
    ):
        update = relabels[0]
        return (
            f"Relabel “{_surface(session, span)}” {_label(session, update.before['label_id'])}"
            f" → {_label(session, update.after['label_id'])}"
        )
    texts = [u for u in change.updates("documents") if isinstance(u.before.get("text"), str)]
    if change.kind == "text.edit" and len(texts) == 1:
        old, new = texts[0].before["text"], texts[0].after["text"]
        prefix = _common_prefix(old, new)
        suffix = _common_prefix(old[prefix:][::-1], new[prefix:][::-1])
        return (
            f"Edit text “{old[prefix : len(old) - suffix][:40]}” → “{new[prefix : len(new) - suffix][:40]}”"
        )
    counts = [f"{len(change.added)} added"] if change.added else []
    counts += [f"{len(change.removed)} removed"] if change.removed else []
    counts += [f"{len(change.updated)} updated"] if change.updated else []
    counts += [f"status {s.before} → {s.after}" for s in change.statuses[:3]]
    return f"{change.kind.replace('.', ' ').replace('_', ' ').capitalize()} ({', '.join(counts)})"


def _surface(session: Session, span: Mapping[str, Any]) -> str:
    start, end = int(span["start"]), int(span["end"])
    statement = select(func.substr(col(Document.text), start + 1, min(end - start, 60))).where(
        col(Document.id) == span["document_id"]
    )
    return str(session.execute(statement).scalar() or "")


def _label(session: Session, label_id: int) -> str:
    found = session.execute(select(col(Label.name)).where(col(Label.id) == label_id)).scalar()
    return str(found) if found is not None else f"label {label_id}"


def _span_place(session: Session, span_id: int | str) -> dict[str, Any]:
    row = session.execute(
        select(col(Span.document_id), col(Span.start), col(Span.end)).where(col(Span.id) == span_id)
    ).first()
    return {} if row is None else {"document_id": row[0], "start": row[1], "end": row[2]}
