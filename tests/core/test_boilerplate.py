"""Boilerplate detection on the seeds: every kind of noise in them is proposed, their articles are not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from curator.core import queries
from curator.core.boilerplate import LINE_JOIN, Proposal, corpus_proposals, detect, detect_joins
from curator.core.boilerplate.corpus import count_lines
from curator.core.importers import import_paths
from curator.core.project.setup import open_project
from curator.core.services.exclusions import list_regions
from curator.core.storage import Project

SEEDS = Path(__file__).resolve().parents[2] / "sample_docs"
TITLE_003 = (
    "Türk Devletleri Teşkilatı, Kazakistan'daki durumla ilgili Olağanüstü Dışişleri Bakanları Toplantısını "
    "gerçekleştirdi"
)
TITLE_002 = (
    "Kirgizistan Cumhurbaskani Caparov, KGAÖ Genel Sekreteri Tasmagambetov'u kabul ettiNazir Aliyev Tayfur"
)
URL_003 = (
    "https://www.turkkon.org/assets/pdf/haberler/"
    "turk-devletleri-teskilati-disisleri-bakanlari-konseyinin-kazakistandaki-duruma-iliskin-aciklamasi-2437-138.pdf"
)
# The non-blank lines (or line parts) of each seed that are noise, by kind: exactly these are proposed.
NOISE = {
    "000": {
        "masthead": ["AVRASYA", "CENTER FOR", "EURASIAN STUDIES", "MERKEZİ", "İNCELEMELERİ"],
        "metadata": ["- 02.12.2020"],
    },
    "001": {"metadata": ["date 2025-11-24"]},
    "002": {"repeated_line": [TITLE_002]},
    "003": {
        "repeated_line": [TITLE_003],
        "metadata": ["HABER TARİHİ: 11.01.2022", URL_003],
        "other_photos": ["HABERE İLİŞKİN DİĞER FOTOĞRAFLAR", *[TITLE_003] * 8],
    },
    "004": {
        "ticker": ["• 0.85", "• 86.5", "• 90.34"],
        "section_tag": ["Саясат 0"],
        "comment_box": ["Оставить комментарий", "Пикир"],
    },
}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    """The seeds imported the way a user imports them: proposals are made by the import itself."""
    project = open_project(tmp_path_factory.mktemp("seeds") / "seeds.curator")
    report = import_paths(project, [SEEDS])
    assert report.documents_added == 5
    yield project
    project.close()


def covered_lines(text: str, proposals: list[Proposal]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for proposal in proposals:
        if proposal.kind == LINE_JOIN:
            continue
        lines = [line.strip() for line in text[proposal.start : proposal.end].split("\n") if line.strip()]
        found.setdefault(proposal.kind, []).extend(lines)
    return {kind: sorted(lines) for kind, lines in found.items()}


@pytest.mark.parametrize("seed", sorted(NOISE))
def test_the_noise_of_each_seed_is_proposed_and_nothing_of_its_article(seeds: Project, seed: str) -> None:
    document_id = sorted(d.id for d in queries.list_documents(seeds))[int(seed)]
    text = queries.get_document(seeds, document_id).text
    regions = list_regions(seeds, document_id)
    assert all(region.status == "proposed" and region.rule for region in regions)
    proposals = [Proposal(r.start, r.end, r.kind, r.rule, r.replacement) for r in regions]
    assert covered_lines(text, proposals) == {kind: sorted(lines) for kind, lines in NOISE[seed].items()}


def test_pdf_line_breaks_of_seed_000_are_proposed_for_joining_and_no_other_seed_has_any(
    seeds: Project,
) -> None:
    ids = sorted(d.id for d in queries.list_documents(seeds))
    for document_id in ids[1:]:
        assert not [r for r in list_regions(seeds, document_id) if r.kind == LINE_JOIN]
    text = queries.get_document(seeds, ids[0]).text
    joins = [r for r in list_regions(seeds, ids[0]) if r.kind == LINE_JOIN]
    assert len(joins) == 26 and all(r.replacement == " " and r.rule == "join.sentence" for r in joins)
    joined = text
    for join in sorted(joins, key=lambda r: -r.start):
        assert not joined[join.start : join.end].strip()
        joined = joined[: join.start] + " " + joined[join.end :]
    paragraphs = [p for p in joined.split("\n\n") if p.strip()]
    body = paragraphs[paragraphs.index("Bişkek") + 2 :]  # after the title, date, source, place and a blank
    assert body and all("\n" not in paragraph.strip() for paragraph in body)
    assert "KONSEYİ'NİN VİDEO KONFERANS YOLUYLA OLAĞAN TOPLANTISINA KATILDI" in joined
    assert "1 Aralik 2020 Tarihte Bakan Ruslan Kazakbayev" in joined


def test_a_hyphenated_word_is_joined_without_its_hyphen_and_a_heading_is_never_joined() -> None:
    text = (
        "Tarafların ortak koordi-\nnasyon ihtiyacı vurgulandı ve bakanlar toplantının sonunda ortak\n"
        "bir bildiri kabul etti; belge üye devletlerin dışişleri bakanlıklarına\n"
        "gönderildi ve görüşmeler sürdü.\n\nAra başlık\nYeni paragraf burada başlar."
    )
    joins = detect_joins(text)
    assert [(text[j.start : j.end], j.replacement, j.rule) for j in joins] == [
        ("-\n", "", "join.hyphen"),
        ("\n", " ", "join.sentence"),
        ("\n", " ", "join.sentence"),
    ]
    assert "Ara başlık\nYeni" in text and all(j.start < text.index("Ara başlık") for j in joins)


def test_one_paragraph_per_line_is_not_taken_for_hard_wrapped_text() -> None:
    text = "Başlık cümlesi burada duruyor\nBirinci paragraf uzun bir cümledir.\nİkinci paragraf da öyle.\n"
    assert detect_joins(text) == []


def test_tickers_breadcrumbs_shares_and_related_lists_in_other_languages() -> None:
    text = (
        "Главная > Политика > Кыргызстан\n"
        "USD 87.45 EUR 94.10 RUB 1.05\n"
        "Ana Sayfa / Dünya\n"
        "Президент Садыр Жапаров бүгүн Бишкекте жыйын өткөрдү.\n"
        "Поделиться\n"
        "Читайте также\n"
        "Жапаров Москвага барды\n"
        "Токаев Астанада сүйлөдү\n"
        "\n"
        "Yorumlar (3)\n"
    )
    found = [(p.kind, p.rule, text[p.start : p.end].strip()) for p in detect(text)]
    assert found == [
        ("section_tag", "section.crumbs", "Главная > Политика > Кыргызстан"),
        ("ticker", "ticker.rates", "USD 87.45 EUR 94.10 RUB 1.05"),
        ("section_tag", "section.crumbs", "Ana Sayfa / Dünya"),
        ("comment_box", "share.button", "Поделиться"),
        (
            "related_links",
            "related.heading",
            "Читайте также\nЖапаров Москвага барды\nТокаев Астанада сүйлөдү",
        ),
        ("comment_box", "comment.phrase", "Yorumlar (3)"),
    ]


def test_a_sentence_that_mentions_comments_or_a_section_word_is_article_text() -> None:
    text = "Bakan, yorumlar hakkında açıklama yaptı.\nSiyaset ve ekonomi konuşuldu.\n"
    assert detect(text) == []


def test_lines_in_many_documents_are_proposed_but_a_duplicated_story_is_left_alone() -> None:
    caption = "Фото: Кабар агенттигинин архивинен"
    stories = [f"Макала {n}: министр жыйынга катышып, сөз сүйлөдү.\n{caption}\n" for n in range(4)]
    duplicate = "Бул эки агенттиктен келген бирдей макала.\nЭкинчи сүйлөм да бирдей.\n"
    texts = [*stories, duplicate, duplicate + " ", duplicate + "  "]
    counted = count_lines(texts)
    for text in stories:
        found = corpus_proposals(text, counted, min_documents=3)
        assert [(p.kind, p.rule, text[p.start : p.end]) for p in found] == [
            ("repeated_line", "repeat.corpus", caption + "\n")
        ]
    assert corpus_proposals(duplicate, counted, min_documents=3) == []
    assert corpus_proposals(stories[0], counted, min_documents=5) == []


def test_a_recurring_hard_wrapped_paragraph_is_not_taken_for_corpus_furniture() -> None:
    quoted = (
        "Bakan, toplantıda KGAÖ üye devletlerinin ortak güvenlik sistemini güçlendirmek için\n"
        "atılacak adımları ayrıntılı olarak anlattı ve bu konuda Rusya ile\n"
        "Kazakistan'ın desteğine teşekkür etti.\n"
    )
    texts = [
        f"Haber {n}: Bişkek'te bugün önemli bir toplantı yapıldı.\n\n{quoted}\nFoto: AKIpress arşivi\n"
        for n in range(4)
    ]
    counted = count_lines(texts)
    for text in texts:
        found = [text[p.start : p.end] for p in corpus_proposals(text, counted, min_documents=3)]
        assert found == ["Foto: AKIpress arşivi\n"]
