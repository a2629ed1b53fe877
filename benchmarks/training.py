"""Curator's training against `spacy train` with spaCy's default CPU efficiency config, same data.

Run: `.venv/bin/python benchmarks/training.py [--train 5000 --dev 1000 --test 1000] [--conll-dir DIR]`.
With `--conll-dir` (a folder with train.conll, dev.conll, test.conll) a real corpus is used; otherwise
the synthetic Turkish news corpus of `ner_corpus.py` is written to benchmarks/out/ner/.

Both systems get the same files:
- Curator, as a user would run it: train and dev imported into a fresh project, `train_model` (its own
  seeded held-out split of that data for early stopping and its scores), then the saved model scored on
  test.conll through `evaluate_file`, exactly as `curator evaluate --data test.conll --format conll`;
- spaCy: `spacy convert` of train and dev, `spacy init config --lang tr --pipeline ner --optimize
  efficiency`, `spacy train` (its default early stopping on dev), then model-best scored on the same
  test texts by the same character-span scorer.
Prints F1 and wall time of each, training seconds per 1,000 sentences, and the trained model's
suggestion speed in words per second. Results go to benchmarks/out/training.json.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy
from ner_corpus import make_corpus

from curator.core.importers import import_paths
from curator.core.nlp.corpus import paragraphs
from curator.core.nlp.evaluation import evaluate_file, read_labelled_file
from curator.core.nlp.models import model_suggester
from curator.core.nlp.pipeline import doc_spans
from curator.core.nlp.scoring import format_scores
from curator.core.nlp.training import train_model
from curator.core.project.setup import open_project
from curator.core.suggest import ProposedSpan, SuggestInput

OUT = Path(__file__).resolve().parent / "out"
PYTHON = sys.executable


def sentences(path: Path) -> int:
    return sum(1 for block in path.read_text(encoding="utf-8").split("\n\n") if block.strip())


class PipelineSuggester:
    """Any spaCy pipeline as a Suggester, paragraph by paragraph like the model suggester."""

    def __init__(self, path: Path) -> None:
        self.nlp = spacy.load(path)
        self.source = f"spacy:{path.name}"

    def suggest(self, documents: Iterable[SuggestInput]) -> Iterator[tuple[int, list[ProposedSpan]]]:
        for document in documents:
            units = paragraphs(document.document_id, document.text, ())
            found: list[ProposedSpan] = []
            for unit, doc in zip(units, self.nlp.pipe(u.text for u in units), strict=True):
                found += [
                    ProposedSpan(unit.offset + s, unit.offset + e, label, self.source)
                    for s, e, label, _ in doc_spans(doc)
                ]
            yield document.document_id, found


def run_curator(files: dict[str, Path], work: Path) -> dict:
    project = open_project(work / "bench.curator", annotator="bench")
    report = import_paths(project, [files["train"], files["dev"]], fmt="conll")
    assert report.ok, report.lines()
    began = time.perf_counter()
    result = train_model(project, "tr")
    seconds = time.perf_counter() - began
    evaluation = evaluate_file(model_suggester(project, result.version), files["test"], "conll", "tr")
    print("curator held-out (its own split):", round(result.scores.f1, 4), f"epochs {result.epochs:.1f}")
    print("\n".join(format_scores(evaluation.scores)))
    documents = read_labelled_file(files["test"], "conll", "tr")
    inputs = [SuggestInput(d.id, d.text, "tr") for d in documents] * 5
    words = sum(len(i.text.split()) for i in inputs)
    suggester = model_suggester(project, result.version)
    began = time.perf_counter()
    for _ in suggester.suggest(inputs):
        pass
    suggest_seconds = time.perf_counter() - began
    project.close()
    return {
        "curator_seconds": round(seconds, 1),
        "curator_test_f1": round(evaluation.scores.f1, 4),
        "curator_heldout_f1": round(result.scores.f1, 4),
        "curator_epochs": round(result.epochs, 2),
        "curator_components": result.components,
        "curator_train_units": result.train_units,
        "curator_words_per_s": round(words / suggest_seconds),
    }


def run_spacy(files: dict[str, Path], work: Path) -> dict:
    corpus = work / "spacy"
    corpus.mkdir()
    for name in ("train", "dev"):
        subprocess.run(
            [PYTHON, "-m", "spacy", "convert", str(files[name]), str(corpus), "-c", "ner", "-n", "1"],
            check=True,
            capture_output=True,
        )
    config = work / "config.cfg"
    began = time.perf_counter()
    subprocess.run(
        [PYTHON, "-m", "spacy", "init", "config", str(config), "--lang", "tr", "--pipeline", "ner",
         "--optimize", "efficiency", "--force"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    output = work / "spacy-model"
    trained = subprocess.run(
        [PYTHON, "-m", "spacy", "train", str(config), "--output", str(output),
         "--paths.train", str(corpus / "train.spacy"), "--paths.dev", str(corpus / "dev.spacy")],
        capture_output=True,
        text=True,
    )  # fmt: skip
    seconds = time.perf_counter() - began
    if trained.returncode != 0:
        raise SystemExit(trained.stderr[-3000:])
    (work / "spacy_train.log").write_text(trained.stdout + trained.stderr, encoding="utf-8")
    print(trained.stdout[-1500:])
    evaluation = evaluate_file(PipelineSuggester(output / "model-best"), files["test"], "conll", "tr")
    print("\n".join(format_scores(evaluation.scores)))
    return {"spacy_seconds": round(seconds, 1), "spacy_test_f1": round(evaluation.scores.f1, 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--train", type=int, default=5000)
    parser.add_argument("--dev", type=int, default=1000)
    parser.add_argument("--test", type=int, default=1000)
    parser.add_argument("--noise", type=float, default=0.0, help="share of ASCII-typed/lower-case sentences")
    parser.add_argument("--conll-dir", type=Path, help="a folder with train.conll, dev.conll, test.conll")
    parser.add_argument("--skip-spacy", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    if args.conll_dir:
        files = {name: args.conll_dir / f"{name}.conll" for name in ("train", "dev", "test")}
    else:
        folder = OUT / ("ner" if not args.noise else f"ner-noise{args.noise}")
        files = make_corpus(folder, args.train, args.dev, args.test, noise=args.noise)
    results: dict = {name + "_sentences": sentences(path) for name, path in files.items()}
    with tempfile.TemporaryDirectory(prefix="curator-bench-") as folder:
        print("== curator")
        results |= run_curator(files, Path(folder))
        results["curator_seconds_per_1000_sentences"] = round(
            results["curator_seconds"] / (results["train_sentences"] + results["dev_sentences"]) * 1000, 1
        )
        if not args.skip_spacy:
            print("== spacy train (efficiency config)")
            results |= run_spacy(files, Path(folder))
    print(json.dumps(results, indent=2))
    name = "training.json" if not args.noise else f"training-noise{args.noise}.json"
    (OUT / name).write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
