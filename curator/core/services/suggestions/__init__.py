"""Machine suggestions: store proposals, accept, reject or correct them, and count what people decided.

Proposals live in `suggestions`, apart from `spans`, so nothing that reads human tags can mistake one for
a tag. Storing never puts a suggestion over or beside a human tag (no overlap with a span of the same
label, no exact duplicate of a span of any label) nor brings back one the user rejected. Every decision
is recorded in `suggestion_decisions`; those rows are the quality figures.

Tagging by hand is a decision too (`tag`): the suggestions under the new tag are read from the database
in the tag's transaction and recorded as accepted or corrected, whatever a window happens to show.
"""

from __future__ import annotations

from curator.core.services.suggestions.decisions import (
    Decided,
    accept_entity_everywhere,
    accept_label_in_document,
    accept_suggestions,
    accept_trigger,
    reject_suggestions,
    remap_for_text_edit,
    tag,
)
from curator.core.services.suggestions.quality import (
    QualityRow,
    pending_counts,
    quality_by_source,
    quality_counts,
)
from curator.core.services.suggestions.stored import (
    NOT_AGAIN,
    OUTCOMES,
    StoreReport,
    SuggestionRecord,
    list_suggestions,
    next_document_with_suggestions,
    store_suggestions,
)

__all__ = [
    "Decided",
    "NOT_AGAIN",
    "OUTCOMES",
    "QualityRow",
    "StoreReport",
    "SuggestionRecord",
    "accept_entity_everywhere",
    "accept_label_in_document",
    "accept_suggestions",
    "accept_trigger",
    "list_suggestions",
    "next_document_with_suggestions",
    "pending_counts",
    "quality_by_source",
    "quality_counts",
    "reject_suggestions",
    "remap_for_text_edit",
    "store_suggestions",
    "tag",
]
