"""The translation walk: with Turkish loaded, the main window and every window and dialog its actions open
(each action of the registry, curator/ui/actions.py, so a new dialog cannot be forgotten) show no English
text but names and data (the rule: tests/ui/translation_walk.py).

Run it: QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q tests/ui/test_translation_walk.py
It lists every English text it saw, by window, widget and kind. It passes once every module's strings are
wrapped and curator_tr.ts is updated, merged (packaging/translations.py) and released.

Modal dialogs (exec(), open(), QFileDialog and QInputDialog statics) are walked from a timer while they
run and then dismissed; windows an action leaves open are walked and closed after it returns.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from curator.core.storage import Project
from curator.ui import i18n
from curator.ui.guard import ErrorDialog
from curator.ui.main_window import MainWindow
from tests.ui.conftest import TURKISH, open_window
from tests.ui.translation_walk import Found, Judge, catalogue_sources, project_data, walk

# Actions that end the session or only tag (one per label, no window of their own).
NOT_TRIGGERED = ("app.quit", "tag.")
PATIENCE_MS = 5000  # for an action's background job to end


@pytest.fixture
def turkish(qapp) -> Iterator[None]:
    i18n.install_language("tr")
    yield
    i18n.install_language("en")


def judge_for(project: Project) -> Judge:
    return Judge(project_data(project), catalogue_sources(i18n.TRANSLATIONS_DIR / "curator_tr.ts"))


class Inspector:
    """Walks and dismisses each modal widget while an action runs; tells which windows it saw."""

    def __init__(self, judge: Judge) -> None:
        self.judge = judge
        self.found: list[Found] = []
        self.seen: list[str] = []
        self._tries: dict[int, int] = {}
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            self.visit(modal)

    def visit(self, widget: QWidget) -> None:
        tries = self._tries.get(id(widget), 0)
        self._tries[id(widget)] = tries + 1
        if tries == 0:
            self.seen.append(widget.windowTitle() or type(widget).__name__)
            self.found += walk(widget, self.judge)
        if isinstance(widget, QDialog) and tries < 20:
            widget.reject()
        else:  # a dialog that will not be rejected (a running job's) is hidden
            widget.close() if tries < 40 else widget.hide()


def visible_windows(main: MainWindow) -> list[QWidget]:
    return [
        w for w in QApplication.topLevelWidgets()
        if w.isVisible() and w is not main and Shiboken.isValid(w) and type(w).__name__ != "QTipLabel"
    ]  # fmt: skip


def test_the_judge_finds_english_and_leaves_turkish_names_and_data(qtbot, project: Project, turkish) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle("Belge Ayrıntıları")
    layout = QVBoxLayout(dialog)
    for text in ("Open the file", "Dosyayı aç", TURKISH, "PER", "DocBin, CoNLL, brat, JSONL", "%n belge"):
        layout.addWidget(QLabel(text, dialog))
    layout.addWidget(QPushButton("&Cancel", dialog))
    layout.addWidget(QPushButton("İ&ptal", dialog))
    tip = QLabel("Kişi", dialog)
    tip.setToolTip("Person: a named individual (Ruslan Kazakbayev, Руслан Казакбаев).")  # the schema's: data
    layout.addWidget(tip)
    colour = QLabel("Colour", dialog)  # no word of the list, but a source the catalogue translates
    layout.addWidget(colour)
    found = walk(dialog, judge_for(project))
    assert sorted(f.text for f in found) == ["&Cancel", "Colour", "Open the file"]
    assert {f.kind for f in found} == {"button", "label"}


def test_windows_of_the_infra_group_walk_clean_in_turkish(qtbot, project: Project, turkish) -> None:
    """The error dialog and Preferences (translated on this branch): nothing English but, in the keys
    table, the action titles and menus of the registry, which the main group translates."""
    window = open_window(qtbot, project)
    judge = judge_for(project)
    error = ErrorDialog(window, "Belgeyi açma", KeyError("x"), project.path, None)
    qtbot.addWidget(error)
    assert walk(error, judge) == []
    window.preferences_actions.open_dialog()
    dialog = window.preferences_actions.dialog
    assert dialog is not None
    keys = dialog.keys
    registry = {keys.data(keys.index(row, column)) for row in range(keys.rowCount()) for column in (0, 1)}
    found = walk(dialog, judge)
    rest = [f for f in found if not (f.kind == "cell" and f.text in registry)]
    assert rest == [], "\n".join(map(str, rest))
    dialog.reject()


def test_every_window_and_dialog_reachable_from_the_menus_is_turkish(
    qtbot, project: Project, turkish
) -> None:
    window = open_window(qtbot, project)
    inspector = Inspector(judge_for(project))
    inspector.found += walk(window, inspector.judge)
    for menu_id in ("file.recent",):  # filled when it opens
        window.registry.menu(menu_id).aboutToShow.emit()
    triggered = [i for i in window.registry if not i.startswith(NOT_TRIGGERED)]
    inspector.timer.start()
    try:
        for action_id in triggered:
            action = window.registry[action_id]
            if not action.isEnabled():
                continue
            before = {id(w) for w in visible_windows(window)}
            action.trigger()
            qtbot.waitUntil(lambda: not window.jobs.running, timeout=PATIENCE_MS)
            qtbot.wait(60)
            for opened in visible_windows(window):
                if id(opened) not in before:
                    inspector.visit(opened)
    finally:
        inspector.timer.stop()
    assert len(inspector.seen) >= 10, f"too few windows were opened: {inspector.seen}"
    english = "\n".join(sorted({str(found) for found in inspector.found}))
    assert not inspector.found, (
        f"{len(inspector.found)} English texts in {len(inspector.seen)} windows and dialogs:\n{english}"
    )
