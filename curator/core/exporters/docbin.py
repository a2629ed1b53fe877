"""spaCy training data: train.spacy, dev.spacy, test.spacy (DocBin) and export_report.json, in one folder.

A split larger than a shard is a folder of shards instead (`train/0001.spacy`, ...; see `shards`).

`doc.ents` cannot overlap, but annotators may tag nested or overlapping spans ("KGAÖ Dışişleri Bakanları"
and "KGAÖ"). Every span goes into `doc.spans["sc"]` (what spancat trains on); `doc.ents` (what ner trains
on) takes a greedy non-overlapping subset, longest first, and the rest is reported. The train/dev/test
split is by near-duplicate group, stratified by language and seeded (`curator.core.exporters.split`), so
copies of one story never straddle splits and an export can be reproduced and compared.

The DocBins are filled column by column (`TrainingBin`) from the aligned token offsets rather than by
`DocBin.add` on an annotated `Doc` per document, which made the spaCy export of 10,000 short documents
take 2.3 s instead of 0.9 s, and which was only that fast while srsly's msgpack encoder registry was
patched (each `msgpack_dumps` re-reads it; here one `Packer` serves the whole export and no library is
patched). The files are byte for byte those `DocBin.add` gives (tests/core/test_export_equivalence.py
compares them on random corpora), and spaCy still writes them (`DocBin.to_disk`).
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy
import srsly.msgpack
from spacy.attrs import (
    DEP,
    ENT_ID,
    ENT_IOB,
    ENT_KB_ID,
    ENT_TYPE,
    HEAD,
    LEMMA,
    MORPH,
    NORM,
    ORTH,
    POS,
    SENT_START,
    TAG,
)
from spacy.tokens import DocBin, Span
from spacy.vocab import Vocab
from sqlalchemy import func, select
from sqlmodel import col

from curator.core import queries
from curator.core.exporters.alignment import TokenAlignment
from curator.core.exporters.atomic import StagedFiles
from curator.core.exporters.base import (
    ExportRun,
    layer_annotations,
    named_exporter,
)
from curator.core.exporters.report import ExportReport, SpanOnlyInGroup
from curator.core.exporters.shards import SHARDED_NOTE, SplitFiles, remove_stale, stale_files
from curator.core.exporters.split import DEV, SPLITS, TEST, TRAIN, SplitPlan, plan_export_split
from curator.core.exporters.word_keys import WordKeys, key
from curator.core.queries import ExportDocument
from curator.core.storage import Project
from curator.core.storage.models import Event, Relation

SPAN_KEY = "sc"
REPORT_FILE = "export_report.json"

# (start_char, end_char, label, token_start, token_end), as in `TokenAlignment.spans`.
SpanTuple = tuple[int, int, str, int, int]

# spaCy's ENT_IOB codes: a token inside, outside, or at the beginning of an entity.
_INSIDE, _OUTSIDE, _BEGIN = 1, 2, 3
# The token columns a DocBin stores: those a Doc made by the tokenizer (or from words) and given `ents`
# has set, and those it leaves zero (no tagger, parser or entity linker ran).
_FILLED_COLUMNS = (ORTH, NORM, ENT_IOB, ENT_TYPE, SENT_START)
_ZERO_COLUMNS = (TAG, HEAD, DEP, LEMMA, POS, MORPH, ENT_KB_ID, ENT_ID)
# A SpanGroup's span: id, kb_id, label, start, end, start_char, end_char (spaCy's `SpanGroup.to_bytes`).
_SPAN_STRUCT = struct.Struct(">QQQllll")
# Tokens collected before they become one array, cut into the DocBin's per-document views.
_TOKENS_PER_FLUSH = 50_000


def choose_entities(spans: list[Span]) -> tuple[list[Span], list[tuple[Span, Span]]]:
    """A non-overlapping subset for doc.ents (longer first, then earlier); the rest with their blockers."""
    chosen, blocked = _choose([(s.start_char, s.end_char, s.label_, s.start, s.end) for s in spans])
    return [spans[i] for i in chosen], [(spans[i], spans[j]) for i, j in blocked]


def choose_entity_tuples(spans: list[SpanTuple]) -> tuple[list[SpanTuple], list[tuple[SpanTuple, SpanTuple]]]:
    """`choose_entities` for spans as `TokenAlignment.spans` tuples."""
    chosen, blocked = _choose(spans)
    return [spans[i] for i in chosen], [(spans[i], spans[j]) for i, j in blocked]


def _choose(spans: list[SpanTuple]) -> tuple[list[int], list[tuple[int, int]]]:
    """Positions of the entities, in token order, and of the blocked spans with their blockers'."""
    if all(spans[i][4] <= spans[i + 1][3] for i in range(len(spans) - 1)):
        return list(range(len(spans))), []  # one after the other, no two sharing a token: all are entities
    taken: dict[int, int] = {}
    entities: list[int] = []
    blocked: list[tuple[int, int]] = []
    for i in sorted(range(len(spans)), key=lambda i: (spans[i][0] - spans[i][1], spans[i][0], spans[i][2])):
        first, last = spans[i][3], spans[i][4]
        blocker = next((taken[token] for token in range(first, last) if token in taken), None)
        if blocker is None:
            entities.append(i)
            taken.update(dict.fromkeys(range(first, last), i))
        else:
            blocked.append((i, blocker))
    entities.sort(key=lambda i: spans[i][3])
    blocked.sort(key=lambda pair: (spans[pair[0]][3], spans[pair[0]][4]))
    return entities, blocked


class TrainingBin:
    """A `DocBin` filled directly with what `DocBin.add` would store for each document's training `Doc`.

    That Doc is the tokenizer's (or, when alignment split a token, one made from the refined words),
    with every span in `doc.spans["sc"]`, a non-overlapping subset as `doc.ents`, and the document's
    identity in `user_data`. `DocBin.add` stores its token attributes as an array, its strings, its
    spans and user data packed with msgpack; so does `add` here, from the alignment's integers: the
    token columns of many documents are collected in flat lists and made one array (`_flush`), the
    entities and sentence starts written into it by position, and the strings are the tokens' texts
    and norms as they are (not looked up again by hash).
    """

    def __init__(self, packer: srsly.msgpack.Packer, words: WordKeys) -> None:
        self.docbin = DocBin(store_user_data=True)
        self._packer = packer
        self._words = words
        if set(self.docbin.attrs) != {*_FILLED_COLUMNS, *_ZERO_COLUMNS}:
            raise AssertionError(f"this spaCy's DocBin stores other attributes: {self.docbin.attrs}")
        self._columns = {attr: self.docbin.attrs.index(attr) for attr in _FILLED_COLUMNS}
        # The pending documents' tokens, flat, and per document its token count and first SENT_START.
        self._orths: list[int] = []
        self._norms: list[int] = []
        self._spaces: list[bool] = []
        self._lengths: list[int] = []
        self._sent_starts: list[int] = []
        self._entities: list[tuple[int, int, int]] = []  # first and end position in the pending tokens, label
        self._labels: dict[str, int] = {}
        self.token_count = 0

    def __len__(self) -> int:
        return len(self.docbin.user_data)

    def add(
        self,
        document: ExportDocument,
        alignment: TokenAlignment,
        vocab: Vocab,
        entities: list[SpanTuple],
        annotations: dict | None = None,
    ) -> None:
        """Add one document, tokenized with `vocab`'s pipeline, with the spans chosen for doc.ents.

        `annotations` (events and relations by character offsets) joins the document's user data.
        """
        orths, norms = self._columns_of(document, alignment, vocab)
        offset = len(self._orths)
        self._orths += orths
        self._norms += norms
        self._spaces += alignment.spaces
        self._lengths.append(len(orths))
        self._sent_starts.append(1 if alignment.splits else alignment.tokens.sent_start)
        self.token_count += len(orths)
        labels = self._labels
        if entities:
            self._entities += [
                (offset + first, offset + last, labels.get(label) or self._label(label))
                for _, _, label, first, last in entities
            ]
        pack = self._packer.pack
        docbin = self.docbin
        docbin.cats.append({})
        docbin.flags.append({"has_unknown_spaces": False})
        docbin.user_data.append(
            pack(
                {
                    "curator_doc_id": document.id,
                    "curator_title": document.title,
                    "curator_source": document.source,
                    "curator_language": document.language,
                    "curator_pub_date": document.pub_date,
                    "curator_status": document.status,
                    **(annotations or {}),
                }
            )
        )
        spans = [
            _SPAN_STRUCT.pack(0, 0, labels.get(label) or self._label(label), first, last, start, end)
            for start, end, label, first, last in alignment.spans
        ]
        group = pack({"name": SPAN_KEY, "attrs": {}, "spans": spans})
        docbin.span_groups.append(pack({group: [SPAN_KEY]}))
        if len(self._spaces) >= _TOKENS_PER_FLUSH:
            self._flush()

    def finish(self) -> DocBin:
        """The filled DocBin, ready for `to_disk`."""
        self._flush()
        if any(len(tokens) for tokens in self.docbin.tokens):
            self.docbin.strings.add("")  # every token's (empty) tag, lemma, morph, dep, entity type, ...
        return self.docbin

    def _columns_of(
        self, document: ExportDocument, alignment: TokenAlignment, vocab: Vocab
    ) -> tuple[list[int], list[int]]:
        """The ORTH and NORM columns of the document's Doc; their strings join the DocBin's."""
        text = document.text
        strings = self.docbin.strings
        if alignment.splits:  # the Doc is made from the refined words: each token gets its word's lexeme
            words = list(map(text.__getitem__, map(slice, alignment.starts, alignment.ends)))
            norms, norm_strings = self._words.lexeme_norms(vocab, words)
            strings.update(words)
            strings.update(norm_strings)
            return list(map(key, words)), norms
        tokens = alignment.tokens
        words = list(map(text.__getitem__, map(slice, tokens.starts, tokens.ends)))
        strings.update(words)  # each token's ORTH
        if tokens.hashes is not None:  # the tokenizer's Doc, just made
            orths, norms = tokens.orths, tokens.norms
            strings.update(
                vocab.strings[norm] for orth, norm in zip(orths, norms, strict=True) if orth != norm
            )
            return orths, norms
        # The tokenizer's Doc, its tokens read from the token store, with the norms unlike their text.
        orths = list(map(key, words))
        norms = orths.copy()
        for index, norm in tokens.norms_unlike_text:
            norms[index] = key(norm)
            strings.add(norm)
        return orths, norms

    def _label(self, label: str) -> int:
        """The label's key, as `Span(..., label=label)` makes it; its string joins the DocBin's."""
        self._labels[label] = label_key = key(label)
        self.docbin.strings.add(label)
        return label_key

    def _flush(self) -> None:
        """Make the pending token columns one array and cut it into the DocBin's per-document arrays."""
        lengths = self._lengths
        if not lengths:
            return
        total = len(self._spaces)
        tokens = numpy.zeros((total, len(self.docbin.attrs)), dtype=numpy.uint64)
        columns = self._columns
        if total:
            tokens[:, columns[ORTH]] = self._orths
            tokens[:, columns[NORM]] = self._norms
            tokens[:, columns[ENT_IOB]] = _OUTSIDE
            if self._entities:
                _set_entities(self._entities, tokens[:, columns[ENT_IOB]], tokens[:, columns[ENT_TYPE]])
            counts = numpy.asarray(lengths)
            firsts = numpy.cumsum(counts) - counts
            tokens[firsts[counts > 0], columns[SENT_START]] = numpy.asarray(self._sent_starts)[counts > 0]
        cuts = numpy.cumsum(lengths[:-1]).tolist()
        self.docbin.tokens.extend(numpy.split(tokens, cuts))
        spaces = numpy.array(self._spaces, dtype=bool).reshape((total, 1))
        self.docbin.spaces.extend(numpy.split(spaces, cuts))
        for pending in (self._orths, self._norms, self._spaces, lengths, self._sent_starts, self._entities):
            pending.clear()


def _set_entities(entities: list[tuple[int, int, int]], iob: numpy.ndarray, types: numpy.ndarray) -> None:
    """Write entities (first and end token, label) into the ENT_IOB and ENT_TYPE columns, as `doc.ents`
    does: B at an entity's first token, I at the others, its label at all."""
    firsts, ends = (
        numpy.asarray(column, dtype=numpy.int64) for column in list(zip(*entities, strict=True))[:2]
    )
    labels = numpy.asarray([label for _, _, label in entities], dtype=numpy.uint64)
    widths = ends - firsts
    inside = numpy.arange(int(widths.sum())) + numpy.repeat(firsts - (numpy.cumsum(widths) - widths), widths)
    iob[inside] = _INSIDE
    iob[firsts] = _BEGIN
    types[inside] = numpy.repeat(labels, widths)


class DocumentStructures:
    """A document's events and relations by character offsets, for `doc.user_data`, so a DocBin carries
    everything the project knows (spaCy has no event type; `curator_events` is read back as plain data).
    A project without events or relations pays one count query, not one per document."""

    def __init__(self, project: Project) -> None:
        self._project = project
        with project.read() as session:
            self._any = bool(
                session.execute(select(func.count(col(Event.id)))).scalar_one()
                or session.execute(select(func.count(col(Relation.id)))).scalar_one()
            )

    def of(self, document: ExportDocument) -> dict:
        """Offsets are into the exported text (excluded boilerplate cut out)."""
        if not self._any:
            return {}
        document_id = document.id
        layer_spans, layer_events, relations = layer_annotations(
            document,
            queries.list_spans(self._project, document_id),
            queries.list_events(self._project, document_id),
            queries.list_relations(self._project, document_id),
        )
        spans = {s.id: s for s in layer_spans}
        events = [e for e in layer_events if document.offsets(e.trigger_start, e.trigger_end) is not None]
        index: dict[int | None, int] = {event.id: position for position, event in enumerate(events)}

        def offsets(span_id: int | None) -> dict:
            span = spans.get(span_id) if span_id is not None else None
            landed = document.offsets(span.start, span.end) if span else None
            return {"start": landed[0], "end": landed[1], "label": span.label} if span and landed else {}

        return {
            "curator_events": [
                {
                    "type": event.type,
                    "trigger": list(document.offsets(event.trigger_start, event.trigger_end) or ()),
                    "realis": event.realis,
                    "date": event.date_iso,
                    "date_precision": event.date_precision,
                    "arguments": [
                        {"role": a.role, **offsets(a.span_id)}
                        if a.span_id is not None
                        else {"role": a.role, "event": index.get(a.argument_event_id)}
                        for a in event.arguments
                    ],
                }  # fmt: skip
                for event in events
            ],
            "curator_relations": [
                {"type": r.type, "head": offsets(r.head_span_id), "child": offsets(r.child_span_id)}
                for r in relations
            ],
        }


def training_entry(
    document: ExportDocument, alignment: TokenAlignment, report: ExportReport
) -> list[SpanTuple]:
    """The entities chosen for doc.ents, with the report updated for the spans only in the span group."""
    spans = alignment.spans
    entities, blocked = choose_entity_tuples(spans) if spans else ([], [])
    report.spans_written += len(spans)
    report.spans_in_ents = (report.spans_in_ents or 0) + len(entities)
    if blocked:
        text = document.text
        report.only_in_span_group.extend(
            SpanOnlyInGroup(
                document.id,
                span[0],
                span[1],
                span[2],
                text[span[0] : span[1]],
                (blocker[0], blocker[1], blocker[2]),
            )
            for span, blocker in blocked
        )
    return entities


def write(run: ExportRun) -> None:
    out = run.out
    created = not out.exists()
    out.mkdir(exist_ok=True)
    made = [out / name for name in SPLITS if not (out / name).exists()]  # shard folders it may make
    try:
        _write_into(run, out)
    except BaseException:
        for folder in [*made, *([out] if created else [])]:
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        raise


def _write_into(run: ExportRun, out: Path) -> None:
    """Stream the documents into each split's shards (`curator.core.exporters.shards`), staged as they
    fill; the split's files replace an earlier export's together, with the report, at the end."""
    options = run.options
    report = run.report
    report.seed, report.dev_fraction, report.spans_in_ents = options.seed, options.dev_fraction, 0
    report.test_fraction = options.test_fraction
    plan = _plan(run)
    # One packer for the whole export, made as srsly.msgpack_dumps (which DocBin.add calls three times
    # per document) makes one per call; each of those re-reads catalogue's registry of encoders.
    packer = srsly.msgpack.Packer(use_bin_type=True)
    words = WordKeys()
    vocabs: dict[str, Vocab] = {}
    structures = DocumentStructures(run.project)
    events_written = relations_written = 0
    every_layer = options.layer_choice.kind == "all"
    with StagedFiles() as staged:
        files = {name: SplitFiles(out, name, staged, lambda: TrainingBin(packer, words)) for name in SPLITS}
        for document, alignment in run.aligned_documents():
            # By document, not by copy: `--layer all` gives a document once per layer, all in one split.
            vocab = vocabs.get(document.language)
            if vocab is None:
                vocab = vocabs[document.language] = run.vocab(document.language)
            entities = training_entry(document, alignment, report)
            annotations = structures.of(document)
            if every_layer:
                annotations["curator_layer"] = document.layer
            events_written += len(annotations.get("curator_events", ()))
            relations_written += len(annotations.get("curator_relations", ()))
            split = plan.of(document.id)
            run.split_of[document.id] = split
            files[split].current().add(document, alignment, vocab, entities, annotations)
        _note(run, plan, events_written, relations_written)
        report.train_documents, report.dev_documents = files[TRAIN].documents, files[DEV].documents
        report.test_documents = files[TEST].documents if options.test_fraction > 0 else None
        wanted = {TRAIN: True, DEV: options.dev_fraction > 0, TEST: options.test_fraction > 0}
        targets = {name: files[name].finish() if wanted[name] else [] for name in SPLITS}
        for name in SPLITS:
            report.removed.extend(stale_files(out, name, targets[name]))
        report.outputs.extend([*(path for name in SPLITS for path in targets[name]), out / REPORT_FILE])
        if any(len(paths) > 1 for paths in targets.values()):
            report.notes.append(SHARDED_NOTE)
        report_text = json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
        staged.add(out / REPORT_FILE).write_text(report_text + "\n", encoding="utf-8")
        run.check_cancelled()
        staged.commit()
    remove_stale(out, report.removed)


def _note(run: ExportRun, plan: SplitPlan, events_written: int, relations_written: int) -> None:
    """The report's notes on events and relations, layer copies and near-duplicates kept together."""
    report = run.report
    if events_written or relations_written:
        report.notes.append(
            f"{events_written} events and {relations_written} relations stored by character offsets in "
            "doc.user_data['curator_events'] and ['curator_relations']"
        )
    run.note_layer_copies("each names its layer in doc.user_data['curator_layer'], all in one split")
    if plan.copies_kept_together:
        report.notes.append(
            f"{plan.documents_in_groups} near-duplicate documents in {plan.copies_kept_together} "
            f"group{'' if plan.copies_kept_together == 1 else 's'}, "
            "each group in one split (split by group, stratified by language)"
        )


def _plan(run: ExportRun) -> SplitPlan:
    options = run.options
    return plan_export_split(
        run.project,
        status=options.status,
        worked_on_only=not options.include_untouched,
        layer=options.layer_choice,
        dev_fraction=options.dev_fraction,
        test_fraction=options.test_fraction,
        seed=options.seed,
        by_document=options.split_by_document,
    )


EXPORTER = named_exporter("spacy", write)
