"""Binary relations between two spans of a document (PER holds TITLE, PER represents GPE, …).

Adding and deleting one returns the `Change` it made, for undo and redo. Like event arguments, a
relation that breaks its type's head/child label constraints is stored and reported by
`relation_problems`, so the annotator's judgement is kept and a reviewer sees the conflict.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlmodel import Session, col

from curator.core.domain import AnnotationError, RelationRecord
from curator.core.services.changes import Change, Recorder
from curator.core.services.snapshots import capture_removal
from curator.core.services.stale import ensure_editable, ensure_own_layer, refresh_documents
from curator.core.storage.database import Project
from curator.core.storage.models import Label, Relation, RelationType, Span, utcnow


def relation_type_id(session: Session, name: str) -> int:
    found = session.execute(
        select(col(RelationType.id)).where(col(RelationType.name) == name)
    ).scalar_one_or_none()
    if found is None:
        raise AnnotationError(f"unknown relation type {name!r}")
    return int(found)


@dataclass(frozen=True, slots=True)
class AddedRelation:
    relation: RelationRecord
    change: Change


def add_relation(
    project: Project, relation_type: str, head_span_id: int, child_span_id: int
) -> AddedRelation:
    if head_span_id == child_span_id:
        raise AnnotationError("a relation needs two different spans")
    with project.write() as session:
        type_id = relation_type_id(session, relation_type)
        head, child = session.get(Span, head_span_id), session.get(Span, child_span_id)
        if head is None or child is None:
            raise AnnotationError("both ends of a relation must be existing spans")
        if head.document_id != child.document_id:
            raise AnnotationError("a relation links two spans of the same document")
        ensure_editable(session, head.document_id)
        ensure_own_layer(session, "spans", [head_span_id, child_span_id], verb="use")
        duplicate = session.execute(
            select(col(Relation.id)).where(
                col(Relation.type_id) == type_id,
                col(Relation.head_span_id) == head_span_id,
                col(Relation.child_span_id) == child_span_id,
            )
        ).first()
        if duplicate is not None:
            raise AnnotationError(f"that {relation_type} relation exists already")
        relation = Relation(
            document_id=head.document_id,
            type_id=type_id,
            head_span_id=head_span_id,
            child_span_id=child_span_id,
            annotator_id=project.annotator_id,
            created_at=utcnow(),
        )
        session.add(relation)
        session.flush()
        assert relation.id is not None
        record = Recorder(session, "relation.add")
        record.added("relations", [relation.id])
        refresh_documents(session, [head.document_id])
        added = RelationRecord(relation.id, head.document_id, relation_type, head_span_id, child_span_id, "")
        return AddedRelation(added, record.finish())


def delete_relations(project: Project, relation_ids: Sequence[int]) -> Change:
    with project.write() as session:
        snapshot = capture_removal(session, relation_ids=relation_ids)
        ensure_editable(session, *snapshot.document_ids)
        ensure_own_layer(session, "relations", relation_ids)
        record = Recorder(session, "relation.delete")
        record.removing_rows(snapshot.flat())
        session.execute(delete(Relation).where(col(Relation.id).in_(list(relation_ids))))
        refresh_documents(session, snapshot.document_ids)
        return record.finish()


def relation_problems(session: Session, relation: RelationRecord) -> list[str]:
    """Where a relation breaks its type's constraints on the labels of its two ends."""
    relation_type = session.execute(
        select(RelationType).where(col(RelationType.name) == relation.type)
    ).scalar_one()
    labels: dict[int, str] = {
        span_id: name
        for span_id, name in session.execute(
            select(col(Span.id), col(Label.name))
            .join(Label, col(Label.id) == col(Span.label_id))
            .where(col(Span.id).in_([relation.head_span_id, relation.child_span_id]))
        )
    }
    problems = []
    head, child = labels.get(relation.head_span_id), labels.get(relation.child_span_id)
    if relation_type.head_labels and head not in relation_type.head_labels:
        problems.append(f"{relation.type} starts at {'/'.join(relation_type.head_labels)}, not {head}")
    if relation_type.child_labels and child not in relation_type.child_labels:
        problems.append(f"{relation.type} points to {'/'.join(relation_type.child_labels)}, not {child}")
    return problems
