"""Normalisation at import: each repair exactly, with its log line, and the correct text it must leave alone
(a "repair" of correct Turkish or Kyrgyz would corrupt the corpus silently, which is worse than mojibake)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from curator.core.importers import import_paths
from curator.core.importers.normalize import normalize_text, repairs
from curator.core.project.setup import open_project
from curator.core.queries import get_document, list_documents

TURKISH = (
    "Kırgızistan Dışişleri Bakanı Kazakbayev, Bişkek'te KGAÖ Genel Sekreteri ile görüştü: ÜÇ ÖĞE, çağrı."
)
KYRGYZ = "Бүгүн, 19-майда Душанбеде ЖККУнун тышкы иштер министрлеринин кеңеши өттү. Төрага сүйлөдү."
UKRAINIAN = "Україна і Європа: їхні зустрічі в Києві."
KAZAKH = "Қазақстан Сыртқы істер министрі Тілеуберді сессияға қатысты. Їє"


def test_cp1251_read_as_latin1_is_repaired() -> None:
    assert normalize_text("5-àïðåëü") == (
        "5-апрель",
        ["repaired cp1251 mojibake in 1 word (read as Latin-1)"],
    )
    assert normalize_text("Áèøêåê") == ("Бишкек", ["repaired cp1251 mojibake in 1 word (read as Latin-1)"])
    assert normalize_text("5-àïðåëü Áèøêåê øààðûíäà") == (
        "5-апрель Бишкек шаарында",
        ["repaired cp1251 mojibake in 3 words (read as Latin-1)"],
    )


def test_cp1251_short_words_and_abbreviations_only_beside_sure_ones() -> None:
    text, log = normalize_text("Ìèíèñòð â Áèøêåêå, à òàêæå ÌÂÄ (×Ï) 2021")
    assert text == "Министр в Бишкеке, а также МВД (ЧП) 2021"
    assert log == ["repaired cp1251 mojibake in 7 words (read as Latin-1)"]
    # Alone, short candidates are not certain: "à" is French, "ÜÇ" is Turkish capitals.
    for unsure in ("à la maison", "ÜÇ kişi", "àïð", "ÌÂÄ"):
        assert normalize_text(unsure) == (unsure, [])


def test_utf8_read_as_cp1252_is_repaired_by_ftfy() -> None:
    text, log = normalize_text("KÄ±rgÄ±zistan Cumhurbaşkanı Caparov")
    assert text == "Kırgızistan Cumhurbaşkanı Caparov"
    assert len(log) == 1 and log[0].startswith("repaired UTF-8 mojibake in 1 word (read as cp1252; ftfy: ")
    text, log = normalize_text("Ð‘Ð¸ÑˆÐºÐµÐº ÑˆÐ°Ð°Ñ€Ñ‹")
    assert text == "Бишкек шаары"
    assert log[0].startswith("repaired UTF-8 mojibake in 2 words")


def test_ftfy_makes_no_other_changes() -> None:
    """Curly quotes, ligatures, full-width letters, HTML entities and controls are not encoding damage."""
    text = "“Bişkek” ﬁ Ａ &amp; \x1b[0m l’Europe"
    assert normalize_text(text) == (text, [])


def test_newlines_and_nfc_are_logged_with_counts() -> None:
    assert normalize_text("a\r\nb\r\nc\rd") == (
        "a\nb\nc\nd",
        ["newlines: 2 CRLF → LF", "newlines: 1 CR → LF"],
    )
    text, log = normalize_text("Bis\u0327kek'te Kırgızistan\u0301 \u212b")
    assert text == "Bişkek'te Kırgızistań Å"
    assert log == ["NFC: 2 characters composed", "NFC: 1 character replaced by a canonical equivalent"]
    assert repairs(log) == []


def test_kyrgyz_lookalikes_in_kyrgyz_text() -> None:
    text, log = normalize_text("Бїгїн Душанбеде ЖККУнун кеңеши Єттї. ТЄРАГА сїйлєдї.")
    assert text == "Бүгүн Душанбеде ЖККУнун кеңеши Өттү. ТӨРАГА сүйлөдү."
    assert log == ["repaired Kyrgyz letters typed as look-alikes (Є/ї → Ө/Ү) in 4 words"]


def test_kyrgyz_lookalikes_need_kyrgyz_letters_or_the_declared_language() -> None:
    without_kyrgyz_letters = "Бїгїн Душанбеде министрлер жыйыны болду."
    assert normalize_text(without_kyrgyz_letters) == (without_kyrgyz_letters, [])
    assert (
        normalize_text(without_kyrgyz_letters, language="ky")[0] == "Бүгүн Душанбеде министрлер жыйыны болду."
    )
    assert normalize_text("Бїгїн кеңеш", kyrgyz_lookalikes=False) == ("Бїгїн кеңеш", [])


def test_kyrgyz_lookalikes_leave_mixed_case_and_mixed_script_words() -> None:
    text, _log = normalize_text("Бїгїн Душанбеде министрлердин кеңеши болду: тЄгЄрЄк, Їmix.")
    assert text == "Бүгүн Душанбеде министрлердин кеңеши болду: тЄгЄрЄк, Їmix."


def test_kyrgyz_lookalikes_not_in_a_text_with_much_latin() -> None:
    text = "Бїгїн кеңеш: the Council of Foreign Ministers met"
    assert normalize_text(text) == (text, [])


@pytest.mark.parametrize(
    "correct",
    [
        TURKISH,
        KYRGYZ,
        UKRAINIAN,  # real Ukrainian ї/є: no Kyrgyz letters
        UKRAINIAN + " кеңеш",  # і marks it as not Kyrgyz even beside ң
        KAZAKH + " ү",
        "Café à Paris, l'été; Müller Straße, naïve façade, Ærøskøbing, São Paulo",
        "Kirgizistan Cumhurbaskani Caparov 1 Aralik 2020",
        "12.5 1999 €100 • 86.5 • 90.34 • 0.85 19.05.21 %45",
        "Dýþiþleri",  # cp1254 read as cp1252 is decoding's job (text_file), not a certain repair here
        "",
    ],
)
def test_correct_text_is_not_changed(correct: str) -> None:
    assert normalize_text(correct) == (correct, [])


def test_txt_import_repairs_and_logs_and_keeps_the_original_hash(tmp_path: Path) -> None:
    data = "5-àïðåëü Áèøêåê øààðûíäà\r\nжыйын болду.\r\n".encode()
    path = tmp_path / "news.txt"
    path.write_bytes(data)
    with open_project(tmp_path / "p.curator", annotator="tester") as project:
        report = import_paths(project, [path])
        document = get_document(project, list_documents(project)[0].id)
    assert report.ok
    assert report.notes == [f"{path}: repaired cp1251 mojibake in 3 words (read as Latin-1)"]
    assert document.text == "5-апрель Бишкек шаарында\nжыйын болду.\n"
    assert document.meta == {
        "path": str(path),
        "encoding": "utf-8",
        "original_sha256": hashlib.sha256(data).hexdigest(),
        "original_size": len(data),
        "import_log": ["newlines: 2 CRLF → LF", "repaired cp1251 mojibake in 3 words (read as Latin-1)"],
    }


def test_jsonl_import_is_not_normalised(tmp_path: Path) -> None:
    """Offsets in JSONL point at the text as given: normalising would shift the spans."""
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "Áèøêåê øààðûíäà\\r\\nKÄ±rgÄ±zistan"}\n', encoding="utf-8")
    with open_project(tmp_path / "p.curator", annotator="tester") as project:
        assert import_paths(project, [path]).ok
        document = get_document(project, list_documents(project)[0].id)
    assert document.text == "Áèøêåê øààðûíäà\r\nKÄ±rgÄ±zistan"
    assert "import_log" not in document.meta
