"""The lead paragraph under a news headline survives extraction, and no boilerplate comes back with it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curator.cli.main import main
from curator.core.importers.html import parse_html
from curator.core.project.setup import open_project
from curator.core.queries import get_document, list_documents

PAGES = Path(__file__).resolve().parents[1] / "data" / "html"
GOLD = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
WITH_LEAD = sorted(name for name, gold in GOLD.items() if gold.get("lead"))


def page(body: str, head: str = "") -> str:
    return (
        f"<html lang='en'><head><title>Leaders meet in Bishkek</title>{head}</head><body>{body}</body></html>"
    )


ARTICLE = "".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "The presidents of five Central Asian states met in Bishkek on Friday for their annual talks.",
        "They discussed water sharing, trade corridors and the security of the Afghan border at length.",
        "A joint statement on regional cooperation was adopted at the end of the meeting in the capital.",
        "The next meeting of the leaders will take place in Tashkent next year, the host announced.",
    )
)
LEAD = "Five presidents agreed in Bishkek to coordinate reservoir releases and border security."


def text_of(tmp_path: Path, html: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return parse_html(path, lambda: False).documents[0].text


@pytest.mark.parametrize("name", WITH_LEAD)
def test_every_gold_lead_follows_the_headline_once_without_boilerplate(name: str) -> None:
    document = parse_html(PAGES / name, lambda: False).documents[0]
    gold = GOLD[name]
    lines = document.text.splitlines()
    (lead,) = gold["lead"]
    assert lines[1] == lead, "the lead is the line right under the headline"
    assert document.text.count(lead) == 1
    for sentence in gold["article"]:
        assert sentence in document.text
    for line in gold["boilerplate"]:
        assert line not in document.text


def test_the_benchmark_pages_keep_ten_leads() -> None:
    assert len(WITH_LEAD) >= 10


def test_a_lead_class_block_after_the_headline_is_restored(tmp_path: Path) -> None:
    text = text_of(
        tmp_path, page(f"<h1>Leaders meet in Bishkek</h1><div class='summary'>{LEAD}</div>{ARTICLE}")
    )
    assert text.splitlines()[:2] == ["Leaders meet in Bishkek", LEAD]


def test_a_page_without_a_headline_gets_no_lead(tmp_path: Path) -> None:
    text = text_of(tmp_path, page(f"<div class='summary'>{LEAD}</div><div>{ARTICLE}</div>"))
    assert LEAD not in text


def test_a_meta_description_the_page_does_not_show_is_not_added(tmp_path: Path) -> None:
    head = f"<meta name='description' content='{LEAD}'>"
    text = text_of(tmp_path, page(f"<h1>Leaders meet in Bishkek</h1><div>{ARTICLE}</div>", head))
    assert LEAD not in text


def test_a_shown_meta_description_is_the_lead_even_without_a_lead_class(tmp_path: Path) -> None:
    head = f"<meta name='description' content='{LEAD}'>"
    text = text_of(
        tmp_path, page(f"<h1>Leaders meet in Bishkek</h1><div class='x1'>{LEAD}</div>{ARTICLE}", head)
    )
    assert text.splitlines()[1] == LEAD


@pytest.mark.parametrize(
    "block",
    [
        f"<figure><div class='summary'>{LEAD}</div></figure>",  # inside a figure
        f"<div class='summary caption'>{LEAD}</div>",  # a caption that calls itself a summary
        f"<div class='intro'><span class='credit'>Photo:</span> {LEAD}</div>",  # wraps a credit
        "<div class='lead'><a href='/1'>Presidents of five states sign a new water deal in Bishkek</a></div>",
        "<div class='lead'>Short lead</div>",  # not prose
        f"<nav><p class='lead'>{LEAD}</p></nav>",
    ],
)
def test_captions_links_and_menus_dressed_as_leads_stay_out(tmp_path: Path, block: str) -> None:
    text = text_of(tmp_path, page(f"<h1>Leaders meet in Bishkek</h1>{block}{ARTICLE}"))
    assert LEAD not in text
    assert "water deal" not in text and "Short lead" not in text


def test_an_inline_read_also_block_is_taken_out_of_the_body(tmp_path: Path) -> None:
    inline = "<p class='tn-read-more'>Read also: Presidents of five states sign a new water deal</p>"
    text = text_of(
        tmp_path, page(f"<h1>Leaders meet in Bishkek</h1><article>{ARTICLE}{inline}{ARTICLE}</article>")
    )
    assert "Read also" not in text
    assert "annual talks" in text


def test_cli_import_of_the_pages_keeps_every_lead(tmp_path: Path) -> None:
    project_path = tmp_path / "leads.curator"
    assert main(["--project", str(project_path), "import", "--format", "html", str(PAGES)]) == 0
    with open_project(project_path, annotator="tester") as project:
        texts = {
            get_document(project, d.id).meta["path"]: get_document(project, d.id).text
            for d in list_documents(project)
        }
    by_name = {Path(path).name: text for path, text in texts.items()}
    for name in WITH_LEAD:
        assert GOLD[name]["lead"][0] in by_name[name]
