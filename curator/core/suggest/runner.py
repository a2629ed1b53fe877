"""Run a suggester over documents in batches, storing each batch as it comes (one transaction each).

Used by `curator suggest` and by the window's Suggest action (on a worker thread): `progress(done, total)`
reports documents done, `is_cancelled()` is checked between batches, so a cancel keeps the batches
already stored and stops before the next. A trained model is per language, so documents are grouped
by language and each group gets the suggester made for it.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlmodel import col

from curator.core.domain import CuratorError, DocumentFilter
from curator.core.queries import ALL_DOCUMENTS, _filtered
from curator.core.services.suggestions import StoreReport, store_suggestions
from curator.core.storage.database import Project
from curator.core.storage.models import Document, TrainedModel
from curator.core.suggest import Suggester, SuggestInput

BATCH_DOCUMENTS = 32
SuggesterFor = Callable[[str], Suggester]


@dataclass(frozen=True, slots=True)
class SuggestRun:
    """What one run did: documents read, what storing them did, what was skipped and why."""

    suggester: str
    documents: int
    store: StoreReport
    skipped: dict[str, str] = field(default_factory=dict)  # language → why its documents were skipped
    skipped_documents: int = 0
    cancelled: bool = False
    seconds: float = 0.0
    characters: int = 0

    def to_dict(self) -> dict:
        return {
            "suggester": self.suggester, "documents": self.documents, **self.store.to_dict(),
            "skipped": self.skipped, "skipped_documents": self.skipped_documents, "cancelled": self.cancelled,
            "seconds": round(self.seconds, 3),
        }  # fmt: skip

    def lines(self) -> list[str]:
        store = self.store
        lines = [
            f"{self.suggester}: {store.stored} suggestion{'s' * (store.stored != 1)} in {self.documents} "
            f"document{'s' * (self.documents != 1)} "
            f"({store.replaced} earlier ones replaced) in {self.seconds:.1f} s",
            f"  left out: {store.over_human_tag} over or beside a human tag, "
            f"{store.rejected_before} rejected or corrected before, "
            f"{store.already_suggested} already suggested, {store.in_boilerplate} in excluded boilerplate, "
            f"{store.invalid} outside the schema or the text",
        ]
        if store.approved:
            plural = "s" * (store.approved != 1)
            lines.append(f"  {store.approved} approved document{plural} left alone (read-only)")
        lines += [f"  skipped language {language}: {why}" for language, why in sorted(self.skipped.items())]
        if self.cancelled:
            lines.append("  cancelled: the batches stored before the cancel are kept")
        return lines


def select_documents(
    project: Project,
    document_ids: Sequence[int] | None = None,
    document_filter: DocumentFilter = ALL_DOCUMENTS,
) -> list[tuple[int, str]]:
    """(id, language) of the documents to run over: the given ids (each must exist) or a filter."""
    with project.read() as session:
        statement = select(col(Document.id), col(Document.language)).order_by(col(Document.id))
        if document_ids:
            statement = statement.where(col(Document.id).in_(list(document_ids)))
        else:
            statement = _filtered(statement, document_filter.for_annotator(project.annotator_name))
        found = [(int(i), str(language)) for i, language in session.execute(statement)]
    if document_ids:
        missing = sorted(set(document_ids) - {i for i, _ in found})
        if missing:
            raise CuratorError(f"document {missing[0]} does not exist")
    return found


def run_suggester(
    project: Project,
    name: str,
    suggester_for: SuggesterFor,
    documents: Sequence[tuple[int, str]],
    *,
    progress: Callable[[int, int], None] = lambda done, total: None,
    is_cancelled: Callable[[], bool] = lambda: False,
    batch_size: int = BATCH_DOCUMENTS,
) -> SuggestRun:
    """Suggest for `documents` ((id, language) pairs) and store the proposals batch by batch."""
    began = time.perf_counter()
    by_language: dict[str, list[int]] = defaultdict(list)
    for document_id, language in documents:
        by_language[language].append(document_id)
    total, done, characters = len(documents), 0, 0
    report = StoreReport()
    skipped: dict[str, str] = {}
    skipped_documents = 0
    cancelled = False
    progress(0, total)
    for language, ids in sorted(by_language.items()):
        try:
            suggester = suggester_for(language)
        except CuratorError as error:
            skipped[language] = str(error)
            skipped_documents += len(ids)
            done += len(ids)
            progress(done, total)
            continue
        for first in range(0, len(ids), batch_size):
            if is_cancelled():
                cancelled = True
                break
            inputs = _inputs(project, ids[first : first + batch_size])
            characters += sum(len(item.text) for item in inputs)
            proposals = [(document_id, list(found)) for document_id, found in suggester.suggest(inputs)]
            report += store_suggestions(project, suggester.source, proposals)
            done += len(inputs)
            progress(done, total)
        if cancelled:
            break
    return SuggestRun(
        name, done - skipped_documents, report, skipped, skipped_documents, cancelled,
        time.perf_counter() - began, characters,
    )  # fmt: skip


def _inputs(project: Project, document_ids: list[int]) -> list[SuggestInput]:
    with project.read() as session:
        rows = session.execute(
            select(col(Document.id), col(Document.text), col(Document.language), col(Document.pub_date))
            .where(col(Document.id).in_(document_ids))
            .order_by(col(Document.id))
        )
        return [SuggestInput(int(i), text, language, pub_date) for i, text, language, pub_date in rows]


def parse_suggester(spec: str) -> tuple[str, str | None]:
    """`rules`, `model` (the newest model of each language) or `model:VERSION`."""
    kind, _, version = spec.partition(":")
    if kind not in {"rules", "model"} or (kind == "rules" and version):
        raise CuratorError(f"unknown suggester {spec!r}: use rules, model or model:VERSION")
    return kind, version or None


def suggester_factory(project: Project, spec: str) -> SuggesterFor:
    """The suggester `spec` names, made once per language (the rules serve every language)."""
    kind, version = parse_suggester(spec)
    made: dict[str, Suggester] = {}

    def suggester_for(language: str) -> Suggester:
        key = "" if kind == "rules" else language
        if key not in made:
            if kind == "rules":
                from curator.core.suggest.rules import rule_suggester

                made[key] = rule_suggester(project)
            else:
                from curator.core.nlp.models import model_suggester

                made[key] = model_suggester(project, version, language)
        return made[key]

    return suggester_for


def suggester_choices(project: Project) -> list[str]:
    """What `--suggester` (and the window's chooser) can name: the rules, the newest model of each
    language, and each trained model by version, newest first."""
    with project.read() as session:
        versions = session.execute(
            select(col(TrainedModel.version)).order_by(col(TrainedModel.id).desc())
        ).scalars()
        return ["rules", "model", *(f"model:{version}" for version in versions)]
