"""The user's preferences in the window: read once when it opens, applied live, saved on Apply or OK.

Applying is idempotent and touches only what a setting governs: the document text's font, the
application palette, the label colours (as overrides in the annotation controller, so the palette, the
text and the tables all follow), the fixed actions' keys (checked for conflicts again on load: a file
edited by hand cannot give one key two meanings), the backup timer, and, when the name changed in the
dialog, the layer the window works in. A settings file that cannot be used is reset with a message (a
non-blocking box, in plain text), never a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from curator.core.preferences import Preferences, load_preferences, save_preferences
from curator.core.suggest.runner import run_suggester, select_documents, suggester_factory
from curator.ui.actions import key_conflicts
from curator.ui.language_switch import switch_language
from curator.ui.preferences_dialog import PreferencesDialog
from curator.ui.workers import start_job

if TYPE_CHECKING:
    from curator.core.domain import DocumentRecord
    from curator.ui.main_window import MainWindow

_SYSTEM_PALETTE: QPalette | None = None  # the platform's palette, before any theme was applied

_DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1f1f1f",
    QPalette.ColorRole.AlternateBase: "#2b2b2b",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#363636",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#3d7bd9",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#363636",
    QPalette.ColorRole.ToolTipText: "#e8e8e8",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Link: "#7ab0ff",
}


def theme_palette(theme: str) -> QPalette:
    """The palette of `theme`: the platform's for "system", the style's standard light one, or dark."""
    global _SYSTEM_PALETTE
    if _SYSTEM_PALETTE is None:
        _SYSTEM_PALETTE = QPalette(QApplication.palette())
    if theme == "system":
        return QPalette(_SYSTEM_PALETTE)
    palette = QApplication.style().standardPalette()
    if theme == "dark":
        for role, color in _DARK.items():
            palette.setColor(role, QColor(color))
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7f7f"))
    return palette


def set_theme(theme: str) -> None:
    """The palette of `theme` for the whole application. A widget with a style sheet keeps the palette
    it was polished with, so each is polished again (else a title stays black on the dark window)."""
    QApplication.setPalette(theme_palette(theme))
    for widget in QApplication.allWidgets():
        if widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())


class PreferencesActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.default_font = QFont(window.text_view.font())
        self.dialog: PreferencesDialog | None = None
        self.problem_box: QMessageBox | None = None
        self._theme = "system"
        window.registry.add("edit.preferences", self.open_dialog)
        window.controller.document_loaded.connect(self._document_loaded)
        loaded = load_preferences()
        self.preferences = loaded.preferences
        problems = list(loaded.problems)
        conflicts = key_conflicts(window.registry.with_shortcuts(self.preferences.shortcuts))
        if conflicts:
            problems.append(
                QCoreApplication.translate(
                    "PreferencesActions", "your keys were reset to the defaults: {reason}"
                ).format(reason=conflicts[0])
            )
            self.preferences.shortcuts = {}
        self.apply(self.preferences)
        if problems:
            self._say_problems(problems)

    def _say_problems(self, problems: list[str]) -> None:
        title = QCoreApplication.translate("PreferencesActions", "Preferences")
        box = QMessageBox(QMessageBox.Icon.Warning, title, "\n".join(problems),
                          QMessageBox.StandardButton.Close, self.window)  # fmt: skip
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_box = box
        box.open()

    def open_dialog(self) -> None:
        """Edit → Preferences…: one dialog per window, brought forward if it is open."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        labels = self.window.controller.labels
        self.dialog = PreferencesDialog(
            self.window, self.preferences, labels, self.window.registry, self.save
        )
        self.dialog.open()

    def save(self, preferences: Preferences) -> str | None:
        """Apply and save the dialog's preferences; what went wrong, or None."""
        conflicts = key_conflicts(self.window.registry.with_shortcuts(preferences.shortcuts))
        if conflicts:
            return QCoreApplication.translate("PreferencesActions", "Not applied: {reason}.").format(
                reason=conflicts[0]
            )
        renamed = preferences.annotator and preferences.annotator != self.window.project.annotator_name
        relanguaged = preferences.interface_language != self.preferences.interface_language
        try:
            save_preferences(preferences)
        except OSError as error:
            return QCoreApplication.translate("PreferencesActions", "Not saved: {reason}.").format(
                reason=error.strerror or error
            )
        self.preferences = preferences
        self.apply(preferences)
        if renamed and not self.window.project.is_server:
            from curator.ui.annotator_prompt import reopen_as

            reopen_as(self.window, preferences.annotator)
        if relanguaged:  # once the dialog's OK or Apply has returned: the window is made again
            QTimer.singleShot(0, lambda: self._switch_language(preferences.interface_language))
        return None

    def _switch_language(self, preference: str) -> None:
        open_on = (
            self.dialog.tabs.currentIndex() if self.dialog is not None and self.dialog.isVisible() else None
        )
        switch_language(self.window, preference, preferences_tab=open_on)

    def label_tags(self) -> tuple[bool, Callable[[bool], None]]:
        """For View → Label Tags: whether tags are shown, and how a new choice is kept."""
        return self.preferences.label_tags, self._keep_label_tags

    def _keep_label_tags(self, shown: bool) -> None:
        if shown == self.preferences.label_tags:
            return
        self.preferences.label_tags = shown
        try:
            save_preferences(self.preferences)
        except OSError as error:
            self.window.message(
                QCoreApplication.translate("PreferencesActions", "Label tags: not saved ({reason})").format(
                    reason=error.strerror or error
                )
            )

    def apply(self, preferences: Preferences) -> None:
        window = self.window
        font = QFont(self.default_font)
        if preferences.text_font_family:
            font.setFamily(preferences.text_font_family)
        if preferences.text_font_points:
            font.setPointSizeF(preferences.text_font_points)
        window.text_view.setFont(font)
        window.text_view.set_line_spacing(preferences.line_spacing)
        if preferences.theme != self._theme:
            self._theme = preferences.theme
            set_theme(preferences.theme)
        if window.controller.color_overrides != preferences.label_colors:
            window.controller.color_overrides = dict(preferences.label_colors)
            window.controller.reload_labels()
        window.registry.set_shortcuts(preferences.shortcuts)
        window.health_actions.backup_timer.setInterval(preferences.backup_minutes * 60_000)
        toggle = getattr(window, "tags_toggle", None)  # made after this, from these preferences
        if toggle is not None:
            toggle.action.setChecked(preferences.label_tags)

    # --- suggestions on open ------------------------------------------------------------------------

    def _document_loaded(self, document: DocumentRecord) -> None:
        """With "suggest on open", a new document the user may edit gets suggestions in the background
        (no progress dialog: opening a document must not pop one up); they show once they are in."""
        project = self.window.project
        if not self.preferences.auto_suggest or document.status != "new" or project.read_only_reason:
            return
        suggestions = self.window.suggestion_actions
        spec = suggestions.panel.suggester.currentText() or "rules"
        document_id = document.id

        def job(progress, is_cancelled):
            return run_suggester(
                project, spec, suggester_factory(project, spec), select_documents(project, [document_id]),
                progress=progress, is_cancelled=is_cancelled,
            )  # fmt: skip

        def done(_result: object) -> None:
            current = self.window.controller.document
            if current is not None and current.id == document_id and self.window.project is project:
                suggestions.refresh()
                self.window.message(
                    QCoreApplication.translate("PreferencesActions", "Suggested with {suggester}").format(
                        suggester=spec
                    )
                )

        start_job(
            job, title=QCoreApplication.translate("PreferencesActions", "Suggesting on open"), on_done=done
        )
