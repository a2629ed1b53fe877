"""The report windows' actions: Project → Agreement…, My Feedback… and View → Statistics…. Each reads
the project in the background and opens its own window; none changes anything, so they share one place
to be registered, outside the main window."""

from __future__ import annotations

from curator.ui import agreement_window, feedback_window, statistics_window
from curator.ui.workbench import Workbench


def add_report_actions(workbench: Workbench) -> None:
    add = workbench.registry.add
    add("project.agreement", lambda: agreement_window.open_agreement(workbench))
    add("project.feedback", lambda: feedback_window.open_feedback(workbench))
    add("view.statistics", lambda: statistics_window.open_statistics(workbench))
