"""Core texts the project, import/export and review flows show, listed for Qt's translation system.

The core never imports Qt, so its format descriptions, export options, health check names, boilerplate
kinds and document statuses are plain English there. Each is repeated here once, marked with
QT_TRANSLATE_NOOP so pyside6-lupdate finds it, and translated where the window shows it with the same
context. tests/ui/test_i18n_flows.py checks that every entry of those core registries is listed here,
so a new format or option cannot reach the dialog untranslated. A text missing here is shown in English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from curator.core.project.health_report import HealthReport

FORMATS = "ExportFormats"
OPTIONS = "ExportOptions"
CHECKS = "HealthChecks"
KINDS = "BoilerplateKinds"
STATUSES = "DocumentStatuses"

EXPORT_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP(
        "ExportFormats",
        "Prodigy/spaCy JSONL: one task per document with tokens and token-aligned spans",
    ),
    QT_TRANSLATE_NOOP(
        "ExportFormats",
        "spaCy DocBin training data: train.spacy, dev.spacy (and test.spacy), a seeded split by "
        "near-duplicate group, stratified by language; a split over 5,000 documents is a folder of shards "
        "(train/0001.spacy, ...)",
    ),
    QT_TRANSLATE_NOOP(
        "ExportFormats",
        "CoNLL-2003 / BIO: one token and its tag per line (IOB2, or IOB1 or BILOU on request)",
    ),
    QT_TRANSLATE_NOOP(
        "ExportFormats",
        "brat standoff: a folder of NNNN_<title>.txt + .ann per document, with annotation.conf",
    ),
    QT_TRANSLATE_NOOP(
        "ExportFormats",
        "doccano JSONL: entities and relations (events flattened to trigger + role relations)",
    ),
    QT_TRANSLATE_NOOP(
        "ExportFormats",
        "Clean event records, one JSON object per event (date, parties, trigger, evidence, source)",
    ),
    QT_TRANSLATE_NOOP(
        "ExportFormats",
        "Clean event records as a spreadsheet-ready CSV table (--layout lean or full)",
    ),
    QT_TRANSLATE_NOOP(
        "ExportFormats",
        "Canonical entities with aliases, Wikidata id, mention and document counts (JSONL)",
    ),
    QT_TRANSLATE_NOOP(
        "ExportFormats",
        "Canonical entities with aliases, Wikidata id, mention and document counts (CSV)",
    ),
    QT_TRANSLATE_NOOP(
        "ExportFormats",
        "Events as PLOVER/POLECAT-style event JSON (events without a PLOVER category are skipped)",
    ),
)

OPTION_TEXTS = (
    QT_TRANSLATE_NOOP("ExportOptions", "Include untouched documents (new, no annotations)"),
    QT_TRANSLATE_NOOP(
        "ExportOptions",
        "keep documents nobody touched (new, no spans); left out, their text cannot teach a model that its "
        "names are not names",
    ),
    QT_TRANSLATE_NOOP("ExportOptions", "Layer"),
    QT_TRANSLATE_NOOP(
        "ExportOptions",
        "whose annotations to export: gold, an annotator's name, or all (each layer apart); by default gold "
        "where a document has it, else its single annotator's layer, and a document with several layers "
        "and no gold is left out and reported",
    ),
    QT_TRANSLATE_NOOP("ExportOptions", "Tag scheme"),
    QT_TRANSLATE_NOOP("ExportOptions", "tag scheme of the entity tags"),
    QT_TRANSLATE_NOOP("ExportOptions", "Dev fraction"),
    QT_TRANSLATE_NOOP("ExportOptions", "share of documents for dev"),
    QT_TRANSLATE_NOOP("ExportOptions", "Test fraction"),
    QT_TRANSLATE_NOOP(
        "ExportOptions",
        "share of documents for test (test.spacy); with the dev fraction below 1",
    ),
    QT_TRANSLATE_NOOP("ExportOptions", "Split by document (no duplicate search)"),
    QT_TRANSLATE_NOOP(
        "ExportOptions",
        "split by document instead of by near-duplicate group: no duplicate search (faster on a big corpus), "
        "but copies of one story can land in train and dev",
    ),
    QT_TRANSLATE_NOOP("ExportOptions", "Split seed"),
    QT_TRANSLATE_NOOP("ExportOptions", "seed of the train/dev/test split"),
    QT_TRANSLATE_NOOP("ExportOptions", "UTF-8 with BOM (for spreadsheet programs)"),
    QT_TRANSLATE_NOOP("ExportOptions", "start CSV files with a UTF-8 BOM (spreadsheets)"),
    QT_TRANSLATE_NOOP("ExportOptions", "One record per mention (not per corpus event)"),
    QT_TRANSLATE_NOOP(
        "ExportOptions",
        "event records: one record per mention, even where `curator events consolidate` grouped them",
    ),
    QT_TRANSLATE_NOOP("ExportOptions", "One record per event reported by several documents"),
    QT_TRANSLATE_NOOP("ExportOptions", "event records: one record for an event several documents report"),
    QT_TRANSLATE_NOOP("ExportOptions", "CSV layout"),
    QT_TRANSLATE_NOOP(
        "ExportOptions",
        "events CSV: lean (the columns the exported event types use, parties as JSON arrays) or full "
        "(every column, lists joined by '|')",
    ),
)

# The words among the options' choices; the exporter still gets the word itself (the CLI value).
CHOICES = "ExportChoices"
CHOICE_WORDS = (
    QT_TRANSLATE_NOOP("ExportChoices", "default"),
    QT_TRANSLATE_NOOP("ExportChoices", "gold"),
    QT_TRANSLATE_NOOP("ExportChoices", "all"),
    QT_TRANSLATE_NOOP("ExportChoices", "lean"),
    QT_TRANSLATE_NOOP("ExportChoices", "full"),
)

CHECK_NAMES = (
    QT_TRANSLATE_NOOP("HealthChecks", "integrity"),
    QT_TRANSLATE_NOOP("HealthChecks", "foreign keys"),
    QT_TRANSLATE_NOOP("HealthChecks", "rows"),
    QT_TRANSLATE_NOOP("HealthChecks", "content hashes"),
    QT_TRANSLATE_NOOP("HealthChecks", "connection"),
    QT_TRANSLATE_NOOP("HealthChecks", "schema revision"),
    QT_TRANSLATE_NOOP("HealthChecks", "references"),
    QT_TRANSLATE_NOOP("HealthChecks", "offsets"),
    QT_TRANSLATE_NOOP("HealthChecks", "span counts"),
)

KIND_TEXTS = (
    QT_TRANSLATE_NOOP(
        "BoilerplateKinds",
        "a line repeated in the document (a caption, a repeated title) or in many documents",
    ),
    QT_TRANSLATE_NOOP("BoilerplateKinds", "an “other photos” list: its heading and the captions under it"),
    QT_TRANSLATE_NOOP("BoilerplateKinds", "a list of related articles"),
    QT_TRANSLATE_NOOP("BoilerplateKinds", "currency or market ticker lines"),
    QT_TRANSLATE_NOOP("BoilerplateKinds", "a section tag or breadcrumb trail"),
    QT_TRANSLATE_NOOP("BoilerplateKinds", "comment-box text and share buttons"),
    QT_TRANSLATE_NOOP("BoilerplateKinds", "a publisher's letterhead above the title"),
    QT_TRANSLATE_NOOP("BoilerplateKinds", "a date, URL or date prefix line outside the article text"),
    QT_TRANSLATE_NOOP("BoilerplateKinds", "a hard line break inside a sentence (PDF), proposed for joining"),
    QT_TRANSLATE_NOOP("BoilerplateKinds", "repeated line"),
    QT_TRANSLATE_NOOP("BoilerplateKinds", "other photos"),
    QT_TRANSLATE_NOOP("BoilerplateKinds", "related links"),
    QT_TRANSLATE_NOOP("BoilerplateKinds", "ticker"),
    QT_TRANSLATE_NOOP("BoilerplateKinds", "section tag"),
    QT_TRANSLATE_NOOP("BoilerplateKinds", "comment box"),
    QT_TRANSLATE_NOOP("BoilerplateKinds", "masthead"),
    QT_TRANSLATE_NOOP("BoilerplateKinds", "metadata"),
    QT_TRANSLATE_NOOP("BoilerplateKinds", "line join"),
    QT_TRANSLATE_NOOP("BoilerplateKinds", "proposed"),
    QT_TRANSLATE_NOOP("BoilerplateKinds", "accepted"),
    QT_TRANSLATE_NOOP("BoilerplateKinds", "rejected"),
)

STATUS_WORDS = (
    QT_TRANSLATE_NOOP("DocumentStatuses", "new"),
    QT_TRANSLATE_NOOP("DocumentStatuses", "in progress"),
    QT_TRANSLATE_NOOP("DocumentStatuses", "annotated"),
    QT_TRANSLATE_NOOP("DocumentStatuses", "approved"),
    QT_TRANSLATE_NOOP("DocumentStatuses", "returned"),
)


def shown(context: str, text: str) -> str:
    """`text` in the interface language when this catalogue (and the loaded translation) has it."""
    return QCoreApplication.translate(context, text)


def kind_name(kind: str) -> str:
    """A boilerplate kind as a table shows it: "repeated_line" → "repeated line", translated."""
    return shown(KINDS, kind.replace("_", " "))


def status_word(status: str) -> str:
    """A document status as words ("in_progress" → "in progress"), translated."""
    return shown(STATUSES, status.replace("_", " "))


def health_summary(report: HealthReport) -> str:
    """`HealthReport.summary` in the interface language (check names included); in English, the core's
    own words (its "1 problem" / "2 problems" rather than "problem(s)")."""
    if report.ok:
        checks = ", ".join(shown(CHECKS, check) for check in report.checks)
        template = QCoreApplication.translate(
            "HealthReport", "ok: {checks} of {documents} documents checked at {time}"
        )
        return template.format(checks=checks, documents=report.documents, time=report.checked_at)
    count = len(report.problems) + report.more_problems
    template = QCoreApplication.translate("HealthReport", "damaged: %n problem(s) found at {time}", "", count)
    if template == f"damaged: {count} problem(s) found at {{time}}":  # no translation: the core's English
        return report.summary()
    return template.format(time=report.checked_at)


def health_lines(report: HealthReport) -> list[str]:
    """`HealthReport.lines` in the interface language; each problem's own line stays the core's English
    (its detail comes from SQLite or the server)."""
    lines = [f"{report.path}: {health_summary(report)}"]
    lines += [f"  {problem.line()}" for problem in report.problems]
    if report.more_problems:
        lines.append(
            QCoreApplication.translate("HealthReport", "  … and {count} more").format(
                count=report.more_problems
            )
        )
    lines += [
        QCoreApplication.translate("HealthReport", "note: {note}").format(note=note) for note in report.notes
    ]
    if not report.ok and not report.server:
        if report.latest_good_backup:
            lines.append(
                QCoreApplication.translate("HealthReport", "latest good backup: {path}").format(
                    path=report.latest_good_backup
                )
            )
            lines.append(
                QCoreApplication.translate("HealthReport", "restore it with: curator restore BACKUP NEW_FILE")
            )
        else:
            lines.append(QCoreApplication.translate("HealthReport", "no good backup found"))
    return lines
