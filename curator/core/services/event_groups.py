"""Corpus events: consolidate event mentions of different documents into groups, split, join, confirm.

Each function is one transaction returning one `Change` (`changes.revert` undoes it, `changes.apply`
redoes it). A consolidation run replaces only the groups it proposed before and nobody touched: a
confirmed group and one a user split or joined (`origin` "user") stay as they are, with their mentions,
so re-running after new imports never undoes a reviewer's decision. A proposal identical to a standing
one keeps its row (and id), so a re-run over an unchanged corpus changes nothing.

Grouping writes no document: the rows carry no document id and move no document's version (see
migration 0011), so an annotator's undo in a document never becomes stale because of a consolidation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, select, update
from sqlmodel import Session, col

from curator.core.domain import AnnotationError, CuratorError
from curator.core.records.consolidate import THRESHOLD, cluster, mention_of
from curator.core.records.consolidate_read import (
    AUTO,
    CONFIRMED,
    PROPOSED,
    USER,
    StoredGroup,
    iter_corpus_records,
    stored_groups,
)
from curator.core.services.changes import Change, Recorder
from curator.core.storage.database import Project
from curator.core.storage.models import Event, EventGroup, EventGroupMember, utcnow
from curator.core.text.duplicates import find_duplicate_groups

CancelCheck = Callable[[], None]


class ConsolidationCancelled(CuratorError):
    """Raised by a run's `check` when the user cancelled; nothing was written."""


@dataclass(frozen=True, slots=True)
class Consolidation:
    """What a consolidation run did: groups proposed (new or standing), mentions in them, groups kept."""

    proposed: int
    new: int
    removed: int
    mentions: int
    mentions_read: int
    kept_confirmed: int
    kept_user: int
    change: Change = field(default_factory=lambda: Change("event_group.consolidate"))

    def to_json(self) -> dict[str, int]:
        return {
            "groups_proposed": self.proposed,
            "groups_new": self.new,
            "groups_removed": self.removed,
            "mentions_grouped": self.mentions,
            "mentions_read": self.mentions_read,
            "confirmed_kept": self.kept_confirmed,
            "user_groups_kept": self.kept_user,
        }


def near_duplicate_clusters(project: Project) -> dict[int, int]:
    """Each document of a near-duplicate (or exact copy) group, with the group's lowest document id."""
    clusters: dict[int, int] = {}
    for group in find_duplicate_groups(project):
        ids = group.document_ids
        for document_id in ids:
            clusters[document_id] = min(ids)
    return clusters


def consolidate(
    project: Project,
    *,
    near_duplicates: bool = False,
    threshold: float = THRESHOLD,
    check: CancelCheck | None = None,
) -> Consolidation:
    """Propose groups of mentions reporting the same event; confirmed and user-shaped groups stay."""
    duplicates: Mapping[int, int] = near_duplicate_clusters(project) if near_duplicates else {}
    mentions = [mention_of(record) for record in iter_corpus_records(project, check)]
    held = {e for group in stored_groups(project).values() if group.kept for e in group.event_ids}
    proposals = cluster([m for m in mentions if m.event_id not in held], duplicates, threshold=threshold)
    with project.write() as session:
        existing = _existing_events(session, [m.event_id for m in mentions])
        now = stored_groups_in(session)
        kept = [group for group in now.values() if group.kept]  # as the write sees them
        taken = {event_id for group in kept for event_id in group.event_ids}
        usable = existing - taken
        wanted = [p for p in proposals if all(event_id in usable for event_id in p.event_ids)]
        wanted_sets = {frozenset(p.event_ids) for p in wanted}
        standing = {frozenset(g.event_ids) for g in now.values() if not g.kept and g.event_ids}
        stale = [g.id for g in now.values() if not g.kept and frozenset(g.event_ids) not in wanted_sets]
        record = Recorder(session, "event_group.consolidate", "Consolidate corpus events")
        _remove_groups(session, record, stale)
        new = 0
        for proposal in wanted:
            if frozenset(proposal.event_ids) in standing:
                continue
            group_id = _insert_group(session, record, project.annotator_id, PROPOSED, AUTO)
            _insert_members(session, record, group_id, proposal.event_ids, proposal.scores)
            new += 1
        change = record.finish()
    return Consolidation(
        proposed=len(wanted),
        new=new,
        removed=len(stale),
        mentions=sum(len(p.event_ids) for p in wanted),
        mentions_read=len(mentions),
        kept_confirmed=sum(1 for group in kept if group.status == CONFIRMED),
        kept_user=sum(1 for group in kept if group.status != CONFIRMED),
        change=change,
    )


def stored_groups_in(session: Session) -> dict[int, StoredGroup]:
    """`stored_groups` inside an open transaction (what the write sees, not an earlier snapshot)."""
    members: dict[int, list[int]] = {}
    for group_id, event_id in session.execute(
        select(col(EventGroupMember.group_id), col(EventGroupMember.event_id)).order_by(
            col(EventGroupMember.event_id)
        )
    ):
        members.setdefault(group_id, []).append(event_id)
    rows = session.execute(select(col(EventGroup.id), col(EventGroup.status), col(EventGroup.origin)))
    return {
        group_id: StoredGroup(group_id, status, origin, tuple(members.get(group_id, ())))
        for group_id, status, origin in rows
    }


def _existing_events(session: Session, event_ids: Sequence[int]) -> set[int]:
    found: set[int] = set()
    ids = list(event_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(session.execute(select(col(Event.id)).where(col(Event.id).in_(chunk))).scalars())
    return found


def _insert_group(
    session: Session, record: Recorder, annotator_id: int | None, status: str, origin: str
) -> int:
    group = EventGroup(status=status, origin=origin, created_by_id=annotator_id)
    session.add(group)
    session.flush()
    assert group.id is not None
    record.added("event_groups", [group.id])
    return group.id


def _insert_members(
    session: Session,
    record: Recorder,
    group_id: int,
    event_ids: Sequence[int],
    scores: Sequence[float | None],
) -> None:
    rows = [
        EventGroupMember(group_id=group_id, event_id=e, score=s)
        for e, s in zip(event_ids, scores, strict=True)
    ]
    session.add_all(rows)
    session.flush()
    record.added("event_group_members", [row.id for row in rows if row.id is not None])


def _member_ids(session: Session, group_ids: Sequence[int]) -> list[int]:
    return list(
        session.execute(
            select(col(EventGroupMember.id)).where(col(EventGroupMember.group_id).in_(list(group_ids)))
        ).scalars()
    )


def _remove_groups(session: Session, record: Recorder, group_ids: Sequence[int]) -> None:
    """Groups and their memberships, captured whole for undo."""
    if not group_ids:
        return
    members = _member_ids(session, group_ids)
    record.removing("event_group_members", members)
    record.removing("event_groups", group_ids)
    session.execute(delete(EventGroupMember).where(col(EventGroupMember.id).in_(members)))
    session.execute(delete(EventGroup).where(col(EventGroup.id).in_(list(group_ids))))


def _group(session: Session, group_id: int) -> StoredGroup:
    group = stored_groups_in(session).get(group_id)
    if group is None:
        raise AnnotationError(f"event group {group_id} does not exist")
    return group


def _touch(session: Session, record: Recorder, group_ids: Sequence[int], **values: str) -> None:
    record.updating("event_groups", group_ids)
    session.execute(
        update(EventGroup)
        .where(col(EventGroup.id).in_(list(group_ids)))
        .values(updated_at=utcnow(), **values)
    )


@dataclass(frozen=True, slots=True)
class Split:
    """The group the mentions left, the new group they form, and the change."""

    group_id: int
    new_group_id: int
    change: Change


def split(project: Project, group_id: int, event_ids: Sequence[int]) -> Split:
    """Take mentions out of a group into a group of their own; both become the user's (a re-run keeps
    them apart). The new group is proposed: the user has said what it is not, not yet what it is."""
    moving = sorted(set(event_ids))
    with project.write() as session:
        group = _group(session, group_id)
        outside = [e for e in moving if e not in group.event_ids]
        if not moving or outside:
            raise AnnotationError(f"event {outside[0] if outside else '?'} is not in group {group_id}")
        if len(moving) == len(group.event_ids):
            raise AnnotationError("a split keeps at least one mention in the group")
        record = Recorder(
            session, "event_group.split", f"Split {len(moving)} mention(s) out of event group {group_id}"
        )
        _touch(session, record, [group_id], origin=USER)
        new_id = _insert_group(session, record, project.annotator_id, PROPOSED, USER)
        member_ids = list(
            session.execute(
                select(col(EventGroupMember.id)).where(
                    col(EventGroupMember.group_id) == group_id, col(EventGroupMember.event_id).in_(moving)
                )
            ).scalars()
        )
        record.updating("event_group_members", member_ids)
        session.execute(
            update(EventGroupMember).where(col(EventGroupMember.id).in_(member_ids)).values(group_id=new_id)
        )
        return Split(group_id, new_id, record.finish())


@dataclass(frozen=True, slots=True)
class Joined:
    group_id: int
    change: Change


def join(project: Project, group_ids: Sequence[int], event_ids: Sequence[int] = ()) -> Joined:
    """Merge groups (and mentions in no group yet) into the lowest group; the user's from now on.

    The result is confirmed only when every joined group was; a user joining a mention of the same
    document is trusted (two mentions of one event in one text)."""
    ids = sorted(set(group_ids))
    loose = sorted(set(event_ids))
    if len(ids) + len(loose) < 2 or not ids:
        raise AnnotationError("a join needs a group and at least one more group or mention")
    with project.write() as session:
        groups = [_group(session, group_id) for group_id in ids]
        known = _existing_events(session, loose)
        grouped = {e for g in stored_groups_in(session).values() for e in g.event_ids}
        for event_id in loose:
            if event_id not in known:
                raise AnnotationError(f"event {event_id} does not exist")
            if event_id in grouped:
                raise AnnotationError(f"event {event_id} is already in a group: join its group")
        target, others = ids[0], ids[1:]
        record = Recorder(session, "event_group.join", f"Join event groups {', '.join(map(str, ids))}")
        status = CONFIRMED if all(g.status == CONFIRMED for g in groups) and not loose else PROPOSED
        _touch(session, record, [target], origin=USER, status=status)
        moving = _member_ids(session, others)
        record.updating("event_group_members", moving)
        session.execute(
            update(EventGroupMember).where(col(EventGroupMember.id).in_(moving)).values(group_id=target)
        )
        _remove_groups(session, record, others)
        _insert_members(session, record, target, loose, [None] * len(loose))
        return Joined(target, record.finish())


def confirm(project: Project, group_ids: Sequence[int], *, confirmed: bool = True) -> Change:
    """Confirm groups (or take a confirmation back): a confirmed group is exported without the flag and
    a re-run never changes it."""
    ids = sorted(set(group_ids))
    if not ids:
        raise AnnotationError("no event group to confirm")
    with project.write() as session:
        for group_id in ids:
            _group(session, group_id)
        status = CONFIRMED if confirmed else PROPOSED
        verb = "Confirm" if confirmed else "Unconfirm"
        record = Recorder(session, "event_group.confirm", f"{verb} event group(s) {', '.join(map(str, ids))}")
        _touch(session, record, ids, status=status)
        return record.finish()
