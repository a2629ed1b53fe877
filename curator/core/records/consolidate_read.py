"""The corpus's event mentions and the stored event groups, read for consolidation, exports and views.

Mentions are the clean records of every accepted event, read through the export path
(`iter_export_documents` and `iter_document_records`, default layer choice), so a date is the one an
export writes (a TIME argument read against the publication date) and a party's KB id is its link.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlmodel import col

from curator.core.queries import iter_export_documents
from curator.core.records.consolidate import event_id_of
from curator.core.records.merge import merge
from curator.core.records.model import CleanEvent, RecordContext
from curator.core.records.stream import iter_document_records
from curator.core.storage import Project
from curator.core.storage.models import EventGroup, EventGroupMember

CONFIRMED, PROPOSED = "confirmed", "proposed"
AUTO, USER = "auto", "user"

CancelCheck = Callable[[], None]


def iter_corpus_records(project: Project, check: CancelCheck | None = None) -> Iterator[CleanEvent]:
    """Every accepted event's clean record, document by document (a batch of documents in memory)."""
    context = RecordContext.of(project)
    for _document, built in iter_document_records(project, iter_export_documents(project), context):
        if check is not None:
            check()
        yield from built.records


@dataclass(frozen=True, slots=True)
class StoredGroup:
    """A stored group: its status, who shaped it ("auto" or "user") and its events, by id."""

    id: int
    status: str
    origin: str
    event_ids: tuple[int, ...]

    @property
    def kept(self) -> bool:
        """A new consolidation run leaves this group alone: a user confirmed or shaped it."""
        return self.status == CONFIRMED or self.origin == USER


def stored_groups(project: Project) -> dict[int, StoredGroup]:
    """Every group with its members, by group id."""
    with project.read() as session:
        groups = session.execute(
            select(col(EventGroup.id), col(EventGroup.status), col(EventGroup.origin)).order_by(
                col(EventGroup.id)
            )
        ).all()
        members: dict[int, list[int]] = {}
        for group_id, event_id in session.execute(
            select(col(EventGroupMember.group_id), col(EventGroupMember.event_id)).order_by(
                col(EventGroupMember.event_id)
            )
        ):
            members.setdefault(group_id, []).append(event_id)
    return {
        group_id: StoredGroup(group_id, status, origin, tuple(members.get(group_id, ())))
        for group_id, status, origin in groups
    }


@dataclass(frozen=True, slots=True)
class GroupView:
    """A group with the clean records of its mentions (those the default layer choice exports)."""

    group: StoredGroup
    records: tuple[CleanEvent, ...]

    @property
    def first(self) -> CleanEvent | None:
        return self.records[0] if self.records else None


def group_views(project: Project, check: CancelCheck | None = None) -> list[GroupView]:
    """Every stored group with its mentions' records, by group id: what the Corpus Events view lists."""
    groups = stored_groups(project)
    owner = {event_id: group.id for group in groups.values() for event_id in group.event_ids}
    records: dict[int, list[CleanEvent]] = {group_id: [] for group_id in groups}
    if owner:
        for record in iter_corpus_records(project, check):
            group_id = owner.get(event_id_of(record))
            if group_id is not None:
                records[group_id].append(record)
    return [GroupView(group, tuple(records[group_id])) for group_id, group in groups.items()]


@dataclass(frozen=True, slots=True)
class Membership:
    """Where an event stands for an export: its group, the group's size and whether it is confirmed."""

    group_id: int
    size: int
    confirmed: bool


def memberships(project: Project) -> dict[int, Membership]:
    """Each grouped event's membership, for exports (ids only: small whatever the corpus)."""
    found: dict[int, Membership] = {}
    for group in stored_groups(project).values():
        membership = Membership(group.id, len(group.event_ids), group.status == CONFIRMED)
        for event_id in group.event_ids:
            found[event_id] = membership
    return found


def group_record(records: Sequence[CleanEvent], membership: Membership) -> CleanEvent:
    """One record for a corpus event: its earliest report, with every report in `sources`, the count
    of mentions, the group and whether it is confirmed (an unconfirmed proposal is flagged false)."""
    first = merge(records)
    return replace(
        first, event_group=membership.group_id, confirmed=membership.confirmed, mentions=len(records)
    )


def groups_state(project: Project) -> tuple:
    """A fingerprint of the groups, their members and the corpus's events, cheap enough for a timer.

    A window showing the corpus events compares it after another writer's commit, so a consolidation,
    split or join made elsewhere shows up without re-reading every record on each unrelated commit.
    Members moved between groups change the sum of their group ids; an event edited (its arguments
    too) moves its `updated_at`.
    """
    from sqlalchemy import func

    from curator.core.storage.models import Event

    with project.read() as session:
        groups = session.execute(
            select(func.count(), func.max(col(EventGroup.id)), func.max(col(EventGroup.updated_at)))
        ).one()
        members = session.execute(
            select(func.count(), func.max(col(EventGroupMember.id)), func.sum(col(EventGroupMember.group_id)))
        ).one()
        events = session.execute(
            select(func.count(), func.max(col(Event.id)), func.max(col(Event.updated_at)))
        ).one()
    return (*groups, *members, *events)
