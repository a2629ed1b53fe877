"""What an export wrote, changed and left out, so nothing is ever dropped without a word.

The same report is printed by the CLI (`lines()`), shown by the GUI, and saved as JSON next to a spaCy
export (`to_dict()`), because whoever trains on the files later needs to know how spans were aligned.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from curator.core.domain import CuratorError
from curator.core.records.issues import RecordIssue

EXAMPLES_SHOWN = 5


class ExportCancelled(CuratorError):
    """The user stopped the export; no output file was written or replaced."""

    def __init__(self) -> None:
        super().__init__("export cancelled; no file was written")


@dataclass(frozen=True, slots=True)
class LeftOutSpan:
    """A span that is in the project but not in the export, with the reason."""

    document_id: int
    start: int
    end: int
    label: str
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class SpanOnlyInGroup:
    """A spaCy export span that overlaps a longer (or earlier) one, so it is in doc.spans but not doc.ents."""

    document_id: int
    start: int
    end: int
    label: str
    text: str
    overlaps: tuple[int, int, str]


@dataclass(slots=True)
class ExportReport:
    """Counts and details of one export; `lines()` is the human summary."""

    format: str
    status: str | None = None
    documents: int = 0
    spans_written: int = 0
    tokens_split: int = 0
    split_examples: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    spans_inside_tokens: int = 0
    inside_token_examples: list[tuple[str, str]] = field(default_factory=list)
    spans_trimmed: int = 0
    left_out: list[LeftOutSpan] = field(default_factory=list)
    spans_in_ents: int | None = None
    only_in_span_group: list[SpanOnlyInGroup] = field(default_factory=list)
    span_group_key: str = "sc"
    train_documents: int | None = None
    dev_documents: int | None = None
    seed: int | None = None
    dev_fraction: float | None = None
    test_documents: int | None = None  # None: no test split asked for
    test_fraction: float | None = None
    fallback_languages: Counter[str] = field(default_factory=Counter)
    fallback_reasons: dict[str, str] = field(default_factory=dict)
    outputs: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    manifest: Path | None = None  # manifest.json (`curator.core.exporters.manifest`), once written
    target: Path | None = None
    # Formats with more than spans (brat): lines written per kind ("T", "E", …) and what they left out.
    annotations_written: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    # Clean-record exports (events, entities) count records instead of spans; None for other formats.
    records_written: int | None = None
    record_kind: str = "record"
    records_merged: int = 0
    event_groups: int = 0  # corpus events written as one record each
    event_groups_unconfirmed: int = 0
    skipped: list[RecordIssue] = field(default_factory=list)
    record_warnings: list[RecordIssue] = field(default_factory=list)
    # Accepted boilerplate cut out of the texts (offsets remapped), and spans that lay in it.
    excluded_regions: int = 0
    excluded_characters: int = 0
    excluded_documents: int = 0
    spans_excluded: int = 0
    # Training formats: documents nobody touched (new, no accepted span), left out.
    untouched_left_out: int = 0
    # Event-record formats: documents with events not yet annotated or approved, left out, by status
    # (`--status any` takes them).
    status_left_out: Counter[str] = field(default_factory=Counter)
    # Documents taken per layer name, and those the layer choice left out: (id, title, reason).
    layer_documents: Counter[str] = field(default_factory=Counter)
    layers_left_out: list[tuple[int, str, str]] = field(default_factory=list)

    def add_not_adjudicated(self, document_id: int, title: str, reason: str) -> None:
        self.layers_left_out.append((document_id, title, reason))

    def add_exclusions(self, regions: int, characters: int, spans: int) -> None:
        if regions:
            self.excluded_regions += regions
            self.excluded_characters += characters
            self.excluded_documents += 1
        self.spans_excluded += spans

    def add_split(self, token: str, pieces: tuple[str, ...]) -> None:
        self.tokens_split += 1
        example = (token, pieces)
        if len(self.split_examples) < EXAMPLES_SHOWN and example not in self.split_examples:
            self.split_examples.append(example)

    def add_inside_token(self, span_text: str, token_text: str) -> None:
        self.spans_inside_tokens += 1
        example = (span_text, token_text)
        if len(self.inside_token_examples) < EXAMPLES_SHOWN and example not in self.inside_token_examples:
            self.inside_token_examples.append(example)

    @property
    def spans_only_in_span_group(self) -> int | None:
        """Spans written to doc.spans but not doc.ents because they overlap; None for formats without ents."""
        return None if self.spans_in_ents is None else len(self.only_in_span_group)

    def left_out_counts(self) -> dict[str, int]:
        """How many spans were left out for each reason, most frequent first."""
        return dict(Counter(item.reason for item in self.left_out).most_common())

    def lines(self) -> list[str]:
        """The summary a person reads after an export: what was written, changed and left out, and why."""
        lines = [self._written_line()]
        if self.annotations_written:
            written = ", ".join(f"{count} {kind}" for kind, count in self.annotations_written.items())
            lines.append(f"annotation lines written: {written}")
        if self.documents == 0:
            lines.append("no documents matched" + (f" status {self.status!r}" if self.status else ""))
        lines.extend(self._layer_lines())
        if self.untouched_left_out:
            count = self.untouched_left_out
            lines.append(
                f"left out {count} untouched document{_s(count)} (new, no annotations); "
                "--include-untouched keeps them"
            )
        if self.status_left_out:
            count = sum(self.status_left_out.values())
            why = ", ".join(
                f"{n} {status.replace('_', ' ')}" for status, n in sorted(self.status_left_out.items())
            )
            lines.append(
                f"left out {count} document{_s(count)} not annotated or approved yet ({why}); "
                "--status any includes them"
            )
        if self.train_documents is not None:
            lines.append(self._split_line())
        if self.tokens_split:
            token, pieces = self.split_examples[0]
            shown = " + ".join(f'"{piece}"' for piece in pieces)
            lines.append(
                f"split {self.tokens_split} token{_s(self.tokens_split)} so every span boundary is a token "
                f'boundary (e.g. "{token}" → {shown})'
            )
        if self.spans_inside_tokens and self.format == "spacy":
            span_text, token_text = self.inside_token_examples[0]
            count = self.spans_inside_tokens
            verb = "starts or ends" if count == 1 else "start or end"
            lines.append(
                f"{count} span{_s(count)} {verb} inside a token of spaCy's own tokenizer "
                f'(e.g. "{span_text}" in "{token_text}"): the files hold the split tokens, but `spacy train` '
                "re-tokenizes each text and treats such spans as missing unless the pipeline's tokenizer "
                "splits there too"
            )
        if self.spans_trimmed:
            lines.append(
                f"trimmed leading/trailing whitespace from {self.spans_trimmed} span{_s(self.spans_trimmed)}"
            )
        if self.spans_in_ents is not None:
            only = len(self.only_in_span_group)
            if only:
                lines.append(
                    f"{only} overlapping span{_s(only)} kept only in doc.spans[{self.span_group_key!r}] "
                    f"(doc.ents holds {self.spans_in_ents} non-overlapping spans; all are in the span group)"
                )
                lines.extend(
                    f"  document {item.document_id}: {item.label} {item.start}-{item.end} {item.text!r} "
                    f"overlaps {item.overlaps[2]} {item.overlaps[0]}-{item.overlaps[1]}"
                    for item in self.only_in_span_group[:EXAMPLES_SHOWN]
                )
        if self.left_out:
            counts = ", ".join(f"{count} {reason}" for reason, count in self.left_out_counts().items())
            lines.append(f"left out {len(self.left_out)} span{_s(len(self.left_out))}: {counts}")
            lines.extend(
                f"  document {item.document_id}: {item.label} {item.start}-{item.end} {item.text!r}: "
                f"{item.reason}"
                for item in self.left_out[:EXAMPLES_SHOWN]
            )
        for language, count in self.fallback_languages.items():
            reason = self.fallback_reasons.get(language, "")
            lines.append(
                f"{count} document{_s(count)} in language {language!r} tokenized with spaCy's multi-language "
                f"tokenizer ('xx')" + (f": {reason}" if reason else "")
            )
        lines.extend(
            f"removed {path}: left from an earlier export, it no longer matches" for path in self.removed
        )
        if self.excluded_regions:
            lines.append(
                f"left out {self.excluded_regions} excluded boilerplate region{_s(self.excluded_regions)} "
                f"({self.excluded_characters} character{_s(self.excluded_characters)}) in "
                f"{self.excluded_documents} document{_s(self.excluded_documents)}; offsets remapped"
            )
        if self.spans_excluded:
            lines.append(f"left out {self.spans_excluded} span{_s(self.spans_excluded)} inside excluded text")
        lines.extend(self.notes)
        lines.extend(self._record_lines())
        if self.manifest is not None:
            lines.append(f"manifest (document ids, text hashes, schema, options, splits) in {self.manifest}")
        return lines

    def _layer_lines(self) -> list[str]:
        """Per layer, the documents taken; then the documents the layer choice left out, with examples."""
        lines: list[str] = []
        if len(self.layer_documents) > 1 or self.layers_left_out:
            taken = ", ".join(f"{name} {count}" for name, count in sorted(self.layer_documents.items()))
            lines.append(f"documents per layer: {taken or 'none'}")
        if self.layers_left_out:
            count = len(self.layers_left_out)
            reasons = Counter(reason for *_, reason in self.layers_left_out).most_common()
            lines.append(
                f"left out {count} document{_s(count)} by layer: " + "; ".join(f"{n} {r}" for r, n in reasons)
            )
            lines.extend(
                f"  #{document_id} {title!r}: {reason}"
                for document_id, title, reason in self.layers_left_out[:EXAMPLES_SHOWN]
            )
            lines.append("  (adjudicate them, or choose --layer NAME or --layer all)")
        return lines

    def _record_lines(self) -> list[str]:
        """What a clean-record export merged, skipped and left out, with examples."""
        lines: list[str] = []
        if self.event_groups:
            groups, open_ = self.event_groups, self.event_groups_unconfirmed
            lines.append(
                f"wrote {groups} corpus event{_s(groups)} as one record each with its sources"
                + (f' ({open_} unconfirmed, flagged "confirmed": false)' if open_ else "")
            )
        if self.records_merged:
            count = self.records_merged
            lines.append(
                f"merged {count} report{_s(count)} of an event already reported by another document into "
                "its record (same type, realis, day and canonical parties)"
            )
        for issues, verb in ((self.skipped, "skipped"), (self.record_warnings, "noted")):
            if not issues:
                continue
            counts = Counter(issue.reason for issue in issues).most_common()
            lines.append(f"{verb} {len(issues)}: " + ", ".join(f"{n} {reason}" for reason, n in counts))
            lines.extend(
                f"  document {issue.document_id}: {issue.item}: {issue.reason}"
                for issue in issues[:EXAMPLES_SHOWN]
            )
        return lines

    def to_dict(self) -> dict:
        """The report as JSON-ready data, every detail included (the CLI lines show only examples)."""
        return {
            "format": self.format,
            "status_filter": self.status,
            "documents": self.documents,
            "untouched_left_out": self.untouched_left_out,
            "status_left_out": dict(self.status_left_out),
            "layer_documents": dict(self.layer_documents),
            "layers_left_out": [
                {"document_id": document_id, "title": title, "reason": reason}
                for document_id, title, reason in self.layers_left_out
            ],
            "spans_written": self.spans_written,
            "tokens_split": self.tokens_split,
            "split_examples": [
                {"token": token, "pieces": list(pieces)} for token, pieces in self.split_examples
            ],
            "spans_inside_tokens": self.spans_inside_tokens,
            "inside_token_examples": [
                {"span": span_text, "token": token_text}
                for span_text, token_text in self.inside_token_examples
            ],
            "spans_trimmed": self.spans_trimmed,
            "spans_in_ents": self.spans_in_ents,
            "span_group_key": self.span_group_key,
            "spans_only_in_span_group": self.spans_only_in_span_group,
            "only_in_span_group": [
                {
                    "document_id": item.document_id,
                    "start": item.start,
                    "end": item.end,
                    "label": item.label,
                    "text": item.text,
                    "overlaps": {
                        "start": item.overlaps[0],
                        "end": item.overlaps[1],
                        "label": item.overlaps[2],
                    },
                }
                for item in self.only_in_span_group
            ],
            "left_out_counts": self.left_out_counts(),
            "left_out": [
                {
                    "document_id": item.document_id,
                    "start": item.start,
                    "end": item.end,
                    "label": item.label,
                    "text": item.text,
                    "reason": item.reason,
                }
                for item in self.left_out
            ],
            "train_documents": self.train_documents,
            "dev_documents": self.dev_documents,
            "seed": self.seed,
            "dev_fraction": self.dev_fraction,
            "test_documents": self.test_documents,
            "test_fraction": self.test_fraction,
            "fallback_languages": dict(self.fallback_languages),
            "outputs": [str(path) for path in self.outputs],
            "manifest": None if self.manifest is None else str(self.manifest),
            "annotations_written": dict(self.annotations_written),
            "notes": list(self.notes),
            "excluded_regions": self.excluded_regions,
            "excluded_characters": self.excluded_characters,
            "excluded_documents": self.excluded_documents,
            "spans_excluded": self.spans_excluded,
            "records_written": self.records_written,
            "record_kind": self.record_kind,
            "records_merged": self.records_merged,
            "event_groups": self.event_groups,
            "event_groups_unconfirmed": self.event_groups_unconfirmed,
            "skipped": [_issue(issue) for issue in self.skipped],
            "record_warnings": [_issue(issue) for issue in self.record_warnings],
            "lines": self.lines(),
        }

    def _written_line(self) -> str:
        where = self.target if self.target is not None else ", ".join(str(path) for path in self.outputs)
        if self.records_written is not None:
            count = self.records_written
            return (
                f"wrote {count} {self.record_kind} record{_s(count)} from {self.documents} "
                f"document{_s(self.documents)} to {where}"
            )
        return (
            f"wrote {self.documents} document{_s(self.documents)}, "
            f"{self.spans_written} span{_s(self.spans_written)} to {where}"
        )

    def _split_line(self) -> str:
        shards: dict[str, int] = {}  # a split's file name, or its shard folder's with the shard count
        for path in self.outputs:
            if path.suffix == ".spacy":
                name = path.name if path.parent == self.target else f"{path.parent.name}/"
                shards[name] = shards.get(name, 0) + 1
        names = ", ".join(
            name if name.endswith(".spacy") else f"{name} ({count} shards)" for name, count in shards.items()
        )
        line = (
            f"{self.train_documents} document{_s(self.train_documents or 0)} for training, "
            f"{self.dev_documents} for dev (seed {self.seed}, dev fraction {self.dev_fraction})"
        )
        if self.test_documents is not None:
            line += f", {self.test_documents} for test (test fraction {self.test_fraction})"
        line += f": {names}"
        if (self.dev_fraction and not self.dev_documents) or (self.test_fraction and not self.test_documents):
            line += "; a split is empty: too few documents (or near-duplicate groups) to split"
        return line


def _s(count: int) -> str:
    return "" if count == 1 else "s"


def _issue(issue: RecordIssue) -> dict:
    return {"document_id": issue.document_id, "item": issue.item, "reason": issue.reason}
