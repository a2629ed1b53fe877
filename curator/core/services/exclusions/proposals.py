"""Proposing boilerplate: detect it in documents and store the regions no earlier run holds."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, insert, select
from sqlmodel import Session, col

from curator.core.boilerplate import LINE_JOIN, CorpusLines, Proposal, corpus_proposals, detect
from curator.core.services.changes import Change, Recorder
from curator.core.services.exclusions.regions import PROPOSED, READ_BATCH
from curator.core.services.stale import refresh_documents
from curator.core.storage.bulk_insert import insert_rows
from curator.core.storage.database import Project
from curator.core.storage.models import Document, ExclusionRegion, utcnow

REGIONS = ExclusionRegion.__table__  # type: ignore[attr-defined]
MIN_DOCUMENTS = 3  # a line in at least this many documents is proposed as corpus boilerplate
KIND = "boilerplate.propose"

Held = list[tuple[int, int, str]]


@dataclass(frozen=True, slots=True)
class Proposed:
    """What a detection run added, how many of each kind, and its change (to undo it)."""

    region_ids: tuple[int, ...] = ()
    by_kind: dict[str, int] = field(default_factory=dict)
    documents: int = 0
    change: Change = Change(KIND)


def _insert(session: Session, document_id: int, proposals: Iterable[Proposal], held: Held) -> list[int]:
    """Insert the proposals that neither repeat nor overlap a region the document already holds."""
    now = utcnow()
    rows = [
        dict(zip(_REGION_COLUMNS, _row(document_id, proposal, now), strict=True))
        for proposal in _kept(proposals, held)
    ]
    if not rows:
        return []
    return list(session.execute(insert(REGIONS).returning(REGIONS.c.id), rows).scalars())


_REGION_COLUMNS = (
    "document_id", "start", "end", "kind", "status", "rule", "replacement", "annotator_id", "created_at",
    "updated_at",
)  # fmt: skip


def _row(document_id: int, proposal: Proposal, now: datetime) -> tuple:
    """A new region's values in _REGION_COLUMNS' order."""
    return (
        document_id, proposal.start, proposal.end, proposal.kind, PROPOSED, proposal.rule,
        proposal.replacement, None, now, now,
    )  # fmt: skip


def _kept(proposals: Iterable[Proposal], held: Held) -> Iterator[Proposal]:
    """The proposals that neither repeat nor overlap a region in `held` (which grows).

    A line join (applied or not) inside a line does not keep that line from being proposed."""
    for proposal in proposals:
        key = (proposal.start, proposal.end, proposal.kind)
        joins = proposal.kind == LINE_JOIN
        if any(
            (start, end, kind) == key
            or (start < proposal.end and end > proposal.start and (joins or kind != LINE_JOIN))
            for start, end, kind in held
        ):
            continue
        held.append(key)
        yield proposal


def _held(session: Session, document_id: int) -> Held:
    return [
        (int(start), int(end), str(kind))
        for start, end, kind in session.execute(
            select(col(ExclusionRegion.start), col(ExclusionRegion.end), col(ExclusionRegion.kind)).where(
                col(ExclusionRegion.document_id) == document_id
            )
        )
    ]


def propose_in(session: Session, document_ids: Iterable[int], *, new: bool = False) -> list[int]:
    """Detect and store proposals for these documents inside the caller's transaction.

    `new` documents hold no regions yet, so nothing is looked up before inserting (see `propose_new`)."""
    added: list[int] = []
    ids = list(document_ids)
    for chunk in range(0, len(ids), READ_BATCH):
        texts = session.execute(
            select(col(Document.id), col(Document.text)).where(
                col(Document.id).in_(ids[chunk : chunk + READ_BATCH])
            )
        ).all()
        if new:
            propose_new(session, texts)
            continue
        for document_id, text in texts:
            added += _insert(session, document_id, detect(text), _held(session, document_id))
    return added


def propose_new(session: Session, documents: Iterable[tuple[int, str]]) -> None:
    """Detect and store the proposals of documents this transaction added ((id, text) pairs: an import
    has the texts at hand), with one plain executemany: they hold no regions to compare with, and nobody
    needs the new regions' ids."""
    now = utcnow()
    rows = [
        _row(document_id, proposal, now)
        for document_id, text in documents
        for proposal in _kept(detect(text), [])
    ]
    insert_rows(session.connection(), REGIONS, _REGION_COLUMNS, rows)


def last_document_id(session: Session) -> int:
    return int(session.execute(select(func.max(col(Document.id)))).scalar_one() or 0)


def propose_after(session: Session, last_id: int) -> None:
    """Proposals for the documents added after `last_id` (an import), inside its transaction."""
    ids = list(session.execute(select(col(Document.id)).where(col(Document.id) > last_id)).scalars())
    propose_in(session, [int(i) for i in ids if i is not None], new=True)


def _texts(session: Session, document_ids: list[int] | None) -> Iterator[tuple[int, str]]:
    last = 0
    while True:
        statement = select(col(Document.id), col(Document.text)).where(col(Document.id) > last)
        if document_ids is not None:
            statement = statement.where(col(Document.id).in_(document_ids))
        rows = session.execute(statement.order_by(col(Document.id)).limit(READ_BATCH)).all()
        if not rows:
            return
        yield from ((int(i), str(t)) for i, t in rows)
        last = rows[-1][0]


def propose(
    project: Project,
    document_ids: Sequence[int] | None = None,
    *,
    corpus: bool = True,
    min_documents: int = MIN_DOCUMENTS,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Proposed:
    """Detect boilerplate in these documents (default: all) and store the new proposals.

    With `corpus`, lines found in at least `min_documents` documents of the whole project are proposed
    too. Detection reads (the window can keep saving meanwhile); storing is one short transaction.
    Cancelling stores nothing.
    """
    found = _detect(project, document_ids, corpus, min_documents, progress, is_cancelled)
    if found is None:
        return Proposed()
    added: list[int] = []
    kinds: Counter[str] = Counter()
    with project.write() as session:
        record = Recorder(session, KIND)
        for document_id, proposals in found:
            held = _held(session, document_id)
            before = len(held)
            added += _insert(session, document_id, proposals, held)
            kinds.update(kind for _, _, kind in held[before:])
        record.added("exclusion_regions", added)
        change = record.finish()
        refresh_documents(session, change.documents)  # a proposal is part of its document's state
    return Proposed(tuple(added), dict(kinds), len(found), change)


def _detect(
    project: Project,
    document_ids: Sequence[int] | None,
    corpus: bool,
    min_documents: int,
    progress: Callable[[int, int], None] | None,
    is_cancelled: Callable[[], bool] | None,
) -> list[tuple[int, list[Proposal]]] | None:
    """The proposals of each document, read outside any write; None when cancelled."""
    ids = list(document_ids) if document_ids is not None else None
    found: list[tuple[int, list[Proposal]]] = []
    with project.read() as session:
        total = (
            len(ids)
            if ids is not None
            else int(session.execute(select(func.count(col(Document.id)))).scalar_one())
        )
        lines = CorpusLines()
        if corpus:
            for _, text in _texts(session, None):
                lines.add(text)
        for document_id, text in _texts(session, ids):
            if is_cancelled is not None and is_cancelled():
                return None
            proposals = detect(text)
            if corpus:
                proposals += corpus_proposals(text, lines, min_documents)
            found.append((document_id, proposals))
            if progress is not None:
                progress(len(found), total)
    return found
