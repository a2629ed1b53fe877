"""Opening a project on a team server from the window: File → Open Server Project…, the recent servers,
and the password prompt.

The password is libpq's business first (~/.pgpass, PGPASSWORD, a URL that carries one); only when the
server still asks for one does the window prompt, and what is typed lives in that project's engine only:
never in the settings, the recent list or a message. Connecting runs off the GUI thread behind the
progress dialog, so an unreachable server (up to the connect timeout) never freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from curator.core.project.setup import open_user_project
from curator.core.storage.database import Project
from curator.core.storage.server import ServerPasswordError, is_server_url, server_label
from curator.ui import messages
from curator.ui.recent_projects import recent_servers, remember_server

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow

PASSWORD_TRIES = 3


def url_hint() -> str:
    return QCoreApplication.translate(
        "ServerLogin",
        "postgresql://ROLE@HOST:PORT/DATABASE — you work as ROLE, the PostgreSQL role your admin made for "
        "you (curator server add-user). The password comes from ~/.pgpass or is asked for; Curator never "
        "stores it.",
    )


class OpenServerDialog(QDialog):
    """The URL of a server project: typed, or picked from the servers opened before."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("open-server-dialog")
        self.setWindowTitle(self.tr("Open Server Project"))
        self.url = QComboBox(self)
        self.url.setObjectName("server-url")
        self.url.setAccessibleName(self.tr("Server address"))
        self.url.setEditable(True)
        self.url.addItems(recent_servers())
        self.url.setMinimumWidth(480)
        line = self.url.lineEdit()
        assert line is not None
        line.setPlaceholderText("postgresql://ROLE@HOST:5432/DATABASE")
        hint = QLabel(url_hint(), self)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.url)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        return self.url.currentText().strip()


def ask_password(parent: QWidget | None, reason: str) -> str | None:
    """The server's password, typed (echo off); None when the user cancels."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("server-password")
    dialog.setWindowTitle(QCoreApplication.translate("ServerLogin", "Server password"))
    dialog.setLabelText(reason)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    for prompt in dialog.findChildren(QLabel):
        prompt.setTextFormat(Qt.TextFormat.PlainText)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    value = dialog.textValue()
    dialog.deleteLater()
    return value if accepted else None


def open_server_blocking(parent: QWidget | None, url: str) -> Project | None:
    """At start, before there is a window to keep responsive: connect, asking for a password when the
    server wants one. Raises the CuratorError of the last try; None when the user cancels the prompt."""
    password: str | None = None
    tries = 0
    while True:
        try:
            return open_user_project(url, password=password)
        except ServerPasswordError as error:
            tries += 1
            if tries > PASSWORD_TRIES:
                raise
            password = ask_password(parent, str(error))
            if password is None:
                return None


def open_server_dialog(window: MainWindow) -> None:
    """File → Open Server Project…: pick a URL, then connect off the GUI thread."""
    dialog = OpenServerDialog(window)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    url = dialog.chosen()
    dialog.deleteLater()
    if not accepted or not url:
        return
    if not is_server_url(url):
        text = QCoreApplication.translate("ServerLogin", "{url}: not a PostgreSQL URL. {hint}").format(
            url=url, hint=url_hint()
        )
        messages.warning(window, QCoreApplication.translate("ServerLogin", "Open Server Project"), text)
        return
    connect(window, url)


def connect(window: MainWindow, url: str, password: str | None = None, tries: int = 0) -> None:
    """Open `url` in a background job; a password the server asks for is prompted and tried again."""

    def job(_progress: object, is_cancelled: Callable[[], bool]) -> Project | ServerPasswordError | None:
        try:
            project = open_user_project(url, password=password)
        except ServerPasswordError as error:  # not a failure yet: the window asks and tries again
            return error
        if is_cancelled():  # the user gave up while it connected: do not switch after all
            project.close()
            return None
        return project

    def done(result: Project | ServerPasswordError | None) -> None:
        if result is None:
            cancelled = QCoreApplication.translate(
                "ServerLogin", "Not opened: connecting to {server} was cancelled"
            )
            window.message(cancelled.format(server=server_label(url)))
            return
        if isinstance(result, ServerPasswordError):
            typed = ask_password(window, str(result)) if tries < PASSWORD_TRIES else None
            if typed is None:
                window.message(
                    QCoreApplication.translate("ServerLogin", "Not opened: {reason}").format(reason=result)
                )
            else:
                connect(window, url, typed, tries + 1)
            return
        remember_server(result.label)
        window.set_project(result)
        opened = QCoreApplication.translate("ServerLogin", "Opened {server} as {annotator}")
        window.message(opened.format(server=result.label, annotator=result.annotator_name), 5000)

    def failed(message: str) -> None:
        messages.critical(
            window, QCoreApplication.translate("ServerLogin", "Cannot open the server project"), message
        )

    connecting = QCoreApplication.translate("ServerLogin", "Connecting to {server}…").format(
        server=server_label(url)
    )
    window.run_job(connecting, job, done, failed)
