"""The learning curve of a training run: dev F1 against elapsed seconds, drawn as points arrive.

The training job runs on the thread pool; it reports each dev evaluation (`TrainingPoint`) through a
`CurveFeed`, whose queued signal brings the point to the GUI thread, where `LearningCurve` keeps it and
repaints. Drawn with QPainter: axes, the polyline, the best point marked, and plain-text labels only.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget
from shiboken6 import Shiboken

from curator.core.nlp.fitting import TrainingPoint

MARGIN_LEFT = 44
MARGIN_RIGHT = 12
MARGIN_TOP = 22
MARGIN_BOTTOM = 30


class CurveFeed(QObject):
    """Carries training points from the worker thread to the GUI thread (a queued signal)."""

    point = Signal(object)

    def send(self, point: TrainingPoint) -> None:
        """Called on the worker thread; a dialog closed meanwhile simply hears nothing."""
        if Shiboken.isValid(self):
            self.point.emit(point)


class LearningCurve(QWidget):
    """Dev F1 over training time; `points` is what has been drawn, for the caller and for tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[TrainingPoint] = []
        self.setMinimumHeight(100)  # 140 made the training dialog 742 px tall at a 200 % font (> 720)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Learning curve: dev F1 over training time"))

    def sizeHint(self) -> QSize:
        return QSize(480, 180)

    def clear(self) -> None:
        self.points = []
        self.setToolTip("")
        self.update()

    def add_point(self, point: TrainingPoint) -> None:
        self.points.append(point)
        self.setToolTip(self.summary())
        self.setAccessibleDescription(self.summary())
        self.update()

    def summary(self) -> str:
        """One line of what the curve shows (the accessible description and the tooltip)."""
        if not self.points:
            return self.tr("No dev evaluation yet.")
        best = max(self.points, key=lambda p: p.dev_f1)
        last = self.points[-1]
        return self.tr(
            "{count} evaluations; best dev F1 {best} at {best_seconds} s (update {step}); last {last} at "
            "{last_seconds} s"
        ).format(
            count=len(self.points),
            best=f"{best.dev_f1:.3f}",
            best_seconds=f"{best.seconds:.0f}",
            step=best.step,
            last=f"{last.dev_f1:.3f}",
            last_seconds=f"{last.seconds:.0f}",
        )

    def plot_area(self) -> QRectF:
        return QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            max(1.0, self.width() - MARGIN_LEFT - MARGIN_RIGHT),
            max(1.0, self.height() - MARGIN_TOP - MARGIN_BOTTOM),
        )

    def positions(self) -> list[QPointF]:
        """Where each point is drawn: seconds on x (from 0 to the last), F1 on y (0 to 1)."""
        area = self.plot_area()
        span = max((p.seconds for p in self.points), default=0.0) or 1.0
        return [
            QPointF(
                area.left() + area.width() * p.seconds / span,
                area.bottom() - area.height() * min(max(p.dev_f1, 0.0), 1.0),
            )
            for p in self.points
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(palette.ColorRole.WindowText)
        area = self.plot_area()
        painter.fillRect(self.rect(), palette.color(palette.ColorRole.Base))
        grid = QColor(text)
        grid.setAlpha(50)
        painter.setPen(QPen(grid, 1))
        for tenth in (0.25, 0.5, 0.75, 1.0):
            y = area.bottom() - area.height() * tenth
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.setPen(QPen(text, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(area.bottomLeft(), area.topLeft())
        for value in (0.0, 0.5, 1.0):
            y = area.bottom() - area.height() * value
            label = QRectF(0, y - 8, MARGIN_LEFT - 6, 16)
            painter.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{value:.1f}"
            )
        top = QRectF(0, 2, self.width(), MARGIN_TOP - 4)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft, self.tr("dev F1"))
        last = self.points[-1].seconds if self.points else 0.0
        axis = QRectF(area.left(), area.bottom() + 4, area.width(), MARGIN_BOTTOM - 4)
        painter.drawText(axis, Qt.AlignmentFlag.AlignLeft, self.tr("{seconds} s").format(seconds=0))
        painter.drawText(axis, Qt.AlignmentFlag.AlignHCenter, self.tr("training time"))
        painter.drawText(
            axis, Qt.AlignmentFlag.AlignRight, self.tr("{seconds} s").format(seconds=f"{last:.0f}")
        )
        if not self.points:
            painter.drawText(
                area, Qt.AlignmentFlag.AlignCenter, self.tr("The curve appears at the first dev evaluation.")
            )
            painter.end()
            return
        where = self.positions()
        line = palette.color(palette.ColorRole.Highlight)
        painter.setPen(QPen(line, 2))
        painter.drawPolyline(QPolygonF(where))
        painter.setBrush(line)
        for position in where:
            painter.drawEllipse(position, 2.5, 2.5)
        best = max(range(len(self.points)), key=lambda i: self.points[i].dev_f1)
        painter.setPen(QPen(text, 1))
        painter.drawText(
            QRectF(area.left() + 4, area.top(), area.width() - 8, 16),
            Qt.AlignmentFlag.AlignRight,
            self.tr("best {f1}").format(f1=f"{self.points[best].dev_f1:.3f}"),
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(where[best], 5, 5)
        painter.end()
