"""Importing Prodigy/spaCy and doccano JSONL: spans keep their exact offsets into the text as given, new
labels join the schema and are reported, and every malformed record is named by file and line."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from curator.core.importers import import_paths, jsonl
from curator.core.project.setup import open_project
from curator.core.queries import get_document, list_documents, list_labels, list_spans, project_stats
from curator.core.storage import Project
from tests.helpers.engines import ENGINES, open_on

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
TURKISH = "KGAÖ Dışişleri Bakanları toplantısı Bişkek'te yapıldı."
GOOD_LINE = json.dumps({"text": "Caparov, Tasmagambetov'u kabul etti.", "spans": []}, ensure_ascii=False)


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    with open_on(request, tmp_path, "tester") as opened:
        yield opened


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def jsonl_text(*records: dict) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def stored(project: Project) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Every document's text and its spans as (start, end, label), in import order."""
    return [
        (get_document(project, d.id).text, [(s.start, s.end, s.label) for s in list_spans(project, d.id)])
        for d in list_documents(project)
    ]


def surface(project: Project) -> list[tuple[str, str]]:
    """What each stored span covers: the real check that offsets survived."""
    result = []
    for summary in list_documents(project):
        text = get_document(project, summary.id).text
        result.extend((text[s.start : s.end], s.label) for s in list_spans(project, summary.id))
    return result


# --- Prodigy / spaCy ---------------------------------------------------------------------------


def test_prodigy_file_keeps_offsets_meta_and_adds_unknown_labels(project: Project) -> None:
    path = DATA / "prodigy.jsonl"

    report = import_paths(project, [path])

    assert report.ok
    assert (report.documents_added, report.spans_added, report.new_labels) == (3, 7, ["IGO"])
    assert report.notes == [f'{path}: skipped 1 rejected record(s) ("answer": "reject")']
    assert report.lines()[-1] == (
        "imported 3 documents, 7 spans from 1 file; new labels added to the schema: IGO"
    )
    assert surface(project) == [
        ("KGAÖ", "IGO"),
        ("Bişkek", "GPE"),
        ("Ruslan Kazakbayev", "PER"),
        ("Руслан Казакбаев", "PER"),
        ("Душанбеде", "GPE"),
        ("ЖККУ", "IGO"),
        ("Caparov", "PER"),
    ]
    assert "IGO" in [label.name for label in list_labels(project)]
    first, kyrgyz, turkish_ascii = list_documents(project)
    assert (first.title, first.language, first.pub_date, first.status) == (
        "KGAÖ toplantısı",
        "tr",
        "2020-12-01",
        "in_progress",
    )
    assert get_document(project, first.id).meta == {
        "title": "KGAÖ toplantısı",
        "lang": "tr",
        "pub_date": "2020-12-01",
        "source": "Kabar",
    }
    assert (kyrgyz.title, kyrgyz.language) == ("Министр Руслан Казакбаев Душанбеде", "ky")
    assert (turkish_ascii.title, turkish_ascii.language) == ("Kirgizistan Cumhurbaskani Caparov", "tr")
    assert {s.source for d in list_documents(project) for s in list_spans(project, d.id)} == {
        "import:prodigy.jsonl"
    }


def test_text_is_stored_exactly_as_given_so_offsets_stay_true(project: Project, tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Bişkek")  # "s" + combining cedilla: 7 code points
    text = f"🇰🇬 Zirve\r\n{decomposed}'te\rKGAÖ"
    start = text.index(decomposed)
    path = write(
        tmp_path / "exact.jsonl",
        jsonl_text(
            {
                "text": text,
                "spans": [
                    {"start": start, "end": start + len(decomposed), "label": "GPE", "token_start": 9},
                    {"start": len(text) - 4, "end": len(text), "label": "ORG"},
                ],
            }
        ),
    )

    import_paths(project, [path])

    assert stored(project) == [(text, [(start, start + 7, "GPE"), (len(text) - 4, len(text), "ORG")])]
    assert surface(project) == [(decomposed, "GPE"), ("KGAÖ", "ORG")]


def test_reimporting_annotated_file_is_a_no_op(project: Project) -> None:
    import_paths(project, [DATA / "prodigy.jsonl"])
    before = project_stats(project)

    report = import_paths(project, [DATA / "prodigy.jsonl"])

    assert report.lines()[-1] == "nothing imported: all 3 documents from 1 file are already in the project"
    assert project_stats(project) == before


def test_curator_jsonl_export_imports_back_unchanged(project: Project, tmp_path: Path) -> None:
    from curator.core.exporters import export_project

    import_paths(project, [DATA / "prodigy.jsonl"])
    export_project(project, "jsonl", tmp_path / "out.jsonl")

    with open_project(tmp_path / "copy.curator", annotator="tester") as copy:
        report = import_paths(copy, [tmp_path / "out.jsonl"])
        assert report.ok and report.documents_added == 3
        assert stored(copy) == stored(project)
        assert [(d.title, d.language) for d in list_documents(copy)] == [
            (d.title, d.language) for d in list_documents(project)
        ]


def test_format_jsonl_on_doccano_records_says_what_it_ignored(project: Project) -> None:
    path = DATA / "doccano_label.jsonl"

    report = import_paths(project, [path], fmt="jsonl")

    assert report.spans_added == 0 and report.documents_added == 2
    assert report.notes == [
        f"{path}: 2 record(s) have doccano labels, ignored by format jsonl (use format doccano or auto)"
    ]


# --- doccano --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["auto", "doccano"])
def test_doccano_label_triples(project: Project, fmt: str) -> None:
    report = import_paths(project, [DATA / "doccano_label.jsonl"], fmt=fmt)

    assert report.ok and (report.documents_added, report.spans_added) == (2, 4)
    assert surface(project) == [
        ("Sadır Caparov", "PER"),
        ("Bişkek", "GPE"),
        ("ОДКБ", "ORG"),
        ("Москве", "GPE"),
    ]
    first = get_document(project, list_documents(project)[0].id)
    assert first.meta == {"id": 17, "Comments": []}
    assert first.language == "tr"


def test_doccano_entities_with_relations_noted(project: Project) -> None:
    path = DATA / "doccano_entities.jsonl"

    report = import_paths(project, [path])

    assert report.ok and report.new_labels == ["SUMMIT"]
    assert surface(project) == [("Kazakbayev", "PER"), ("toplantısına", "SUMMIT")]
    assert report.notes == [f"{path}: 1 relation(s) not imported (relations are not supported yet)"]


def test_json_array_file(project: Project) -> None:
    report = import_paths(project, [DATA / "array.json"])

    assert report.ok and report.documents_added == 2
    assert surface(project) == [("KGAÖ", "ORG"), ("Бишкекте", "GPE")]


def test_pretty_printed_single_object_and_bom(project: Project, tmp_path: Path) -> None:
    pretty = json.dumps({"text": TURKISH, "spans": [{"start": 0, "end": 4, "label": "ORG"}]}, indent=2)
    path = write(tmp_path / "one.json", b"\xef\xbb\xbf" + pretty.encode("utf-8"))
    bom_lines = write(tmp_path / "bom.ndjson", b"\xef\xbb\xbf" + GOOD_LINE.encode("utf-8") + b"\n")

    report = import_paths(project, [path, bom_lines])

    assert report.ok and report.documents_added == 2
    assert surface(project) == [("KGAÖ", "ORG")]


def test_duplicate_spans_in_a_record_are_stored_once(project: Project, tmp_path: Path) -> None:
    span = {"start": 0, "end": 4, "label": "ORG"}
    path = write(tmp_path / "dup.jsonl", jsonl_text({"text": TURKISH, "spans": [span, span]}))

    report = import_paths(project, [path])

    assert report.spans_added == 1
    assert stored(project) == [(TURKISH, [(0, 4, "ORG")])]
    assert list_documents(project)[0].span_count == 1


# --- malformed input: file and line named, nothing of the file stored, other files imported ---------


def _span(start: object, end: object, label: object = "ORG") -> dict:
    return {"text": TURKISH, "spans": [{"start": start, "end": end, "label": label}]}


BAD_RECORDS = [
    (
        '{"text": "one"}\n{"text": "two",, }\n',
        "line 2: malformed JSON (Expecting property name enclosed in double quotes)",
    ),
    ('{"text": "a"}\n\n{"text": "b" "c"}\n', "line 3: malformed JSON (Expecting ',' delimiter)"),
    (
        jsonl_text({"text": "ok"}, _span(40, 99)),
        f"line 2: span 1 (ORG, start 40, end 99) is outside the text (length {len(TURKISH)})",
    ),
    (
        jsonl_text(_span(-1, 3)),
        f"line 1: span 1 (ORG, start -1, end 3) is outside the text (length {len(TURKISH)})",
    ),
    (jsonl_text(_span(5, 5)), "line 1: span 1 (ORG, start 5, end 5) is empty or reversed"),
    (jsonl_text(_span(6, 2)), "line 1: span 1 (ORG, start 6, end 2) is empty or reversed"),
    (jsonl_text(_span(0, 4.0)), "line 1: span 1 (ORG): start and end must be whole numbers"),
    (jsonl_text(_span("0", 4)), "line 1: span 1 (ORG): start and end must be whole numbers"),
    (jsonl_text(_span(True, 4)), "line 1: span 1 (ORG): start and end must be whole numbers"),
    (jsonl_text(_span(0, 4, None)), "line 1: span 1 has no label"),
    (jsonl_text(_span(0, 4, " ")), "line 1: span 1 has no label"),
    (jsonl_text({"text": "ok"}, {"meta": {"title": "no text"}}), 'line 2: missing "text"'),
    (jsonl_text({"text": 42}), 'line 1: "text" is a number, not a string'),
    (jsonl_text({"text": "  "}), 'line 1: "text" is empty'),
    (jsonl_text({"text": "ok", "spans": {"start": 0}}), 'line 1: "spans" is an object, not a list'),
    (jsonl_text({"text": "ok", "meta": "x"}), 'line 1: "meta" is a string, not an object'),
    ('["text", "x"]\n', "record 1: expected a JSON object, found a string"),
    ('"just a string"\n', "line 1: expected a JSON object, found a string"),
    ('{"text": "\\ud800 broken"}\n', "line 1: text holds an invalid character (a lone surrogate)"),
    (b'{"text": "ok"}\n{"text": "\xff\xfe"}\n', "line 2: not UTF-8 text"),
    ("", "empty file"),
    ("\n  \n", "empty file"),
    ("[]", "no records (an empty JSON array)"),
    ('[{"text": "a"}, {"text": "b"]', "line 1: malformed JSON (Expecting ',' delimiter)"),
]


@pytest.mark.parametrize(("content", "message"), BAD_RECORDS)
def test_malformed_jsonl_names_file_and_line_and_stores_nothing_of_it(
    project: Project, tmp_path: Path, content: str | bytes, message: str
) -> None:
    good = write(tmp_path / "a_good.jsonl", GOOD_LINE + "\n")
    bad = write(tmp_path / "b_bad.jsonl", content)

    report = import_paths(project, [good, bad])

    assert [problem.line() for problem in report.problems] == [f"error: {bad}: {message}"]
    assert report.lines()[0] == f"error: {bad}: {message}"
    assert [text for text, _ in stored(project)] == [json.loads(GOOD_LINE)["text"]]
    assert report.files_ok == 1 and not report.ok


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"text": TURKISH, "label": [[0, 4]]}, 'line 1: label 1 is not [start, end, "LABEL"]'),
        (
            {"text": TURKISH, "label": [[0, 400, "ORG"]]},
            f"line 1: label 1 (ORG, start 0, end 400) is outside the text (length {len(TURKISH)})",
        ),
        (
            {"text": TURKISH, "entities": [{"start_offset": 0, "end_offset": 4}]},
            "line 1: entity 1 has no label",
        ),
        ({"text": TURKISH, "entities": ["ORG"]}, "line 1: entity 1 is a string, not an object"),
    ],
)
def test_malformed_doccano_record_is_named(
    project: Project, tmp_path: Path, record: dict, message: str
) -> None:
    bad = write(tmp_path / "bad.jsonl", jsonl_text(record))

    report = import_paths(project, [bad], fmt="doccano")

    assert [problem.line() for problem in report.problems] == [f"error: {bad}: {message}"]
    assert project_stats(project)["documents"] == 0


def test_cancel_while_reading_a_huge_jsonl_stores_nothing_of_it(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jsonl, "CANCEL_CHECK_LINES", 10)
    first = write(tmp_path / "a.jsonl", GOOD_LINE + "\n")
    huge = write(tmp_path / "b.jsonl", "".join(f'{{"text": "belge {n}"}}\n' for n in range(100)))
    checks = 0

    def is_cancelled() -> bool:
        nonlocal checks
        checks += 1
        return checks > 4  # a.jsonl: before it and before storing; b.jsonl: before it, then line 10, 20

    report = import_paths(project, [first, huge], is_cancelled=is_cancelled)

    assert report.cancelled and report.files_ok == 1
    assert [text for text, _ in stored(project)] == [json.loads(GOOD_LINE)["text"]]
    assert "cancelled after 1 of 2 files; the files imported before that are kept" in report.lines()


# --- spans that cut a character in two ------------------------------------------------------------

ACCENTED = "Кафе\u0301 Бишкек"  # Cyrillic е + U+0301: one character on screen, two code points
CONJUNCT = "क्षत्रिय नेता"  # क्ष is one character: क, virama, ष


def test_doccano_spans_cutting_a_combining_sequence_are_widened_and_noted(
    project: Project, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "cut.jsonl",
        jsonl_text(
            {"text": ACCENTED, "label": [[0, 4, "ORG"]]},
            {"text": CONJUNCT, "entities": [{"start_offset": 2, "end_offset": 8, "label": "PER"}]},
            {"text": "Bişkek bugün", "label": [[0, 6, "GPE"]]},
        ),
    )

    report = import_paths(project, [path], fmt="doccano")

    assert report.ok and report.spans_added == 3
    assert surface(project) == [("Кафе\u0301", "ORG"), ("क्षत्रिय", "PER"), ("Bişkek", "GPE")]
    assert report.notes == [
        f"{path}: line 1: label 1 (ORG) 0-4 cut a character in two; widened to 0-5 ('Кафе\u0301')",
        f"{path}: line 2: entity 1 (PER) 2-8 cut a character in two; widened to 0-8 ('क्षत्रिय')",
    ]
