"""Project → Agreement… and My Feedback… in the real window: two annotators tag the seed document
differently (one from the keyboard), the report shows the expected numbers, and a feedback row opens
the document with the disagreement selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from curator.core import services
from curator.core.project.setup import open_project
from curator.ui.agreement_window import AgreementWindow, LabelBarChart
from curator.ui.feedback_window import FeedbackWindow
from curator.ui.main_window import MainWindow
from tests.ui.conftest import TURKISH


def tag_word(qtbot, window: MainWindow, word: str, key: Qt.Key) -> None:
    document = window.controller.document
    assert document is not None
    start = document.text.index(word)
    window.text_view.select_range(start, start + len(word))
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, key)


def other_layer(window: MainWindow, annotator: str, spans: list[tuple[str, str]]) -> None:
    with open_project(window.project.path, annotator=annotator) as other:
        for word, label in spans:
            start = TURKISH.index(word)
            services.add_span(other, 1, start, start + len(word), label)


def shown(qtbot, kind: type):
    qtbot.waitUntil(
        lambda: any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def cell(table, row: int, column: int) -> str:
    return table.model().index(row, column).data()


def test_agreement_window_shows_pair_and_label_scores(qtbot, window: MainWindow) -> None:
    tag_word(qtbot, window, "KGAÖ", Qt.Key.Key_2)  # ORG
    tag_word(qtbot, window, "Bişkek'te", Qt.Key.Key_3)  # GPE, on "Bişkek" without the suffix
    other_layer(window, "deniz", [("KGAÖ", "ORG"), ("Bişkek'te", "GPE"), ("Dışişleri", "ORG")])
    window.registry["project.agreement"].trigger()
    report_window = shown(qtbot, AgreementWindow)
    qtbot.addWidget(report_window)
    table = report_window.pair_table
    assert table.model().rowCount() == 1
    # 8 token pieces ("Bişkek'te" cut at the suffix); they agree on 6; tester says ORG 1, GPE 1, O 6,
    # deniz ORG 2, GPE 2, O 4: p_e = 28/64 and κ = (6/8 - 28/64) / (1 - 28/64) = 0.556.
    assert [cell(table, 0, c) for c in range(6)] == ["tester / deniz", "1", "0.400", "0.800", "1", "0.556"]
    labels = report_window.label_table
    rows = {cell(labels, r, 0): [cell(labels, r, c) for c in (1, 2, 3, 4)] for r in range(2)}
    assert rows == {"GPE": ["2", "0.000", "1.000", "1"], "ORG": ["3", "0.667", "0.667", "0"]}
    chart = report_window.findChild(LabelBarChart)
    assert chart.bars == [("GPE", 0.0, 1.0), ("ORG", 2 / 3, 2 / 3)]
    report_window.tabs.setCurrentIndex(1)
    chart.grab()  # paints without error
    assert "Layers: tester, deniz" in report_window.summary.text()
    assert report_window.summary.textFormat() == Qt.TextFormat.PlainText


def test_feedback_row_opens_the_document_and_selects_the_disagreement(qtbot, window: MainWindow) -> None:
    tag_word(qtbot, window, "KGAÖ", Qt.Key.Key_2)
    tag_word(qtbot, window, "Bişkek'te", Qt.Key.Key_2)  # ORG where gold has GPE
    other_layer(window, "gold", [("KGAÖ", "ORG"), ("Bişkek", "GPE"), ("Dışişleri", "ORG")])
    window.controller.open_document(2)
    window.registry["project.feedback"].trigger()
    feedback_window = shown(qtbot, FeedbackWindow)
    qtbot.addWidget(feedback_window)
    table = feedback_window.table
    assert [[cell(table, r, c) for c in range(5)] for r in range(2)] == [
        ["#1", "5–14", "ORG", "—", "missed"],
        ["#1", "36–42", "GPE", "ORG", "other label"],
    ]
    confusion = feedback_window.confusion_table
    header = [confusion.model().headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert header == ["Gold \\ yours", "ORG", "missed"]
    rows = {cell(confusion, r, 0): [cell(confusion, r, c) for c in (1, 2)] for r in range(2)}
    assert rows == {"GPE": ["1", "0"], "ORG": ["1", "1"]}
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.controller.document.id == 1
    assert window.text_view.selection() == (36, 42)
