"""The Layers menu: which annotators' layers the open document shows, and who you are.

Your own layer is always shown and is the one you edit; other layers are shown read-only (paler, dotted,
their tooltip names the layer), one or several at once. A reviewer starts with every layer shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from curator.core.services import review
from curator.core.services.layers import LayerInfo, list_layers
from curator.ui.workbench import Workbench


class LayersDialog(QDialog):
    """One check box per annotator; the own layer is checked and cannot be unchecked."""

    def __init__(self, parent: QWidget, layers: list[LayerInfo], own: int, shown: frozenset[int]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Layers")
        layout = QVBoxLayout(self)
        intro = QLabel("Show these annotators' layers (other layers are read-only):", self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.boxes: dict[int, QCheckBox] = {}
        for layer in layers:
            mine = " (you)" if layer.id == own else ""
            spans = f"{layer.spans} span{'s' if layer.spans != 1 else ''} here"
            box = QCheckBox(f"{layer.name}{mine} — {spans}", self)
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
        role = review.current_role(project)
        shown = f"; showing {len(others)} other layer{'s' if len(others) != 1 else ''}" if others else ""
        self.who.setText(f"{project.annotator_name} ({role}){shown}")
        self.who.setToolTip(f"You edit {project.annotator_name}'s layer; File → Switch Annotator… to change")

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
            self.workbench.message("Showing only your own layer.")
            return
        here = ", ".join(f"{layer.name} ({layer.spans})" for layer in others if layer.spans)
        plural = "s" if len(others) != 1 else ""
        where = f"; spans here: {here}" if here else "; none has spans in this document"
        self.workbench.message(f"Showing {len(others)} other layer{plural} read-only{where}.")
