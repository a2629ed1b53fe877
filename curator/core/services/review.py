"""The review workflow: new → in progress → annotated → approved, or returned with a comment, and reopened.

A document moves to "in progress" by itself at its first annotation (spans.py, bulk.py, merge.py). The
other steps are explicit review actions, each logged in `document_reviews` with who took it and the
comment, each returning a `ReviewStep` whose `change` (the status it moved, the log row it wrote) is what
`changes.revert` and `changes.apply` undo and redo exactly. An approved document is read-only: every
service that changes a document's text or annotations calls `ensure_editable` first.

Roles: an annotator marks a document as annotated, takes back an "annotated" or "returned" document to
work on it; approving, returning with a comment and reopening an approved document need the reviewer
role. The role is the annotator's `annotators.role` in the project, unless a session asks for another
(`--role` on the command line, `$CURATOR_ROLE`, the window's Reviewer Mode passes it explicitly). It is a
workflow guard for a shared project file, not access control: whoever can write the file can pick a role.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, insert, select, update
from sqlmodel import Session, col

from curator.core.domain import AnnotationError, DocumentFilter, DocumentStatus
from curator.core.services.changes import Change, Recorder
from curator.core.services.snapshots import RowSnapshot
from curator.core.services.stale import ROLE_ENVIRONMENT, bump_documents, document_name, expect_shown
from curator.core.storage.database import Project
from curator.core.storage.models import Annotator, Document, DocumentReview, Event, utcnow

ANNOTATOR, REVIEWER = "annotator", "reviewer"
ROLES = (ANNOTATOR, REVIEWER)
STATUS_ORDER = tuple(DocumentStatus)
STATUS_WORDS: dict[str, str] = {  # StrEnum keys: plain status strings look them up
    DocumentStatus.NEW: "new",
    DocumentStatus.IN_PROGRESS: "in progress",
    DocumentStatus.ANNOTATED: "annotated",
    DocumentStatus.APPROVED: "approved",
    DocumentStatus.RETURNED: "returned",
}


class ReviewAction(StrEnum):
    ANNOTATED = "annotated"  # the annotator is done
    APPROVE = "approve"
    RETURN = "return"  # back to the annotator, with a comment
    REOPEN = "reopen"  # back to "in progress"


TARGET = {
    ReviewAction.ANNOTATED: DocumentStatus.ANNOTATED,
    ReviewAction.APPROVE: DocumentStatus.APPROVED,
    ReviewAction.RETURN: DocumentStatus.RETURNED,
    ReviewAction.REOPEN: DocumentStatus.IN_PROGRESS,
}
ALLOWED_FROM = {
    ReviewAction.ANNOTATED: {DocumentStatus.NEW, DocumentStatus.IN_PROGRESS, DocumentStatus.RETURNED},
    ReviewAction.APPROVE: {DocumentStatus.ANNOTATED},
    ReviewAction.RETURN: {DocumentStatus.ANNOTATED, DocumentStatus.APPROVED},
    ReviewAction.REOPEN: {DocumentStatus.ANNOTATED, DocumentStatus.APPROVED, DocumentStatus.RETURNED},
}
VERBS = {
    ReviewAction.ANNOTATED: "marking as annotated",
    ReviewAction.APPROVE: "approving",
    ReviewAction.RETURN: "returning",
    ReviewAction.REOPEN: "reopening",
}
# What a log row's status says happened.
HISTORY_WORDS: dict[str, str] = {
    DocumentStatus.ANNOTATED: "marked as annotated",
    DocumentStatus.APPROVED: "approved",
    DocumentStatus.RETURNED: "returned",
    DocumentStatus.IN_PROGRESS: "reopened",
}


def needs_reviewer(action: ReviewAction, status: str) -> bool:
    """Approving and returning are the reviewer's; so is reopening what a reviewer approved."""
    return action in {ReviewAction.APPROVE, ReviewAction.RETURN} or (
        action == ReviewAction.REOPEN and status == DocumentStatus.APPROVED
    )


# --- the read-only guard ---------------------------------------------------------------------------


# --- roles -----------------------------------------------------------------------------------------


def check_role(role: str) -> str:
    role = role.strip().lower()
    if role not in ROLES:
        raise AnnotationError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
    return role


def stored_role(project: Project) -> str:
    """The current annotator's role as recorded in the project."""
    with project.read() as session:
        role = session.execute(
            select(col(Annotator.role)).where(col(Annotator.id) == project.annotator_id)
        ).scalar()
    return role if role in ROLES else ANNOTATOR


def current_role(project: Project, requested: str | None = None) -> str:
    """The role in effect: the one asked for (option), else $CURATOR_ROLE, else the stored one."""
    if requested:
        return check_role(requested)
    from_environment = os.environ.get(ROLE_ENVIRONMENT, "").strip()
    if from_environment:
        return check_role(from_environment)
    return stored_role(project)


def set_role(project: Project, role: str) -> str:
    """Record the current annotator's role in the project; returns the previous one."""
    role = check_role(role)
    with project.write() as session:
        previous = session.execute(
            select(col(Annotator.role)).where(col(Annotator.id) == project.annotator_id)
        ).scalar_one()
        session.execute(update(Annotator).where(col(Annotator.id) == project.annotator_id).values(role=role))
    return str(previous)


# --- transitions -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReviewStep:
    """One applied review action: the status before and after, the log row it wrote, and its change."""

    document_id: int
    action: ReviewAction
    previous_status: str
    status: str
    row: dict  # the document_reviews row, whole
    change: Change

    @property
    def comment(self) -> str:
        return str(self.row["comment"])


def review_document(
    project: Project, document_id: int, action: ReviewAction | str, *, comment: str = "",
    role: str | None = None, shown_version: int | None = None,
) -> ReviewStep:  # fmt: skip
    """Apply a review action to a document (one transaction); invalid ones are refused with the reason.

    `shown_version`: the version the caller showed; approving or returning a document someone changed
    since is refused (StaleWriteError), so nobody signs off on work they have not seen."""
    try:
        action = ReviewAction(action)
    except ValueError:
        names = ", ".join(a.value for a in ReviewAction)
        raise AnnotationError(f"unknown review action {action!r}; one of {names}") from None
    comment = comment.strip()
    if action == ReviewAction.RETURN and not comment:
        raise AnnotationError("returning a document needs a comment saying what to change")
    effective_role = current_role(project, role)
    with project.write() as session:
        return review_in(session, project, document_id, action, comment, effective_role, shown_version)


def review_in(
    session: Session, project: Project, document_id: int, action: ReviewAction, comment: str, role: str,
    shown_version: int | None = None,
) -> ReviewStep:  # fmt: skip
    """`review_document` inside a caller's transaction (an assignment marked annotated moves the document
    too when it was the last one, in one step); `role` is the effective one."""
    status = _check(session, project, document_id, action, role)
    expect_shown(session, document_id, shown_version)
    target = TARGET[action]
    row = {
        "document_id": document_id, "status": target.value, "comment": comment,
        "annotator_id": project.annotator_id, "created_at": utcnow(),
    }  # fmt: skip
    review_id = int(
        session.execute(insert(DocumentReview).returning(col(DocumentReview.id)), [row]).scalar_one()
    )
    row["id"] = review_id
    _set_status(session, document_id, target)
    record = Recorder(session, f"review.{action.value}")
    record.added("document_reviews", [review_id])
    record.status(document_id, status.value, target.value)
    record.touched([document_id])
    return ReviewStep(document_id, action, status.value, target.value, row, record.finish())


def check_review(
    project: Project, document_id: int, action: ReviewAction, *, role: str | None = None
) -> None:
    """Raise what `review_document` would refuse, without writing (the window asks before a dialog)."""
    effective_role = current_role(project, role)
    with project.read() as session:
        _check(session, project, document_id, action, effective_role)


def _check(
    session: Session, project: Project, document_id: int, action: ReviewAction, role: str
) -> DocumentStatus:
    document = session.execute(
        select(col(Document.id), col(Document.title), col(Document.status)).where(
            col(Document.id) == document_id
        )
    ).first()
    if document is None:
        raise AnnotationError(f"document {document_id} does not exist")
    name = document_name(document.id, document.title)
    if document.status not in STATUS_WORDS:
        raise AnnotationError(f"{name} has the status {document.status!r}, which is not a review status")
    status = DocumentStatus(document.status)
    if status not in ALLOWED_FROM[action]:
        raise AnnotationError(_refusal(action, status, name))
    if needs_reviewer(action, status) and role != REVIEWER:
        raise AnnotationError(
            f"{VERBS[action]} {name} needs the reviewer role; {project.annotator_name} works as {role} "
            f"(use --role reviewer, ${ROLE_ENVIRONMENT}=reviewer, or Review → Reviewer Mode in the window)"
        )
    return status


def _refusal(action: ReviewAction, status: DocumentStatus, name: str) -> str:
    words = STATUS_WORDS[status]
    if TARGET[action] == status:
        return f"{name} is {words} already"
    if action == ReviewAction.APPROVE:
        return f"{name} is {words}; it must be marked as annotated before it is approved"
    if action == ReviewAction.RETURN:
        return f"{name} is {words}; only an annotated or approved document can be returned"
    if status == DocumentStatus.APPROVED:
        return f"{name} is approved; reopen it first"
    return f"{name} is {words}; there is nothing to reopen"


def _set_status(session: Session, document_id: int, status: str) -> None:
    bump_documents(session, [document_id], status=status)


# --- reads -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReviewEntry:
    id: int
    document_id: int
    status: str
    comment: str
    annotator: str | None
    created_at: datetime

    @property
    def what(self) -> str:
        return HISTORY_WORDS.get(self.status, self.status)


def review_history(project: Project, document_id: int) -> list[ReviewEntry]:
    """The review log of one document, oldest first."""
    with project.read() as session:
        rows = session.execute(
            select(col(DocumentReview.id), col(DocumentReview.document_id), col(DocumentReview.status),
                   col(DocumentReview.comment), col(Annotator.name), col(DocumentReview.created_at))
            .outerjoin(Annotator, col(Annotator.id) == col(DocumentReview.annotator_id))
            .where(col(DocumentReview.document_id) == document_id)
            .order_by(col(DocumentReview.created_at), col(DocumentReview.id))
        ).all()  # fmt: skip
    return [ReviewEntry(*row) for row in rows]


def latest_review(project: Project, document_id: int) -> ReviewEntry | None:
    """The last review step of a document (for a returned one: who returned it and why)."""
    history = review_history(project, document_id)
    return history[-1] if history else None


def status_counts(project: Project, document_filter: DocumentFilter | None = None) -> dict[str, int]:
    """Documents per status (every status, in workflow order) among those the filter's other parts match."""
    from curator.core.queries import _filtered

    without_status = replace(document_filter or DocumentFilter(), status=None)
    without_status = without_status.for_annotator(project.annotator_name)  # `assigned:me`
    statement = _filtered(select(col(Document.status), func.count(col(Document.id))), without_status)
    statement = statement.group_by(col(Document.status))
    with project.read() as session:
        found = {status: int(count) for status, count in session.execute(statement)}
    counts = {status.value: found.pop(status.value, 0) for status in STATUS_ORDER}
    counts.update(found)  # a status written by another tool is still counted
    return counts


def snapshot_document_ids(session: Session, snapshot: RowSnapshot) -> set[int]:
    """The documents a row snapshot touches, arguments included (they name their event, not a document)."""
    event_ids = {row["event_id"] for row in snapshot.table("event_arguments")}
    found = set(session.execute(select(col(Event.document_id)).where(col(Event.id).in_(event_ids))).scalars())
    return snapshot.document_ids | found
