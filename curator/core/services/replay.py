"""Writing a change forwards (redo) or backwards (undo) inside one transaction, refusing to act over
someone else's later change: an updated row must still hold what the step left, a removed row must not
be pointed at by someone's new work, a row put back must not clash.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, or_, select, tuple_, update
from sqlmodel import Session

from curator.core.domain import StaleWriteError
from curator.core.services.change_tables import (
    NEVER_REPLAYED,
    ORDER,
    REPLACEABLE,
    TABLES,
    UNVERSIONED,
    Key,
    Row,
    chunks,
    document_of,
    key_of,
    select_rows,
)  # fmt: skip
from curator.core.services.stale import ensure_editable, refresh_documents, refused_on_conflict

if TYPE_CHECKING:
    from curator.core.services.changes import Change, RowUpdate, StatusChange


def write_replay(session: Session, change: Change, *, forward: bool, consequence: str) -> None:
    """The rows of one replay, in an open transaction: deletes (children first), updates, inserts
    (parents first), statuses, then the touched documents' span counts and versions.

    Updates that let go of a row about to be deleted run before the deletes (a mention unlinked from
    the entity it removes), and updates that point at a row being put back run after the inserts (a
    mention linked to the entity it creates). Undo runs the updates and statuses last first, so a
    combined change that updated one row twice (an argument, then the date it brings) undoes in order."""

    ensure_editable(session, *(change.documents - _approval_moves(change)))
    gone, back = (change.removed, change.added) if forward else (change.added, change.removed)
    steps = [_Step.of(u, forward) for u in (change.updated if forward else reversed(change.updated))]
    gone_ids, back_ids = _ids_by_table(gone), _ids_by_table(back)
    early: list[_Step] = []
    middle: list[_Step] = []
    late: list[_Step] = []
    for step in steps:
        if step.points_at(step.expected, gone_ids):
            early.append(step)
        else:
            (late if step.points_at(step.target, back_ids) else middle).append(step)
    # A row someone else wrote since can still clash: a label their new span uses, a span at the same
    # place as one put back. The database says so (IntegrityError); the user reads who changed what.
    with refused_on_conflict(session, change.documents, consequence):
        for step in early:
            step.run(session, consequence)
        for table in reversed(ORDER):
            rows = [row for name, row in gone if name == table]
            if rows:
                _delete(session, table, rows, consequence)
        for step in middle:
            step.run(session, consequence)
        for table in ORDER:
            rows = [dict(row) for name, row in back if name == table]
            if rows:
                _make_room(session, table, rows)
                session.execute(insert(TABLES[table]), rows)
        for step in late:
            step.run(session, consequence)
    for status in change.statuses if forward else reversed(change.statuses):
        _set_status(session, status, forward=forward, consequence=consequence)
    refresh_documents(session, change.documents)


def _ids_by_table(rows: Iterable[tuple[str, Row]]) -> dict[str, set[Key]]:
    ids: dict[str, set[Key]] = {}
    for table, row in rows:
        ids.setdefault(table, set()).add(row[key_of(table)])
    return ids


@dataclass(frozen=True, slots=True)
class _Step:
    """One row update in the direction of the replay: the values it expects and the values it sets."""

    table: str
    id: Key
    expected: Row
    target: Row

    @classmethod
    def of(cls, row_update: RowUpdate, forward: bool) -> _Step:
        before, after = row_update.before, row_update.after
        return cls(row_update.table, row_update.id, *((before, after) if forward else (after, before)))

    def points_at(self, values: Row, ids: Mapping[str, set[Key]]) -> bool:
        """Whether one of `values` is a foreign key to one of `ids` (by table)."""
        columns = TABLES[self.table].c
        return any(
            value in ids.get(key.column.table.name, ())
            for column, value in values.items()
            for key in columns[column].foreign_keys
        )

    def run(self, session: Session, consequence: str) -> None:
        _update(session, self.table, self.id, self.expected, self.target, consequence)


def _refused(what: str, consequence: str) -> StaleWriteError:
    return StaleWriteError(f"{what} was changed elsewhere since — {consequence}")


def _approval_moves(change: Change) -> set[int]:
    """Documents the step approves or takes out of "approved": the one edit an approved document takes
    (undoing an approval, redoing a reopen); its status is checked like any other."""
    return {s.document_id for s in change.statuses if "approved" in (s.before, s.after)}


def _delete(session: Session, table: str, rows: list[Row], consequence: str) -> None:
    if table in REPLACEABLE:
        _make_room(session, table, rows)
        return
    source, key = TABLES[table], key_of(table)
    unchecked = [row for row in rows if table in UNVERSIONED or document_of(table, row) is None]
    _expect_unchanged(session, table, unchecked, consequence)
    for chunk in chunks(sorted({row[key] for row in rows})):
        _refuse_if_referenced(session, table, chunk, consequence)
        result = session.execute(delete(source).where(source.c[key].in_(chunk)))
        if result.rowcount != len(chunk):  # type: ignore[attr-defined]
            raise _refused(f"a row of {table}", consequence)


def _refuse_if_referenced(session: Session, table: str, ids: Sequence[Key], consequence: str) -> None:
    """A row that someone else pointed at since (a mention linked to an entity this step created, in a
    document the step never touched) is not deleted: its ON DELETE SET NULL would unlink their work."""
    for referrer in TABLES.values():
        for key in referrer.foreign_keys:
            if key.column.table.name != table or key.ondelete != "SET NULL":
                continue
            column = key.parent
            if session.execute(select(column).where(column.in_(ids)).limit(1)).first() is not None:
                raise StaleWriteError(
                    f"a row of {referrer.name} points at the {table} row this step removes — {consequence}"
                )


def _expect_unchanged(session: Session, table: str, rows: list[Row], consequence: str) -> None:
    """Rows of no document (schema rows, project settings) and rows written without a version bump
    (`UNVERSIONED`) have no version to check: a row this step
    wrote must still be as it left it, or someone changed it since and taking it back would lose that."""
    if not rows:
        return
    key, skipped = key_of(table), NEVER_REPLAYED.get(table, frozenset())
    current = {row[key]: row for row in select_rows(session, table, [row[key] for row in rows])}
    for row in rows:
        found = current.get(row[key])
        if found is None or any(found[c] != v for c, v in row.items() if c not in skipped):
            raise _refused(f"a row of {table}", consequence)


def _make_room(session: Session, table: str, rows: list[Row]) -> None:
    """Remove the rows of a replaceable table with these ids or at these places, wherever they are."""
    place = REPLACEABLE.get(table)
    if place is None:
        return
    source = TABLES[table]
    for chunk in chunks(rows):
        places = [tuple(row[column] for column in place) for row in chunk]
        session.execute(
            delete(source).where(
                or_(
                    source.c.id.in_([row["id"] for row in chunk]),
                    tuple_(*(source.c[c] for c in place)).in_(places),
                )
            )
        )


def _update(session: Session, table: str, row_id: Key, expected: Row, target: Row, consequence: str) -> None:
    source = TABLES[table]
    key = source.c[key_of(table)]
    condition = [key == row_id] + [
        source.c[column].is_(None) if value is None else source.c[column] == value
        for column, value in expected.items()
        if not isinstance(value, dict | list)  # JSON columns compare in Python below
    ]
    current = session.execute(select(source).where(*condition)).first()
    if current is None or any(current._mapping[c] != v for c, v in expected.items()):
        raise _refused(f"a row of {table}", consequence)
    session.execute(update(source).where(key == row_id).values(**dict(target)))


def _set_status(session: Session, status: StatusChange, *, forward: bool, consequence: str) -> None:
    documents = TABLES["documents"]
    expected, target = (status.before, status.after) if forward else (status.after, status.before)
    result = session.execute(
        update(documents)
        .where(documents.c.id == status.document_id, documents.c.status == expected)
        .values(status=target)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise _refused(f"the status of document {status.document_id}", consequence)
