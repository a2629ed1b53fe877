"""User actions as data: every action of the window is registered once, in one `ActionRegistry`, with an
id, a title, its default shortcuts, the menu it appears in and its handler. Menus, the F1 list, tooltips
and key presses all read the registry, so an action cannot have a key that F1 does not list, and a test
can check that no two actions share a key. Every handler runs behind the window's guard
(curator.ui.guard), so an error is shown instead of only printed.

`SPECS` (curator.ui.action_specs) is the menu bar read from top to bottom. Its titles and tips are
translated here, where QActions, menus, tooltips and the F1 list are made. Actions made from the
project's schema (one per label, one per event type) are registered at run time with
`ActionRegistry.replace`, titled in the interface language by their maker, and go after the fixed items
of their menu section.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import count

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from curator.ui.action_specs import SPECS, ActionSpec, MenuSpec
from curator.ui.guard import guard_for

__all__ = ["SPECS", "ActionRegistry", "ActionSpec", "MenuSpec", "key_conflicts", "make_action", "tooltip"]

Handler = Callable[[], object]


STATIC_ACTIONS = {item.id: item for item in SPECS if isinstance(item, ActionSpec)}
MENUS = {item.id: item for item in SPECS if isinstance(item, MenuSpec)}
_RANKS = {item.id: rank for rank, item in enumerate(SPECS)}


def shortcut_text(shortcuts: Iterable[str]) -> str:
    return ", ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts)


def _fixed(spec: ActionSpec | MenuSpec) -> bool:
    """Whether `spec` is one of `SPECS` (marked for translation): a schema's action is titled by the
    code that made it, already translated, with the user's label names in it."""
    return spec.id in STATIC_ACTIONS or spec.id in MENUS


def title_text(spec: ActionSpec | MenuSpec) -> str:
    """The title in the interface language, with its mnemonic marker."""
    return QCoreApplication.translate("Actions", spec.title) if _fixed(spec) else spec.title


def tip_text(spec: ActionSpec) -> str:
    """The tip in the interface language ("" stays "")."""
    return QCoreApplication.translate("Actions", spec.tip) if spec.tip and _fixed(spec) else spec.tip


def plain_title(spec: ActionSpec | MenuSpec) -> str:
    """The title as the menu shows it, without the mnemonic marker."""
    return title_text(spec).replace("&", "")


def short_title(spec: ActionSpec) -> str:
    """The title for a tooltip or "… failed": without the marker and the ellipsis."""
    return plain_title(spec).rstrip("…")


def tooltip(spec: ActionSpec) -> str:
    keys = shortcut_text(spec.shortcuts)
    tip = f"{short_title(spec)} ({keys})" if keys else short_title(spec)
    return f"{tip} — {tip_text(spec)}" if spec.tip else tip


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
                found.append(
                    QCoreApplication.translate(
                        "Actions", "{keys} is the key of both {first} and {second}"
                    ).format(
                        keys=text,
                        first=short_title(owners[0]),
                        second=", ".join(map(short_title, owners[1:])),
                    )
                )
            for other, others in taken.items():
                if len(other) > len(keys) and other[: len(keys)] == keys:
                    longer = QKeySequence(*other).toString(QKeySequence.SequenceFormat.NativeText)
                    found.append(
                        QCoreApplication.translate(
                            "Actions", "{keys} ({first}) starts {longer} ({second})"
                        ).format(
                            keys=text,
                            first=short_title(owners[0]),
                            longer=longer,
                            second=short_title(others[0]),
                        )
                    )
    return found


def make_action(parent: QWidget, spec: ActionSpec, handler: Handler | None = None) -> QAction:
    """A QAction of `spec` on `parent`; its handler runs behind the guard of `parent`'s window."""
    action = QAction(title_text(spec), parent)
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
    action.setStatusTip(tip_text(spec) or short_title(spec))


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
            menu = QMenu(title_text(spec), window)
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
