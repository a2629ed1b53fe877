"""Every change to a project goes through these functions: one call, one transaction.

They take and return plain values (ids, records, row snapshots), never ORM objects, so the GUI can keep
them in undo commands and a test can replay the same calls without a window.
"""

from curator.core.services.changes import Change, apply, revert
from curator.core.services.documents import (
    AddDocumentsResult,
    NewDocument,
    NewSpan,
    add_documents,
    content_hash,
    set_document_status,
    update_document_info,
)
from curator.core.services.events import (
    AddedArgument,
    CreatedEvent,
    EventEdit,
    add_argument,
    create_event,
    delete_events,
    remove_arguments,
    update_event,
)
from curator.core.services.merge import MergeResult, UnmappedSpan, merge_duplicates
from curator.core.services.relations import AddedRelation, add_relation, delete_relations
from curator.core.services.snapshots import RowSnapshot
from curator.core.services.spans import AddedSpan, Relabelled, Removal, add_span, delete_spans, relabel_span

__all__ = [
    "AddDocumentsResult",
    "AddedSpan",
    "MergeResult",
    "UnmappedSpan",
    "merge_duplicates",
    "AddedArgument",
    "AddedRelation",
    "CreatedEvent",
    "EventEdit",
    "add_argument",
    "add_relation",
    "create_event",
    "delete_events",
    "delete_relations",
    "remove_arguments",
    "update_event",
    "NewDocument",
    "NewSpan",
    "Removal",
    "RowSnapshot",
    "add_documents",
    "add_span",
    "content_hash",
    "delete_spans",
    "relabel_span",
    "Relabelled",
    "Change",
    "apply",
    "revert",
    "set_document_status",
    "update_document_info",
]
