"""The training loop: spaCy's `spacy train` schedule, in process, with a time limit and a learning curve.

The defaults are those of spaCy's efficiency config, because they are what it tunes for a CPU:
- dev is scored every `eval_frequency` (200) updates, and also at the end of every epoch that is shorter
  than that (a small project has only a few updates an epoch and would otherwise never be scored);
- training stops once the dev F1 has not improved for `patience` (1,600) updates, after `max_steps`
  (20,000) updates, after `max_epochs` passes, or `max_seconds` after the run began (preparing the data
  counts: it is the user's wall time); the best weights are kept. The old
  rule (four evaluations without improvement) stopped a 25k-sentence corpus after about one epoch, at
  a dev F1 that a few more epochs raise by several points;
- batches of compounding size, 100 words growing by 0.1% an update up to 1,000 and never reset at an
  epoch's start; dropout 0.1; Adam with learning rate 0.001, L2 0.01 and gradient clipping 1.0.
What differs is Curator's own: its tokenizer, gold tokens refined at span edges (so no span is dropped),
dev scored by exact character spans, and (`averages`, by default from 1,000 training paragraphs on)
evaluating and keeping the running average of the weights (spaCy's `use_averages`, off in its efficiency
config), which on 4,500 Turkish news sentences and 100 s scored 0.755 test F1 against 0.737 without.
Every evaluation is reported as a `TrainingPoint` (seconds, update, epoch, dev F1, loss since the last
one): the training window draws them as a learning curve. `is_cancelled` is checked between batches.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.training.batchers import minibatch_by_words
from thinc.api import compounding

from curator.core.domain import CuratorError
from curator.core.layers import DEFAULT_LAYER
from curator.core.nlp.corpus import Split, has_overlaps
from curator.core.nlp.pipeline import build_pipeline, reference_doc, score_units
from curator.core.nlp.tokenizer import blank_pipeline

# Averaging the weights pays from this many training paragraphs on: below, a run makes only a few hundred
# updates and the average still carries the first, untrained ones (a 96-paragraph test set lost 2 points).
AVERAGE_FROM_PARAGRAPHS = 1000

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class TrainingCancelled(CuratorError):
    """The user cancelled training; nothing was saved."""


@dataclass(frozen=True, slots=True)
class TrainingOptions:
    seed: int = 0
    heldout_fraction: float = 0.2
    max_epochs: int = 30
    max_steps: int = 20_000
    patience: int = 1600  # updates without a better dev F1 before stopping
    eval_frequency: int = 200  # updates between dev evaluations
    max_seconds: float | None = None
    dropout: float = 0.1
    learn_rate: float = 0.001
    batch_start: float = 100.0  # words in a batch at the start...
    batch_stop: float = 1000.0  # ...growing to this many...
    batch_compound: float = 1.001  # ...by this factor an update
    averages: bool | None = None  # evaluate and keep the running average of the weights; None: by size
    layer: str = DEFAULT_LAYER  # whose annotations to learn from (`LayerChoice.parse`), as the exports


@dataclass(frozen=True, slots=True)
class TrainingPoint:
    """One dev evaluation during training: what the learning curve draws."""

    seconds: float
    step: int
    epoch: float
    dev_f1: float
    loss: float


Curve = Callable[[TrainingPoint], None]


@dataclass(slots=True)
class Fitted:
    nlp: Language
    dev_f1: float
    epochs: float  # where the kept (best) weights were reached
    steps: int  # updates made in all
    stopped_by: str  # "patience", "max_steps", "max_epochs" or "max_seconds"
    curve: list[TrainingPoint] = field(default_factory=list)


def longest_span(language: str, split: Split) -> int:
    """The longest training span in tokens (how long the span categorizer's n-grams must be)."""
    nlp = blank_pipeline(language)
    longest = 1
    for unit in split.train:
        for start, end, _ in unit.spans:
            longest = max(longest, len(nlp.make_doc(unit.text[start:end])))
    return longest


def fit(
    language: str,
    data: Split,
    options: TrainingOptions,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
    on_point: Curve | None = None,
    started: float | None = None,
) -> Fitted:
    """Train on `data.train`, early-stopping on `data.dev`; the best pipeline and how training went.

    `started` (a `time.perf_counter()` value, default now) is when the run began for the user:
    `max_seconds` and the curve's seconds count from there, preparing the data included."""
    started = time.perf_counter() if started is None else started
    spacy.util.fix_random_seed(options.seed)
    spancat = has_overlaps(data.train)
    longest = longest_span(language, data) if spancat else 1
    averages = options.averages
    if averages is None:
        averages = len(data.train) >= AVERAGE_FROM_PARAGRAPHS
    nlp = build_pipeline(
        language, spancat=spancat, longest_span=longest, learn_rate=options.learn_rate, averages=averages
    )
    examples = [Example(nlp.make_doc(unit.text), reference_doc(nlp, unit)) for unit in data.train]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(options.seed)
    total = len(examples) * options.max_epochs
    sizes = compounding(options.batch_start, options.batch_stop, options.batch_compound)
    curve: list[TrainingPoint] = []
    best_f1, best_bytes, best_epoch, best_step = -1.0, nlp.to_bytes(), 0.0, 0
    seen = step = evaluated_at = 0
    loss = 0.0

    def evaluate() -> None:
        nonlocal best_f1, best_bytes, best_epoch, best_step, evaluated_at, loss
        with nlp.use_params(optimizer.averages if averages else {}):
            f1 = score_units(nlp, data.dev).f1 if data.dev else 0.0
            if f1 > best_f1:
                best_f1, best_bytes, best_epoch, best_step = f1, nlp.to_bytes(), seen / len(examples), step
        point = TrainingPoint(time.perf_counter() - started, step, seen / len(examples), float(f1), loss)
        curve.append(point)
        if on_point is not None:
            on_point(point)
        evaluated_at, loss = step, 0.0

    def stop_reason() -> str:
        """Why training stops now, or "" to go on (patience is judged right after an evaluation)."""
        if step >= options.max_steps:
            return "max_steps"
        if options.max_seconds is not None and time.perf_counter() - started >= options.max_seconds:
            return "max_seconds"
        if evaluated_at == step and step - best_step >= options.patience:
            return "patience"
        return ""

    stopped_by = ""
    epoch = 0
    while not stopped_by:
        if epoch == options.max_epochs:
            stopped_by = "max_epochs"
            break
        rng.shuffle(examples)
        epoch_steps = 0
        # spaCy types `size` as an int or a sequence, but iterates it: thinc's schedules are what it expects.
        batches = minibatch_by_words(examples, size=sizes, tolerance=0.2, discard_oversize=False)  # type: ignore[arg-type]
        for batch in batches:
            if is_cancelled is not None and is_cancelled():
                raise TrainingCancelled("training cancelled; nothing was saved")
            losses: dict[str, float] = {}
            nlp.update(batch, drop=options.dropout, sgd=optimizer, losses=losses)
            loss += float(sum(losses.values()))
            seen += len(batch)
            step += 1
            epoch_steps += 1
            if progress is not None:
                progress(seen, total)
            if step % options.eval_frequency == 0:
                evaluate()
            stopped_by = stop_reason()
            if stopped_by:
                break
        else:
            if epoch_steps < options.eval_frequency and evaluated_at != step:
                evaluate()
                stopped_by = stop_reason()
        epoch += 1
    if evaluated_at != step or not curve:
        evaluate()
    nlp.from_bytes(best_bytes)
    if progress is not None:
        progress(total, total)
    return Fitted(nlp, max(best_f1, 0.0), best_epoch, step, stopped_by, curve)
