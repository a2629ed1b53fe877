"""The core's words the main window shows, in the interface language: document statuses, realis values,
span statuses and sources, review roles, date precisions and assignment states.

The core (which never imports Qt) names them in English, as it stores and prints them; they are listed
here once with QT_TRANSLATE_NOOP, so pyside6-lupdate finds them, and translated where they are shown.
A test checks that every value of those core enums has an entry, so a new status cannot reach the window
untranslated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from curator.core.domain import AssignmentStatus, DocumentStatus, Realis, SpanStatus
from curator.core.services.review import ANNOTATOR, REVIEWER

CONTEXT = "CoreWords"

DOCUMENT_STATUSES: dict[str, str] = {  # the words of curator.core.services.review.STATUS_WORDS
    DocumentStatus.NEW: QT_TRANSLATE_NOOP("CoreWords", "new"),
    DocumentStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("CoreWords", "in progress"),
    DocumentStatus.ANNOTATED: QT_TRANSLATE_NOOP("CoreWords", "annotated"),
    DocumentStatus.APPROVED: QT_TRANSLATE_NOOP("CoreWords", "approved"),
    DocumentStatus.RETURNED: QT_TRANSLATE_NOOP("CoreWords", "returned"),
}
REALIS: dict[str, str] = {
    Realis.ACTUAL: QT_TRANSLATE_NOOP("CoreWords", "actual"),
    Realis.PLANNED: QT_TRANSLATE_NOOP("CoreWords", "planned"),
    Realis.HYPOTHETICAL: QT_TRANSLATE_NOOP("CoreWords", "hypothetical"),
    Realis.NEGATED: QT_TRANSLATE_NOOP("CoreWords", "negated"),
}
SPAN_STATUSES: dict[str, str] = {
    SpanStatus.ACCEPTED: QT_TRANSLATE_NOOP("CoreWords", "accepted"),
    SpanStatus.SUGGESTED: QT_TRANSLATE_NOOP("CoreWords", "suggested"),
    SpanStatus.REJECTED: QT_TRANSLATE_NOOP("CoreWords", "rejected"),
}
SPAN_SOURCES: dict[str, str] = {  # a span's `source` other than a suggester's name (which is data)
    "manual": QT_TRANSLATE_NOOP("CoreWords", "manual"),
    "adjudication": QT_TRANSLATE_NOOP("CoreWords", "adjudication"),
}
ROLES: dict[str, str] = {
    ANNOTATOR: QT_TRANSLATE_NOOP("CoreWords", "annotator"),
    REVIEWER: QT_TRANSLATE_NOOP("CoreWords", "reviewer"),
}
DATE_PRECISIONS: dict[str, str] = {  # curator.core.dates.model.NormalizedDate.precision
    "day": QT_TRANSLATE_NOOP("CoreWords", "day"),
    "month": QT_TRANSLATE_NOOP("CoreWords", "month"),
    "year": QT_TRANSLATE_NOOP("CoreWords", "year"),
}
ASSIGNMENTS: dict[str, str] = {  # the documents list's Mine column
    AssignmentStatus.ASSIGNED: QT_TRANSLATE_NOOP("CoreWords", "to do"),
    AssignmentStatus.ANNOTATED: QT_TRANSLATE_NOOP("CoreWords", "✓ done"),
}


def word(words: dict[str, str], value: str) -> str:
    """`value`'s word from `words`, translated; a value the catalogue does not know is shown as it is
    (data from a newer or damaged project must still be seen, not hidden)."""
    english = words.get(value)
    return QCoreApplication.translate(CONTEXT, english) if english else value


def status_word(status: str) -> str:
    return word(DOCUMENT_STATUSES, status)


def realis_word(realis: str) -> str:
    return word(REALIS, realis)
