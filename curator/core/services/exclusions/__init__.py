"""Boilerplate exclusion regions: propose, accept, reject, in one document or the whole corpus.

Proposing is idempotent: a region the project already holds (proposed, accepted or rejected) is never
proposed again, so a rejection sticks. Accepting an exclusion removes the spans inside it, but only
when the caller says so (`remove_spans`; ask first with `spans_in_regions`); accepting a line join is
a real text edit (curator.core.services.text_edits) that carries every annotation along. Each call is
one transaction and returns its `Change`, which `changes.revert` undoes exactly.

`regions` holds the record and the reads, `proposals` the detection, `decisions` accepting and rejecting.
"""

from curator.core.services.exclusions.decisions import (
    Decision,
    DecisionCancelled,
    ExclusionOverlap,
    decide,
    decide_kind,
    spans_in_kind,
)
from curator.core.services.exclusions.proposals import (
    MIN_DOCUMENTS,
    Proposed,
    last_document_id,
    propose,
    propose_after,
    propose_in,
    propose_new,
)
from curator.core.services.exclusions.regions import (
    ACCEPTED,
    DECISIONS,
    LINE_JOIN,
    PROPOSED,
    REJECTED,
    RegionRecord,
    list_proposals,
    list_regions,
    region_counts,
    spans_in_regions,
)

__all__ = [
    "ACCEPTED", "DECISIONS", "LINE_JOIN", "MIN_DOCUMENTS", "PROPOSED", "REJECTED", "Decision",
    "DecisionCancelled", "ExclusionOverlap", "Proposed", "RegionRecord", "decide", "decide_kind",
    "last_document_id", "list_proposals", "list_regions", "propose", "propose_after", "propose_in",
    "propose_new", "region_counts", "spans_in_kind", "spans_in_regions",
]  # fmt: skip
