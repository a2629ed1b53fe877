"""`curator history` end to end through `main`: list with filters, JSON, revert one entry, refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curator.cli.main import main
from curator.core import queries, services
from curator.core.history_queries import history_page
from curator.core.project.setup import open_project
from curator.core.services import history as history_service
from curator.core.services import review

TEXTS = ["KGAÖ toplantısı Bişkek'te yapıldı.", "ЖККУнун жыйыны Бишкекте өттү."]


@pytest.fixture
def project_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CURATOR_ANNOTATOR", "ayla")
    path = tmp_path / "p.curator"
    with open_project(path) as project:
        with project.write() as session:
            services.add_documents(
                session,
                [services.NewDocument(t, language="tr") for t in TEXTS],
                annotator_id=None,
                source="test",
            )
        services.add_span(project, 1, 16, 22, "LOC")
        services.add_span(project, 2, 0, 4, "ORG")
    with open_project(path, annotator="bob") as bob:
        services.add_span(bob, 1, 0, 4, "ORG")
    return path


def history(path: Path, *args: str) -> int:
    return main(["--project", str(path), "history", *args])


def test_lists_newest_first_with_who_and_what(project_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert history(project_path) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("  ", 3)[2:] for line in lines] == [
        ["bob", "Tag “KGAÖ” as ORG"],
        ["ayla", "Tag “ЖККУ” as ORG"],
        ["ayla", "Tag “Bişkek” as LOC"],
    ]


def test_filters_and_json(project_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert history(project_path, "--document", "1", "--annotator", "ayla", "--json") == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert (entry["by"], entry["kind"], entry["text"]) == ("ayla", "span.add", "Tag “Bişkek” as LOC")
    assert history(project_path, "--since", "2999-01-01", "--limit", "1") == 0
    assert capsys.readouterr().out == "no changes recorded that match\n"
    with pytest.raises(SystemExit):
        history(project_path, "--since", "yesterday")


def test_revert_one_entry_and_its_refusal(project_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    history(project_path, "--json")
    by_text = {e["text"]: e["id"] for e in json.loads(capsys.readouterr().out)}
    assert history(project_path, "--revert", str(by_text["Tag “Bişkek” as LOC"])) == 0
    assert (
        capsys.readouterr().out
        == f"Revert #{by_text['Tag “Bişkek” as LOC']} “Tag “Bişkek” as LOC” — saved.\n"
    )
    with open_project(project_path, create=False) as project:
        assert [s.label for s in queries.list_spans(project, 1)] == ["ORG"]
    assert history(project_path, "--revert", str(by_text["Tag “Bişkek” as LOC"])) == 1
    assert "blocked by #" in capsys.readouterr().err
    assert history(project_path, "--revert", "999") == 1
    assert "#999 does not exist" in capsys.readouterr().err


def test_revert_works_as_the_global_annotator_and_refuses_someone_elses_change(
    project_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--annotator` before the subcommand is whose session it is, beside the history's own filter; an
    annotator may revert only their own changes (layers are their owners'), a reviewer anyone's."""
    monkeypatch.delenv("CURATOR_ROLE", raising=False)
    with open_project(project_path, annotator="ayla") as project:
        [bobs] = [r.id for r in history_page(project) if r.annotator == "bob"]
        [aylas] = [r.id for r in history_page(project) if r.text.endswith("as LOC")]
    capsys.readouterr()
    as_ayla = ["--project", str(project_path), "--annotator", "ayla", "history", "--revert"]
    assert main([*as_ayla, str(bobs)]) == 1
    assert "is bob's change; only a reviewer reverts another annotator's change" in capsys.readouterr().err
    assert main([*as_ayla, str(aylas)]) == 0
    assert history(project_path, "--annotator", "ayla", "--limit", "1") == 0
    assert f"ayla  Revert #{aylas}" in capsys.readouterr().out
    with open_project(project_path, annotator="rita") as lead:
        review.set_role(lead, "reviewer")
        history_service.revert_entry(lead, bobs)
        assert [s.annotator for s in queries.list_spans(lead, 1)] == []
