"""The shipped knowledge base, its validating loader, and the folding the gazetteer will match with."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from curator.core.domain import CuratorError
from curator.core.knowledge.base import (
    ENTITY_TYPES,
    ORG_SUBTYPES,
    KnowledgeEntity,
    alias_key,
    build_alias_index,
    fold_for_matching,
    fold_with_offsets,
    load_default_knowledge_base,
    load_knowledge_base,
    lookup,
    original_span,
    parse_knowledge_base,
)
from curator.core.project.resources import SAMPLE_DOCS_DIR

SEEDS = {path.name[:3]: path for path in SAMPLE_DOCS_DIR.glob("*.txt")}


@pytest.fixture(scope="module")
def entities() -> list[KnowledgeEntity]:
    return load_default_knowledge_base()


@pytest.fixture(scope="module")
def index(entities: list[KnowledgeEntity]) -> dict[str, tuple[KnowledgeEntity, ...]]:
    return build_alias_index(entities)


def seed_text(number: str) -> str:
    return SEEDS[number].read_text(encoding="utf-8")


# --- The shipped file ------------------------------------------------------------------------------------


def test_the_shipped_file_loads(entities: list[KnowledgeEntity]) -> None:
    assert len(entities) > 60
    assert {entity.type for entity in entities} <= set(ENTITY_TYPES)
    assert all(entity.subtype in (None, *ORG_SUBTYPES) for entity in entities)


def test_ids_are_unique(entities: list[KnowledgeEntity]) -> None:
    ids = [entity.id for entity in entities]
    assert len(ids) == len(set(ids))


def test_every_name_and_alias_folds_to_a_non_empty_key(entities: list[KnowledgeEntity]) -> None:
    for entity in entities:
        for form in entity.surface_forms:
            assert alias_key(form), (entity.id, form)


# Keys that two entities of the same type may share on purpose, with the reason. Empty today: a shared key
# makes the gazetteer guess, so adding one needs a line here saying why it is acceptable.
DOCUMENTED_SHARED_KEYS: dict[str, str] = {}


def test_no_key_names_two_entities_of_the_same_type(
    index: dict[str, tuple[KnowledgeEntity, ...]],
) -> None:
    clashes = {}
    for key, owners in index.items():
        types = [entity.type for entity in owners]
        if len(types) != len(set(types)) and key not in DOCUMENTED_SHARED_KEYS:
            clashes[key] = [entity.id for entity in owners]
    assert clashes == {}


def test_unverified_wikidata_ids_are_said_to_be_so(entities: list[KnowledgeEntity]) -> None:
    for entity in entities:
        if entity.wikidata is None:
            assert "Wikidata" in entity.notes, entity.id
        else:
            assert entity.sources, f"{entity.id}: say where {entity.wikidata} was checked"


def test_the_verified_wikidata_ids(entities: list[KnowledgeEntity]) -> None:
    by_id = {entity.id: entity.wikidata for entity in entities}
    # DOMAIN.md gives Q177313 for the CSTO; every public source checked gives Q318693.
    assert by_id["org_csto"] == "Q318693"
    assert by_id["org_sco"] == "Q485207"
    assert by_id["org_cis"] == "Q7779"
    assert by_id["org_ots"] == "Q596850"
    assert by_id["org_un"] == "Q1065"
    assert by_id["gpe_kyrgyzstan"] == "Q813"
    assert by_id["gpe_bishkek"] == "Q9361"
    assert by_id["per_vladimir_putin"] == "Q7747"
    assert by_id["per_sadyr_japarov"] is None


# (seed, mention exactly as the seed writes it, entity it must resolve to)
SEED_MENTIONS = [
    ("000", "KGAÖ", "org_csto"),
    ("000", "KAZAKBAYEV", "per_ruslan_kazakbayev"),
    ("000", "R. Kazakbayev", "per_ruslan_kazakbayev"),
    ("000", "Kabar", "org_kabar"),
    ("000", "Bişkek", "gpe_bishkek"),
    ("000", "Kırgızistan Dışişleri Bakanlığı", "org_kg_mfa"),
    ("000", "GBNews", "org_gbnews"),
    ("000", "KGAÖ Dışişleri Bakanları Konseyi", "org_csto_cfm"),
    ("000", "KGAÖ DIŞİŞLERİ BAKANLARI KONSEYİ", "org_csto_cfm"),
    ("000", "KGAÖ Bakanlar Konseyi", "org_csto_cfm"),
    ("000", "KGAÖ CFM", "org_csto_cfm"),
    ("000", "Ortak Güvenlik Konseyi", "org_csto_csc"),
    ("000", "Kırgız Cumhuriyeti", "gpe_kyrgyzstan"),
    ("000", "CIS", "org_cis"),
    ("000", "SCO", "org_sco"),
    ("000", "S. Zas", "per_stanislav_zas"),
    ("000", "Rusya", "gpe_russia"),
    ("000", "BM", "org_un"),
    ("000", "BM Barışı Koruma Operasyonları", "org_un_dpo"),
    ("000", "Jean-Paul Lacroix", "per_jean_pierre_lacroix"),
    ("000", "Tacikistan Cumhuriyeti", "gpe_tajikistan"),
    ("000", "AVRASYA \nİNCELEMELERİ \nMERKEZİ", "org_avim"),
    ("000", "CENTER FOR \nEURASIAN STUDIES", "org_avim"),
    ("001", "Kolektif Güvenlik Anlaşması Örgütü", "org_csto"),
    ("001", "Bişkek", "gpe_bishkek"),
    ("001", "Kazakistan", "gpe_kazakhstan"),
    ("001", "Tacikistan", "gpe_tajikistan"),
    ("001", "Belarus", "gpe_belarus"),
    ("001", "Ermenistan", "gpe_armenia"),
    ("001", "Kırgızistan Cumhurbaşkanlığı", "org_kg_presidency"),
    ("001", "Sagınbek Abdumutalip", "per_sagynbek_abdumutalip"),
    ("001", "Abdumutalip", "per_sagynbek_abdumutalip"),
    ("001", "Vladimir Putin", "per_vladimir_putin"),
    ("001", "Putin", "per_vladimir_putin"),
    ("001", "Sadır Caparov", "per_sadyr_japarov"),
    ("001", "Avrasya Ekonomik Birliği", "org_eaeu"),
    ("001", "AEB", "org_eaeu"),
    ("001", "Bağımsız Devletler Topluluğu", "org_cis"),
    ("001", "BDT", "org_cis"),
    ("001", "Şanghay İşbirliği Örgütü", "org_sco"),
    ("001", "ŞİÖ", "org_sco"),
    ("002", "Kirgizistan", "gpe_kyrgyzstan"),
    ("002", "Kirgizistan Cumhuriyeti", "gpe_kyrgyzstan"),
    ("002", "Caparov", "per_sadyr_japarov"),
    ("002", "Sadir Caparov", "per_sadyr_japarov"),
    ("002", "Tasmagambetov", "per_imangali_tasmagambetov"),
    ("002", "Imangali Tasmagambetov", "per_imangali_tasmagambetov"),
    ("002", "BISKEK", "gpe_bishkek"),
    ("002", "AA", "org_anadolu_agency"),
    ("002", "Kolektif Güvenlik Antlasmasi Örgütü", "org_csto"),
    ("002", "Kirgizistan Cumhurbaskanligi", "org_kg_presidency"),
    ("002", "KGAÖ Baris Gücü", "org_csto_peacekeeping"),
    ("002", "Sanghay Isbirligi Örgütü", "org_sco"),
    ("002", "SIÖ", "org_sco"),
    ("002", "Birlesmis Milletler", "org_un"),
    ("002", "Bagimsiz Devletler Toplulugu", "org_cis"),
    ("002", "Disisleri Bakanligi", "org_kg_mfa"),
    ("002", "Ceenbek Kulubayev", "per_jeenbek_kulubaev"),
    ("002", "Kulubayev", "per_jeenbek_kulubaev"),
    ("002", "Nazir Aliyev", "per_nazir_aliyev"),
    ("003", "Türk Devletleri Teşkilatı", "org_ots"),
    ("003", "TDT", "org_ots"),
    ("003", "Türk Devletleri Teşkilatı Dışişleri Bakanları Konseyi", "org_ots_cfm"),
    ("003", "Türkiye Cumhuriyeti", "gpe_turkiye"),
    ("003", "Mevlüt Çavuşoğlu", "per_mevlut_cavusoglu"),
    ("003", "Azerbaycan Cumhuriyeti", "gpe_azerbaijan"),
    ("003", "Ceyhun Bayramov", "per_jeyhun_bayramov"),
    ("003", "Bayramov", "per_jeyhun_bayramov"),
    ("003", "Kazakistan Cumhuriyeti", "gpe_kazakhstan"),
    ("003", "Muhtar Tileuberdi", "per_mukhtar_tileuberdi"),
    ("003", "Ruslan Kazakbayev", "per_ruslan_kazakbayev"),
    ("003", "Özbekistan", "gpe_uzbekistan"),
    ("003", "Özbekistan Cumhuriyeti", "gpe_uzbekistan"),
    ("003", "Abdülaziz Kamilov", "per_abdulaziz_kamilov"),
    ("003", "Abdulaziz Kamilov", "per_abdulaziz_kamilov"),
    ("003", "Macaristan", "gpe_hungary"),
    ("003", "Macaristan Hükümeti", "org_hu_government"),
    ("003", "Péter Szijjártó", "per_peter_szijjarto"),
    ("003", "Türkmenistan", "gpe_turkmenistan"),
    ("003", "Raşid Meredov", "per_rashid_meredov"),
    ("003", "Rashid Meredov", "per_rashid_meredov"),
    ("003", "Baghdad Amreyev", "per_baghdad_amreyev"),
    ("003", "Tokayev", "per_kassym_jomart_tokayev"),
    ("003", "Alikhan Smailov", "per_alikhan_smailov"),
    ("003", "Kazakistan Cumhuriyeti Güvenlik Konseyi", "org_kz_security_council"),
    ("003", "Kazakistan Cumhuriyeti Parlamentosu", "org_kz_parliament"),
    ("003", "Kolektif Güvenlik Antlaşması Örgütü", "org_csto"),
    ("003", "Kırgızistan Silahlı Kuvvetleri", "org_kg_armed_forces"),
    ("003", "Orta Asya", "loc_central_asia"),
    ("003", "Orta Avrupa", "loc_central_europe"),
    ("003", "Avrupa", "loc_europe"),
    ("003", "Almatı", "gpe_almaty"),
    ("004", "Руслан Казакбаев", "per_ruslan_kazakbayev"),
    ("004", "Душанбе", "gpe_dushanbe"),
    ("004", "ЖККУ", "org_csto"),
    ("004", "Жамааттык Коопсуздук Келишими Уюму", "org_csto"),
    ("004", "Бишкек", "gpe_bishkek"),
    ("004", "Кабар", "org_kabar"),
    ("004", "Тажикстан", "gpe_tajikistan"),
    ("004", "Тажикстан Республикасы", "gpe_tajikistan"),
    ("004", "Кыргыз Республикасы", "gpe_kyrgyzstan"),
    ("004", "Кыргызстан", "gpe_kyrgyzstan"),
    ("004", "КР ТИМ", "org_kg_mfa"),
    ("004", "Афганистан", "gpe_afghanistan"),
    ("004", "КМШ", "org_cis"),
    ("004", "ШКУ", "org_sco"),
    ("004", "Борбордук Азия", "loc_central_asia"),
    ("004", "Баткен", "gpe_batken"),
    ("004", "Баткен району", "gpe_batken_district"),
    ("004", "Эмомали Рахмон", "per_emomali_rahmon"),
    ("004", "Россия Федерациясы", "gpe_russia"),
    ("004", "Америка Кошмо Штаттары", "gpe_usa"),
    ("004", "ЖККУнун ТИМК", "org_csto_cfm"),
    ("004", "ЖККУнун жамааттык коопсуздук кеңеши", "org_csto_csc"),
    ("004", "Жамааттык Коопсуздук Кеңеши", "org_csto_csc"),
    ("004", "кыргыз-тажик мамлекеттик чек арасы", "loc_kg_tj_border"),
    ("004", "Нюрнбергдеги Эл аралык аскер трибуналы", "org_imt_nuremberg"),
]


@pytest.mark.parametrize(("seed", "mention", "expected"), SEED_MENTIONS)
def test_seed_mentions_resolve_by_folded_alias(
    index: dict[str, tuple[KnowledgeEntity, ...]], seed: str, mention: str, expected: str
) -> None:
    assert mention in seed_text(seed), "the mention must be copied from the seed as written"
    assert [entity.id for entity in lookup(index, mention)] == [expected]


def test_domain_md_alias_sets_resolve_together(index: dict[str, tuple[KnowledgeEntity, ...]]) -> None:
    groups = {
        "org_csto": ["KGAÖ", "Kolektif Güvenlik Antlaşması Örgütü", "ЖККУ", "ОДКБ", "CSTO"],
        "org_sco": ["ŞİÖ", "SİÖ", "ШКУ", "ШОС", "SCO"],
        "org_cis": ["BDT", "КМШ", "СНГ", "CIS"],
        "org_ots": ["TDT", "Türk Devletleri Teşkilatı", "OTS", "Türk Konseyi"],
        "org_eaeu": ["AEB", "ЕАЭБ", "ЕАЭС", "EAEU"],
        "org_un": ["BM", "БУУ", "ООН", "UN"],
        "org_eu": ["AB", "ЕС", "EU"],
        "org_osce": ["AGİT", "ОБСЕ", "OSCE"],
        "gpe_astana": ["Astana", "Nur-Sultan", "Нур-Султан"],
    }
    for expected, forms in groups.items():
        for form in forms:
            assert [entity.id for entity in lookup(index, form)] == [expected], form


# --- Folding ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("İSTANBUL", "istanbul"),
        ("Kırgızistan", "kirgizistan"),
        ("Kirgizistan", "kirgizistan"),
        ("KIRGIZİSTAN", "kirgizistan"),
        ("KGAÖ'nün", "kgao'nun"),
        ("KGAÖ’nün", "kgao'nun"),
        ("kgaonun", "kgaonun"),
        ("Cumhurbaşkanlığı", "cumhurbaskanligi"),
        ("Hâkim, Îmar, Ûmran", "hakim, imar, umran"),
        ("ЖККУнун", "жккунун"),
        ("Қазақстан Ұжымдық Өзбекстан Түркмөнстан", "қазақстан ұжымдық өзбекстан түркмөнстан"),
        ("Йошкар ЙОД", "йошкар йод"),
        ("ОБЪЕДИНЁННЫХ", "объединенных"),
        ("straße", "strasse"),
        ("Szijjártó", "szijjarto"),
        ("ﬁnal", "final"),
        ("Oʻzbekiston", "o'zbekiston"),
        ("Kırgız \nCumhuriyeti", "kirgiz cumhuriyeti"),
        ("Biş\u00adkek", "biskek"),
        ("🇰🇬 Bişkek 😀", "🇰🇬 biskek 😀"),
        ("", ""),
    ],
)
def test_folding(text: str, folded: str) -> None:
    assert fold_for_matching(text) == folded
    assert fold_with_offsets(text)[0] == folded


def test_turkish_and_ascii_typed_turkish_fold_alike() -> None:
    pairs = [
        ("Kırgızistan Cumhurbaşkanı Sadır Caparov", "Kirgizistan Cumhurbaskani Sadir Caparov"),
        ("Kolektif Güvenlik Antlaşması Örgütü", "Kolektif Guvenlik Antlasmasi Orgutu"),
        ("İŞBİRLİĞİ", "isbirligi"),
        ("Dışişleri Bakanlığı", "DISISLERI BAKANLIGI"),
    ]
    for proper, typed in pairs:
        assert fold_for_matching(proper) == fold_for_matching(typed)


def test_decomposed_letters_fold_like_precomposed_ones() -> None:
    assert fold_for_matching("Bis\u0327kek") == fold_for_matching("Bişkek") == "biskek"
    assert fold_for_matching("I\u0307stanbul") == "istanbul"  # İ written as I + combining dot
    assert fold_for_matching("İ".lower()) == "i"  # str.lower() makes that two code points
    assert fold_for_matching("Кыргызстан\u0301") == "кыргызстан"  # a stress mark is not a letter
    assert fold_for_matching("и\u0306") == fold_for_matching("й") == "й"
    assert fold_for_matching("е\u0308") == "е"


def test_cyrillic_letters_are_not_stripped_to_look_alikes() -> None:
    assert fold_for_matching("й") != fold_for_matching("и")
    assert fold_for_matching("қ") != fold_for_matching("к")
    assert fold_for_matching("Ө") == "ө"


def test_offsets_map_every_folded_character_back() -> None:
    for text in ["İSTANBUL", "straße", "Bis\u0327kek'te", "AVRASYA \nİNCELEMELERİ", "ЖККУнун", "x😀y", "ﬁ"]:
        folded, offsets = fold_with_offsets(text)
        assert len(offsets) == len(folded)
        assert offsets == sorted(offsets)
        assert all(0 <= offset < len(text) for offset in offsets)


def test_offsets_of_tricky_inputs() -> None:
    assert fold_with_offsets("İSTANBUL") == ("istanbul", list(range(8)))
    assert fold_with_offsets("straße") == ("strasse", [0, 1, 2, 3, 4, 4, 5])
    assert fold_with_offsets("Bis\u0327kek") == ("biskek", [0, 1, 2, 4, 5, 6])
    assert fold_with_offsets("a \n b") == ("a b", [0, 1, 4])
    assert fold_with_offsets("😀Bişkek") == ("😀biskek", list(range(7)))


def _find(text: str, alias: str) -> tuple[int, int]:
    folded, offsets = fold_with_offsets(text)
    start = folded.index(alias_key(alias))
    return original_span(text, offsets, start, start + len(alias_key(alias)))


def test_a_match_in_folded_text_maps_to_exact_original_offsets() -> None:
    text = "😀 KGAÖ'nün zirvesi Bis\u0327kek'te, ЖККУнун жыйыны; straße"
    start, end = _find(text, "KGAÖ")
    assert text[start:end] == "KGAÖ"
    start, end = _find(text, "Bişkek")
    assert text[start:end] == "Bis\u0327kek"  # the combining cedilla stays inside the span
    start, end = _find(text, "ЖККУ")
    assert text[start:end] == "ЖККУ"
    start, end = _find(text, "strasse")
    assert text[start:end] == "straße"
    folded, offsets = fold_with_offsets(text)
    half = folded.index("stras")
    assert original_span(text, offsets, half, half + 5) == (text.index("straße"), text.index("straße") + 5)
    with pytest.raises(ValueError):
        original_span(text, offsets, 3, 3)


@pytest.mark.parametrize(
    ("seed", "alias", "surface"),
    [
        ("001", "Bişkek", "Bişkek"),
        ("002", "Bişkek", "BISKEK"),
        ("002", "KGAÖ", "KGAÖ"),
        ("003", "Çavuşoğlu", "Çavuşoğlu"),
        ("004", "ЖККУ", "ЖККУ"),
        ("004", "Бишкек", "Бишкек"),
        ("000", "Avrasya İncelemeleri Merkezi", "AVRASYA \nİNCELEMELERİ \nMERKEZİ"),
    ],
)
def test_every_folded_occurrence_in_a_seed_maps_back_to_the_surface_form(
    seed: str, alias: str, surface: str
) -> None:
    text = seed_text(seed)
    folded, offsets = fold_with_offsets(text)
    key = alias_key(alias)
    spans = [
        original_span(text, offsets, match.start(), match.end())
        for match in re.finditer(re.escape(key), folded)
    ]
    assert spans
    assert {text[start:end] for start, end in spans} == {surface}


def test_folding_a_long_document_is_linear() -> None:
    text = seed_text("003") * 40  # about 360 000 characters
    folded, offsets = fold_with_offsets(text)
    assert len(offsets) == len(folded)
    assert fold_for_matching(text) == folded


# --- Malformed files -------------------------------------------------------------------------------------

VALID = {
    "version": 1,
    "entities": [
        {
            "id": "org_csto",
            "name": "Collective Security Treaty Organization",
            "type": "ORG",
            "subtype": "IGO",
            "aliases": ["KGAÖ", "ЖККУ"],
            "wikidata": "Q318693",
            "notes": "",
        },
        {
            "id": "gpe_bishkek",
            "name": "Bishkek",
            "type": "GPE",
            "subtype": None,
            "aliases": ["Bişkek"],
            "wikidata": None,
            "notes": "not verified",
            "sources": "seed 001",
        },
    ],
}


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "kb.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _broken(change) -> dict:
    data = copy.deepcopy(VALID)
    change(data)
    return data


def test_a_valid_file_loads(tmp_path: Path) -> None:
    entities = load_knowledge_base(_write(tmp_path, VALID))
    assert [entity.id for entity in entities] == ["org_csto", "gpe_bishkek"]
    assert entities[0].aliases == ("KGAÖ", "ЖККУ")
    assert entities[1].sources == "seed 001"
    assert entities[1].surface_forms == ("Bishkek", "Bişkek")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["entities"][0].pop("aliases"), r"entity #1 \(org_csto\): missing field 'aliases'"),
        (lambda d: d["entities"][1].pop("wikidata"), r"entity #2 \(gpe_bishkek\): missing field 'wikidata'"),
        (lambda d: d["entities"][1].update(id="org_csto"), r"entity #2: duplicate id 'org_csto'"),
        (lambda d: d["entities"][0].update(type="ORGANIZATION"), r"type 'ORGANIZATION' is not one of PER"),
        (lambda d: d["entities"][0].update(type="TITLE"), r"type 'TITLE' is not one of"),
        (lambda d: d["entities"][0].update(subtype="NGO"), r"subtype 'NGO' is not one of IGO"),
        (lambda d: d["entities"][1].update(subtype="GOV"), r"only ORG entities have a subtype"),
        (lambda d: d["entities"][0].update(wikidata="Q0"), r"wikidata 'Q0' is not a Wikidata item id"),
        (lambda d: d["entities"][0].update(wikidata="q318693"), r"wikidata 'q318693' is not"),
        (lambda d: d["entities"][0].update(wikidata="Q318693\n"), r"is not a Wikidata item id"),
        (lambda d: d["entities"][0].update(wikidata="P31"), r"wikidata 'P31' is not"),
        (lambda d: d["entities"][0].update(wikidata=318693), r"wikidata 318693 is not"),
        (lambda d: d["entities"][1].update(wikidata="Q318693"), r"Q318693 is already the id of 'org_csto'"),
        (lambda d: d["entities"][0].update(alias=["x"]), r"unknown field 'alias'"),
        (lambda d: d["entities"][0].update(aliases="KGAÖ"), r"'aliases' must be a list of strings"),
        (lambda d: d["entities"][0].update(aliases=["KGAÖ", 5]), r"'aliases\[2\]' must be a string"),
        (lambda d: d["entities"][0].update(aliases=["  "]), r"'aliases\[1\]' is empty"),
        (lambda d: d["entities"][0].update(aliases=["\u200b"]), r"nothing left to match once folded"),
        (lambda d: d["entities"][0].update(name=""), r"'name' is empty"),
        (lambda d: d["entities"][0].update(id="Org-CSTO"), r"id 'Org-CSTO' must be lower-case"),
        (lambda d: d["entities"][0].update(notes=None), r"'notes' must be a string"),
        (lambda d: d["entities"].append("Bishkek"), r"entity #3 must be an object"),
        (lambda d: d.pop("version"), r"'version' must be 1"),
        (lambda d: d.update(version=2), r"'version' must be 1, found 2"),
        (lambda d: d.update(entities={}), r"'entities' must be a list"),
        (lambda d: d.update(entity=[]), r"unknown top-level field 'entity'"),
    ],
)
def test_malformed_entities_give_clear_errors(tmp_path: Path, change, message: str) -> None:
    path = _write(tmp_path, _broken(change))
    with pytest.raises(CuratorError, match=message) as caught:
        load_knowledge_base(path)
    assert str(caught.value).startswith(str(path))


def test_a_file_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "kb.json"
    path.write_text('{"version": 1, "entities": [}', encoding="utf-8")
    with pytest.raises(CuratorError, match=r"not valid JSON: .*line 1, column"):
        load_knowledge_base(path)


def test_a_key_written_twice_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "kb.json"
    path.write_text('{"version": 1, "version": 1, "entities": []}', encoding="utf-8")
    with pytest.raises(CuratorError, match=r"the key 'version' appears twice"):
        load_knowledge_base(path)


def test_a_top_level_list_and_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CuratorError, match=r"top level must be an object"):
        load_knowledge_base(_write(tmp_path, VALID["entities"]))
    with pytest.raises(CuratorError, match=r"cannot read the knowledge base"):
        load_knowledge_base(tmp_path / "missing.json")
    (tmp_path / "latin1.json").write_bytes('{"a": "Bişkek"}'.encode("cp1254"))
    with pytest.raises(CuratorError, match=r"not UTF-8"):
        load_knowledge_base(tmp_path / "latin1.json")


def test_parse_names_its_source_and_tidies_aliases() -> None:
    data = _broken(
        lambda d: d["entities"][0].update(
            aliases=[" KGAÖ ", "KGAÖ", "Collective Security Treaty Organization"]
        )
    )
    entities = parse_knowledge_base(data, "project KB")
    assert entities[0].aliases == ("KGAÖ",)
    with pytest.raises(CuratorError, match=r"^project KB: entity #1 \(org_csto\): missing field 'notes'"):
        parse_knowledge_base(_broken(lambda d: d["entities"][0].pop("notes")), "project KB")
