"""Imports put annotations into the layer their file names: Prodigy's `_annotator_id` (or `_session_id`),
doccano's `user`/`annotator`; a brat pair and a record naming no one go to the importing annotator."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from curator.core import queries
from curator.core.importers import import_paths
from curator.core.storage import Project
from tests.helpers.engines import ENGINES, open_on

TEXT = "Ahmet Yılmaz Bişkek'te Ali Veli ile görüştü."
OTHER = "Министр Руслан Казакбаев Душанбеде өткөн ЖККУнун жыйынына катышты."


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    with open_on(request, tmp_path, "lead") as opened:
        yield opened


def write(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def at(surface: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


def prodigy(text: str, surface: str, label: str, **extra: object) -> dict:
    start, end = at(surface, text)
    return {
        "text": text,
        "spans": [{"start": start, "end": end, "label": label}],
        "answer": "accept",
        **extra,
    }


def layers(project: Project) -> dict[str, list[tuple[int, str, str]]]:
    found: dict[str, list[tuple[int, str, str]]] = {}
    for document in queries.list_documents(project):
        text = queries.get_document(project, document.id).text
        for span in queries.list_spans(project, document.id):
            found.setdefault(str(span.annotator), []).append(
                (document.id, text[span.start : span.end], span.label)
            )
    return found


def test_prodigy_sessions_become_layers_of_one_document(project: Project, tmp_path: Path) -> None:
    path = write(
        tmp_path / "news.jsonl",
        prodigy(TEXT, "Bişkek", "GPE", _annotator_id="ner_news-alice", _session_id="ner_news-alice"),
        prodigy(TEXT, "Bişkek", "LOC", _annotator_id="ner_news-bob", _session_id="ner_news-bob"),
        prodigy(OTHER, "Душанбеде", "GPE", _session_id="ner_news-2024-03-11_15-15-44"),  # unnamed
    )
    report = import_paths(project, [path])
    assert report.ok, report.lines()
    assert (report.documents_added, report.layers_added, report.spans_added) == (2, 1, 3)
    assert "1 annotator layer added to documents already in the project" in report.summary()
    assert layers(project) == {
        "alice": [(1, "Bişkek", "GPE")], "bob": [(1, "Bişkek", "LOC")], "lead": [(2, "Душанбеде", "GPE")],
    }  # fmt: skip
    assert [d.span_count for d in queries.list_documents(project)] == [2, 1]


def test_importing_the_same_sessions_twice_adds_nothing(project: Project, tmp_path: Path) -> None:
    path = write(
        tmp_path / "news.jsonl",
        prodigy(TEXT, "Bişkek", "GPE", _annotator_id="ner_news-alice"),
        prodigy(TEXT, "Ali Veli", "PER", _annotator_id="ner_news-bob"),
    )
    import_paths(project, [path])
    again = import_paths(project, [path])
    assert (again.documents_added, again.layers_added, again.spans_added, again.duplicates) == (0, 0, 0, 2)
    assert "nothing imported" in again.summary()
    assert layers(project) == {"alice": [(1, "Bişkek", "GPE")], "bob": [(1, "Ali Veli", "PER")]}


def test_doccano_user_and_annotator_fields_name_the_layer(project: Project, tmp_path: Path) -> None:
    start, end = at("Ali Veli")
    path = write(
        tmp_path / "doccano.jsonl",
        {"text": TEXT, "label": [[start, end, "PER"]], "user": "carol"},
        {"text": TEXT, "label": [[start, end, "ORG"]], "annotator": 7},
        {"text": OTHER, "label": [[*at("Руслан Казакбаев", OTHER), "PER"]]},
    )
    report = import_paths(project, [path], fmt="doccano")
    assert report.ok, report.lines()
    assert layers(project) == {
        "carol": [(1, "Ali Veli", "PER")], "user 7": [(1, "Ali Veli", "ORG")],
        "lead": [(2, "Руслан Казакбаев", "PER")],
    }  # fmt: skip


def test_a_brat_pair_goes_to_the_importing_annotators_layer(project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    start, end = at("Bişkek")
    (folder / "a.ann").write_text(f"T1\tGPE {start} {end}\tBişkek\n", encoding="utf-8")
    report = import_paths(project, [folder], fmt="brat")
    assert report.ok, report.lines()
    assert layers(project) == {"lead": [(1, "Bişkek", "GPE")]}


def test_a_task_that_names_its_annotator_but_has_no_spans_is_imported(
    project: Project, tmp_path: Path
) -> None:
    """Prodigy writes `_annotator_id` on an accepted task with no entity in it too: that document is
    stored (labelled, with no spans) beside the one whose spans join the named layer."""
    path = write(
        tmp_path / "news.jsonl",
        {"text": OTHER, "spans": [], "answer": "accept", "_annotator_id": "ner-ali"},
        prodigy(TEXT, "Bişkek", "LOC", _annotator_id="ner-ali"),
    )

    report = import_paths(project, [path])

    assert report.ok and report.documents_added == 2, report.lines()
    assert layers(project) == {"ali": [(2, "Bişkek", "LOC")]}
