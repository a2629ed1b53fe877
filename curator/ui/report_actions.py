"""The report windows' actions: Project → Agreement…, My Feedback… and View → Statistics…. Each reads
the project in the background and opens its own window; none changes anything, so they share one place
to be registered, outside the main window. Each window's module is imported when it is first opened:
the agreement measures they load are no part of the window's start."""

from __future__ import annotations

import importlib
from types import ModuleType

from curator.ui.workbench import Workbench


def add_report_actions(workbench: Workbench) -> None:
    add = workbench.registry.add

    def window(name: str) -> ModuleType:
        return importlib.import_module(f"curator.ui.{name}")

    add("project.agreement", lambda: window("agreement_window").open_agreement(workbench))
    add("project.feedback", lambda: window("feedback_window").open_feedback(workbench))
    add("view.statistics", lambda: window("statistics_window").open_statistics(workbench))
