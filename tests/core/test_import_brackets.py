"""The bracket NER importer: spans on the rebuilt text, BOM and suffix tokens, grouping, detection."""

from __future__ import annotations

from pathlib import Path

import pytest

from curator.cli.main import EXIT_OK, main
from curator.core.importers import ImportOptions, ImportProblem, never_cancelled
from curator.core.importers.brackets import parse_brackets
from curator.core.importers.registry import detect

SAMPLE = Path(__file__).parent.parent / "data" / "brackets_sample.txt"


def entities(path: Path, options: ImportOptions | None = None) -> list[list[tuple[str, str]]]:
    parsed = parse_brackets(path, never_cancelled, options)
    return [[(doc.text[s.start : s.end], s.label) for s in doc.spans] for doc in parsed.documents]


def test_spans_cover_the_entity_words_of_the_single_spaced_text() -> None:
    parsed = parse_brackets(SAMPLE, never_cancelled)
    [document] = parsed.documents
    assert document.text == (
        "Müzik Şenliği 'ne hazırlanın POZİTİF ve Açık Radyo işbirliğiyle İstanbul 'da\nAli Veli geldi"
    )
    assert entities(SAMPLE) == [[("POZİTİF ve Açık Radyo", "ORG"), ("İstanbul", "LOC"), ("Ali Veli", "PER")]]


def test_sentences_per_doc_groups_lines(tmp_path: Path) -> None:
    path = tmp_path / "five.txt"
    path.write_text("".join(f"[PER Kişi{n} ] geldi \n" for n in range(5)), encoding="utf-8")
    grouped = entities(path, ImportOptions(sentences_per_doc=2))
    assert [len(doc) for doc in grouped] == [2, 2, 1]
    assert grouped[2] == [("Kişi4", "PER")]


def test_an_unclosed_group_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("iyi [LOC Ankara ] \n[ORG Açık Radyo geldi\n", encoding="utf-8")
    with pytest.raises(ImportProblem, match="line 2"):
        parse_brackets(path, never_cancelled)


def test_auto_detects_brackets_but_not_plain_text(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("Just [a note] in text.\n", encoding="utf-8")
    assert detect(SAMPLE) is not None and detect(SAMPLE).name == "brackets"
    assert detect(plain) is not None and detect(plain).name != "brackets"


def test_cli_imports_with_format_and_sentences_per_doc(tmp_path: Path) -> None:
    project = tmp_path / "p.curator"
    code = main(
        ["--project", str(project), "import", "--format", "brackets", "--sentences-per-doc", "1", str(SAMPLE)]
    )
    assert code == EXIT_OK
