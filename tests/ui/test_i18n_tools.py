"""Every English text the core makes for the analysis windows has its entry in the UI's catalogue
(curator/ui/i18n_tools.py), read from the core's own source: a new figure, column, note, kind or skip
reason fails here until it is listed (and so reaches the translators)."""

from __future__ import annotations

import ast
from pathlib import Path

from curator.core.adjudication import Kind
from curator.core.agreement.feedback import EXTRA, MISSED
from curator.core.services.review import STATUS_WORDS
from curator.core.statistics import queries
from curator.ui import feedback_window
from curator.ui.i18n_tools import (
    ADJUDICATION,
    AGREEMENT,
    CATALOGUE,
    SEARCH,
    STATISTICS,
    core_text,
    figure_text,
)

CORE = Path(__file__).parents[2] / "curator" / "core"


def template(node: ast.expr) -> str | None:
    """A string constant as it is; an f-string as its template, each value named by its last name
    (f"{report.documents:,} documents" → "{documents} documents"); anything else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if not isinstance(node, ast.JoinedStr):
        return None
    parts = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(str(value.value))
        else:
            assert isinstance(value, ast.FormattedValue)
            inner = value.value
            name = inner.attr if isinstance(inner, ast.Attribute) else getattr(inner, "id", "?")
            parts.append("{" + name + "}")
    return "".join(parts)


def calls(path: Path, name: str) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == name
    ]


def figure_texts() -> list[str]:
    """Each Figure(...) of the statistics queries: its title, its fixed column names and its note."""
    found = []
    for call in calls(CORE / "statistics" / "queries.py", "Figure"):
        title, columns = call.args[1], call.args[2]
        found.append(template(title))
        if isinstance(columns, ast.Tuple):
            found += [template(c) for c in columns.elts if not isinstance(c, ast.Starred)]
        else:
            found += [template(c) for c in ast.walk(columns) if isinstance(c, ast.Constant)]
        found += [template(k.value) for k in call.keywords if k.arg == "note"]
    return [text for text in found if text is not None]


def test_every_statistics_title_column_and_note_of_the_core_is_in_the_catalogue() -> None:
    texts = figure_texts()
    assert len(texts) >= 6 * 3  # six figures, each with a title and at least two columns
    listed = set(CATALOGUE[STATISTICS])
    assert [text for text in texts if text not in listed] == []
    assert queries.NO_ANNOTATOR in listed
    assert set(STATUS_WORDS.values()) <= listed


def test_every_kind_skip_reason_and_feedback_word_of_the_core_is_in_the_catalogue() -> None:
    assert {kind.value for kind in Kind} == set(CATALOGUE[ADJUDICATION])
    reasons = [template(call.args[2]) for call in calls(CORE / "agreement" / "report.py", "SkippedDocument")]
    assert reasons and set(reasons) <= set(CATALOGUE[AGREEMENT])
    tree = ast.parse((CORE / "services" / "search_tags.py").read_text(encoding="utf-8"))
    skipped = {
        template(node.slice)
        for node in ast.walk(tree)
        if isinstance(node, ast.Subscript) and getattr(node.value, "id", "") == "skipped"
    }
    returned = {
        template(node.value)
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef) and function.name == "_reason"
        for node in ast.walk(function)
        if isinstance(node, ast.Return) and node.value is not None
    }
    assert (skipped | returned) - {None} - set(CATALOGUE[SEARCH]) == set()
    assert (feedback_window.MISSED, feedback_window.EXTRA) == (MISSED, EXTRA)


def test_without_a_translation_core_texts_and_figures_read_as_the_core_wrote_them(qapp) -> None:
    from curator.core.statistics import Figure

    figure = Figure("per_day", "Annotations per annotator per day", ("Day (UTC)", "Status", "(no annotator)"),
                    (("2026-12-03", 1, 2),), series=2)  # fmt: skip
    assert figure_text(figure) == figure  # "Status" is an annotator here: data, never translated
    assert core_text(AGREEMENT, "only deniz annotated it") == "only deniz annotated it"
