"""Starting the window: the Qt application, the project, and a clear message when it cannot open."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from curator.core.domain import CuratorError
from curator.core.preferences import load_preferences
from curator.core.project import errorlog
from curator.core.project.resources import RESOURCES_DIR
from curator.core.project.setup import open_user_project
from curator.core.storage.damage import damage_error
from curator.core.storage.database import Project
from curator.core.storage.server import is_server_url
from curator.ui import messages
from curator.ui.annotator_prompt import starting_annotator
from curator.ui.guard import ErrorDialog, excepthook_installed
from curator.ui.i18n import install_language
from curator.ui.main_window import MainWindow
from curator.ui.recent_projects import recent_projects, remember_project, remember_server
from curator.ui.server_login import open_server_blocking

# The desktop entry and AppStream id of packaging/: Wayland matches the window to its entry (and icon) by it.
DESKTOP_FILE_NAME = "io.github.curator_annotation.Curator"


def create_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName("Curator")
    app.setOrganizationName("Curator")
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(application_icon())
    return app


def application_icon() -> QIcon:
    """Every PNG size rendered from resources/icons/curator.svg, so Qt picks a sharp one for each use
    (title bar, task switcher) without needing its SVG plugin."""
    icon = QIcon()
    for png in sorted((RESOURCES_DIR / "icons").glob("curator-*.png")):
        icon.addFile(str(png))
    return icon


def run_app(project_path: Path | str, annotator: str | None = None, quit_after: float | None = None) -> int:
    """`project_path` is a project file or a server URL (there the annotator is the connected role).

    With `quit_after` the window closes by itself that many seconds after it is shown, and the exit code
    says whether it opened: how a packaged build is checked without anyone at the screen."""
    app = create_application()
    install_language(load_preferences().preferences.interface_language)  # a broken file: said in the window
    try:
        project = _open_at_start(project_path, annotator)
    except Exception as error:  # whatever it is, the user sees it in a window, not only on stderr
        project = _offer_last_file(error, project_path)
    if project is None:
        return 1
    try:
        window = MainWindow(project)
    except Exception as error:  # the first reads of a damaged file fail here
        project.close()
        show_open_failure(error, project.label)
        return 1
    if project.is_server:
        remember_server(project.label)
    else:
        remember_project(project.path)
    window.show()
    if quit_after is not None:
        QTimer.singleShot(round(quit_after * 1000), app.quit)
    with excepthook_installed(window.guard):
        return app.exec()


def _open_at_start(location: Path | str, annotator: str | None) -> Project | None:
    if is_server_url(location):
        return (
            open_server_blocking(None, str(location))
            if annotator is None
            else open_user_project(location, annotator=annotator)
        )
    return open_user_project(location, annotator=starting_annotator(annotator))


def _offer_last_file(error: Exception, location: Path | str) -> Project | None:
    """A server that cannot be reached at start: say why, and offer the last project file instead (an
    annotator on a train keeps working; File → Open Server Project… tries the server again later)."""
    last = next((path for path in recent_projects() if path.exists()), None)
    if not is_server_url(location) or last is None or not isinstance(error, CuratorError):
        show_open_failure(error, location)
        return None
    question = QCoreApplication.translate("App", "{error}\n\nOpen your last project file instead?\n{path}")
    answer = messages.question(
        None,
        QCoreApplication.translate("App", "Curator cannot open the server project"),
        question.format(error=error, path=last),
    )
    print(f"error: {error}", file=sys.stderr)
    if answer != messages.Button.Yes:
        return None
    try:
        return open_user_project(last, annotator=starting_annotator(None))
    except Exception as second:  # the file may be damaged or gone: that is shown too
        show_open_failure(second, last)
        return None


def show_open_failure(error: Exception, path: Path | str) -> None:
    """A user's error (a refused or damaged file) in a message box; a bug in the error dialog, logged."""
    file = path if isinstance(path, Path) else None  # a server URL is named in the message instead
    known = error if isinstance(error, CuratorError) else damage_error(error, file) if file else None
    if known is not None:
        messages.critical(
            None, QCoreApplication.translate("App", "Curator cannot open the project"), str(known)
        )
        print(f"error: {known}", file=sys.stderr)
        return
    what = (
        QCoreApplication.translate("App", "Opening the project")
        if file
        else QCoreApplication.translate("App", "Opening the project {path}").format(path=path)
    )
    log = errorlog.record_exception(error, what, file)
    ErrorDialog(None, what, error, file, log).exec()
    where = f"; details in {log}" if log else ""
    print(
        f"curator: internal error ({errorlog.describe(error)}) while opening {path}{where}", file=sys.stderr
    )
