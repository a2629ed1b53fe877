"""Schema entries that arrive with imported data: labels, event roles and relation types.

These run inside the caller's transaction (an importer stores a whole file in one), and each returns
whether it created something, so the import report can list what joined the schema. Existing entries
are never changed: a user's constraints win over what one file happens to contain.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlmodel import Session, col

from curator.core.domain import AnnotationError
from curator.core.schema.defaults import colour_for_new_label
from curator.core.schema.names import check_type_name
from curator.core.storage.models import EventRole, Label, RelationType


def ensure_label(session: Session, name: str, kind: str) -> tuple[int, bool]:
    """The id of label `name`, created with `kind` ("entity" or "event") if the project lacks it.

    Returns (id, created). A label of the other kind is an error: an entity label cannot trigger events.
    """
    found = session.execute(select(col(Label.id), col(Label.kind)).where(col(Label.name) == name)).first()
    if found is not None:
        if found[1] != kind:
            raise AnnotationError(f"{name} is an {found[1]} label in this project, not an {kind} label")
        return int(found[0]), False
    check_type_name(name, "event type" if kind == "event" else "label")
    position = session.execute(select(func.coalesce(func.max(col(Label.position)), -1) + 1)).scalar_one()
    label = Label(name=name, kind=kind, color=colour_for_new_label(position), position=position)
    session.add(label)
    session.flush()
    assert label.id is not None
    return label.id, True


def label_kind(session: Session, name: str) -> str | None:
    """ "entity" or "event" for a label the project has, None for one it does not."""
    return session.execute(select(col(Label.kind)).where(col(Label.name) == name)).scalar_one_or_none()


def ensure_event_role(
    session: Session, event_type_id: int, name: str, labels: Iterable[str], *, repeatable: bool
) -> bool:
    """Add role `name` to an event type unless it has it; returns whether it was added."""
    exists = session.execute(
        select(col(EventRole.id)).where(col(EventRole.label_id) == event_type_id, col(EventRole.name) == name)
    ).first()
    if exists is not None:
        return False
    position = session.execute(
        select(func.coalesce(func.max(col(EventRole.position)), -1) + 1).where(
            col(EventRole.label_id) == event_type_id
        )
    ).scalar_one()
    session.add(
        EventRole(
            label_id=event_type_id,
            name=name,
            allowed_labels=sorted(set(labels)),
            repeatable=repeatable,
            position=position,
        )
    )
    session.flush()
    return True


def ensure_relation_type(
    session: Session, name: str, head_labels: Iterable[str], child_labels: Iterable[str]
) -> bool:
    """Add relation type `name` unless the project has it; returns whether it was added."""
    if (
        session.execute(select(col(RelationType.id)).where(col(RelationType.name) == name)).first()
        is not None
    ):
        return False
    position = session.execute(
        select(func.coalesce(func.max(col(RelationType.position)), -1) + 1)
    ).scalar_one()
    session.add(
        RelationType(
            name=name,
            head_labels=sorted(set(head_labels)),
            child_labels=sorted(set(child_labels)),
            position=position,
        )
    )
    session.flush()
    return True
