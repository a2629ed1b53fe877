"""Ctrl+Shift+F: Search Corpus, a keyword-in-context list of every hit, and bulk tagging from it.

The query box takes the corpus query syntax (`Bişkek lang:tr status:in_progress label:none`, see
`core.search.query`); the search runs off the GUI thread (the first one may build the index). In the
table, a label key tags every selected hit with that label, Ctrl with a label key relabels the tags on
them, Delete removes those tags: each is one service call, one change, one step on the window's undo
stack. The list searches again after every step, its undo and redo, so the Tag column stays true.
Double-click (or Enter on) a hit opens its document with the match selected.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from curator.core.search.corpus import Hit, SearchResult, search_corpus
from curator.core.search.index import SearchIndex
from curator.core.search.query import parse_query
from curator.core.services import search_tags
from curator.core.services.search_tags import BulkResult, HitRef
from curator.ui.i18n_tools import SEARCH, TranslatedTableModel, core_text
from curator.ui.workers import start_job

if TYPE_CHECKING:
    from curator.ui.workbench import Workbench

COLUMNS = (
    QT_TRANSLATE_NOOP("HitTableModel", "Document"),
    QT_TRANSLATE_NOOP("HitTableModel", "Left"),
    QT_TRANSLATE_NOOP("HitTableModel", "Match"),
    QT_TRANSLATE_NOOP("HitTableModel", "Right"),
    QT_TRANSLATE_NOOP("HitTableModel", "Tag"),
)
DOCUMENT, LEFT, MATCH, RIGHT, TAG = range(len(COLUMNS))
LIMIT = 500  # benchmarks/search.py: 100,000 documents answer in well under 300 ms at this many hits
_Index = QModelIndex | QPersistentModelIndex


class HitTableModel(TranslatedTableModel):
    """One row per hit; the left context is right-aligned so every match lines up in one column."""

    COLUMNS = COLUMNS

    @property
    def hits(self) -> list[Hit]:
        return self.rows

    def set_hits(self, hits: Sequence[Hit]) -> None:
        self.replace_rows(list(hits))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"#{hit.document_id} {hit.title}", hit.left, hit.match, hit.right, hit.labels)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == DOCUMENT:
            return hit.title
        return None


class HitTable(QTableView):
    """Hands label keys, Ctrl+label keys, Delete and Enter to the window; the rest as usual."""

    def __init__(self, on_key: Callable[[QKeyEvent], bool], parent: QWidget) -> None:
        super().__init__(parent)
        self._on_key = on_key

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._on_key(event):
            super().keyPressEvent(event)


class SearchWindow(QWidget):
    """The Search Corpus window of one main window (a separate top-level window it owns)."""

    def __init__(self, bench: Workbench) -> None:
        super().__init__(bench.host(), Qt.WindowType.Window)
        self.bench = bench
        self.setObjectName("search-window")
        self.setWindowTitle(self.tr("Search Corpus"))
        self.query = QLineEdit(self)
        self.query.setObjectName("search-query")
        self.query.setAccessibleName(self.tr("Search the corpus"))
        self.query.setPlaceholderText(
            self.tr("Bişkek lang:tr status:in_progress label:none (Enter searches)")
        )
        self.query.returnPressed.connect(self.search)
        self.regex = QCheckBox(self.tr("Regex"), self)
        self.whole_word = QCheckBox(self.tr("Whole word"), self)
        button = QPushButton(self.tr("Search"), self)
        button.clicked.connect(self.search)
        self.status = QLabel(self)
        self.status.setObjectName("search-status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.more_button = QPushButton(self.tr("Show &More"), self)
        self.more_button.setToolTip(self.tr("The next {count} hits").format(count=LIMIT))
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        self.limit = LIMIT  # how many hits the current query shows; Show More adds LIMIT
        self.model = HitTableModel()
        self.table = HitTable(self._key, self)
        self.table.setObjectName("search-hits")
        self.table.setAccessibleName(self.tr("Hits"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LEFT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RIGHT, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_hit)
        hint = QLabel(
            self.tr(
                "Select hits: a label key tags them all, Ctrl+label key relabels their tags, "
                "Delete removes them."
            )
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        for widget in (self.regex, self.whole_word, button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.more_button)
        layout.addLayout(status_row)
        self.resize(1000, 600)
        self.searching = False  # one search at a time: the next one waits for it (and its index)
        self._again = False
        self.index: SearchIndex | None = None
        bench.controller.changed.connect(self._changed)
        # Ctrl+Z here undoes the window's last step (a bulk tag from this list is one step of it).
        self.addAction(bench.registry["edit.undo"])
        self.addAction(bench.registry["edit.redo"])

    # --- searching ----------------------------------------------------------------------------------

    def open_window(self) -> None:
        start, end = self.bench.text_view.selection()
        document = self.bench.controller.document
        if document is not None and 0 < end - start <= 100 and "\n" not in document.text[start:end]:
            self.query.setText(document.text[start:end])
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()

    def search(self) -> None:
        """A new search: the first LIMIT hits."""
        self.limit = LIMIT
        self._run()

    def show_more(self) -> None:
        """The same query with LIMIT more hits; the table scrolls to the first new one."""
        self.limit += LIMIT
        self._run()

    def _run(self) -> None:
        """Search off the GUI thread; a search asked for while one runs follows it."""
        if not self.query.text().strip():
            return
        if self.searching:
            self._again = True
            return
        query = parse_query(
            self.query.text(), regex=self.regex.isChecked(), whole_word=self.whole_word.isChecked()
        )
        project = self.bench.project
        self.searching = True
        self.status.setText(self.tr("Searching…"))

        if self.index is None or self.index.project is not project:
            if self.index is not None:
                self.index.close()
            self.index = SearchIndex(project)  # kept: it remembers that nothing changed since
        index = self.index
        limit = self.limit

        def job(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> SearchResult:
            return search_corpus(project, query, limit=limit, index=index)

        start_job(
            job,
            title=self.tr("Search corpus"),
            on_done=self._found,
            on_failed=self._failed,
            on_end=self._ended,
        )

    def _ended(self) -> None:
        self.searching = False
        if self._again:
            self._again = False
            self._run()

    def _found(self, result: SearchResult) -> None:
        shown_before = len(self.model.hits)
        self.model.set_hits(result.hits)
        if self.limit > LIMIT and shown_before < len(result.hits):
            self.table.scrollTo(self.model.index(shown_before, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        documents = len({hit.document_id for hit in result.hits})
        if result.truncated:
            found = self.tr(
                "{hits} hits in {documents} documents (the first {hits}: Show More, or narrow the query)"
            )
        else:
            found = self.tr("{hits} hits in {documents} documents")
        self.status.setText(found.format(hits=len(result.hits), documents=documents))
        self.more_button.setVisible(result.truncated)

    def _failed(self, message: str) -> None:
        self.model.set_hits(())
        self.more_button.hide()
        self.status.setText(message)

    def _changed(self, _change: object) -> None:
        if self.isVisible() and self.model.hits:
            self._run()  # the same hits as now, Show More's included, with the change

    # --- acting on hits -----------------------------------------------------------------------------

    def selected_hits(self) -> list[Hit]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.hits[row] for row in rows]

    def _key(self, event: QKeyEvent) -> bool:
        """A label key, Ctrl+label key, Delete or Enter on the table; False: not ours."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_hit(self.table.currentIndex())
            return True
        if event.key() == Qt.Key.Key_Delete:
            self._apply(
                lambda refs: search_tags.delete_hit_tags(self.bench.project, refs),
                self.tr("Deleted {done}{skipped}"),
            )
            return True
        pressed = QKeySequence(event.keyCombination())
        for label in self.bench.controller.labels:
            if not label.shortcut:
                continue
            if pressed == QKeySequence(label.shortcut):
                name = label.name
                self._apply(
                    lambda refs, name=name: search_tags.tag_hits(self.bench.project, refs, name),
                    self.tr("Tagged as {name}: {done}{skipped}"),
                    name,
                )
                return True
            if pressed == QKeySequence(f"Ctrl+{label.shortcut}"):
                name = label.name
                self._apply(
                    lambda refs, name=name: search_tags.relabel_hit_tags(self.bench.project, refs, name),
                    self.tr("Relabelled to {name}: {done}{skipped}"),
                    name,
                )
                return True
        return False

    def _apply(self, step: Callable[[list[HitRef]], BulkResult], said: str, name: str = "") -> None:
        """Run a bulk step on the selected hits; `said` is the status line's template ({name} the label)."""
        hits = self.selected_hits()
        if not hits:
            self.status.setText(self.tr("Select hits first"))
            return
        result = step([HitRef(hit.document_id, hit.start, hit.end) for hit in hits])
        self.bench.controller.push(result.change.text, result.change)
        reasons = ", ".join(
            f"{core_text(SEARCH, reason)}: {count}" for reason, count in sorted(result.skipped.items())
        )
        skipped = ""
        if result.skipped:
            skipped = self.tr("; skipped {count} ({reasons})").format(
                count=result.skipped_total, reasons=reasons
            )
        text = said.format(name=name, done=result.done, skipped=skipped)
        self.status.setText(text)
        self.bench.message(text)

    def _open_hit(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit = self.model.hits[index.row()]
        controller = self.bench.controller
        if controller.document is None or controller.document.id != hit.document_id:
            controller.open_document(hit.document_id)
        self.bench.text_view.flash(hit.start, hit.end)


class SearchActions:
    """Registers search.corpus; the window is made on first use and kept (its query and hits stay)."""

    def __init__(self, bench: Workbench) -> None:
        self.bench = bench
        self.window: SearchWindow | None = None
        bench.registry.add("search.corpus", self.open_window)

    def open_window(self) -> SearchWindow:
        if self.window is None:
            self.window = SearchWindow(self.bench)
        self.window.open_window()
        return self.window
