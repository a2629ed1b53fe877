"""Walking a window's widgets for text the user reads, and telling English from Turkish in it.

Read: labels, button texts, group box titles, action texts and tooltips, menu titles, tab titles, dock
and window titles, line-edit placeholders, combo box items, tooltips, accessible names, and the header and
the first rows of every item view's model (cells are read too, since a status or a "yours" is a string of
ours there; the data in them is told apart as below).

A text counts as untranslated English when, after the project's data is taken out of it (document titles
and texts, label and event type names and descriptions, knowledge-base names, annotators, the project
file's name: whatever the schema, the corpus or the user wrote, which stays as it is in every language),
either it is one of the catalogue's English sources whose translation differs from it, or it still has a
word of `ENGLISH` in it: common English words that are not Turkish words too ("on", "at", "ok", "size",
"model" are, so they are not listed; nor are "a", "all" and "delete", which Turkish text holds as key
names and option values: Shift+A, --layer all, the Delete key), with the words of the interface (file,
document, label, …), once code, filter syntax, paths and hyphenated names are taken out. Format and
product names (DocBin, CoNLL, brat, JSONL, spaCy, PostgreSQL) are names, not words of the list.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFontComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

from curator.core import queries
from curator.core.project.resources import RESOURCES_DIR
from curator.core.storage import Project

ENGLISH = frozenset(
    """
    an the of to in and or is are was were be been being it its this that these those with without for
    from by as if than then when which who whom whose what where while not no yes any each every
    some none other others your you yours my me we our their they can cannot could may must will would
    should has have had here there into out up about after before again only also just more most less
    new open save saved close cancel apply remove add edit view help show hide next previous
    first last select selected find search filter undo redo copy paste import export settings preferences
    file files folder document documents label labels project projects annotator annotators entity entities
    event events span spans review reviewer approve approved return reopen suggestion suggestions
    suggest accept reject schema backup backups keyboard shortcut shortcuts key keys name names type
    types text error failed failure done running loading choose change changes changed colour color theme
    font language status title source date author count total agreement statistics layer layers
    train mention mentions link linked unlink merge health check checking
    """.split()
)
_WORD = re.compile(r"[^\W\d_]+")  # whole words of any script: "aç" is not "a"
# Not words of a sentence: `code`, filter syntax (lang:ky, status:new), paths and URLs, names made of
# words and hyphens (events-csv, add-user), file names (train.spacy), and a Turkish suffix after an
# apostrophe (1'in, CSV'si).
_PATH = re.compile(r"\S*/\S*")
_NOT_WORDS = re.compile(
    r"`[^`]*`|\b\w+:\S*|\S*/\S*|\b[^\W\d_]+(?:-[^\W\d_]+)+\b|['’][^\W\d_]+|\b\w+\.[a-z][a-z0-9]{1,6}\b"
)
_MARKUP = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Found:
    where: str  # the window, then the widget's class and object name
    kind: str  # "label", "tooltip", "header", …
    text: str

    def __str__(self) -> str:
        return f"{self.where} [{self.kind}]: {self.text!r}"


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def project_data(project: Project) -> list[str]:
    """Every string of `project` the user or the schema wrote: kept as it is in every language."""
    data: set[str] = {project.path.name, project.path.stem, project.annotator_name}
    data |= {str(folder) for folder in [project.path, *project.path.parents]}
    for document in queries.list_documents(project):
        full = queries.get_document(project, document.id)
        data |= {full.title, full.text, full.source, full.language}
    for label in queries.list_labels(project, None):
        data |= {label.name, label.description or ""}
    for shipped in ("default_schema.json", "knowledge_base.json"):
        data |= set(_strings(json.loads((RESOURCES_DIR / shipped).read_text(encoding="utf-8"))))
    lines = {line.strip() for text in data for line in text.splitlines()}
    return sorted({s for s in data | lines if len(s.strip()) > 1}, key=len, reverse=True)


def catalogue_sources(ts: Path) -> set[str]:
    """The English sources the catalogue translates into something else (mnemonics and ellipses off)."""
    sources = set()
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = "".join(translation.itertext()).strip() if translation is not None else ""
        if text and text != source:
            sources.add(_bare(source))
    return sources


def _bare(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class Judge:
    def __init__(self, data: Iterable[str], sources: set[str]) -> None:
        longest_first = sorted(set(data), key=len, reverse=True)
        # Whole data only: the project called "ui" must not take "ui" out of "ui.backups".
        self.data = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, longest_first)) + r")(?!\w)")
        self.sources = sources

    def english(self, text: str) -> bool:
        plain = _bare(_MARKUP.sub(" ", text))
        if not plain:
            return False
        if plain in self.sources:
            return True
        plain = _NOT_WORDS.sub(" ", self.data.sub(" ", _PATH.sub(" ", plain)))  # a path may hold data
        return any(word.lower() in ENGLISH for word in _WORD.findall(plain))


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    if isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    if isinstance(widget, QGroupBox):
        yield "group title", widget.title()
    if isinstance(widget, QMenu):
        yield "menu title", widget.title()
    if isinstance(widget, QDockWidget):
        yield "dock title", widget.windowTitle()
    if isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
            yield "tab tooltip", widget.tabToolTip(index)
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
    if isinstance(widget, QComboBox) and not isinstance(widget, QFontComboBox):  # font names are names
        for index in range(widget.count()):
            yield "combo item", widget.itemText(index)
    viewed = isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView)  # the table's
    if viewed and widget.model() is not None:
        yield from _model_texts(widget.model())


def _model_texts(model: QAbstractItemModel, rows: int = 20) -> Iterator[tuple[str, str]]:
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for orientation in (Qt.Orientation.Horizontal,):
        for section in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield "header", value
    for row in range(min(rows, model.rowCount(QModelIndex()))):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield "cell", value


def _action_texts(action: QAction) -> Iterator[tuple[str, str]]:
    yield "action", action.text()
    yield "action tooltip", action.toolTip()
    yield "status tip", action.statusTip()


def walk(top: QWidget, judge: Judge) -> list[Found]:
    """Every English text in `top` and its children, hidden ones too (a tab not shown, a banner of
    review mode): the user reads them once they show."""
    found: list[Found] = []
    seen: set[tuple[str, str, str]] = set()
    title = top.windowTitle() or type(top).__name__

    def check(owner: QObject, kind: str, text: str) -> None:
        where = f"{title} › {type(owner).__name__}" + (f"#{owner.objectName()}" if owner.objectName() else "")
        key = (where, kind, text)
        if text and key not in seen and judge.english(text):
            seen.add(key)
            found.append(Found(where, kind, text))

    for widget in [top, *top.findChildren(QWidget)]:
        for kind, text in _texts(widget):
            check(widget, kind, text)
        for action in widget.actions():
            if not action.isSeparator():
                for kind, text in _action_texts(action):
                    check(action, kind, text)
    return found
