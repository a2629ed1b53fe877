"""What the window offers the parts that add actions to it (events, knowledge, review, suggestions,
boilerplate, health): the open project, the annotation controller, the text view, the action registry,
background jobs, the status bar, and the few window reactions they ask for. A part gets this, not the
whole `MainWindow`, so it cannot reach into the window's widgets or set attributes on it, and the part
modules do not import the window (nor the window's other parts through it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from curator.core.storage import Project
    from curator.ui.actions import ActionRegistry
    from curator.ui.annotation_controller import AnnotationController
    from curator.ui.text_view import DocumentTextView
    from curator.ui.workers import JobFunction, JobWorker


class Workbench(Protocol):
    project: Project
    controller: AnnotationController
    text_view: DocumentTextView
    registry: ActionRegistry

    def host(self) -> QWidget:
        """The widget that dialogs, popup menus, message boxes and timers belong to."""
        ...

    def run_job(
        self,
        title: str,
        job: JobFunction,
        on_done: Callable[[Any], object],
        on_failed: Callable[[str], object] | None = None,
    ) -> JobWorker:
        """Run `job` off the GUI thread behind a progress dialog with Cancel (workers.run_with_progress)."""
        ...

    def open_project(self, path: Path) -> None:
        """Open the project file at `path` in this window instead of the current one."""
        ...

    def show_tab(self, widget: QWidget) -> None:
        """Bring the tab holding `widget` to the front."""
        ...

    def message(self, text: str, milliseconds: int = ...) -> None:
        """Say `text` in the status bar."""
        ...

    def selected_span_ids(self) -> list[int]:
        """The spans selected in the entity table when it has the focus, else none."""
        ...

    def refresh_document(self, document_id: int) -> None:
        """Re-read one row of the documents list (its status and counts changed)."""
        ...

    def reload_text(self, document_id: int) -> None:
        """Show the document anew: its text or offsets changed."""
        ...

    def document_info_changed(self, document_id: int) -> None:
        """Refresh the title line, the list row and the open record after a metadata or status change."""
        ...
