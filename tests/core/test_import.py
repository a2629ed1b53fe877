"""Importing text files and folders: what lands in the database, what the report says, and that a bad
file costs only itself (nothing of it is stored, one error line names it, the other files go in)."""

from __future__ import annotations

import hashlib
import os
import pathlib
import random
import sqlite3
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from curator.core import importers
from curator.core.importers import IMPORT_FORMATS, ImportProblem, ImportReport, import_paths
from curator.core.project.resources import SAMPLE_DOCS_DIR
from curator.core.project.setup import open_project
from curator.core.queries import get_document, list_documents, list_spans, project_stats
from curator.core.storage import Project
from tests.helpers.engines import ENGINES, open_on

KYRGYZ = "Бүгүн, 19-майда Душанбеде Кыргыз Республикасынын тышкы иштер министри Руслан Казакбаев катышты."
RUSSIAN = (
    "Министр иностранных дел Кыргызской Республики Руслан Казакбаев принял участие в очередном "
    "заседании Совета министров иностранных дел ОДКБ в Душанбе. Об этом сообщает пресс-служба МИД."
)
TURKISH = (
    "Kırgızistan Dışişleri Bakanlığı basın servisinden aktarılan habere göre, Bakan Ruslan Kazakbayev "
    "KGAÖ toplantısına katıldı ve üye devletler tarafından alınan önlemleri değerlendirdi."
)
KAZAKH = (
    "Қазақстан Республикасының Сыртқы істер министрі Мұхтар Тілеуберді ҰҚШҰ сессиясына қатысты. "
    "Кездесуде өңірлік қауіпсіздік мәселелері талқыланды."
)
GOOD = "Bakan Kazakbayev Bişkek'te KGAÖ Genel Sekreteri ile görüştü ve bölgesel güvenliği ele aldı."


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    with open_on(request, tmp_path, "tester") as opened:
        yield opened


@pytest.fixture
def project_file(tmp_path: Path) -> Iterator[Project]:
    """A project file, for the tests about the file itself (the disk it is on filling up)."""
    with open_project(tmp_path / "test.curator", annotator="tester") as opened:
        yield opened


def texts(project: Project) -> list[str]:
    return [get_document(project, summary.id).text for summary in list_documents(project)]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def assert_only_good_imported(project: Project, report: ImportReport, bad: Path, message: str) -> None:
    """The bad file is reported by path with `message`, and only the good file is in the database."""
    assert [problem.line() for problem in report.problems] == [f"error: {bad}: {message}"]
    assert f"error: {bad}: {message}" in report.lines()
    assert not report.ok
    assert texts(project) == [GOOD]
    assert report.files_ok == 1 and report.documents_added == 1


# --- the seed corpus ----------------------------------------------------------------------------


def test_sample_docs_import_with_languages_titles_and_provenance(project: Project) -> None:
    report = import_paths(project, [SAMPLE_DOCS_DIR])

    assert report.ok and not report.notes and not report.skipped and not report.cancelled
    assert (report.documents_added, report.duplicates, report.spans_added, report.files_ok) == (5, 0, 0, 5)
    assert report.lines() == ["imported 5 documents, 0 spans from 5 files"]
    documents = list_documents(project)
    # The agency the text names is the source; a file without one keeps its file name (see meta["path"]).
    names = sorted(p.name for p in SAMPLE_DOCS_DIR.glob("*.txt"))
    assert [d.source for d in documents] == ["Kabar", names[1], "AA", names[3], "Кабар"]
    assert [d.pub_date for d in documents] == ["2020-12-02", "2025-11-24", None, "2022-01-11", "2021-05-19"]
    assert [d.language for d in documents] == ["tr", "tr", "tr", "tr", "ky"]
    titles = [d.title for d in documents]
    # The masthead "AVRASYA / İNCELEMELERİ / ..." is passed over and the wrapped headline joined.
    assert titles[0] == (
        "KAZAKBAYEV, KGAÖ DIŞİŞLERİ BAKANLARI KONSEYİ'NİN VİDEO KONFERANS YOLUYLA OLAĞAN TOPLANTISINA KATILDI"
    )
    # The glued metadata field "date 2025-11-24 " and the glued byline stay out of the title.
    assert titles[1] == (
        "Kolektif Güvenlik Anlaşması Örgütü (KGAÖ) liderleri, 27 Kasım'da Bişkek'te "
        "yapılacak zirvede, güncel güvenlik konularındaki ortak tutumlarını yansıtan bildirge kabul edecek."
    )
    assert titles[2] == "Kirgizistan Cumhurbaskani Caparov, KGAÖ Genel Sekreteri Tasmagambetov'u kabul etti"
    assert titles[3] == (
        "Türk Devletleri Teşkilatı, Kazakistan'daki durumla ilgili Olağanüstü Dışişleri Bakanları "
        "Toplantısını gerçekleştirdi"
    )
    # The currency ticker lines above the headline carry no words and are passed over.
    assert titles[4] == "Министр Руслан Казакбаев Душанбеде өткөн ЖККУнун кезектеги жыйынына катышты"
    for summary, path in zip(documents, sorted(SAMPLE_DOCS_DIR.glob("*.txt")), strict=True):
        document = get_document(project, summary.id)
        assert document.text == unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        data = path.read_bytes()
        provenance = {
            key: document.meta[key] for key in ("path", "encoding", "original_sha256", "original_size")
        }
        assert provenance == {
            "path": str(path),
            "encoding": "utf-8",
            "original_sha256": hashlib.sha256(data).hexdigest(),
            "original_size": len(data),
        }
        assert set(document.meta) - set(provenance) <= {
            "author", "dateline_place", "url", "ascii_turkish", "metadata_notes"
        }  # fmt: skip
        assert document.status == "new"


def test_reimporting_the_same_content_is_a_reported_no_op(project: Project) -> None:
    import_paths(project, [SAMPLE_DOCS_DIR])
    before = project_stats(project)

    report = import_paths(project, [SAMPLE_DOCS_DIR])

    assert report.ok
    assert (report.documents_added, report.duplicates, report.files_ok) == (0, 5, 5)
    assert report.lines() == ["nothing imported: all 5 documents from 5 files are already in the project"]
    assert project_stats(project) == before


def test_a_duplicate_among_new_files_is_counted_and_skipped(project: Project, tmp_path: Path) -> None:
    write(tmp_path / "in" / "a.txt", GOOD)
    write(tmp_path / "in" / "b.txt", GOOD.replace("görüştü", "görüşecek"))
    write(tmp_path / "in" / "c.txt", GOOD + "\n")  # other bytes, other content
    write(tmp_path / "in" / "d.txt", GOOD)

    report = import_paths(project, [tmp_path / "in"])

    assert (report.documents_added, report.duplicates) == (3, 1)
    assert (
        report.lines()[-1]
        == "imported 3 documents, 0 spans from 4 files; 1 duplicate skipped (already in the project)"
    )


# --- decoding ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoding", "language"),
    [
        (RUSSIAN, "cp1251", "ru"),
        (RUSSIAN, "koi8_r", "ru"),
        (TURKISH, "cp1254", "tr"),
        (KAZAKH, "kz1048", "kk"),
        (KAZAKH, "ptcp154", "kk"),
    ],
)
def test_legacy_encoding_is_decoded_noted_and_recorded(
    project: Project, tmp_path: Path, text: str, encoding: str, language: str
) -> None:
    path = write(tmp_path / "legacy.txt", text.encode(encoding))

    report = import_paths(project, [path])

    assert report.ok
    assert report.notes == [f"{path}: decoded as {encoding}"]
    assert f"note: {path}: decoded as {encoding}" in report.lines()
    (summary,) = list_documents(project)
    document = get_document(project, summary.id)
    assert document.text == text
    assert document.language == language
    assert document.meta["encoding"] == encoding


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_decoded_and_noted(project: Project, tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path / "ky.txt", ("\ufeff" + KYRGYZ + "\r\n").encode(encoding))

    report = import_paths(project, [path])

    assert report.ok and report.notes == [f"{path}: decoded as utf-16"]
    document = get_document(project, list_documents(project)[0].id)
    assert document.text == KYRGYZ + "\n"
    assert (document.language, document.meta["encoding"]) == ("ky", "utf-16")


def test_utf8_bom_is_stripped_without_a_note(project: Project, tmp_path: Path) -> None:
    path = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + KYRGYZ.encode("utf-8"))

    report = import_paths(project, [path])

    assert report.ok and report.notes == []
    assert texts(project) == [KYRGYZ]


def test_newlines_and_unicode_are_normalised_in_plain_text(project: Project, tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Bişkek'te KGAÖ toplantısı")
    path = write(tmp_path / "mixed.md", f"Başlık\r\n{decomposed}\rson satır\n".encode())

    import_paths(project, [path])

    assert texts(project) == ["Başlık\nBişkek'te KGAÖ toplantısı\nson satır\n"]


def test_long_first_line_is_cut_at_a_word_for_the_title(project: Project, tmp_path: Path) -> None:
    line = " ".join(["Kırgızistan"] * 40)
    import_paths(project, [write(tmp_path / "long.txt", line + "\n\nMetin.")])

    (summary,) = list_documents(project)
    assert len(summary.title) <= 200
    assert summary.title.endswith("Kırgızistan…")


# --- bad input: named, nothing of that file stored, the rest imported ------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary file, not text"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 20 + b"text", "binary file, not text"),
        (b"", "empty file"),
        (b"  \n\t\r\n  ", "empty file"),
        (b"\xff\xfe" + "   \n".encode("utf-16-le"), "empty file"),
        (
            bytes(random.Random(7).randrange(0x80, 0x100) for _ in range(3000)),
            "cannot decode: unknown encoding",
        ),
    ],
    ids=["png", "control-chars", "zero-bytes", "whitespace", "utf16-whitespace", "random-bytes"],
)
def test_bad_text_file_is_refused_and_others_go_in(
    project: Project, tmp_path: Path, content: bytes, message: str
) -> None:
    write(tmp_path / "in" / "a_good.txt", GOOD)
    bad = write(tmp_path / "in" / "b_bad.txt", content)

    report = import_paths(project, [tmp_path / "in"])

    assert_only_good_imported(project, report, bad, message)
    assert report.lines()[-1] == "imported 1 document, 0 spans from 1 file; 1 file failed"


def test_utf8_file_with_a_corrupt_byte_points_at_its_line(project: Project, tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", GOOD)
    lines = [f"{n}. satır: Bişkek'te KGAÖ toplantısı yapıldı ve bakanlar katıldı." for n in range(1, 6)]
    data = "\n".join(lines).encode("utf-8")
    at = data.index(b"3. sat")
    bad = write(tmp_path / "corrupt.txt", data[:at] + b"\x92" + data[at:])

    report = import_paths(project, [good, bad])

    message = "cannot decode: unknown encoding (UTF-8 except 1 byte sequence, the first on line 3)"
    assert_only_good_imported(project, report, bad, message)


def test_unreadable_file_is_reported_with_the_reason(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = write(tmp_path / "good.txt", GOOD)
    bad = write(tmp_path / "locked.txt", "Gizli metin burada ve okunamaz.")
    real_read_bytes = pathlib.Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)

    report = import_paths(project, [bad, good])

    assert_only_good_imported(project, report, bad, "cannot read: Permission denied")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file")
def test_file_without_read_permission_is_reported(project: Project, tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", GOOD)
    bad = write(tmp_path / "locked.txt", "Gizli metin burada ve okunamaz.")
    bad.chmod(0)
    try:
        report = import_paths(project, [bad, good])
    finally:
        bad.chmod(0o644)

    assert_only_good_imported(project, report, bad, "cannot read: Permission denied")


def test_missing_path_and_named_file_of_unknown_type_are_errors(project: Project, tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", GOOD)
    named = write(tmp_path / "report.rtf", b"{\\rtf1 }")
    missing = tmp_path / "nowhere.txt"

    report = import_paths(project, [missing, named, good])

    assert [p.line() for p in report.problems] == [
        f"error: {missing}: no such file or folder",
        f"error: {named}: unknown file type (.rtf); importable: .txt .md .jsonl .json .ndjson"
        " .conll .bio .iob .ann .html .htm .xhtml .pdf .docx .zip .csv .tsv",
    ]
    assert texts(project) == [GOOD]


# --- folders, formats, progress and cancelling ------------------------------------------------


def test_folder_walk_is_recursive_sorted_and_skips_hidden_and_unknown_files(
    project: Project, tmp_path: Path
) -> None:
    root = tmp_path / "corpus"
    write(root / "b.txt", "İkinci belge ve metin.")
    write(root / "a" / "z.md", "Birinci belge ve metin.")
    write(root / "c" / "d" / "e.txt", "Üçüncü belge ve metin.")
    write(root / ".hidden.txt", "Gizli belge ve metin.")
    write(root / ".git" / "notes.txt", "Git içi belge ve metin.")
    write(root / "scan.rtf", b"{\\rtf1 }")
    write(root / "c" / "image.png", b"\x89PNG")

    report = import_paths(project, [root, root / "b.txt"])  # b.txt named twice: read once

    assert report.ok
    assert texts(project) == ["Birinci belge ve metin.", "İkinci belge ve metin.", "Üçüncü belge ve metin."]
    assert report.skipped == [root / "c" / "image.png", root / "scan.rtf"]
    assert (
        f"skipped 2 files of unknown type: {root / 'c' / 'image.png'}, {root / 'scan.rtf'}" in report.lines()
    )


def test_named_format_reads_named_files_whatever_their_extension(project: Project, tmp_path: Path) -> None:
    log = write(tmp_path / "notes.log", GOOD)
    write(tmp_path / "folder" / "skip.log", "Bu dosya atlanır ve okunmaz.")
    write(tmp_path / "folder" / "keep.txt", "Bu dosya okunur ve eklenir.")

    report = import_paths(project, [log, tmp_path / "folder"], fmt="txt")

    assert report.ok and report.skipped == [tmp_path / "folder" / "skip.log"]
    assert texts(project) == [GOOD, "Bu dosya okunur ve eklenir."]


def test_unknown_format_name_is_refused() -> None:
    assert IMPORT_FORMATS == tuple(
        "txt jsonl doccano conll brat html pdf docx zip csv records brackets".split()
    )
    with pytest.raises(ImportProblem, match="unknown import format 'rtf'"):
        import_paths(None, [], fmt="rtf")  # type: ignore[arg-type]


def test_progress_is_called_after_every_file_including_failed_ones(project: Project, tmp_path: Path) -> None:
    write(tmp_path / "in" / "1.txt", "Birinci belge ve metin.")
    write(tmp_path / "in" / "2.txt", b"")
    write(tmp_path / "in" / "3.txt", "Üçüncü belge ve metin.")
    calls: list[tuple[int, int]] = []

    report = import_paths(
        project, [tmp_path / "in"], progress=lambda done, total: calls.append((done, total))
    )

    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert (report.files_ok, report.files_done, report.files_total, len(report.problems)) == (2, 3, 3, 1)


def test_cancel_after_the_first_file_keeps_it_and_stores_nothing_else(
    project: Project, tmp_path: Path
) -> None:
    for number in range(1, 4):
        write(tmp_path / "in" / f"{number}.txt", f"Belge {number} ve metin.")
    calls: list[tuple[int, int]] = []

    report = import_paths(
        project,
        [tmp_path / "in"],
        progress=lambda done, total: calls.append((done, total)),
        is_cancelled=lambda: len(calls) >= 2,  # (0, 3) before the first file, (1, 3) after it
    )

    assert report.cancelled and report.ok
    assert calls == [(0, 3), (1, 3)]
    assert texts(project) == ["Belge 1 ve metin."]
    assert report.lines() == [
        "cancelled after 1 of 3 files; the files imported before that are kept",
        "imported 1 document, 0 spans from 1 file",
    ]


def test_cancel_between_store_chunks_rolls_back_the_whole_file(project: Project, tmp_path: Path) -> None:
    lines = [
        f'{{"text": "Belge {n} ve metin.", "spans": [{{"start": 0, "end": 5, "label": "NEW"}}]}}'
        for n in range(5)
    ]
    path = write(tmp_path / "big.jsonl", "\n".join(lines))
    checks = 0

    def is_cancelled() -> bool:
        nonlocal checks
        checks += 1
        return checks > 2  # before the file, before chunk 1: go on; before chunk 2: cancel

    chunks = importers.StoreChunks(documents=2)
    report = import_paths(project, [path], is_cancelled=is_cancelled, chunks=chunks)

    assert report.cancelled and report.files_ok == 0
    assert project_stats(project)["documents"] == 0
    assert "NEW" not in project_stats(project)["labels"]


def test_each_file_is_its_own_transaction(project: Project, tmp_path: Path) -> None:
    write(
        tmp_path / "in" / "1.jsonl",
        '{"text": "Birinci belge.", "spans": [{"start": 0, "end": 7, "label": "ORG"}]}',
    )
    write(
        tmp_path / "in" / "2.jsonl",
        '{"text": "İkinci belge."}\n{"text": "Bozuk belge.", "spans": [{"start": 0}]}',
    )
    write(tmp_path / "in" / "3.txt", "Üçüncü belge ve metin.")

    report = import_paths(project, [tmp_path / "in"])

    assert [p.line() for p in report.problems] == [
        f"error: {tmp_path / 'in' / '2.jsonl'}: line 2: span 1 has no label"
    ]
    assert texts(project) == ["Birinci belge.", "Üçüncü belge ve metin."]
    first = list_documents(project)[0]
    assert [(s.start, s.end, s.label, s.source) for s in list_spans(project, first.id)] == [
        (0, 7, "ORG", "import:1.jsonl")
    ]


def test_database_failure_stops_the_import_and_says_so(
    project_file: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(1, 4):
        write(tmp_path / "in" / f"{number}.txt", f"Belge {number} ve metin.")
    real_add_documents = importers.add_documents
    calls = 0

    def add_documents(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))
        return real_add_documents(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importers, "add_documents", add_documents)

    report = import_paths(project_file, [tmp_path / "in"])

    assert [p.line() for p in report.problems] == [
        f"error: {tmp_path / 'in' / '2.txt'}: cannot store in the project: {project_file.path}: "
        "the disk is full (database or disk is full). Free some space, then reopen it."
    ]
    assert report.notes == ["stopped after a database error; 1 file not attempted"]
    assert texts(project_file) == ["Belge 1 ve metin."]


def test_a_huge_text_file_is_refused_before_it_is_read(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's 100 MB case, scaled down: a file over the limit is refused by its size alone."""
    from curator.core.importers import text_file

    monkeypatch.setattr(text_file, "MAX_TEXT_BYTES", 1_000_000)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # sparse: no bytes are written, the size is what counts
        handle.truncate(100_000_000)
    good = tmp_path / "good.txt"
    good.write_text("Bişkek'te toplantı yapıldı.", encoding="utf-8")
    report = import_paths(project, [huge, good])
    assert report.documents_added == 1
    assert [p.message for p in report.problems] == [
        "too large to annotate as one document (100 MB; the limit is 1 MB): split it into articles first"
    ]
