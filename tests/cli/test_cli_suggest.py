"""`curator suggest` and `curator quality` through main(), as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curator.cli.main import main
from curator.core import services
from curator.core.project.setup import open_project
from curator.core.services import suggestions
from curator.core.storage import Project
from curator.core.suggest import runner
from curator.core.suggest.runner import parse_suggester
from tests.helpers.word_suggester import Word, WordListSuggester

TURKISH = "KGAÖ Dışişleri Bakanları toplantısı Bişkek'te yapıldı."
KYRGYZ = "ЖККУнун жыйыны Бишкекте өттү."


@pytest.fixture
def project_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Turkish and a Kyrgyz document; `--suggester` resolves to a word-list suggester per language."""
    path = tmp_path / "p.curator"
    documents = [
        services.NewDocument(TURKISH, title="tr", language="tr", spans=[services.NewSpan(0, 4, "ORG")]),
        services.NewDocument(KYRGYZ, title="ky", language="ky"),
    ]
    with open_project(path) as project:
        with project.write() as session:
            services.add_documents(session, documents, annotator_id=project.annotator_id, source="test")
    words = [Word("KGAÖ", "ORG"), Word("Bişkek", "GPE"), Word("Бишкек", "GPE"), Word("ЖККУ", "ORG")]

    def factory(_project: Project, spec: str):
        kind, _version = parse_suggester(spec)
        return lambda language: WordListSuggester(words, source=f"{kind}:{language}")

    monkeypatch.setattr(runner, "suggester_factory", factory)  # `curator suggest` imports it when it runs
    return path


def cli(path: Path, *args: str) -> int:
    return main(["--project", str(path), *args])


def test_suggest_all_then_one_document_and_the_json_report(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(project_path, "suggest") == 0
    out = capsys.readouterr().out
    assert "rules: 3 suggestions in 2 documents" in out and "1 over or beside a human tag" in out
    assert cli(project_path, "suggest", "--suggester", "model:tr-1", "2", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 1 and report["stored"] == 0 and report["already_suggested"] == 2
    assert cli(project_path, "suggest", "--where", "lang:tr", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 1 and report["replaced"] == 1 and report["stored"] == 1


def test_suggest_refuses_an_unknown_suggester_a_missing_document_and_a_missing_project(
    project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(project_path, "suggest", "--suggester", "magic") == 1
    assert "unknown suggester 'magic'" in capsys.readouterr().err
    assert cli(project_path, "suggest", "7") == 1
    assert "document 7 does not exist" in capsys.readouterr().err
    assert cli(tmp_path / "none.curator", "suggest") == 1
    assert "none.curator" in capsys.readouterr().err
    assert not (tmp_path / "none.curator").exists()


def test_quality_counts_each_suggesters_decisions(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(project_path, "quality") == 0
    assert "no suggestions yet" in capsys.readouterr().out
    assert cli(project_path, "suggest") == 0
    with open_project(project_path) as project:
        (gpe_tr,) = [s.id for s in suggestions.list_suggestions(project, 1)]
        gpe_ky, org_ky = sorted(suggestions.list_suggestions(project, 2), key=lambda s: s.label)
        suggestions.accept_suggestions(project, [gpe_tr])
        suggestions.reject_suggestions(project, [org_ky.id])
        suggestions.tag(project, 2, gpe_ky.start, gpe_ky.end + 2, "GPE")
    capsys.readouterr()
    assert cli(project_path, "quality", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    by_source = {row["source"]: row for row in report["sources"]}
    assert {k: by_source["rules:tr:Bişkek"][k] for k in ("accepted", "corrected", "rejected", "pending")} == {
        "accepted": 1, "corrected": 0, "rejected": 0, "pending": 0,
    }  # fmt: skip
    assert (by_source["rules:ky:Бишкек"]["corrected"], by_source["rules:ky:ЖККУ"]["rejected"]) == (1, 1)
    assert by_source["rules:ky:ЖККУ"]["acceptance"] == 0.0
    assert {(r["source"], r["label"]) for r in report["labels"]} == {
        ("rules:tr:Bişkek", "GPE"), ("rules:ky:Бишкек", "GPE"), ("rules:ky:ЖККУ", "ORG"),
    }  # fmt: skip
    assert cli(project_path, "quality") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "suggester",
        "/",
        "label",
        "accepted",
        "corrected",
        "rejected",
        "pending",
        "acceptance",
    ]
    assert lines[1].split() == ["rules:ky:Бишкек", "0", "1", "0", "0", "0%"]
    assert lines[2].split() == ["GPE", "0", "1", "0", "0", "0%"]


def test_rules_over_the_seed_documents_then_review_and_quality(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from curator.core import queries
    from curator.core.project.resources import SAMPLE_DOCS_DIR

    path = tmp_path / "seeds.curator"
    assert cli(path, "import", str(SAMPLE_DOCS_DIR)) == 0
    capsys.readouterr()
    assert cli(path, "suggest", "--suggester", "rules", "--json") == 0
    first = json.loads(capsys.readouterr().out)
    assert first["documents"] == 5 and first["stored"] > 100 and first["invalid"] == 0
    assert cli(path, "suggest", "--json") == 0
    again = json.loads(capsys.readouterr().out)
    assert again["replaced"] == first["stored"] and again["stored"] == first["stored"]
    with open_project(path) as project:
        document_id = next(d.id for d in queries.list_documents(project) if d.language == "ky")
        text = queries.get_document(project, document_id).text
        pending = suggestions.list_suggestions(project, document_id)
        linked = [s for s in pending if s.source == "rules:gazetteer" and s.entity_name]
        assert linked and all(text[s.start : s.end].strip() == text[s.start : s.end] for s in linked)
        trigger = next(s for s in pending if s.label_kind == "event" and s.detail.get("arguments"))
        arguments = [
            s.id
            for s in pending
            for a in trigger.detail["arguments"]
            if (s.start, s.end, s.label) == (a["start"], a["end"], a["label"])
        ]
        suggestions.accept_suggestions(project, [trigger.id, *arguments])
        [event] = queries.list_events(project, document_id)
        assert len(event.arguments) == len(set(arguments)) > 0 and event.source == "rules:trigger"
        spare = next(s for s in linked if s.id not in arguments and s.id != trigger.id)
        suggestions.reject_suggestions(project, [spare.id])
    assert cli(path, "suggest", str(document_id), "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["over_human_tag"] >= 1 + len(set(arguments)) and report["rejected_before"] == 1
    assert cli(path, "quality", "--json") == 0
    sources = {row["source"]: row for row in json.loads(capsys.readouterr().out)["sources"]}
    assert sources["rules:trigger"]["accepted"] == 1 and sources["rules:gazetteer"]["pending"] > 0
