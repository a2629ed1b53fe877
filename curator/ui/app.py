"""Starting the window: the Qt application, the project, and a clear message when it cannot open."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from curator.core.domain import CuratorError
from curator.core.project_setup import open_user_project
from curator.ui import messages
from curator.ui.main_window import MainWindow
from curator.ui.recent_projects import remember_project


def create_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName("Curator")
    app.setOrganizationName("Curator")
    return app


def run_app(project_path: Path) -> int:
    app = create_application()
    try:
        project = open_user_project(project_path)
    except CuratorError as error:
        messages.critical(None, "Curator cannot open the project", str(error))
        print(f"error: {error}", file=sys.stderr)
        return 1
    remember_project(project.path)
    window = MainWindow(project)
    window.show()
    return app.exec()
