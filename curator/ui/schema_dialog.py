"""Schema → Edit Schema: entity labels, event types with roles, relation types, import and export.

Each edit is applied at once through the core schema services and its change pushed on the window's undo
stack, so Ctrl+Z in the window undoes a rename or a deletion like any annotation edit. The dialog shows
the schema again after every step that touched it (the controller refreshes the palette and the spans).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from curator.core.domain import AnnotationError, CuratorError, RoleInfo
from curator.core.schema.json_io import export_schema, import_schema, schema_to_dict
from curator.core.services import attributes, schema_edits
from curator.core.services.changes import Change
from curator.ui import file_dialogs, messages
from curator.ui.annotation_controller import SCHEMA_TABLES
from curator.ui.flow_layout import FlowLayout

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex
Column = tuple[str, str, bool]  # key, title (translated in the context "SchemaDialog"), editable
EditHandler = Callable[[dict, str, str], bool]


class SchemaTableModel(QAbstractTableModel):
    """Rows of plain dicts; an edited cell is handed to `on_edit`, which applies it (or refuses)."""

    def __init__(self, columns: list[Column], on_edit: EditHandler) -> None:
        super().__init__()
        self.columns = columns
        self.rows: list[dict] = []
        self._on_edit = on_edit

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("SchemaDialog", self.columns[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.columns[index.column()][0]
        value = self.rows[index.row()].get(key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.BackgroundRole and key == "color" and value:
            return QColor(str(value))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()][2]:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, key = self.rows[index.row()], self.columns[index.column()][0]
        if str(value) == str(row.get(key) or ""):
            return False
        return self._on_edit(row, key, str(value))


def _table(model: SchemaTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class SchemaDialog(QDialog):
    LABEL_COLUMNS: list[Column] = [
        ("name", QT_TRANSLATE_NOOP("SchemaDialog", "Name"), True),
        ("color", QT_TRANSLATE_NOOP("SchemaDialog", "Colour"), True),
        ("shortcut", QT_TRANSLATE_NOOP("SchemaDialog", "Key"), True),
        ("description", QT_TRANSLATE_NOOP("SchemaDialog", "Description"), True),
    ]
    EVENT_COLUMNS: list[Column] = [
        ("name", QT_TRANSLATE_NOOP("SchemaDialog", "Name"), True),
        ("color", QT_TRANSLATE_NOOP("SchemaDialog", "Colour"), True),
        ("shortcut", QT_TRANSLATE_NOOP("SchemaDialog", "Keys"), True),
        ("roles", QT_TRANSLATE_NOOP("SchemaDialog", "Roles (ROLE*:LABEL|LABEL, …)"), True),
        ("plover_type", "PLOVER", True),
        ("plover_mode", QT_TRANSLATE_NOOP("SchemaDialog", "Mode"), True),
        ("ace_type", "ACE", True),
        ("description", QT_TRANSLATE_NOOP("SchemaDialog", "Description"), True),
    ]
    ATTRIBUTE_COLUMNS: list[Column] = [
        ("name", QT_TRANSLATE_NOOP("SchemaDialog", "Name"), False),
        ("targets", QT_TRANSLATE_NOOP("SchemaDialog", "Event types (empty: all)"), True),
        ("allowed_values", QT_TRANSLATE_NOOP("SchemaDialog", "Values (empty: yes/no)"), True),
        ("multiple", QT_TRANSLATE_NOOP("SchemaDialog", "Several values"), True),
        ("description", QT_TRANSLATE_NOOP("SchemaDialog", "Description"), True),
    ]
    RELATION_COLUMNS: list[Column] = [
        ("name", QT_TRANSLATE_NOOP("SchemaDialog", "Name"), False),
        ("head_labels", QT_TRANSLATE_NOOP("SchemaDialog", "From"), False),
        ("child_labels", QT_TRANSLATE_NOOP("SchemaDialog", "To"), False),
        ("description", QT_TRANSLATE_NOOP("SchemaDialog", "Description"), False),
    ]

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Project schema"))
        self.resize(1000, 560)
        self.labels = SchemaTableModel(self.LABEL_COLUMNS, self._edit)
        self.events = SchemaTableModel(self.EVENT_COLUMNS, self._edit)
        self.relations = SchemaTableModel(self.RELATION_COLUMNS, lambda *_: False)
        self.attributes = SchemaTableModel(self.ATTRIBUTE_COLUMNS, self._edit_attribute)
        self.attribute_view = _table(self.attributes, self)
        self.tabs = QTabWidget(self)
        self.label_view = _table(self.labels, self)
        self.event_view = _table(self.events, self)
        self.tabs.addTab(self.label_view, self.tr("Entity labels"))
        self.tabs.addTab(self.event_view, self.tr("Event types"))
        self.tabs.addTab(_table(self.relations, self), self.tr("Relation types"))
        self.tabs.addTab(self.attribute_view, self.tr("Event attributes"))
        self.tabs.setAccessibleName(self.tr("Schema"))
        for page in range(self.tabs.count()):  # each table is named by its tab
            self.tabs.widget(page).setAccessibleName(self.tabs.tabText(page))
        buttons = FlowLayout()  # wraps: at a large font the seven buttons are wider than the screen
        for text, handler in (
            (self.tr("Add…"), self.add), (self.tr("Delete…"), self.delete),
            (self.tr("Import JSON…"), self.import_json), (self.tr("Export JSON…"), self.export_json),
            (self.tr("Import annotation.conf…"), self.import_conf),
            (self.tr("Export annotation.conf…"), self.export_conf),
            (self.tr("Close"), self.accept),
        ):  # fmt: skip
            button = QPushButton(text, self)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        hint = QLabel(
            self.tr(
                "Double-click or F2 edits a cell; every change is saved at once and Ctrl+Z in the main "
                "window undoes it. Renaming keeps annotations."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        window.controller.changed.connect(self._changed)
        self.reload()

    @property
    def project(self):
        return self.window_.project

    def reload(self) -> None:
        schema = schema_to_dict(self.project)
        self.labels.set_rows(schema["entity_labels"])
        self.events.set_rows(
            [
                {
                    **event_type,
                    "roles": schema_edits.format_roles(
                        [
                            RoleInfo(r["name"], tuple(r["labels"]), r["repeatable"])
                            for r in event_type["roles"]
                        ]
                    ),
                }
                for event_type in schema["event_types"]
            ]
        )
        self.attributes.set_rows(
            [
                {
                    "name": a.name,
                    "targets": "|".join(a.targets),
                    "allowed_values": "|".join(a.values),
                    "multiple": self.tr("yes") if a.multiple else self.tr("no"),
                    "description": a.description,
                }  # fmt: skip
                for a in attributes.list_attributes(self.project)
            ]
        )
        self.relations.set_rows(
            [
                {**r, "head_labels": "|".join(r["head_labels"]), "child_labels": "|".join(r["child_labels"])}
                for r in schema["relation_types"]
            ]
        )

    def _changed(self, change: Change) -> None:
        """Any step, undo or redo that touched the schema: show it as it is now."""
        if change.tables & SCHEMA_TABLES or change.kind == "reload":
            self.reload()

    def _push(self, text: str, change: Change) -> None:
        self.window_.controller.push(text, change)

    def _imported(self) -> None:
        """A schema file joined the project outside the undo stack: the window and the dialog read it."""
        controller = self.window_.controller
        controller.reload_labels()
        if controller.document is not None:
            controller.reload_annotations(controller.document.id)
        self.reload()

    def _fail(self, error: CuratorError | OSError) -> bool:
        messages.warning(self, self.tr("Schema"), str(error))
        return False

    def _edit(self, row: dict, key: str, value: str) -> bool:
        name = row["name"]
        if key == "roles":
            try:
                roles_set = schema_edits.set_roles(self.project, name, schema_edits.parse_roles(value))
            except AnnotationError as error:
                return self._fail(error)
            self._push(self.tr("Roles of {name}").format(name=name), roles_set.change)
            return True
        new_value: str | None = value.strip() or None
        if key in {"name", "color", "description"}:
            new_value = value.strip()
        try:
            edited = schema_edits.update_label(self.project, name, **{key: new_value})
        except AnnotationError as error:
            return self._fail(error)
        self._push(self.tr("Edit {name} ({key})").format(name=name, key=key), edited.change)
        return True

    def _edit_attribute(self, row: dict, key: str, value: str) -> bool:
        name = row["name"]
        if key in {"targets", "allowed_values"}:
            new: object = [part.strip() for part in value.split("|") if part.strip()]
        elif key == "multiple":
            new = value.strip().lower() in {"yes", "y", "true", "1", self.tr("yes").lower()}
        else:
            new = value.strip()
        try:
            edited = attributes.update_attribute(self.project, name, **{key: new})
        except AnnotationError as error:
            return self._fail(error)
        self._push(self.tr("Edit attribute {name}").format(name=name), edited.change)
        return True

    def _current(self) -> tuple[str, str] | None:
        view = self.label_view if self.tabs.currentIndex() == 0 else self.event_view
        model = self.labels if self.tabs.currentIndex() == 0 else self.events
        if self.tabs.currentIndex() > 1 or not view.currentIndex().isValid():
            return None
        return model.rows[view.currentIndex().row()][
            "name"
        ], "entity" if self.tabs.currentIndex() == 0 else "event"

    def add(self) -> None:
        if self.tabs.currentWidget() is self.attribute_view:
            name, ok = QInputDialog.getText(self, self.tr("Add"), self.tr("Name of the new event attribute:"))
            if ok and name.strip():
                try:
                    change = attributes.add_attribute(self.project, name.strip())
                except AnnotationError as error:
                    self._fail(error)
                    return
                self._push(self.tr("Add attribute {name}").format(name=name.strip()), change)
            return
        kind = "event" if self.tabs.currentIndex() == 1 else "entity"
        prompt = (
            self.tr("Name of the new event type:") if kind == "event" else self.tr("Name of the new label:")
        )
        name, ok = QInputDialog.getText(self, self.tr("Add"), prompt)
        if not ok or not name.strip():
            return
        try:
            added = schema_edits.add_label(self.project, name.strip().upper(), kind)
        except AnnotationError as error:
            self._fail(error)
            return
        self._push(self.tr("Add {name}").format(name=name.strip().upper()), added.change)

    def delete(self) -> None:
        if self.tabs.currentWidget() is self.attribute_view:
            index = self.attribute_view.currentIndex()
            if index.isValid():
                name = self.attributes.rows[index.row()]["name"]
                change = attributes.delete_attribute(self.project, name)
                self._push(self.tr("Delete attribute {name}").format(name=name), change)
            return
        current = self._current()
        if current is None:
            return
        name, _kind = current
        usage = schema_edits.label_usage(self.project, name)
        if usage:
            text = (
                self.tr(
                    "{name} is used by {spans} span(s) in {documents} document(s) and {events} event(s). "
                    "Delete it with them? (Ctrl+Z in the window brings everything back.)"
                )
                if usage.events
                else self.tr(
                    "{name} is used by {spans} span(s) in {documents} document(s). Delete it with them? "
                    "(Ctrl+Z in the window brings everything back.)"
                )
            )
            question = text.format(
                name=name, spans=usage.spans, documents=usage.documents, events=usage.events
            )
            answer = messages.question(self, self.tr("Delete"), question)
            if answer != messages.Button.Yes:
                return
        try:  # refused while one of the documents that use it is approved
            change = schema_edits.delete_label(self.project, name)
        except AnnotationError as error:
            self._fail(error)
            return
        self._push(self.tr("Delete {name}").format(name=name), change)

    def import_json(self) -> None:
        name = file_dialogs.open_file_name(
            self, self.tr("Import schema"), self._folder(), self.tr("Schema (*.json)")
        )
        if not name:
            return
        try:
            report = import_schema(self.project, Path(name))
        except CuratorError as error:
            self._fail(error)
            return
        self._imported()
        messages.information(self, self.tr("Import schema"), "\n".join(report.lines()))

    def import_conf(self) -> None:
        from curator.core.schema.json_io import import_annotation_conf

        name = file_dialogs.open_file_name(
            self, self.tr("Import annotation.conf"), self._folder(), "brat (*.conf)"
        )
        if not name:
            return
        try:
            report = import_annotation_conf(self.project, Path(name))
        except CuratorError as error:
            self._fail(error)
            return
        self._imported()
        messages.information(self, self.tr("Import annotation.conf"), "\n".join(report.lines()))

    def export_json(self) -> None:
        name = file_dialogs.save_file_name(
            self, self.tr("Export schema"), self._folder("schema.json"), self.tr("Schema (*.json)")
        )
        if not name:
            return
        try:
            export_schema(self.project, Path(name))
        except (CuratorError, OSError) as error:
            self._fail(error)

    def export_conf(self) -> None:
        from curator.core.schema.json_io import export_annotation_conf

        name = file_dialogs.save_file_name(
            self, self.tr("Export annotation.conf"), self._folder("annotation.conf"), "brat (*.conf)"
        )
        if not name:
            return
        try:
            export_annotation_conf(self.project, Path(name))
        except (CuratorError, OSError) as error:
            self._fail(error)

    def _folder(self, name: str = "") -> str:
        """Where the schema file dialogs start: the project's folder (with `name` proposed to save)."""
        folder = self.project.path.absolute().parent
        return str(folder / name) if name else str(folder)
