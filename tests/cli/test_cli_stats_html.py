"""`curator stats --html PATH` through the entry point: the report is written beside the usual counts,
is well-formed with one inline SVG per figure and no script, and an unwritable path is an error line."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from curator.cli.main import main
from curator.core import services
from curator.core.project.setup import open_project

TEXT = "KGAÖ heyeti Bişkek'te toplandı."


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "haberler.curator"
    with open_project(path, annotator="ayşe") as project:
        with project.write() as session:
            spans = [services.NewSpan(0, 4, "ORG"), services.NewSpan(12, 18, "GPE")]
            new = [services.NewDocument(TEXT, title="bir", language="tr", spans=spans)]
            new.append(services.NewDocument("Бишкекте жыйын өттү.", title="эки", language="ky"))
            services.add_documents(session, new, annotator_id=project.annotator_id, source="test")
    return path


def test_stats_html_writes_the_report_and_keeps_the_json(project_path: Path, tmp_path: Path, capsys) -> None:
    report = tmp_path / "report.html"
    assert main(["--project", str(project_path), "stats", "--json", "--html", str(report)]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["documents"] == 2  # stdout is still the JSON alone
    assert str(report) in err
    page = report.read_text(encoding="utf-8")
    root = ElementTree.fromstring(page.removeprefix("<!DOCTYPE html>\n"))
    assert len(root.findall(".//{http://www.w3.org/2000/svg}svg")) == 5  # no agreement: one layer
    assert "<script" not in page.lower()
    assert root.find("./head/title").text == "haberler — statistics"
    tables = {s.get("id"): s for s in root.iter("section")}
    languages = [[td.text for td in tr.iter("td")] for tr in tables["languages"].iter("tr")][1:]
    assert languages == [["ky", "1"], ["tr", "1"]]
    labels = {tr[0].text: tr[1].text for tr in tables["labels"].find("table/tbody")}
    assert (labels["ORG"], labels["GPE"], labels["PER"]) == ("1", "1", "0")
    assert [th.text for th in tables["per_day"].iter("th")] == ["Day (UTC)", "ayşe"]
    assert not list(tmp_path.glob("*.partial"))


def test_stats_html_to_a_missing_folder_is_an_error_line(project_path: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "missing" / "report.html"
    assert main(["--project", str(project_path), "stats", "--html", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: cannot write the report") and str(target) in err
    assert not target.parent.exists()
