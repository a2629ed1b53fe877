"""The import and export formats as the command line shows them: names, descriptions, extensions and
options, as plain data that imports nothing but the standard library.

The real registries (`importers/registry.py`, `exporters/__init__.py`) hold the parsers and writers, and
loading them pulls in spaCy (with spacy.cli and weasel), trafilatura, SQLAlchemy's ORM, pypdf and
dateparser: 2.5 s and 130 MiB before `curator --help` could print a line. The command line builds its
`--format` choices, epilogs and option flags from this module instead and loads a registry only when an
import or export runs. A format or option added to a registry is added here too; tests/core/
test_formats.py compares the two field by field, so they cannot drift apart.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

# Roles a column can play, in the order the command line and the window list them.
COLUMN_ROLES = ("text", "title", "date", "language", "source", "url")
SENTENCES_PER_DOC = 10  # CoNLL without -DOCSTART- and bracket notation: sentences per document
DEFAULT_LAYER = "default"  # `curator.core.layers.DEFAULT_LAYER`, kept here so --help loads no ORM

OptionValue = bool | int | float | str


def column_list(value: str) -> tuple[str, ...]:
    """`a, b,c` as the names it lists; an empty string lists none."""
    return tuple(name.strip() for name in value.split(",") if name.strip())


def sentence_count(value: str) -> int:
    """A count of sentences from the command line; the message is what argparse shows."""
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a count of sentences (0 or more)")
    return number


@dataclass(frozen=True, slots=True)
class ImportOption:
    """One option an import format reads: the `ImportOptions` field it sets, its flag, and how a string
    becomes its value (the command line's argument parsing is built from these)."""

    field: str
    flag: str
    metavar: str
    help: str
    convert: Callable[[str], object] = str


@dataclass(frozen=True, slots=True)
class ExportOption:
    """An option some formats read: the `ExportOptions` field it sets (also `export_project`'s keyword),
    its command-line flag and help, and what the export dialog shows for it. `kind` says how it is
    given: "flag" (on or off), "choice" (one of `choices`), "text" (any text, `choices` offered),
    "float" or "int" (from `minimum`, below `below`, in `step`s)."""

    name: str
    flag: str
    label: str
    help: str
    kind: Literal["flag", "choice", "text", "float", "int"]
    default: OptionValue = False
    choices: tuple[str, ...] = ()
    minimum: float = 0
    below: float = 2**31
    step: float = 1

    def problem(self, value: OptionValue) -> str | None:
        """What is wrong with a number out of range, for the user; None when it is fine."""
        if self.kind in ("float", "int") and not self.minimum <= float(value) < self.below:
            return f"{self.flag} must be at least {self.minimum:g} and below {self.below:g}"
        return None


@dataclass(frozen=True, slots=True)
class ImportFormatName:
    """What `curator import` shows of a format (`importers.format.ImportFormat` without its code)."""

    name: str
    description: str
    extensions: tuple[str, ...]
    options: tuple[ImportOption, ...] = ()
    named_extensions: tuple[str, ...] = ()
    auto: bool = True


@dataclass(frozen=True, slots=True)
class ExportFormatName:
    """What `curator export` shows of a format (`exporters.base.Exporter` without its writer)."""

    name: str
    description: str
    target: Literal["file", "directory"]
    suffix: str = ""
    options: tuple[ExportOption, ...] = ()


COLUMN_OPTIONS: tuple[ImportOption, ...] = (
    *(
        ImportOption(f"{role}_column", f"--{role}-column", "NAME", f"the {role} column")
        for role in COLUMN_ROLES
    ),
    ImportOption(
        "meta_columns",
        "--meta-columns",
        "A,B,C",
        "the only columns kept as metadata (default: all columns not mapped above; '' keeps none)",
        column_list,
    ),
)
COLUMN_FIELDS = frozenset(option.field for option in COLUMN_OPTIONS)
SENTENCES_PER_OPTION = ImportOption(
    "sentences_per_doc",
    "--sentences-per-doc",
    "N",
    f"sentences per document of a CoNLL file without -DOCSTART- or of a bracket-notation file "
    f"(default {SENTENCES_PER_DOC}; 0: one document per file)",
    sentence_count,
)
_JSON = (".jsonl", ".json", ".ndjson")

# In the registry's order: auto-detection and the help list them alike.
IMPORT_FORMAT_NAMES: tuple[ImportFormatName, ...] = (
    ImportFormatName("txt", "plain text, one document per file (decoded, normalised)", (".txt", ".md")),
    ImportFormatName("jsonl", "Prodigy/spaCy JSONL tasks with their spans", _JSON),
    ImportFormatName("doccano", "doccano JSONL with label triples or entities", _JSON),
    ImportFormatName(
        "conll",
        "CoNLL-2003 / BIO tokens with IOB1, IOB2 or BILOU tags",
        (".conll", ".bio", ".iob"),
        (SENTENCES_PER_OPTION,),
        named_extensions=(".txt",),
    ),
    ImportFormatName(
        "brat", "brat standoff: NAME.txt + NAME.ann pairs, with annotation.conf", (".ann", ".txt")
    ),
    ImportFormatName("html", "web pages: the article and its metadata", (".html", ".htm", ".xhtml")),
    ImportFormatName("pdf", "PDF text, parsed in a limited child process", (".pdf",)),
    ImportFormatName("docx", "Word documents (.docx)", (".docx",)),
    ImportFormatName("zip", "zip archives, member by member", (".zip",)),
    ImportFormatName("csv", "CSV/TSV, one document per row", (".csv", ".tsv"), COLUMN_OPTIONS),
    ImportFormatName(
        "records",
        "JSON records with another text field (name it with --text-column)",
        _JSON,
        COLUMN_OPTIONS,
        auto=False,
    ),
    ImportFormatName(
        "brackets",
        "bracket NER notation, one sentence per line with [TYPE words ] entities",
        (".txt",),
        (SENTENCES_PER_OPTION,),
    ),
)

INCLUDE_UNTOUCHED = ExportOption(
    "include_untouched",
    "--include-untouched",
    "Include untouched documents (new, no annotations)",
    "keep documents nobody touched (new, no spans); left out, their text cannot teach a model that its "
    "names are not names",
    "flag",
)
LAYER = ExportOption(
    "layer",
    "--layer",
    "Layer",
    "whose annotations to export: gold, an annotator's name, or all (each layer apart); by default gold "
    "where a document has it, else its single annotator's layer, and a document with several layers "
    "and no gold is left out and reported",
    "text",
    default=DEFAULT_LAYER,
    choices=(DEFAULT_LAYER, "gold", "all"),
)
CONLL_SCHEME = ExportOption(
    "conll_scheme",
    "--scheme",
    "Tag scheme",
    "tag scheme of the entity tags",
    "choice",
    "IOB2",
    choices=("IOB2", "IOB1", "BILOU"),
)
DEV_FRACTION = ExportOption(
    "dev_fraction",
    "--dev-fraction",
    "Dev fraction",
    "share of documents for dev",
    "float",
    0.2,
    minimum=0,
    below=1,
    step=0.05,
)
TEST_FRACTION = ExportOption(
    "test_fraction",
    "--test-fraction",
    "Test fraction",
    "share of documents for test (test.spacy); with the dev fraction below 1",
    "float",
    0.0,
    minimum=0,
    below=1,
    step=0.05,
)
SPLIT_BY_DOCUMENT = ExportOption(
    "split_by_document",
    "--split-by-document",
    "Split by document (no duplicate search)",
    "split by document instead of by near-duplicate group: no duplicate search (faster on a big corpus), "
    "but copies of one story can land in train and dev",
    "flag",
)
SEED = ExportOption("seed", "--seed", "Split seed", "seed of the train/dev/test split", "int", 0)
CSV_BOM = ExportOption(
    "csv_bom",
    "--csv-bom",
    "UTF-8 with BOM (for spreadsheet programs)",
    "start CSV files with a UTF-8 BOM (spreadsheets)",
    "flag",
)
EACH_MENTION = ExportOption(
    "each_mention",
    "--each-mention",
    "One record per mention (not per corpus event)",
    "event records: one record per mention, even where `curator events consolidate` grouped them",
    "flag",
)
MERGE_DUPLICATES = ExportOption(
    "merge_duplicates",
    "--merge-duplicates",
    "One record per event reported by several documents",
    "event records: one record for an event several documents report",
    "flag",
)
LAYOUT = ExportOption(
    "layout",
    "--layout",
    "CSV layout",
    "events CSV: lean (the columns the exported event types use, parties as JSON arrays) or full "
    "(every column, lists joined by '|')",
    "text",
    default="lean",
    choices=("lean", "full"),
)
_EVENT_RECORDS = (EACH_MENTION, MERGE_DUPLICATES, LAYER)

# In the registry's order (`EXPORT_FORMATS`).
EXPORT_FORMAT_NAMES: tuple[ExportFormatName, ...] = (
    ExportFormatName(
        "jsonl",
        "Prodigy/spaCy JSONL: one task per document with tokens and token-aligned spans",
        "file",
        ".jsonl",
        (INCLUDE_UNTOUCHED, LAYER),
    ),
    ExportFormatName(
        "spacy",
        "spaCy DocBin training data: train.spacy, dev.spacy (and test.spacy), a seeded split by "
        "near-duplicate group, stratified by language; a split over 5,000 documents is a folder of shards "
        "(train/0001.spacy, ...)",
        "directory",
        options=(DEV_FRACTION, TEST_FRACTION, SEED, SPLIT_BY_DOCUMENT, INCLUDE_UNTOUCHED, LAYER),
    ),
    ExportFormatName(
        "conll",
        "CoNLL-2003 / BIO: one token and its tag per line (IOB2, or IOB1 or BILOU on request)",
        "file",
        ".conll",
        (CONLL_SCHEME, INCLUDE_UNTOUCHED, LAYER),
    ),
    ExportFormatName(
        "brat",
        "brat standoff: a folder of NNNN_<title>.txt + .ann per document, with annotation.conf",
        "directory",
        options=(INCLUDE_UNTOUCHED, LAYER),
    ),
    ExportFormatName(
        "doccano",
        "doccano JSONL: entities and relations (events flattened to trigger + role relations)",
        "file",
        ".jsonl",
        (LAYER,),
    ),
    ExportFormatName(
        "events-jsonl",
        "Clean event records, one JSON object per event (date, parties, trigger, evidence, source)",
        "file",
        ".jsonl",
        _EVENT_RECORDS,
    ),
    ExportFormatName(
        "events-csv",
        "Clean event records as a spreadsheet-ready CSV table (--layout lean or full)",
        "file",
        ".csv",
        (CSV_BOM, EACH_MENTION, MERGE_DUPLICATES, LAYER, LAYOUT),
    ),
    ExportFormatName(
        "entities-jsonl",
        "Canonical entities with aliases, Wikidata id, mention and document counts (JSONL)",
        "file",
        ".jsonl",
    ),
    ExportFormatName(
        "entities-csv",
        "Canonical entities with aliases, Wikidata id, mention and document counts (CSV)",
        "file",
        ".csv",
        (CSV_BOM,),
    ),
    ExportFormatName(
        "plover-jsonl",
        "Events as PLOVER/POLECAT-style event JSON (events without a PLOVER category are skipped)",
        "file",
        ".jsonl",
        _EVENT_RECORDS,
    ),
)
IMPORT_FORMATS: dict[str, ImportFormatName] = {fmt.name: fmt for fmt in IMPORT_FORMAT_NAMES}
EXPORT_FORMATS: dict[str, ExportFormatName] = {fmt.name: fmt for fmt in EXPORT_FORMAT_NAMES}


def import_options() -> list[tuple[ImportOption, tuple[str, ...]]]:
    """Each option some import format reads (once, in declaration order) with the names of those
    formats: `importers.registry.declared_options` without loading the importers."""
    readers: dict[str, list[str]] = {}
    options: dict[str, ImportOption] = {}
    for fmt in IMPORT_FORMAT_NAMES:
        for option in fmt.options:
            options.setdefault(option.field, option)
            readers.setdefault(option.field, []).append(fmt.name)
    return [(option, tuple(readers[field])) for field, option in options.items()]


def export_options() -> list[tuple[ExportOption, tuple[str, ...]]]:
    """Each option some export format reads, once, with the names of the formats reading it: the
    options of fewer formats first (they belong with their format), the shared ones last, else in
    registry order. `exporters.declared_options` without loading the exporters."""
    options: dict[str, ExportOption] = {}
    readers: dict[str, list[str]] = {}
    for fmt in EXPORT_FORMAT_NAMES:
        for option in fmt.options:
            options.setdefault(option.name, option)
            readers.setdefault(option.name, []).append(fmt.name)
    declared = [(option, tuple(readers[name])) for name, option in options.items()]
    return sorted(declared, key=lambda item: len(item[1]))
