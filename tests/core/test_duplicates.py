"""Duplicate search (exact and near copies) and merging a copy's spans into the kept document, on a
project file and on a team server alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from curator.cli.main import main
from curator.core import services
from curator.core.domain import AnnotationError
from curator.core.services import merge as merge_module
from curator.core.storage import Project
from curator.core.storage.models import Document, Span
from curator.core.text.duplicates import find_duplicate_groups
from tests.helpers.engines import ENGINES, open_on

STORY = (
    "Kolektif Güvenlik Antlaşması Örgütü Dışişleri Bakanları Konseyi toplantısı Bişkek'te yapıldı. "
    "Toplantıya Kırgızistan Dışişleri Bakanı Ceenbek Kulubayev başkanlık etti. Bakanlar bölgesel "
    "güvenlik, Afganistan'daki durum ve terörle mücadele konularını görüştü. Toplantının ardından "
    "ortak bir bildiri kabul edildi ve bir sonraki toplantının Moskova'da yapılması kararlaştırıldı."
)
OTHER_STORY = (
    "Türk Devletleri Teşkilatı zirvesi Astana'da başladı. Zirveye Kazakistan Cumhurbaşkanı Kasım Cömert "
    "Tokayev ev sahipliği yaptı. Liderler ulaştırma koridorları, enerji işbirliği ve dijital ekonomi "
    "konularını ele aldı. Zirvede Kırgızistan ve Özbekistan arasında yeni anlaşmalar imzalandı."
)
KYRGYZ = (
    "Жамааттык коопсуздук келишим уюмунун тышкы иштер министрлеринин кеңешинин жыйыны Бишкекте өттү. "
    "Жыйынды Кыргызстандын тышкы иштер министри Жээнбек Кулубаев алып барды. Министрлер аймактык "
    "коопсуздук, Ооганстандагы абал жана терроризмге каршы күрөш маселелерин талкуулашты."
)


def _add(project, *documents: services.NewDocument) -> None:
    with project.write() as session:
        services.add_documents(session, list(documents), annotator_id=project.annotator_id, source="test")


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path):
    with open_on(request, tmp_path, "tester") as opened:
        yield opened


def location(project: Project) -> str:
    """What `--project` names for this project: its file, or its server's URL."""
    return getattr(project, "url", None) or str(project.path)


def test_exact_duplicate_differs_in_white_space_and_case(project) -> None:
    shouted = STORY.replace(" ", "  ", 5).replace("Bişkek'te", "BİŞKEK'TE").replace(". ", ".\n")
    _add(project, services.NewDocument(STORY, title="a"), services.NewDocument(shouted, title="b"))

    groups = find_duplicate_groups(project)

    assert [(g.kind, g.document_ids) for g in groups] == [("exact", (1, 2))]
    assert groups[0].pairs[0].jaccard == 1.0


def test_same_story_with_another_header_and_a_ticker_is_near(project) -> None:
    recrawl = (
        "AKİPRESS | Haberler | Son dakika\nKGAÖ toplantısı Bişkek'te\n"
        + STORY
        + "\nDolar 87,45 som · Euro 94,10 som · Altın 5.200 som"
    )
    _add(
        project,
        services.NewDocument(STORY, title="story"),
        services.NewDocument(OTHER_STORY, title="summit"),
        services.NewDocument(recrawl, title="recrawl"),
    )

    groups = find_duplicate_groups(project)

    assert [(g.kind, g.document_ids) for g in groups] == [("near", (1, 3))]
    pair = groups[0].pairs[0]
    assert pair.containment == 1.0
    assert pair.jaccard < 1.0


def test_two_stories_on_the_same_topic_are_not_grouped(project) -> None:
    second = (
        "Kırgızistan Dışişleri Bakanı Ceenbek Kulubayev, Kolektif Güvenlik Antlaşması Örgütü Genel "
        "Sekreteri ile Bişkek'te görüştü. Görüşmede örgütün Orta Asya'daki tatbikatları ve sınır "
        "güvenliği ele alındı. Kulubayev, Afganistan sınırındaki gelişmelerin yakından izlendiğini söyledi."
    )
    _add(project, services.NewDocument(STORY), services.NewDocument(second))

    assert find_duplicate_groups(project) == []
    assert find_duplicate_groups(project, threshold=0.05) == []  # and no containment either


def test_kyrgyz_pair_is_found(project) -> None:
    agency = "24.kg — " + KYRGYZ.replace("Бишкекте өттү", "Бишкек шаарында өттү")
    _add(
        project,
        services.NewDocument(KYRGYZ, language="ky"),
        services.NewDocument(STORY),
        services.NewDocument(agency, language="ky"),
    )

    groups = find_duplicate_groups(project, threshold=0.6)

    assert [(g.kind, g.document_ids) for g in groups] == [("near", (1, 3))]
    assert groups[0].pairs[0].jaccard >= 0.6


def test_keeper_has_most_spans_then_is_longest_then_oldest(project) -> None:
    _add(
        project,
        services.NewDocument(STORY, title="plain"),
        services.NewDocument(STORY + " Ek bilgi.", title="longer"),
        services.NewDocument(STORY.upper(), title="tagged", spans=[services.NewSpan(0, 8, "ORG")]),
        services.NewDocument(STORY.lower(), title="plain again"),
    )

    (group,) = find_duplicate_groups(project)
    assert group.document_ids == (1, 2, 3, 4)
    assert group.kind == "near"  # 2 is longer, not an exact copy
    assert group.keeper_id == 3
    assert {m.id: m.title for m in group.members}[3] == "tagged"

    with project.write() as session:
        session.execute(Span.__table__.delete())
        session.execute(Document.__table__.update().values(span_count=0))
    assert find_duplicate_groups(project)[0].keeper_id == 2
    services.set_document_status(project, 2, "approved")  # status plays no part
    with project.write() as session:
        session.execute(Document.__table__.delete().where(Document.id == 2))
    assert find_duplicate_groups(project)[0].keeper_id == 1


def _state(project) -> tuple:
    with project.read() as session:
        spans = session.execute(
            select(Span.id, Span.document_id, Span.start, Span.end, Span.label_id).order_by(Span.id)
        ).all()
        documents = session.execute(
            select(Document.id, Document.status, Document.meta, Document.span_count).order_by(Document.id)
        ).all()
    return [tuple(row) for row in spans], [tuple(row) for row in documents]


@pytest.fixture
def merge_pair(project):
    """Document 1 (kept) has GPE on Bişkek; the re-crawl 2 has GPE on Bişkek too, PER on Kulubayev, and
    ORG on the header only it has."""
    header = "AKİPRESS haber ajansı\n"
    recrawl = header + STORY.replace(" Bakanı ", "  Bakanı ")
    bishkek, name = STORY.index("Bişkek"), STORY.index("Ceenbek Kulubayev")
    shift = len(header)
    name_in_recrawl = recrawl.index("Ceenbek Kulubayev")
    _add(
        project,
        services.NewDocument(STORY, title="kept", spans=[services.NewSpan(bishkek, bishkek + 6, "GPE")]),
        services.NewDocument(
            recrawl,
            title="recrawl",
            meta={"url": "https://example.org/1"},
            spans=[
                services.NewSpan(bishkek + shift, bishkek + shift + 6, "GPE"),
                services.NewSpan(name_in_recrawl, name_in_recrawl + 17, "PER"),
                services.NewSpan(0, 8, "ORG"),
            ],
        ),
    )
    return project, name


def test_merge_carries_spans_and_reports_what_it_cannot_place(merge_pair) -> None:
    project, name = merge_pair
    before = _state(project)

    result = services.merge_duplicates(project, 1, [2])

    assert result.skipped == 1  # GPE on Bişkek was there already
    assert len(result.added_span_ids) == 1
    with project.read() as session:
        added = session.execute(select(Span.start, Span.end).where(Span.id == result.added_span_ids[0])).one()
        kept = session.get(Document, 1)
        copy = session.get(Document, 2)
    assert tuple(added) == (name, name + 17)
    assert kept.span_count == 2
    assert copy.meta == {"url": "https://example.org/1", "duplicate_of": 1}
    assert copy.span_count == 3  # the copy keeps its own spans
    assert [(u.document_id, u.label, u.text) for u in result.unmapped] == [(2, "ORG", "AKİPRESS")]
    assert find_duplicate_groups(project) == []  # a merged copy is resolved

    services.revert(project, result.change)

    assert _state(project) == before


def test_merge_is_one_transaction(merge_pair, monkeypatch: pytest.MonkeyPatch) -> None:
    project, _ = merge_pair
    before = _state(project)

    def fail(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(merge_module, "_set_meta", fail)
    with pytest.raises(RuntimeError):
        services.merge_duplicates(project, 1, [2])
    assert _state(project) == before
    with pytest.raises(AnnotationError):
        services.merge_duplicates(project, 1, [1])
    with pytest.raises(AnnotationError):
        services.merge_duplicates(project, 1, [2, 99])
    assert _state(project) == before


def test_cli_lists_groups_as_json_and_merges(merge_pair, capsys: pytest.CaptureFixture[str]) -> None:
    project, _ = merge_pair
    _add(project, services.NewDocument(OTHER_STORY, title="summit"))
    path = location(project)

    assert main(["--project", path, "duplicates", "--json"]) == 0
    groups = json.loads(capsys.readouterr().out)
    assert len(groups) == 1
    assert groups[0]["kind"] == "near"
    assert groups[0]["keeper_id"] == 2  # three spans beat one
    assert [d["id"] for d in groups[0]["documents"]] == [1, 2]
    assert [d["title"] for d in groups[0]["documents"]] == ["kept", "recrawl"]
    assert groups[0]["pairs"][0]["ids"] == [1, 2]
    assert groups[0]["pairs"][0]["containment"] == 1.0

    assert main(["--project", path, "duplicates", "--merge", "1", "2", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["merged_ids"] == [2]
    assert [u["text"] for u in report["unmapped"]] == ["AKİPRESS"]

    assert main(["--project", path, "duplicates"]) == 0
    assert capsys.readouterr().out == "no duplicates\n"
    assert main(["--project", path, "duplicates", "--merge", "1"]) == 2
