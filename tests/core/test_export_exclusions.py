"""Accepted boilerplate is left out of every export, and every offset still points at the same words
(on a project file and on a team server)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from curator.core import queries, services
from curator.core.exporters import export_project
from curator.core.importers import import_paths
from curator.core.project.setup import open_project
from curator.core.services.exclusions import decide_kind, list_regions
from curator.core.storage import Project
from tests.helpers.engines import ENGINES, open_on

SEEDS = Path(__file__).resolve().parents[2] / "sample_docs"
NOISE = (
    "86.5",
    "Саясат 0",
    "Пикир",
    "Оставить комментарий",
    "HABER TARİHİ",
    "DİĞER FOTOĞRAFLAR",
    "turkkon.org",
)
ENTITIES = {
    "tr": [("Türk Devletleri Teşkilatı", "ORG", 2), ("Mevlüt Çavuşoğlu", "PER", 0), ("Kazakistan", "GPE", 3)],
    "ky": [("Руслан Казакбаев", "PER", 0), ("ЖККУ", "ORG", 1), ("Душанбе", "GPE", 1)],
}


def occurrence(text: str, surface: str, number: int) -> int:
    start = -1
    for _ in range(number + 1):
        start = text.index(surface, start + 1)
    return start


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    """Seeds 003 (Turkish) and 004 (Kyrgyz), tagged after their boilerplate, all boilerplate accepted."""
    project = open_on(request, tmp_path, "tester")
    import_paths(project, [SEEDS / "003_f2ef593a435e9b5c.txt", SEEDS / "004_00bb97de39203a2b.txt"])
    for document in queries.list_documents(project):
        text = queries.get_document(project, document.id).text
        language = "ky" if "ЖККУ" in text else "tr"
        services.update_document_info(project, document.id, language=language)
        for surface, label, number in ENTITIES[language]:
            start = occurrence(text, surface, number)
            services.add_span(project, document.id, start, start + len(surface), label)
        if language == "tr":
            trigger = text.index("Toplantıya")
            event = services.create_event(
                project, document.id, "MEETING", trigger=(trigger, trigger + 10)
            ).event
            person = next(s for s in queries.list_spans(project, document.id) if s.label == "PER")
            services.add_argument(project, event.id, "PARTICIPANT", span_id=person.id)
    decision = decide_kind(project, None, "accepted")
    assert decision.count == 7 and not decision.removed
    yield project
    project.close()


def expected(project: Project) -> set[tuple[str, str]]:
    return {(surface, label) for spans in ENTITIES.values() for surface, label, _ in spans}


def test_jsonl_and_the_report(project: Project, tmp_path: Path) -> None:
    report = export_project(project, "jsonl", tmp_path / "out.jsonl")
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    found = {(r["text"][s["start"] : s["end"]], s["label"]) for r in records for s in r["spans"]}
    assert found == expected(project)
    for record in records:
        assert not any(noise in record["text"] for noise in NOISE)
    removed = sum(r.end - r.start for d in (1, 2) for r in list_regions(project, d))
    assert (report.excluded_regions, report.excluded_characters, report.excluded_documents) == (7, removed, 2)
    assert any(
        f"left out 7 excluded boilerplate regions ({removed} characters)" in line for line in report.lines()
    )
    assert report.to_dict()["excluded_regions"] == 7


def test_docbin_entities_and_events_in_user_data(project: Project, tmp_path: Path) -> None:
    export_project(project, "spacy", tmp_path / "out", dev_fraction=0)
    docs = list(DocBin().from_disk(tmp_path / "out" / "train.spacy").get_docs(spacy.blank("xx").vocab))
    assert {(entity.text, entity.label_) for doc in docs for entity in doc.ents} == expected(project)
    turkish = next(doc for doc in docs if "Toplantıya" in doc.text)
    (event,) = turkish.user_data["curator_events"]
    start, end = event["trigger"]
    assert turkish.text[start:end] == "Toplantıya"
    argument = event["arguments"][0]
    assert turkish.text[argument["start"] : argument["end"]] == "Mevlüt Çavuşoğlu"
    assert not any(noise in doc.text for doc in docs for noise in NOISE)


def test_conll_and_brat_read_back_give_the_same_entities(project: Project, tmp_path: Path) -> None:
    export_project(project, "conll", tmp_path / "out.conll")
    export_project(project, "brat", tmp_path / "brat")
    for source, fmt in ((tmp_path / "out.conll", "conll"), (tmp_path / "brat", "brat")):
        with open_project(tmp_path / f"back-{fmt}.curator") as back:
            report = import_paths(back, [source], fmt=fmt)
            assert report.documents_added == 2, report.problems
            found = set()
            for document in queries.list_documents(back):
                text = queries.get_document(back, document.id).text
                assert not any(noise in text for noise in NOISE)
                found |= {(text[s.start : s.end], s.label) for s in queries.list_spans(back, document.id)}
            entities = {item for item in found if item[1] != "MEETING"}
            assert entities == expected(project), fmt
            if fmt == "brat":
                assert ("Toplantıya", "MEETING") in found


def test_doccano_and_event_records_point_into_the_shortened_text(project: Project, tmp_path: Path) -> None:
    export_project(project, "doccano", tmp_path / "d.jsonl")
    export_project(project, "events-jsonl", tmp_path / "e.jsonl", status="any")  # a document in progress
    tasks = [json.loads(line) for line in (tmp_path / "d.jsonl").read_text(encoding="utf-8").splitlines()]
    found = {
        (t["text"][e["start_offset"] : e["end_offset"]], e["label"]) for t in tasks for e in t["entities"]
    }
    assert {item for item in found if item[1] != "MEETING"} == expected(project)
    texts = {t["id"]: t["text"] for t in tasks}
    (record,) = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    text = texts[record["doc_id"]]
    trigger, evidence = record["trigger"], record["evidence"]
    assert text[trigger["start"] : trigger["end"]] == trigger["text"] == "Toplantıya"
    assert text[evidence["start"] : evidence["end"]] == evidence["text"] and "Toplantıya" in evidence["text"]


def test_the_manifest_hashes_the_text_as_exported_and_says_how_much_was_cut(
    project: Project, tmp_path: Path
) -> None:
    export_project(project, "jsonl", tmp_path / "out.jsonl")

    manifest = json.loads((tmp_path / "out.jsonl.manifest.json").read_text(encoding="utf-8"))
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    for entry, record in zip(manifest["documents"], records, strict=True):
        assert entry["sha256"] == hashlib.sha256(record["text"].encode("utf-8")).hexdigest()
        stored = queries.get_document(project, entry["id"]).text
        assert entry["characters_cut"] == sum(r.end - r.start for r in list_regions(project, entry["id"]))
        assert entry["characters_cut"] == len(stored) - len(record["text"]) > 0
