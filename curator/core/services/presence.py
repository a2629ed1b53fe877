"""Who has which document open: each window says so (`here`) when it opens a document and then every
`HEARTBEAT` seconds, and `leave`s when it closes; the documents list asks `open_elsewhere`. A window
that crashed stops its heartbeat, and its row is ignored after `STALE_AFTER`.

Why in the project and not a side file: on a team server the other people are on other machines; the
same table serves windows on one project file. Presence describes windows, not the corpus, so it is
not a user action: no history entry, no document version, no undo step, and merges and copies skip it.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, insert, select
from sqlmodel import col

from curator.core.storage import Project, notifications
from curator.core.storage.models import Annotator, Presence, utcnow

HEARTBEAT = timedelta(seconds=30)
STALE_AFTER = 3 * HEARTBEAT


def here(project: Project, client: str, document_id: int | None) -> None:
    """This window (`client`) shows `document_id` (None: no document) as of now."""
    with project.write() as session:
        session.execute(delete(Presence).where(col(Presence.client) == client))
        session.execute(
            insert(Presence).values(
                client=client, annotator_id=project.annotator_id, document_id=document_id, seen_at=utcnow()
            )
        )
        notifications.notify(session, "presence", [] if document_id is None else [document_id])


def leave(project: Project, client: str) -> None:
    """The window closes (or leaves the project): nobody should see it any longer."""
    with project.write() as session:
        document = session.execute(
            select(col(Presence.document_id)).where(col(Presence.client) == client)
        ).scalar_one_or_none()
        session.execute(delete(Presence).where(col(Presence.client) == client))
        notifications.notify(session, "presence", [] if document is None else [document])


def open_elsewhere(project: Project, client: str) -> dict[int, list[str]]:
    """{document id: names of the people (other windows than `client`) who have it open}, fresh
    heartbeats only; one's own second window counts too, under one's own name. The table holds one row
    per open window, so reading all of it is cheaper than asking about the rows a list shows."""
    cutoff = utcnow() - STALE_AFTER
    found: dict[int, set[str]] = {}
    with project.read() as session:
        rows = session.execute(
            select(col(Presence.document_id), col(Annotator.name))
            .join(Annotator, col(Annotator.id) == col(Presence.annotator_id))
            .where(
                col(Presence.document_id).is_not(None),
                col(Presence.client) != client,
                col(Presence.seen_at) >= cutoff,
            )
        )
        for document_id, name in rows:
            found.setdefault(int(document_id), set()).add(str(name))
    return {document_id: sorted(names) for document_id, names in found.items()}
