"""View → Statistics in the real window: the tables show the project's numbers, Copy as CSV puts the
table on the clipboard, Refresh follows another annotator's work (agreement appears with a second layer),
and names that look like markup stay plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage

from curator.core import services
from curator.core.project.setup import open_project
from curator.ui.main_window import MainWindow
from curator.ui.statistics_window import FigureChart, StatisticsWindow
from tests.ui.conftest import TURKISH


def tag(project, word: str, label: str, document_id: int = 1) -> None:
    start = TURKISH.index(word)
    services.add_span(project, document_id, start, start + len(word), label)


def opened(qtbot, window: MainWindow) -> StatisticsWindow:
    window.registry["view.statistics"].trigger()
    statistics = window.findChild(StatisticsWindow)
    assert statistics is not None and statistics.isVisible()
    qtbot.waitUntil(lambda: not statistics.loading, timeout=20_000)
    return statistics


def table_rows(statistics: StatisticsWindow, key: str) -> list[list[str]]:
    model = statistics.panels[key].table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_view_statistics_tables_and_copy_as_csv(qtbot, window: MainWindow) -> None:
    view_menu = window.registry.menu("view")
    assert window.registry["view.statistics"] in view_menu.actions()
    tag(window.project, "KGAÖ", "ORG")
    tag(window.project, "Bişkek", "GPE")
    statistics = opened(qtbot, window)
    assert statistics.summary.text().startswith("3 documents, 2 spans")
    assert table_rows(statistics, "statuses") == [
        ["new", "2"], ["in progress", "1"], ["annotated", "0"], ["approved", "0"], ["returned", "0"]
    ]  # fmt: skip
    labels = dict(table_rows(statistics, "labels"))
    assert (labels["PER"], labels["ORG"], labels["GPE"]) == ("0", "1", "1")
    assert [row[1:] for row in table_rows(statistics, "per_day")] == [["2"]]
    panel = statistics.panels["labels"]
    panel.copy_button.click()
    clipboard = QGuiApplication.clipboard().text()
    assert clipboard.startswith("Label,Spans\nPER,0\nORG,1\nGPE,1\n")
    assert clipboard.count("\n") == 1 + panel.model.rowCount()
    assert statistics.agreement_note.text().startswith("No document has two annotators' layers")


def test_refresh_shows_a_second_layer_and_agreement(qtbot, window: MainWindow) -> None:
    tag(window.project, "KGAÖ", "ORG")
    statistics = opened(qtbot, window)
    assert "agreement" not in statistics.panels
    markup = "<b>deniz</b>"
    with open_project(window.project.path, annotator=markup) as other:
        tag(other, "KGAÖ", "ORG")
        tag(other, "Dışişleri", "ORG")
    statistics.refresh_button.click()
    qtbot.waitUntil(lambda: not statistics.loading and "agreement" in statistics.panels, timeout=30_000)
    header = statistics.panels["per_day"].model.headerData(1, Qt.Orientation.Horizontal)
    assert header == markup  # "<" sorts first; a header is plain text, the name shown as typed
    # F1 = 2·1/(1 + 2); 7 tokens (no span cuts "Bişkek'te"), they differ on Dışişleri: tester ORG 1, O 6,
    # the other ORG 2, O 5: κ = (6/7 - 32/49) / (1 - 32/49) = 10/17
    assert table_rows(statistics, "agreement") == [[f"tester / {markup}", "0.667", "0.667", "0.588", "1"]]
    assert statistics.tabs.tabText(statistics.tabs.indexOf(statistics.panels["agreement"])) == "Agreement"
    chart = statistics.panels["agreement"].chart
    chart.resize(600, 240)
    image = QImage(600, 240, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    chart.render(image)
    bars = chart.layout_now().bars
    assert len(bars) == 3  # F1 exact, F1 overlap, κ of the one pair
    middle = bars[0]
    assert (
        image.pixelColor(int(middle.x + middle.width / 2), int(middle.y + middle.height / 2)).name()
        == "#0072b2"
    )
    assert isinstance(chart, FigureChart)
