"""User actions as data: every action of the window is registered once, in one `ActionRegistry`, with an
id, a title, its default shortcuts, the menu it appears in and its handler. Menus, the F1 list, tooltips
and key presses all read the registry, so an action cannot have a key that F1 does not list, and a test
can check that no two actions share a key. Every handler runs behind the window's guard
(curator.ui.guard), so an error is shown instead of only printed.

`SPECS` below is the menu bar read from top to bottom: each menu (`MenuSpec`) is followed by its items.
Actions made from the project's schema (one per label, one per event type) are registered at run time
with `ActionRegistry.replace` and go after the fixed items of their menu section.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import count

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from curator.core.domain import Realis
from curator.ui.guard import guard_for

Handler = Callable[[], object]


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """`menu` is the id of the `MenuSpec` it appears in ("" for none); a separator falls between
    items of different `section`s of one menu."""

    id: str
    title: str
    shortcuts: tuple[str, ...] = ()
    tip: str = ""
    menu: str = ""
    section: int = 0
    checkable: bool = False
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut


@dataclass(frozen=True, slots=True)
class MenuSpec:
    """A menu of the menu bar (`menu` "") or a submenu of the menu `menu`."""

    id: str
    title: str
    menu: str = ""
    section: int = 0


SPECS: tuple[ActionSpec | MenuSpec, ...] = (
    MenuSpec("file", "&File"),
    ActionSpec("project.new", "&New Project…", ("Ctrl+N",), "Create an empty project file", "file"),
    ActionSpec("project.open", "&Open Project…", ("Ctrl+O",), "Open another project file", "file"),
    ActionSpec("project.open_server", "Open &Server Project…", (),
               "Open a team's project on a PostgreSQL server", "file"),
    MenuSpec("file.recent", "Open &Recent", "file"),
    ActionSpec("documents.import", "&Import…", ("Ctrl+I",), "Import text, JSONL, doccano, CoNLL or brat",
               "file", 1),
    ActionSpec("documents.import_folder", "Import &Folder…", ("Ctrl+Shift+I",), "Import a whole folder",
               "file", 1),
    ActionSpec("documents.export", "&Export…", ("Ctrl+E",), "Export training data or event records",
               "file", 1),
    ActionSpec("app.quit", "&Quit", ("Ctrl+Q",), "", "file", 2),
    MenuSpec("edit", "&Edit"),
    ActionSpec("edit.undo", "&Undo", ("Ctrl+Z",), "Undo the last step (it may be in another document)",
               "edit"),
    ActionSpec("edit.redo", "&Redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "", "edit"),
    ActionSpec("span.delete", "&Delete Span", ("Delete",),
               "Delete the spans selected in the entity table, or the innermost span at the text cursor",
               "edit", 1),
    # Ctrl+Shift+F searches the corpus, as in editors; fixing text moved to Ctrl+Alt+E.
    ActionSpec("text.fix", "&Fix Text…", ("Ctrl+Alt+E",), "Correct the selected characters; tags stay",
               "edit", 1),
    ActionSpec("documents.duplicates", "Find &Duplicates…", ("Ctrl+Alt+D",),
               "Same story twice: merge or keep separate", "edit", 1),
    ActionSpec("schema.edit", "Edit &Schema…", ("Ctrl+Shift+E",), "Labels, event types, roles", "edit", 2),
    ActionSpec("model.train", "&Train Model…", ("Ctrl+Alt+T",), "Train, score and choose models", "edit", 2),
    # curator/ui/find_bar.py and curator/ui/search_window.py
    ActionSpec("text.find", "&Find in Document…", ("Ctrl+F",),
               "Case, accents and Turkish ı/i folded; Bişkek also finds Bişkek'te", "edit", 3),
    ActionSpec("text.find_next", "Find &Next", ("F3",), "", "edit", 3),
    ActionSpec("text.find_previous", "Find Pre&vious", ("Shift+F3",), "", "edit", 3),
    ActionSpec("search.corpus", "Search &Corpus…", ("Ctrl+Shift+F",),
               "Every document: hits in context; select hits and press a label key to tag them all "
               "(one undo step)", "edit", 3),
    MenuSpec("view", "Vie&w"),
    ActionSpec("view.label_tags", "Label &Tags", ("Ctrl+T",),
               "Name each span's label in a small tag after it (the text and its offsets stay as they are)",
               "view", checkable=True),
    ActionSpec("view.statistics", "&Statistics…", (),
               "Documents by status and language, spans per label, work per annotator per day, suggestion "
               "acceptance and agreement, as charts and tables", "view", 1),
    MenuSpec("annotate", "&Annotate"),
    MenuSpec("annotate.exact_tags", "Tag E&xact Characters", "annotate", 1),
    ActionSpec("annotate.exact", "E&xact Character Selections", ("Ctrl+Shift+X",),
               "Tag exactly the selected characters instead of snapping to words (e.g. ЖККУ inside ЖККУнун)",
               "annotate", 1, checkable=True),
    MenuSpec("go", "&Go"),
    ActionSpec("document.info", "Document &Info…", ("Ctrl+Shift+M",),
               "Title, date, source, author, import log", "go"),
    ActionSpec("document.history", "Document &History…", ("Ctrl+Shift+H",),
               "This document's changes: who, when, what; revert one", "go"),
    ActionSpec("document.next", "&Next Document", ("Alt+Down", "Ctrl+PgDown"), "", "go", 1),
    ActionSpec("document.previous", "&Previous Document", ("Alt+Up", "Ctrl+PgUp"), "", "go", 1),
    ActionSpec("documents.filter", "&Filter Documents", ("Ctrl+Alt+F",),  # Ctrl+F finds in the text
               "Title words, lang:ky, source:AA, date:2021", "go", 2),
    ActionSpec("focus.documents", "Focus &Documents", ("Ctrl+1",), "", "go", 2),
    ActionSpec("focus.text", "Focus &Text", ("Ctrl+2",), "", "go", 2),
    ActionSpec("focus.entities", "Focus &Entity Table", ("Ctrl+3",), "", "go", 2),
    MenuSpec("events", "E&vents"),
    MenuSpec("events.new", "&New Event on Selection", "events"),
    ActionSpec("event.argument", "Add &Argument…", ("Ctrl+R",), "Fill a role of the selected event",
               "events"),
    MenuSpec("events.realis", "Set &Realis", "events"),
    *(
        ActionSpec(f"event.realis.{realis.value}", realis.value.capitalize(), (),
                   f"Mark the selected event as {realis.value}", "events.realis")
        for realis in Realis
    ),
    ActionSpec("event.date", "Set &Date…", ("Ctrl+Shift+D",), "Type the event's date in any form", "events"),
    ActionSpec("event.attribute", "Set A&ttribute…", ("Ctrl+Shift+T",), "Context and others", "events"),
    ActionSpec("relation.add", "Add Re&lation…", ("Ctrl+Shift+R",),
               "Relate the span at the cursor to another span", "events", 1),
    ActionSpec("events.corpus", "&Corpus Events…", ("Ctrl+Alt+V",),
               "Reports of the same event across documents: consolidate, split, join, confirm", "events", 2),
    MenuSpec("knowledge", "&Knowledge"),
    ActionSpec("entity.find", "&Link Mention…", ("Ctrl+L",), "Search the knowledge base", "knowledge"),
    ActionSpec("entity.new", "&New Entity from Mention", ("Ctrl+Shift+L",), "", "knowledge"),
    ActionSpec("entity.link_all", "Link &Every Identical Mention", ("Ctrl+Alt+L",), "", "knowledge"),
    ActionSpec("entity.unlink", "&Unlink Mention", ("Ctrl+Alt+U",), "", "knowledge"),
    ActionSpec(
        "entity.link_corpus", "Link Un&ambiguous Mentions", (),
        "Link every unlinked mention whose text names exactly one canonical entity", "knowledge",
    ),  # fmt: skip
    MenuSpec("review", "Re&view"),
    ActionSpec("review.annotated", "Mark as &Annotated", ("Ctrl+Return", "Ctrl+Enter"),  # Enter: the keypad's
               "The annotator is done with this document", "review"),
    ActionSpec("review.approve", "A&pprove", ("Ctrl+Alt+A",), "Reviewer: approve; it becomes read-only",
               "review"),
    ActionSpec("review.return", "&Return with Comment…", ("Ctrl+Alt+R",),
               "Reviewer: send it back with a comment", "review"),
    ActionSpec("review.reopen", "Re&open", ("Ctrl+Alt+O",), "Back to in progress (approved ones: reviewer)",
               "review"),
    ActionSpec("review.reviewer_mode", "&Reviewer Mode", (), "Work as reviewer (kept in the project)",
               "review", 1, checkable=True),
    # adjudication into the gold layer (curator/ui/adjudication_actions.py)
    ActionSpec("adjudicate.mode", "A&djudicate", ("Ctrl+Alt+J",),
               "Reviewer: compare the annotators' layers; in the list 1/2 accept layer A/B, 3 both, "
               "0 neither, E edit, N/P next/previous", "review", 2),
    ActionSpec("adjudicate.accept_agreed", "Accept &Agreed into Gold", ("Ctrl+Alt+Shift+J",),
               "Reviewer: copy everything all annotators agree on in this document into gold", "review", 2),
    ActionSpec("adjudicate.accept_agreed_corpus", "Accept Agreed in the &Corpus", (),
               "Reviewer: copy everything all annotators agree on into gold, in every document", "review", 2),
    MenuSpec("suggest", "&Suggest"),
    ActionSpec("suggestion.accept", "&Accept Suggestion", ("A",), "Accept the suggestion at the cursor",
               "suggest"),
    ActionSpec("suggestion.reject", "&Reject Suggestion", ("R",), "Reject it for good", "suggest"),
    ActionSpec("suggestion.accept_next", "Accept and &Next", ("Shift+A",), "Accept, then go to the next one",
               "suggest"),
    ActionSpec("suggestion.next", "Ne&xt Suggestion", ("N",), "Select the next suggestion (or document)",
               "suggest"),
    ActionSpec("suggestion.previous", "&Previous Suggestion", ("Shift+N",), "", "suggest"),
    ActionSpec("suggestion.accept_label", "Accept All of This &Label in Document", ("Ctrl+Shift+A",),
               "Every suggestion in this document with the label of the one at the cursor", "suggest", 1),
    ActionSpec("suggestion.accept_entity", "Accept This &Entity Everywhere", ("Ctrl+Alt+Shift+A",),
               "Every suggested mention of the canonical entity at the cursor, across the corpus",
               "suggest", 1),
    ActionSpec("suggestion.run_document", "&Suggest in Document", ("Ctrl+G",), "Run the suggester here",
               "suggest", 2),
    ActionSpec("suggestion.run_corpus", "Suggest in &Corpus", ("Ctrl+Shift+G",), "Run it everywhere",
               "suggest", 2),
    MenuSpec("boilerplate", "&Boilerplate"),
    ActionSpec("boilerplate.accept", "E&xclude Proposal", ("X",),
               "Accept the boilerplate proposal at the cursor (or selected in the Boilerplate tab): the text "
               "is dimmed, cannot be tagged and is left out of exports; a line join joins the lines",
               "boilerplate"),
    ActionSpec("boilerplate.reject", "&Keep Text (Reject Proposal)", ("K",),
               "Reject the proposal at the cursor; it is never proposed again", "boilerplate"),
    ActionSpec("boilerplate.next", "&Next Proposal", ("B",), "Move to the next boilerplate proposal",
               "boilerplate"),
    ActionSpec("boilerplate.previous", "&Previous Proposal", ("Shift+B",), "", "boilerplate"),
    ActionSpec("boilerplate.accept_kind_document", "Accept This Kind in the &Document", ("Shift+X",),
               "Accept every proposal of the current proposal's kind in this document", "boilerplate", 1),
    ActionSpec("boilerplate.reject_kind_document", "Reject This Kind in the Document", ("Shift+K",), "",
               "boilerplate", 1),
    ActionSpec("boilerplate.accept_kind_corpus", "Accept This Kind in the &Corpus", ("Ctrl+Alt+X",),
               "Accept every proposal of the current proposal's kind in every document (one undo step)",
               "boilerplate", 1),
    ActionSpec("boilerplate.reject_kind_corpus", "Reject This Kind in the Corpus", ("Ctrl+Alt+K",), "",
               "boilerplate", 1),
    ActionSpec("boilerplate.detect", "D&etect in the Corpus", ("Ctrl+Shift+B",),
               "Propose boilerplate in every document, and lines repeated across many documents",
               "boilerplate", 2),
    MenuSpec("project", "&Project"),
    ActionSpec("project.health", "&Health…", ("Ctrl+Alt+H",),
               "Check the whole project for damage; restore the latest good backup", "project"),
    ActionSpec("project.backup", "&Back Up Now", (), "Write a backup beside the project (10 are kept)",
               "project"),
    ActionSpec("project.restore_backup", "Restore from &Backup…", (),
               "List the project's backups and restore one into a new project file", "file", 1),
    # Assignment (curator.ui.assign_dialog): hand documents out; walk one's own queue.
    ActionSpec("project.assign", "&Assign Documents…", (),
               "Give each document to one annotator, a seeded fraction to several", "project", 1),
    ActionSpec("queue.next", "Next in &My Queue", ("Ctrl+Shift+N",),
               "Open the next document assigned to you that you have not marked annotated", "go", 1),
    # Agreement (issue 11): reports only, so no keys of their own to collide with annotation keys.
    ActionSpec("project.agreement", "&Agreement…", (),
               "Span F1, κ, α and αU between the annotators' layers, per pair, label and event type",
               "project", 3),
    ActionSpec("project.feedback", "My &Feedback…", (),
               "Where your layer differs from the gold layer, and the confusion table", "project", 3),
    # Layers: whose annotations the window shows (layers_menu.py) and who you are (annotator_prompt.py).
    ActionSpec("annotator.switch", "S&witch Annotator…", (), "Reopen the project as another annotator",
               "file", 1),
    MenuSpec("layers", "La&yers"),
    ActionSpec("layers.others", "Show &Other Layers", ("Ctrl+Alt+Y",),
               "Show every other annotator's layer beside yours, read-only", "layers", checkable=True),
    ActionSpec("layers.choose", "&Choose Layers…", ("Ctrl+Shift+Y",),
               "Pick the annotators whose layers are shown, read-only", "layers"),
    MenuSpec("help", "&Help"),
    ActionSpec("help.shortcuts", "&Keyboard Shortcuts", ("F1",), "Every action and its keys", "help"),
    ActionSpec("edit.preferences", "&Preferences…", ("Ctrl+,",),
               "Text font, theme, label colours, keys, your name, suggestions and backups", "edit", 9),
    # --- the offline team flow (curator.ui.merge_dialog) ---
    ActionSpec("project.merge", "&Merge Project…", (),
               "Merge another project file into this one (not undoable; a backup is taken first)", "file", 1),
)  # fmt: skip

STATIC_ACTIONS = {item.id: item for item in SPECS if isinstance(item, ActionSpec)}
MENUS = {item.id: item for item in SPECS if isinstance(item, MenuSpec)}
_RANKS = {item.id: rank for rank, item in enumerate(SPECS)}


def shortcut_text(shortcuts: Iterable[str]) -> str:
    return ", ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts)


def plain_title(spec: ActionSpec | MenuSpec) -> str:
    """The title as the menu shows it, without the mnemonic marker."""
    return spec.title.replace("&", "")


def short_title(spec: ActionSpec) -> str:
    """The title for a tooltip or "… failed": without the marker and the ellipsis."""
    return plain_title(spec).rstrip("…")


def tooltip(spec: ActionSpec) -> str:
    keys = shortcut_text(spec.shortcuts)
    tip = f"{short_title(spec)} ({keys})" if keys else short_title(spec)
    return f"{tip} — {spec.tip}" if spec.tip else tip


def _pressed(shortcut: str) -> tuple[int, ...]:
    """A shortcut as the keys pressed one after the other ("E, M" is two)."""
    key = QKeySequence(shortcut)
    return tuple(key[i].toCombined() for i in range(key.count()))


def key_conflicts(specs: Iterable[ActionSpec]) -> list[str]:
    """Keys that would do two things: the same keys for two actions, or one action's keys the start of
    another's in the same context ("E" alone would never let "E, M" be typed). Empty when none."""
    by_context: dict[Qt.ShortcutContext, dict[tuple[int, ...], list[ActionSpec]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for spec in specs:
        for shortcut in spec.shortcuts:
            by_context[spec.context][_pressed(shortcut)].append(spec)
    found = []
    for taken in by_context.values():
        for keys, owners in taken.items():
            text = QKeySequence(*keys).toString(QKeySequence.SequenceFormat.NativeText)
            if len(owners) > 1:
                found.append(f"{text} is the key of both {' and '.join(short_title(o) for o in owners)}")
            for other, others in taken.items():
                if len(other) > len(keys) and other[: len(keys)] == keys:
                    longer = QKeySequence(*other).toString(QKeySequence.SequenceFormat.NativeText)
                    found.append(
                        f"{text} ({short_title(owners[0])}) starts {longer} ({short_title(others[0])})"
                    )
    return found


def make_action(parent: QWidget, spec: ActionSpec, handler: Handler | None = None) -> QAction:
    """A QAction of `spec` on `parent`; its handler runs behind the guard of `parent`'s window."""
    action = QAction(spec.title, parent)
    _dress(action, spec)
    if handler is not None:
        title = short_title(spec)
        action.triggered.connect(lambda _checked=False: guard_for(parent).call(title, handler))
    parent.addAction(action)
    return action


def _dress(action: QAction, spec: ActionSpec) -> None:
    action.setObjectName(spec.id)
    action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
    action.setShortcutContext(spec.context)
    action.setCheckable(spec.checkable)
    action.setToolTip(tooltip(spec))
    action.setStatusTip(spec.tip or short_title(spec))


@dataclass(slots=True)
class _Entry:
    spec: ActionSpec
    action: QAction
    rank: tuple[int, int]


class ActionRegistry(Mapping[str, QAction]):
    """The window's actions by id, and the menus they appear in. Each id is registered once: a second
    registration of the same id is a bug and raises (use `replace` for the schema's actions)."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        self._entries: dict[str, _Entry] = {}
        self._generated = count(len(SPECS))
        self._menus: dict[str, QMenu] = {}
        for spec in MENUS.values():
            menu = QMenu(spec.title, window)
            menu.setObjectName(f"menu.{spec.id}")
            self._menus[spec.id] = menu
            if not spec.menu:
                window.menuBar().addMenu(menu)
        for spec in MENUS.values():
            if spec.menu:
                self._fill(spec.menu)

    # --- registering ------------------------------------------------------------------------------

    def add(self, action_id: str, handler: Handler | None = None) -> QAction:
        """Register the fixed action `action_id` of `SPECS` with its handler (None: a checkable action
        whose `toggled` signal the caller connects)."""
        spec = STATIC_ACTIONS[action_id]
        return self._register(spec, make_action(self._window, spec, handler), (spec.section, _RANKS[spec.id]))

    def adopt(self, action_id: str, action: QAction) -> QAction:
        """Register an action Qt made (QUndoStack's undo and redo, whose text follows the next step)."""
        spec = STATIC_ACTIONS[action_id]
        _dress(action, spec)
        self._window.addAction(action)
        return self._register(spec, action, (spec.section, _RANKS[spec.id]))

    def replace(self, prefix: str, actions: Iterable[tuple[ActionSpec, Handler]]) -> list[QAction]:
        """Drop every action whose id starts with `prefix` and register `actions` instead: the schema's
        labels or event types changed."""
        touched = set()
        for action_id in [i for i in self._entries if i.startswith(prefix)]:
            entry = self._entries.pop(action_id)
            touched.add(entry.spec.menu)
            self._window.removeAction(entry.action)
            entry.action.setParent(None)  # gone from the window's children now, deleted once idle
            entry.action.deleteLater()
        made = []
        for spec, handler in actions:
            if not spec.id.startswith(prefix) or spec.id in STATIC_ACTIONS:
                raise ValueError(f"{spec.id} is not an action made from the schema under {prefix!r}")
            action = make_action(self._window, spec, handler)
            made.append(self._register(spec, action, (spec.section, next(self._generated)), fill=False))
            touched.add(spec.menu)
        for menu_id in touched - {""}:
            self._fill(menu_id)
        return made

    def _register(
        self, spec: ActionSpec, action: QAction, rank: tuple[int, int], *, fill: bool = True
    ) -> QAction:
        if spec.id in self._entries:
            raise ValueError(f"the action {spec.id} is registered twice")
        self._entries[spec.id] = _Entry(spec, action, rank)
        if fill and spec.menu:
            self._fill(spec.menu)
        return action

    def set_shortcuts(self, overrides: Mapping[str, Sequence[str]]) -> None:
        """The fixed actions' keys: `overrides` (the user's, by action id) over the defaults of `SPECS`.
        The caller has checked them with `key_conflicts`; an id that is not a fixed action is ignored."""
        for action_id, entry in self._entries.items():
            default = STATIC_ACTIONS.get(action_id)
            if default is None:
                continue
            keys = tuple(overrides.get(action_id, default.shortcuts))
            if keys != entry.spec.shortcuts:
                entry.spec = replace(default, shortcuts=keys)
                _dress(entry.action, entry.spec)

    def with_shortcuts(self, overrides: Mapping[str, Sequence[str]]) -> list[ActionSpec]:
        """Every registered action as it would be with `overrides` (for `key_conflicts` before applying)."""
        return [
            replace(spec, shortcuts=tuple(overrides[spec.id]))
            if spec.id in overrides and spec.id in STATIC_ACTIONS
            else spec
            for spec in self.specs()
        ]

    # --- reading ----------------------------------------------------------------------------------

    def __getitem__(self, action_id: str) -> QAction:
        return self._entries[action_id].action

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def spec(self, action_id: str) -> ActionSpec:
        return self._entries[action_id].spec

    def specs(self) -> list[ActionSpec]:
        """Every registered action, in menu-bar order (those in no menu last)."""
        order = {menu_id: rank for rank, menu_id in enumerate(MENUS)}
        entries = sorted(self._entries.values(), key=lambda e: (order.get(e.spec.menu, len(order)), e.rank))
        return [entry.spec for entry in entries]

    def menu(self, menu_id: str) -> QMenu:
        return self._menus[menu_id]

    def menu_path(self, spec: ActionSpec) -> str:
        """Where the action is in the menus, e.g. "Annotate › Tag Exact Characters"."""
        names = []
        menu_id = spec.menu
        while menu_id:
            names.append(plain_title(MENUS[menu_id]))
            menu_id = MENUS[menu_id].menu
        return " › ".join(reversed(names))

    # --- menus ------------------------------------------------------------------------------------

    def _fill(self, menu_id: str) -> None:
        """Lay out one menu from the registry: its actions and submenus by section and rank."""
        items: list[tuple[tuple[int, int], QAction]] = [
            (entry.rank, entry.action) for entry in self._entries.values() if entry.spec.menu == menu_id
        ]
        items += [
            ((sub.section, _RANKS[sub.id]), self._menus[sub.id].menuAction())
            for sub in MENUS.values()
            if sub.menu == menu_id
        ]
        menu = self._menus[menu_id]
        for old in menu.actions():  # not QMenu.clear(): PySide then drops the wrappers of our actions
            menu.removeAction(old)
            if old.isSeparator():
                old.deleteLater()
        section = None
        for (item_section, _rank), action in sorted(items, key=lambda item: item[0]):
            if section is not None and item_section != section:
                menu.addSeparator()
            section = item_section
            menu.addAction(action)
