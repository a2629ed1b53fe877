"""Edit → Preferences: the user's settings (curator.core.preferences), applied live on Apply or OK.

Four tabs: Text (font, size and line spacing of the document text, theme), Labels (a colour per label over the
project's), Keys (the fixed actions' shortcuts; a key that would do two things is refused with the reason
before anything is applied) and General (your annotator name, suggestions on open, backup schedule).
The dialog edits a copy; `on_apply(preferences)` applies and saves it, and says what went wrong if not.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from curator.core.domain import LabelInfo
from curator.core.preferences import (
    MAX_BACKUP_MINUTES,
    MAX_FONT_POINTS,
    MAX_LINE_SPACING,
    MIN_BACKUP_MINUTES,
    MIN_FONT_POINTS,
    MIN_LINE_SPACING,
    Preferences,
)
from curator.ui.actions import ActionRegistry, ActionSpec, key_conflicts, plain_title, shortcut_text
from curator.ui.i18n import available_languages, native_name
from curator.ui.label_palette import readable_text_color
from curator.ui.list_table_model import ListTableModel
from curator.ui.row_table import row_table

Index = QModelIndex | QPersistentModelIndex
THEME_CHOICES = (
    (QT_TRANSLATE_NOOP("PreferencesDialog", "Follow the system"), "system"),
    (QT_TRANSLATE_NOOP("PreferencesDialog", "Light"), "light"),
    (QT_TRANSLATE_NOOP("PreferencesDialog", "Dark"), "dark"),
)


class LabelColorModel(ListTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("LabelColorModel", "Label"),
        QT_TRANSLATE_NOOP("LabelColorModel", "Colour"),
        "",
    )

    def __init__(self, labels: list[LabelInfo], chosen: dict[str, str]) -> None:
        super().__init__()
        self.rows = labels
        self.chosen = chosen  # label -> colour the user picked (absent: the project's)

    def color(self, label: LabelInfo) -> str:
        return self.chosen.get(label.name, label.color)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        label: LabelInfo = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mine = self.tr("yours") if label.name in self.chosen else self.tr("the project's")
            return (label.name, self.color(label), mine)[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 1:
            return QColor(self.color(label))
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QColor(readable_text_color(self.color(label)))
        return None

    def changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, 2))


class KeyModel(ListTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("KeyModel", "Action"),
        QT_TRANSLATE_NOOP("KeyModel", "Menu"),
        QT_TRANSLATE_NOOP("KeyModel", "Keys"),
    )

    def __init__(self, registry: ActionRegistry, chosen: dict[str, list[str]]) -> None:
        super().__init__()
        from curator.ui.actions import STATIC_ACTIONS

        self.registry = registry
        self.rows = [spec for spec in registry.specs() if spec.id in STATIC_ACTIONS]
        self.defaults = {spec.id: STATIC_ACTIONS[spec.id].shortcuts for spec in self.rows}
        self.chosen = chosen

    def keys(self, spec: ActionSpec) -> tuple[str, ...]:
        return tuple(self.chosen.get(spec.id, self.defaults[spec.id]))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        spec: ActionSpec = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (plain_title(spec), self.registry.menu_path(spec), shortcut_text(self.keys(spec)))[
                index.column()
            ]
        if role == Qt.ItemDataRole.FontRole and spec.id in self.chosen:
            bold = QFont()
            bold.setBold(True)  # the user's own keys stand out from the defaults
            return bold
        return None

    def changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, 2))


class PreferencesDialog(QDialog):
    def __init__(
        self,
        parent: QWidget,
        preferences: Preferences,
        labels: list[LabelInfo],
        registry: ActionRegistry,
        on_apply: Callable[[Preferences], str | None],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.resize(760, 520)
        self.preferences = deepcopy(preferences)
        self.registry = registry
        self._on_apply = on_apply
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Preference pages"))
        self.tabs.addTab(self._text_tab(), self.tr("&Text"))
        self.tabs.addTab(self._labels_tab(labels), self.tr("&Labels"))
        self.tabs.addTab(self._keys_tab(), self.tr("&Keys"))
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    # --- tabs ---------------------------------------------------------------------------------------

    def _text_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.system_font = QCheckBox(self.tr("Use the system font"), page)
        self.system_font.setChecked(not self.preferences.text_font_family)
        self.font_box = QFontComboBox(page)
        self.font_box.setAccessibleName(self.tr("Text font"))
        if self.preferences.text_font_family:
            self.font_box.setCurrentFont(QFont(self.preferences.text_font_family))
        self.font_box.setEnabled(not self.system_font.isChecked())
        self.system_font.toggled.connect(lambda on: self.font_box.setEnabled(not on))
        self.font_size = QDoubleSpinBox(page)
        self.font_size.setAccessibleName(self.tr("Text size"))
        self.font_size.setRange(MIN_FONT_POINTS - 1, MAX_FONT_POINTS)  # the lowest value is "default"
        self.font_size.setSpecialValueText(self.tr("default"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setSingleStep(0.5)
        points = self.preferences.text_font_points
        self.font_size.setValue(points if points else self.font_size.minimum())
        self.line_spacing = QSpinBox(page)
        self.line_spacing.setAccessibleName(QCoreApplication.translate("Accessibility", "Line spacing"))
        self.line_spacing.setRange(MIN_LINE_SPACING, MAX_LINE_SPACING)
        self.line_spacing.setSingleStep(10)
        self.line_spacing.setSuffix(" %")
        self.line_spacing.setValue(self.preferences.line_spacing)
        self.theme = QComboBox(page)
        self.theme.setAccessibleName(self.tr("Theme"))
        for title, value in THEME_CHOICES:
            self.theme.addItem(self.tr(title), value)
        self.theme.setCurrentIndex(self.theme.findData(self.preferences.theme))
        self.label_tags = QCheckBox(self.tr("Show each span's label after it (View → Label Tags)"), page)
        self.label_tags.setChecked(self.preferences.label_tags)
        form.addRow(self.system_font)
        form.addRow(self.tr("Font:"), self.font_box)
        form.addRow(self.tr("Size:"), self.font_size)
        form.addRow(QCoreApplication.translate("Accessibility", "Line spacing:"), self.line_spacing)
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.label_tags)
        return page

    def _labels_tab(self, labels: list[LabelInfo]) -> QWidget:
        page = QWidget(self)
        self.label_colors = LabelColorModel(labels, dict(self.preferences.label_colors))
        self.label_table = row_table(self.label_colors, page, name="preference-label-colours")
        self.label_table.setAccessibleName(self.tr("Label colours"))
        self.label_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.label_table.doubleClicked.connect(lambda _index: self.pick_color())
        pick = QPushButton(self.tr("&Change Colour…"), page)
        pick.clicked.connect(self.pick_color)
        reset = QPushButton(self.tr("Use the &Project's"), page)
        reset.clicked.connect(self.reset_color)
        row = QHBoxLayout()
        row.addWidget(pick)
        row.addWidget(reset)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        hint = QLabel(
            self.tr("Your colours are yours only: the project and the other annotators keep theirs."), page
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(hint)
        layout.addWidget(self.label_table, 1)
        layout.addLayout(row)
        return page

    def _keys_tab(self) -> QWidget:
        page = QWidget(self)
        self.keys = KeyModel(self.registry, {k: list(v) for k, v in self.preferences.shortcuts.items()})
        self.key_table = row_table(self.keys, page, name="preference-keys")
        self.key_table.setAccessibleName(self.tr("Keyboard shortcuts"))
        header = self.key_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.key_table.selectionModel().currentRowChanged.connect(lambda *_: self._key_row_changed())
        self.key_edit = QKeySequenceEdit(page)
        self.key_edit.setAccessibleName(self.tr("New key for the selected action"))
        self.key_edit.setMaximumSequenceLength(2)
        set_key = QPushButton(self.tr("&Set Key"), page)
        set_key.clicked.connect(self.set_key)
        default = QPushButton(self.tr("&Default Key"), page)
        default.clicked.connect(self.default_key)
        none = QPushButton(self.tr("&No Key"), page)
        none.clicked.connect(lambda: self._choose_keys([]))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Key:"), page))
        row.addWidget(self.key_edit, 1)
        for button in (set_key, default, none):
            row.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.key_table, 1)
        layout.addLayout(row)
        return page

    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.annotator = QLineEdit(self.preferences.annotator, page)
        self.annotator.setAccessibleName(self.tr("Your annotator name"))
        self.annotator.setPlaceholderText(self.tr("asked at the first start"))
        self.auto_suggest = QCheckBox(self.tr("Suggest tags when I open a new document"), page)
        self.auto_suggest.setChecked(self.preferences.auto_suggest)
        self.backup_minutes = QSpinBox(page)
        self.backup_minutes.setAccessibleName(self.tr("Backup every"))
        self.backup_minutes.setRange(MIN_BACKUP_MINUTES, MAX_BACKUP_MINUTES)
        self.backup_minutes.setSuffix(self.tr(" min"))
        self.backup_minutes.setValue(self.preferences.backup_minutes)
        self.language = QComboBox(page)
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.addItem(self.tr("Follow the system"), "system")
        for code in available_languages():
            self.language.addItem(native_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.preferences.interface_language)))
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Annotator name:"), self.annotator)
        form.addRow(self.auto_suggest)
        form.addRow(self.tr("Back up edits every:"), self.backup_minutes)
        return page

    # --- acting -------------------------------------------------------------------------------------

    def _selected_label(self) -> int | None:
        index = self.label_table.currentIndex()
        return index.row() if index.isValid() else None

    def pick_color(self) -> None:
        row = self._selected_label()
        if row is None:
            return
        label = self.label_colors.rows[row]
        chosen = QColorDialog.getColor(
            QColor(self.label_colors.color(label)),
            self,
            self.tr("Colour of {label}").format(label=label.name),
        )
        if chosen.isValid():
            self.set_color(row, chosen.name())

    def set_color(self, row: int, color: str) -> None:
        self.label_colors.chosen[self.label_colors.rows[row].name] = color
        self.label_colors.changed(row)

    def reset_color(self) -> None:
        row = self._selected_label()
        if row is not None:
            self.label_colors.chosen.pop(self.label_colors.rows[row].name, None)
            self.label_colors.changed(row)

    def _selected_key_row(self) -> int | None:
        index = self.key_table.currentIndex()
        return index.row() if index.isValid() else None

    def _key_row_changed(self) -> None:
        row = self._selected_key_row()
        keys = self.keys.keys(self.keys.rows[row]) if row is not None else ()
        self.key_edit.setKeySequence(QKeySequence(keys[0]) if keys else QKeySequence())

    def set_key(self) -> None:
        sequence = self.key_edit.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        if sequence:
            self._choose_keys([sequence])

    def default_key(self) -> None:
        row = self._selected_key_row()
        if row is not None:
            self.keys.chosen.pop(self.keys.rows[row].id, None)
            self.keys.changed(row)
            self._key_row_changed()

    def _choose_keys(self, keys: list[str]) -> None:
        """The selected action's keys; refused, with the reason, if they would do two things."""
        row = self._selected_key_row()
        if row is None:
            return
        spec = self.keys.rows[row]
        trial = {**self.keys.chosen, spec.id: keys}
        conflicts = key_conflicts(self.registry.with_shortcuts(trial))
        if conflicts:
            self.status.setText(self.tr("Not changed: {reason}.").format(reason=conflicts[0]))
            return
        self.keys.chosen[spec.id] = keys
        if tuple(keys) == self.keys.defaults[spec.id]:
            del self.keys.chosen[spec.id]
        self.keys.changed(row)
        self.status.setText("")

    def edited(self) -> Preferences:
        """The preferences as the dialog shows them now."""
        chosen = deepcopy(self.preferences)
        chosen.text_font_family = "" if self.system_font.isChecked() else self.font_box.currentFont().family()
        size = self.font_size.value()
        chosen.text_font_points = 0.0 if size < MIN_FONT_POINTS else size
        chosen.line_spacing = self.line_spacing.value()
        chosen.theme = str(self.theme.currentData())
        chosen.label_tags = self.label_tags.isChecked()
        chosen.label_colors = dict(self.label_colors.chosen)
        chosen.shortcuts = {k: list(v) for k, v in self.keys.chosen.items()}
        chosen.interface_language = str(self.language.currentData())
        chosen.annotator = self.annotator.text().strip()
        chosen.auto_suggest = self.auto_suggest.isChecked()
        chosen.backup_minutes = self.backup_minutes.value()
        return chosen

    def apply(self) -> bool:
        problem = self._on_apply(self.edited())
        self.status.setText(problem or self.tr("Applied."))
        if problem is None:
            self.preferences = self.edited()
        return problem is None

    def accept(self) -> None:
        if self.apply():
            super().accept()
