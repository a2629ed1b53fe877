"""Exports read one layer per document: gold where it exists, else the single annotator's; a document
with two layers and no gold is left out and reported, never mixed. Every format is read back by its
consumer's reader (spaCy's DocBin and CoNLL converter, JSON, the brat standoff lines). The team's
project is a file or a team server (each annotator their own role), and every export reads the same."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin
from spacy.training.converters import conll_ner_to_docs
from sqlalchemy import update

from curator.core import services
from curator.core.domain import CuratorError
from curator.core.exporters import EXPORT_FORMATS, export_project
from curator.core.layers import LayerChoice, Layers
from curator.core.nlp.corpus import collect
from curator.core.project.setup import open_project
from curator.core.queries import iter_export_documents, iter_export_languages
from curator.core.services.documents import set_document_status
from curator.core.services.entities import create_entity, link_spans
from curator.core.services.spans import insert_span
from curator.core.storage import Project
from curator.core.storage.driver import sqlite_connection
from curator.core.storage.models import Event, Span
from tests.helpers import layered
from tests.helpers.engines import ENGINES, as_user, open_again, open_on
from tests.helpers.layered import LAYERS, NOT_ADJUDICATED, Team, build_team, tag, text_of


@pytest.fixture(params=ENGINES)
def team(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Team:
    """`build_team` on a file, or on a server where `Team.path` is its URL: there the helper's opening of
    the project "as" each annotator connects as that annotator's role (the server's annotator)."""
    if request.param == "sqlite":
        return build_team(tmp_path / "team.curator")
    url = request.getfixturevalue("server_database")("a", "b")
    open_project(url, create=True).close()
    monkeypatch.setattr(layered, "open_project", lambda location, annotator: open_as(location, annotator))
    return build_team(url)  # type: ignore[arg-type]  # the server's URL where the helper names a file


@pytest.fixture
def file_team(tmp_path: Path) -> Team:
    return build_team(tmp_path / "team.curator")


@pytest.fixture(params=ENGINES)
def opened(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[..., Project]:
    """Opens a new project on the fixture's engine as `name`; on a server `others` may open it later."""
    return lambda name, *others: open_on(request, tmp_path, name, *others)


def open_as(location: Path | str, name: str) -> Project:
    """The team's project as annotator `name`: the file, or the server connected as `name`'s role."""
    if isinstance(location, str):
        return open_project(as_user(location, name))
    return open_project(location, annotator=name)


# Each choice: the documents exported, in order, as (number, layer), and those left out with why.
EXPECTED: dict[str, tuple[list[tuple[int, str]], dict[int, str]]] = {
    "default": ([(2, "gold"), (3, "a"), (4, "b")], {1: NOT_ADJUDICATED}),
    "gold": ([(2, "gold")], {1: "no gold layer (not adjudicated)", 3: "no gold layer (not adjudicated)",
                             4: "no gold layer (not adjudicated)"}),
    "a": ([(1, "a"), (2, "a"), (3, "a")], {4: "no layer of a"}),
    "all": ([(1, "a"), (1, "b"), (2, "a"), (2, "b"), (2, "gold"), (3, "a"), (4, "b")], {}),
}  # fmt: skip
CHOICES = list(EXPECTED)


def expected_spans(choice: str) -> list[set[tuple[str, str]]]:
    return [LAYERS[number][layer] for number, layer in EXPECTED[choice][0]]


def export(team: Team, fmt: str, out: Path, choice: str, **options: object):
    with open_as(team.path, "a") as project:
        return export_project(project, fmt, out, layer=choice, **options)


def check_report(report, choice: str) -> None:
    taken, left_out = EXPECTED[choice]
    assert {(i, reason) for i, _title, reason in report.layers_left_out} == set(left_out.items())
    per_layer: dict[str, int] = {}
    for _number, layer in taken:
        per_layer[layer] = per_layer.get(layer, 0) + 1
    assert dict(report.layer_documents) == per_layer
    if left_out:
        assert any(line.startswith(f"left out {len(left_out)} document") for line in report.lines())


def surfaces(text: str, spans) -> set[tuple[str, str]]:
    return {(text[start:end], label) for start, end, label in spans}


@pytest.mark.parametrize("choice", CHOICES)
def test_jsonl_holds_the_chosen_layer_and_names_it_with_all(team: Team, tmp_path: Path, choice: str) -> None:
    out = tmp_path / "out.jsonl"
    report = export(team, "jsonl", out, choice)
    tasks = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    got = [surfaces(t["text"], [(s["start"], s["end"], s["label"]) for s in t["spans"]]) for t in tasks]
    assert got == expected_spans(choice)
    assert [t["meta"]["doc_id"] for t in tasks] == [number for number, _ in EXPECTED[choice][0]]
    if choice == "all":
        assert [t["_annotator_id"] for t in tasks] == [layer for _, layer in EXPECTED[choice][0]]
    else:
        assert all("_annotator_id" not in t for t in tasks)
    check_report(report, choice)


@pytest.mark.parametrize("choice", CHOICES)
def test_spacy_docbin_holds_the_chosen_layer(team: Team, tmp_path: Path, choice: str) -> None:
    out = tmp_path / "spacy"
    report = export(team, "spacy", out, choice, dev_fraction=0.0)
    docs = list(DocBin().from_disk(out / "train.spacy").get_docs(spacy.blank("xx").vocab))
    got = [{(span.text, span.label_) for span in doc.spans["sc"]} for doc in docs]
    assert got == expected_spans(choice)
    assert [doc.user_data["curator_doc_id"] for doc in docs] == [n for n, _ in EXPECTED[choice][0]]
    if choice == "all":
        assert [doc.user_data["curator_layer"] for doc in docs] == [layer for _, layer in EXPECTED["all"][0]]
        assert any("--layer all" in note for note in report.notes)
    check_report(report, choice)
    saved = json.loads((out / "export_report.json").read_text(encoding="utf-8"))
    assert {item["document_id"] for item in saved["layers_left_out"]} == set(EXPECTED[choice][1])


@pytest.mark.parametrize("choice", CHOICES)
def test_conll_read_by_spacy_holds_the_chosen_layer(team: Team, tmp_path: Path, choice: str) -> None:
    out = tmp_path / "out.conll"
    report = export(team, "conll", out, choice)
    # spaCy's converter, one -DOCSTART- document at a time (it joins sentences across documents).
    parts = out.read_text(encoding="utf-8").split("-DOCSTART-")[1:]
    docs = [doc for part in parts for doc in conll_ner_to_docs("-DOCSTART-" + part, n_sents=1000)]
    assert [{(e.text, e.label_) for e in doc.ents} for doc in docs] == expected_spans(choice)
    check_report(report, choice)


def read_brat(folder: Path) -> list[tuple[str, set[tuple[str, str]]]]:
    """Each .ann file (by name, in order) with its text-bound annotations as (covered text, type)."""
    found = []
    for ann in sorted(folder.glob("*.ann")):
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        spans = set()
        for line in ann.read_text(encoding="utf-8").splitlines():
            if line.startswith("T"):
                _id, kind_offsets, covered = line.split("\t")
                kind, start, end = kind_offsets.split(" ")
                assert text[int(start) : int(end)] == covered
                spans.add((covered, kind))
        found.append((ann.stem, spans))
    return found


@pytest.mark.parametrize("choice", CHOICES)
def test_brat_holds_the_chosen_layer_one_file_pair_per_layer(team: Team, tmp_path: Path, choice: str) -> None:
    out = tmp_path / "brat"
    report = export(team, "brat", out, choice)
    files = read_brat(out)
    assert [spans for _, spans in files] == expected_spans(choice)
    if choice == "all":
        # The documents with several layers name the layer in their file names; the others keep theirs.
        assert [stem for stem, _ in files][:2] == ["0001_a_haber_1", "0001_b_haber_1"]
        assert [stem for stem, _ in files][-1] == "0004_haber_4"
    check_report(report, choice)


@pytest.mark.parametrize("choice", CHOICES)
def test_doccano_holds_the_chosen_layer(team: Team, tmp_path: Path, choice: str) -> None:
    out = tmp_path / "doccano.jsonl"
    report = export(team, "doccano", out, choice)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    got = [
        surfaces(r["text"], [(e["start_offset"], e["end_offset"], e["label"]) for e in r["entities"]])
        for r in records
    ]
    assert got == expected_spans(choice)
    if choice == "all":
        assert [r["annotator"] for r in records] == [layer for _, layer in EXPECTED["all"][0]]
    check_report(report, choice)


def add_events(team: Team) -> None:
    """A MEETING on "görüştü" in gold and a VISIT on it in a's layer, both in document 2."""
    start = text_of(2).index("görüştü")
    trigger = (start, start + len("görüştü"))
    with open_as(team.path, "a") as project:
        services.create_event(project, 2, "VISIT", trigger=trigger)
        with project.write() as session:
            span = insert_span(session, project, 2, *trigger, "MEETING", kind="event", layer=team.gold_id)
            session.add(Event(document_id=2, trigger_span_id=span.span.id, annotator_id=team.gold_id))


@pytest.mark.parametrize(
    ("choice", "expected"),
    [("default", [("MEETING", "gold")]), ("gold", [("MEETING", "gold")]), ("a", [("VISIT", "a")]),
     ("b", []), ("all", [("VISIT", "a"), ("MEETING", "gold")])],
)  # fmt: skip
def test_event_records_carry_the_layer_they_came_from(
    team: Team, tmp_path: Path, choice: str, expected: list[tuple[str, str]]
) -> None:
    add_events(team)
    out = tmp_path / "events.jsonl"
    export(team, "events-jsonl", out, choice, status="any")  # the documents are still in progress
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["event_type"], r["layer"]) for r in records] == expected
    # Who made it stays in `annotator`: a's own event says a, the adjudicated one the gold layer.
    assert [r["annotator"] for r in records] == [layer for _, layer in expected]


def test_an_unknown_annotator_is_refused_before_anything_is_written(team: Team, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with pytest.raises(CuratorError, match="no annotator named 'zed'.*one of: a, b"):
        export(team, "jsonl", out, "zed")
    assert not out.exists()


def test_every_exporter_reading_documents_declares_the_layer_option() -> None:
    readers = {
        name for name, exporter in EXPORT_FORMATS.items() if "layer" in {o.name for o in exporter.options}
    }
    assert readers == set(EXPORT_FORMATS) - {"entities-jsonl", "entities-csv"}


def test_the_layer_plan_is_one_grouped_query_per_batch(file_team: Team) -> None:
    team = file_team  # SQLite's trace callback counts the statements
    with open_project(team.path, annotator="a") as project, project.read() as session:
        driver = sqlite_connection(session.connection())
        statements: list[str] = []
        driver.set_trace_callback(statements.append)
        try:
            plan = Layers.of(driver, LayerChoice()).plan(driver, [1, 2, 3, 4])
        finally:
            driver.set_trace_callback(None)
    assert len([s for s in statements if "GROUP BY document_id, annotator_id" in s]) == 1
    assert plan.left_out == {1: NOT_ADJUDICATED}
    assert set(plan.read) == {2, 3, 4} and plan.read[2] == (team.gold_id,)


@pytest.mark.parametrize("choice", CHOICES)
def test_a_split_is_planned_for_the_documents_the_export_streams(file_team: Team, choice: str) -> None:
    """`iter_export_languages` (the split plan's read) gives the documents of `iter_export_documents`,
    once each, for every layer choice, status filter and untouched documents left in or out."""
    with open_as(file_team.path, "a") as project:
        with project.write() as session:  # two documents without layers: one untouched, one approved
            services.add_documents(
                session,
                [
                    services.NewDocument(text=f"Boş haber {n}.", title=f"boş {n}", language="ky")
                    for n in (5, 6)
                ],
                annotator_id=None,
                source="test",
            )
        set_document_status(project, 6, "approved")
        for options in ({}, {"worked_on_only": True}, {"status": "approved"}, {"status": "new"}):
            streamed = iter_export_documents(
                project, layer=LayerChoice.parse(choice), batch_size=2, **options
            )
            planned = iter_export_languages(project, layer=LayerChoice.parse(choice), batch_size=2, **options)
            expected = list(dict.fromkeys((document.id, document.language) for document in streamed))
            assert list(planned) == expected, options
    assert EXPECTED[choice][0] and expected


def test_the_training_corpus_reads_the_same_layers_as_the_exports(team: Team) -> None:
    with open_as(team.path, "a") as project:
        left_out: list[tuple[int, str, str]] = []
        corpus = collect(project, "tr", LayerChoice(), left_out)["tr"]
        exported = list(iter_export_documents(project, worked_on_only=True))
    assert corpus.document_ids == {2, 3, 4} == {document.id for document in exported}
    assert [(i, reason) for i, _title, reason in left_out] == [(1, NOT_ADJUDICATED)]
    got = {(u.text[s:e], label) for u in corpus.units if u.document_id == 2 for s, e, label in u.spans}
    assert got == LAYERS[2]["gold"]


def test_a_single_annotator_project_exports_as_before(opened: Callable[..., Project], tmp_path: Path) -> None:
    with opened("solo") as project:
        with project.write() as session:
            services.add_documents(
                session, [services.NewDocument(text=text_of(1), title="one", language="tr", source="t")],
                annotator_id=None, source="test",
            )  # fmt: skip
        tag(project, 1, "Lavrov", "PER")
        report = export_project(project, "jsonl", tmp_path / "one.jsonl")
    task = json.loads((tmp_path / "one.jsonl").read_text(encoding="utf-8"))
    assert [(s["label"]) for s in task["spans"]] == ["PER"] and "_annotator_id" not in task
    assert report.layers_left_out == [] and not any("layer" in line for line in report.lines())


def test_spans_of_no_annotator_are_their_own_layer_never_taken_for_gold(
    opened: Callable[..., Project], tmp_path: Path
) -> None:
    with opened("solo") as project:
        with project.write() as session:
            services.add_documents(
                session, [services.NewDocument(text=text_of(1), title="old", language="tr", source="t")],
                annotator_id=None, source="test",
            )  # fmt: skip
        tag(project, 1, "Lavrov", "PER")
        with project.write() as session:
            session.execute(update(Span).values(annotator_id=None))
        gold = export_project(project, "jsonl", tmp_path / "gold.jsonl", layer="gold")
        default = export_project(project, "jsonl", tmp_path / "default.jsonl")
    assert [reason for *_, reason in gold.layers_left_out] == ["no gold layer (not adjudicated)"]
    assert dict(default.layer_documents) == {"(no annotator)": 1}
    (task,) = [
        json.loads(line) for line in (tmp_path / "default.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert [s["label"] for s in task["spans"]] == ["PER"]


MEETING_A = "KGAÖ Dışişleri Bakanları 2 Aralık 2020 tarihinde Moskova'da toplandı."
MEETING_B = "KGAÖ üyeleri 2 Aralık 2020 tarihinde toplandı."


def meeting(project: Project, document_id: int, text: str, entity_id: int) -> None:
    """A MEETING on "toplandı" with KGAÖ (linked to `entity_id`) as participant, dated 2 Aralık 2020."""

    def tag_in(surface: str, label: str) -> int:
        start = text.index(surface)
        return services.add_span(project, document_id, start, start + len(surface), label).span.id

    org, date = tag_in("KGAÖ", "ORG"), tag_in("2 Aralık 2020", "DATE")
    link_spans(project, [org], entity_id)
    start = text.index("toplandı")
    event_id = services.create_event(project, document_id, "MEETING", trigger=(start, start + 8)).event.id
    services.add_argument(project, event_id, "PARTICIPANT", span_id=org)
    services.add_argument(project, event_id, "TIME", span_id=date)


def test_merging_event_records_reads_the_chosen_layer_and_keeps_layers_apart(
    opened: Callable[..., Project], tmp_path: Path
) -> None:
    """Documents 1 and 2 report one meeting in x's layer; y annotated the same meeting in document 1."""
    with opened("x", "y") as project:
        with project.write() as session:
            services.add_documents(
                session,
                [services.NewDocument(text=t, title=f"m{n}", language="tr", source="t")
                 for n, t in enumerate((MEETING_A, MEETING_B), 1)],
                annotator_id=None, source="test",
            )  # fmt: skip
        csto = create_entity(project, "Collective Security Treaty Organization", "ORG").entity.id
        meeting(project, 1, MEETING_A, csto)
        meeting(project, 2, MEETING_B, csto)
    with open_again(project, "y") as project:  # the same project, as y
        meeting(project, 1, MEETING_A, csto)
        out = tmp_path / "events.jsonl"

        def merged(layer: str) -> list[tuple[str, list[int]]]:
            export_project(project, "events-jsonl", out, layer=layer, merge_duplicates=True, status="any")
            records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
            return [(r["layer"], [s["doc_id"] for s in r["sources"]]) for r in records]

        # x's layer: both documents' reports are one event.
        assert merged("x") == [("x", [1, 2])]
        # Every layer: x's two reports merge, y's stays its own record, never joined with x's.
        assert sorted(merged("all")) == [("x", [1, 2]), ("y", [1])]
