"""Reverting one entry of the history, however old, when nothing later depends on it.

A later entry blocks the revert when it touched one of the same rows (added, removed or updated the same
table row), when a row it added or pointed at refers to a row this entry added (an argument on its span,
a relation to it, a mention linked to its entity) and that row is still there, or when it removed a row
a row this entry removed pointed at (putting the span back needs its label); after a text edit, every
later entry in that document blocks (its offsets are into the edited text). The refusal names the
newest such entry, to be reverted first. Status moves are a step's side effect (a first tag moves a
document to "in progress"): they are taken back only while the document is still where the step left
it, except in a step that only moved a status (a review step), where a later status move blocks.

The document-version check of undo cannot apply to an old entry (others wrote since, by definition);
every row check of `replay.write_replay` still does, and rows about to be deleted must still be as the
entry left them and not referred to by any row outside it, so a revert never leaves a dangling
argument or relation. The revert is a new entry (kind "revert") and its `Change` undoes it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace

from sqlalchemy import select
from sqlmodel import Session, col

from curator.core.domain import AnnotationError, CuratorError, StaleWriteError
from curator.core.history_queries import HistoryRecord, history_record
from curator.core.services import history_log
from curator.core.services.change_tables import NEVER_REPLAYED, TABLES, Key, Row, key_of, select_rows
from curator.core.services.changes import Change, StatusChange, left_versions, logged
from curator.core.services.replay import write_replay
from curator.core.services.stale import is_reviewer
from curator.core.storage.database import Project
from curator.core.storage.models import Document, HistoryDocument, HistoryEntry

CONSEQUENCE = "not reverted"
RowKey = tuple[str, Key]


class RevertBlocked(StaleWriteError):
    """A later entry depends on the one to revert; `blocker` is its id."""

    def __init__(self, message: str, blocker: int) -> None:
        super().__init__(message)
        self.blocker = blocker


def entry_change(session: Session, entry_id: int) -> Change:
    """An entry's full `Change`, its text edits expanded against the documents' current values."""
    stored = session.execute(
        select(col(HistoryEntry.change)).where(col(HistoryEntry.id) == entry_id)
    ).scalar()
    if stored is None:
        raise CuratorError(f"history entry #{entry_id} does not exist")
    return Change.from_json(history_log.expand(json.loads(stored), lambda d, c: _column(session, d, c)))


def revert_entry(project: Project, entry_id: int) -> Change:
    """Take back one entry; returns the revert's change (for the undo stack)."""
    with project.write() as session:
        record = history_record(session, entry_id)
        change = entry_change(session, entry_id)
        if record is None or not change:
            raise CuratorError(f"history entry #{entry_id} changed nothing to revert")
        if record.annotator not in (None, project.annotator_name) and not is_reviewer(
            session, project.annotator_id
        ):  # layers are their owners' (ensure_own_layer); a reviewer settles other people's work
            raise AnnotationError(
                f"#{entry_id} “{record.text}” is {record.annotator}'s change; only a reviewer reverts"
                " another annotator's change"
            )
        blocker = _blocker(session, entry_id, change)
        if blocker is not None:
            raise RevertBlocked(
                f"#{entry_id} “{record.text}” cannot be reverted: blocked by {describe_entry(blocker)};"
                " revert that first.",
                blocker.id,
            )
        change = _keep_current_statuses(session, change)
        _expect_as_left(session, change)
        _refuse_dangling(session, change)
        write_replay(session, change, forward=False, consequence=CONSEQUENCE)
        step = replace(
            change.inverted(), kind="revert", text=f"Revert #{entry_id} “{record.text}”",
            versions=left_versions(session),
        )  # fmt: skip
        return logged(session, step, kind="revert", reverts_id=entry_id)


def describe_entry(record: HistoryRecord) -> str:
    """The way a refusal names an entry: "#123 'Tag “Bişkek” as LOC' by bob at 10:42"."""
    who = f" by {record.annotator}" if record.annotator else ""
    return f"#{record.id} '{record.text}'{who} at {record.created_at:%H:%M}"


# --- what depends on what ----------------------------------------------------------------------------


def _row_keys(change: Change) -> set[RowKey]:
    keys = {(table, row[key_of(table)]) for table, row in (*change.added, *change.removed)}
    return keys | {(u.table, u.id) for u in change.updated}


def _status_keys(change: Change) -> set[RowKey]:
    return {("documents.status", s.document_id) for s in change.statuses}


def _references(table: str, row: Row) -> Iterator[RowKey]:
    """The rows a row's foreign keys point at."""
    for key in TABLES[table].foreign_keys:
        value = row.get(key.parent.name)
        if value is not None:
            yield key.column.table.name, value


def _blocker(session: Session, entry_id: int, change: Change) -> HistoryRecord | None:
    own_keys = _row_keys(change) | (_status_keys(change) if not change.tables - {"documents"} else set())
    own_added = {(table, row[key_of(table)]) for table, row in change.added}
    needed = {ref for table, row in change.removed for ref in _references(table, row)}
    # Every later row of a document whose text this entry edited has offsets into the edited text.
    rewritten = {int(u.id) for u in change.updates("documents") if "text" in u.before}
    for later_id in _later_entries(session, entry_id, change.documents):
        later = Change.from_json(history_log.without_text(json.loads(_stored(session, later_id))))
        if rewritten & later.documents:
            return history_record(session, later_id)
        if own_keys & (_row_keys(later) | _status_keys(later)):
            return history_record(session, later_id)
        if needed & {(table, row[key_of(table)]) for table, row in later.removed}:
            return history_record(session, later_id)
        if own_added and _refers_still(session, later, own_added):
            return history_record(session, later_id)
    return None


def _refers_still(session: Session, later: Change, targets: set[RowKey]) -> bool:
    """Whether a row the later change added or repointed refers to one of `targets` and is still there."""
    pointing: list[tuple[str, Row]] = list(later.added)
    pointing += [(u.table, {**u.after, key_of(u.table): u.id}) for u in later.updated]
    for table, row in pointing:
        if targets & set(_references(table, row)) and select_rows(session, table, [row[key_of(table)]]):
            return True
    return False


def _later_entries(session: Session, entry_id: int, documents: Iterable[int]) -> list[int]:
    """Newest first: entries after this one that could depend on it (its documents', and every entry of no
    document, such as a schema edit; an entry of no document itself is compared with every later one).

    A later entry and a later revert or undo of it cancel out (their rows end as they began): neither
    blocks. A redo of such an undo is the step again, and counts."""
    later = select(col(HistoryEntry.id), col(HistoryEntry.reverts_id)).where(col(HistoryEntry.id) > entry_id)
    documents = sorted(documents)
    if documents:
        in_documents = select(col(HistoryDocument.history_id)).where(
            col(HistoryDocument.document_id).in_(documents)
        )
        with_documents = select(col(HistoryDocument.history_id))
        later = later.where(
            col(HistoryEntry.id).in_(in_documents) | col(HistoryEntry.id).not_in(with_documents)
        )
    active: dict[int, None] = {}
    for later_id, reverts_id in session.execute(later.order_by(col(HistoryEntry.id))).all():
        if reverts_id is not None and reverts_id in active:
            del active[reverts_id]
        else:
            active[int(later_id)] = None
    return list(reversed(active))


def _stored(session: Session, entry_id: int) -> str:
    return str(
        session.execute(select(col(HistoryEntry.change)).where(col(HistoryEntry.id) == entry_id)).scalar()
    )


# --- the checks before writing -----------------------------------------------------------------------


def _keep_current_statuses(session: Session, change: Change) -> Change:
    if not change.tables - {"documents"}:
        return change
    kept: list[StatusChange] = [s for s in change.statuses if _status(session, s.document_id) == s.after]
    return replace(change, statuses=tuple(kept))


def _expect_as_left(session: Session, change: Change) -> None:
    """Rows the revert deletes must still hold what the entry wrote (a write the history does not hold,
    such as an import's, may have changed them)."""
    by_table: dict[str, list[Row]] = {}
    for table, row in change.added:
        by_table.setdefault(table, []).append(row)
    for table, rows in by_table.items():
        key, skipped = key_of(table), NEVER_REPLAYED.get(table, frozenset())
        current = {row[key]: row for row in select_rows(session, table, [row[key] for row in rows])}
        for row in rows:
            found = current.get(row[key])
            if found is None or any(found[c] != v for c, v in row.items() if c not in skipped):
                raise StaleWriteError(f"a row of {table} was changed since — {CONSEQUENCE}")


def _refuse_dangling(session: Session, change: Change) -> None:
    """No row outside the entry may point at a row the revert deletes (a cascade would take it along)."""
    deleting: dict[str, set[Key]] = {}
    for table, row in change.added:
        deleting.setdefault(table, set()).add(row[key_of(table)])
    for table, ids in deleting.items():
        for referrer in TABLES.values():
            for key in referrer.foreign_keys:
                if key.column.table.name != table:
                    continue
                own = deleting.get(referrer.name, set())
                referrer_key = referrer.c[key_of(referrer.name)]
                found = session.execute(select(referrer_key).where(key.parent.in_(sorted(ids)))).scalars()
                if any(row_id not in own for row_id in found):
                    raise StaleWriteError(
                        f"a row of {referrer.name} points at a {table} row the revert removes — {CONSEQUENCE}"
                    )


def _status(session: Session, document_id: int) -> str | None:
    found = session.execute(select(col(Document.status)).where(col(Document.id) == document_id)).scalar()
    return None if found is None else str(found)


def _column(session: Session, document_id: int, column: str) -> object:
    found = session.execute(
        select(TABLES["documents"].c[column]).where(col(Document.id) == document_id)
    ).first()
    if found is None:
        raise StaleWriteError(f"document {document_id} is gone — {CONSEQUENCE}")
    return found[0]
