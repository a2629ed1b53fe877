"""Binary relations between two spans of a document (PER holds TITLE, PER represents GPE, …).

Like event arguments, a relation that breaks its type's head/child label constraints is stored and
reported by `relation_problems`, so the annotator's judgement is kept and a reviewer sees the conflict.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlmodel import Session

from curator.core.domain import AnnotationError, RelationRecord
from curator.core.services.review import ensure_editable
from curator.core.services.snapshots import RowSnapshot, capture_removal, refresh_documents
from curator.core.storage.database import Project
from curator.core.storage.models import Label, Relation, RelationType, Span, utcnow


def relation_type_id(session: Session, name: str) -> int:
    found = session.execute(select(RelationType.id).where(RelationType.name == name)).scalar_one_or_none()
    if found is None:
        raise AnnotationError(f"unknown relation type {name!r}")
    return int(found)


def add_relation(
    project: Project, relation_type: str, head_span_id: int, child_span_id: int
) -> RelationRecord:
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
        duplicate = session.execute(
            select(Relation.id).where(
                Relation.type_id == type_id,
                Relation.head_span_id == head_span_id,
                Relation.child_span_id == child_span_id,
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
        refresh_documents(session, [head.document_id])
        return RelationRecord(relation.id, head.document_id, relation_type, head_span_id, child_span_id, "")


def delete_relations(project: Project, relation_ids: Sequence[int]) -> RowSnapshot:
    with project.write() as session:
        snapshot = capture_removal(session, relation_ids=relation_ids)
        ensure_editable(session, *snapshot.document_ids)
        session.execute(delete(Relation).where(Relation.id.in_(list(relation_ids))))
        refresh_documents(session, snapshot.document_ids)
        return snapshot


def relation_problems(session: Session, relation: RelationRecord) -> list[str]:
    """Where a relation breaks its type's constraints on the labels of its two ends."""
    relation_type = session.execute(
        select(RelationType).where(RelationType.name == relation.type)
    ).scalar_one()
    labels = dict(
        session.execute(
            select(Span.id, Label.name)
            .join(Label, Label.id == Span.label_id)
            .where(Span.id.in_([relation.head_span_id, relation.child_span_id]))
        ).all()
    )
    problems = []
    head, child = labels.get(relation.head_span_id), labels.get(relation.child_span_id)
    if relation_type.head_labels and head not in relation_type.head_labels:
        problems.append(f"{relation.type} starts at {'/'.join(relation_type.head_labels)}, not {head}")
    if relation_type.child_labels and child not in relation_type.child_labels:
        problems.append(f"{relation.type} points to {'/'.join(relation_type.child_labels)}, not {child}")
    return problems
