"""`curator stats --html`: the dashboard as one self-contained HTML file, every chart an inline SVG.

No scripts, no external files or fonts: it opens the same in any browser, offline, and can be mailed or
attached to a report. Every name in it (labels, annotators, suggesters, languages) comes from the project
and so from imported data; each is escaped, in text and in attributes alike.
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from pathlib import Path

from curator.core.domain import CuratorError
from curator.core.statistics.figures import Figure, cell_text
from curator.core.statistics.layout import ChartLayout, chart_layout
from curator.core.statistics.queries import Statistics, agreement_figure, compute_statistics
from curator.core.storage.database import Project

SVG_WIDTH = 720
SVG_HEIGHT = 260
STYLE = """
body { font-family: sans-serif; margin: 2em; color: #222; }
section { margin-bottom: 2.5em; }
table { border-collapse: collapse; margin-top: 0.5em; }
th, td { border: 1px solid #ccc; padding: 2px 8px; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
p.note { color: #555; font-size: 90%; }
svg text { font-family: sans-serif; font-size: 11px; fill: #222; }
"""


def figure_svg(figure: Figure, width: int = SVG_WIDTH, height: int = SVG_HEIGHT) -> str:
    layout = chart_layout(figure, width, height, char=6.5, line=13)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(figure.title)}">'
    ]
    parts += _axes(layout)
    for bar in layout.bars:
        parts.append(
            f'<rect x="{bar.x:.1f}" y="{bar.y:.1f}" width="{bar.width:.1f}" height="{bar.height:.1f}" '
            f'fill="{escape(bar.color)}"><title>{escape(bar.tip)}</title></rect>'
        )
    for text in layout.categories:
        parts.append(
            f'<text x="{text.x:.1f}" y="{text.y:.1f}" text-anchor="middle">{escape(text.text)}'
            f"<title>{escape(text.full)}</title></text>"
        )
    for text, color in layout.legend:
        size = 10
        parts.append(
            f'<rect x="{text.x - size - 4:.1f}" y="{text.y - size:.1f}" width="{size}" height="{size}" '
            f'fill="{escape(color)}"/><text x="{text.x:.1f}" y="{text.y:.1f}">{escape(text.text)}</text>'
        )
    if figure.empty:
        parts.append(
            f'<text x="{width / 2:.0f}" y="{height / 2:.0f}" text-anchor="middle">Nothing to count yet</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


def _axes(layout: ChartLayout) -> list[str]:
    parts = []
    for y, tick in layout.ticks:
        parts.append(
            f'<line x1="{layout.left:.1f}" y1="{y:.1f}" x2="{layout.right:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
            f'<text x="{tick.x:.1f}" y="{tick.y:.1f}" text-anchor="end">{escape(tick.text)}</text>'
        )
    return parts


def figure_table(figure: Figure) -> str:
    head = "".join(f"<th>{escape(column)}</th>" for column in figure.columns)
    body = []
    for row in figure.rows:
        cells = "".join(
            f'<td class="n">{escape(cell_text(v))}</td>' if isinstance(v, int | float) or v is None
            else f"<td>{escape(cell_text(v))}</td>"
            for v in row
        )  # fmt: skip
        body.append(f"<tr>{cells}</tr>")
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>"


def statistics_html(
    stats: Statistics, agreement: Figure | None, title: str, now: datetime | None = None
) -> str:
    """The whole page: totals, then each figure as its chart, its note and its table."""
    taken = (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    sections = []
    for figure in (*stats.figures, *((agreement,) if agreement is not None else ())):
        note = f'<p class="note">{escape(figure.note)}</p>\n' if figure.note else ""
        sections.append(
            f'<section id="{escape(figure.key)}">\n<h2>{escape(figure.title)}</h2>\n'
            f"{figure_svg(figure)}\n{note}{figure_table(figure)}\n</section>"
        )
    if agreement is None:
        sections.append(
            '<section id="agreement">\n<h2>Agreement between annotators</h2>\n'
            "<p>No document has two annotators' layers yet: there is no agreement to show.</p>\n</section>"
        )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8"/>\n'
        f"<title>{escape(title)} — statistics</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{escape(title)}</h1>\n"
        f"<p>{stats.documents:,} documents, {stats.spans:,} spans; taken {taken}.</p>\n"
        + "\n".join(sections)
        + "\n</body>\n</html>\n"
    )


def write_html_report(stats: Statistics, agreement: Figure | None, path: Path, title: str) -> None:
    """Written beside the target and moved over it, so an interrupted run leaves no half a report."""
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(statistics_html(stats, agreement, title), encoding="utf-8")
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise CuratorError(f"cannot write the report {path}: {error.strerror or error}") from error


def write_project_report(project: Project, path: Path) -> Statistics:
    """`curator stats --html PATH`: every figure, agreement included, titled after the project file."""
    stats = compute_statistics(project)
    title = project.label if project.is_server else project.path.stem
    write_html_report(stats, agreement_figure(project), path, title)
    return stats
