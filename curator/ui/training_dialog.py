"""Train model…: train a spaCy model off the GUI thread, show its held-out scores, then (only if the
user says so) make it the model that suggests. Earlier versions are listed with their scores.

Training runs in a `JobWorker` with a progress bar and Cancel; the window keeps responding. Every dev
evaluation reaches the learning curve (dev F1 over time, `curator.ui.learning_curve`) as it happens, so
the user sees whether more time would help; "At most minutes" stops training and keeps the best model so
far. Making a model active is one undoable action on the window's undo stack.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from curator.core.nlp.models import ModelInfo, list_models
from curator.core.nlp.training import (
    DEV_FILE_SPLIT,
    TrainingOptions,
    TrainingResult,
    dev_units,
    train_model,
    trainable_languages,
)
from curator.core.services.changes import Change
from curator.core.services.trained_models import set_active_model
from curator.core.storage import Project
from curator.ui import file_dialogs
from curator.ui.i18n_tools import TranslatedTableModel
from curator.ui.learning_curve import CurveFeed, LearningCurve
from curator.ui.list_table_model import ListTableModel
from curator.ui.row_table import row_table
from curator.ui.workers import JobWorker, connect_job

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex


# Why training stopped (`TrainingResult.stopped_by`), as the status line says it.
STOP_REASONS = {
    "max_epochs": QT_TRANSLATE_NOOP("TrainingDialog", "max epochs"),
    "max_seconds": QT_TRANSLATE_NOOP("TrainingDialog", "max seconds"),
    "max_steps": QT_TRANSLATE_NOOP("TrainingDialog", "max steps"),
    "patience": QT_TRANSLATE_NOOP("TrainingDialog", "patience"),
}


def _stopped_by(reason: str) -> str:
    known = STOP_REASONS.get(reason)
    return QCoreApplication.translate("TrainingDialog", known) if known else reason.replace("_", " ")


class ScoresModel(TranslatedTableModel):
    """Per-label rows of a model's held-out scores (a "micro" row last)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ScoresModel", "Label"),
        QT_TRANSLATE_NOOP("ScoresModel", "Precision"),
        QT_TRANSLATE_NOOP("ScoresModel", "Recall"),
        "F1",
        QT_TRANSLATE_NOOP("ScoresModel", "Gold spans"),
        QT_TRANSLATE_NOOP("ScoresModel", "Found"),
    )

    def set_scores(self, scores: dict) -> None:
        rows = [(label, item) for label, item in scores.get("labels", {}).items()]
        if "micro" in scores:
            rows.append((self.tr("all (micro)"), scores["micro"]))
        self.replace_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        label, item = self.rows[index.row()]
        values = (label, f"{item['p']:.3f}", f"{item['r']:.3f}", f"{item['f']:.3f}", item["support"])
        return (*values, item["predicted"])[index.column()]


class VersionsModel(TranslatedTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("VersionsModel", "Version"),
        QT_TRANSLATE_NOOP("VersionsModel", "Language"),
        QT_TRANSLATE_NOOP("VersionsModel", "Trained"),
        "F1",
        QT_TRANSLATE_NOOP("VersionsModel", "Documents"),
        QT_TRANSLATE_NOOP("VersionsModel", "Spans"),
        QT_TRANSLATE_NOOP("VersionsModel", "Seconds"),
        QT_TRANSLATE_NOOP("VersionsModel", "Active"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        model: ModelInfo = self.rows[index.row()]
        f1 = "" if model.f1 is None else f"{model.f1:.3f}"
        return (
            model.version,
            model.language,
            model.created_at.strftime("%Y-%m-%d %H:%M"),
            f1,
            model.train_documents,
            model.train_spans,
            f"{model.seconds:.0f}",
            self.tr("yes") if model.active else "",
        )[index.column()]


class TrainingDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Train Model"))
        self.resize(760, 560)
        self._window = window
        self.project: Project = window.project
        self.worker: JobWorker | None = None
        self.last_result: TrainingResult | None = None
        window.controller.changed.connect(self._changed)

        self.language = QComboBox()
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 200)
        self.epochs.setValue(TrainingOptions().max_epochs)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSpecialValueText(self.tr("no limit"))
        self.minutes.setSuffix(self.tr(" min"))
        # A corpus's own dev split (any import format, read, never stored), as `curator train --dev`.
        self.dev_file = QLineEdit()
        self.dev_file.setPlaceholderText(self.tr("none: a seeded share of the project is held out"))
        self.dev_file.setClearButtonEnabled(True)
        self.dev_file.setAccessibleName(self.tr("Dev file"))
        self.dev_browse = QPushButton(self.tr("&Browse…"))
        self.dev_browse.clicked.connect(self._browse_dev_file)
        self.curve = LearningCurve()
        self.feed = CurveFeed(self)
        self.feed.point.connect(self.curve.add_point)
        self.train_button = QPushButton(self.tr("&Train"))
        self.cancel_button = QPushButton(self.tr("&Cancel Training"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.scores = ScoresModel()
        self.scores_view = self._table(self.scores)
        self.scores_view.setAccessibleName(self.tr("Scores"))
        self.versions = VersionsModel()
        self.versions_view = self._table(self.versions)
        self.versions_view.setAccessibleName(self.tr("Model versions"))
        self.versions_view.selectionModel().currentRowChanged.connect(self._version_selected)
        self.activate_button = QPushButton(self.tr("&Use Selected Model for Suggestions"))
        self.activate_button.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("At most epochs:"), self.epochs)
        form.addRow(self.tr("At most minutes:"), self.minutes)
        dev_row = QHBoxLayout()
        dev_row.addWidget(self.dev_file, 1)
        dev_row.addWidget(self.dev_browse)
        form.addRow(self.tr("Dev file:"), dev_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.train_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Learning curve (dev F1 at each evaluation):")))
        layout.addWidget(self.curve, 1)
        layout.addWidget(QLabel(self.tr("Held-out scores of the selected model:")))
        layout.addWidget(self.scores_view, 1)
        layout.addWidget(QLabel(self.tr("Models of this project:")))
        layout.addWidget(self.versions_view, 1)
        layout.addWidget(self.activate_button)
        layout.addWidget(close)

        self.train_button.clicked.connect(self.start_training)
        self.cancel_button.clicked.connect(self.cancel_training)
        self.activate_button.clicked.connect(self.activate_selected)
        self._fill_languages()
        self.refresh_versions()

    @staticmethod
    def _table(model: ListTableModel) -> QTableView:
        view = row_table(model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _fill_languages(self) -> None:
        available = trainable_languages(self.project)
        # The language with the most paragraphs first: it is the one to train (399 Turkish sentences
        # and one stray English one must not offer English).
        ranked = sorted(available.items(), key=lambda item: (-item[1][1], item[0]))
        for code, (documents, paragraphs) in ranked:
            counted = self.tr("{code} ({documents}, {paragraphs})").format(
                code=code,
                documents=self.tr("%n document(s)", "", documents),
                paragraphs=self.tr("%n paragraph(s)", "", paragraphs),
            )
            self.language.addItem(counted, code)
        if not available:
            self.status.setText(
                self.tr("Nothing to train on yet: tag some entities, or mark documents annotated.")
            )
        self.train_button.setEnabled(bool(available))

    def refresh_versions(self, select: str | None = None) -> None:
        current = select or self._selected_version()
        models = list_models(self.project)
        self.versions.replace_rows(models)
        for row, model in enumerate(models):
            if model.version == current:
                self.versions_view.selectRow(row)
                break
        else:
            self.scores.replace_rows([])
            self.activate_button.setEnabled(False)

    def _selected_version(self) -> str | None:
        index = self.versions_view.currentIndex()
        return self.versions.rows[index.row()].version if index.isValid() else None

    def _version_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        model: ModelInfo = self.versions.rows[current.row()]
        self.scores.set_scores(model.scores)
        self.activate_button.setEnabled(not model.active and self.worker is None)

    def start_training(self) -> None:
        language = self.language.currentData()
        if language is None or self.worker is not None:
            return
        project = self.project
        minutes = self.minutes.value()
        options = TrainingOptions(
            max_epochs=self.epochs.value(), max_seconds=minutes * 60.0 if minutes else None
        )
        feed = self.feed
        dev_path = Path(self.dev_file.text().strip()).expanduser() if self.dev_file.text().strip() else None

        def job(progress, is_cancelled):
            dev = None if dev_path is None else dev_units(dev_path, "auto", language)
            return train_model(
                project,
                language,
                options,
                progress=progress,
                is_cancelled=is_cancelled,
                dev=dev,
                on_point=feed.send,
            )

        self.curve.clear()

        self._set_running(True)
        self.status.setText(self.tr("Training a {language} model…").format(language=language))
        self.worker = connect_job(
            job,
            title=self.tr("Training"),
            on_done=self._finished,
            on_failed=self._failed,
            on_progress=self._progressed,
        )
        self.worker.start()  # the dialog shows it running, and knows its worker, before it can end

    def _browse_dev_file(self) -> None:
        name = file_dialogs.open_file_name(self, self.tr("Dev file"), self.dev_file.text())
        if name:
            self.dev_file.setText(name)

    def cancel_training(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        self.train_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.language.setEnabled(not running)
        self.epochs.setEnabled(not running)
        self.minutes.setEnabled(not running)
        self.dev_file.setEnabled(not running)
        self.dev_browse.setEnabled(not running)
        if running:
            self.activate_button.setEnabled(False)
            self.progress.setRange(0, 0)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, result: TrainingResult) -> None:
        self.worker = None
        self.last_result = result
        self._set_running(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        text = self.tr(
            "Model {version} ({components}): {documents} documents, {paragraphs} paragraphs and "
            "{spans} spans for training; scored on {scored} in {seconds} s ({steps} updates, stopped by "
            "{reason}). Check the scores below, then use it for suggestions if it is good enough."
        )
        self.status.setText(
            text.format(
                version=result.version,
                components=", ".join(result.components),
                documents=result.train_documents,
                paragraphs=result.train_units,
                spans=result.train_spans,
                scored=self._scored_on(result),
                seconds=f"{result.seconds:.0f}",
                steps=result.steps,
                reason=_stopped_by(result.stopped_by),
            )
        )
        self.refresh_versions(select=result.version)

    def _scored_on(self, result: TrainingResult) -> str:
        count = result.test_units
        if result.split_by == DEV_FILE_SPLIT:
            return self.tr("%n paragraph(s) of the dev file", "", count)
        return self.tr("%n held-out paragraph(s)", "", count)

    def _failed(self, message: str) -> None:
        cancelled = self.worker is not None and self.worker.is_cancelled()
        self.worker = None
        self._set_running(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("Training cancelled; nothing was saved.") if cancelled else message)

    def activate_selected(self) -> None:
        index = self.versions_view.currentIndex()
        if not index.isValid():
            return
        model: ModelInfo = self.versions.rows[index.row()]
        choice = set_active_model(self.project, model.language, model.version)
        self._window.controller.push(
            self.tr("Use model {version}").format(version=model.version), choice.change
        )
        self._window.statusBar().showMessage(
            self.tr("Suggestions for {language} now use {version}").format(
                language=model.language, version=model.version
            ),
            5000,
        )

    def _changed(self, change: Change) -> None:
        """A model chosen, or its choice undone or redone: the Active column follows."""
        if "project_info" in change.tables:
            self.refresh_versions()

    def reject(self) -> None:
        self.cancel_training()
        super().reject()


def open_training_dialog(window: MainWindow, existing: TrainingDialog | None) -> TrainingDialog:
    """Show the dialog: `existing` (the window keeps it alive while it trains) if it is still open
    for this project, e.g. still training, else a new one."""
    if existing is not None and existing.project is window.project and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = TrainingDialog(window)
    dialog.show()
    return dialog
