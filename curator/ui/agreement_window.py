"""Project → Agreement…: the agreement report in a window, computed off the GUI thread.

A pairwise table (F1 exact and overlap, boundary disagreements, κ, αU), a per-label table with a bar
chart of its F1 (drawn here with QPainter: QtCharts is not part of the install), the all-rater scores
and the skipped documents, all as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QDialog, QLabel, QSizePolicy, QSplitter, QTabWidget, QVBoxLayout, QWidget

from curator.ui import messages
from curator.ui.i18n_tools import AGREEMENT, TranslatedTableModel, core_text
from curator.ui.list_table_model import Index
from curator.ui.row_table import row_table
from curator.ui.workbench import Workbench
from curator.ui.workers import JobWorker

if TYPE_CHECKING:  # the agreement core loads spaCy's tokenizer: imported when a report is asked for
    from curator.core.agreement import AgreementReport


def number(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


class PairTableModel(TranslatedTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("PairTableModel", "Pair"),
        QT_TRANSLATE_NOOP("PairTableModel", "Documents"),
        QT_TRANSLATE_NOOP("PairTableModel", "F1 exact"),
        QT_TRANSLATE_NOOP("PairTableModel", "F1 overlap"),
        QT_TRANSLATE_NOOP("PairTableModel", "Boundary"),
        QT_TRANSLATE_NOOP("PairTableModel", "Cohen κ"),
        "αU",
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        p = self.rows[index.row()]
        values = (f"{p.first} / {p.second}", str(p.documents), number(p.spans.f1_exact),
                  number(p.spans.f1_overlap), str(p.spans.boundary), number(p.kappa),
                  number(p.alpha_unitizing))  # fmt: skip
        return values[index.column()]


class LabelTableModel(TranslatedTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("LabelTableModel", "Label"),
        QT_TRANSLATE_NOOP("LabelTableModel", "Spans compared"),
        QT_TRANSLATE_NOOP("LabelTableModel", "F1 exact"),
        QT_TRANSLATE_NOOP("LabelTableModel", "F1 overlap"),
        QT_TRANSLATE_NOOP("LabelTableModel", "Boundary"),
        QT_TRANSLATE_NOOP("LabelTableModel", "Label differs"),
        "αU",
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        s = row.spans
        values = (row.label, str(s.first + s.second), number(s.f1_exact), number(s.f1_overlap),
                  str(s.boundary), str(s.relabelled), number(row.alpha_unitizing))  # fmt: skip
        return values[index.column()]


class EventTableModel(TranslatedTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("EventTableModel", "Pair"),
        QT_TRANSLATE_NOOP("EventTableModel", "Event type"),
        QT_TRANSLATE_NOOP("EventTableModel", "Role"),
        QT_TRANSLATE_NOOP("EventTableModel", "Units"),
        QT_TRANSLATE_NOOP("EventTableModel", "F1 exact"),
        QT_TRANSLATE_NOOP("EventTableModel", "F1 overlap"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        e = self.rows[index.row()]
        values = (f"{e.first} / {e.second}", e.event_type, e.role or self.tr("(trigger)"),
                  str(e.counts.first + e.counts.second), number(e.counts.f1_exact),
                  number(e.counts.f1_overlap))  # fmt: skip
        return values[index.column()]


class LabelBarChart(QWidget):
    """Per label, two bars: F1 exact (dark) and F1 overlap (light), on a 0–1 scale."""

    EXACT = QColor("#3a6ea5")
    OVERLAP = QColor("#a9c6e8")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, float, float]] = []
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_bars(self, bars: list[tuple[str, float, float]]) -> None:
        self.bars = bars
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        left = metrics.horizontalAdvance("1.00") + 8
        bottom = self.height() - line - 6
        top = line
        if not self.bars or bottom <= top:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No label to compare"))
            return
        painter.setPen(self.palette().text().color())
        for tick in (0.0, 0.5, 1.0):
            y = bottom - tick * (bottom - top)
            painter.drawText(
                QRectF(0, y - line / 2, left - 4, line), Qt.AlignmentFlag.AlignRight, f"{tick:.2f}"
            )
            painter.drawLine(left, int(y), self.width() - 4, int(y))
        slot = (self.width() - left - 4) / len(self.bars)
        width = max(2.0, slot * 0.35)
        for number_, (name, exact, overlap) in enumerate(self.bars):
            x = left + number_ * slot + slot * 0.15
            for offset, value, color in ((0.0, exact, self.EXACT), (width, overlap, self.OVERLAP)):
                height = value * (bottom - top)
                painter.fillRect(QRectF(x + offset, bottom - height, width, height), color)
            label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(slot))
            painter.drawText(
                QRectF(left + number_ * slot, bottom + 2, slot, line), Qt.AlignmentFlag.AlignCenter, label
            )


def plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class AgreementWindow(QDialog):
    def __init__(self, parent: QWidget, report: AgreementReport) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agreement"))
        self.resize(900, 640)
        self.report = report
        self.summary = plain_label(summary_text(report), self)
        self.pairs = PairTableModel()
        self.pairs.replace_rows(report.pairs)
        self.labels = LabelTableModel()
        self.labels.replace_rows(report.labels)
        self.events = EventTableModel()
        self.events.replace_rows(report.events)
        self.chart = LabelBarChart(self)
        self.chart.set_bars(
            [(row.label, row.spans.f1_exact or 0.0, row.spans.f1_overlap or 0.0) for row in report.labels]
        )
        self.pair_table = row_table(self.pairs, self, name="agreement_pairs")
        self.label_table = row_table(self.labels, self, name="agreement_labels")
        self.event_table = row_table(self.events, self, name="agreement_events")
        by_label = QSplitter(Qt.Orientation.Vertical, self)
        by_label.addWidget(self.label_table)
        by_label.addWidget(self.chart)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Agreement tables"))
        self.tabs.addTab(self.pair_table, self.tr("Pairs"))
        self.tabs.addTab(by_label, self.tr("Labels"))
        self.tabs.addTab(self.event_table, self.tr("Events"))
        for table, tab in ((self.pair_table, 0), (self.label_table, 1), (self.event_table, 2)):
            table.setAccessibleName(self.tabs.tabText(tab))  # each table is named by its tab
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)


def summary_text(report: AgreementReport) -> str:
    layers = ", ".join(report.annotators) or QCoreApplication.translate("AgreementWindow", "none")
    lines = [
        QCoreApplication.translate(
            "AgreementWindow", "Layers: {layers}. {documents} documents have two or more of them."
        ).format(layers=layers, documents=report.documents)
    ]
    if report.comparable:
        lines.append(
            QCoreApplication.translate(
                "AgreementWindow",
                "All raters: Fleiss κ {kappa} ({complete} documents with every layer), "
                "Krippendorff α {alpha} over {tokens} tokens, αU {unitizing}.",
            ).format(
                kappa=number(report.fleiss_kappa),
                complete=report.complete_documents,
                alpha=number(report.alpha),
                tokens=report.tokens,
                unitizing=number(report.alpha_unitizing),
            )
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "AgreementWindow", "No document has two layers yet: there is nothing to compare."
            )
        )
    if report.skipped:
        shown = ", ".join(f"#{s.document_id} ({core_text(AGREEMENT, s.reason)})" for s in report.skipped[:8])
        if len(report.skipped) > 8:
            skipped = QCoreApplication.translate("AgreementWindow", "Skipped: {shown} and {more} more.")
        else:
            skipped = QCoreApplication.translate("AgreementWindow", "Skipped: {shown}.")
        lines.append(skipped.format(shown=shown, more=len(report.skipped) - 8))
    return "\n".join(lines)


def open_agreement(workbench: Workbench) -> None:
    """Compute the report in the background, then show it in its own window."""
    project = workbench.project

    def job(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> AgreementReport:
        from curator.core.agreement import compute_agreement

        return compute_agreement(project, progress=progress, is_cancelled=is_cancelled)

    def done(report: AgreementReport) -> None:
        window = AgreementWindow(workbench.host(), report)
        window.show()

    started: list[JobWorker] = []

    def failed(message: str) -> None:
        if not (started and started[0].is_cancelled()):  # a cancel needs no message
            messages.warning(
                workbench.host(), QCoreApplication.translate("AgreementWindow", "Agreement"), message
            )

    title = QCoreApplication.translate("AgreementWindow", "Computing agreement")
    started.append(workbench.run_job(title, job, done, failed))
