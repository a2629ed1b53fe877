"""Which version of each document this project last saw or left, so that undo, redo and field edits can
refuse to act over someone else's later change (another window, process or the command line).

Every write bumps the version of the documents it touches (`services.stale.bump_documents`) and notes
the version before and after in `session.info`; `Project.write()` hands that to `DocumentVersions` once
the transaction has committed. A document's *chain* is the run of versions this project wrote one after
the other with nobody else writing in between. An undo command remembers the versions its last run left;
it may run again only if those versions are in the current chain and the document is still at the
chain's last version: then everything written since was this project's own (and, the undo stack being
last-in-first-out, already undone).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Row, select
from sqlmodel import Session, col

from curator.core.domain import StaleWriteError
from curator.core.storage.models import Annotator, Document

BUMPED_KEY = "curator_bumped"
"""`session.info` key: {document id: (version before, last writer before, version after)}."""
ANNOTATOR_KEY = "curator_annotator_id"
"""`session.info` key: the writing project's annotator, recorded as the documents' last writer."""

Writer = tuple[int | None, datetime | None]


@dataclass(slots=True)
class _Chain:
    start: int
    last: int
    breaker: Writer | None  # who wrote just before the chain began, unseen by this project
    seen: bool  # the window has seen every version up to `last`


def note_bump(session: Session, document_id: int, before: int, writer: Writer, after: int) -> None:
    """Record one version bump of this transaction (the first `before`, the last `after`)."""
    bumped: dict[int, tuple[int, Writer, int]] = session.info.setdefault(BUMPED_KEY, {})
    first = bumped.get(document_id)
    bumped[document_id] = (first[0], first[1], after) if first else (before, writer, after)


class _ThreadState(threading.local):
    """What belongs to one thread's writes: a background job's commits must never count as the GUI
    thread's last write, nor be checked against an undo that thread is running."""

    def __init__(self) -> None:
        self.expected: dict[int, int] | None = None
        self.refused = ""
        self.collected: dict[int, int] | None = None
        self.last_write: dict[int, int] = {}


class DocumentVersions:
    """Per project: the document chains, and per thread the last write and a pending expectation."""

    def __init__(self) -> None:
        self._chains: dict[int, _Chain] = {}
        self._lock = threading.Lock()
        self._thread = _ThreadState()

    @property
    def last_write(self) -> dict[int, int]:
        """{document id: version} of this thread's last committed write."""
        return self._thread.last_write

    def saw(self, document_id: int, version: int) -> None:
        """The window loaded the document at `version`: a field edit from it may now compare on it."""
        with self._lock:
            chain = self._chains.get(document_id)
            if chain is None or chain.last != version:
                self._chains[document_id] = _Chain(version, version, None, True)
            else:
                chain.seen = True

    def known(self, document_id: int) -> int:
        """The version the window shows, for a compare-and-set; 0 (never a version) when it is stale."""
        chain = self._chains.get(document_id)
        return chain.last if chain is not None and chain.seen else 0

    def last_left(self, document_id: int) -> int | None:
        """The version this project's own last write left the document at (seen or not), so a live
        update can tell its own commits from another window's: None when it never wrote it."""
        chain = self._chains.get(document_id)
        return chain.last if chain is not None else None

    @contextmanager
    def expecting(self, left: Mapping[int, int], refused: str) -> Iterator[dict[int, int]]:
        """Writes inside check first that the documents are still as `left` (the versions an undo
        command's last run left); yields the versions they leave, for the command to keep."""
        state = self._thread
        collected: dict[int, int] = {}
        state.expected, state.refused, state.collected = dict(left), refused, collected
        try:
            yield collected
        finally:
            state.expected = state.collected = None

    def begin(self, session: Session) -> None:
        """Called at the start of each write transaction: run the pending expectation, if any."""
        state = self._thread
        if state.expected:
            self._check(session, state.expected, state.refused)

    def committed(self, session: Session) -> None:
        """Called after a write committed: extend or restart the chains of the documents it bumped."""
        bumped: dict[int, tuple[int, Writer, int]] = session.info.pop(BUMPED_KEY, {})
        state = self._thread
        state.last_write = {document_id: after for document_id, (_, _, after) in bumped.items()}
        if state.collected is not None:
            state.collected.update(state.last_write)
        with self._lock:
            for document_id, (before, writer, after) in bumped.items():
                chain = self._chains.get(document_id)
                if chain is not None and chain.last == before:
                    chain.last = after
                else:
                    self._chains[document_id] = _Chain(after, after, writer, False)

    def _check(self, session: Session, left: Mapping[int, int], refused: str) -> None:
        current = _document_states(session, left)
        for document_id, version in sorted(left.items()):
            row = current.get(document_id)
            if row is None:
                raise StaleWriteError(f"document {document_id} was deleted since — {refused}")
            with self._lock:
                chain = self._chains.get(document_id)
            if row[2] == version or (chain is not None and chain.start <= version <= chain.last == row[2]):
                continue
            if chain is not None and chain.last == row[2] and chain.breaker is not None:
                name, when = _annotator_name(session, chain.breaker[0]), chain.breaker[1]
                raise StaleWriteError(changed_message(row[1], document_id, name, when, refused))
            raise StaleWriteError(changed_message(row[1], document_id, row[3], row[4], refused))


def _document_states(session: Session, document_ids: Iterable[int]) -> dict[int, Row]:
    """Each document's title, version and last writer (name and time), for a check and its message."""
    rows = session.execute(
        select(
            col(Document.id),
            col(Document.title),
            col(Document.version),
            col(Annotator.name),
            col(Document.changed_at),
        )
        .outerjoin(Annotator, col(Annotator.id) == col(Document.changed_by_id))
        .where(col(Document.id).in_(list(document_ids)))
        # On PostgreSQL the checked rows stay locked until the write commits, so nobody's write slips in
        # between the check and this one (READ COMMITTED); SQLite's write lock already covers it.
        .with_for_update(of=Document, key_share=True)
    ).all()
    return {row[0]: row for row in rows}


def _annotator_name(session: Session, annotator_id: int | None) -> str | None:
    if annotator_id is None:
        return None
    return session.execute(
        select(col(Annotator.name)).where(col(Annotator.id) == annotator_id)
    ).scalar_one_or_none()


def changed_message(
    title: str, document_id: int, name: str | None, when: datetime | None, consequence: str
) -> str:
    """“Title” was changed by bob at 14:03 since — not undone (the time in the user's local zone)."""
    what = f"“{title}”" if title else f"document {document_id}"
    by = f" by {name}" if name else ""
    at = f" at {_local_time(when)}" if when is not None else ""
    return f"{what} was changed{by}{at} since — {consequence}"


def _local_time(when: datetime) -> str:
    aware = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    local = aware.astimezone()
    today = datetime.now().astimezone().date()
    return local.strftime("%H:%M" if local.date() == today else "%Y-%m-%d %H:%M")


def expect_versions(session: Session, versions: Mapping[int, int], consequence: str = "reload it") -> None:
    """Compare-and-set: refuse the write unless each document is at the version its caller showed."""
    current = _document_states(session, versions)
    for document_id, version in sorted(versions.items()):
        row = current.get(document_id)
        if row is None:
            raise StaleWriteError(f"document {document_id} was deleted since — {consequence}")
        if row[2] != version:
            raise StaleWriteError(changed_message(row[1], document_id, row[3], row[4], consequence))


def stale_error(session: Session, document_id: int, consequence: str) -> StaleWriteError:
    """The refusal for a document someone else changed: who last wrote it and when."""
    row = session.execute(
        select(col(Document.title), col(Annotator.name), col(Document.changed_at))
        .outerjoin(Annotator, col(Annotator.id) == col(Document.changed_by_id))
        .where(col(Document.id) == document_id)
    ).first()
    if row is None:
        return StaleWriteError(f"document {document_id} was deleted since — {consequence}")
    return StaleWriteError(changed_message(row[0], document_id, row[1], row[2], consequence))
