"""Clean-record exports: event records (JSONL, CSV), canonical entities and PLOVER JSON, read back.

The central test annotates seed 003 (the extraordinary OTS Council of Foreign Ministers video conference of
11 January 2022) through the core API, as the window would, and checks the event record field by field.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from curator.cli.main import main
from curator.core import services
from curator.core.exporters import EXPORT_FORMATS, ExportCancelled, export_project
from curator.core.exporters.atomic import is_temporary
from curator.core.importers import import_paths
from curator.core.project.resources import SAMPLE_DOCS_DIR
from curator.core.queries import get_document
from curator.core.records.sentences import SentenceIndex, sentence_spans
from curator.core.records.tabular import ENTITY_COLUMNS, EVENT_COLUMNS, split_list
from curator.core.services.entities import create_entity, find_entity_by_wikidata, link_spans
from curator.core.storage import Project
from curator.core.storage.migrate import head_revision
from curator.core.storage.models import Event
from curator.core.storage.server import ServerProject, project_name
from tests.helpers.engines import ENGINES, open_on

OTS_WIKIDATA = "Q596850"  # Organization of Turkic States, as in resources/knowledge_base.json
RECORD_FORMATS = ("events-jsonl", "events-csv", "entities-jsonl", "entities-csv", "plover-jsonl")


def record_prefix(project: Project) -> str:
    """Record ids start with the project's name: its file's, or its server database's (the same for
    everyone who connects)."""
    return project_name(project.url) if isinstance(project, ServerProject) else project.path.stem


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def read_csv(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


# --- seed 003 ------------------------------------------------------------------------------------


SEED_003_URL = (
    "https://www.turkkon.org/assets/pdf/haberler/turk-devletleri-teskilati-disisleri-bakanlari-konseyinin-"
    "kazakistandaki-duruma-iliskin-aciklamasi-2437-138.pdf"
)


class Seed003:
    """Seed 003 imported from its file and annotated through the services: one MEETING event."""

    PARTICIPANTS = ("Türk Devletleri Teşkilatı", "Mevlüt Çavuşoğlu", "Ceyhun Bayramov", "Muhtar Tileuberdi")

    def __init__(self, project: Project) -> None:
        self.project = project
        self.stem = record_prefix(project)
        [path] = SAMPLE_DOCS_DIR.glob("003_*.txt")
        self.path = path
        report = import_paths(project, [path])
        assert report.documents_added == 1
        self.document = get_document(project, 1)
        self.text = self.document.text
        # The first sentence after the title and its repetition states the meeting; tag inside it.
        self.sentence_start = self.text.index("Türk Devletleri Teşkilatı (TDT)")
        self.list_start = self.text.index("Toplantıya ")
        self.spans = {
            "Türk Devletleri Teşkilatı": self.tag("Türk Devletleri Teşkilatı", "ORG", self.sentence_start),
            # "Mevlüt Çavuşoğlu’nun": the name is a sub-token span before the suffix
            "Mevlüt Çavuşoğlu": self.tag("Mevlüt Çavuşoğlu", "PER", self.sentence_start),
            "Ceyhun Bayramov": self.tag("Ceyhun Bayramov", "PER", self.list_start),
            "Muhtar Tileuberdi": self.tag("Muhtar Tileuberdi", "PER", self.list_start),
            "11 Ocak 2022": self.tag("11 Ocak 2022", "DATE", self.sentence_start),
        }
        self.trigger_start = self.text.index("toplantısı", self.sentence_start)
        created = services.create_event(
            project, 1, "MEETING", trigger=(self.trigger_start, self.trigger_start + len("toplantısı"))
        )
        self.event_id = created.event.id
        for name in self.PARTICIPANTS:
            services.add_argument(project, self.event_id, "PARTICIPANT", span_id=self.spans[name])
        services.add_argument(project, self.event_id, "TIME", span_id=self.spans["11 Ocak 2022"])
        services.update_event(project, self.event_id, realis="actual")
        self.ots = self.canonical(
            "Organization of Turkic States", "ORG", OTS_WIKIDATA, "TDT", "OTS", "Türk Devletleri Teşkilatı"
        )
        self.cavusoglu = create_entity(
            project, "Mevlüt Çavuşoğlu", "PER", aliases=["Mevlut Cavusoglu"]
        ).entity.id
        link_spans(project, [self.spans["Türk Devletleri Teşkilatı"]], self.ots)
        link_spans(project, [self.spans["Mevlüt Çavuşoğlu"]], self.cavusoglu)
        # The annotator is done: event records come from annotated and approved documents.
        services.set_document_status(project, 1, "annotated")

    def tag(self, surface: str, label: str, after: int) -> int:
        start = self.text.index(surface, after)
        return services.add_span(self.project, 1, start, start + len(surface), label).span.id

    def canonical(self, name: str, type_: str, wikidata: str, *aliases: str) -> int:
        """The project's canonical entity with that Wikidata id (projects seed the knowledge base)."""
        with self.project.read() as session:
            found = find_entity_by_wikidata(session, wikidata)
        if found is not None:
            return found.id
        return create_entity(self.project, name, type_, aliases=list(aliases), wikidata=wikidata).entity.id


@pytest.fixture(params=ENGINES)
def seed(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Seed003]:
    project = open_on(request, tmp_path, "ayse")
    yield Seed003(project)
    project.close()


def test_the_seed_003_meeting_record_field_by_field(seed: Seed003, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"

    report = export_project(seed.project, "events-jsonl", out)

    [record] = read_jsonl(out)
    text = seed.text
    assert record["id"] == f"{record_prefix(seed.project)}:1:{seed.event_id}"
    assert record["doc_id"] == 1
    title = "Türk Devletleri Teşkilatı, Kazakistan'daki durumla ilgili Olağanüstü Dışişleri Bakanları "
    assert record["source"] == {
        "publication": None,  # no publication in the metadata: unknown, never the file it came from
        "url": SEED_003_URL,  # the link in the text, read at import (curator.core.importers.metadata)
        "title": title + "Toplantısını gerçekleştirdi",
    }
    assert record["pub_date"] == "2022-01-11"  # "HABER TARİHİ: 11.01.2022", read at import
    assert record["language"] == "tr"
    assert record["event_type"] == "MEETING"
    assert (record["plover_type"], record["plover_mode"]) == ("CONSULT", "multilateral")
    assert record["ace_type"] == "Contact:Meet"
    assert record["realis"] == "actual"
    assert record["date"] == "2022-01-11"
    assert record["date_raw"] == "11 Ocak 2022"
    assert record["date_precision"] == "day"
    assert record["date_source"] == "time_argument"
    assert record["actors"] == [] and record["recipients"] == []
    participants = record["participants"]
    assert [p["text"] for p in participants] == list(seed.PARTICIPANTS)
    assert [p["name"] for p in participants] == [
        "Organization of Turkic States", "Mevlüt Çavuşoğlu", None, None
    ]  # fmt: skip
    assert [p["entity_id"] for p in participants] == [seed.ots, seed.cavusoglu, None, None]
    assert [p["wikidata"] for p in participants] == [OTS_WIKIDATA, None, None, None]
    assert [p["type"] for p in participants] == ["ORG", "PER", "PER", "PER"]
    assert {p["role"] for p in participants} == {"PARTICIPANT"}
    for party in participants:
        assert text[party["start"] : party["end"]] == party["text"]
    assert text[participants[1]["end"]] == "’"  # "Çavuşoğlu’nun": the span stops before the suffix
    assert record["location"] is None and record["other_arguments"] == []
    assert record["trigger"] == {
        "text": "toplantısı",
        "start": seed.trigger_start,
        "end": seed.trigger_start + len("toplantısı"),
    }
    evidence = record["evidence"]
    assert evidence["text"] == (
        "Türk Devletleri Teşkilatı (TDT) Dışişleri Bakanları Konseyi, Teşkilatın Dönem Başkanlığını yürüten "
        "Türkiye Cumhuriyeti’nin Dışişleri Bakanı Mevlüt Çavuşoğlu’nun girişimiyle , Kazakistan'daki son "
        "gelişmeleri görüşmek üzere 11 Ocak 2022 tarihinde olağanüstü bir video konferans toplantısı "
        "gerçekleştirdi."
    )
    assert evidence["start"] == seed.sentence_start
    assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    assert text[evidence["end"]] == "\n"
    assert record["context"] == [] and record["attributes"] == {} and record["note"] == ""
    assert record["annotator"] == "ayse"
    assert record["review_status"] == "annotated"
    assert record["schema_version"] == seed.project.schema_revision() == head_revision()
    assert record["sources"] == [
        {
            "record_id": record["id"],
            "doc_id": 1,
            "publication": None,
            "url": SEED_003_URL,
            "title": record["source"]["title"],
            "pub_date": "2022-01-11",
            "date": "2022-01-11",
            "evidence": evidence["text"],
        }
    ]
    assert report.records_written == 1 and report.documents == 1
    assert report.skipped == [] and report.record_warnings == []
    assert report.lines()[0] == f"wrote 1 event record from 1 document to {out}"


def test_csv_rows_read_back_with_the_csv_module_give_the_lists(seed: Seed003, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"

    export_project(seed.project, "events-csv", out, layout="full")  # the lean default: test_records_layout

    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == 2  # header and one row; no line break inside a field here
    with out.open(encoding="utf-8", newline="") as handle:
        header, row = list(csv.reader(handle))
    assert header == list(EVENT_COLUMNS)
    record = dict(zip(header, row, strict=True))
    assert record["id"] == f"{record_prefix(seed.project)}:1:{seed.event_id}"
    assert split_list(record["participants"]) == [
        "Organization of Turkic States", "Mevlüt Çavuşoğlu", "Ceyhun Bayramov", "Muhtar Tileuberdi"
    ]  # fmt: skip
    assert split_list(record["participant_texts"]) == list(seed.PARTICIPANTS)
    assert split_list(record["participant_ids"]) == [str(seed.ots), str(seed.cavusoglu), "", ""]
    assert split_list(record["participant_wikidata"]) == [OTS_WIKIDATA, "", "", ""]
    assert split_list(record["participant_types"]) == ["ORG", "PER", "PER", "PER"]
    assert split_list(record["actors"]) == [] and split_list(record["actor_ids"]) == []
    assert record["evidence"].startswith("Türk Devletleri Teşkilatı (TDT) Dışişleri")  # has commas: quoted
    assert seed.text[int(record["evidence_start"]) : int(record["evidence_end"])] == record["evidence"]
    assert (record["date"], record["date_precision"]) == ("2022-01-11", "day")
    assert (record["plover_type"], record["ace_type"]) == ("CONSULT", "Contact:Meet")
    assert record["location"] == "" and record["source_url"] == SEED_003_URL
    assert (record["source_count"], record["source_doc_ids"]) == ("1", "1")


def test_the_bom_option_writes_a_byte_order_mark_for_spreadsheets(seed: Seed003, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"

    export_project(seed.project, "events-csv", out, csv_bom=True, layout="full")

    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    [row] = read_csv(out, encoding="utf-8-sig")
    assert next(iter(row)) == "id"  # not "\ufeffid": the reader took the mark as the encoding's
    assert row["participant_texts"].split("|")[1] == "Mevlüt Çavuşoğlu"

    entities = tmp_path / "entities.csv"
    export_project(seed.project, "entities-csv", entities, csv_bom=True)
    assert entities.read_bytes().startswith(b"\xef\xbb\xbf")
    assert list(read_csv(entities, encoding="utf-8-sig")[0]) == list(ENTITY_COLUMNS)


def test_only_approved_documents(seed: Seed003, tmp_path: Path) -> None:
    out = tmp_path / "approved.jsonl"

    report = export_project(seed.project, "events-jsonl", out, status="approved")
    assert out.read_text(encoding="utf-8") == ""
    assert report.records_written == 0 and report.documents == 0
    assert report.lines()[:2] == [
        f"wrote 0 event records from 0 documents to {out}",
        "no documents matched status 'approved'",
    ]

    services.set_document_status(seed.project, 1, "approved")
    export_project(seed.project, "events-jsonl", out, status="approved")
    [record] = read_jsonl(out)
    assert record["review_status"] == "approved"


def test_the_cli_exports_events_csv(
    seed: Seed003, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cli.csv"
    seed.project.close()

    location = getattr(seed.project, "url", None) or str(seed.project.path)  # the server, or the file
    code = main(["--project", location, "export", "--format", "events-csv", "--out", str(out)])

    assert code == 0
    assert capsys.readouterr().out.splitlines()[0] == f"wrote 1 event record from 1 document to {out}"
    [row] = read_csv(out)
    assert row["event_type"] == "MEETING" and row["date"] == "2022-01-11"


def test_the_record_formats_are_registered_as_file_targets() -> None:
    for name in RECORD_FORMATS:
        assert EXPORT_FORMATS[name].target == "file"


def test_cancelling_a_record_export_leaves_no_file(seed: Seed003, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    out.write_text("earlier export\n", encoding="utf-8")

    for fmt in RECORD_FORMATS:
        with pytest.raises(ExportCancelled):
            export_project(seed.project, fmt, out, is_cancelled=lambda: True)

    assert out.read_text(encoding="utf-8") == "earlier export\n"
    assert not [path for path in tmp_path.iterdir() if is_temporary(path)]


# --- small projects built span by span ------------------------------------------------------------


class Corpus:
    """A project whose documents are tagged by surface text; helpers return span and event ids."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.stem = record_prefix(project)
        self.texts: dict[int, str] = {}

    def add(self, text: str, *, pub_date: str | None = None, meta: dict | None = None) -> int:
        document = services.NewDocument(
            text=text, title=text[:20], language="tr", source="feed", pub_date=pub_date, meta=meta or {}
        )
        with self.project.write() as session:
            services.add_documents(session, [document], annotator_id=None, source="test")
        document_id = max(self.texts, default=0) + 1
        services.set_document_status(self.project, document_id, "annotated")  # records need it finished
        self.texts[document_id] = text
        return document_id

    def tag(self, document_id: int, surface: str, label: str, *, status: str = "accepted") -> int:
        start = self.texts[document_id].index(surface)
        return services.add_span(
            self.project, document_id, start, start + len(surface), label, status=status
        ).span.id

    def event(self, document_id: int, event_type: str, trigger: str, **roles: list[int] | int) -> int:
        start = self.texts[document_id].index(trigger)
        event_id = services.create_event(
            self.project, document_id, event_type, trigger=(start, start + len(trigger))
        ).event.id
        for role, span_ids in roles.items():
            for span_id in span_ids if isinstance(span_ids, list) else [span_ids]:
                services.add_argument(self.project, event_id, role.upper(), span_id=span_id)
        return event_id

    def entity(self, name: str, type_: str = "ORG", wikidata: str | None = None) -> int:
        return create_entity(self.project, name, type_, wikidata=wikidata).entity.id


@pytest.fixture(params=ENGINES)
def corpus(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Corpus]:
    corpus = Corpus(open_on(request, tmp_path, "tester"))
    yield corpus
    corpus.project.close()


MEETING_A = "KGAÖ Dışişleri Bakanları 2 Aralık 2020 tarihinde Moskova'da toplandı. Toplantıya Lavrov katıldı."
MEETING_B = "ЖККУнун тышкы иштер министрлери 02.12.2020 жыйын өткөрдү. Лавров катышты."
MEETING_C = "KGAÖ ve ŞİÖ 2 Aralık 2020 tarihinde ortak toplantı yaptı."


def _meeting(corpus: Corpus, document_id: int, org: str, date: str, trigger: str, org_entity: int) -> int:
    org_span = corpus.tag(document_id, org, "ORG")
    link_spans(corpus.project, [org_span], org_entity)
    return corpus.event(
        document_id, "MEETING", trigger, participant=org_span, time=corpus.tag(document_id, date, "DATE")
    )


def test_merge_joins_reports_of_the_same_event_only_when_asked(corpus: Corpus, tmp_path: Path) -> None:
    csto = corpus.entity("Collective Security Treaty Organization (test)", wikidata="Q177313")
    sco = corpus.entity("Shanghai Cooperation Organisation (test)")
    first = corpus.add(MEETING_A, meta={"url": "https://example.org/a", "publication": "AA"})
    second = corpus.add(MEETING_B, meta={"url": "https://example.org/b", "publication": "Kabar"})
    third = corpus.add(MEETING_C)
    _meeting(corpus, first, "KGAÖ", "2 Aralık 2020", "toplandı", csto)
    _meeting(corpus, second, "ЖККУ", "02.12.2020", "жыйын", csto)
    both = [corpus.tag(third, "KGAÖ", "ORG"), corpus.tag(third, "ŞİÖ", "ORG")]
    link_spans(corpus.project, both[:1], csto)
    link_spans(corpus.project, both[1:], sco)
    corpus.event(
        third, "MEETING", "toplantı", participant=both, time=corpus.tag(third, "2 Aralık 2020", "DATE")
    )
    out = tmp_path / "events.jsonl"

    unmerged = export_project(corpus.project, "events-jsonl", out)
    assert unmerged.records_written == 3 and unmerged.records_merged == 0
    assert [len(record["sources"]) for record in read_jsonl(out)] == [1, 1, 1]

    merged = export_project(corpus.project, "events-jsonl", out, merge_duplicates=True)
    records = read_jsonl(out)
    assert merged.records_written == 2 and merged.records_merged == 1
    assert [record["doc_id"] for record in records] == [first, third]
    joined = records[0]
    assert joined["date"] == "2020-12-02"
    assert [(s["doc_id"], s["publication"], s["url"]) for s in joined["sources"]] == [
        (first, "AA", "https://example.org/a"),
        (second, "Kabar", "https://example.org/b"),
    ]
    assert [s["record_id"] for s in joined["sources"]] == [f"{corpus.stem}:1:1", f"{corpus.stem}:2:2"]
    assert any(line.startswith("merged 1 report") for line in merged.lines())

    merged_csv = tmp_path / "events.csv"
    export_project(corpus.project, "events-csv", merged_csv, merge_duplicates=True, layout="full")
    rows = read_csv(merged_csv)
    assert [row["source_doc_ids"].split("|") for row in rows] == [[str(first), str(second)], [str(third)]]
    assert rows[0]["source_urls"].split("|") == ["https://example.org/a", "https://example.org/b"]


def test_merge_leaves_apart_what_it_cannot_be_sure_of(corpus: Corpus, tmp_path: Path) -> None:
    csto = corpus.entity("CSTO (test)")
    first = corpus.add(MEETING_A)
    second = corpus.add(MEETING_B)
    _meeting(corpus, first, "KGAÖ", "2 Aralık 2020", "toplandı", csto)
    event = _meeting(corpus, second, "ЖККУ", "02.12.2020", "жыйын", csto)
    # An unlinked participant could be anyone: the two reports may no longer be the same meeting.
    services.add_argument(corpus.project, event, "PARTICIPANT", span_id=corpus.tag(second, "Лавров", "PER"))
    out = tmp_path / "events.jsonl"

    report = export_project(corpus.project, "events-jsonl", out, merge_duplicates=True)

    assert report.records_written == 2 and report.records_merged == 0


def test_entity_records_count_mentions_and_documents(corpus: Corpus, tmp_path: Path) -> None:
    csto = corpus.entity("CSTO (test)", wikidata="Q177313")
    unused = corpus.entity("Nobody mentions me (test)", "PER")
    first = corpus.add("KGAÖ toplandı. KGAÖ açıklama yaptı.")
    second = corpus.add("ЖККУ жыйыны.")
    spans = [
        corpus.tag(first, "KGAÖ", "ORG"),
        services.add_span(corpus.project, first, 15, 19, "ORG").span.id,
        corpus.tag(second, "ЖККУ", "ORG"),
    ]
    link_spans(corpus.project, spans, csto)
    services.set_document_status(corpus.project, second, "approved")
    out = tmp_path / "entities.jsonl"

    report = export_project(corpus.project, "entities-jsonl", out)

    by_id = {record["id"]: record for record in read_jsonl(out)}
    assert by_id[csto] == {
        "id": csto,
        "key": by_id[csto]["key"],
        "name": "CSTO (test)",
        "type": "ORG",
        "subtype": None,
        "aliases": ["CSTO (test)"],
        "wikidata": "Q177313",
        "mention_count": 3,
        "document_count": 2,
        "documents": [first, second],
    }
    assert (by_id[unused]["mention_count"], by_id[unused]["document_count"]) == (0, 0)
    assert report.records_written == len(by_id) and report.record_kind == "entity"
    assert report.documents == 2

    approved = tmp_path / "approved.csv"
    export_project(corpus.project, "entities-csv", approved, status="approved")
    rows = {int(row["id"]): row for row in read_csv(approved)}
    assert (rows[csto]["mention_count"], rows[csto]["document_count"]) == ("1", "1")
    assert rows[csto]["aliases"].split("|") == ["CSTO (test)"]
    assert rows[unused]["mention_count"] == "0"


VISIT = "Erdoğan 27 Kasım'da Bişkek'e gitti ve Caparov'u ziyaret etti. Yeni büyükelçi atandı."


def test_plover_records_map_the_fields_and_report_what_they_skip(corpus: Corpus, tmp_path: Path) -> None:
    erdogan = corpus.entity("Recep Tayyip Erdoğan (test)", "PER")
    document = corpus.add(
        VISIT, pub_date="2025-11-30", meta={"url": "https://example.org/v", "publisher": "AA"}
    )
    actor = corpus.tag(document, "Erdoğan", "PER")
    link_spans(corpus.project, [actor], erdogan)
    visit = corpus.event(
        document, "VISIT", "ziyaret etti",
        actor=actor, recipient=corpus.tag(document, "Caparov", "PER"),
        place=corpus.tag(document, "Bişkek", "GPE"), time=corpus.tag(document, "27 Kasım", "DATE"),
    )  # fmt: skip
    services.update_event(corpus.project, visit, realis="planned", attributes={"context": ["diplomacy"]})
    appointment = corpus.event(document, "APPOINTMENT", "atandı")
    negated = corpus.event(document, "PHONE_CALL", "gitti")
    services.update_event(corpus.project, negated, realis="negated")
    out = tmp_path / "plover.jsonl"

    report = export_project(corpus.project, "plover-jsonl", out)

    [record] = read_jsonl(out)
    assert record["id"] == f"{corpus.stem}:{document}:{visit}"
    assert (record["event"], record["mode"]) == ("CONSULT", "visit")
    assert record["date"] == "2025-11-27"  # year from the publication date
    assert [(a["text"], a["name"], a["entity_id"]) for a in record["actor"]] == [
        ("Erdoğan", "Recep Tayyip Erdoğan (test)", erdogan)
    ]
    assert [(r["text"], r["name"]) for r in record["recipient"]] == [("Caparov", "Caparov")]
    assert record["context"] == ["diplomacy", "future"]
    assert (record["event_loc"]["text"], record["event_loc"]["type"]) == ("Bişkek", "GPE")
    assert record["event_text"] == "Erdoğan 27 Kasım'da Bişkek'e gitti ve Caparov'u ziyaret etti."
    assert record["cite_info"] == {
        "source": "AA",
        "url": "https://example.org/v",
        "pub_date": "2025-11-30",
        "title": VISIT[:20],
        "doc_id": document,
    }
    assert report.records_written == 1
    assert {(issue.item, issue.reason) for issue in report.skipped} == {
        (f"event {corpus.stem}:{document}:{appointment}", "event type APPOINTMENT has no PLOVER category"),
        (
            f"event {corpus.stem}:{document}:{negated}",
            "negated: PLOVER codes only events that are said to happen",
        ),
    }
    assert any(line.startswith("skipped 2: ") for line in report.lines())


def test_events_not_accepted_are_skipped_and_unaccepted_arguments_left_out(
    corpus: Corpus, tmp_path: Path
) -> None:
    document = corpus.add(MEETING_A)
    suggested = corpus.tag(document, "Lavrov", "PER", status="suggested")
    kept = corpus.event(
        document, "MEETING", "toplandı", participant=[corpus.tag(document, "KGAÖ", "ORG"), suggested]
    )
    dropped = corpus.event(document, "MEETING", "Toplantıya")
    with corpus.project.write() as session:
        session.execute(update(Event).where(Event.id == dropped).values(status="suggested"))
    out = tmp_path / "events.jsonl"

    report = export_project(corpus.project, "events-jsonl", out)

    [record] = read_jsonl(out)
    assert record["id"] == f"{corpus.stem}:{document}:{kept}"
    assert [p["text"] for p in record["participants"]] == ["KGAÖ"]
    assert [(i.item, i.reason) for i in report.skipped] == [
        (f"event {dropped}", "the event is suggested, not accepted")
    ]
    assert [(i.item, i.reason) for i in report.record_warnings] == [
        (f"argument PARTICIPANT of event {kept}", "left out: its span is suggested, not accepted")
    ]


def test_dates_other_roles_and_event_arguments(corpus: Corpus, tmp_path: Path) -> None:
    document = corpus.add(VISIT, pub_date="2025-11-30")
    visit = corpus.event(
        document, "VISIT", "ziyaret etti",
        time=corpus.tag(document, "27 Kasım", "DATE"), origin=corpus.tag(document, "Bişkek", "GPE"),
    )  # fmt: skip
    appointment = corpus.event(document, "APPOINTMENT", "atandı")
    services.add_argument(corpus.project, appointment, "ORGANIZATION", argument_event_id=visit)
    services.update_event(
        corpus.project, appointment, date_iso="2025-11", date_precision="month", date_raw="Kasım"
    )
    out = tmp_path / "events.jsonl"

    export_project(corpus.project, "events-jsonl", out)

    first, second = read_jsonl(out)
    assert (first["date"], first["date_raw"], first["date_source"]) == (
        "2025-11-27",
        "27 Kasım",
        "time_argument",
    )
    assert [(a["role"], a["text"]) for a in first["other_arguments"]] == [("ORIGIN", "Bişkek")]
    assert (second["date"], second["date_precision"], second["date_source"]) == ("2025-11", "month", "event")
    [party] = second["participants"]
    assert (party["role"], party["text"], party["type"]) == ("ORGANIZATION", "ziyaret etti", "VISIT")
    assert party["event_id"] == first["id"] and party["entity_id"] is None


# --- evidence sentences ---------------------------------------------------------------------------


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def test_sentences_end_at_final_punctuation_before_a_capital_and_at_line_breaks() -> None:
    text = 'Toplantı yapıldı. "Barış" dedi! Neden? bilinmiyor.\nBaşlık satırı\n\nYeni paragraf… Son'
    assert sentences(text) == [
        "Toplantı yapıldı.", '"Barış" dedi!', "Neden? bilinmiyor.", "Başlık satırı", "Yeni paragraf…", "Son"
    ]  # fmt: skip


def test_ordinals_initials_titles_and_pdf_line_wraps_do_not_end_a_sentence() -> None:
    text = "Anlaşmanın 2. ve 4. Maddelerine göre Dr. A. Smith geldi. Sonra gitti."
    assert sentences(text) == ["Anlaşmanın 2. ve 4. Maddelerine göre Dr. A. Smith geldi.", "Sonra gitti."]
    wrapped = "Bakanlar toplantısı\nbugün yapıldı. Жыйын 19.05.21. /Кабар/. Бишкекте өттү."
    assert sentences(wrapped) == [
        "Bakanlar toplantısı\nbugün yapıldı.",
        "Жыйын 19.05.21. /Кабар/.",
        "Бишкекте өттү.",
    ]
    # A line that starts with a capital cannot be told from a title or a dateline: it is a new sentence.
    assert sentences("KGAÖ toplantısı\nBişkek'te yapıldı.") == ["KGAÖ toplantısı", "Bişkek'te yapıldı."]


def test_the_evidence_covers_a_trigger_that_crosses_a_break() -> None:
    text = "Birinci cümle. İkinci cümle."
    index = SentenceIndex(text)
    assert index.around(9, 13) == (0, 14)
    assert index.around(9, 17) == (0, len(text))


def test_the_evidence_never_starts_with_a_metadata_line_and_no_file_becomes_the_publication(
    corpus: Corpus, tmp_path: Path
) -> None:
    # the second line starts in lowercase, so without the metadata rule it reads as a PDF hard wrap
    document_id = corpus.add("date 2025-11-24\nkgaö bakanları Astana'da toplandı.")
    corpus.event(document_id, "MEETING", "toplandı")
    out = tmp_path / "events.jsonl"

    export_project(corpus.project, "events-jsonl", out)

    [record] = read_jsonl(out)
    assert record["evidence"]["text"] == "kgaö bakanları Astana'da toplandı."
    assert record["source"]["publication"] is None  # the document came from "feed": no outlet is known
