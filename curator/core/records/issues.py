"""Why something is not in a clean-record export, or is in it with a gap: one line for the report."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RecordIssue:
    """An event left out of an export (or a part of one), with the reason in words a user understands.

    `item` names what it concerns ("event 12", "argument PARTICIPANT of event 12") in the document.
    """

    document_id: int | None
    item: str
    reason: str
