"""Score any suggester (a trained model, the rules) against labelled documents: a file, or the project's
approved documents. Per-label and micro precision, recall and F1 by exact character offsets.

A labelled file is read by the project's own importers (CoNLL, JSONL, brat, ...) into a scratch project
in a temporary folder, so every format the import command reads can be evaluated on, with the same
offsets and labels an import would give.
"""

from __future__ import annotations

import tempfile
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from curator.core.domain import CuratorError, DocumentStatus
from curator.core.importers import import_paths
from curator.core.layers import DEFAULT_CHOICE, LayerChoice
from curator.core.nlp.scoring import Scores, SpanKey, score_spans
from curator.core.project.setup import open_project
from curator.core.queries import ExportDocument, iter_export_documents, list_labels
from curator.core.storage import Project
from curator.core.suggest import Suggester, SuggestInput


@dataclass(frozen=True, slots=True)
class Evaluation:
    source: str
    documents: int
    scores: Scores

    def to_dict(self) -> dict:
        return {"suggester": self.source, "documents": self.documents, **self.scores.to_dict()}


def evaluate_documents(
    suggester: Suggester, documents: Iterable[ExportDocument], skip_labels: Collection[str] = ()
) -> Evaluation:
    """Run `suggester` over `documents` and score its proposals against their accepted entity spans.

    Proposals labelled with one of `skip_labels` are not scored: the rules also propose event triggers,
    which are not entity spans (see `event_labels`)."""
    gold: list[SpanKey] = []
    inputs: list[SuggestInput] = []
    for document in documents:
        gold.extend((document.id, start, end, label) for start, end, label in document.spans)
        inputs.append(SuggestInput(document.id, document.text, document.language, document.pub_date))
    predicted: list[SpanKey] = [
        (document_id, span.start, span.end, span.label)
        for document_id, spans in suggester.suggest(inputs)
        for span in spans
        if span.label not in skip_labels
    ]
    return Evaluation(suggester.source, len(inputs), score_spans(gold, predicted))


def event_labels(project: Project) -> frozenset[str]:
    """The project's event type labels (what a trigger proposal is labelled)."""
    return frozenset(label.name for label in list_labels(project, kind="event"))


def named_suggester(project: Project, name: str | None, language: str | None = None) -> Suggester:
    """ "rules" (the rule suggester), a model version, or None: the active model (of `language` if given,
    else of each document's language)."""
    if name == "rules":
        from curator.core.suggest.rules import rule_suggester

        return rule_suggester(project)
    from curator.core.nlp.models import model_suggester

    if name is None and language is not None:
        return model_suggester(project, language=language)
    return model_suggester(project, version=name)


def read_labelled_file(path: Path, fmt: str, language: str | None = None) -> list[ExportDocument]:
    """The documents and spans of a labelled file as an import would store them (nothing is kept).

    `language` overrides the language the importer guessed (a CoNLL file has no language field)."""
    path = Path(path)
    if not path.exists():
        raise CuratorError(f"{path}: no such file or folder")
    with tempfile.TemporaryDirectory(prefix="curator-evaluate-") as folder:
        with open_project(Path(folder) / "evaluate.curator", annotator="evaluate") as scratch:
            report = import_paths(scratch, [path], fmt=fmt)
            if report.problems:
                raise CuratorError("; ".join(f"{p.path}: {p.message}" for p in report.problems[:3]))
            documents = list(iter_export_documents(scratch))
    if not documents:
        raise CuratorError(f"{path}: no labelled documents in it (format {fmt})")
    if language is not None:
        documents = [
            ExportDocument(d.id, d.title, d.text, language, d.status, d.source, d.pub_date, d.meta, d.spans)
            for d in documents
        ]
    return documents


def evaluate_file(
    suggester: Suggester,
    path: Path,
    fmt: str,
    language: str | None = None,
    skip_labels: Collection[str] = (),
) -> Evaluation:
    return evaluate_documents(suggester, read_labelled_file(path, fmt, language), skip_labels)


def evaluate_approved(
    project: Project,
    suggester: Suggester,
    layer: LayerChoice = DEFAULT_CHOICE,
    left_out: list[tuple[int, str, str]] | None = None,
) -> Evaluation:
    """Score `suggester` against the project's approved documents, each read from the `layer` chosen for
    it (as the training corpus); the documents the choice leaves out go to `left_out`.

    One layer per document: with `all` a document would be scored once per annotator."""
    if layer.kind == "all":
        raise CuratorError("evaluate against one layer per document: gold, an annotator's name or default")
    found: list[tuple[int, str, str]] = [] if left_out is None else left_out

    def note(document_id: int, title: str, reason: str) -> None:
        found.append((document_id, title, reason))

    documents = list(
        iter_export_documents(project, status=DocumentStatus.APPROVED.value, layer=layer, left_out=note)
    )
    if not documents:
        unread = f"; {len(found)} were left out by layer ({found[0][2]}, …)" if found else ""
        raise CuratorError(f"{project.path}: no approved documents to evaluate against{unread}")
    return evaluate_documents(suggester, documents, event_labels(project))
