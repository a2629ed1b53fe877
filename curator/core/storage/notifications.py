"""Live updates on a team server: PostgreSQL `LISTEN/NOTIFY` tells every open window which documents
someone's committed action touched, so they refresh at once instead of at their next poll.

Why in the transaction that writes the history entry: `pg_notify` is delivered only when that transaction
commits, and not at all when it rolls back, so a notice is never about a change that did not happen. The
payload carries the document ids (PostgreSQL limits a payload to 8000 bytes: a change touching more
documents sends `null`, "look at everything you show"). A project file has no such channel: its windows
poll `PRAGMA data_version` (curator.ui.live_updates) and this module does nothing there.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

CHANNEL = "curator_changes"
PAYLOAD_LIMIT = 7900  # bytes; PostgreSQL refuses 8000 and more


@dataclass(frozen=True, slots=True)
class Notice:
    """One committed change: its kind ("change", "presence") and the documents it touched (None: many)."""

    kind: str
    document_ids: frozenset[int] | None


def payload(kind: str, document_ids: Collection[int]) -> str:
    body = json.dumps({"k": kind, "d": sorted(document_ids)}, separators=(",", ":"))
    if len(body.encode()) > PAYLOAD_LIMIT:
        body = json.dumps({"k": kind, "d": None}, separators=(",", ":"))
    return body


def parse(body: str) -> Notice:
    try:
        value = json.loads(body)
        ids = value.get("d")
        return Notice(str(value.get("k", "change")), None if ids is None else frozenset(int(i) for i in ids))
    except (ValueError, TypeError, AttributeError):  # another program's notice on our channel
        return Notice("change", None)


def notify(session: Session, kind: str, document_ids: Collection[int]) -> None:
    """Announce this transaction's change to every listening window, delivered when it commits."""
    if session.get_bind().dialect.name != "postgresql":
        return
    body = payload(kind, document_ids)
    session.execute(text("SELECT pg_notify(:channel, :body)"), {"channel": CHANNEL, "body": body})


class Listener:
    """A connection of its own that LISTENs (autocommit: a notice arrives between transactions only).

    `wait` blocks for at most `timeout` seconds; a dropped connection raises the driver's error, and
    the caller (a background thread of the window) reconnects with a new Listener."""

    def __init__(self, raw_connection: Any) -> None:
        self._raw = raw_connection  # SQLAlchemy's wrapper: closing it closes the driver's connection
        self._connection = raw_connection.driver_connection
        self._connection.autocommit = True
        self._connection.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> list[Notice]:
        found = [parse(notice.payload) for notice in self._connection.notifies(timeout=timeout, stop_after=1)]
        found += [parse(notice.payload) for notice in self._connection.notifies(timeout=0)]  # the rest queued
        return found

    def close(self) -> None:
        self._raw.close()
