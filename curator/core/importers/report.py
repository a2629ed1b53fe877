"""What an import did, in numbers for the window and in lines for the terminal.

One report covers a whole call, because a user imports a folder, not a file: the good files go in, each
bad file gets one line saying which file and why, and the summary says what changed in the project.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from curator.core.services import AddDocumentsResult

SKIPPED_NAMES_SHOWN = 5


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


@dataclass(frozen=True, slots=True)
class FileProblem:
    """One file (or folder) that was not imported, and why, in one line."""

    path: Path
    message: str

    def line(self) -> str:
        return f"error: {self.path}: {self.message}"


@dataclass(slots=True)
class ImportReport:
    documents_added: int = 0
    duplicates: int = 0
    spans_added: int = 0
    events_added: int = 0
    relations_added: int = 0
    entity_links_added: int = 0
    layers_added: int = 0  # duplicates whose spans joined another annotator's layer of the document
    new_labels: list[str] = field(default_factory=list)
    files_ok: int = 0
    files_done: int = 0
    files_total: int = 0
    problems: list[FileProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    own_skipped: list[Path] = field(default_factory=list)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    def add_problem(self, path: Path, message: str) -> None:
        self.problems.append(FileProblem(path, message))

    def add_result(self, result: AddDocumentsResult) -> None:
        """Count one committed file."""
        self.files_ok += 1
        self.documents_added += result.added
        self.duplicates += result.duplicates
        self.spans_added += result.spans
        self.events_added += result.events
        self.relations_added += result.relations
        self.entity_links_added += result.entity_links
        self.layers_added += result.layered
        self.new_labels.extend(name for name in result.new_labels if name not in self.new_labels)

    def summary(self) -> str:
        files = plural(self.files_ok, "file")
        skipped = self.duplicates - self.layers_added
        if self.documents_added == 0 and self.duplicates and not self.layers_added:
            everything = "the document" if self.duplicates == 1 else f"all {self.duplicates} documents"
            verb = "is" if self.duplicates == 1 else "are"
            parts = [f"nothing imported: {everything} from {files} {verb} already in the project"]
        else:
            counts = [plural(self.documents_added, "document"), plural(self.spans_added, "span")]
            for count, noun in (
                (self.events_added, "event"),
                (self.relations_added, "relation"),
                (self.entity_links_added, "entity link"),
            ):
                if count:
                    counts.append(plural(count, noun))
            parts = [f"imported {', '.join(counts)} from {files}"]
            if self.layers_added:
                layers = plural(self.layers_added, "annotator layer")
                parts.append(f"{layers} added to documents already in the project")
            if skipped:
                already = "duplicate" if skipped == 1 else "duplicates"
                parts.append(f"{skipped} {already} skipped (already in the project)")
        if self.new_labels:
            parts.append(f"new labels added to the schema: {', '.join(self.new_labels)}")
        if self.problems:
            parts.append(f"{plural(len(self.problems), 'file')} failed")
        return "; ".join(parts)

    def lines(self) -> list[str]:
        """Errors first (they go to stderr), then notes, skipped files, cancellation, and the summary."""
        lines = [problem.line() for problem in self.problems]
        lines.extend(f"note: {note}" for note in self.notes)
        if self.skipped:
            names = ", ".join(str(path) for path in self.skipped[:SKIPPED_NAMES_SHOWN])
            more = len(self.skipped) - SKIPPED_NAMES_SHOWN
            if more > 0:
                names += f" and {more} more"
            lines.append(f"skipped {plural(len(self.skipped), 'file')} of unknown type: {names}")
        if self.own_skipped:
            names = ", ".join(str(path) for path in self.own_skipped[:SKIPPED_NAMES_SHOWN])
            lines.append(f"skipped the project's own files (never read by an import): {names}")
        if self.cancelled:
            lines.append(
                f"cancelled after {self.files_done} of {self.files_total} files;"
                " the files imported before that are kept"
            )
        lines.append(self.summary())
        return lines


def combine_reports(reports: list[ImportReport]) -> ImportReport:
    """One report for several import calls (files mapped one by one in the window), summed."""
    combined = ImportReport()
    for report in reports:
        for name in (
            "documents_added", "duplicates", "spans_added", "events_added", "relations_added",
            "entity_links_added", "layers_added", "files_ok", "files_done", "files_total",
        ):  # fmt: skip
            setattr(combined, name, getattr(combined, name) + getattr(report, name))
        combined.new_labels.extend(name for name in report.new_labels if name not in combined.new_labels)
        combined.problems.extend(report.problems)
        combined.notes.extend(report.notes)
        combined.skipped.extend(report.skipped)
        combined.own_skipped.extend(report.own_skipped)
        combined.cancelled = combined.cancelled or report.cancelled
    return combined
