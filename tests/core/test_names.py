"""Label, event-type and role names from files are plain, printable and short, or refused by name."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from curator.core import queries
from curator.core.domain import AnnotationError, CuratorError
from curator.core.importers import import_paths
from curator.core.schema.json_io import import_schema, schema_to_dict
from curator.core.schema.names import check_type_name, name_problem
from curator.core.storage import Project
from tests.helpers.engines import ENGINES, open_on

BAD_NAMES = [
    "<i>EVIL</i>",
    "A&B",
    'Q"',
    "it's",
    "PER\nORG",
    "GPE\u202eRTL",
    "L\u200fM",
    "X\u2066Y",
    "two\u00a0words",
    "",
    "L" * 65,
]


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    project = open_on(request, tmp_path, "tester")
    yield project


@pytest.mark.parametrize("name", BAD_NAMES)
def test_a_bad_name_is_refused_naming_it(name: str) -> None:
    assert name_problem(name) is not None
    with pytest.raises(AnnotationError, match="is not a valid name"):
        check_type_name(name)


@pytest.mark.parametrize("name", ["PER", "B-ORG", "Conflict.Attack", "ЖЕР", "Kişi_2", "L" * 64])
def test_plain_names_pass(name: str) -> None:
    assert check_type_name(name) == name


def test_a_jsonl_label_with_markup_fails_the_file_at_its_line_and_adds_nothing(
    project: Project, tmp_path: Path
) -> None:
    labels_before = queries.list_labels(project)
    data = tmp_path / "evil.jsonl"
    good = {"text": "Bişkek toplantı.", "spans": [{"start": 0, "end": 6, "label": "GPE"}]}
    evil = {"text": "Moskova toplantı.", "spans": [{"start": 0, "end": 7, "label": "<i>EVIL</i>"}]}
    data.write_text(json.dumps(good) + "\n" + json.dumps(evil) + "\n", encoding="utf-8")

    report = import_paths(project, [data])

    assert not report.ok
    line = report.problems[0].line()
    assert "evil.jsonl" in line and "line 2" in line and "'<i>EVIL</i>'" in line
    assert queries.count_documents(project) == 0
    assert queries.list_labels(project) == labels_before


def test_a_conll_tag_with_a_bidi_character_fails_the_file(project: Project, tmp_path: Path) -> None:
    data = tmp_path / "evil.conll"
    data.write_text("Bişkek B-GPE\u202e\ntoplantı O\n", encoding="utf-8")
    report = import_paths(project, [data])
    assert not report.ok and "U+202E" in report.problems[0].line()
    assert queries.count_documents(project) == 0


def test_a_schema_file_with_a_markup_label_is_refused_whole(project: Project, tmp_path: Path) -> None:
    before = schema_to_dict(project)
    schema = json.loads(json.dumps(before))
    schema["entity_labels"].append({**schema["entity_labels"][0], "name": "NEW"})
    schema["entity_labels"].append({**schema["entity_labels"][0], "name": "<b>X</b>"})
    path = tmp_path / "schema.json"
    path.write_text(json.dumps(schema), encoding="utf-8")
    with pytest.raises(CuratorError, match="<b>X</b>"):
        import_schema(project, path)
    assert schema_to_dict(project) == before
