"""File → Import and drag-and-drop of tables: show the first rows, let the user say which column is what.

Which column holds the article is the one thing a table import must get right, and a guess (by name,
else the longest values) can be wrong, so every CSV/TSV and every file of flat JSON records opens this
dialog before it is imported: the first rows, the guessed text, title, date, language, source and URL
columns in combo boxes, and the other columns as metadata to keep or drop. Accepting imports the file
with those `ImportOptions`, exactly as `curator import --text-column …` would; "Skip" leaves it out.
Several tables are asked about one after another, then everything is imported as one background job.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from curator.core.importers.base import ImportProblem
from curator.core.importers.options import ImportOptions
from curator.core.importers.table_preview import ROLES, TablePreview, needs_mapping, preview_table
from curator.core.storage.own_files import OwnFiles
from curator.ui import messages
from curator.ui.list_table_model import Index, ListTableModel
from curator.ui.messages import plain_tooltip

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow

CELL_CHARS = 120
ROLE_TITLES = {  # translated where shown, with the context "ColumnMapping"
    "text": QT_TRANSLATE_NOOP("ColumnMapping", "Text (the article)"),
    "title": QT_TRANSLATE_NOOP("ColumnMapping", "Title"),
    "date": QT_TRANSLATE_NOOP("ColumnMapping", "Publication date"),
    "language": QT_TRANSLATE_NOOP("ColumnMapping", "Language"),
    "source": QT_TRANSLATE_NOOP("ColumnMapping", "Source"),
    "url": QT_TRANSLATE_NOOP("ColumnMapping", "URL"),
}


ROLE_WORDS = (  # the roles as the command line names them (--text-column): headers, a problem's sentence
    QT_TRANSLATE_NOOP("ColumnRoles", "text"),
    QT_TRANSLATE_NOOP("ColumnRoles", "title"),
    QT_TRANSLATE_NOOP("ColumnRoles", "date"),
    QT_TRANSLATE_NOOP("ColumnRoles", "language"),
    QT_TRANSLATE_NOOP("ColumnRoles", "source"),
    QT_TRANSLATE_NOOP("ColumnRoles", "url"),
)


def role_title(role: str) -> str:
    return QCoreApplication.translate("ColumnMapping", ROLE_TITLES[role])


class PreviewModel(ListTableModel):
    """The first rows; each header names its column and, in brackets, the role it will play."""

    def __init__(self, preview: TablePreview) -> None:
        super().__init__()
        self.COLUMNS = preview.columns
        self.rows = list(preview.rows)
        self.roles: dict[str, str] = {}

    def set_roles(self, roles: dict[str, str]) -> None:
        self.roles = roles
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self.COLUMNS) - 1, 0))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][self.COLUMNS[index.column()]]
        if role == Qt.ItemDataRole.DisplayRole:
            flat = " ".join(value.split())
            return flat if len(flat) <= CELL_CHARS else flat[: CELL_CHARS - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(value[:2000])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            column = self.COLUMNS[section]
            played = self.roles.get(column)
            return f"{column} [{QCoreApplication.translate('ColumnRoles', played)}]" if played else column
        return super().headerData(section, orientation, role)


class ColumnMappingDialog(QDialog):
    """One table's mapping; `options()` is what the import will use."""

    def __init__(self, parent: QWidget, preview: TablePreview) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import {name}").format(name=preview.path.name))
        self.resize(980, 620)
        if preview.fmt == "csv":
            about = self.tr("{name}: %n column(s), one document per row.", "", len(preview.columns))
        else:
            about = self.tr("{name}: %n field(s), one document per row.", "", len(preview.columns))
        check = self.tr(
            "The first rows are shown below; check which column is the article's text and which hold its "
            "metadata."
        )
        intro = QLabel(f"{about.format(name=preview.path.name)} {check}", self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.model = PreviewModel(preview)
        self.table = QTableView(self)
        self.table.setObjectName("mapping-preview")
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next input; arrows walk the cells
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setDefaultSectionSize(180)

        self.combos: dict[str, QComboBox] = {}
        roles_box = QGroupBox(self.tr("Columns"), self)
        form = QFormLayout(roles_box)
        for role in ROLES:
            combo = QComboBox(self)
            combo.setObjectName(f"mapping-{role}")
            if role != "text":
                combo.addItem(self.tr("(none)"), None)
            for column in preview.columns:
                combo.addItem(column, column)
            chosen = getattr(preview.guess, f"{role}_column")
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            form.addRow(role_title(role), combo)
            self.combos[role] = combo

        meta_box = QGroupBox(self.tr("Keep as metadata"), self)
        grid = QGridLayout(meta_box)
        kept = set(preview.guess.meta_columns or ())
        self.meta_checks: dict[str, QCheckBox] = {}
        for number, column in enumerate(preview.columns):
            check = QCheckBox(column, self)
            check.setObjectName(f"meta-{column}")
            check.setChecked(column in kept)
            grid.addWidget(check, number // 3, number % 3)
            self.meta_checks[column] = check

        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c1121f;")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("mapping-import")
        skip = self.buttons.addButton(self.tr("Skip This File"), QDialogButtonBox.ButtonRole.RejectRole)
        skip.setObjectName("mapping-skip")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(roles_box)
        layout.addWidget(meta_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._mapping_changed()
        self.combos["text"].setFocus()

    def roles(self) -> dict[str, str]:
        """Column → role, for the roles given a column."""
        chosen: dict[str, str] = {}
        for role, combo in self.combos.items():
            column = combo.currentData()
            if column is not None:
                chosen.setdefault(column, role)
        return chosen

    def _mapping_changed(self) -> None:
        used: dict[str, list[str]] = {}
        for role, combo in self.combos.items():
            if combo.currentData() is not None:
                used.setdefault(combo.currentData(), []).append(role)
        twice = [self._chosen_twice(column, roles) for column, roles in used.items() if len(roles) > 1]
        self.problem.setText("; ".join(twice))
        self.import_button.setEnabled(not twice)
        for column, check in self.meta_checks.items():
            check.setEnabled(column not in used)  # a mapped column is stored in its own field
        self.model.set_roles(self.roles())

    def _chosen_twice(self, column: str, roles: list[str]) -> str:
        words = [QCoreApplication.translate("ColumnRoles", role) for role in roles]
        if len(words) == 2:
            return self.tr('"{column}" is chosen for {first} and {second}').format(
                column=column, first=words[0], second=words[1]
            )
        return self.tr('"{column}" is chosen for {roles}').format(column=column, roles=", ".join(words))

    def options(self) -> ImportOptions:
        columns = {f"{role}_column": combo.currentData() for role, combo in self.combos.items()}
        used = set(self.roles())
        meta = tuple(c for c, check in self.meta_checks.items() if check.isChecked() and c not in used)
        return ImportOptions(**columns, meta_columns=meta)


class TableImportFlow(QObject):
    """Asks about each table in turn (window-modal, never blocking the event loop), then imports."""

    def __init__(self, window: MainWindow, tables: list[Path], others: list[Path]) -> None:
        super().__init__(window)
        self.window = window
        self.pending = list(tables)
        self.others = others
        self.mapped: list[tuple[Path, str, ImportOptions]] = []
        self.dialog: ColumnMappingDialog | None = None

    def next(self) -> None:
        while self.pending:
            path = self.pending.pop(0)
            try:
                preview = preview_table(path)
            except ImportProblem:
                self.others.append(path)  # the import names the problem with the other files' report
                continue
            self.dialog = ColumnMappingDialog(self.window, preview)
            self.dialog.finished.connect(
                lambda result, p=path, fmt=preview.fmt: self._answered(p, fmt, result)
            )
            self.dialog.open()
            return
        self.dialog = None
        self._start()

    def _answered(self, path: Path, fmt: str, result: int) -> None:
        assert self.dialog is not None
        if result == QDialog.DialogCode.Accepted:
            self.mapped.append((path, fmt, self.dialog.options()))
        self.dialog.deleteLater()
        self.next()

    def _start(self) -> None:
        from curator.core.importers import ImportBatch, import_batches

        batches = [ImportBatch(tuple(self.others))] if self.others else []
        batches.extend(ImportBatch((path,), fmt, options) for path, fmt, options in self.mapped)
        self.window.open_dialogs.pop("table_import", None)
        if not batches:
            return
        project = self.window.project

        def job(progress, is_cancelled):
            return import_batches(project, batches, progress=progress, is_cancelled=is_cancelled)

        self.window.run_job(
            self.tr("Importing…"),
            job,
            lambda report: show_import_report(self.window, report),
        )


def import_with_mapping(window: MainWindow, paths: list[Path]) -> None:
    """Import `paths`; each table among them (not inside folders) is mapped in a dialog first.

    The project's own files are never previewed (reading them would drop its locks); the import skips
    them and its report says so.
    """
    own = OwnFiles(window.project.path)
    tables = [path for path in paths if not own.owns(path) and path.is_file() and needs_mapping(path)]
    others = [path for path in paths if path not in tables]
    flow = TableImportFlow(window, tables, others)
    window.open_dialogs["table_import"] = flow  # keep it alive while its dialogs are open
    flow.next()


def current_mapping_dialog(window: MainWindow) -> ColumnMappingDialog | None:
    """The mapping dialog on screen, if any (for keyboard focus and tests)."""
    flow = window.open_dialogs.get("table_import")
    return flow.dialog if flow is not None else None


def show_import_report(window: MainWindow, report) -> None:
    """After an import (plain or through the column mapping): the window reads the new documents, and
    the report says what came in and what did not."""
    window.refresh_after_import()
    lines = report.lines()
    box = messages.information if report.ok else messages.warning
    box(
        window,
        QCoreApplication.translate("ColumnMapping", "Import"),
        "\n".join(lines[:40]) + ("\n…" if len(lines) > 40 else ""),
    )
