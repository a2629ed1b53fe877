"""Finding text: folding, suffixes, whole word, regex, filters, the index kept right, bulk tagging undone."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import col

from curator.core import services
from curator.core.domain import CuratorError, DocumentStatus
from curator.core.project.setup import open_project
from curator.core.search.corpus import search_corpus
from curator.core.search.index import SearchIndex
from curator.core.search.matching import Pattern, compile_pattern, find_matches
from curator.core.search.query import parse_query
from curator.core.services import changes, search_tags
from curator.core.services.search_tags import HitRef
from curator.core.services.text_edits import edit_text
from curator.core.storage import Project
from curator.core.storage.models import Label, Span

TURKISH = "KIRGIZISTAN ve Kırgızistan'ın başkenti Bişkek'te toplandı. Bişkekli gazeteciler de geldi."
KYRGYZ = "ЖККУнун жыйыны Бишкекте өттү. Бишкек шаары."


def found(text: str, language: str, query: str, **options: bool) -> list[str]:
    compiled = compile_pattern(Pattern(query, **options))
    return [text[start:end] for start, end in find_matches(text, language, compiled)]


def test_folding_finds_case_diacritics_and_dotless_i_on_exact_offsets() -> None:
    assert found(TURKISH, "tr", "Kirgizistan") == ["KIRGIZISTAN", "Kırgızistan"]
    assert found(TURKISH, "tr", "BİŞKEK") == ["Bişkek", "Bişkek"]
    assert found("Объединённых Наций", "ru", "объединенных") == ["Объединённых"]
    # a decomposed accent stays inside the hit, so a span never cuts a letter in two
    assert found("Szijja\u0301rto\u0301 geldi", "hu", "szijjarto") == ["Szijja\u0301rto\u0301"]
    # texts that do not fold one character to one take the full fold with its offset map
    assert found("Große Straße", "de", "strasse") == ["Straße"]
    assert found("Biş\u00adkek'te", "tr", "bişkek") == ["Biş\u00adkek"]
    # white space runs and line breaks match a space; a match rejected inside a word hides no other
    assert found("Birleşmiş \n  Milletler", "tr", "birlesmis milletler") == ["Birleşmiş \n  Milletler"]
    assert found("ba-a-a", "en", "a-a") == ["a-a"] and find_matches(
        "ba-a-a", "en", compile_pattern(Pattern("a-a"))
    ) == [(3, 6)]


def test_a_query_matches_from_a_word_start_and_the_hit_is_the_stem() -> None:
    assert found(TURKISH, "tr", "kek") == []
    assert found(KYRGYZ, "ky", "Бишкек") == ["Бишкек", "Бишкек"]
    compiled = compile_pattern(Pattern("Bişkek"))
    assert find_matches(TURKISH, "tr", compiled)[0] == (TURKISH.index("Bişkek'te"), TURKISH.index("'te"))


def test_whole_word_accepts_case_endings_of_the_documents_language_only() -> None:
    assert found(TURKISH, "tr", "Bişkek", whole_word=True) == ["Bişkek"]  # not "Bişkekli"
    assert found(KYRGYZ, "ky", "Бишкек", whole_word=True) == ["Бишкек", "Бишкек"]
    assert found(KYRGYZ, "en", "Бишкек", whole_word=True) == ["Бишкек"]  # no Kyrgyz endings in English
    assert found("Казахстане и Казахстанцы", "ru", "Казахстан", whole_word=True) == ["Казахстан"]


def test_regex_ignores_case_and_can_be_whole_word() -> None:
    assert found(TURKISH, "tr", r"bi\w+", regex=True) == ["Bişkek", "Bişkekli"]
    assert found(TURKISH, "tr", r"bişkek", regex=True, whole_word=True) == ["Bişkek"]
    with pytest.raises(CuratorError, match="not a valid regular expression"):
        compile_pattern(Pattern("(", regex=True))
    with pytest.raises(CuratorError, match="nothing to search for"):
        compile_pattern(Pattern("  "))


def test_filters_are_taken_out_of_the_query() -> None:
    query = parse_query("Bişkek lang:TR-tr status:approved label:ORG label:none")
    assert (query.pattern.text, query.languages, query.statuses) == ("Bişkek", ("tr",), ("approved",))
    assert query.labels == ("ORG", "none")
    with pytest.raises(CuratorError, match="unknown status 'done'"):
        parse_query("x status:done")


@pytest.fixture
def project(tmp_path: Path) -> Project:
    with open_project(tmp_path / "p.curator") as opened:
        with opened.write() as session:
            services.add_documents(
                session,
                [
                    services.NewDocument(
                        TURKISH, title="tr", language="tr", spans=[services.NewSpan(39, 45, "GPE")]
                    ),
                    services.NewDocument(KYRGYZ, title="ky", language="ky"),
                    services.NewDocument("Astana'da zirve yapıldı.", title="kk", language="tr"),
                ],
                annotator_id=opened.annotator_id,
                source="test",
            )
        yield opened


def corpus(project: Project, query: str, index: SearchIndex | None = None, **options: bool) -> list[tuple]:
    result = search_corpus(project, parse_query(query, **options), index=index)
    return [(hit.title, hit.match, hit.labels) for hit in result.hits]


def test_corpus_hits_carry_their_tags_and_follow_the_filters(project: Project) -> None:
    index = SearchIndex(project)
    assert corpus(project, "bişkek", index) == [("tr", "Bişkek", "GPE"), ("tr", "Bişkek", "")]
    assert corpus(project, "bişkek", index) == corpus(project, "bişkek")  # the index only narrows
    assert corpus(project, "бишкек lang:ky", index) == [("ky", "Бишкек", ""), ("ky", "Бишкек", "")]
    assert corpus(project, "бишкек lang:tr", index) == []
    assert corpus(project, "bişkek label:GPE", index) == [("tr", "Bişkek", "GPE")]
    assert corpus(project, "bişkek label:none lang:tr", index) == [("tr", "Bişkek", "")]
    assert corpus(project, "bişkek status:approved", index) == []
    assert corpus(project, r"ast\w+", index, regex=True) == [("kk", "Astana", "")]
    hit = search_corpus(project, parse_query("astana"), index=index).hits[0]
    assert (hit.left, hit.match, hit.right) == ("", "Astana", "'da zirve yapıldı.")


def test_the_index_follows_text_edits_their_undo_and_new_documents(project: Project) -> None:
    index = SearchIndex(project)
    assert corpus(project, "Astana", index) == [("kk", "Astana", "")]
    astana = search_corpus(project, parse_query("Astana"), index=index).hits[0]
    edit = edit_text(project, astana.document_id, 0, 6, "Nur-Sultan")
    assert corpus(project, "Astana", index) == []
    assert corpus(project, "nur sultan", index) == []  # a hyphen is not a space
    assert corpus(project, "nur-sultan", index) == [("kk", "Nur-Sultan", "")]
    changes.revert(project, edit.change, project.versions.last_write)
    assert corpus(project, "Astana", index) == [("kk", "Astana", "")]
    with project.write() as session:
        later = services.NewDocument("Astana'ya vardı.", title="new", language="tr")
        services.add_documents(session, [later], annotator_id=project.annotator_id, source="test")
    assert [hit[0] for hit in corpus(project, "Astana", index)] == ["kk", "new"]
    assert index.sync() == 0
    assert index.rebuild() == 4
    assert [hit[0] for hit in corpus(project, "Astana", SearchIndex(project))] == ["kk", "new"]


def test_the_index_never_hides_a_match_the_scan_finds(project: Project) -> None:
    """Words with marks unicode61 keeps inside a token, quotes and apostrophes, a query of punctuation."""
    texts = ["كَتَبَ الرسالة.", 'Он сказал "ЖККУ" и ушёл.', "Çavuşoğlu’nun açıklaması... bitti."]
    with project.write() as session:
        documents = [
            services.NewDocument(text, title=f"x{n}", language="und") for n, text in enumerate(texts)
        ]
        services.add_documents(session, documents, annotator_id=project.annotator_id, source="test")
    index = SearchIndex(project)
    for query in ["كَتَبَ", '"жкку"', "cavusoglu'nun", "...", "ушел", "ç"]:
        assert corpus(project, query, index) == corpus(project, query) != [], query


def test_a_damaged_index_file_is_rebuilt(project: Project) -> None:
    index = SearchIndex(project)
    index.path.parent.mkdir(parents=True, exist_ok=True)
    index.path.write_bytes(b"not a database at all" * 100)
    assert corpus(project, "Astana", index) == [("kk", "Astana", "")]


def test_an_unusable_cache_folder_reads_every_document_instead(project: Project, tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    index = SearchIndex(project, blocked / "index.sqlite")
    assert corpus(project, "Astana", index) == [("kk", "Astana", "")]


def _spans(project: Project) -> list[tuple[int, int, int, str]]:
    with project.read() as session:
        return list(
            session.execute(
                select(col(Span.document_id), col(Span.start), col(Span.end), col(Label.name))
                .join(Label, col(Label.id) == col(Span.label_id))
                .order_by(col(Span.document_id), col(Span.start))
            )
        )


def _both(project: Project) -> list:
    """The Turkish and the Kyrgyz spellings' hits: four, the first one tagged GPE."""
    return [hit for query in ("bişkek", "бишкек") for hit in search_corpus(project, parse_query(query)).hits]


def test_tagging_hits_skips_what_is_tagged_and_is_one_undo_step(project: Project) -> None:
    hits = _both(project)
    before = _spans(project)
    result = search_tags.tag_hits(project, [HitRef(h.document_id, h.start, h.end) for h in hits], "GPE")
    assert (result.done, dict(result.skipped)) == (3, {"tagged already": 1})
    assert result.change.text == "Tag 3 hits as GPE"  # the ones tagged, not the ones asked for
    assert len(_spans(project)) == len(before) + 3
    assert [h.labels for h in _both(project)] == ["GPE"] * 4
    changes.revert(project, result.change, project.versions.last_write)
    assert _spans(project) == before
    with pytest.raises(CuratorError, match="unknown label 'NOPE'"):
        search_tags.tag_hits(project, [HitRef(h.document_id, h.start, h.end) for h in hits], "NOPE")


def test_relabel_and_delete_the_tags_on_hits_each_undo_in_one_step(project: Project) -> None:
    refs = [HitRef(h.document_id, h.start, h.end) for h in _both(project)]
    search_tags.tag_hits(project, refs, "LOC")
    tagged = _spans(project)
    relabelled = search_tags.relabel_hit_tags(project, refs, "GPE")
    assert (relabelled.done, dict(relabelled.skipped)) == (3, {"GPE already": 1, "tagged already": 1})
    assert sorted(label for *_, label in _spans(project)) == ["GPE", "GPE", "GPE", "GPE", "LOC"]
    changes.revert(project, relabelled.change, project.versions.last_write)
    assert _spans(project) == tagged
    removed = search_tags.delete_hit_tags(project, refs)
    assert removed.done == 5 and _spans(project) == []
    changes.revert(project, removed.change, project.versions.last_write)
    assert _spans(project) == tagged


def test_approved_documents_are_skipped(project: Project) -> None:
    hits = search_corpus(project, parse_query("Бишкек")).hits
    services.set_document_status(project, hits[0].document_id, DocumentStatus.APPROVED)
    result = search_tags.tag_hits(project, [HitRef(h.document_id, h.start, h.end) for h in hits], "GPE")
    assert (result.done, dict(result.skipped)) == (0, {"approved document": 2})


def test_hits_in_text_excluded_as_boilerplate_are_skipped(project: Project) -> None:
    from curator.core.services.exclusions import decide
    from curator.core.storage.models import ExclusionRegion

    hits = search_corpus(project, parse_query("бишкек")).hits
    second = hits[1]
    with project.write() as session:
        region = ExclusionRegion(
            document_id=second.document_id, start=second.start, end=len(KYRGYZ), kind="caption", rule="test"
        )
        session.add(region)
        session.flush()
        region_id = region.id
    assert region_id is not None
    decide(project, [region_id], "accepted")
    result = search_tags.tag_hits(project, [HitRef(h.document_id, h.start, h.end) for h in hits], "GPE")
    assert (result.done, dict(result.skipped)) == (1, {"excluded text": 1})
    assert [row for row in _spans(project) if row[0] == second.document_id] == [
        (second.document_id, hits[0].start, hits[0].end, "GPE")
    ]
