"""What every exporter shares: the streamed documents, progress and cancellation, alignment, the report.

An exporter is one module with one `write(run)` function registered under a name; `ExportRun` gives it
the documents one at a time (never the whole corpus), calls `progress` and checks `is_cancelled` between
documents, and turns alignment results into report entries so no exporter can drop a span silently.
`aligned_documents` gives each document with its tokens already aligned, as integers, tokenizing a batch
of documents at once (JSONL and DocBin, where speed matters); `documents` and `align` give a document and
then a spaCy `Doc` for it, for exporters that want spaCy objects or bring their own tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeVar, cast

from spacy.language import Language
from spacy.vocab import Vocab

from curator.core.domain import DocumentFilter, EventRecord, RelationRecord, SpanRecord
from curator.core.exporters.alignment import (
    AlignedDocument,
    TokenAlignment,
    UnalignedSpan,
    align,
    align_tokens,
)
from curator.core.exporters.manifest import ManifestDocuments
from curator.core.exporters.report import ExportCancelled, ExportReport, LeftOutSpan
from curator.core.formats import EXPORT_FORMATS as NAMED_EXPORTS
from curator.core.formats import INCLUDE_UNTOUCHED, ExportOption
from curator.core.formats import LAYER as LAYER  # the exporters import it from here, with INCLUDE_UNTOUCHED
from curator.core.layers import DEFAULT_LAYER, NO_LAYER, LayerChoice
from curator.core.queries import ExportDocument, count_documents, iter_export_documents
from curator.core.storage import Project
from curator.core.text.token_store import StoredTokenizer, TokenStore
from curator.core.text.tokenization import EXPORT_LEXEME_ATTRIBUTES, DocumentTokens, TokenizerCache

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
T = TypeVar("T")

# Documents tokenized and aligned together: enough to tokenize efficiently, few enough (in number and
# in characters) to keep memory small and cancelling prompt, since cancelling is checked between documents.
BATCH_SIZE = 500
BATCH_CHARACTERS = 200_000


@dataclass(frozen=True, slots=True)
class ExportOptions:
    dev_fraction: float = 0.2
    seed: int = 0
    status: str | None = None
    conll_scheme: str = "IOB2"
    csv_bom: bool = False  # CSV formats: start with a UTF-8 byte order mark (for spreadsheet programs)
    merge_duplicates: bool = False  # event records: one record for an event several documents report
    each_mention: bool = False  # event records: one per mention even where a corpus event groups them
    # Training formats leave out documents nobody touched (new, no accepted span) unless this is set:
    # their unlabelled text would teach a model that the names in it are not names.
    include_untouched: bool = True
    layer: str = DEFAULT_LAYER  # `LayerChoice.parse`: default, gold, all or an annotator's name
    test_fraction: float = 0.0  # spacy: share of documents for test.spacy (split by near-duplicate group)
    split_by_document: bool = False  # spacy: each document its own group (no duplicate search: faster)
    any_status: bool = False  # `--status any`: event records of every document, whatever its status
    layout: str = "lean"  # events CSV: "lean" (the columns the event types use) or "full" (every column)

    @property
    def layer_choice(self) -> LayerChoice:
        return LayerChoice.parse(self.layer)


class ExportRun:
    """One export in progress: its target, options, document stream, tokenizers and report."""

    def __init__(
        self,
        project: Project,
        fmt: str,
        out: Path,
        options: ExportOptions,
        progress: ProgressCallback | None = None,
        is_cancelled: CancelCheck | None = None,
    ) -> None:
        self.project = project
        self.out = out
        self.options = options
        self.report = ExportReport(format=fmt, status=options.status, target=out)
        # Plain pipelines for `align` (other exporters may read any token attribute), and lean ones
        # for `aligned_documents`.
        self.tokenizers = TokenizerCache()
        self._lean_tokenizers = TokenizerCache(EXPORT_LEXEME_ATTRIBUTES)
        # Tokens computed once per text and tokenizer, read back by later exports.
        self._token_source = StoredTokenizer(TokenStore(project), self._lean_tokenizers)
        self._fallbacks: dict[str, str | None] = {}
        self._progress = progress
        self._is_cancelled = is_cancelled
        self.layer_copies = 0  # `--layer all`: documents given once per layer, each copy counted
        self.manifest = ManifestDocuments()  # every streamed document, for manifest.json
        self.split_of: dict[int, str] = {}  # a split export (spacy): the split each document went to
        worked_on = None if options.include_untouched else True
        self.total = count_documents(project, DocumentFilter(status=options.status, worked_on=worked_on))
        if not options.include_untouched:
            self.report.untouched_left_out = count_documents(
                project, DocumentFilter(status=options.status, worked_on=False)
            )

    def documents(self) -> Iterator[ExportDocument]:
        """The documents to export in id order, reporting progress and stopping when cancelled.

        For an exporter that aligns each document itself (`align`); `aligned_documents` is faster.
        """
        return self._counted(self._noting_exclusions())

    def aligned_documents(self, json: bool = False) -> Iterator[tuple[ExportDocument, TokenAlignment]]:
        """The documents with their tokens aligned to their spans, like `documents` (progress, cancelling).

        Read, tokenized (with the document language's tokenizer, or read from the token store) and
        aligned a batch at a time; what alignment changed or left out goes into the report. With `json`
        the tokens come with their JSON (`DocumentTokens.json`, for the JSONL export).
        """
        aligned = self._counted(self._aligned(self._noting_exclusions(), None, json))
        return cast(Iterator[tuple[ExportDocument, TokenAlignment]], aligned)  # None only for own tokens

    def aligned_or_own(
        self, own_tokens: Callable[[ExportDocument], bool]
    ) -> Iterator[tuple[ExportDocument, TokenAlignment | None]]:
        """`aligned_documents`, but a document `own_tokens` picks comes with None and is neither
        tokenized nor reported: the exporter aligns it itself (with `align`, on tokens it brings)."""
        return self._counted(self._aligned(self._noting_exclusions(), own_tokens))

    def align(self, document: ExportDocument, nlp: Language | None = None) -> AlignedDocument:
        """Token-align a document's spans as a spaCy `Doc` and record what that changed.

        With the language's tokenizer, or with `nlp`'s (then no tokenizer fallback is reported).
        """
        tokenizer = nlp if nlp is not None else self.tokenizers.get(document.language)
        aligned = align(tokenizer, document.text, document.spans)
        report = self.report
        for split in aligned.splits:
            report.add_split(split.token, split.pieces)
        for span, token_text in aligned.inside_tokens:
            report.add_inside_token(span.text, token_text)
        report.spans_trimmed += len(aligned.trimmed)
        self._record_left_out(document, aligned.left_out)
        if nlp is None:
            self._record_fallback(document.language, self.tokenizers)
        return aligned

    def vocab(self, language: str) -> Vocab:
        """The vocabulary whose strings the ORTH and NORM hashes of `aligned_documents` tokens are in."""
        return self._lean_tokenizers.get(language).vocab

    def _noting_exclusions(self) -> Iterator[ExportDocument]:
        """The documents (boilerplate already cut out), counting what was cut for the report."""
        documents = iter_export_documents(
            self.project,
            status=self.options.status,
            worked_on_only=not self.options.include_untouched,
            layer=self.options.layer_choice,
            left_out=self.report.add_not_adjudicated,
        )
        for document in documents:
            cut = document.cut
            if cut or document.spans_excluded:  # most have neither: no sum of nothing per document
                self.report.add_exclusions(cut.regions, cut.characters, document.spans_excluded)
            self.report.layer_documents[document.layer or NO_LAYER] += 1
            self.layer_copies += document.one_of_layers
            self.manifest.add(document)
            yield document

    def note_layer_copies(self, how: str) -> None:
        """Say in the report how a format without an annotator field tells `--layer all` copies apart."""
        if self.layer_copies:
            self.report.notes.append(
                f"--layer all: {self.layer_copies} copies of documents with several layers (one per layer); "
                + how
            )

    def check_cancelled(self) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise ExportCancelled()

    def _counted(self, items: Iterable[T]) -> Iterator[T]:
        self.check_cancelled()
        if self._progress is not None:
            self._progress(0, self.total)
        done = 0
        for item in items:
            self.check_cancelled()
            yield item
            done += 1
            self.report.documents = done
            if self._progress is not None:
                # Documents added while exporting are exported too; never report done > total.
                self._progress(done, max(done, self.total))
        self.check_cancelled()

    def _aligned(
        self,
        documents: Iterator[ExportDocument],
        own_tokens: Callable[[ExportDocument], bool] | None,
        json: bool = False,
    ) -> Iterator[tuple[ExportDocument, TokenAlignment | None]]:
        batch: list[ExportDocument] = []
        size = 0
        try:
            for document in documents:
                batch.append(document)
                size += len(document.text)
                if len(batch) == BATCH_SIZE or size >= BATCH_CHARACTERS:
                    yield from self._align_batch(batch, own_tokens, json)
                    batch, size = [], 0
            yield from self._align_batch(batch, own_tokens, json)
        finally:
            self._token_source.store.close()

    def _align_batch(
        self, batch: list[ExportDocument], own_tokens: Callable[[ExportDocument], bool] | None, json: bool
    ) -> Iterator[tuple[ExportDocument, TokenAlignment | None]]:
        own = [own_tokens is not None and own_tokens(document) for document in batch]
        tokenized = [document for document, mine in zip(batch, own, strict=True) if not mine]
        tokens = self._tokenize(tokenized, json)
        for document, mine in zip(batch, own, strict=True):
            if mine:
                yield document, None
                continue
            alignment = align_tokens(document.text, next(tokens), document.spans)
            self._record(document, alignment)
            yield document, alignment

    def _tokenize(self, batch: list[ExportDocument], json: bool) -> Iterator[DocumentTokens]:
        """Each document's tokens, the documents of one language read or tokenized together."""
        by_language: dict[str, list[int]] = {}
        for position, document in enumerate(batch):
            by_language.setdefault(document.language, []).append(position)
        tokens: list[DocumentTokens] = [None] * len(batch)  # type: ignore[list-item]  # all filled below
        for language, positions in by_language.items():
            documents = [(batch[position].id, batch[position].text) for position in positions]
            results = self._token_source.tokenize(language, documents, json)
            for position, result in zip(positions, results, strict=True):
                tokens[position] = result
        return iter(tokens)

    def _record(self, document: ExportDocument, alignment: TokenAlignment) -> None:
        """Put what alignment changed or left out into the report, and a tokenizer fallback."""
        if not (alignment.splits or alignment.trimmed or alignment.left_out):  # most documents
            self._record_fallback(document.language, self._lean_tokenizers)
            return
        report = self.report
        for split in alignment.splits:
            report.add_split(split.token, split.pieces)
        for index, token_text in alignment.inside_tokens:
            start, end = alignment.spans[index][:2]
            report.add_inside_token(document.text[start:end], token_text)
        report.spans_trimmed += len(alignment.trimmed)
        self._record_left_out(document, alignment.left_out)
        self._record_fallback(document.language, self._lean_tokenizers)

    def _record_left_out(self, document: ExportDocument, left_out: list[UnalignedSpan]) -> None:
        if left_out:
            self.report.left_out.extend(
                LeftOutSpan(
                    document.id,
                    item.start,
                    item.end,
                    item.label,
                    document.text[item.start : item.end],
                    item.reason,
                )
                for item in left_out
            )

    def _record_fallback(self, language: str, tokenizers: TokenizerCache) -> None:
        if language not in self._fallbacks:
            self._fallbacks[language] = tokenizers.fallback_reason(language)
        reason = self._fallbacks[language]
        if reason is not None:
            self.report.fallback_languages[language] += 1
            self.report.fallback_reasons.setdefault(language, reason)


def layer_annotations(
    document: ExportDocument,
    spans: list[SpanRecord],
    events: list[EventRecord],
    relations: list[RelationRecord],
) -> tuple[list[SpanRecord], list[EventRecord], list[RelationRecord]]:
    """A document's spans, events and relations read in full, cut down to the layer `document` gives.

    For the exporters that read more than `document.spans`: an event belongs to its trigger's layer and
    a relation to its head's, so nothing of another layer comes along."""
    kept = [span for span in spans if span.annotator_id == document.layer_id]
    ids = {span.id for span in kept}
    return (
        kept,
        [event for event in events if event.trigger_span_id in ids],
        [relation for relation in relations if relation.head_span_id in ids],
    )


@dataclass(frozen=True, slots=True)
class Exporter:
    """A registered export format: whether `--out` names a file (ending in `suffix`) or a folder, the
    function that writes, and the options it reads (the dialog and the command line are built from them).
    """

    name: str
    description: str
    target: Literal["file", "directory"]
    write: Callable[[ExportRun], None]
    suffix: str = ""
    options: tuple[ExportOption, ...] = ()

    @property
    def training(self) -> bool:
        """Training data leaves out untouched documents unless asked for (it reads INCLUDE_UNTOUCHED)."""
        return INCLUDE_UNTOUCHED in self.options


def named_exporter(name: str, write: Callable[[ExportRun], None]) -> Exporter:
    """The exporter `name` of the light registry (`curator.core.formats`) with its writer: its
    description, target, suffix and options are written once, there, for --help and for the export."""
    named = NAMED_EXPORTS[name]
    return Exporter(named.name, named.description, named.target, write, named.suffix, named.options)
