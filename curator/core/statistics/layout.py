"""Where a figure's bars, axis ticks, category names and legend go in a box of a given size.

The HTML report's SVG and the window's QPainter chart both draw this one layout, so the two cannot
drift apart, and the geometry is tested without a display. Text widths are estimated from a character
width the caller passes (the window passes its font's); the window still elides to its real metrics.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from curator.core.statistics.figures import Figure, cell_text

TICKS = 4  # intervals on the value axis


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    color: str
    tip: str
    """The category, the series and the value, for a tooltip (SVG <title>, Qt tool tip)."""


@dataclass(frozen=True, slots=True)
class Text:
    x: float  # the centre (category names) or the right edge (ticks) or the left edge (legend)
    y: float  # the baseline
    text: str
    full: str  # the whole text, when `text` was shortened to fit


@dataclass(frozen=True, slots=True)
class ChartLayout:
    width: float
    height: float
    left: float
    top: float
    right: float
    bottom: float
    bars: tuple[Bar, ...]
    ticks: tuple[tuple[float, Text], ...]  # the grid line's y, and its number
    categories: tuple[Text, ...]
    legend: tuple[tuple[Text, str], ...]  # the series name and its colour


def nice_ceiling(value: float) -> float:
    """The smallest 1, 2 or 5 × 10ⁿ at or above `value`, so the axis reads in round numbers."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def _axis(peak: float, fraction: bool) -> tuple[float, int]:
    """The value axis as (step, number of steps): quarters for a fraction; for counts a round step of
    at least 1 (4 documents read 0 1 2 3 4, never 1.2 2.5 3.8), about TICKS of them up to the peak."""
    if fraction:
        return 1 / TICKS, TICKS
    step = max(1.0, nice_ceiling(peak / TICKS)) if peak > 0 else 1.0
    return step, max(1, math.ceil(peak / step))


def shorten(text: str, chars: int) -> str:
    if len(text) <= chars:
        return text
    return text[: max(chars - 1, 1)] + "…"


def _tick_text(value: float, fraction: bool) -> str:
    if fraction:
        return f"{value:.2f}"
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def chart_layout(
    figure: Figure, width: float, height: float, *, char: float = 7.0, line: float = 14.0
) -> ChartLayout:
    """Vertical bars, one slot per row: the series side by side, or stacked when `figure.stacked`.
    Values below zero (a κ worse than chance) draw as nothing; the table says the number."""
    rows = range(len(figure.rows))
    sums = [
        sum(max(v, 0.0) for v in figure.values(r)) if figure.stacked else max(figure.values(r), default=0.0)
        for r in rows
    ]
    step, steps = _axis(max(sums, default=0.0), figure.fraction)
    top_value = step * steps
    legend_height = line + 6 if figure.series > 1 else 0
    top = legend_height + line / 2
    left = char * max(len(_tick_text(top_value, figure.fraction)), 4) + 8
    right = width - 8
    bottom = height - line - 8
    scale = (bottom - top) / top_value if bottom > top else 0.0
    ticks = tuple(
        (bottom - i * step * scale,
         Text(left - 4, bottom - i * step * scale + line / 3, _tick_text(i * step, figure.fraction), ""))
        for i in range(steps + 1)
    )  # fmt: skip
    slot = (right - left) / max(len(figure.rows), 1)
    bars = tuple(_bars(figure, left, bottom, slot, scale))
    return ChartLayout(
        width, height, left, top, right, bottom, bars, ticks,
        tuple(_categories(figure, left, bottom + line, slot, char)), tuple(_legend(figure, left, line, char)),
    )  # fmt: skip


def _bars(figure: Figure, left: float, bottom: float, slot: float, scale: float) -> list[Bar]:
    bars = []
    gap = slot * 0.15 if slot > 6 else 0.0
    inner = slot - 2 * gap
    for r, row in enumerate(figure.rows):
        x = left + r * slot + gap
        base = bottom
        each = inner if figure.stacked else inner / max(figure.series, 1)
        for s, value in enumerate(figure.values(r)):
            tip = f"{row[0]} · {figure.series_names[s]}: {cell_text(row[1 + s])}"
            height = max(value, 0.0) * scale
            bar_x = x if figure.stacked else x + s * each
            bars.append(Bar(bar_x, base - height, max(each, 0.5), height, figure.color(s, r), tip))
            if figure.stacked:
                base -= height
    return [bar for bar in bars if bar.height > 0]


def _categories(figure: Figure, left: float, baseline: float, slot: float, char: float) -> list[Text]:
    """Each category's name under its slot; when slots are narrower than a few letters (many days),
    only every k-th is named, evenly, so the names never overlap."""
    names = [str(row[0]) for row in figure.rows]
    wanted = min(max((len(n) for n in names), default=1), 12)
    every = max(1, math.ceil((wanted + 1) * char / slot)) if slot > 0 else 1
    room = max(int(slot * every / char) - 1, 1)
    return [
        Text(left + (i + 0.5) * slot, baseline, shorten(name, room), name)
        for i, name in enumerate(names)
        if i % every == 0
    ]


def _legend(figure: Figure, left: float, line: float, char: float) -> list[tuple[Text, str]]:
    if figure.series < 2:
        return []
    items, x = [], left
    for s, name in enumerate(figure.series_names):
        label = shorten(name, 24)
        items.append((Text(x + line, line, label, name), figure.color(s, 0)))
        x += line + (len(label) + 2) * char
    return items
