"""A dashboard figure as plain data: the table behind a chart, which columns the chart draws, and how.

One `Figure` feeds every face of the dashboard: the window's table and its chart, the HTML report's
table and inline SVG, and "Copy as CSV", so the numbers a user sees, copies and prints cannot differ.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

Cell = str | int | float | None

# Okabe–Ito: told apart with every common colour-vision deficiency (the palette issue 15 asks for).
SERIES_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
FALLBACK_COLOR = "#999999"
_HEX_COLOR = re.compile(r"#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}")


def safe_color(value: str) -> str:
    """A label's colour comes from the project file: only a #rgb or #rrggbb goes into SVG or a brush."""
    return value if _HEX_COLOR.fullmatch(value) else FALLBACK_COLOR


@dataclass(frozen=True, slots=True)
class Figure:
    """`columns[0]` names the categories (a status, a label, a day); columns 1…`series` are the drawn
    numbers; any further columns (a share, a score) are shown in the table and the CSV only."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    series: int = 1
    stacked: bool = False
    colors: tuple[str, ...] = ()
    """One per series; empty for the Okabe–Ito order."""
    row_colors: tuple[str, ...] = ()
    """One per row, for a one-series chart whose categories have colours of their own (labels)."""
    fraction: bool = False
    """The drawn values are scores between 0 and 1: the axis ends at 1 whatever the largest is."""
    note: str = ""

    @property
    def series_names(self) -> tuple[str, ...]:
        return self.columns[1 : 1 + self.series]

    def values(self, row: int) -> tuple[float, ...]:
        """The drawn numbers of one row; a missing one (no score) draws as nothing."""
        return tuple(_number(value) for value in self.rows[row][1 : 1 + self.series])

    def color(self, series: int, row: int) -> str:
        if self.series == 1 and self.row_colors:
            return safe_color(self.row_colors[row])
        palette = self.colors or SERIES_COLORS
        return safe_color(palette[series % len(palette)])

    @property
    def empty(self) -> bool:
        return not self.rows


def _number(value: Cell) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def cell_text(value: Cell) -> str:
    """How a cell reads in the window and the report: counts with thousands separators, scores to 3
    places, a missing score as a dash (it is not zero: there was nothing to score)."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:.3f}"
    return value


def figure_csv(figure: Figure) -> str:
    """The table as CSV for a spreadsheet: raw numbers (no separators), a missing score left empty."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(figure.columns)
    for row in figure.rows:
        writer.writerow(["" if value is None else _csv_number(value) for value in row])
    return out.getvalue()


def _csv_number(value: str | int | float) -> str | int | float:
    return round(value, 6) if isinstance(value, float) else value
