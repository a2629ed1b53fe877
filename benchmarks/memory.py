"""Peak memory (max RSS) of import, every training export, suggest and duplicates at a corpus size.

Issue 14 asks for flat memory: under 400 MiB for any of them at 100,000 documents (the DocBin export
took 1.23 GB there). The corpus is the Turkish news NER set's sentences (`../shared/data/turkish-news-ner/
train.txt`), one task per sentence and repeated with a number appended until there are `scale` tasks, so
it has the real corpus's entity density and a realistic share of near-duplicates. Each stage is one
`curator` command in its own process, as a user runs it, and its peak RSS is that process's own
(`os.wait4`'s rusage), so no stage inherits another's memory.

Run: `.venv/bin/python benchmarks/memory.py --scale 100000`; or call `measure(scale)` for the dict.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from curator.core.importers.brackets import parse_line  # noqa: E402  (after the path is set)

# Beside the main checkout (`../shared`); a worktree elsewhere names it with CURATOR_NER_CORPUS.
CORPUS = Path(
    os.environ.get("CURATOR_NER_CORPUS", ROOT.parent / "shared" / "data" / "turkish-news-ner" / "train.txt")
)
OUT = Path(__file__).resolve().parent / "out" / "memory"
LIMIT_MIB = 400

# (stage name, the command's arguments after `curator --project P`, the output it writes under OUT).
EXPORTS = (
    ("export-jsonl", "jsonl", "export.jsonl"),
    ("export-spacy", "spacy", "export-spacy"),
    ("export-conll", "conll", "export.conll"),
    ("export-brat", "brat", "export-brat"),
)


def write_tasks(path: Path, scale: int) -> int:
    """`scale` JSONL tasks from the corpus's sentences, repeated (numbered) as often as needed; its spans."""
    sentences, seen = [], set()
    for number, line in enumerate(CORPUS.read_text(encoding="utf-8-sig").splitlines(), start=1):
        tokens, runs = parse_line(line, number)
        if tokens and " ".join(tokens) not in seen:  # the corpus repeats some; an import skips copies
            seen.add(" ".join(tokens))
            sentences.append((tokens, runs))
    spans_total = 0
    with path.open("w", encoding="utf-8") as handle:
        for number in range(scale):
            tokens, runs = sentences[number % len(sentences)]
            starts, position = [], 0
            for token in tokens:
                starts.append(position)
                position += len(token) + 1
            spans = [
                {"start": starts[first], "end": starts[last] + len(tokens[last]), "label": label}
                for first, last, label in runs
            ]
            copy = number // len(sentences)
            text = " ".join(tokens) + (f" ({copy})" if copy else "")
            spans_total += len(spans)
            record = {"text": text, "spans": spans, "meta": {"lang": "tr", "title": f"task {number}"}}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return spans_total


def run_curator(project: Path, log: Path, *arguments: str) -> tuple[float, float]:
    """Run one `curator` command in a fresh process: its peak RSS in MiB and its wall-clock seconds.

    The process is reaped with `os.wait4`, whose rusage is that process's alone (RUSAGE_CHILDREN would
    give the largest of all children so far); its output goes to `log`, not a pipe that could fill."""
    command = [sys.executable, "-m", "curator", "--project", str(project), "--annotator", "bench", *arguments]
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    began = time.perf_counter()
    with log.open("wb") as output:
        process = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - began
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"curator {' '.join(arguments)} failed:\n{log.read_text(errors='replace')}")
    return usage.ru_maxrss / 1024, seconds


STAGES = ("import", *(name for name, _, _ in EXPORTS), "suggest", "duplicates")


def measure(scale: int, stages: tuple[str, ...] = STAGES, echo: Callable[[str], None] = print) -> dict:
    """Peak RSS (MiB) and seconds of each stage on a fresh project of `scale` tasks.

    `stages` picks some (the import always runs: it makes the project); `echo` gets a line per stage."""
    work = OUT / str(scale)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    tasks = work / "tasks.jsonl"
    spans = write_tasks(tasks, scale)
    project = work / "memory.curator"
    results: dict = {"scale": scale, "spans": spans}
    commands: list[tuple[str, tuple[str, ...]]] = [("import", ("import", str(tasks)))]
    commands += [(name, ("export", "--format", fmt, "--out", str(work / out))) for name, fmt, out in EXPORTS]
    commands += [("suggest", ("suggest", "--suggester", "rules")), ("duplicates", ("duplicates", "--json"))]
    for name, arguments in commands:
        if name != "import" and name not in stages:
            continue
        rss, seconds = run_curator(project, work / f"{name}.log", *arguments)
        results[f"{name}_max_rss_mib"] = round(rss, 1)
        results[f"{name}_seconds"] = round(seconds, 2)
        echo(f"{name:<14} {rss:>8,.1f} MiB {seconds:>8,.1f} s")
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=100_000, help="documents in the project")
    parser.add_argument("--stage", action="append", choices=STAGES, help="only these stages (repeatable)")
    args = parser.parse_args()
    results = measure(args.scale, tuple(args.stage or STAGES), echo=lambda line: print(line, flush=True))
    missed = 0
    for key, value in results.items():
        verdict = ""
        if key.endswith("_max_rss_mib"):
            ok = value < LIMIT_MIB
            missed += not ok
            verdict = f"  target < {LIMIT_MIB}: {'ok' if ok else 'MISSED'}"
        print(f"{key:<28} {value:>12,}{verdict}")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"results-{args.scale}.json").write_text(json.dumps(results, indent=2) + "\n")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
