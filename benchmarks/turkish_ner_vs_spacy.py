"""`curator train` against `spacy train` (spaCy's own CPU efficiency config) on the real Turkish news NER
corpus, side by side in one run, on the same train/dev split and the same test file.

Run: `nice -n 10 .venv/bin/python benchmarks/turkish_ner_vs_spacy.py [--data DIR] [--limit N]`.

The corpus (`/work/shared/data/turkish-news-ner/`, bracket notation, see its README) has no dev split, so
one is carved from train.txt: the sentences are shuffled with `--seed` (13) and the first `--dev-share`
(10%) are dev, the rest train; both are written back in bracket notation to benchmarks/out/turkish-ner/.
test.txt is never seen by either system before scoring.

1. spaCy, as its documentation says: one Doc per sentence with the corpus's own tokens and entities in
   train.spacy/dev.spacy, `spacy init config -l tr -p ner -o efficiency`, `spacy train --paths.train
   --paths.dev` with its default early stopping (patience 1,600 steps, evaluation every 200). Its wall
   time (init config + train) is the time budget.
2. Curator, as a user would run it, through its CLI: `curator import` of the train part into a fresh
   project, then `curator train --dev dev.txt --max-seconds B` where B is spaCy's wall time minus the
   import's, so Curator never gets more wall time than spaCy did (it may stop earlier on patience).
3. Both saved models are scored on test.txt by the same two scorers: Curator's exact character-span
   scorer (`curator evaluate`'s, on the raw test text) and spaCy's own Scorer (`spacy evaluate` on a
   test.spacy of the corpus's tokens).
Prints micro F1, wall times and their ratios; results go to benchmarks/out/turkish_ner_vs_spacy.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy
from spacy.tokens import Doc, DocBin, Span
from training import PipelineSuggester

from curator.core.importers.brackets import parse_line
from curator.core.nlp.evaluation import evaluate_file

DATA = Path("/work/shared/data/turkish-news-ner")
OUT = Path(__file__).resolve().parent / "out"
PYTHON = sys.executable
# Starting Python and spaCy, reading dev.txt and saving the model are outside `--max-seconds`.
CURATOR_OVERHEAD_SECONDS = 20.0


def bracket_lines(path: Path) -> list[str]:
    """The sentences of a bracket-notation file (BOM and blank lines dropped)."""
    text = path.read_text(encoding="utf-8").lstrip("\ufeff")
    return [line for line in text.splitlines() if line.split()]


def carve(lines: list[str], share: float, seed: int) -> tuple[list[str], list[str]]:
    """A seeded (train, dev) split of the sentences: `share` of them for dev."""
    order = list(range(len(lines)))
    random.Random(seed).shuffle(order)
    cut = round(len(lines) * share)
    dev = sorted(order[:cut])
    train = sorted(order[cut:])
    return [lines[i] for i in train], [lines[i] for i in dev]


def docbin(lines: Iterable[str], path: Path, *, raw_text: bool = False) -> int:
    """One Doc per sentence with the corpus's own tokens and entities, as `spacy train` reads them.

    Without `raw_text` the spaces are unknown, as `spacy convert` leaves them: spaCy then trains and
    evaluates on the corpus's tokens as given. With it (the test file) the text is known, so `spacy
    evaluate` tokenizes it with each model's own tokenizer, as the model meets text in use."""
    nlp = spacy.blank("tr")
    docs = DocBin()
    count = 0
    for number, line in enumerate(lines, 1):
        tokens, runs = parse_line(line.replace("\ufeff", " "), number)
        spaces = [True] * (len(tokens) - 1) + [False] if raw_text else None
        doc = Doc(nlp.vocab, words=tokens, spaces=spaces)
        doc.ents = [Span(doc, first, last + 1, label=label) for first, last, label in runs]
        docs.add(doc)
        count += 1
    docs.to_disk(path)
    return count


def spacy_scores(model: Path, test: Path, work: Path, name: str) -> float:
    """Micro F1 (ents_f) of `model` on `test` by `spacy evaluate`."""
    output = work / f"{name}-evaluate.json"
    subprocess.run(
        [PYTHON, "-m", "spacy", "evaluate", str(model), str(test), "--output", str(output)],
        check=True,
        capture_output=True,
    )
    return float(json.loads(output.read_text(encoding="utf-8"))["ents_f"])


def run_spacy(files: dict[str, Path], work: Path, max_steps: int | None = None) -> dict:
    config = work / "config.cfg"
    output = work / "spacy-model"
    began = time.perf_counter()
    subprocess.run(
        [PYTHON, "-m", "spacy", "init", "config", str(config), "-l", "tr", "-p", "ner", "-o", "efficiency",
         "--force"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    trained = subprocess.run(
        [PYTHON, "-m", "spacy", "train", str(config), "--output", str(output),
         "--paths.train", str(files["train.spacy"]), "--paths.dev", str(files["dev.spacy"]),
         *([] if max_steps is None else ["--training.max_steps", str(max_steps)])],
        capture_output=True,
        text=True,
    )  # fmt: skip
    seconds = time.perf_counter() - began
    (work / "spacy_train.log").write_text(trained.stdout + trained.stderr, encoding="utf-8")
    if trained.returncode != 0:
        raise SystemExit(trained.stderr[-3000:])
    print(trained.stdout[-2500:])
    best = output / "model-best"
    char = evaluate_file(PipelineSuggester(best), files["test.txt"], "brackets", "tr").scores
    return {
        "spacy_seconds": round(seconds, 1),
        "spacy_test_f1": round(char.f1, 4),
        "spacy_test_f1_spacy_scorer": round(spacy_scores(best, files["test.spacy"], work, "spacy"), 4),
        "spacy_test_labels": {label: round(s.f1, 4) for label, s in char.labels.items()},
    }


def curator(work: Path, *arguments: str) -> subprocess.CompletedProcess:
    project = work / "turkish.curator"
    command = [PYTHON, "-m", "curator", "--project", str(project), *arguments]
    done = subprocess.run(command, capture_output=True, text=True, env=_env())
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(arguments)}: {done.stderr[-3000:]}")
    return done


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
        "CURATOR_ANNOTATOR": "bench",
    }


def run_curator(files: dict[str, Path], work: Path, budget: float) -> dict:
    began = time.perf_counter()
    curator(work, "import", "--format", "brackets", str(files["train.txt"]))
    imported = time.perf_counter() - began
    max_seconds = max(10.0, budget - imported - CURATOR_OVERHEAD_SECONDS)
    trained = curator(
        work, "train", "--lang", "tr", "--dev", str(files["dev.txt"]), "--max-seconds", f"{max_seconds:.0f}",
        "--json",
    )  # fmt: skip
    seconds = time.perf_counter() - began
    (report,) = json.loads(trained.stdout)
    model = Path(report["path"])
    char = evaluate_file(PipelineSuggester(model), files["test.txt"], "brackets", "tr").scores
    return {
        "curator_import_seconds": round(imported, 1),
        "curator_max_seconds": round(max_seconds),
        "curator_seconds": round(seconds, 1),
        "curator_train_paragraphs": report["train_paragraphs"],
        "curator_dev_paragraphs": report["test_paragraphs"],
        "curator_epochs": report["epochs"],
        "curator_steps": report.get("steps"),
        "curator_dev_f1": report["micro"]["f"],
        "curator_test_f1": round(char.f1, 4),
        "curator_test_f1_spacy_scorer": round(spacy_scores(model, files["test.spacy"], work, "curator"), 4),
        "curator_test_labels": {label: round(s.f1, 4) for label, s in char.labels.items()},
        "curator_curve": report.get("curve", []),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder with train.txt and test.txt")
    parser.add_argument("--seed", type=int, default=13, help="seed of the dev split")
    parser.add_argument("--dev-share", type=float, default=0.1, help="share of train.txt held out as dev")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N training sentences")
    parser.add_argument("--budget", type=float, help="Curator's wall time budget without running spaCy")
    parser.add_argument("--spacy-only", action="store_true", help="run spaCy's side only")
    parser.add_argument("--spacy-max-steps", type=int, help="cut spaCy's training short (a quick check)")
    args = parser.parse_args()
    folder = OUT / ("turkish-ner" if not args.limit else f"turkish-ner-{args.limit}")
    folder.mkdir(parents=True, exist_ok=True)
    lines = bracket_lines(args.data / "train.txt")
    if args.limit:
        lines = lines[: args.limit]
    train, dev = carve(lines, args.dev_share, args.seed)
    files = {
        "train.txt": folder / "train.txt",
        "dev.txt": folder / "dev.txt",
        "test.txt": args.data / "test.txt",
    }
    files["train.txt"].write_text("\n".join(train) + "\n", encoding="utf-8")
    files["dev.txt"].write_text("\n".join(dev) + "\n", encoding="utf-8")
    for name, part in (("train", train), ("dev", dev), ("test", bracket_lines(args.data / "test.txt"))):
        files[f"{name}.spacy"] = folder / f"{name}.spacy"
        docbin(part, files[f"{name}.spacy"], raw_text=name == "test")
    results: dict = {
        "seed": args.seed,
        "train_sentences": len(train),
        "dev_sentences": len(dev),
        "test_sentences": len(bracket_lines(args.data / "test.txt")),
    }
    # The run's models stay in benchmarks/out/turkish-ner*/run/ (replaced by the next run) to be looked at.
    work = folder / "run"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    if args.budget is None:
        print("== spacy train (efficiency config)", flush=True)
        results |= run_spacy(files, work, args.spacy_max_steps)
        budget = results["spacy_seconds"]
    else:
        budget = args.budget
    if not args.spacy_only:
        print(f"== curator train (budget {budget:.0f} s)", flush=True)
        results |= run_curator(files, work, budget)
    if results.get("spacy_test_f1") and "curator_seconds" in results:
        results["f1_ratio"] = round(results["curator_test_f1"] / results["spacy_test_f1"], 3)
        results["time_ratio"] = round(results["curator_seconds"] / results["spacy_seconds"], 3)
    print(json.dumps({k: v for k, v in results.items() if k != "curator_curve"}, indent=2))
    (OUT / "turkish_ner_vs_spacy.json").write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
