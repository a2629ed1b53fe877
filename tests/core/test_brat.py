"""brat standoff both ways: a corpus imported and exported back says the same thing line for line.

The comparison goes through `normalise`, written here from brat's documented syntax and independent of
the exporter: every line becomes a tuple in which ids are replaced by what they point at (a T by its
type, offsets and text; an E by its type, trigger and arguments, recursively), so two files are equal
when they hold the same annotations whatever their ids and line order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from curator.core import queries, services
from curator.core.domain import CuratorError
from curator.core.exporters import export_project
from curator.core.importers import import_paths
from curator.core.project.setup import open_project
from curator.core.schema.brat_conf import parse_annotation_conf, schema_to_annotation_conf
from curator.core.services.entities import insert_entity
from curator.core.storage import Project
from curator.core.storage.models import Document, KnowledgeEntity, Label, RelationType, Span

DATA = Path(__file__).resolve().parents[1] / "data" / "brat"
CORPUS = DATA / "corpus"
# DOMAIN.md / FORMATS.md's example, byte for byte.
DOMAIN_TEXT = "KGAÖ Dışişleri Bakanları toplantısı Bişkek'te yapıldı."
DOMAIN_ANN = (
    "T1\tORG 0 4\tKGAÖ\n"
    "T2\tMEETING 25 35\ttoplantısı\n"
    "T3\tGPE 36 42\tBişkek\n"
    "E1\tMEETING:T2 PARTICIPANT:T1 PLACE:T3\n"
    "A1\tRealis E1 Actual\n"
    "N1\tReference T1 Wikidata:Q177313\tCSTO\n"
    "#1\tAnnotatorNotes T1\tchecked\n"
)


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """A project with the default schema but no canonical entities: N lines then create their entities
    with the names the file gives, and the round trip can compare those names exactly."""
    with open_project(tmp_path / "brat.curator", annotator="tester") as opened:
        with opened.write() as session:
            session.execute(delete(KnowledgeEntity))
        yield opened


def write_pair(folder: Path, name: str, text: str, ann: str | None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_bytes(text.encode("utf-8"))
    if ann is not None:
        (folder / f"{name}.ann").write_bytes(ann.encode("utf-8"))
    return folder / f"{name}.ann"


def read(path: Path) -> str:
    """A file's text with its own line ends (Path.read_text would translate \\r\\n)."""
    return path.read_bytes().decode("utf-8")


def exported_pairs(folder: Path) -> dict[str, str]:
    """text → .ann content of every pair an export wrote."""
    return {read(txt): read(txt.with_suffix(".ann")) for txt in sorted(folder.glob("*.txt"))}


def normalise(ann: str) -> Counter[tuple]:
    """The annotations of an .ann file as a multiset of id-free tuples."""
    rows = [line.split("\t") for line in ann.split("\n") if line.strip()]
    by_id = {row[0]: row for row in rows if row[0] != "*"}

    def key(identifier: str, seen: frozenset[str] = frozenset()) -> tuple:
        if identifier in seen:
            return ("cycle", identifier)
        row, seen = by_id[identifier], seen | {identifier}
        kind = "A" if identifier[0] == "M" else identifier[0]
        fields = row[1].split()
        if kind == "T":
            return ("T", fields[0], row[1].split(" ", 1)[1], row[2])
        if kind == "E":
            event_type, trigger = fields[0].split(":")
            arguments = tuple(
                (role, key(target, seen)) for role, target in (f.split(":") for f in fields[1:])
            )
            return ("E", event_type, key(trigger, seen), arguments)
        if kind == "R":
            ends = tuple((role, key(target, seen)) for role, target in (f.split(":") for f in fields[1:]))
            return ("R", fields[0], ends)
        if kind == "A":
            return ("A", fields[0], key(fields[1], seen), fields[2] if len(fields) > 2 else None)
        if kind == "N":
            return ("N", fields[0], key(fields[1], seen), fields[2], row[2] if len(row) > 2 else "")
        if kind == "#":
            return ("#", fields[0], key(fields[1], seen), row[2] if len(row) > 2 else "")
        raise AssertionError(f"unexpected line {row}")

    lines: Counter[tuple] = Counter()
    for row in rows:
        if row[0] == "*":
            type_, *members = row[1].split()
            lines[("*", type_, frozenset(key(member) for member in members))] += 1
        else:
            lines[key(row[0])] += 1
    return lines


# --- (1) a realistic corpus ------------------------------------------------------------------------


def test_the_corpus_exports_back_to_the_same_annotations(project: Project, tmp_path: Path) -> None:
    report = import_paths(project, [CORPUS], fmt="brat")
    assert report.ok, report.lines()
    assert report.files_total == 2  # pairs, not files; annotation.conf and visual.conf are not items
    assert not report.skipped
    assert (report.documents_added, report.events_added, report.relations_added) == (2, 9, 4)
    assert report.entity_links_added == 4

    out = tmp_path / "out"
    export = export_project(project, "brat", out)
    assert export.annotations_written == {"T": 31, "E": 9, "R": 3, "*": 1, "A": 12, "N": 4, "#": 5}
    written = exported_pairs(out)
    for source in sorted(CORPUS.glob("*.ann")):
        text = read(source.with_suffix(".txt"))
        assert text in written, f"{source.name}: its text was not exported unchanged"
        assert normalise(written[text]) == normalise(read(source)), source.name
    assert (out / "annotation.conf").is_file()


def test_the_corpus_is_stored_as_curator_data(project: Project) -> None:
    import_paths(project, [CORPUS], fmt="brat")
    [bio] = [d for d in queries.list_documents(project) if d.source == "PMID-10022882.txt"]
    text = queries.get_document(project, bio.id).text
    with project.read() as session:
        # (Python's None check: the ORM stores a missing fragments list as JSON null, not SQL NULL.)
        rows = session.execute(select(Span.fragments, Span.note).where(Span.document_id == bio.id)).all()
        fragments = [tuple(row) for row in rows if row[0] is not None]
        equivalence = session.execute(select(RelationType).where(RelationType.name == "Equiv")).scalar_one()
        kinds = dict(session.execute(select(Label.name, Label.kind)).all())
    assert fragments == [([[38, 39], [46, 51]], "discontinuous: B … cells")]
    assert equivalence.head_labels == ["Protein"]  # from annotation.conf
    assert kinds["Protein"] == "entity" and kinds["Phosphorylation"] == "event"
    events = {
        text[e.trigger_start : e.trigger_end] + str(e.trigger_start): e
        for e in queries.list_events(project, bio.id)
    }
    induction = events["induction53"]
    [theme] = [a for a in induction.arguments if a.role == "Theme"]
    assert theme.argument_event_id == events["phosphorylation71"].id  # an event as an argument
    assert induction.note == "the Theme is the phosphorylation event E1"
    assert events["expression224"].realis == "negated"
    assert events["expression224"].attributes == {"Negation": True}
    assert events["binding251"].attributes == {"Speculation": True, "Confidence": "Low"}
    assert [a.role for a in events["binding251"].arguments] == ["Theme", "Theme"]  # Theme2 is a Theme


def test_an_export_imported_again_exports_byte_for_byte_the_same(project: Project, tmp_path: Path) -> None:
    import_paths(project, [CORPUS], fmt="brat")
    export_project(project, "brat", tmp_path / "first")
    with open_project(tmp_path / "second.curator", annotator="tester") as second:
        with second.write() as session:
            session.execute(delete(KnowledgeEntity))
        assert import_paths(second, [tmp_path / "first"], fmt="brat").ok
        export_project(second, "brat", tmp_path / "second")
    for first in sorted((tmp_path / "first").glob("0*")):
        assert read(tmp_path / "second" / first.name) == read(first), first.name


def test_events_without_realis_read_as_actual_and_export_without_an_added_realis_line(
    project: Project, tmp_path: Path
) -> None:
    text = "IL-2 gene expression requires NF-kappa B."
    ann = (
        "T1\tProtein 0 4\tIL-2\n"
        "T2\tGene_expression 10 20\texpression\n"
        "E1\tGene_expression:T2 Theme:T1\n"
        "M1\tSpeculation E1\n"
    )
    write_pair(tmp_path / "in", "PMID-1", text, ann)
    assert import_paths(project, [tmp_path / "in"], fmt="brat").ok
    [event] = [e for d in queries.list_documents(project) for e in queries.list_events(project, d.id)]
    assert event.realis == "actual"
    export_project(project, "brat", tmp_path / "out")
    # M lines are the old name of A lines; nothing else changes, and no "A Realis E1 Actual" appears.
    assert normalise(read(tmp_path / "out" / "PMID-1.ann")) == normalise(ann.replace("M1", "A1"))

    services.update_event(project, event.id, realis="planned")  # a realis the user sets is written
    export_project(project, "brat", tmp_path / "again")
    assert "\tRealis E1 Planned" in read(tmp_path / "again" / "PMID-1.ann")


# --- (2) DOMAIN.md's example -------------------------------------------------------------------------


def test_the_domain_example_round_trips_exactly(project: Project, tmp_path: Path) -> None:
    write_pair(tmp_path / "in", "kgao", DOMAIN_TEXT, DOMAIN_ANN)
    report = import_paths(project, [tmp_path / "in"], fmt="brat")
    assert report.ok, report.lines()
    [link] = [s for s in queries.list_spans(project, 1) if s.entity_id is not None]
    with project.read() as session:
        entity = session.get(KnowledgeEntity, link.entity_id)
    assert (entity.name, entity.type, entity.wikidata) == ("CSTO", "ORG", "Q177313")
    export_project(project, "brat", tmp_path / "out")
    [(text, ann)] = exported_pairs(tmp_path / "out").items()
    assert text == DOMAIN_TEXT
    assert ann == DOMAIN_ANN


def test_a_reference_to_a_known_entity_links_it_and_exports_its_name(
    project: Project, tmp_path: Path
) -> None:
    with project.write() as session:
        known = insert_entity(session, "Collective Security Treaty Organization", "ORG", wikidata="Q177313")
    write_pair(tmp_path / "in", "kgao", DOMAIN_TEXT, DOMAIN_ANN)
    assert import_paths(project, [tmp_path / "in"], fmt="brat").ok
    assert [s.entity_id for s in queries.list_spans(project, 1) if s.entity_id] == [known.id]
    export_project(project, "brat", tmp_path / "out")
    [ann] = exported_pairs(tmp_path / "out").values()
    assert "N1\tReference T1 Wikidata:Q177313\tCollective Security Treaty Organization\n" in ann


def test_line_ends_and_astral_characters_are_kept(project: Project, tmp_path: Path) -> None:
    text = "🇰🇬 Bişkek'te\r\nKGAÖ toplantısı\r\n"
    start = text.index("KGAÖ")
    ann = f"T1\tGPE 3 9\tBişkek\nT2\tORG {start} {start + 4}\tKGAÖ\n"
    write_pair(tmp_path / "in", "crlf", text, ann)
    assert import_paths(project, [tmp_path / "in"], fmt="brat").ok
    assert queries.get_document(project, 1).text == text
    export_project(project, "brat", tmp_path / "out")
    assert exported_pairs(tmp_path / "out") == {text: ann}


# --- (3) bad input -------------------------------------------------------------------------------


def test_bad_pairs_fail_alone_with_file_and_line(project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_pair(folder, "good", DOMAIN_TEXT, DOMAIN_ANN)
    past_end = write_pair(folder, "past_end", "Short text.", "T1\tORG 0 4\tShor\nT2\tGPE 6 40\ttext.\n")
    undefined = write_pair(
        folder,
        "undefined",
        "Caparov met Tokayev.",
        "T1\tCEREMONY 8 11\tmet\nE1\tCEREMONY:T1 PARTICIPANT:T9\n",
    )
    malformed = write_pair(
        folder, "malformed", "Caparov met Tokayev.", "T1\tPER 0 7\tCaparov\nT2 PER 12 19 Tokayev\n"
    )
    mismatch = write_pair(folder, "mismatch", "Caparov met Tokayev.", "T1\tPER 0 7\tJaparov\n")
    # Passes every check of the file itself, fails in the store: the pair must leave nothing behind.
    own_trigger = write_pair(
        folder, "own_trigger", "Sammit Astanada.", "T1\tSUMMIT 0 6\tSammit\nE1\tSUMMIT:T1 PARTICIPANT:T1\n"
    )
    orphan = folder / "orphan.ann"
    orphan.write_text("T1\tPER 0 7\tCaparov\n", encoding="utf-8")
    for name in ("annotation.conf", "visual.conf", "tools.conf"):
        (folder / name).write_text("", encoding="utf-8")
    write_pair(folder, "plain", "A text brat shows without annotations.", None)

    report = import_paths(project, [folder], fmt="brat")

    problems = {problem.path: problem.message for problem in report.problems}
    assert set(problems) == {past_end, undefined, malformed, mismatch, own_trigger, orphan}
    assert problems[past_end].startswith("line 2: T2: the range 6-40 is past the end of the text (length 11)")
    assert problems[undefined].startswith("line 2: E1 refers to T9, which no line of the file defines")
    assert problems[malformed].startswith("line 2: no tab after the id")
    assert problems[mismatch].startswith(
        "line 1: T1: its text 'Japarov' differs from the text at 0 7: 'Caparov'"
    )
    assert problems[own_trigger].startswith("line 2: an event's trigger cannot be its own argument")
    assert "orphan.txt" in problems[orphan]
    assert not report.skipped  # the .conf files are part of a brat collection
    for line in report.lines()[: len(problems)]:
        assert line.startswith("error: ")
    assert report.documents_added == 2  # good and plain
    with project.read() as session:
        texts = set(session.execute(select(Document.text)).scalars())
        labels = set(session.execute(select(Label.name)).scalars())
        spans = session.execute(select(func.count(Span.id))).scalar_one()
    assert texts == {DOMAIN_TEXT, "A text brat shows without annotations."}
    assert spans == 3
    assert "SUMMIT" not in labels and "CEREMONY" not in labels  # rolled back with their pairs


def test_a_label_used_as_the_other_kind_is_refused(project: Project, tmp_path: Path) -> None:
    ann = "T1\tORG 0 4\tKGAÖ\nE1\tORG:T1\n"
    path = write_pair(tmp_path / "in", "clash", DOMAIN_TEXT, ann)
    report = import_paths(project, [path], fmt="brat")
    assert [p.message for p in report.problems] == [
        "line 2: ORG is an entity label in this project, not an event type"
    ]


def test_what_a_project_cannot_hold_is_reported_not_dropped_silently(
    project: Project, tmp_path: Path
) -> None:
    ann = DOMAIN_ANN + (
        "A2\tNegated T3\n"
        "N2\tReference T3 GeoNames:1528675\tBishkek\n"
        "R1\tLocated Arg1:E1 Arg2:T3\n"
        "*\tAlias T1 T3 T1\n"
    )
    write_pair(tmp_path / "in", "extra", DOMAIN_TEXT, ann)
    report = import_paths(project, [tmp_path / "in"], fmt="brat")
    assert report.ok, report.lines()
    notes = "\n".join(report.notes)
    assert "not imported (line 8): attributes of T annotations" in notes
    assert "not imported (line 9): GeoNames references" in notes
    assert "not imported (line 10): relations with an event argument" in notes
    assert "equivalences of type Alias" in notes
    assert [r.type for r in queries.list_relations(project, 1)] == ["Alias", "Alias"]  # T1-T3, T3-T1


def test_arguments_may_name_events_defined_later(project: Project, tmp_path: Path) -> None:
    text = "IL-4 induces the expression of CD23."
    ann = (
        "T1\tPositive_regulation 5 12\tinduces\n"
        "E1\tPositive_regulation:T1 Theme:E2 Cause:T3\n"
        "T2\tGene_expression 17 27\texpression\n"
        "E2\tGene_expression:T2 Theme:T4\n"
        "T3\tProtein 0 4\tIL-4\n"
        "T4\tProtein 31 35\tCD23\n"
    )
    write_pair(tmp_path / "in", "forward", text, ann)
    assert import_paths(project, [tmp_path / "in"], fmt="brat").ok
    events = {e.type: e for e in queries.list_events(project, 1)}
    assert events["Positive_regulation"].arguments[0].argument_event_id == events["Gene_expression"].id


def test_a_pair_named_by_either_file_is_imported_once(project: Project, tmp_path: Path) -> None:
    ann_path = write_pair(tmp_path / "in", "kgao", DOMAIN_TEXT, DOMAIN_ANN)
    report = import_paths(project, [ann_path, ann_path.with_suffix(".txt")], fmt="brat")
    assert (report.files_total, report.documents_added, report.spans_added) == (1, 1, 3)


def test_an_auto_import_of_a_folder_reads_brat_pairs_as_brat(project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    write_pair(folder, "kgao", DOMAIN_TEXT, DOMAIN_ANN)
    write_pair(folder, "plain", "Caparov, Tasmagambetov'u kabul etti.", None)
    (folder / "annotation.conf").write_text("[entities]\nORG\n[events]\nMEETING\n", encoding="utf-8")
    (folder / "tasks.jsonl").write_text('{"text": "Bişkek toplantısı.", "spans": []}\n', encoding="utf-8")
    report = import_paths(project, [folder])  # "auto", as the window's Import Folder does
    assert report.ok and not report.skipped, report.lines()
    assert (report.files_total, report.documents_added, report.events_added) == (3, 3, 1)
    assert {d.source for d in queries.list_documents(project)} == {"kgao.txt", "plain.txt", "tasks.jsonl"}


def test_bulk_services_name_the_row_they_refuse(project: Project) -> None:
    from curator.core.services.bulk import RowError, SpanRow, insert_spans

    with project.write() as session:
        services.add_documents(
            session, [services.NewDocument(text=DOMAIN_TEXT)], annotator_id=None, source="t"
        )
    rows = [SpanRow(0, 4, "ORG"), SpanRow(36, 42, "GPE"), SpanRow(0, 4, "ORG")]
    with pytest.raises(RowError, match="ORG at 0-4 is tagged already") as raised, project.write() as session:
        insert_spans(session, project, 1, rows, source="test")
    assert raised.value.index == 2
    with pytest.raises(RowError, match="unknown label 'NOPE'"), project.write() as session:
        insert_spans(session, project, 1, [SpanRow(0, 4, "NOPE")], source="test")
    assert queries.list_spans(project, 1) == []  # nothing of a refused batch is written


# --- (4) annotation.conf ---------------------------------------------------------------------------


def test_annotation_conf_of_the_default_schema_reads_back_the_same(project: Project) -> None:
    conf = parse_annotation_conf(schema_to_annotation_conf(project))
    expected = {
        event_type.name: [(r.name, set(r.allowed_labels), r.repeatable) for r in event_type.roles]
        for event_type in queries.list_event_types(project)
    }
    assert expected and all(expected.values())
    assert {
        event.name: [(a.role, set(a.types), a.repeatable) for a in event.arguments]
        for event in conf.event_types
    } == expected
    assert list(conf.entity_types) == [label.name for label in queries.list_labels(project)]
    assert [r.name for r in conf.relation_types] == queries.list_relation_types(project)
    realis, context = conf.attributes  # the built-in realis, then the schema's own attributes
    assert realis.values == ("Actual", "Planned", "Hypothetical", "Negated")
    assert context.name == "Context" and "military" in context.values


def test_a_bad_annotation_conf_stops_its_pairs_with_its_line(project: Project, tmp_path: Path) -> None:
    write_pair(tmp_path / "in", "kgao", DOMAIN_TEXT, DOMAIN_ANN)
    (tmp_path / "in" / "annotation.conf").write_text("[entities]\nORG\n[colours]\n", encoding="utf-8")
    report = import_paths(project, [tmp_path / "in"], fmt="brat")
    [problem] = report.problems
    assert "annotation.conf: line 3: unknown section [colours]" in problem.message


def test_the_parent_folders_annotation_conf_decides_entity_or_event(project: Project, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "annotation.conf").write_text(
        "[entities]\n[relations]\n[events]\nCeremony\n[attributes]\n", encoding="utf-8"
    )
    write_pair(tmp_path / "in" / "sub", "doc", "A ceremony was held.", "T1\tCeremony 2 10\tceremony\n")
    assert import_paths(project, [tmp_path / "in"], fmt="brat").ok
    assert [label.name for label in queries.list_labels(project, kind="event")][-1] == "Ceremony"


# --- (5) export file names -------------------------------------------------------------------------


def test_export_file_names_stay_inside_the_folder(project: Project, tmp_path: Path) -> None:
    titles = ["../../etc/passwd", "..\\..\\boot.ini", "a/b/c", "x" * 300, "", "Bişkek'te: toplantı?", "a/b/c"]
    with project.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text=f"Text number {n}.", title=title) for n, title in enumerate(titles)],
            annotator_id=None,
            source="test",
        )
    out = tmp_path / "nested" / "out"
    out.parent.mkdir()
    (out.parent / "keep.txt").write_text("not ours", encoding="utf-8")
    export_project(project, "brat", out, include_untouched=True)
    names = sorted(path.name for path in out.iterdir())
    assert len(names) == 2 * len(titles) + 2  # and annotation.conf, manifest.json
    assert all(".." not in name and "/" not in name and "\\" not in name for name in names)
    assert all(len(name.encode("utf-8")) < 100 for name in names)
    assert "0001_etc_passwd.txt" in names and "0005.txt" in names and "0006_Bişkek_te_toplantı.ann" in names
    assert sorted(path.name for path in out.parent.iterdir() if path.is_file()) == ["keep.txt"]


def test_export_refuses_a_file_as_its_folder(project: Project, tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(CuratorError, match="is a file"):
        export_project(project, "brat", target)


def test_a_fragment_cutting_an_accent_off_its_letter_is_widened_and_noted(
    project: Project, tmp_path: Path
) -> None:
    text = "Москва\u0301 и Бишкек"  # а + U+0301 is one character
    ann = "T1\tGPE 0 6\tМосква\nT2\tGPE 10 16\tБишкек\n"
    path = write_pair(tmp_path / "in", "accent", text, ann)

    report = import_paths(project, [path], fmt="brat")

    assert report.ok, report.lines()
    assert report.notes == [
        f"{path}: line 1: T1 (GPE) 0-6 cut a character in two; widened to 0-7 ('Москва\u0301')"
    ]
    assert [(span.start, span.end, span.label) for span in queries.list_spans(project, 1)] == [
        (0, 7, "GPE"),
        (10, 16, "GPE"),
    ]


# --- (6) a round trip is a no-op: same names, same folders, same lines -------------------------------


def test_a_corpus_with_subfolders_comes_back_under_its_own_names(project: Project, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for pair in ("PMID-10022882", "news-tr-0001"):
        sub = corpus / ("bio" if pair.startswith("PMID") else "news/tr")
        sub.mkdir(parents=True, exist_ok=True)
        for suffix in (".txt", ".ann"):
            (sub / f"{pair}{suffix}").write_bytes((CORPUS / f"{pair}{suffix}").read_bytes())
    (corpus / "annotation.conf").write_bytes((CORPUS / "annotation.conf").read_bytes())
    assert import_paths(project, [corpus], fmt="brat").ok

    out = tmp_path / "out"
    export_project(project, "brat", out)

    def pairs(root: Path) -> list[str]:
        return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.suffix in {".txt", ".ann"})

    assert pairs(out) == pairs(corpus)
    assert pairs(corpus) == sorted(f"{sub}/{pair}{suffix}" for sub, pair in (("bio", "PMID-10022882"),
        ("news/tr", "news-tr-0001")) for suffix in (".ann", ".txt"))  # fmt: skip
    for name in pairs(corpus):
        if name.endswith(".txt"):
            assert (out / name).read_bytes() == (corpus / name).read_bytes(), name
        else:
            assert normalise(read(out / name)) == normalise(read(corpus / name)), name


def test_an_exported_name_that_is_taken_or_unsafe_falls_back_to_a_numbered_one(
    project: Project, tmp_path: Path
) -> None:
    write_pair(tmp_path / "a", "same", "First text.", "T1\tORG 0 5\tFirst\n")
    write_pair(tmp_path / "b", "same", "Second text.", "T1\tORG 0 6\tSecond\n")
    assert import_paths(project, [tmp_path / "a" / "same.ann", tmp_path / "b" / "same.ann"], fmt="brat").ok
    with project.write() as session:
        document = session.execute(select(Document).where(Document.text == "Second text.")).scalar_one()
        document.meta = {**document.meta, "brat_file": "../escape"}
        session.add(document)
    out = tmp_path / "out"
    export_project(project, "brat", out)
    names = sorted(p.name for p in out.iterdir() if p.suffix == ".ann")
    assert names[0] == "0002_Second_text.ann" and names[1] == "same.ann", names
    assert not (tmp_path / "escape.ann").exists()
