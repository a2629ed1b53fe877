"""The Layers menu: which annotators' layers the open document shows, and who you are.

Your own layer is always shown and is the one you edit; other layers are shown read-only (paler, dotted,
their tooltip names the layer), one or several at once. A reviewer starts with every layer shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from curator.core.services import review
from curator.core.services.layers import LayerInfo, list_layers
from curator.ui.i18n_main import ROLES, word
from curator.ui.workbench import Workbench


class LayersDialog(QDialog):
    """One check box per annotator; the own layer is checked and cannot be unchecked."""

    def __init__(self, parent: QWidget, layers: list[LayerInfo], own: int, shown: frozenset[int]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Layers"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Show these annotators' layers (other layers are read-only):"), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.boxes: dict[int, QCheckBox] = {}
        for layer in layers:
            n = layer.spans
            spans = self.tr("%n span here", "", n) if n == 1 else self.tr("%n spans here", "", n)
            text = self.tr("{name} (you) — {spans}") if layer.id == own else "{name} — {spans}"
            box = QCheckBox(text.format(name=layer.name, spans=spans), self)
            box.setChecked(layer.id in shown or layer.id == own)
            box.setEnabled(layer.id != own)
            layout.addWidget(box)
            self.boxes[layer.id] = box
        choices = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(choices)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> frozenset[int]:
        return frozenset(layer for layer, box in self.boxes.items() if box.isChecked())


class LayersActions:
    """Layers → Show Other Layers (all of them, toggled), Choose Layers… (some), and the status-bar
    label saying whose layer is edited."""

    def __init__(self, workbench: Workbench) -> None:
        self.workbench = workbench
        self.controller = workbench.controller
        self.others: QAction = workbench.registry.add("layers.others")
        self.others.toggled.connect(self._others_toggled)
        workbench.registry.add("layers.choose", self.choose)
        self.who = QLabel(workbench.host())
        self.who.setTextFormat(Qt.TextFormat.PlainText)  # an annotator's name is user text
        self.controller.layers_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        project = self.controller.project
        self.workbench.text_view.own_layer = project.annotator_id
        others = self.controller.shown_layers - {project.annotator_id}
        self.others.blockSignals(True)
        self.others.setChecked(bool(others))
        self.others.blockSignals(False)
        role = word(ROLES, review.current_role(project))
        n = len(others)
        if not others:
            who = "{name} ({role})"
        elif n == 1:
            who = QCoreApplication.translate(
                "LayersActions", "{name} ({role}); showing %n other layer", "", n
            )
        else:
            who = QCoreApplication.translate(
                "LayersActions", "{name} ({role}); showing %n other layers", "", n
            )
        self.who.setText(who.format(name=project.annotator_name, role=role))
        self.who.setToolTip(
            QCoreApplication.translate(
                "LayersActions", "You edit {name}'s layer; File → Switch Annotator… to change"
            ).format(name=project.annotator_name)
        )

    def _others_toggled(self, checked: bool) -> None:
        project = self.controller.project
        layers = {layer.id for layer in list_layers(project)} if checked else set()
        self.controller.show_layers(frozenset(layers))
        self._say()

    def choose(self) -> None:
        project = self.controller.project
        document = self.controller.document
        layers = list_layers(project, document.id if document is not None else None)
        shown = self.controller.shown_layers
        dialog = LayersDialog(self.workbench.host(), layers, project.annotator_id, shown)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.controller.show_layers(dialog.chosen())
            self._say()

    def _say(self) -> None:
        """Name the shown layers that hold spans in the open document (with their counts): every
        annotator who ever opened the project has a layer, most of them empty here."""
        project = self.controller.project
        document = self.controller.document
        layers = list_layers(project, document.id if document is not None else None)
        shown = self.controller.shown_layers
        others = [layer for layer in layers if layer.id in shown and layer.id != project.annotator_id]
        if not others:
            self.workbench.message(
                QCoreApplication.translate("LayersActions", "Showing only your own layer.")
            )
            return
        here = ", ".join(f"{layer.name} ({layer.spans})" for layer in others if layer.spans)
        n = len(others)
        if here and n == 1:
            text = QCoreApplication.translate(
                "LayersActions", "Showing %n other layer read-only; spans here: {layers}.", "", n
            )
        elif here:
            text = QCoreApplication.translate(
                "LayersActions", "Showing %n other layers read-only; spans here: {layers}.", "", n
            )
        elif n == 1:
            text = QCoreApplication.translate(
                "LayersActions", "Showing %n other layer read-only; none has spans in this document.", "", n
            )
        else:
            text = QCoreApplication.translate(
                "LayersActions", "Showing %n other layers read-only; none has spans in this document.", "", n
            )
        self.workbench.message(text.format(layers=here))
