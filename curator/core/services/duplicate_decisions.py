""" "Keep separate": the user's answer that a group of look-alike documents are different stories.

Two reports of one summit from two agencies can share most of their words and still both deserve
their own annotations. The answer is remembered in each member's meta["distinct_from"] (the ids of the
others), which the duplicate search reads, so the same group is not proposed again; a document that
arrives later and resembles them is a new question and is grouped as usual. Like a merge's
meta["duplicate_of"], it is one reversible write and needs no new table; `changes.revert` undoes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from curator.core.domain import AnnotationError
from curator.core.services.changes import Change, Recorder
from curator.core.services.stale import bump_documents
from curator.core.storage.database import Project
from curator.core.storage.models import Document
from curator.core.text.duplicates import DISTINCT_KEY


@dataclass(frozen=True, slots=True)
class KeptSeparate:
    """Which documents `keep_separate` marked, and its change."""

    document_ids: tuple[int, ...]
    change: Change = Change("duplicates.keep_separate")


def keep_separate(project: Project, document_ids: Sequence[int]) -> KeptSeparate:
    """Record that the documents are not duplicates of one another; one transaction."""
    ids = tuple(dict.fromkeys(document_ids))
    if len(ids) < 2:
        raise AnnotationError("name at least two documents to keep separate")
    with project.write() as session:
        metas: dict[int, dict | None] = {
            int(document_id): meta
            for document_id, meta in session.execute(
                select(col(Document.id), col(Document.meta)).where(col(Document.id).in_(ids))
            )
        }
        missing = [i for i in ids if i not in metas]
        if missing:
            raise AnnotationError(f"no document {', '.join(map(str, missing))}")
        record = Recorder(session, "duplicates.keep_separate")
        record.updating("documents", ids)
        for document_id in ids:
            meta = dict(metas[document_id] or {})
            known = [i for i in meta.get(DISTINCT_KEY, []) if isinstance(i, int)]
            others = sorted({*known, *(i for i in ids if i != document_id)})
            _set_meta(session, document_id, {**meta, DISTINCT_KEY: others})
        return KeptSeparate(ids, record.finish())


def _set_meta(session: Session, document_id: int, meta: dict) -> None:
    bump_documents(session, [document_id], meta=meta)
