"""The one check every undo, redo and compare-and-set write makes before it acts, and the one place that
bumps a document's version and records who wrote it.

An undo command keeps the document versions its last run left (`Change.versions` after the action,
what `changes.apply`/`revert` return after each replay), and the replay runs inside
`project.versions.expecting(left, ...)`: it then checks, inside its own transaction, that nobody else
changed those documents since, and raises `StaleWriteError` naming who did and when. Field edits
pass the version their caller showed (`Project.versions.known()`) to `expect_versions`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, select, true, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from curator.core.domain import GOLD_LAYER, AnnotationError, AnnotatorRole, DocumentStatus, StaleWriteError
from curator.core.storage.models import (
    Annotator,
    Document,
    Event,
    EventArgument,
    Label,
    Relation,
    RelationType,
    Span,
    utcnow,
)
from curator.core.storage.sort_keys import natural_sort_key
from curator.core.storage.versions import ANNOTATOR_KEY, expect_versions, note_bump, stale_error

__all__ = [
    "ROLE_ENVIRONMENT", "bump_documents", "ensure_own_layer", "expect_fields", "expect_shown",
    "expect_versions", "refused_on_conflict", "stale_error",
]  # fmt: skip


def expect_shown(session: Session, document_id: int, shown_version: int | None) -> None:
    """A field edit compares and sets on the version its caller showed (None: the caller showed nothing,
    e.g. the command line, and the write goes through as before)."""
    if shown_version is not None:
        expect_versions(session, {document_id: shown_version})


@contextmanager
def refused_on_conflict(session: Session, document_ids: Iterable[int], consequence: str) -> Iterator[None]:
    """Rows put back by an undo clash with what someone did since (the same span tagged again, a span
    they deleted that an argument pointed at): refuse with their name instead of an IntegrityError."""
    try:
        with session.begin_nested():
            yield
    except IntegrityError as error:
        first = min(set(document_ids), default=None)
        if first is None:
            raise StaleWriteError(f"what this step needs was changed since — {consequence}") from error
        raise stale_error(session, first, consequence) from error


def bump_documents(session: Session, document_ids: Iterable[int], **values: object) -> None:
    """Set `values`, bump the version and record this project's annotator as the last writer, on every
    document in one statement; the versions before and after go to `session.info` for the chains.

    `changed_at` is when the last writer took the document over (their first write after someone else's),
    so a refusal names the moment the other person's changes began; it also keeps an undo that returns
    the document to its earlier state exact in every column but the version."""
    ids = sorted(set(document_ids))
    writer = session.info.get(ANNOTATOR_KEY)
    if "title" in values:
        values["title_key"] = natural_sort_key(str(values["title"] or ""))
    same_run = and_(
        col(Document.changed_by_id).is_not_distinct_from(writer), col(Document.changed_at).is_not(None)
    )
    if not ids:
        return
    before = {
        row[0]: (row[1], (row[2], row[3]))
        for row in session.execute(
            select(
                col(Document.id), col(Document.version), col(Document.changed_by_id), col(Document.changed_at)
            )
            .where(col(Document.id).in_(ids))
            # PostgreSQL: the read and its bump are one step (SQLite: no-op). FOR NO KEY UPDATE, because the
            # foreign-key checks of the rows this write inserted hold FOR KEY SHARE on the same document:
            # FOR UPDATE made two writers of one document deadlock (benchmarks/server_load.py: 41 of them in
            # 10 x 500 edits, each costing PostgreSQL's 1 s deadlock_timeout; none with this).
            .with_for_update(key_share=True)
        )
    }
    session.execute(
        update(Document)
        .where(col(Document.id).in_(ids))
        .values(
            **values,
            version=col(Document.version) + 1,
            changed_by_id=writer,
            changed_at=case((same_run, col(Document.changed_at)), else_=utcnow()),
        )
    )
    for document_id, (version, previous_writer) in before.items():
        note_bump(session, document_id, version, previous_writer, version + 1)


def expect_fields(what: str, current: Mapping[str, object], expected: Mapping[str, object] | None) -> None:
    """Compare-and-set for schema rows (labels, roles, attributes), which name no writer: refuse when any
    field the caller showed (or an undo left) is no longer what it was."""
    if expected is None:
        return
    changed = sorted(name for name, value in expected.items() if current.get(name) != value)
    if changed:
        raise StaleWriteError(f"{what} was changed elsewhere since ({', '.join(changed)}) — left as it is")


def ensure_editable(session: Session, *document_ids: int) -> None:
    """Refuse (AnnotationError) when one of the documents is approved; call it inside the write."""
    ids = sorted(set(document_ids))
    if not ids:
        return
    approved = session.execute(
        select(col(Document.id), col(Document.title))
        .where(col(Document.id).in_(ids), col(Document.status) == DocumentStatus.APPROVED)
        .order_by(col(Document.id))
        .limit(1)
    ).first()
    if approved is not None:
        raise AnnotationError(f"{document_name(approved.id, approved.title)} is approved; reopen it to edit")


ROLE_ENVIRONMENT = "CURATOR_ROLE"
"""A session may work under another role than the stored one (services/review.py reads it too)."""


def ensure_own_layer(session: Session, table: str, ids: Iterable[int], *, verb: str = "change") -> None:
    """Refuse (AnnotationError) when one of the rows is in another annotator's layer; call it inside the
    write, before anything changes.

    `table` is "spans", "events", "relations" or "event_arguments" (an argument has no layer of its own:
    it is in its event's). A reviewer may also change the gold layer (adjudication); rows of no layer
    (written before layers existed and not migrated) stay editable by anyone. `verb` says what was
    refused ("use" when a new event or relation would point at the row)."""
    writer = session.info.get(ANNOTATOR_KEY)
    wanted = sorted(set(ids))
    if writer is None or not wanted:
        return
    foreign = session.execute(
        _layer_query(table, wanted)
        .where(col(Annotator.id) != writer)
        .where(col(Annotator.name) != GOLD_LAYER if is_reviewer(session, writer) else true())
        .limit(1)
    ).first()
    if foreign is not None:
        owner, words, kind, name = foreign
        what = {
            "spans": f"{words} ({name})",
            "events": f"the {name} event on “{words}”",
            "relations": f"the {name} relation",
        }[kind]
        raise AnnotationError(f"{what} is in {owner}'s layer; you can see it but not {verb} it")


def is_reviewer(session: Session, writer: int) -> bool:
    role = os.environ.get(ROLE_ENVIRONMENT, "").strip().lower()
    if not role:
        role = str(session.execute(select(col(Annotator.role)).where(col(Annotator.id) == writer)).scalar())
    return role == AnnotatorRole.REVIEWER


def _span_words() -> ColumnElement[str]:
    """A span's text as the user sees it, cut short: "Bişkek"."""
    width = col(Span.end) - col(Span.start)
    length = case((width < 60, width), else_=60)  # SQLite's min(a, b) is PostgreSQL's least(a, b)
    return func.substr(col(Document.text), col(Span.start) + 1, length)


def _layer_query(table: str, ids: list[int]) -> Select[str, str, str, str]:
    """(layer name, the row's text, which kind of row, its label or type) for the rows of `ids` that are
    in some layer."""
    if table == "spans":
        return (
            select(col(Annotator.name), _span_words(), literal("spans"), col(Label.name))
            .select_from(Span)
            .join(Annotator, col(Annotator.id) == col(Span.annotator_id))
            .join(Label, col(Label.id) == col(Span.label_id))
            .join(Document, col(Document.id) == col(Span.document_id))
            .where(col(Span.id).in_(ids))
        )
    if table in ("events", "event_arguments"):
        statement = (
            select(col(Annotator.name), _span_words(), literal("events"), col(Label.name))
            .select_from(Event)
            .join(Annotator, col(Annotator.id) == col(Event.annotator_id))
            .join(Span, col(Span.id) == col(Event.trigger_span_id))
            .join(Label, col(Label.id) == col(Span.label_id))
            .join(Document, col(Document.id) == col(Event.document_id))
        )
        if table == "events":
            return statement.where(col(Event.id).in_(ids))
        arguments = select(col(EventArgument.event_id)).where(col(EventArgument.id).in_(ids))
        return statement.where(col(Event.id).in_(arguments))
    if table == "relations":
        return (
            select(col(Annotator.name), literal(""), literal("relations"), col(RelationType.name))
            .select_from(Relation)
            .join(Annotator, col(Annotator.id) == col(Relation.annotator_id))
            .join(RelationType, col(RelationType.id) == col(Relation.type_id))
            .where(col(Relation.id).in_(ids))
        )
    raise ValueError(f"no layers in table {table!r}")


def document_name(document_id: int, title: str) -> str:
    return f"document {document_id} “{title}”" if title else f"document {document_id}"


def refresh_documents(session: Session, document_ids: Iterable[int]) -> None:
    """Recount spans and bump the version of documents an action touched (the one place that does).

    One statement for all of them: a bulk action over hundreds of documents stays one round trip."""
    ids = sorted(set(document_ids))
    if not ids:
        return
    same_document = col(Span.document_id) == col(Document.id)
    count = select(func.count(col(Span.id))).where(same_document).scalar_subquery()
    bump_documents(session, ids, span_count=count)
