"""What every exporter shares: the streamed documents, progress and cancellation, alignment, the report.

An exporter is one module with one `write(run)` function registered under a name; `ExportRun` gives it
the documents one at a time (never the whole corpus), calls `progress` and checks `is_cancelled` between
documents, and turns alignment results into report entries so no exporter can drop a span silently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from curator.core.domain import DocumentFilter
from curator.core.exporters.alignment import AlignedDocument, align
from curator.core.exporters.report import ExportCancelled, ExportReport, LeftOutSpan
from curator.core.queries import ExportDocument, count_documents, iter_export_documents
from curator.core.storage import Project
from curator.core.tokenization import TokenizerCache

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class ExportOptions:
    dev_fraction: float = 0.2
    seed: int = 0
    status: str | None = None


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
        self.tokenizers = TokenizerCache()
        self._progress = progress
        self._is_cancelled = is_cancelled
        self.total = count_documents(project, DocumentFilter(status=options.status))

    def documents(self) -> Iterator[ExportDocument]:
        """The documents to export in id order, reporting progress and stopping when cancelled."""
        self.check_cancelled()
        if self._progress is not None:
            self._progress(0, self.total)
        done = 0
        for document in iter_export_documents(self.project, status=self.options.status):
            self.check_cancelled()
            yield document
            done += 1
            self.report.documents = done
            if self._progress is not None:
                # Documents added while exporting are exported too; never report done > total.
                self._progress(done, max(done, self.total))
        self.check_cancelled()

    def check_cancelled(self) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise ExportCancelled()

    def align(self, document: ExportDocument) -> AlignedDocument:
        """Token-align a document's spans with its language's tokenizer and record what that changed."""
        aligned = align(self.tokenizers.get(document.language), document.text, document.spans)
        report = self.report
        for split in aligned.splits:
            report.add_split(split.token, split.pieces)
        for span, token_text in aligned.inside_tokens:
            report.add_inside_token(span.text, token_text)
        report.spans_trimmed += len(aligned.trimmed)
        report.left_out.extend(
            LeftOutSpan(
                document.id,
                item.start,
                item.end,
                item.label,
                document.text[item.start : item.end],
                item.reason,
            )
            for item in aligned.left_out
        )
        reason = self.tokenizers.fallback_reason(document.language)
        if reason is not None:
            report.fallback_languages[document.language] += 1
            report.fallback_reasons.setdefault(document.language, reason)
        return aligned


@dataclass(frozen=True, slots=True)
class Exporter:
    """A registered export format: whether `--out` names a file or a folder, and the function that writes."""

    name: str
    description: str
    target: Literal["file", "directory"]
    write: Callable[[ExportRun], None]
