"""The whole team flow in real windows, from the keyboard: two annotators tag the same seed document
differently, each in their own window; the reviewer's Agreement report shows the numbers worked out by
hand below; the reviewer adjudicates in curation mode; the default export holds exactly the gold spans
chosen, read back by the JSONL consumer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from curator.cli.main import main
from curator.core.importers import import_paths
from curator.core.project.setup import open_project
from curator.core.services import review
from curator.ui.agreement_window import AgreementWindow
from curator.ui.main_window import MainWindow

SEED = Path(__file__).resolve().parents[2] / "sample_docs" / "002_7fc4813bd16614c4.txt"
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
PER, ORG, GPE = Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3


@pytest.fixture(autouse=True)
def no_role_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(review.ROLE_ENVIRONMENT, raising=False)


def open_window(qtbot, path: Path, annotator: str) -> MainWindow:
    project = open_project(path, annotator=annotator)
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.controller.open_document(1)
    return window


def tag(qtbot, window: MainWindow, words: str, key: Qt.Key) -> None:
    """Select `words` (the part after a "|", at the first place the whole phrase occurs) and press key."""
    document = window.controller.document
    assert document is not None
    before, _, words = words.rpartition("|")
    start = document.text.index(before + words) + len(before)
    window.text_view.select_range(start, start + len(words))
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, key)


def annotate(qtbot, path: Path, annotator: str, tags: list[tuple[str, Qt.Key]]) -> None:
    window = open_window(qtbot, path, annotator)
    for words, key in tags:
        tag(qtbot, window, words, key)
    window.close()
    window.project.close()


def cell(table, row: int, column: int) -> str:
    return table.model().index(row, column).data()


def test_two_annotators_agreement_adjudication_and_the_gold_export(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "team.curator"
    with open_project(path, annotator="rita") as lead:
        import_paths(lead, [SEED])
        review.set_role(lead, "reviewer")
    # Snapping drops the Turkish suffix: "Tasmagambetov'u" is tagged "Tasmagambetov".
    annotate(qtbot, path, "ana", [("Sadir Caparov", PER), ("Imangali |Tasmagambetov'u", PER),
                                  ("BISKEK", GPE)])  # fmt: skip
    annotate(qtbot, path, "bek", [("Sadir Caparov", PER), ("Imangali Tasmagambetov'u", PER),
                                  ("Kolektif Güvenlik Antlasmasi Örgütü", ORG)])  # fmt: skip

    window = open_window(qtbot, path, "rita")
    window.registry["project.agreement"].trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, AgreementWindow) for w in QApplication.topLevelWidgets()))
    report = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AgreementWindow))
    qtbot.addWidget(report)
    # 3 spans each; exact: Caparov only, F1 = 2·1/(3+3); overlap (same label): Caparov and the two
    # Tasmagambetov spans, F1 = 2·2/6; one boundary disagreement.
    pairs = report.pair_table
    assert [cell(pairs, 0, c) for c in range(5)] == ["ana / bek", "1", "0.333", "0.667", "1"]
    report.close()

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, CTRL_ALT)  # Review → Adjudicate
    listing = window.adjudication_actions.panel.list
    assert listing.count() == 3 and listing.hasFocus(), window.statusBar().currentMessage()
    texts = [listing.item(i).text().split(" ", 1)[1] for i in range(3)]  # after the offsets
    assert texts == [
        "missing: ana: GPE “BISKEK” | bek: —",
        "missing: ana: — | bek: ORG “Kolektif Güvenlik Antlasmasi Örgütü”",
        "boundary: ana: PER “Tasmagambetov” | bek: PER “Imangali Tasmagambetov”",
    ]
    qtbot.keyClick(listing, Qt.Key.Key_J, CTRL_ALT | SHIFT)  # accept what both agree on: Caparov
    qtbot.keyClick(listing, Qt.Key.Key_1)  # BISKEK, only ana has it: take it
    qtbot.keyClick(listing, Qt.Key.Key_0)  # the organisation only bek tagged: neither
    qtbot.keyClick(listing, Qt.Key.Key_2)  # Tasmagambetov's boundary: bek's, with the first name
    assert window.adjudication_actions.panel.header.text().startswith("0 open of 3")
    window.close()
    window.project.close()

    out = tmp_path / "gold.jsonl"
    assert main(["--project", str(path), "export", "--format", "jsonl", "--out", str(out)]) == 0
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    text = record["text"]
    assert sorted((text[s["start"]:s["end"]], s["label"]) for s in record["spans"]) == [
        ("BISKEK", "GPE"), ("Imangali Tasmagambetov", "PER"), ("Sadir Caparov", "PER"),
    ]  # fmt: skip
