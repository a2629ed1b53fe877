"""Train a spaCy pipeline per language from the project's accepted spans, on the CPU, in process.

The network is spaCy's own CPU "efficiency" pipeline (`init_config(..., optimize="efficiency")`, generated
in code, nothing downloaded): a hashed-embedding CNN tok2vec feeding NER, plus a span categorizer when
spans overlap. What differs from `spacy train` with that config is around the network:
- the tokenizer cuts case suffixes (`curator.core.nlp.tokenizer`), so "Bişkek'te" shares its stem token
  with "Bişkek" and a sub-token entity such as "ЖККУ" in "ЖККУнун" is a token span;
- the gold tokens are the tokenizer's, refined only where a span boundary falls inside a token
  (`curator.core.exporters.alignment`), so no span is dropped;
- dev is scored every epoch (or every 200 updates on a big corpus) by exact character spans, and
  training stops once it has not improved for `patience` evaluations and `patience_examples`
  paragraphs, keeping the best weights; `spacy train` waits 1,600 updates for an improvement.
Progress is reported in training paragraphs seen; `is_cancelled` is checked between batches, and a
cancelled run leaves nothing behind (no files, no row).
"""

from __future__ import annotations

import math
import random
import re
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.cli.init_config import init_config
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.training.batchers import minibatch_by_words
from sqlmodel import col, select
from thinc.api import compounding

from curator.core.domain import CuratorError
from curator.core.exporters.alignment import align
from curator.core.exporters.docbin import SPAN_KEY, choose_entities
from curator.core.layers import DEFAULT_LAYER, LayerChoice
from curator.core.nlp.corpus import LanguageCorpus, Split, Unit, collect, has_overlaps, split
from curator.core.nlp.scoring import Scores, SpanKey, score_spans
from curator.core.nlp.tokenizer import add_suffix_rules, blank_pipeline
from curator.core.services.trained_models import NewModel, register_model
from curator.core.storage import Project
from curator.core.storage.models import TrainedModel
from curator.core.text.tokenization import FALLBACK_LANGUAGE, language_code

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
MODELS_SUFFIX = ".models"
MIN_UNITS = 6
# A span categorizer proposes n-grams up to the longest training span, but no longer than this.
MAX_SPAN_TOKENS = 8
LEARNING_CURVE_FRACTIONS = (0.25, 0.5, 0.75, 1.0)


class TrainingCancelled(CuratorError):
    """The user cancelled training; nothing was saved."""


@dataclass(frozen=True, slots=True)
class TrainingOptions:
    seed: int = 0
    heldout_fraction: float = 0.2
    max_epochs: int = 30
    patience: int = 4  # dev evaluations without improvement before stopping...
    patience_examples: int = 2000  # ...and at least this many training paragraphs seen since the best
    max_seconds: float | None = None
    dropout: float = 0.1
    eval_every_batches: int = 200
    layer: str = DEFAULT_LAYER  # whose annotations to learn from (`LayerChoice.parse`), as the exports


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
    # Documents the layer choice left out (several layers, no gold): (id, title, reason).
    layers_left_out: list[tuple[int, str, str]] = field(default_factory=list)

    def scores_record(self) -> dict:
        """What the trained_models row keeps in `scores`."""
        return {
            **self.scores.to_dict(),
            "dev_f1": round(self.dev_f1, 4),
            "epochs": round(self.epochs, 2),
            "split": self.split_by,
            "train_units": self.train_units,
            "test_units": self.test_units,
        }


def models_folder(project: Project) -> Path:
    """Where the project's models live: beside the project file, `<project file>.models/`."""
    return project.path.with_name(project.path.name + MODELS_SUFFIX)


def _spacy_language(code: str) -> str:
    try:
        spacy.util.get_lang_class(code)
    except ImportError:
        return FALLBACK_LANGUAGE
    return code


def build_pipeline(language: str, *, spancat: bool, longest_span: int = 3) -> Language:
    """A blank, untrained efficiency pipeline (tok2vec + ner [+ spancat]) with Curator's tokenizer."""
    pipes = ["ner", "spancat"] if spancat else ["ner"]
    config = init_config(lang=_spacy_language(language), pipeline=pipes, optimize="efficiency")
    if spancat:
        sizes = list(range(1, min(MAX_SPAN_TOKENS, max(longest_span, 1)) + 1))
        config["components"]["spancat"]["suggester"]["sizes"] = sizes
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    return add_suffix_rules(nlp, language)


def reference_doc(nlp: Language, unit: Unit) -> Doc:
    """The gold Doc of a paragraph: its tokens refined at span edges, a non-overlapping subset as
    entities and every span in the span group."""
    aligned = align(nlp, unit.text, list(unit.spans))
    doc = aligned.doc
    entities, _blocked = choose_entities(aligned.spans)
    doc.ents = entities
    doc.spans[SPAN_KEY] = aligned.spans
    return doc


def doc_spans(doc: Doc) -> list[tuple[int, int, str, float]]:
    """(start, end, label, score) of a processed doc: its entities (score 1), then the span
    categorizer's spans that are not entities already, with their scores."""
    spans = {(e.start_char, e.end_char, e.label_): 1.0 for e in doc.ents}
    group = doc.spans.get(SPAN_KEY)
    if group is not None and len(group):
        scores = group.attrs.get("scores")
        for index, span in enumerate(group):
            key = (span.start_char, span.end_char, span.label_)
            if key not in spans:
                spans[key] = float(scores[index]) if scores is not None else 1.0
    return [(start, end, label, score) for (start, end, label), score in sorted(spans.items())]


def score_units(nlp: Language, units: Sequence[Unit], batch_size: int = 256) -> Scores:
    """Exact character-span scores of `nlp` on `units`."""
    gold: list[SpanKey] = []
    predicted: list[SpanKey] = []
    docs = nlp.pipe((unit.text for unit in units), batch_size=batch_size)
    for number, (unit, doc) in enumerate(zip(units, docs, strict=True)):
        gold.extend((number, s, e, label) for s, e, label in unit.spans)
        predicted.extend((number, s, e, label) for s, e, label, _ in doc_spans(doc))
    return score_spans(gold, predicted)


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


def fit(
    language: str,
    data: Split,
    options: TrainingOptions,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
) -> tuple[Language, float, float]:
    """Train on `data.train`, early-stopping on `data.dev`; the best pipeline, its dev F1 and epochs."""
    spacy.util.fix_random_seed(options.seed)
    spancat = has_overlaps(data.train)
    longest = _longest_span(language, data.train) if spancat else 1
    nlp = build_pipeline(language, spancat=spancat, longest_span=longest)
    examples = [Example(nlp.make_doc(unit.text), reference_doc(nlp, unit)) for unit in data.train]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(options.seed)
    total = len(examples) * options.max_epochs
    started = time.perf_counter()
    best_f1, best_bytes, best_epoch = -1.0, nlp.to_bytes(), 0.0
    since_best = best_seen = 0
    seen = batches = 0
    epoch = 0
    stop = False
    while epoch < options.max_epochs and not stop:
        rng.shuffle(examples)
        sizes = compounding(100.0, 1000.0, 1.001)
        # spaCy types `size` as an int or a sequence, but iterates it: thinc's schedules are what it expects.
        batches_of_words = minibatch_by_words(
            examples,
            size=sizes,  # type: ignore[arg-type]
            tolerance=0.2,
            discard_oversize=False,
        )
        for batch in batches_of_words:
            if is_cancelled is not None and is_cancelled():
                raise TrainingCancelled("training cancelled; nothing was saved")
            nlp.update(batch, drop=options.dropout, sgd=optimizer, losses={})
            seen += len(batch)
            batches += 1
            if progress is not None:
                progress(seen, total)
            end_of_epoch = seen == len(examples) * (epoch + 1)
            if end_of_epoch or batches % options.eval_every_batches == 0:
                f1 = score_units(nlp, data.dev).f1 if data.dev else 0.0
                if f1 > best_f1:
                    best_f1, best_bytes, since_best, best_seen = f1, nlp.to_bytes(), 0, seen
                    best_epoch = seen / len(examples)
                else:
                    since_best += 1
                out_of_time = (
                    options.max_seconds is not None and time.perf_counter() - started > options.max_seconds
                )
                patient = since_best >= options.patience and seen - best_seen >= options.patience_examples
                if patient or out_of_time:
                    stop = True
                    break
        epoch += 1
    nlp.from_bytes(best_bytes)
    if progress is not None:
        progress(total, total)
    return nlp, max(best_f1, 0.0), best_epoch


def _longest_span(language: str, units: Sequence[Unit]) -> int:
    nlp = blank_pipeline(language)
    longest = 1
    for unit in units:
        for start, end, _ in unit.spans:
            longest = max(longest, len(nlp.make_doc(unit.text[start:end])))
    return longest


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


def train_model(
    project: Project,
    language: str,
    options: TrainingOptions | None = None,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
) -> TrainingResult:
    """Train, score on the held-out test paragraphs, save under `models_folder` and register the model."""
    options = options or TrainingOptions()
    started = time.perf_counter()
    language = language_code(language)
    left_out: list[tuple[int, str, str]] = []
    corpus = _corpus(project, language, options.layer, left_out)
    data = split(corpus.units, options.heldout_fraction, options.seed)
    nlp, dev_f1, epochs = fit(language, data, options, progress, is_cancelled)
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
        dev_f1=dev_f1,
        train_documents=len({unit.document_id for unit in data.train}),
        train_units=len(data.train),
        train_spans=sum(len(unit.spans) for unit in data.train),
        heldout_documents=data.heldout_documents,
        test_units=len(data.test),
        split_by=data.by,
        epochs=epochs,
        seconds=seconds,
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

        nlp, _dev_f1, _epochs = fit(
            language, Split(part, data.dev, data.test, data.by), options, step, is_cancelled
        )
        points.append(
            CurvePoint(
                fraction,
                len({unit.document_id for unit in part}),
                len(part),
                sum(len(unit.spans) for unit in part),
                score_units(nlp, data.test),
                time.perf_counter() - started,
            )
        )
    return points
