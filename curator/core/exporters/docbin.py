"""spaCy training data: train.spacy and dev.spacy (DocBin) plus export_report.json, in one folder.

`doc.ents` cannot overlap, but annotators may tag nested or overlapping spans ("KGAÖ Dışişleri Bakanları"
and "KGAÖ"). Every span goes into `doc.spans["sc"]` (what spancat trains on); `doc.ents` (what ner trains
on) takes a greedy non-overlapping subset, longest first, and the rest is reported. The train/dev split is
by document, seeded, so an export can be reproduced and compared.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from spacy.tokens import Doc, DocBin, Span

from curator.core.exporters.alignment import AlignedDocument
from curator.core.exporters.atomic import StagedFiles
from curator.core.exporters.base import Exporter, ExportRun
from curator.core.exporters.msgpack_speed import cached_msgpack_encoders
from curator.core.exporters.report import ExportReport, SpanOnlyInGroup
from curator.core.queries import ExportDocument

SPAN_KEY = "sc"
TRAIN_FILE = "train.spacy"
DEV_FILE = "dev.spacy"
REPORT_FILE = "export_report.json"


def dev_positions(total: int, fraction: float, seed: int) -> frozenset[int]:
    """Which documents (by position in id order) go to dev: round(total * fraction) of them, seeded.

    At least one when there are two or more documents and a fraction above zero, and never all of them,
    so neither file is empty unless the corpus is too small to split.
    """
    if total < 2 or fraction <= 0:
        return frozenset()
    size = min(max(1, round(total * fraction)), total - 1)
    return frozenset(random.Random(seed).sample(range(total), size))


def choose_entities(spans: list[Span]) -> tuple[list[Span], list[tuple[Span, Span]]]:
    """A non-overlapping subset for doc.ents (longer first, then earlier); the rest with their blockers."""
    taken: dict[int, Span] = {}
    entities: list[Span] = []
    blocked: list[tuple[Span, Span]] = []
    for span in sorted(spans, key=lambda s: (s.start_char - s.end_char, s.start_char, s.label_)):
        blocker = next((taken[i] for i in range(span.start, span.end) if i in taken), None)
        if blocker is None:
            entities.append(span)
            taken.update(dict.fromkeys(range(span.start, span.end), span))
        else:
            blocked.append((span, blocker))
    entities.sort(key=lambda s: s.start)
    blocked.sort(key=lambda pair: (pair[0].start, pair[0].end))
    return entities, blocked


def training_doc(document: ExportDocument, aligned: AlignedDocument, report: ExportReport) -> Doc:
    """The aligned Doc with its spans set, the document's identity in user_data, and the report updated."""
    doc = aligned.doc
    doc.spans[SPAN_KEY] = aligned.spans
    entities, blocked = choose_entities(aligned.spans)
    doc.ents = entities
    doc.user_data.update(
        curator_doc_id=document.id,
        curator_title=document.title,
        curator_source=document.source,
        curator_language=document.language,
        curator_pub_date=document.pub_date,
        curator_status=document.status,
    )
    report.spans_written += len(aligned.spans)
    report.spans_in_ents = (report.spans_in_ents or 0) + len(entities)
    report.only_in_span_group.extend(
        SpanOnlyInGroup(
            document.id,
            span.start_char,
            span.end_char,
            span.label_,
            span.text,
            (blocker.start_char, blocker.end_char, blocker.label_),
        )
        for span, blocker in blocked
    )
    return doc


def write(run: ExportRun) -> None:
    out = run.out
    created = not out.exists()
    out.mkdir(exist_ok=True)
    try:
        _write_into(run, out)
    except BaseException:
        if created and not any(out.iterdir()):
            out.rmdir()
        raise


def _write_into(run: ExportRun, out: Path) -> None:
    options = run.options
    report = run.report
    report.seed, report.dev_fraction, report.spans_in_ents = options.seed, options.dev_fraction, 0
    to_dev = dev_positions(run.total, options.dev_fraction, options.seed)
    train, dev = DocBin(store_user_data=True), DocBin(store_user_data=True)
    with cached_msgpack_encoders():
        for position, document in enumerate(run.documents()):
            doc = training_doc(document, run.align(document), report)
            (dev if position in to_dev else train).add(doc)
    report.train_documents, report.dev_documents = len(train), len(dev)
    targets = [out / TRAIN_FILE] + ([out / DEV_FILE] if options.dev_fraction > 0 else [])
    stale_dev = out / DEV_FILE
    if options.dev_fraction <= 0 and stale_dev.is_file():
        report.removed.append(stale_dev)
    report.outputs.extend([*targets, out / REPORT_FILE])
    with StagedFiles() as staged:
        with cached_msgpack_encoders():
            for target, bin_ in zip(targets, (train, dev), strict=False):
                bin_.to_disk(staged.add(target))
        report_text = json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
        staged.add(out / REPORT_FILE).write_text(report_text + "\n", encoding="utf-8")
        run.check_cancelled()
        staged.commit()
    for path in report.removed:
        path.unlink()


EXPORTER = Exporter(
    name="spacy",
    description="spaCy DocBin training data: train.spacy and dev.spacy, a seeded split by document",
    target="directory",
    write=write,
)
