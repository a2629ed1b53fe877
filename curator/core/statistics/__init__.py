"""The statistics dashboard (View → Statistics, `curator stats --html`): figures from SQL aggregates,
their chart geometry, CSV and the HTML/SVG report. Read-only, and free of Qt like all of core."""

from curator.core.statistics.figures import Figure, cell_text, figure_csv
from curator.core.statistics.layout import ChartLayout, chart_layout
from curator.core.statistics.queries import Statistics, agreement_figure, compute_statistics, shared_documents
from curator.core.statistics.report import (
    figure_svg,
    statistics_html,
    write_html_report,
    write_project_report,
)

__all__ = [
    "ChartLayout",
    "Figure",
    "Statistics",
    "agreement_figure",
    "cell_text",
    "chart_layout",
    "compute_statistics",
    "figure_csv",
    "figure_svg",
    "shared_documents",
    "statistics_html",
    "write_html_report",
    "write_project_report",
]
