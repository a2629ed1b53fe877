"""CoNLL-2003 / BIO in and out: a file imported then exported comes back line for line, IOB1 and BILOU
read and write the same spans, sub-token spans split their token, overlaps are reported, and a broken
line stops its file by name and line number. Exports are read back by a small reader written here (and
by spaCy's own CoNLL converter), never by the importer under test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.training.converters import conll_ner_to_docs
from spacy.training.iob_utils import tags_to_entities

from curator.core import services
from curator.core.domain import CuratorError
from curator.core.exporters import EXPORT_FORMATS, export_project
from curator.core.exporters.atomic import is_temporary
from curator.core.importers import import_paths
from curator.core.project.setup import open_project
from curator.core.queries import get_document, list_documents, list_spans
from curator.core.storage import Project

DATA = Path(__file__).resolve().parents[1] / "data" / "conll"
NEWS = DATA / "news.conll"
STANDARD_DOCSTART = "-DOCSTART- -X- -X- O"

# A sentence read independently: its words and its spans as (first word, end word exclusive, type).
Sentence = tuple[list[str], list[tuple[int, int, str]]]


# --- an independent reader (the check must not reuse the importer) ------------------------------


def read_conll(text: str) -> list[list[tuple[list[str], list[str]]]]:
    """Documents → sentences → (words, tags); a -DOCSTART- line starts a document."""
    documents: list[list[tuple[list[str], list[str]]]] = [[]]
    for block in text.split("\n\n"):
        rows = [line.split() for line in block.split("\n") if line.strip()]
        if rows and rows[0][0] == "-DOCSTART-":
            documents.append([])
            rows = rows[1:]
        if rows:
            documents[-1].append(([row[0] for row in rows], [row[-1] for row in rows]))
    return [document for document in documents if document]


def iob_chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    """Spans of IOB1 or IOB2 tags: B- always starts one, I- continues one of its type or starts one."""
    chunks, start, label = [], None, ""
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        if start is not None and (prefix != "I" or kind != label):
            chunks.append((start, index, label))
            start = None
        if prefix in ("B", "I") and start is None:
            start, label = index, kind
    return chunks


def sentences_of(text: str) -> list[list[Sentence]]:
    return [[(words, iob_chunks(tags)) for words, tags in document] for document in read_conll(text)]


def surfaces(text: str) -> list[list[tuple[str, str]]]:
    """Per document, what each span covers (words joined by spaces) and its type."""
    return [
        [(" ".join(words[a:b]), label) for words, chunks in document for a, b, label in chunks]
        for document in sentences_of(text)
    ]


def stripped_lines(path: Path) -> list[str]:
    return [line.rstrip() for line in path.read_text(encoding="utf-8").split("\n")]


# --- fixtures and helpers ------------------------------------------------------------------------


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with open_project(tmp_path / "p.curator", annotator="tester") as opened:
        yield opened


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8", newline="")
    return path


def add(project: Project, *documents: tuple[str, str, list[tuple[int, int, str]]]) -> None:
    """Documents typed in the project (no CoNLL metadata), as (text, language, spans)."""
    new = [
        services.NewDocument(
            text=text,
            title=text[:20],
            language=language,
            source="test",
            spans=[services.NewSpan(*span) for span in spans],
        )
        for text, language, spans in documents
    ]
    with project.write() as session:
        services.add_documents(session, new, annotator_id=project.annotator_id, source="test")


def project_surfaces(project: Project) -> list[list[tuple[str, str]]]:
    """Per document, what each stored span covers and its label, in text order."""
    result = []
    for summary in list_documents(project):
        text = get_document(project, summary.id).text
        spans = sorted(list_spans(project, summary.id), key=lambda s: (s.start, s.end))
        result.append([(text[s.start : s.end], s.label) for s in spans])
    return result


def import_ok(project: Project, *paths: Path, fmt: str = "auto") -> list[str]:
    report = import_paths(project, list(paths), fmt)
    assert report.ok, [problem.line() for problem in report.problems]
    return report.notes


def export(project: Project, out: Path, scheme: str = "IOB2") -> tuple[str, list[str]]:
    report = export_project(project, "conll", out, conll_scheme=scheme)
    return out.read_text(encoding="utf-8"), report.lines()


def token_lines(text: str) -> list[list[str]]:
    return [line.split() for line in text.split("\n") if line.strip() and not line.startswith("-DOCSTART-")]


# --- round trip ----------------------------------------------------------------------------------


def test_registry_has_conll_writing_one_file() -> None:
    assert EXPORT_FORMATS["conll"].target == "file"


def test_conll_file_imported_then_exported_comes_back_line_for_line(project: Project, tmp_path: Path) -> None:
    assert import_ok(project, NEWS) == []

    exported, lines = export(project, tmp_path / "out.conll")

    assert stripped_lines(tmp_path / "out.conll") == stripped_lines(NEWS)
    assert exported == NEWS.read_text(encoding="utf-8")  # in fact byte for byte
    manifest = tmp_path / "out.conll.manifest.json"
    assert lines == [
        f"wrote 3 documents, 20 spans to {tmp_path / 'out.conll'}",
        f"manifest (document ids, text hashes, schema, options, splits) in {manifest}",
    ]
    assert not [path for path in tmp_path.iterdir() if is_temporary(path)]


def test_import_builds_readable_text_and_keeps_the_file_layout(project: Project) -> None:
    import_ok(project, NEWS)

    summaries = list_documents(project)
    assert [(s.language, s.title) for s in summaries] == [
        ("en", "EU rejects German call to boycott British lamb ."),
        ("tr", "KGAÖ Dışişleri Bakanları toplantısı Bişkek 'te yapıldı ."),
        ("ky", "ЖККУ нун жыйыны Бишкек те өттү ."),
    ]
    kyrgyz = get_document(project, summaries[2].id)
    assert kyrgyz.text == "ЖККУ нун жыйыны Бишкек те өттү .\nКыргызстандын Президенти Садыр Жапаров катышты ."
    conll = kyrgyz.meta["conll"]
    assert conll["tokens"][:3] == [[0, 4], [5, 8], [9, 15]]
    assert conll["sentences"] == [[0, 32], [33, len(kyrgyz.text)]]
    assert conll["columns"][:2] == [["PROPN", "B-NP"], ["ADP", "I-NP"]]
    assert (conll["scheme"], conll["separator"]) == ("IOB2", " ")
    assert project_surfaces(project) == surfaces(NEWS.read_text(encoding="utf-8"))
    assert ("Kolektif Güvenlik Antlaşması Örgütü", "ORG") in project_surfaces(project)[1]


def test_export_is_read_by_spacys_own_conll_converter(project: Project, tmp_path: Path) -> None:
    import_ok(project, NEWS)
    exported, _ = export(project, tmp_path / "out.conll")

    # spaCy's converter splits documents at its own delimiter line; everything else is standard.
    docs = list(conll_ner_to_docs(exported.replace(STANDARD_DOCSTART, "-DOCSTART- -X- O O"), no_print=True))

    assert [[(ent.text, ent.label_) for ent in doc.ents] for doc in docs] == project_surfaces(project)
    assert [len(list(doc.sents)) for doc in docs] == [4, 3, 2]


# --- schemes -------------------------------------------------------------------------------------

IOB1_SAMPLE = """\
-DOCSTART- -X- -X- O

Rusya NNP I-NP I-GPE
ve CC O O
Kazakistan NNP I-NP I-GPE
Kırgızistan NNP I-NP B-GPE
ile IN O O
KGAÖ NNP I-NP I-ORG
Genel NNP I-NP I-TITLE
Sekreteri NNP I-NP I-TITLE
görüştü VB I-VP O
. . O O

"""


def test_iob1_file_is_read_with_iob1_rules_and_exported_as_iob2(project: Project, tmp_path: Path) -> None:
    notes = import_ok(project, write(tmp_path / "iob1.conll", IOB1_SAMPLE))
    assert len(notes) == 1 and "IOB1" in notes[0] and "line 3" in notes[0]

    exported, _ = export(project, tmp_path / "out.conll")

    assert sentences_of(exported) == sentences_of(IOB1_SAMPLE)
    assert [row[-1] for row in token_lines(exported)] == [
        "B-GPE", "O", "B-GPE", "B-GPE", "O", "B-ORG", "B-TITLE", "I-TITLE", "O", "O",
    ]  # fmt: skip
    assert project_surfaces(project) == [
        [("Rusya", "GPE"), ("Kazakistan", "GPE"), ("Kırgızistan", "GPE"), ("KGAÖ", "ORG"),
         ("Genel Sekreteri", "TITLE")],
    ]  # fmt: skip
    assert get_document(project, list_documents(project)[0].id).meta["conll"]["scheme"] == "IOB1"


def test_iob1_export_reproduces_an_iob1_file(project: Project, tmp_path: Path) -> None:
    import_ok(project, write(tmp_path / "iob1.conll", IOB1_SAMPLE))

    exported, _ = export(project, tmp_path / "out.conll", scheme="iob1")

    assert exported == IOB1_SAMPLE


def test_bilou_export_read_back_gives_the_same_spans(project: Project, tmp_path: Path) -> None:
    import_ok(project, NEWS)

    exported, _ = export(project, tmp_path / "out.conll", scheme="BILOU")

    read_back = [
        [(" ".join(words[start : end + 1]), label) for label, start, end in tags_to_entities(tags)]
        for document in read_conll(exported)
        for words, tags in document
    ]
    expected = [
        [(" ".join(words[a:b]), label) for a, b, label in chunks]
        for document in sentences_of(NEWS.read_text(encoding="utf-8"))
        for words, chunks in document
    ]
    assert read_back == expected
    assert {row[-1][:2] for row in token_lines(exported)} == {"O", "U-", "B-", "I-", "L-"}


def test_bilou_and_bioes_files_import_like_their_iob2_twin(project: Project, tmp_path: Path) -> None:
    bilou = "Sadır B-PER\nCaparov L-PER\nBişkek U-GPE\n'te O\n"
    bioes = "Sadır B-PER\nCaparov E-PER\nBişkek S-GPE\n'te O\n\nyarın O\n"
    import_ok(project, write(tmp_path / "a.bio", bilou), write(tmp_path / "b.bio", bioes))

    assert project_surfaces(project) == [[("Sadır Caparov", "PER"), ("Bişkek", "GPE")]] * 2
    assert get_document(project, list_documents(project)[0].id).meta["conll"]["scheme"] == "BILOU"


# --- columns -------------------------------------------------------------------------------------


def test_tab_and_space_columns_read_the_same(project: Project, tmp_path: Path) -> None:
    rows = [["KGAÖ", "PROPN", "B-ORG"], ["Bişkek", "PROPN", "B-GPE"], ["'te", "ADP", "O"]]
    spaced = write(tmp_path / "spaced.conll", "".join("  ".join(row) + "  \n" for row in rows))
    tabbed = write(tmp_path / "tabbed.conll", "".join("\t".join(row) + "\r\n" for row in rows) + "\r\n")
    import_ok(project, spaced)
    import_ok(project, tabbed)  # the same text: stored once, counted as a duplicate

    (document,) = list_documents(project)
    assert get_document(project, document.id).text == "KGAÖ Bişkek 'te"
    assert project_surfaces(project) == [[("KGAÖ", "ORG"), ("Bişkek", "GPE")]]


def test_tab_separated_file_comes_back_tab_separated_with_spaces_inside_tokens(
    project: Project, tmp_path: Path
) -> None:
    original = "-DOCSTART-\t-X-\tO\n\nNew York\tNNP\tB-GPE\nmeeting\tNN\tO\n\n"
    import_ok(project, write(tmp_path / "tabs.conll", original))
    assert project_surfaces(project) == [[("New York", "GPE")]]

    exported, _ = export(project, tmp_path / "out.conll")

    assert exported == original


def test_short_file_without_docstart_is_one_document_written_back_byte_for_byte(
    project: Project, tmp_path: Path
) -> None:
    original = "Caparov B-PER\nkonuştu O\n\nTokayev B-PER\ncevap O\nverdi O\n"
    import_ok(project, write(tmp_path / "plain.bio", original))

    (summary,) = list_documents(project)
    document = get_document(project, summary.id)
    assert document.text == "Caparov konuştu\nTokayev cevap verdi"
    assert "columns" not in document.meta["conll"]
    exported, _ = export(project, tmp_path / "out.conll")
    assert exported == original  # no -DOCSTART- added, no blank line added at the end


def test_empty_documents_are_skipped_and_noted(project: Project, tmp_path: Path) -> None:
    docstart = "-DOCSTART- -X- O O"  # spaCy's variant, with a BOM and Windows newlines
    content = "\ufeff" + "\r\n".join([docstart, "", docstart, "", "Bişkek B-GPE", "", docstart, ""])
    path = write(tmp_path / "empty.conll", content)
    notes = import_ok(project, path)

    assert notes == [f"{path}: skipped 2 empty documents (-DOCSTART- with no tokens)"]
    assert project_surfaces(project) == [[("Bişkek", "GPE")]]


def test_txt_is_conll_only_when_the_format_is_named(project: Project, tmp_path: Path) -> None:
    path = write(tmp_path / "ner.txt", "Bişkek B-GPE\n")
    import_ok(project, path, fmt="conll")
    assert project_surfaces(project) == [[("Bişkek", "GPE")]]


# --- errors --------------------------------------------------------------------------------------

BROKEN = """\
-DOCSTART- O

KGAÖ B-ORG
toplantısı O

Bişkek B-GPE
Bişkek
yapıldı O
"""


def test_broken_line_names_file_and_line_and_imports_nothing_of_that_file(
    project: Project, tmp_path: Path
) -> None:
    broken = write(tmp_path / "broken.conll", BROKEN)
    good = write(tmp_path / "good.conll", "Caparov B-PER\nkonuştu O\n")

    report = import_paths(project, [broken, good])

    assert [problem.line() for problem in report.problems] == [
        f"error: {broken}: line 7: no label column, only the token 'Bişkek'"
    ]
    assert report.documents_added == 1 and report.files_ok == 1
    assert project_surfaces(project) == [[("Caparov", "PER")]]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("a NN O\nb NN X-PER\n", "line 2: 'X-PER' has an unknown prefix 'X-'"),
        ("a O\nb B\n", "line 2: 'B' is not a tag"),
        ("a O\nb NN\n", "line 2: 'NN' is not a tag"),
        ("a NN B-NP O\nb NN B-PER\n", "line 2: 3 columns, but line 1 of the same document has 4"),
        ("a\tNN\tO\nb NN O\n", "line 2: no label column, only the token 'b NN O' (no tab on this line"),
        ("a\t\tO\n", "line 1: column 2 is empty"),
        ("a O\nb E-PER\n", "line 2: E-PER does not continue a B-PER"),
        ("a B-PER\nb I-PER\n\nc L-PER\n", "line 1: B-PER starts a span that no L-PER or E-PER ends"),
        ("a U-PER\nb I-PER\n", "line 2: I-PER does not continue a B-PER"),
        ("a B-PER\nb U-ORG\n", "line 1: B-PER starts a span that no L-PER"),
        ("\n\n-DOCSTART- -X- O\n\n", "no token lines"),
    ],
)
def test_malformed_files_are_refused_naming_the_line(
    project: Project, tmp_path: Path, content: str, message: str
) -> None:
    report = import_paths(project, [write(tmp_path / "bad.conll", content)])

    (problem,) = report.problems
    assert message in problem.message
    assert list_documents(project) == []


# --- documents typed in the project --------------------------------------------------------------

TURKISH = "KGAÖ Dışişleri Bakanları toplantısı Bişkek'te yapıldı. Caparov katıldı."
KYRGYZ = "ЖККУнун жыйыны\nБишкекте өттү."


def test_span_inside_a_token_splits_the_token_and_is_reported(project: Project, tmp_path: Path) -> None:
    bishkek, caparov = TURKISH.index("Bişkek"), TURKISH.index("Caparov")
    spans = [(0, 4, "ORG"), (bishkek, bishkek + 6, "GPE"), (caparov, caparov + 7, "PER")]
    add(project, (TURKISH, "tr", spans))
    add(project, (KYRGYZ, "ky", [(0, 4, "ORG"), (KYRGYZ.index("Бишкек"), KYRGYZ.index("те "), "GPE")]))

    exported, lines = export(project, tmp_path / "out.conll")

    assert exported.split("\n") == [
        "-DOCSTART- O", "",
        "KGAÖ B-ORG", "Dışişleri O", "Bakanları O", "toplantısı O", "Bişkek B-GPE", "'te O", "yapıldı O",
        ". O", "",
        "Caparov B-PER", "katıldı O", ". O", "",
        "-DOCSTART- O", "",
        "ЖККУ B-ORG", "нун O", "жыйыны O", "",
        "Бишкек B-GPE", "те O", "өттү O", ". O", "", "",
    ]  # fmt: skip
    assert lines[0] == f"wrote 2 documents, 5 spans to {tmp_path / 'out.conll'}"
    assert lines[1] == (
        'split 3 tokens so every span boundary is a token boundary (e.g. "Bişkek\'te" → "Bişkek" + "\'te")'
    )
    assert surfaces(exported) == project_surfaces(project)


def test_overlapping_spans_are_left_out_and_reported(project: Project, tmp_path: Path) -> None:
    text = "KGAÖ Dışişleri Bakanları toplantısı"
    add(project, (text, "tr", [(0, 4, "ORG"), (0, 24, "TITLE"), (5, 14, "ORG")]))

    exported, lines = export(project, tmp_path / "out.conll")

    assert surfaces(exported) == [[("KGAÖ Dışişleri Bakanları", "TITLE")]]
    reason = "overlaps a longer or earlier span (CoNLL cannot hold overlapping spans)"
    assert f"left out 2 spans: 2 {reason}" in lines
    assert f"  document 1: ORG 0-4 'KGAÖ': {reason}" in lines
    assert f"  document 1: ORG 5-14 'Dışişleri': {reason}" in lines


def test_sentence_breaks_never_cut_a_span_and_blank_lines_never_become_tokens(
    project: Project, tmp_path: Path
) -> None:
    text = "Toplantı yapıldı.\n\n  Kolektif Güvenlik\nAntlaşması Örgütü katıldı."
    add(project, (text, "tr", [(text.index("Kolektif"), text.index(" katıldı"), "ORG")]))

    exported, _ = export(project, tmp_path / "out.conll")

    assert [words for words, _ in read_conll(exported)[0]] == [
        ["Toplantı", "yapıldı", "."],
        ["Kolektif", "Güvenlik", "Antlaşması", "Örgütü", "katıldı", "."],
    ]
    assert surfaces(exported) == [[("Kolektif Güvenlik Antlaşması Örgütü", "ORG")]]


def test_span_added_inside_an_imported_token_splits_it_keeping_its_columns(
    project: Project, tmp_path: Path
) -> None:
    import_ok(project, write(tmp_path / "a.conll", "Bişkek'te PROPN B-NP O\nyapıldı VERB B-VP O\n"))
    (summary,) = list_documents(project)
    services.add_span(project, summary.id, 0, 6, "GPE")

    exported, lines = export(project, tmp_path / "out.conll")

    assert token_lines(exported) == [
        ["Bişkek", "PROPN", "B-NP", "B-GPE"],
        ["'te", "PROPN", "B-NP", "O"],
        ["yapıldı", "VERB", "B-VP", "O"],
    ]
    assert "split 1 token" in lines[1]


def test_stale_stored_tokens_fall_back_to_spacy(project: Project, tmp_path: Path) -> None:
    stale = {"conll": {"tokens": [[0, 3]], "sentences": [[0, 3]], "separator": "\t"}}
    new = services.NewDocument(text="Caparov konuştu.", language="tr", meta=stale, labelled=True)
    with project.write() as session:
        services.add_documents(session, [new], annotator_id=project.annotator_id, source="test")

    exported, _ = export(project, tmp_path / "out.conll")

    assert exported == "-DOCSTART- O\n\nCaparov O\nkonuştu O\n. O\n\n"


def test_unknown_scheme_is_refused_before_anything_is_written(project: Project, tmp_path: Path) -> None:
    add(project, ("Caparov konuştu.", "tr", []))

    with pytest.raises(CuratorError, match="unknown CoNLL tag scheme 'IOB3'; one of IOB2, IOB1, BILOU"):
        export_project(project, "conll", tmp_path / "out.conll", conll_scheme="IOB3")

    assert not (tmp_path / "out.conll").exists()
    assert not [path for path in tmp_path.iterdir() if is_temporary(path)]


def test_label_with_a_space_is_refused(project: Project, tmp_path: Path) -> None:
    with project.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text="Caparov konuştu.", spans=[services.NewSpan(0, 7, "HEAD OF STATE")])],
            annotator_id=project.annotator_id,
            source="test",
        )

    with pytest.raises(CuratorError, match="label 'HEAD OF STATE' holds a space"):
        export_project(project, "conll", tmp_path / "out.conll")

    assert not (tmp_path / "out.conll").exists()


def _sentences(count: int) -> str:
    """`count` two-column sentences, each naming a person, with a blank line after each."""
    names = ["Caparov", "Tokayev", "Japarov", "Mirziyoyev", "Rahmon"]
    return "".join(f"{names[n % 5]} B-PER\nkonuştu O\n{n} O\n\n" for n in range(count))


def test_a_long_file_without_docstart_becomes_documents_of_ten_sentences(
    project: Project, tmp_path: Path
) -> None:
    original = _sentences(25)
    import_ok(project, write(tmp_path / "corpus.bio", original))
    documents = [get_document(project, summary.id) for summary in list_documents(project)]
    assert [document.text.count("\n") + 1 for document in documents] == [10, 10, 5]
    assert sum(len(list_spans(project, document.id)) for document in documents) == 25
    exported, _ = export(project, tmp_path / "out.conll")
    assert exported == original  # the three documents write the file back byte for byte


def test_sentences_per_doc_is_a_command_line_option(tmp_path: Path) -> None:
    from curator.cli.main import main

    source = write(tmp_path / "corpus.bio", _sentences(7))
    for size, expected in (("3", 3), ("0", 1)):
        target = tmp_path / f"p{size}.curator"
        assert main(["--project", str(target), "import", "--sentences-per-doc", size, str(source)]) == 0
        with open_project(target) as opened:
            assert len(list_documents(opened)) == expected
        out = tmp_path / f"out{size}.conll"
        assert main(["--project", str(target), "export", "--format", "conll", "--out", str(out)]) == 0
        assert out.read_bytes() == source.read_bytes()


def test_a_negative_sentences_per_doc_is_refused_with_its_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from curator.cli.main import main

    source = write(tmp_path / "corpus.bio", _sentences(3))
    with pytest.raises(SystemExit):
        main(["--project", str(tmp_path / "p.curator"), "import", "--sentences-per-doc", "-3", str(source)])
    assert "'-3' is not a count of sentences (0 or more)" in capsys.readouterr().err
    assert not (tmp_path / "p.curator").exists()
