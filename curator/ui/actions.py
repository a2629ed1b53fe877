"""User actions as data: an id, a title and default shortcuts, registered once. Menus, toolbars, key
presses and tests all trigger the same QAction, and every tooltip shows its keys, and every handler runs
behind the window's guard (curator.ui.guard), so an error is shown instead of only printed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from curator.ui.guard import guard_for


@dataclass(frozen=True, slots=True)
class ActionSpec:
    id: str
    title: str
    shortcuts: tuple[str, ...] = ()
    tip: str = ""
    checkable: bool = False


SPECS = {
    spec.id: spec
    for spec in [
        ActionSpec("project.new", "&New Project…", ("Ctrl+N",), "Create an empty project file"),
        ActionSpec("project.open", "&Open Project…", ("Ctrl+O",), "Open another project file"),
        ActionSpec("documents.import", "&Import…", ("Ctrl+I",), "Import text, JSONL, doccano, CoNLL or brat"),
        ActionSpec("documents.import_folder", "Import &Folder…", ("Ctrl+Shift+I",), "Import a whole folder"),
        ActionSpec("documents.export", "&Export…", ("Ctrl+E",), "Export training data or event records"),
        ActionSpec("schema.edit", "Edit &Schema…", ("Ctrl+Shift+E",), "Labels, event types, roles"),
        ActionSpec("model.train", "&Train Model…", ("Ctrl+Alt+T",), "Train, score and choose models"),
        ActionSpec(
            "project.health",
            "&Health…",
            ("Ctrl+Alt+H",),
            "Check the whole project for damage; restore the latest good backup",
        ),
        ActionSpec("project.backup", "&Back Up Now", (), "Write a backup beside the project (10 are kept)"),
        ActionSpec("app.quit", "&Quit", ("Ctrl+Q",)),
        ActionSpec("edit.undo", "&Undo", ("Ctrl+Z",)),
        ActionSpec("edit.redo", "&Redo", ("Ctrl+Shift+Z", "Ctrl+Y")),
        ActionSpec(
            "span.delete",
            "&Delete Span",
            ("Delete",),
            "Delete the spans selected in the entity table, or the innermost span at the text cursor",
        ),
        ActionSpec(
            "annotate.exact",
            "E&xact Character Selections",
            ("Ctrl+Shift+X",),
            "Tag exactly the selected characters instead of snapping to words (e.g. ЖККУ inside ЖККУнун)",
            checkable=True,
        ),
        ActionSpec("text.fix", "&Fix Text…", ("Ctrl+Shift+F",), "Correct the selected characters; tags stay"),
        ActionSpec(
            "documents.duplicates",
            "Find &Duplicates…",
            ("Ctrl+Alt+D",),
            "Same story twice: merge or keep separate",
        ),
        ActionSpec(
            "document.info", "Document &Info…", ("Ctrl+Shift+M",), "Title, date, source, author, import log"
        ),
        ActionSpec("document.next", "&Next Document", ("Alt+Down", "Ctrl+PgDown")),
        ActionSpec("document.previous", "&Previous Document", ("Alt+Up", "Ctrl+PgUp")),
        ActionSpec(
            "documents.filter",
            "&Filter Documents",
            ("Ctrl+F",),
            "Title words, lang:ky, source:AA, date:2021",
        ),
        ActionSpec("focus.text", "Focus &Text", ("Ctrl+2",)),
        ActionSpec("focus.entities", "Focus &Entity Table", ("Ctrl+3",)),
        ActionSpec("focus.documents", "Focus &Documents", ("Ctrl+1",)),
        ActionSpec("help.shortcuts", "&Keyboard Shortcuts", ("F1",)),
    ]
}


def shortcut_text(shortcuts: tuple[str, ...]) -> str:
    return ", ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts)


def make_action(parent: QWidget, spec: ActionSpec, handler: Callable[[], object] | None = None) -> QAction:
    action = QAction(spec.title, parent)
    action.setObjectName(spec.id)
    action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
    action.setCheckable(spec.checkable)
    keys = shortcut_text(spec.shortcuts)
    title = spec.title.replace("&", "").rstrip("…")
    tip = f"{title} ({keys})" if keys else title
    action.setToolTip(f"{tip} — {spec.tip}" if spec.tip else tip)
    action.setStatusTip(spec.tip or title)
    if handler is not None:
        action.triggered.connect(lambda _checked=False: guard_for(parent).call(title, handler))
    parent.addAction(action)
    return action
