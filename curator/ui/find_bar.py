"""Ctrl+F: the find bar under the text, searching the open document the way corpus search does.

The query is folded like the knowledge base folds names (case, diacritics, Turkish ı/i), matches from
the start of a word and may be followed by a case ending ("Bişkek" finds "Bişkek'te"), see
`core.search.matching`. Enter or F3 selects the next match, Shift+Enter or Shift+F3 the previous one
(wrapping at the ends); the label says which of how many; Esc closes the bar and gives the text the focus
back with the match still selected, so a label key tags it at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from curator.core.domain import CuratorError
from curator.core.search.matching import Pattern, compile_pattern, find_matches

if TYPE_CHECKING:
    from curator.ui.workbench import Workbench


class FindBar(QWidget):
    """Hidden until Ctrl+F; registers text.find, text.find_next and text.find_previous."""

    def __init__(self, bench: Workbench, parent: QWidget) -> None:
        super().__init__(parent)
        self.bench = bench
        self.setObjectName("find-bar")
        self.edit = QLineEdit(self)
        self.edit.setObjectName("find-text")
        self.edit.setPlaceholderText(self.tr("Find in document (Enter: next, Shift+Enter: previous)"))
        self.edit.setClearButtonEnabled(True)
        self.regex = QCheckBox(self.tr("Regex"), self)
        self.whole_word = QCheckBox(self.tr("Whole word"), self)
        self.count = QLabel(self)
        self.count.setObjectName("find-count")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.edit, 1)
        for text, tip, slot in (
            ("▲", self.tr("Previous match (Shift+Enter, Shift+F3)"), lambda: self.step(-1)),
            ("▼", self.tr("Next match (Enter, F3)"), lambda: self.step(+1)),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            layout.addWidget(button)
        layout.addWidget(self.regex)
        layout.addWidget(self.whole_word)
        layout.addWidget(self.count)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        close.clicked.connect(self.close_bar)
        layout.addWidget(close)
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self.edit.textChanged.connect(self._query_changed)
        self.regex.toggled.connect(self._query_changed)
        self.whole_word.toggled.connect(self._query_changed)
        self.edit.installEventFilter(self)
        bench.controller.document_loaded.connect(lambda _document: self._query_changed())
        bench.registry.add("text.find", self.open_bar)
        bench.registry.add("text.find_next", lambda: self.step(+1))
        bench.registry.add("text.find_previous", lambda: self.step(-1))
        self.hide()

    def open_bar(self) -> None:
        """Show the bar with the selected words as the query (when they fit on one line)."""
        start, end = self.bench.text_view.selection()
        document = self.bench.controller.document
        if document is not None and 0 < end - start <= 100 and "\n" not in document.text[start:end]:
            self.edit.setText(document.text[start:end])
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.bench.text_view.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else +1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def _query_changed(self) -> None:
        """Find every match again; the first one at or after the cursor becomes the current one."""
        self.matches, self.current = [], -1
        document = self.bench.controller.document
        if not self.edit.text().strip() or document is None:
            self.count.setText("")
            return
        pattern = Pattern(
            self.edit.text(), regex=self.regex.isChecked(), whole_word=self.whole_word.isChecked()
        )
        try:
            self.matches = find_matches(document.text, document.language, compile_pattern(pattern))
        except CuratorError as error:
            self.count.setText(str(error))
            return
        if not self.matches:
            self.count.setText(self.tr("no match"))
            return
        cursor = self.bench.text_view.selection()[0]
        self.current = next((i for i, (start, _) in enumerate(self.matches) if start >= cursor), 0)
        self._show()

    def step(self, direction: int) -> None:
        """Select the next (+1) or previous (-1) match, wrapping around; the bar opens if it was closed."""
        if self.isHidden():
            self.show()
        if not self.matches:
            return
        start, end = self.bench.text_view.selection()
        if direction > 0:
            after = [i for i, (first, _) in enumerate(self.matches) if first >= end]
            self.current = after[0] if after else 0
        else:
            before = [i for i, (first, _) in enumerate(self.matches) if first < start]
            self.current = before[-1] if before else len(self.matches) - 1
        self._show()

    def _show(self) -> None:
        start, end = self.matches[self.current]
        self.bench.text_view.select_range(start, end)
        self.bench.text_view.centerCursor()
        self.count.setText(
            self.tr("{current} of {total}").format(current=self.current + 1, total=len(self.matches))
        )
