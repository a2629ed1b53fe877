"""`curator link`: every unlinked mention that names exactly one canonical entity is linked in one step."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curator.cli.main import EXIT_OK, main
from curator.core import queries, services
from curator.core.project.setup import open_project
from curator.core.services.entities import create_entity, list_entities

TEXT = "KGAÖ Bişkek'te toplandı; Caparov ve Ak Suu köyünden bir heyet 12 Mart'ta katıldı."


def run(project: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--project", str(project), "--annotator", "ayse", "link", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Imported mentions (an import does not link them): two that name one entity each, one that names
    two, one that names none, and a date."""
    path = tmp_path / "p.curator"
    source = tmp_path / "news.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["--project", str(path), "--annotator", "ayse", "import", str(source)]) == EXIT_OK
    with open_project(path, annotator="ayse") as opened:
        [document] = queries.list_documents(opened)
        text = queries.get_document(opened, document.id).text
        for surface, label in (("KGAÖ", "ORG"), ("Bişkek'te", "GPE"), ("Caparov", "PER"), ("Ak Suu", "LOC"),
                               ("12 Mart", "DATE")):  # fmt: skip
            start = text.index(surface)
            services.add_span(opened, document.id, start, start + len(surface), label, source="import")
        create_entity(opened, "Japarov (footballer)", "PER", aliases=["Caparov"])
    return path


def linked_keys(path: Path) -> dict[str, str | None]:
    with open_project(path, annotator="ayse") as opened:
        [document] = queries.list_documents(opened)
        text = queries.get_document(opened, document.id).text
        keys = {usage.entity.id: usage.entity.key for usage in list_entities(opened, limit=10_000)}
        return {text[s.start : s.end]: keys.get(s.entity_id) for s in queries.list_spans(opened, document.id)}


def test_a_dry_run_counts_and_the_run_links_the_unambiguous_mentions(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(project, capsys, "--dry-run", "--json")
    assert code == EXIT_OK
    assert json.loads(out) == {
        "linked": 2, "ambiguous": 1, "no_match": 1, "read_only": 0, "dry_run": True,
        "ambiguous_examples": [
            {"text": "Caparov", "label": "PER", "candidates": ["Sadyr Japarov", "Japarov (footballer)"]}
        ],
    }  # fmt: skip
    assert set(linked_keys(project).values()) == {None}

    code, out, _ = run(project, capsys)
    assert code == EXIT_OK
    assert out.splitlines() == [
        "linked 2 mentions; 1 ambiguous, 1 without a match",
        "  ambiguous: 'Caparov' [PER] could be Sadyr Japarov, Japarov (footballer)",
    ]
    assert linked_keys(project) == {
        "KGAÖ": "org_csto", "Bişkek'te": "gpe_bishkek", "Caparov": None, "Ak Suu": None, "12 Mart": None
    }  # fmt: skip

    code, out, _ = run(project, capsys, "--json")  # nothing left that one entity names
    assert code == EXIT_OK and json.loads(out)["linked"] == 0


def test_the_step_is_one_history_entry_that_reverts(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(project, capsys)[0] == EXIT_OK
    history = ["--project", str(project), "--annotator", "ayse", "history"]
    assert main([*history, "--json"]) == EXIT_OK
    [entry, *_] = json.loads(capsys.readouterr().out)  # newest first
    assert entry["kind"] == "entity.link_corpus"

    assert main([*history, "--revert", str(entry["id"])]) == EXIT_OK
    assert set(linked_keys(project).values()) == {None}


def test_mentions_in_approved_documents_are_left_alone_and_counted(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--project", str(project)]
    assert main([*base, "--annotator", "ayse", "review", "--annotated", "1"]) == EXIT_OK
    assert main([*base, "--annotator", "rita", "review", "--set-role", "reviewer"]) == EXIT_OK
    assert main([*base, "--annotator", "rita", "review", "--approve", "1"]) == EXIT_OK
    capsys.readouterr()

    code, out, _ = run(project, capsys)

    assert code == EXIT_OK
    assert out.splitlines()[0] == (
        "linked 0 mentions; 1 ambiguous, 1 without a match, 2 in approved documents left alone (reopen them)"
    )
    assert set(linked_keys(project).values()) == {None}
