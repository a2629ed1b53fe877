"""The suggestions tab: the open document's pending suggestions, their counts, and what to do with them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from curator.core.services.suggestions import SuggestionRecord
from curator.ui.list_table_model import Index, ListTableModel
from curator.ui.messages import plain_tooltip
from curator.ui.row_table import row_table


def describe(suggestion: SuggestionRecord) -> str:
    """The tooltip of a suggestion: its label, where it comes from (rule or model version) and its score."""
    suggested = QCoreApplication.translate("SuggestionPanel", "Suggested {label}  ·  score {score}")
    lines = [
        suggested.format(label=suggestion.label, score=f"{suggestion.score:.2f}"),
        QCoreApplication.translate("SuggestionPanel", "source: {source}").format(source=suggestion.source),
    ]
    if suggestion.rule:
        lines.append(
            QCoreApplication.translate("SuggestionPanel", "rule: {rule}").format(rule=suggestion.rule)
        )
    if suggestion.entity_name:
        lines.append(
            QCoreApplication.translate("SuggestionPanel", "entity: {name}").format(
                name=suggestion.entity_name
            )
        )
    arguments = suggestion.detail.get("arguments") or []
    if arguments:
        listed = ", ".join(f"{a['role']}={a['label']}" for a in arguments)
        lines.append(
            QCoreApplication.translate("SuggestionPanel", "arguments: {arguments}").format(arguments=listed)
        )
    if suggestion.detail.get("date_iso"):
        lines.append(
            QCoreApplication.translate("SuggestionPanel", "date: {date}").format(
                date=suggestion.detail["date_iso"]
            )
        )
    lines.append(
        QCoreApplication.translate(
            "SuggestionPanel", "A accept · R reject · Shift+A accept and next · N next"
        )
    )
    return "\n".join(lines)


class SuggestionTableModel(ListTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("SuggestionTableModel", "Text"),
        QT_TRANSLATE_NOOP("SuggestionTableModel", "Label"),
        QT_TRANSLATE_NOOP("SuggestionTableModel", "Score"),
        QT_TRANSLATE_NOOP("SuggestionTableModel", "Source"),
        QT_TRANSLATE_NOOP("SuggestionTableModel", "Entity"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.colors: dict[str, str] = {}

    def set_suggestions(self, text: str, rows: list[SuggestionRecord], colors: dict[str, str]) -> None:
        self.text = text
        self.colors = colors
        self.replace_rows(rows)

    def suggestion(self, row: int) -> SuggestionRecord | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        suggestion: SuggestionRecord = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            surface = " ".join(self.text[suggestion.start : suggestion.end].split())
            values = (
                surface, suggestion.label, f"{suggestion.score:.2f}", suggestion.source,
                suggestion.entity_name or "",
            )  # fmt: skip
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 1:
            return QColor(self.colors.get(suggestion.label, "#dddddd"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(describe(suggestion))
        return None


class SuggestionsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = self.tr("Suggestions")
        self.title = QLabel(f"<b>{self.heading}</b>", self)
        self.title.setWordWrap(True)
        self.suggester = QComboBox(self)
        self.suggester.setObjectName("suggester-choice")
        self.suggester.setToolTip(self.tr("Which suggester Suggest runs: the rules, or a trained model"))
        self.suggest_document_button = QPushButton(self.tr("Document"), self)
        self.suggest_document_button.setToolTip(self.tr("Run the suggester over this document (Ctrl+G)"))
        self.suggest_corpus_button = QPushButton(self.tr("Corpus"), self)
        self.suggest_corpus_button.setToolTip(self.tr("Run the suggester over every document (Ctrl+Shift+G)"))
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Suggest with"), self))
        chooser.addWidget(self.suggester, 1)
        chooser.addWidget(self.suggest_document_button)
        chooser.addWidget(self.suggest_corpus_button)

        self.model = SuggestionTableModel()
        self.table = row_table(self.model, self, name="suggestions-table", single=False)
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (QHeaderView.ResizeMode.Stretch, *[QHeaderView.ResizeMode.ResizeToContents] * 3,
             QHeaderView.ResizeMode.Stretch)
        ):  # fmt: skip
            header.setSectionResizeMode(column, mode)

        self.accept_button = QPushButton(self.tr("Accept (A)"), self)
        self.reject_button = QPushButton(self.tr("Reject (R)"), self)
        self.accept_label_button = QPushButton(self.tr("All of label"), self)
        self.accept_label_button.setToolTip(
            self.tr("Accept every suggestion of this label in the document (Ctrl+Shift+A)")
        )
        self.accept_entity_button = QPushButton(self.tr("Entity everywhere"), self)
        self.accept_entity_button.setToolTip(
            self.tr(
                "Accept every suggested mention of this canonical entity in the corpus (Ctrl+Alt+Shift+A)"
            )
        )
        buttons = QGridLayout()  # two by two, so the side panel fits a 1280-pixel screen
        for place, button in enumerate(
            (self.accept_button, self.reject_button, self.accept_label_button, self.accept_entity_button)
        ):
            buttons.addWidget(button, place // 2, place % 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addLayout(chooser)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        keys = self.tr(
            "Dashed underline = suggestion. A accept · R reject · Shift+A accept and next · N / Shift+N next "
            "/ previous · Ctrl+Shift+A all of this label · Ctrl+Alt+Shift+A this entity everywhere · Ctrl+G "
            "suggest"
        )
        hint = QLabel(f"<small>{keys}</small>", self)
        hint.setWordWrap(True)
        layout.addWidget(hint)

    def selected(self) -> list[SuggestionRecord]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [s for s in (self.model.suggestion(row) for row in rows) if s is not None]

    def set_choices(self, choices: list[str]) -> None:
        current = self.suggester.currentText()
        self.suggester.clear()
        self.suggester.addItems(choices)
        if current in choices:
            self.suggester.setCurrentText(current)
