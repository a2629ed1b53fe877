"""Train Model… in the window: training off the GUI thread with progress and Cancel, scores shown before
the model is used, and making it the active model as one undoable action."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QThreadPool

from curator.core.nlp.models import list_models
from curator.core.project.setup import open_project
from curator.core.storage import Project
from curator.core.storage.models import ProjectInfo
from curator.ui import training_dialog
from curator.ui.main_window import MainWindow
from curator.ui.training_dialog import TrainingDialog
from tests.helpers.ner_data import add, kyrgyz_documents, turkish_documents


@pytest.fixture
def labelled(tmp_path: Path) -> Project:
    project = open_project(tmp_path / "train.curator", annotator="tester")
    add(project, turkish_documents(16, seed=1, held_out=False))
    yield project
    project.close()


@pytest.fixture
def dialog(qtbot, labelled: Project) -> TrainingDialog:
    window = MainWindow(labelled)
    qtbot.addWidget(window)
    window.show()
    window.registry["model.train"].trigger()
    dialog = window.training_dialog
    qtbot.waitExposed(dialog)
    return dialog


def active_model(project: Project) -> str | None:
    with project.read() as session:
        row = session.get(ProjectInfo, "active_model:tr")
        return row.value if row is not None else None


def test_train_shows_scores_then_the_model_is_made_active_and_undone(qtbot, dialog: TrainingDialog) -> None:
    project = dialog.project
    assert dialog.language.currentData() == "tr" and "16 documents" in dialog.language.currentText()
    dialog.epochs.setValue(4)
    with qtbot.waitSignal(dialog.train_button.clicked):
        qtbot.mouseClick(dialog.train_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isEnabled() and not dialog.train_button.isEnabled()
    worker = dialog.worker
    assert worker is not None
    with qtbot.waitSignal(worker.signals.progressed, timeout=60_000):
        pass  # progress arrives while the event loop keeps running
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=120_000)

    assert dialog.last_result is not None and dialog.last_result.version == "tr-1"
    labels = [dialog.scores.index(row, 0).data() for row in range(dialog.scores.rowCount())]
    assert labels == ["GPE", "PER", "all (micro)"]
    assert "16 documents" in dialog.status.text() and "held-out" in dialog.status.text()
    assert "stopped by max epochs" in dialog.status.text()

    curve = dialog.curve  # one point per dev evaluation, arrived while training, in time order
    assert len(curve.points) == len(dialog.last_result.curve) >= 4
    assert [p.seconds for p in curve.points] == sorted(p.seconds for p in curve.points)
    assert all(0.0 <= p.dev_f1 <= 1.0 for p in curve.points) and curve.points[-1].dev_f1 > 0
    area = curve.plot_area()
    assert all(area.adjusted(-1, -1, 1, 1).contains(position) for position in curve.positions())
    image = curve.grab().toImage()  # paints through paintEvent
    assert not image.isNull() and len({image.pixel(x, image.height() // 2) for x in range(image.width())}) > 1
    assert "best dev F1" in curve.toolTip()
    assert [dialog.versions.index(0, c).data() for c in (0, 1, 7)] == ["tr-1", "tr", ""]
    assert active_model(project) is None  # shown first, used only when the user says so

    assert dialog.activate_button.isEnabled()
    qtbot.mouseClick(dialog.activate_button, Qt.MouseButton.LeftButton)
    assert active_model(project) == "tr-1"
    assert dialog.versions.index(0, 7).data() == "yes" and not dialog.activate_button.isEnabled()
    undo_stack = dialog._window.controller.undo_stack
    undo_stack.undo()
    assert active_model(project) is None and dialog.versions.index(0, 7).data() == ""
    undo_stack.redo()
    assert active_model(project) == "tr-1"


def test_cancel_stops_training_and_keeps_nothing(qtbot, dialog: TrainingDialog) -> None:
    qtbot.mouseClick(dialog.train_button, Qt.MouseButton.LeftButton)
    dialog._window.registry["model.train"].trigger()  # the running dialog comes forward, no second one
    assert dialog._window.training_dialog is dialog and dialog.worker is not None
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60_000)
    assert dialog.status.text() == "Training cancelled; nothing was saved."
    assert dialog.train_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert list_models(dialog.project) == [] and dialog.versions.rowCount() == 0


def test_training_that_ends_at_once_still_shows_its_result(
    qtbot, dialog: TrainingDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    finished = SimpleNamespace(
        version="tr-7", components=["ner"], train_documents=16, train_units=40, train_spans=90,
        test_units=8, seconds=0.0, steps=12, stopped_by="max_epochs", split_by="document",
    )  # fmt: skip
    monkeypatch.setattr(training_dialog, "train_model", lambda *_args, **_kwargs: finished)
    qtbot.mouseClick(dialog.train_button, Qt.MouseButton.LeftButton)
    assert QThreadPool.globalInstance().waitForDone(30_000)  # ended and reported before any event loop turn
    qtbot.waitUntil(lambda: dialog.worker is None)
    assert dialog.last_result is finished
    assert dialog.status.text().startswith("Model tr-7 (ner): 16 documents")
    assert dialog.train_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_the_language_with_the_most_data_is_offered_first(qtbot, labelled: Project) -> None:
    """A few Kyrgyz documents (first in the alphabet) beside a Turkish corpus must not be the default."""
    add(labelled, kyrgyz_documents(8, seed=2))
    window = MainWindow(labelled)
    qtbot.addWidget(window)
    window.show()
    window.registry["model.train"].trigger()
    dialog = window.training_dialog
    assert dialog.language.currentData() == "tr"
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["tr", "ky"]
    assert "16 documents" in dialog.language.currentText()


def test_a_dev_file_chosen_in_the_dialog_scores_the_model(
    qtbot, dialog: TrainingDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Browse… picks a corpus's dev split: the model is scored on its paragraphs, all the project trains."""
    from tests.cli.test_cli_train import write_dev_file

    dev = tmp_path / "dev.jsonl"
    paragraphs = write_dev_file(dev, 3)
    monkeypatch.setattr(training_dialog.file_dialogs, "open_file_name", lambda *_args: str(dev))
    qtbot.mouseClick(dialog.dev_browse, Qt.MouseButton.LeftButton)
    assert dialog.dev_file.text() == str(dev)
    dialog.epochs.setValue(1)
    qtbot.mouseClick(dialog.train_button, Qt.MouseButton.LeftButton)
    assert not dialog.dev_file.isEnabled()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=120_000)
    result = dialog.last_result
    assert result is not None and result.split_by == "dev file" and result.test_units == paragraphs
    assert f"scored on {paragraphs} paragraphs of the dev file" in dialog.status.text()
    assert dialog.dev_file.isEnabled()


def test_a_dev_file_that_cannot_be_read_is_said_in_the_dialog(
    qtbot, dialog: TrainingDialog, tmp_path: Path
) -> None:
    missing = tmp_path / "dev.conll"
    dialog.dev_file.setText(str(missing))
    qtbot.mouseClick(dialog.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60_000)
    assert f"{missing}: no such file" in dialog.status.text()
    assert dialog.last_result is None and list_models(dialog.project) == []
