"""Train a spaCy pipeline per language from the project's accepted spans, on the CPU, in process.

The network and its scoring are in `curator.core.nlp.pipeline` (spaCy's efficiency NER architecture
with Curator's case-suffix tokenizer), the loop and its defaults (spaCy's schedule, `--max-seconds`, the
learning curve) in `curator.core.nlp.fitting`. Here: which data, where the model goes, its record.
Dev data is a seeded share of the project's paragraphs, or a labelled file (`dev_units`: any format the
importers read, e.g. a corpus's own dev split); with a dev file every project paragraph trains and the
reported scores are those on the dev file. A cancelled run leaves nothing behind (no files, no row).
"""

from __future__ import annotations

import math
import random
import re
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import col, select

from curator.core.domain import CuratorError
from curator.core.layers import DEFAULT_LAYER, LayerChoice
from curator.core.nlp.corpus import LanguageCorpus, Split, Unit, collect, paragraphs, split
from curator.core.nlp.fitting import (
    CancelCheck,
    Curve,
    Fitted,
    Progress,
    TrainingCancelled,
    TrainingOptions,
    TrainingPoint,
    fit,
)
from curator.core.nlp.pipeline import score_units
from curator.core.nlp.scoring import Scores
from curator.core.services.trained_models import NewModel, register_model
from curator.core.storage import Project
from curator.core.storage.models import TrainedModel
from curator.core.text.tokenization import language_code

__all__ = [
    "CancelCheck",
    "Curve",
    "Fitted",
    "Progress",
    "TrainingCancelled",
    "TrainingOptions",
    "TrainingPoint",
    "TrainingResult",
    "dev_units",
    "fit",
    "learning_curve",
    "models_folder",
    "score_units",
    "train_model",
    "trainable_languages",
]

MODELS_SUFFIX = ".models"
MIN_UNITS = 6
LEARNING_CURVE_FRACTIONS = (0.25, 0.5, 0.75, 1.0)
DEV_FILE_SPLIT = "dev file"


@dataclass(slots=True)
class TrainingResult:
    """A trained (and, unless a learning-curve point, saved and registered) model and its scores."""

    version: str
    language: str
    path: str
    components: list[str]
    scores: Scores
    dev_f1: float
    train_documents: int
    train_units: int
    train_spans: int
    heldout_documents: int
    test_units: int
    split_by: str
    epochs: float
    seconds: float
    steps: int = 0
    stopped_by: str = ""
    curve: list[TrainingPoint] = field(default_factory=list)
    # Documents the layer choice left out (several layers, no gold): (id, title, reason).
    layers_left_out: list[tuple[int, str, str]] = field(default_factory=list)

    def scores_record(self) -> dict:
        """What the trained_models row keeps in `scores`."""
        return {
            **self.scores.to_dict(),
            "dev_f1": round(self.dev_f1, 4),
            "epochs": round(self.epochs, 2),
            "steps": self.steps,
            "stopped_by": self.stopped_by,
            "split": self.split_by,
            "train_units": self.train_units,
            "test_units": self.test_units,
        }


def models_folder(project: Project) -> Path:
    """Where the project's models live: beside the project file, `<project file>.models/`."""
    return project.path.with_name(project.path.name + MODELS_SUFFIX)


def _next_version(project: Project, language: str) -> str:
    with project.read() as session:
        versions = session.exec(select(col(TrainedModel.version))).all()
    pattern = re.compile(rf"{re.escape(language)}-(\d+)$")
    numbers = [int(m.group(1)) for v in versions if (m := pattern.match(v))]
    number = max(numbers, default=0) + 1
    folder = models_folder(project)
    while (folder / f"{language}-{number}").exists():
        number += 1
    return f"{language}-{number}"


def _corpus(
    project: Project, language: str, layer: str = DEFAULT_LAYER, left_out: list | None = None
) -> LanguageCorpus:
    found: list[tuple[int, str, str]] = [] if left_out is None else left_out
    corpus = collect(project, language, LayerChoice.parse(layer), found).get(language_code(language))
    if corpus is None or not corpus.units:
        unread = f"; {len(found)} documents were left out by layer ({found[0][2]}, …)" if found else ""
        raise CuratorError(
            f"no training data for language {language!r}: annotate some documents (accepted entity "
            f"spans) or mark them annotated first{unread}"
        )
    if len(corpus.units) < MIN_UNITS:
        raise CuratorError(
            f"too little training data for {language!r}: {len(corpus.units)} paragraphs, "
            f"at least {MIN_UNITS} are needed"
        )
    return corpus


def dev_units(path: Path, fmt: str = "auto", language: str | None = None) -> list[Unit]:
    """The paragraphs and spans of a labelled file (any import format) as dev data for training.

    Read by the importers into a scratch project, as `curator evaluate --data` reads a file, so a
    corpus's own dev split is scored with the same offsets and labels its import would give."""
    from curator.core.nlp.evaluation import read_labelled_file

    documents = read_labelled_file(path, fmt, language)
    units = [unit for d in documents for unit in paragraphs(d.id, d.text, d.spans)]
    if not any(unit.spans for unit in units):
        raise CuratorError(f"{path}: no labelled spans to use as dev data (format {fmt})")
    return units


def train_model(
    project: Project,
    language: str,
    options: TrainingOptions | None = None,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
    dev: Sequence[Unit] | None = None,
    on_point: Curve | None = None,
    started: float | None = None,
) -> TrainingResult:
    """Train, score on the held-out test paragraphs (the `dev` file's, when given), save under
    `models_folder` and register the model. `on_point` hears every dev evaluation (the learning curve);
    `started` (`time.perf_counter()`, default now) is when the user's run began, for `max_seconds`."""
    options = options or TrainingOptions()
    started = time.perf_counter() if started is None else started
    language = language_code(language)
    left_out: list[tuple[int, str, str]] = []
    corpus = _corpus(project, language, options.layer, left_out)
    if dev is not None:
        data = Split(list(corpus.units), list(dev), list(dev), DEV_FILE_SPLIT)
    else:
        data = split(corpus.units, options.heldout_fraction, options.seed)
    fitted = fit(language, data, options, progress, is_cancelled, on_point, started)
    nlp = fitted.nlp
    scores = score_units(nlp, data.test)
    version = _next_version(project, language)
    target = models_folder(project) / version
    staging = target.with_name(f".{version}.partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(staging)
    seconds = time.perf_counter() - started
    result = TrainingResult(
        version=version,
        language=language,
        path=str(target),
        components=list(nlp.pipe_names),
        scores=scores,
        dev_f1=fitted.dev_f1,
        train_documents=len({unit.document_id for unit in data.train}),
        train_units=len(data.train),
        train_spans=sum(len(unit.spans) for unit in data.train),
        heldout_documents=0 if dev is not None else data.heldout_documents,
        test_units=len(data.test),
        split_by=data.by,
        epochs=fitted.epochs,
        seconds=seconds,
        steps=fitted.steps,
        stopped_by=fitted.stopped_by,
        curve=fitted.curve,
        layers_left_out=left_out,
    )
    if is_cancelled is not None and is_cancelled():
        shutil.rmtree(staging, ignore_errors=True)
        raise TrainingCancelled("training cancelled; nothing was saved")
    staging.rename(target)
    try:
        register_model(
            project,
            NewModel(
                version=version,
                language=language,
                path=str(target),
                components=result.components,
                scores=result.scores_record(),
                train_documents=result.train_documents,
                train_spans=result.train_spans,
                heldout_documents=result.heldout_documents,
                seconds=round(seconds, 2),
            ),
        )
    except Exception:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return result


def trainable_languages(project: Project, layer: str = DEFAULT_LAYER) -> dict[str, tuple[int, int]]:
    """Languages with training data in the chosen layers: code -> (documents, paragraphs)."""
    corpora = collect(project, layer=LayerChoice.parse(layer))
    return {code: (len(corpus.document_ids), len(corpus.units)) for code, corpus in corpora.items()}


@dataclass(frozen=True, slots=True)
class CurvePoint:
    fraction: float
    train_documents: int
    train_units: int
    train_spans: int
    scores: Scores
    seconds: float


def learning_curve(
    project: Project,
    language: str,
    fractions: Sequence[float] = LEARNING_CURVE_FRACTIONS,
    options: TrainingOptions | None = None,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
) -> list[CurvePoint]:
    """Test F1 against the amount of training data: the same held-out split, the first `fraction` of
    the training documents (in a seeded order). Nothing is saved."""
    options = options or TrainingOptions()
    language = language_code(language)
    corpus = _corpus(project, language, options.layer)
    data = split(corpus.units, options.heldout_fraction, options.seed)
    groups: dict[int, list[Unit]] = {}
    for unit in data.train:
        groups.setdefault(unit.document_id, []).append(unit)
    ordered = [groups[document_id] for document_id in sorted(groups)]
    if len(ordered) < len(fractions):  # one document (a CoNLL file without -DOCSTART-): by paragraph
        ordered = [[unit] for unit in data.train]
    random.Random(options.seed).shuffle(ordered)
    points: list[CurvePoint] = []
    for number, fraction in enumerate(fractions):
        started = time.perf_counter()
        part = [unit for group in ordered[: max(1, math.ceil(len(ordered) * fraction))] for unit in group]

        def step(done: int, total: int, number: int = number) -> None:
            if progress is not None and total:
                progress(number * 1000 + done * 1000 // total, len(fractions) * 1000)

        fitted = fit(language, Split(part, data.dev, data.test, data.by), options, step, is_cancelled)
        points.append(
            CurvePoint(
                fraction,
                len({unit.document_id for unit in part}),
                len(part),
                sum(len(unit.spans) for unit in part),
                score_units(fitted.nlp, data.test),
                time.perf_counter() - started,
            )
        )
    return points
