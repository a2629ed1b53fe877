"""Coming back to where the user left a project: the document, the cursor and the scroll position.

Remembered per project file in the user's settings (see `recent_projects`), when a document opens and
when the user leaves the project (closing the window or switching to another project)."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from curator.core import queries
from curator.core.storage import Project
from curator.ui.annotation_controller import AnnotationController
from curator.ui.panels import DocumentsPanel
from curator.ui.recent_projects import Place, last_place, remember_place
from curator.ui.text_view import DocumentTextView


class PlaceKeeper:
    def __init__(
        self, controller: AnnotationController, text_view: DocumentTextView, documents: DocumentsPanel
    ) -> None:
        self._controller = controller
        self._text_view = text_view
        self._documents = documents
        controller.document_loaded.connect(
            lambda document: remember_place(controller.project.path, Place(document.id))
        )

    def return_to(self, project: Project) -> None:
        """Open the document last worked on in `project` at the same cursor and scroll position (after
        the first layout, so the scroll lands), or the first document if it is gone or there is none."""
        place = last_place(project.path)
        if place is None or queries.get_document_summary(project, place.document_id) is None:
            self._documents.step(+1)
            return
        self._controller.open_document(place.document_id)
        QTimer.singleShot(0, lambda: self._restore(project, place))

    def remember(self, project: Project) -> None:
        document = self._controller.document
        if document is not None:
            remember_place(project.path, Place(document.id, *self._text_view.position()))

    def _restore(self, project: Project, place: Place) -> None:
        document = self._controller.document
        if document is not None and document.id == place.document_id and self._controller.project is project:
            self._text_view.restore_position(place.cursor, place.top)
            remember_place(project.path, place)
