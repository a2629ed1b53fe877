"""The one check every undo, redo and compare-and-set write makes before it acts, and the one place that
bumps a document's version and records who wrote it.

Undo commands keep the document versions their last run left (`Project.versions.last_write` after the
first run, what `expecting()` yields after each later one) and run their service calls inside
`project.versions.expecting(left, ...)`: each write then checks, inside its own transaction, that nobody
else changed those documents since, and raises `StaleWriteError` naming who did and when. Field edits
pass the version their caller showed (`Project.versions.known()`) to `expect_versions`.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import and_, case, select, update
from sqlmodel import Session

from curator.core.storage.models import Document, utcnow
from curator.core.storage.versions import ANNOTATOR_KEY, expect_versions, note_bump

__all__ = ["bump_documents", "expect_versions"]


def bump_documents(session: Session, document_ids: Iterable[int], **values: object) -> None:
    """Set `values`, bump the version and record this project's annotator as the last writer, on every
    document in one statement; the versions before and after go to `session.info` for the chains.

    `changed_at` is when the last writer took the document over (their first write after someone else's),
    so a refusal names the moment the other person's changes began; it also keeps an undo that returns
    the document to its earlier state exact in every column but the version."""
    ids = sorted(set(document_ids))
    writer = session.info.get(ANNOTATOR_KEY)
    same_run = and_(Document.changed_by_id.is_(writer), Document.changed_at.is_not(None))
    if not ids:
        return
    before = {
        row[0]: (row[1], (row[2], row[3]))
        for row in session.execute(
            select(Document.id, Document.version, Document.changed_by_id, Document.changed_at).where(
                Document.id.in_(ids)
            )
        )
    }
    session.execute(
        update(Document)
        .where(Document.id.in_(ids))
        .values(
            **values,
            version=Document.version + 1,
            changed_by_id=writer,
            changed_at=case((same_run, Document.changed_at), else_=utcnow()),
        )
    )
    for document_id, (version, previous_writer) in before.items():
        note_bump(session, document_id, version, previous_writer, version + 1)
