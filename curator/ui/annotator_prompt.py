"""Who works in the window: `--annotator NAME`, else $CURATOR_ANNOTATOR, else the name kept in the user
settings, else asked once at the first start (pre-filled with the login name) and kept.

File → Switch Annotator… reopens the project as someone else, so each person works in their own layer.
The prompt runs only when the app starts (`run_app`), never in a window a test opens with a project.
"""

from __future__ import annotations

import getpass
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from curator.core.domain import CuratorError
from curator.core.preferences import load_preferences, save_preferences
from curator.core.project.setup import open_project
from curator.ui import messages

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow

SETTINGS_KEY = "annotator/name"
ENVIRONMENT = "CURATOR_ANNOTATOR"


def login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "annotator"


def saved_name() -> str | None:
    """The name in Preferences, else the one an earlier version kept in QSettings (an upgrade keeps it)."""
    kept = load_preferences().preferences.annotator
    if kept:
        return kept
    value = QSettings().value(SETTINGS_KEY, "")
    return value.strip() if isinstance(value, str) and value.strip() else None


def save_name(name: str) -> None:
    loaded = load_preferences()
    loaded.preferences.annotator = name
    save_preferences(loaded.preferences)


def ask_name(parent: QWidget | None, current: str, title: str) -> str | None:
    """The name typed, stripped; None when the user cancelled or left it empty."""
    prompt = QCoreApplication.translate(
        "AnnotatorPrompt", "Your name as an annotator (your annotations are kept under it):"
    )
    name, accepted = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Normal, current)
    name = name.strip()
    return name if accepted and name else None


def starting_annotator(flag: str | None) -> str:
    """The annotator the app starts as; asks (and keeps the answer) only when nothing names one."""
    for given in (flag, os.environ.get(ENVIRONMENT), saved_name()):
        if given and given.strip():
            return given.strip()
    asked = ask_name(None, login_name(), QCoreApplication.translate("AnnotatorPrompt", "Welcome to Curator"))
    if asked is None:
        return login_name()
    save_name(asked)
    return asked


def switch_annotator(window: MainWindow) -> None:
    """Reopen the window's project as another annotator (kept in the settings for the next start)."""
    current = window.project.annotator_name
    if window.project.is_server:
        text = QCoreApplication.translate(
            "AnnotatorPrompt",
            "On a server you work as the role you connected as ({current}). To work as someone else, open "
            "the server as their role: File → Open Server Project….",
        )
        messages.information(
            window,
            QCoreApplication.translate("AnnotatorPrompt", "Switch Annotator"),
            text.format(current=current),
        )
        return
    name = ask_name(window, current, QCoreApplication.translate("AnnotatorPrompt", "Switch Annotator"))
    if name is not None and name != current:
        reopen_as(window, name)


def reopen_as(window: MainWindow, name: str) -> None:
    """Reopen the window's project file as `name`, and keep the name for the next start."""
    try:
        project = open_project(window.project.path, create=False, annotator=name)
    except CuratorError as error:
        messages.critical(
            window, QCoreApplication.translate("AnnotatorPrompt", "Cannot switch annotator"), str(error)
        )
        return
    save_name(name)
    window.set_project(project)
    window.message(
        QCoreApplication.translate("AnnotatorPrompt", "You are now {name}: you edit {name}'s layer.").format(
            name=name
        )
    )
