"""The project's trained models: listing them, choosing one, and suggesting spans with it.

A model is loaded from its folder with `spacy.load`; its tokenizer (suffix rules included) was saved with
it. Documents are cut into paragraphs as in training and fed to `nlp.pipe` in large batches, in several
processes when there are enough paragraphs to pay for starting them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path

import spacy
from spacy.language import Language
from sqlmodel import col, select

from curator.core.domain import CuratorError
from curator.core.nlp.corpus import paragraphs
from curator.core.nlp.pipeline import doc_spans
from curator.core.services.trained_models import ACTIVE_MODEL_KEY
from curator.core.storage import Project
from curator.core.storage.models import ProjectInfo, TrainedModel
from curator.core.suggest import ProposedSpan, SuggestInput
from curator.core.text.tokenization import language_code

DOCUMENTS_PER_BLOCK = 2_000
# Below this many paragraphs in a block, starting worker processes costs more than it saves.
PARAGRAPHS_PER_PROCESS = 2_000
PIPE_BATCH = 256


@dataclass(frozen=True, slots=True)
class ModelInfo:
    id: int
    version: str
    language: str
    path: str
    components: list[str]
    scores: dict
    train_documents: int
    train_spans: int
    heldout_documents: int
    seconds: float
    created_at: datetime
    active: bool

    @property
    def f1(self) -> float | None:
        micro = self.scores.get("micro")
        return micro.get("f") if micro else None


def list_models(project: Project, language: str | None = None) -> list[ModelInfo]:
    """The project's models, newest first (only those of `language` if given)."""
    with project.read() as session:
        rows = session.exec(select(TrainedModel).order_by(col(TrainedModel.id).desc())).all()
        active = {
            row.key.split(":", 1)[1]: row.value
            for row in session.exec(
                select(ProjectInfo).where(
                    col(ProjectInfo.key).startswith(ACTIVE_MODEL_KEY.format(language=""))
                )
            )
        }
    wanted = language_code(language) if language else None
    return [
        ModelInfo(
            row.id or 0,
            row.version,
            row.language,
            row.path,
            list(row.components),
            dict(row.scores),
            row.train_documents,
            row.train_spans,
            row.heldout_documents,
            row.seconds,
            row.created_at,
            active.get(language_code(row.language)) == row.version,
        )
        for row in rows
        if wanted is None or language_code(row.language) == wanted
    ]


def resolve_model(project: Project, version: str | None = None, language: str | None = None) -> ModelInfo:
    """The model `version`, else the active model of `language`, else its newest. A version asked for
    with a language must be of that language: a Turkish model would tag Kyrgyz text as noise."""
    models = list_models(project)
    if version is not None:
        for model in models:
            if model.version != version:
                continue
            if language is not None and language_code(model.language) != language_code(language):
                wrong = f"model {version} is a {model.language} model; not used on {language} text"
                raise CuratorError(wrong)
            return model
        known = ", ".join(m.version for m in models) or "none yet; run `curator train`"
        raise CuratorError(f"no trained model {version!r} in {project.path} (models: {known})")
    candidates = [
        m for m in models if language is None or language_code(m.language) == language_code(language)
    ]
    if not candidates:
        where = f" for language {language!r}" if language else ""
        raise CuratorError(f"no trained model{where} in {project.path}; train one first (`curator train`)")
    active = [m for m in candidates if m.active]
    return (active or candidates)[0]


def load_model(model: ModelInfo) -> Language:
    path = Path(model.path)
    if not (path / "config.cfg").is_file():
        raise CuratorError(f"model {model.version}: its folder {path} is missing or incomplete")
    return spacy.load(path)


class ModelSuggester:
    """Suggests with one model for every document, or (no version or language given) with each
    document's language's model, skipping documents whose language has none."""

    def __init__(self, project: Project, fixed: ModelInfo | None, n_process: int | None = None) -> None:
        self._project = project
        self._fixed = fixed
        self._pipelines: dict[str, tuple[str, Language] | None] = {}
        self._n_process = n_process if n_process is not None else max(1, min(4, os.cpu_count() or 1))
        self.source = f"model:{fixed.version}" if fixed is not None else "model"

    def _pipeline(self, language: str) -> tuple[str, Language] | None:
        key = "*" if self._fixed is not None else language_code(language)
        if key not in self._pipelines:
            model = self._fixed
            if model is None:
                try:
                    model = resolve_model(self._project, language=key)
                except CuratorError:
                    model = None
            self._pipelines[key] = (f"model:{model.version}", load_model(model)) if model else None
        return self._pipelines[key]

    def suggest(self, documents: Iterable[SuggestInput]) -> Iterator[tuple[int, list[ProposedSpan]]]:
        iterator = iter(documents)
        while block := list(islice(iterator, DOCUMENTS_PER_BLOCK)):
            found: dict[int, list[ProposedSpan]] = {}
            by_language: dict[str, list[SuggestInput]] = {}
            for document in block:
                by_language.setdefault(language_code(document.language), []).append(document)
            for language, members in by_language.items():
                pipeline = self._pipeline(language)
                if pipeline is not None:
                    found.update(self._run(pipeline[0], pipeline[1], members))
            for document in block:
                yield document.document_id, found.get(document.document_id, [])

    def _run(
        self, source: str, nlp: Language, documents: list[SuggestInput]
    ) -> dict[int, list[ProposedSpan]]:
        units = [
            unit for document in documents for unit in paragraphs(document.document_id, document.text, ())
        ]
        processes = min(self._n_process, max(1, len(units) // PARAGRAPHS_PER_PROCESS))
        docs = nlp.pipe((unit.text for unit in units), batch_size=PIPE_BATCH, n_process=processes)
        found: dict[int, list[ProposedSpan]] = {document.document_id: [] for document in documents}
        for unit, spans in zip(units, map(doc_spans, docs), strict=True):
            found[unit.document_id].extend(
                ProposedSpan(unit.offset + start, unit.offset + end, label, source, score)
                for start, end, label, score in spans
            )
        return found


def model_suggester(
    project: Project, version: str | None = None, language: str | None = None, n_process: int | None = None
) -> ModelSuggester:
    """A Suggester (curator.core.suggest) for the model `version`, or the active (else newest) model of
    `language`, or with neither, each document's language's model. Raises CuratorError if there is none."""
    if version is not None or language is not None:
        return ModelSuggester(project, resolve_model(project, version, language), n_process)
    if not list_models(project):
        raise CuratorError(f"no trained model in {project.path}; train one first (`curator train`)")
    return ModelSuggester(project, None, n_process)
