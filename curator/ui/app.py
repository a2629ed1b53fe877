"""Starting the window: the Qt application, the project, and a clear message when it cannot open."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from curator.core.domain import CuratorError
from curator.core.project import errorlog
from curator.core.project.setup import open_user_project
from curator.core.storage.damage import damage_error
from curator.ui import messages
from curator.ui.annotator_prompt import starting_annotator
from curator.ui.guard import ErrorDialog, excepthook_installed
from curator.ui.main_window import MainWindow
from curator.ui.recent_projects import remember_project


def create_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName("Curator")
    app.setOrganizationName("Curator")
    return app


def run_app(project_path: Path, annotator: str | None = None) -> int:
    app = create_application()
    try:
        project = open_user_project(project_path, annotator=starting_annotator(annotator))
    except Exception as error:  # whatever it is, the user sees it in a window, not only on stderr
        show_open_failure(error, project_path)
        return 1
    try:
        window = MainWindow(project)
    except Exception as error:  # the first reads of a damaged file fail here
        project.close()
        show_open_failure(error, project_path)
        return 1
    remember_project(project.path)
    window.show()
    with excepthook_installed(window.guard):
        return app.exec()


def show_open_failure(error: Exception, path: Path) -> None:
    """A user's error (a refused or damaged file) in a message box; a bug in the error dialog, logged."""
    known = error if isinstance(error, CuratorError) else damage_error(error, path)
    if known is not None:
        messages.critical(None, "Curator cannot open the project", str(known))
        print(f"error: {known}", file=sys.stderr)
        return
    log = errorlog.record_exception(error, "Opening the project", path)
    ErrorDialog(None, "Opening the project", error, path, log).exec()
    where = f"; details in {log}" if log else ""
    print(
        f"curator: internal error ({errorlog.describe(error)}) while opening {path}{where}", file=sys.stderr
    )
