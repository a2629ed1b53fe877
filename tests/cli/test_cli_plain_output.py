"""File names and titles the CLI prints cannot forge a line or reorder it: control and bidi characters
are written the way `repr` writes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curator.cli.main import main
from curator.cli.output import echo_json, echo_json_array, printable

FORGED = "evil\nimported 999 documents, 0 spans from 999 files\u202etxt.jsonl"


def test_printable_escapes_line_breaks_and_bidi_like_repr() -> None:
    assert printable("a\nb\r\u202ec\u200e\u2066d\te") == "a\\nb\\r\\u202ec\\u200e\\u2066d\\te"
    assert printable("Bişkek'te · Душанбе") == "Bişkek'te · Душанбе"


def test_a_file_name_with_a_newline_and_rtl_override_is_printed_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / FORGED).write_text('{"text": broken\n', encoding="utf-8")
    project = tmp_path / "p.curator"

    main(["--project", str(project), "import", str(folder)])

    captured = capsys.readouterr()
    lines = [*captured.out.splitlines(), *captured.err.splitlines()]
    assert not any(line.startswith("imported 999") for line in lines)
    assert not any("\u202e" in line for line in lines)
    assert any("evil\\nimported 999 documents" in line and "\\u202etxt.jsonl" in line for line in lines)


def test_json_output_escapes_bidi_and_still_parses_to_the_same_title(
    capsys: pytest.CaptureFixture[str],
) -> None:
    title = "Haber \u202egnp.exe\u2028"
    echo_json({"title": title})
    out = capsys.readouterr().out
    assert "\u202e" not in out and "\u2028" not in out
    assert json.loads(out) == {"title": title}


@pytest.mark.parametrize(
    "items",
    [[], [{"id": 1}], [{"title": "Bişkek\u202e\nson", "pairs": [{"a": 1, "b": [2.5, None]}]}, {"id": 2}]],
)
def test_a_json_array_printed_an_item_at_a_time_is_the_same_text(
    items: list, capsys: pytest.CaptureFixture
) -> None:
    """`curator duplicates --json` streams its groups: the output must not change by a byte."""
    echo_json(items)
    whole = capsys.readouterr().out
    echo_json_array(iter(items))
    assert capsys.readouterr().out == whole and json.loads(whole) == items
