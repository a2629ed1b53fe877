"""View → Statistics: the dashboard's figures as charts, each with its table behind it and Copy as CSV.

The numbers come from `curator.core.statistics` (grouped SQL aggregates) read off the GUI thread when the
window opens and on Refresh; agreement follows in a second job, since it tokenises the shared documents.
Charts are drawn with QPainter from the same layout the HTML report's SVG uses (QtCharts is not part of
the install). Every name shown (labels, annotators, suggesters) is imported data: plain text only.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from curator.core.statistics import (
    Figure,
    Statistics,
    agreement_figure,
    cell_text,
    chart_layout,
    compute_statistics,
    figure_csv,
)
from curator.core.statistics.layout import ChartLayout
from curator.ui.i18n_tools import figure_text
from curator.ui.list_table_model import Index, ListTableModel
from curator.ui.messages import plain_tooltip
from curator.ui.row_table import row_table
from curator.ui.workbench import Workbench
from curator.ui.workers import JobWorker, start_job


def plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class FigureTableModel(ListTableModel):
    """A figure's table: its columns are the figure's, so they change with the data (annotators)."""

    def set_figure(self, figure: Figure) -> None:
        self.beginResetModel()
        self.COLUMNS = figure.columns
        self.rows = list(figure.rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and not isinstance(value, str):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FigureChart(QWidget):
    """Bars from `chart_layout`, scaled to the widget and its font; hover a bar for its number."""

    def __init__(self, figure: Figure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_figure(self, figure: Figure) -> None:
        self.figure = figure
        self.update()

    def layout_now(self) -> ChartLayout:
        metrics = self.fontMetrics()
        return chart_layout(
            self.figure, self.width(), self.height(), char=metrics.averageCharWidth(), line=metrics.height()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        text_color = self.palette().text().color()
        if self.figure.empty:
            painter.setPen(text_color)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing to count yet"))
            return
        layout = self.layout_now()
        metrics = painter.fontMetrics()
        line = metrics.height()
        for y, tick in layout.ticks:
            painter.setPen(QColor("#dddddd"))
            painter.drawLine(QPointF(layout.left, y), QPointF(layout.right, y))
            painter.setPen(text_color)
            box = QRectF(0, tick.y - metrics.ascent(), tick.x, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight, tick.text)
        for bar in layout.bars:
            painter.fillRect(QRectF(bar.x, bar.y, bar.width, bar.height), QColor(bar.color))
        painter.setPen(text_color)
        room = (layout.right - layout.left) / max(len(self.figure.rows), 1)
        every = max(len(self.figure.rows) // max(len(layout.categories), 1), 1)
        for text in layout.categories:
            shown = metrics.elidedText(text.full, Qt.TextElideMode.ElideRight, int(room * every))
            box = QRectF(text.x - room * every / 2, text.y - metrics.ascent(), room * every, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, shown)
        for text, color in layout.legend:
            size = metrics.ascent()
            painter.fillRect(QRectF(text.x - size - 4, text.y - size, size, size), QColor(color))
            painter.drawText(QPointF(text.x, text.y), text.text)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = QPointF(event.pos())
            hit = next(
                (b for b in self.layout_now().bars if QRectF(b.x, b.y, b.width, b.height).contains(point)),
                None,
            )
            if hit is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), plain_tooltip(hit.tip), self)
            return True
        return super().event(event)


class FigurePanel(QWidget):
    """One figure: Chart and Table tabs, its note, and Copy as CSV (the table as a spreadsheet reads it)."""

    def __init__(self, figure: Figure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.chart = FigureChart(figure, self)
        self.model = FigureTableModel()
        self.table = row_table(self.model, self, name=f"statistics_{figure.key}")
        self.table.setAccessibleName(self.tr("{title}, as a table").format(title=figure.title))
        self.chart.setAccessibleName(self.tr("{title}, as a chart").format(title=figure.title))
        self.views = QTabWidget(self)
        self.views.setAccessibleName(self.tr("Chart or table"))
        self.views.tabBar().setAccessibleName(self.tr("Chart or table"))
        self.views.addTab(self.chart, self.tr("Chart"))
        self.views.addTab(self.table, self.tr("Table"))
        self.note = plain_label(figure.note, self)
        self.copy_button = QPushButton(self.tr("Copy as &CSV"), self)
        self.copy_button.setToolTip(self.tr("Put this table on the clipboard as comma-separated values"))
        self.copy_button.clicked.connect(self.copy_csv)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.views, 1)
        layout.addLayout(bottom)
        self.set_figure(figure)

    def set_figure(self, figure: Figure) -> None:
        self.figure = figure
        self.chart.set_figure(figure)
        self.model.set_figure(figure)
        self.note.setText(figure.note)
        self.note.setVisible(bool(figure.note))

    def copy_csv(self) -> None:
        QGuiApplication.clipboard().setText(figure_csv(self.figure))


class StatisticsWindow(QDialog):
    """A tab per figure; Refresh reads them all again (another window or process may have written)."""

    def __init__(self, workbench: Workbench) -> None:
        super().__init__(workbench.host())
        self.workbench = workbench
        self.setWindowTitle(self.tr("Statistics"))
        self.resize(960, 600)
        self.summary = plain_label(self.tr("Counting…"), self)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Figures"))
        self.tabs.tabBar().setAccessibleName(self.tr("Figures"))
        self.panels: dict[str, FigurePanel] = {}
        self.agreement_note = plain_label("", self)
        self.running: list[JobWorker] = []
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    @property
    def loading(self) -> bool:
        return bool(self.running)

    def refresh(self) -> None:
        """Count off the GUI thread; the button waits until both jobs reported (no overlapping reads)."""
        if self.running:
            return
        self.refresh_button.setEnabled(False)
        self.summary.setText(self.tr("Counting…"))
        project = self.workbench.project
        self._start(
            lambda _progress, _cancelled: compute_statistics(project),
            self.tr("Counting statistics"),
            self._show,
        )

    def _start(self, job, title: str, done) -> None:
        worker: list[JobWorker] = []

        def ended() -> None:
            self.running.remove(worker[0])
            self.refresh_button.setEnabled(not self.running)

        worker.append(start_job(job, title=title, on_done=done, on_failed=self._failed, on_end=ended))
        self.running.append(worker[0])

    def _show(self, stats: Statistics) -> None:
        taken = datetime.now().strftime("%H:%M:%S")
        self.summary.setText(
            self.tr("{documents} documents, {spans} spans (read at {time}).").format(
                documents=f"{stats.documents:,}", spans=f"{stats.spans:,}", time=taken
            )
        )
        for figure in stats.figures:
            self._panel(figure_text(figure))
        self._agreement_placeholder(self.tr("Computing agreement…"))
        project = self.workbench.project
        self._start(
            lambda progress, cancelled: agreement_figure(project, progress, cancelled),
            self.tr("Computing agreement"),
            self._show_agreement,
        )

    def _panel(self, figure: Figure) -> None:
        panel = self.panels.get(figure.key)
        if panel is None:
            panel = self.panels[figure.key] = FigurePanel(figure, self)
            self.tabs.insertTab(len(self.panels) - 1, panel, figure.title)
        else:
            panel.set_figure(figure)

    def _agreement_placeholder(self, text: str) -> None:
        self.agreement_note.setText(text)
        if "agreement" in self.panels:
            return
        if self.tabs.indexOf(self.agreement_note) < 0:
            self.tabs.addTab(self.agreement_note, self.agreement_title())

    def _show_agreement(self, figure: Figure | None) -> None:
        if figure is None:  # none yet, or no longer: two layers no longer share a document
            stale = self.panels.pop("agreement", None)
            if stale is not None:
                self.tabs.removeTab(self.tabs.indexOf(stale))
                stale.deleteLater()
            self._agreement_placeholder(
                self.tr("No document has two annotators' layers yet: there is no agreement to show.")
            )
            return
        index = self.tabs.indexOf(self.agreement_note)
        if index >= 0:
            self.tabs.removeTab(index)
        self._panel(figure_text(figure))
        self.tabs.setTabText(self.tabs.indexOf(self.panels["agreement"]), self.agreement_title())

    def agreement_title(self) -> str:
        """The agreement tab's short name (the figure's own title is longer than a tab wants)."""
        return self.tr("Agreement")

    def _failed(self, message: str) -> None:
        self.summary.setText(self.tr("Cannot count the statistics: {message}").format(message=message))


def open_statistics(workbench: Workbench) -> StatisticsWindow:
    """One window per main window: opening it again brings it to the front with fresh numbers."""
    window = workbench.host().findChild(StatisticsWindow)
    if window is None:
        window = StatisticsWindow(workbench)
    window.show()
    window.raise_()
    window.activateWindow()
    window.refresh()
    return window
