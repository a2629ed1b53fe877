"""The core's English texts that the analysis windows show, listed once for Qt's translation tools.

Core never imports Qt, so the statistics titles and columns, the adjudication kinds, the agreement notes
and the search's skip reasons it makes stay English there (the `curator stats --html` report prints them
as they are). The windows translate them where they are shown, through `core_text`: a text equal to a
listed one is translated; one made from a listed template ("only {who} annotated it") is matched
against it and its translation filled with the same values, so no sentence is assembled from fragments
on either side. tests/ui/test_i18n_tools.py checks that every text the core makes has an entry here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from curator.ui.list_table_model import ListTableModel

if TYPE_CHECKING:  # the statistics queries are loaded with the window that shows them, not before
    from curator.core.statistics import Figure

STATISTICS = "CoreStatistics"
AGREEMENT = "CoreAgreement"
ADJUDICATION = "CoreAdjudication"
SEARCH = "CoreSearch"

CATALOGUE: dict[str, tuple[str, ...]] = {
    STATISTICS: (
        QT_TRANSLATE_NOOP("CoreStatistics", "Documents by status"),
        QT_TRANSLATE_NOOP("CoreStatistics", "Documents by language"),
        QT_TRANSLATE_NOOP("CoreStatistics", "Spans per label"),
        QT_TRANSLATE_NOOP("CoreStatistics", "Annotations per annotator per day"),
        QT_TRANSLATE_NOOP("CoreStatistics", "Suggestion acceptance per suggester"),
        QT_TRANSLATE_NOOP("CoreStatistics", "Agreement between annotators"),
        QT_TRANSLATE_NOOP("CoreStatistics", "Status"),
        QT_TRANSLATE_NOOP("CoreStatistics", "Documents"),
        QT_TRANSLATE_NOOP("CoreStatistics", "Language"),
        QT_TRANSLATE_NOOP("CoreStatistics", "Label"),
        QT_TRANSLATE_NOOP("CoreStatistics", "Spans"),
        QT_TRANSLATE_NOOP("CoreStatistics", "Day (UTC)"),
        QT_TRANSLATE_NOOP("CoreStatistics", "(no annotator)"),
        QT_TRANSLATE_NOOP("CoreStatistics", "Suggester"),
        QT_TRANSLATE_NOOP("CoreStatistics", "Accepted"),
        QT_TRANSLATE_NOOP("CoreStatistics", "Corrected"),
        QT_TRANSLATE_NOOP("CoreStatistics", "Rejected"),
        QT_TRANSLATE_NOOP("CoreStatistics", "Pending"),
        QT_TRANSLATE_NOOP("CoreStatistics", "Acceptance"),
        QT_TRANSLATE_NOOP("CoreStatistics", "Pair"),
        QT_TRANSLATE_NOOP("CoreStatistics", "F1 exact"),
        QT_TRANSLATE_NOOP("CoreStatistics", "F1 overlap"),
        QT_TRANSLATE_NOOP("CoreStatistics", "Cohen κ"),
        QT_TRANSLATE_NOOP("CoreStatistics", "new"),
        QT_TRANSLATE_NOOP("CoreStatistics", "in progress"),
        QT_TRANSLATE_NOOP("CoreStatistics", "annotated"),
        QT_TRANSLATE_NOOP("CoreStatistics", "approved"),
        QT_TRANSLATE_NOOP("CoreStatistics", "returned"),
        QT_TRANSLATE_NOOP(
            "CoreStatistics", "Spans made or accepted each day (UTC), by the layer they are on."
        ),
        QT_TRANSLATE_NOOP(
            "CoreStatistics",
            "Acceptance: accepted as suggested, of those decided (corrected ones count as not accepted).",
        ),
        QT_TRANSLATE_NOOP(
            "CoreStatistics",
            "Krippendorff α over all layers: {alpha} ({documents} documents with two or more).",
        ),
    ),
    AGREEMENT: (QT_TRANSLATE_NOOP("CoreAgreement", "only {who} annotated it"),),
    ADJUDICATION: (
        QT_TRANSLATE_NOOP("CoreAdjudication", "missing"),
        QT_TRANSLATE_NOOP("CoreAdjudication", "label"),
        QT_TRANSLATE_NOOP("CoreAdjudication", "boundary"),
        QT_TRANSLATE_NOOP("CoreAdjudication", "label and boundary"),
        QT_TRANSLATE_NOOP("CoreAdjudication", "arguments"),
    ),
    SEARCH: (
        QT_TRANSLATE_NOOP("CoreSearch", "tagged already"),
        QT_TRANSLATE_NOOP("CoreSearch", "excluded text"),
        QT_TRANSLATE_NOOP("CoreSearch", "approved document"),
        QT_TRANSLATE_NOOP("CoreSearch", "{label} already"),
    ),
}


@cache
def _pattern(template: str) -> re.Pattern[str]:
    """The template as a regular expression, each {name} a group that takes any text."""
    pieces = re.split(r"\{(\w+)\}", template)
    parts = (re.escape(piece) if i % 2 == 0 else f"(?P<{piece}>.+?)" for i, piece in enumerate(pieces))
    return re.compile("".join(parts), re.DOTALL)


def core_text(context: str, text: str) -> str:
    """`text`, an English text of the core, in the interface language; unknown texts (data) as they are."""
    for template in CATALOGUE[context]:
        if "{" not in template:
            if text == template:
                return QCoreApplication.translate(context, template)
            continue
        found = _pattern(template).fullmatch(text)
        if found is not None:
            return QCoreApplication.translate(context, template).format(**found.groupdict())
    return text


def figure_text(figure: Figure) -> Figure:
    """A statistics figure with its title, fixed column names, note and status names translated; the
    annotators, labels and languages it counts are data and stay as they are."""
    names = {"per_day": 1}.get(figure.key, len(figure.columns))  # per day: the rest are annotators
    columns = tuple(
        core_text(STATISTICS, column) if i < names or column == "(no annotator)" else column
        for i, column in enumerate(figure.columns)
    )
    rows = figure.rows
    if figure.key == "statuses":
        rows = tuple((core_text(STATISTICS, str(row[0])), *row[1:]) for row in rows)
    return replace(
        figure,
        title=core_text(STATISTICS, figure.title),
        columns=columns,
        rows=rows,
        note=core_text(STATISTICS, figure.note) if figure.note else "",
    )


class TranslatedTableModel(ListTableModel):
    """A small table whose COLUMNS are marked QT_TRANSLATE_NOOP with the model's class name as context:
    the header is translated as it is drawn, so it follows the interface language."""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        title = super().headerData(section, orientation, role)
        return QCoreApplication.translate(type(self).__name__, title) if isinstance(title, str) else title
