"""The rule suggester on the seed documents and on folding edge cases: exact offsets, labels, entity keys,
trigger arguments and dates, read through `rule_suggester(project).suggest(...)` as the app calls it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from curator.core.importers import import_paths
from curator.core.knowledge.base import alias_key, load_default_knowledge_base
from curator.core.project.resources import SAMPLE_DOCS_DIR
from curator.core.project.setup import open_project
from curator.core.queries import get_document, list_documents
from curator.core.schema.defaults import load_default_schema
from curator.core.services.entities import create_entity
from curator.core.services.schema_edits import add_label, delete_label
from curator.core.storage import Project
from curator.core.suggest import ProposedSpan, SuggestInput
from curator.core.suggest.rules import DATES, GAZETTEER, NUMBERS, TRIGGERS, RuleSuggester, rule_suggester
from curator.core.suggest.triggers import LANGUAGES, LEXICON
from tests.helpers.engines import ENGINES, open_on


@pytest.fixture(scope="module")
def seeds(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[RuleSuggester, dict[str, SuggestInput]]]:
    """The seeds imported as the app imports them, and the suggester of that project."""
    path = tmp_path_factory.mktemp("seeds") / "seeds.curator"
    with open_project(path, annotator="tester") as project:
        report = import_paths(project, [SAMPLE_DOCS_DIR])
        assert report.documents_added == 5
        documents = {}
        for summary in list_documents(project):
            document = get_document(project, summary.id)
            prefix = Path(document.meta["path"]).name[:3]
            documents[prefix] = SuggestInput(document.id, document.text, document.language, document.pub_date)
        yield rule_suggester(project), documents


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    with open_on(request, tmp_path, "tester") as opened:
        yield opened


def suggest(
    suggester: RuleSuggester, text: str, language: str, pub_date: str | None = None
) -> list[ProposedSpan]:
    [(document_id, proposals)] = list(suggester.suggest([SuggestInput(7, text, language, pub_date)]))
    assert document_id == 7
    return proposals


def found(proposals: list[ProposedSpan], text: str, source: str) -> list[tuple[str, str, str | None]]:
    return [(text[p.start : p.end], p.label, p.entity_key) for p in proposals if p.source == source]


def at(proposals: list[ProposedSpan], text: str, word: str, source: str, occurrence: int = 0) -> ProposedSpan:
    """The proposal of `source` that starts where the `occurrence`-th `word` of the text starts."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    matches = [p for p in proposals if p.source == source and p.start == start]
    assert matches, f"nothing from {source} at {word!r} ({start})"
    return matches[0]


# --- gazetteer on the seeds --------------------------------------------------------------------------

SEED_MENTIONS = [
    # seed, word as written, the span it must give, label, entity key
    ("001", "Bişkek'te", "Bişkek", "GPE", "gpe_bishkek"),
    ("001", "Bişkek'teki", "Bişkek", "GPE", "gpe_bishkek"),
    ("001", "Ermenistan'ın", "Ermenistan", "GPE", "gpe_armenia"),
    ("001", "Putin'in", "Putin", "PER", "per_vladimir_putin"),
    ("001", "Kolektif Güvenlik Anlaşması Örgütü", "Kolektif Güvenlik Anlaşması Örgütü", "ORG", "org_csto"),
    ("002", "KGAÖ'nün", "KGAÖ", "ORG", "org_csto"),
    ("002", "Tasmagambetov'u", "Tasmagambetov", "PER", "per_imangali_tasmagambetov"),
    ("002", "Kirgizistan'in", "Kirgizistan", "GPE", "gpe_kyrgyzstan"),
    ("002", "BISKEK", "BISKEK", "GPE", "gpe_bishkek"),
    ("002", "Kirgizistan Cumhurbaskanligindan", "Kirgizistan Cumhurbaskanligi", "ORG", "org_kg_presidency"),
    ("002", "KGAÖ Baris Gücü'nün", "KGAÖ Baris Gücü", "ORG", "org_csto_peacekeeping"),
    ("003", "Mevlüt Çavuşoğlu’nun", "Mevlüt Çavuşoğlu", "PER", "per_mevlut_cavusoglu"),
    ("003", "Türkiye Cumhuriyeti’nin", "Türkiye Cumhuriyeti", "GPE", "gpe_turkiye"),
    ("003", "TDT’nın", "TDT", "ORG", "org_ots"),
    (
        "003",
        "Kırgızistan Silahlı Kuvvetlerinden",
        "Kırgızistan Silahlı Kuvvetleri",
        "ORG",
        "org_kg_armed_forces",
    ),
    ("003", "Péter Szijjártó", "Péter Szijjártó", "PER", "per_peter_szijjarto"),
    (
        "000",
        "KGAÖ DIŞİŞLERİ BAKANLARI KONSEYİ'NİN",
        "KGAÖ DIŞİŞLERİ BAKANLARI KONSEYİ",
        "ORG",
        "org_csto_cfm",
    ),
    ("000", "Kırgız Cumhuriyeti'ne", "Kırgız Cumhuriyeti", "GPE", "gpe_kyrgyzstan"),
    ("000", "Jean-Paul Lacroix'in", "Jean-Paul Lacroix", "PER", "per_jean_pierre_lacroix"),
    ("004", "ЖККУнун", "ЖККУ", "ORG", "org_csto"),
    ("004", "ЖККУга", "ЖККУ", "ORG", "org_csto"),
    ("004", "Душанбеде", "Душанбе", "GPE", "gpe_dushanbe"),
    ("004", "Кыргыз Республикасынын", "Кыргыз Республикасы", "GPE", "gpe_kyrgyzstan"),
    ("004", "Афганистандан", "Афганистан", "GPE", "gpe_afghanistan"),
    ("004", "Баткендеги", "Баткен", "GPE", "gpe_batken"),
    ("004", "КР ТИМдин", "КР ТИМ", "ORG", "org_kg_mfa"),
    ("004", "Руслан Казакбаев", "Руслан Казакбаев", "PER", "per_ruslan_kazakbayev"),
]


@pytest.mark.parametrize(("seed", "written", "span", "label", "key"), SEED_MENTIONS)
def test_gazetteer_finds_seed_entities_with_exact_offsets(
    seeds: tuple[RuleSuggester, dict[str, SuggestInput]],
    seed: str,
    written: str,
    span: str,
    label: str,
    key: str,
) -> None:
    suggester, documents = seeds
    document = documents[seed]
    [(_, proposals)] = list(suggester.suggest([document]))
    proposal = at(proposals, document.text, written, GAZETTEER)
    assert document.text[proposal.start : proposal.end] == span
    assert (proposal.label, proposal.entity_key, proposal.source) == (label, key, "rules:gazetteer")
    assert 0 < proposal.score <= 1


def test_every_gazetteer_span_is_an_alias_and_ends_at_a_word_or_suffix_boundary(
    seeds: tuple[RuleSuggester, dict[str, SuggestInput]],
) -> None:
    suggester, documents = seeds
    forms = {
        entity.id: {alias_key(form) for form in entity.surface_forms}
        for entity in load_default_knowledge_base()
    }
    results = dict(suggester.suggest(documents.values()))
    total = 0
    for document in documents.values():
        for proposal in results[document.document_id]:
            if proposal.source != GAZETTEER:
                continue
            total += 1
            written = document.text[proposal.start : proposal.end]
            assert proposal.entity_key is not None and alias_key(written) in forms[proposal.entity_key], (
                written
            )
            before = document.text[proposal.start - 1] if proposal.start else " "
            glued = before.islower() and written[0].isupper()  # "ettiNazir Aliyev": a byline glued on
            assert not before.isalnum() or glued, written
    assert total > 250


def test_every_csto_acronym_of_the_kyrgyz_seed_is_covered(
    seeds: tuple[RuleSuggester, dict[str, SuggestInput]],
) -> None:
    suggester, documents = seeds
    document = documents["004"]
    [(_, proposals)] = list(suggester.suggest([document]))
    organisations = [p for p in proposals if p.source == GAZETTEER and p.label == "ORG"]
    start = document.text.find("ЖККУ")
    occurrences = 0
    while start >= 0:
        occurrences += 1
        assert any(p.start <= start and start + 4 <= p.end for p in organisations), start
        start = document.text.find("ЖККУ", start + 1)
    assert occurrences == 20


def test_nothing_is_proposed_inside_a_url(seeds: tuple[RuleSuggester, dict[str, SuggestInput]]) -> None:
    suggester, documents = seeds
    document = documents["003"]
    url_start = document.text.index("https://www.turkkon.org")
    url_end = document.text.index("\n", url_start)
    [(_, proposals)] = list(suggester.suggest([document]))
    assert not [p for p in proposals if p.start < url_end and url_start < p.end]
    assert "kazakistandaki" in document.text[url_start:url_end]


# --- folding, case and suffixes ----------------------------------------------------------------------


@pytest.fixture
def suggester(project: Project) -> RuleSuggester:
    return rule_suggester(project)


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("BİŞKEK'TE toplandılar.", "tr", "BİŞKEK"),
        ("Heyet Biskek'te toplandi.", "tr", "Biskek"),
        ("İİİ Bişkek’te", "tr", "Bişkek"),  # "İ" folds to one letter: no offset drift after it
        ("Heyet Bis\u0327kek'te", "tr", "Bis\u0327kek"),  # a combining cedilla stays inside the span
        ("Heyet Biş\u00adkek'te", "tr", "Biş\u00adkek"),  # a soft hyphen from a PDF does not split the word
        ("Делегация прибыла в Бишкек.", "ru", "Бишкек"),
        ("Делегация прибыла в Москву.", "ru", "Москву"),  # Москва declined: a Russian ending is in the span
        ("Кеңеш Москвада өттү.", "ky", "Москва"),
        ("Жыйын Бишкекте өттү.", "ky", "Бишкек"),
        ("Heads of state met in Bishkek's centre.", "en", "Bishkek"),
    ],
)
def test_folding_and_suffixes_keep_offsets_exact(
    suggester: RuleSuggester, text: str, language: str, span: str
) -> None:
    proposals = [p for p in suggest(suggester, text, language) if p.source == GAZETTEER]
    assert [(text[p.start : p.end], p.label) for p in proposals] == [(span, "GPE")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Almanya'nın ve İran'ın dışişleri bakanları Tahran'da görüştü.", "tr",
         [("Almanya", "gpe_germany"), ("İran", "gpe_iran"), ("Tahran", "gpe_tehran")]),
        ("Президент Ысык-Көлдө Кытайдын өкүлү менен жолукту.", "ky",
         [("Ысык-Көл", "loc_issyk_kul"), ("Кытай", "gpe_china")]),
        ("Переговоры прошли в Пекине и в Стамбуле.", "ru",
         [("Пекине", "gpe_beijing"), ("Стамбуле", "gpe_istanbul")]),
        ("Президент Российской Федерации прибыл на саммит Шанхайской организации сотрудничества.", "ru",
         [("Российской Федерации", "gpe_russia"), ("Шанхайской организации сотрудничества", "org_sco")]),
    ],
)  # fmt: skip
def test_places_beyond_the_seeds(suggester: RuleSuggester, text: str, language: str, expected: list) -> None:
    hits = [
        (text[p.start : p.end], p.entity_key)
        for p in suggest(suggester, text, language)
        if p.source == GAZETTEER
    ]
    assert hits == expected


def test_capitals_and_case(suggester: RuleSuggester) -> None:
    text = "KIRGIZISTAN ve Kirgizistan ile kırgızistan; AA ve aa."
    proposals = suggest(suggester, text, "tr")
    hits = {text[p.start : p.end]: p for p in proposals if p.source == GAZETTEER}
    assert set(hits) == {"KIRGIZISTAN", "Kirgizistan", "kırgızistan", "AA"}  # an acronym only in capitals
    assert hits["kırgızistan"].score < hits["Kirgizistan"].score  # a name in lower case is less sure
    assert {hits[word].entity_key for word in ("KIRGIZISTAN", "Kirgizistan", "kırgızistan")} == {
        "gpe_kyrgyzstan"
    }


def test_longest_match_wins_even_across_a_line_break(suggester: RuleSuggester) -> None:
    text = "Kırgızistan Dışişleri Bakanlığı açıkladı. Kırgız \nCumhuriyeti'ne teşekkür etti."
    assert found(suggest(suggester, text, "tr"), text, GAZETTEER) == [
        ("Kırgızistan Dışişleri Bakanlığı", "ORG", "org_kg_mfa"),
        ("Kırgız \nCumhuriyeti", "GPE", "gpe_kyrgyzstan"),
    ]


def test_project_entities_are_found_and_labels_the_project_lacks_are_not(project: Project) -> None:
    entity = create_entity(project, "Nazir Aliyev Tayfur", "PER", aliases=["N. A. Tayfur"]).entity
    delete_label(project, "GPE")
    text = "Nazir Aliyev Tayfur'un haberi Bişkek'ten: N. A. Tayfur yazdı."
    proposals = suggest(rule_suggester(project), text, "tr")
    assert found(proposals, text, GAZETTEER) == [
        ("Nazir Aliyev Tayfur", "PER", entity.key),
        ("N. A. Tayfur", "PER", entity.key),
    ]


def test_the_suggester_reads_the_project_once(project: Project) -> None:
    suggester = rule_suggester(project)
    project.close()  # what it proposes from here on comes from what it read
    text = "Putin Bişkek'te."
    assert found(suggest(suggester, text, "tr"), text, GAZETTEER) == [
        ("Putin", "PER", "per_vladimir_putin"),
        ("Bişkek", "GPE", "gpe_bishkek"),
    ]
    documents = [SuggestInput(3, text, "tr"), SuggestInput(1, "", "und"), SuggestInput(2, "Bişkek", "tr")]
    assert [document_id for document_id, _ in suggester.suggest(documents)] == [3, 1, 2]


# --- dates ---------------------------------------------------------------------------------------------

SEED_DATES = [
    ("001", "27 Kasım'da", "27 Kasım", "2025-11-27", "day"),
    ("001", "26-27 Kasım'da", "26-27 Kasım", "2025-11-26/2025-11-27", "day"),
    ("000", "1 Aralik 2020", "1 Aralik 2020", "2020-12-01", "day"),
    ("000", "Mayıs 2021'de", "Mayıs 2021", "2021-05", "month"),
    ("003", "11 Ocak 2022 tarihinde", "11 Ocak 2022", "2022-01-11", "day"),
    ("004", "19-майда", "19-май", "2021-05-19", "day"),
    ("004", "2021-жылдын 28-30-апрелинде", "2021-жылдын 28-30-апрели", "2021-04-28/2021-04-30", "day"),
]


@pytest.mark.parametrize(("seed", "written", "span", "iso", "precision"), SEED_DATES)
def test_dates_of_the_seeds(
    seeds: tuple[RuleSuggester, dict[str, SuggestInput]],
    seed: str,
    written: str,
    span: str,
    iso: str,
    precision: str,
) -> None:
    suggester, documents = seeds
    document = documents[seed]
    [(_, proposals)] = list(suggester.suggest([document]))
    proposal = at(proposals, document.text, written, DATES)
    assert document.text[proposal.start : proposal.end] == span
    assert (proposal.label, proposal.date_iso, proposal.date_precision) == ("DATE", iso, precision)


def test_no_date_proposals_without_a_date_label(project: Project) -> None:
    delete_label(project, "DATE")
    proposals = suggest(rule_suggester(project), "Toplantı 27 Kasım'da yapıldı.", "tr", "2025-11-24")
    assert not [p for p in proposals if p.source == DATES]


# --- numbers -------------------------------------------------------------------------------------------


def test_numbers_only_for_labels_the_project_has(project: Project) -> None:
    text = "Ekonomi %5 büyüdü, 150 milyon dolar yardım edildi, 700'den fazla kişi ve COVID-19; 19.05.21."
    assert not [p for p in suggest(rule_suggester(project), text, "tr") if p.source == NUMBERS]
    for name in ("PERCENT", "MONEY", "CARDINAL"):
        add_label(project, name)
    proposals = suggest(rule_suggester(project), text, "tr", "2021-05-20")
    assert found(proposals, text, NUMBERS) == [
        ("%5", "PERCENT", None),
        ("150 milyon dolar", "MONEY", None),
        ("700", "CARDINAL", None),
    ]
    assert found(proposals, text, DATES) == [("19.05.21", "DATE", None)]


# --- triggers and argument guesses ---------------------------------------------------------------------


def arguments(proposal: ProposedSpan, text: str) -> set[tuple[str, str, str]]:
    return {
        (argument.role, text[argument.start : argument.end], argument.label)
        for argument in proposal.arguments
    }


def test_summit_in_bishkek_with_place_time_and_participant(
    seeds: tuple[RuleSuggester, dict[str, SuggestInput]],
) -> None:
    suggester, documents = seeds
    document = documents["001"]
    [(_, proposals)] = list(suggester.suggest([document]))
    summit = at(proposals, document.text, "zirvede", TRIGGERS)
    assert (document.text[summit.start : summit.end], summit.label) == ("zirvede", "MEETING")
    assert arguments(summit, document.text) == {
        ("PARTICIPANT", "KGAÖ", "ORG"),
        ("PLACE", "Bişkek", "GPE"),
        ("TIME", "27 Kasım", "DATE"),
    }
    assert (summit.date_iso, summit.date_precision) == ("2025-11-27", "day")
    visit = at(proposals, document.text, "ziyareti", TRIGGERS)
    assert visit.label == "VISIT" and ("ACTOR", "Putin", "PER") in arguments(visit, document.text)


def test_receiving_someone_is_a_meeting_in_ascii_turkish(
    seeds: tuple[RuleSuggester, dict[str, SuggestInput]],
) -> None:
    suggester, documents = seeds
    document = documents["002"]
    [(_, proposals)] = list(suggester.suggest([document]))
    # The byline glued to the title ("ettiNazir") stays out of the trigger and its arguments, and is a name.
    title = at(proposals, document.text, "kabul ettiNazir", TRIGGERS)
    assert (document.text[title.start : title.end], title.label) == ("kabul etti", "MEETING")
    assert ("PARTICIPANT", "Tasmagambetov", "PER") in arguments(title, document.text)
    assert not [argument for argument in title.arguments if argument.start >= title.end]
    byline = at(proposals, document.text, "Nazir Aliyev", GAZETTEER)
    assert (document.text[byline.start : byline.end], byline.entity_key) == (
        "Nazir Aliyev",
        "per_nazir_aliyev",
    )
    received = at(proposals, document.text, "kabul etti.", TRIGGERS)
    assert received.label == "MEETING"
    people = arguments(received, document.text)
    assert {
        ("PARTICIPANT", "Sadir Caparov", "PER"),
        ("PARTICIPANT", "Imangali Tasmagambetov", "PER"),
    } <= people
    assert not any(text == "BISKEK" for _, text, _ in people)  # the dateline is not part of the sentence
    # No date in the document: the event has none either.
    assert received.date_iso is None


def test_kyrgyz_meeting_with_place_from_the_locative(
    seeds: tuple[RuleSuggester, dict[str, SuggestInput]],
) -> None:
    suggester, documents = seeds
    document = documents["004"]
    [(_, proposals)] = list(suggester.suggest([document]))
    meeting = at(proposals, document.text, "жыйынына", TRIGGERS, occurrence=1)
    assert meeting.label == "MEETING"
    assert {
        ("PLACE", "Душанбе", "GPE"),
        ("TIME", "19-май", "DATE"),
        ("PARTICIPANT", "Руслан Казакбаев", "PER"),
        ("PARTICIPANT", "ЖККУ", "ORG"),
    } <= arguments(meeting, document.text)
    assert meeting.date_iso == "2021-05-19"
    signed = at(proposals, document.text, "кол коюлду", TRIGGERS)
    assert signed.label == "AGREEMENT"


def test_deployment_goes_to_the_dative(seeds: tuple[RuleSuggester, dict[str, SuggestInput]]) -> None:
    suggester, documents = seeds
    document = documents["003"]
    [(_, proposals)] = list(suggester.suggest([document]))
    sent = at(proposals, document.text, "gönderdiğini", TRIGGERS)
    assert sent.label == "DEPLOYMENT"
    assert {("DESTINATION", "Kazakistan", "GPE"), ("TIME", "7 Ocak 2022", "DATE")} <= arguments(
        sent, document.text
    )
    assert sent.date_iso == "2022-01-07"
    request = at(proposals, document.text, "talep etme", TRIGGERS)
    assert request.label == "REQUEST"
    assert ("RECIPIENT", "Kolektif Güvenlik Antlaşması Örgütü", "ORG") in arguments(request, document.text)


def test_publication_date_when_the_sentence_has_none(
    seeds: tuple[RuleSuggester, dict[str, SuggestInput]],
) -> None:
    suggester, documents = seeds
    document = documents["000"]
    [(_, proposals)] = list(suggester.suggest([document]))
    meeting = at(proposals, document.text, "Toplantıya", TRIGGERS)
    assert meeting.label == "MEETING"
    assert (meeting.date_iso, meeting.date_precision) == ("2020-12-02", "day")
    assert not [argument for argument in meeting.arguments if argument.role == "TIME"]


@pytest.mark.parametrize(
    ("text", "language", "trigger", "event_type", "expected"),
    [
        (
            "Путин встретился с Жапаровым в Бишкеке 5 мая 2023 года.",
            "ru",
            "встретился",
            "MEETING",
            {("PARTICIPANT", "Путин", "PER"), ("PARTICIPANT", "Жапаровым", "PER"),
             ("PLACE", "Бишкеке", "GPE"), ("TIME", "5 мая 2023", "DATE")},
        ),
        (
            "Kazakhstan requested assistance from the CSTO on 5 January 2022.",
            "en",
            "requested",
            "REQUEST",
            {("ACTOR", "Kazakhstan", "GPE"), ("RECIPIENT", "CSTO", "ORG"),
             ("TIME", "5 January 2022", "DATE")},
        ),
        (
            "Садыр Жапаров Касым-Жомарт Токаев менен Бишкекте жолугушту.",
            "ky",
            "жолугушту",
            "MEETING",
            {("PARTICIPANT", "Садыр Жапаров", "PER"), ("PARTICIPANT", "Касым-Жомарт Токаев", "PER"),
             ("PLACE", "Бишкек", "GPE")},
        ),
        (
            "Баткенде аскердик окуу-машыгуу өттү.",
            "ky",
            "аскердик окуу-машыгуу",
            "EXERCISE",
            {("PLACE", "Баткен", "GPE")},
        ),
        (
            "Kirgizistan, Tacikistan sinirinda ortak tatbikat yapti.",
            "tr",
            "tatbikat",
            "EXERCISE",
            {("PARTICIPANT", "Kirgizistan", "GPE"), ("PARTICIPANT", "Tacikistan", "GPE")},
        ),
    ],
)  # fmt: skip
def test_triggers_in_other_languages(
    suggester: RuleSuggester, text: str, language: str, trigger: str, event_type: str, expected: set
) -> None:
    proposals = suggest(suggester, text, language, "2023-05-06")
    proposal = at(proposals, text, trigger, TRIGGERS)
    assert (text[proposal.start : proposal.end], proposal.label) == (trigger, event_type)
    assert arguments(proposal, text) == expected


def test_the_lexicon_covers_every_default_event_type_in_every_language() -> None:
    event_types = {event_type.name for event_type in load_default_schema().event_types}
    assert set(LEXICON) == event_types
    for event_type, by_language in LEXICON.items():
        assert set(by_language) == set(LANGUAGES), event_type
        assert all(phrases for phrases in by_language.values()), event_type


def test_only_event_types_the_project_has(project: Project) -> None:
    text = "Putin'in ziyareti ve zirve."
    assert {p.label for p in suggest(rule_suggester(project), text, "tr") if p.source == TRIGGERS} == {
        "VISIT",
        "MEETING",
    }
    delete_label(project, "VISIT")
    assert {p.label for p in suggest(rule_suggester(project), text, "tr") if p.source == TRIGGERS} == {
        "MEETING"
    }


# --- offices and the people after them ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Dışişleri Bakanı Hakan Fidan'ı kabul etti.",
            "tr",
            [("Dışişleri Bakanı", "TITLE", "rules:title"), ("Hakan Fidan", "PER", "rules:name")],
        ),
        (
            "Disisleri Bakani Hakan Fidan'in ziyareti",
            "tr",
            [("Disisleri Bakani", "TITLE", "rules:title"), ("Hakan Fidan", "PER", "rules:name")],
        ),
        (
            "Кыргыз Республикасынын тышкы иштер министри Асел Чынбаеванын Москвага сапары",
            "ky",
            [("Кыргыз Республикасы", "GPE", "rules:gazetteer"),
             ("тышкы иштер министри", "TITLE", "rules:title"),
             ("Асел Чынбаева", "PER", "rules:name"), ("Москва", "GPE", "rules:gazetteer")],
        ),
        (
            "Кытайдын төрагасы Си Цзиньпин катышат.",
            "ky",
            [("Кытай", "GPE", "rules:gazetteer"), ("төрагасы", "TITLE", "rules:title"),
             ("Си Цзиньпин", "PER", "rules:name")],
        ),
        (
            "Министр иностранных дел Сергей Лавров заявил.",
            "ru",
            [("Министр иностранных дел", "TITLE", "rules:title"), ("Сергей Лавров", "PER", "rules:name")],
        ),
        (
            "Bakan, açıklama yaptı. Bakan Yardımcısı Ali Veli-Can ve KGAÖ Genel Sekreteri Tasmagambetov.",
            "tr",
            [("Bakan", "TITLE", "rules:title"), ("Bakan Yardımcısı", "TITLE", "rules:title"),
             ("Ali Veli-Can", "PER", "rules:name"), ("KGAÖ", "ORG", "rules:gazetteer"),
             ("Genel Sekreteri", "TITLE", "rules:title"), ("Tasmagambetov", "PER", "rules:gazetteer")],
        ),
    ],
)  # fmt: skip
def test_offices_and_the_names_after_them(
    suggester: RuleSuggester, text: str, language: str, expected: list
) -> None:
    proposals = [p for p in suggest(suggester, text, language) if p.source != TRIGGERS]
    assert [(text[p.start : p.end], p.label, p.source) for p in proposals] == expected


def test_a_person_after_an_office_is_an_argument(suggester: RuleSuggester) -> None:
    text = "Dışişleri Bakanı Hakan Fidan'ı kabul etti."
    received = at(suggest(suggester, text, "tr"), text, "kabul", TRIGGERS)
    assert received.label == "MEETING"  # "Fidan'ı": a person received, not a text adopted
    assert arguments(received, text) == {("PARTICIPANT", "Hakan Fidan", "PER")}
    text = "Alikhan Smailov yeni Başbakan olarak atandı."
    appointed = at(suggest(suggester, text, "tr"), text, "atandı", TRIGGERS)
    assert appointed.label == "APPOINTMENT"
    assert arguments(appointed, text) == {
        ("PERSON", "Alikhan Smailov", "PER"),
        ("POSITION", "Başbakan", "TITLE"),
    }


def test_no_offices_without_a_title_label(project: Project) -> None:
    delete_label(project, "TITLE")
    text = "Dışişleri Bakanı Hakan Fidan konuştu."
    proposals = suggest(rule_suggester(project), text, "tr")
    assert [(text[p.start : p.end], p.label) for p in proposals] == [("Hakan Fidan", "PER")]
