"""Curation mode in the real window, from the keyboard: two annotators' layers (made through the
services, each by its own annotator), a reviewer opens Review → Adjudicate, settles every disagreement
with 1/2/3/0/E and N/P, accepts what both agree on, and the gold rows in the database are exactly the
chosen ones."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from curator.core import services
from curator.core.domain import GOLD_LAYER
from curator.core.project.setup import open_project
from curator.core.services import review
from curator.core.storage import Project
from curator.core.storage.models import Annotator, Label, Span
from curator.ui.main_window import MainWindow

TEXT = "KGAÖ Dışişleri Bakanları toplantısı Bişkek'te yapıldı."
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def no_role_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(review.ROLE_ENVIRONMENT, raising=False)


def _layer(path: Path, name: str, spans: list[tuple[int, int, str]]) -> None:
    project = open_project(path, annotator=name)
    for start, end, label in spans:
        services.add_span(project, 1, start, end, label)
    project.close()


def _project(tmp_path: Path, who: str, role: str) -> Project:
    path = tmp_path / "curation.curator"
    project = open_project(path, annotator="rita")
    with project.write() as session:
        services.add_documents(
            session,
            [
                services.NewDocument(text=TEXT, title="Konsey", language="tr"),
                services.NewDocument(text="Bişkek ve Moskova.", title="İki şehir", language="tr"),
            ],
            annotator_id=None,
            source="t",
        )
    project.close()
    _layer(path, "ana", [(0, 4, "ORG"), (5, 24, "TITLE"), (36, 42, "GPE"), (46, 53, "MISC")])
    _layer(path, "bek", [(0, 4, "ORG"), (5, 24, "ORG"), (36, 45, "GPE")])
    project = open_project(path, annotator=who)
    review.set_role(project, role)
    return project


@pytest.fixture
def reviewer(tmp_path: Path) -> Iterator[Project]:
    project = _project(tmp_path, "rita", "reviewer")
    yield project
    project.close()


def _window(qtbot, project: Project) -> MainWindow:
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.controller.open_document(1)
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, CTRL_ALT)
    return window


def gold(project: Project) -> list[tuple[int, int, str, str, list[str]]]:
    with project.read() as session:
        rows = session.execute(
            Span.__table__.select()  # type: ignore[attr-defined]
            .with_only_columns(Span.start, Span.end, Label.name, Span.status, Span.agreed_by)
            .join_from(Span, Label, Label.id == Span.label_id)
            .join(Annotator, Annotator.id == Span.annotator_id)
            .where(Annotator.name == GOLD_LAYER)
            .order_by(Span.start, Span.end)
        ).all()
    return [(s, e, label, status, list(agreed)) for s, e, label, status, agreed in rows]


def test_a_reviewer_settles_every_disagreement_from_the_keyboard(qtbot, reviewer: Project) -> None:
    window = _window(qtbot, reviewer)
    panel = window.adjudication_actions.panel
    listing = panel.list
    assert window.statusBar().currentMessage() == "" and listing.count() == 3
    assert listing.hasFocus()
    assert "0 neither" in panel.header.text() and "1 = ana, 2 = bek" in panel.header.text()
    assert [listing.item(i).text() for i in range(3)] == [
        "5-24 label: ana: TITLE “Dışişleri Bakanları” | bek: ORG “Dışişleri Bakanları”",
        "36-45 boundary: ana: GPE “Bişkek” | bek: GPE “Bişkek'te”",
        "46-53 missing: ana: MISC “yapıldı” | bek: —",
    ]
    assert listing.currentRow() == 0
    qtbot.keyClick(listing, Qt.Key.Key_N)
    qtbot.keyClick(listing, Qt.Key.Key_N)
    assert listing.currentRow() == 2
    qtbot.keyClick(listing, Qt.Key.Key_P)
    qtbot.keyClick(listing, Qt.Key.Key_P)
    assert listing.currentRow() == 0
    qtbot.keyClick(listing, Qt.Key.Key_J, CTRL_ALT | SHIFT)  # accept what both agree on
    assert gold(reviewer) == [(0, 4, "ORG", "accepted", ["ana", "bek"])]
    qtbot.keyClick(listing, Qt.Key.Key_2)  # the label: bek's ORG
    assert listing.currentRow() == 1
    qtbot.keyClick(listing, Qt.Key.Key_3)  # the boundary: both
    qtbot.keyClick(listing, Qt.Key.Key_0)  # the missing one: neither
    assert gold(reviewer) == [
        (0, 4, "ORG", "accepted", ["ana", "bek"]),
        (5, 24, "ORG", "accepted", ["bek"]),
        (36, 42, "GPE", "accepted", ["ana"]),
        (36, 45, "GPE", "accepted", ["bek"]),
        (46, 53, "MISC", "rejected", ["ana"]),
    ]
    assert panel.header.text().startswith("0 open of 3")
    assert all(listing.item(i).text().startswith("✔ ") for i in range(3))
    window.registry["layers.others"].trigger()  # off, then on again: every layer, gold now included
    window.registry["layers.others"].trigger()
    shown = {(s.start, s.end, s.label, s.annotator) for s in window.controller.spans}
    assert (36, 45, "GPE", "gold") in shown and (46, 53, "MISC", "gold") not in shown  # "neither" is no tag
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (46, 53, "MISC", "rejected", ["ana"]) not in gold(reviewer)
    assert panel.header.text().startswith("1 open of 3")
    window.controller.open_document(2)  # one layer only: the mode ends and says why
    assert listing.count() == 0 and "fewer than two annotator layers" in panel.header.text()


def test_edit_accepts_layer_a_then_relabels_the_gold_copy(qtbot, reviewer: Project, monkeypatch) -> None:
    window = _window(qtbot, reviewer)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("PER", True))
    qtbot.keyClick(window.adjudication_actions.panel.list, Qt.Key.Key_E)
    assert gold(reviewer) == [(5, 24, "PER", "accepted", ["ana"])]
    assert window.adjudication_actions.panel.list.item(0).text().startswith("✔ ")


def test_an_annotator_is_told_gold_needs_a_reviewer(qtbot, tmp_path: Path) -> None:
    project = _project(tmp_path, "cem", "annotator")
    try:
        window = _window(qtbot, project)
        qtbot.keyClick(window.adjudication_actions.panel.list, Qt.Key.Key_1)
        assert "needs the reviewer role" in window.statusBar().currentMessage()
        assert gold(project) == []
    finally:
        project.close()


def test_a_document_with_one_layer_says_so(qtbot, project: Project) -> None:
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.controller.open_document(1)
    window.registry["adjudicate.mode"].trigger()
    assert "needs two annotator layers" in window.statusBar().currentMessage()


def test_accept_agreed_in_the_corpus_runs_as_a_job_and_undoes_as_one_step(qtbot, reviewer: Project) -> None:
    window = _window(qtbot, reviewer)
    window.registry["adjudicate.accept_agreed_corpus"].trigger()
    done = "copied into gold; documents with two layers or more: 1"
    qtbot.waitUntil(lambda: done in window.statusBar().currentMessage(), timeout=10_000)
    assert gold(reviewer) == [(0, 4, "ORG", "accepted", ["ana", "bek"])]
    window.registry["edit.undo"].trigger()
    assert gold(reviewer) == []
