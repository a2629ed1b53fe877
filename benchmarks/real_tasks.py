"""Real Turkish one-sentence tasks for the speed benchmarks, made from the Turkish news NER corpus.

Issue 14's figures ("10,000 real Turkish one-sentence tasks") are for tasks as an annotation tool meets
them: a sentence as a reader would write it, with its entities as character offsets. The corpus
(`train.txt`, bracket notation, see its README) has tokens split by spaces and suffixes split off after an
apostrophe (`[LOC Ankara ] 'daki`), so each line is detokenised: a suffix or closing punctuation joins
the token before it, an opening bracket or quote the token after it (`Ankara'daki`, `(AA)`, `"Bulut",`),
and every entity's span covers exactly its own words' characters (the suffix stays outside: `Ankara` of
`Ankara'daki`, as the corpus marks it).

Task N is line N of the file. The tasks are Prodigy JSONL (`{"text", "spans": [{start, end, label}]}`,
what `curator import --format jsonl` reads) with no language and no title, so an import guesses both
as it would for a user's file. A text seen before (the corpus repeats some lines, and beyond its 24,813
lines the file is read again from the top) gets ` (#K)` appended, K its repetition, so duplicate detection
keeps every task and the benchmark imports exactly N documents.

The first 10,000 lines hold 12,771 entities (100,000 tasks: 135,234), not the 28,986 spans issue 14
quotes for its 10,000 tasks: no prefix of the file, nor its first 10,000 lines with an entity (22,732),
gives that count, so figures per span are not comparable with the issue's one for one. `--dense` takes
the 10,000 lines with the most entities instead (29,124 spans, in file order), whose per-span figures
are comparable with the issue's.

Run: `.venv/bin/python benchmarks/real_tasks.py OUT.jsonl [--count N]`; from code, `write_real_tasks`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from curator.core.importers.brackets import parse_line

ROOT = Path(__file__).resolve().parents[1]
CORPUS_FOLDER = Path("data") / "turkish-news-ner"
# /work/main/../shared holds the data; a worktree elsewhere finds it at the machine's shared folder. The
# environment variable names another copy.
CORPUS_CANDIDATES = (ROOT.parent / "shared" / CORPUS_FOLDER, Path("/work/shared") / CORPUS_FOLDER)
TRAIN_FILE = "train.txt"

# Tokens that join the token before them (no space before) or the one after them (no space after).
CLOSING = {",", ".", ":", ";", "!", "?", ")", "]", "}", "...", "…"}
OPENING = {"(", "[", "{", "%", "$"}


@dataclass(frozen=True, slots=True)
class Task:
    """One sentence and its entities as (start, end, label) character offsets into `text`."""

    text: str
    spans: tuple[tuple[int, int, str], ...]

    def record(self) -> dict:
        """The Prodigy JSONL record Curator's jsonl importer reads."""
        return {
            "text": self.text,
            "spans": [{"start": s, "end": e, "label": label} for s, e, label in self.spans],
        }


def corpus_file(name: str = TRAIN_FILE) -> Path:
    """The corpus file: `$CURATOR_TURKISH_NER` (a folder) if set, else the shared data folder."""
    override = os.environ.get("CURATOR_TURKISH_NER")
    folders = (Path(override),) if override else CORPUS_CANDIDATES
    for folder in folders:
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(f"{name} of the Turkish news NER corpus is not in {', '.join(map(str, folders))}")


def _is_suffix(token: str) -> bool:
    """`'ne`, `'dan`: a case suffix the corpus split off after the apostrophe (a lone `'` is a quote)."""
    return len(token) > 1 and token[0] in "'’" and token[1].isalpha()


class _Quotes:
    """Which way each quote mark faces. The corpus quotes with `"..."`, with `` `...' `` and with
    `'..."`: a straight double quote closes when one is open, a backtick opens, and a lone `'` closes
    an open backtick or else opens a quote that the next `"` closes."""

    def __init__(self) -> None:
        self.double = False
        self.backtick = False

    def faces(self, token: str) -> tuple[bool, bool] | None:
        """(joins the previous token, joins the next token) for a quote mark; None for other tokens."""
        if token == '"':
            self.double = not self.double
            return (not self.double, self.double)
        if token == "`":
            self.backtick = True
            return (False, True)
        if token == "'":
            if self.backtick:
                self.backtick = False
                return (True, False)
            if self.double:
                return (True, False)
            self.double = True
            return (False, True)
        return None


def _glue(tokens: Sequence[str]) -> list[bool]:
    """For each gap between token i and i+1, True when no space goes there."""
    joins_previous: list[bool] = []
    joins_next: list[bool] = []
    quotes = _Quotes()
    for token in tokens:
        faces = quotes.faces(token)
        if faces is None:
            faces = (token in CLOSING or _is_suffix(token), token in OPENING)
        joins_previous.append(faces[0])
        joins_next.append(faces[1])
    return [joins_next[i] or joins_previous[i + 1] for i in range(len(tokens) - 1)]


def detokenise(tokens: Sequence[str], runs: Sequence[tuple[int, int, str]]) -> Task:
    """The sentence of `tokens` and the character offsets of each (first token, last token, label) run."""
    glued = _glue(tokens)
    starts: list[int] = []
    parts: list[str] = []
    offset = 0
    for index, token in enumerate(tokens):
        if index and not glued[index - 1]:
            parts.append(" ")
            offset += 1
        starts.append(offset)
        parts.append(token)
        offset += len(token)
    spans = tuple((starts[first], starts[last] + len(tokens[last]), label) for first, last, label in runs)
    return Task("".join(parts), spans)


def corpus_tasks(path: Path | None = None) -> list[Task]:
    """Every line of the bracket-notation file as a task, in file order (BOM dropped)."""
    source = path or corpus_file()
    text = source.read_text(encoding="utf-8").lstrip("\ufeff")
    tasks = []
    for number, line in enumerate(text.splitlines(), 1):
        tokens, runs = parse_line(line.replace("\ufeff", " "), number)
        if tokens:
            tasks.append(detokenise(tokens, runs))
    return tasks


def densest(tasks: Sequence[Task], count: int) -> list[Task]:
    """The `count` tasks with the most entities (ties: the earlier line), in file order."""
    chosen = sorted(range(len(tasks)), key=lambda index: -len(tasks[index].spans))[:count]
    return [tasks[index] for index in sorted(chosen)]


def real_tasks(count: int, path: Path | None = None, dense: bool = False) -> Iterator[Task]:
    """`count` tasks: the corpus's lines in order, read again from the top when it runs out, each text
    made unique by ` (#K)` when it was seen before (the spans stay where they are: K goes at the end).
    `dense`: only the `count` lines with the most entities (see the module's docstring)."""
    corpus = corpus_tasks(path)
    if not corpus:
        raise ValueError("the corpus file has no sentences")
    if dense:
        corpus = densest(corpus, count)
    seen: Counter[str] = Counter()
    for number in range(count):
        task = corpus[number % len(corpus)]
        key = unicodedata.normalize("NFC", task.text)
        repeats = seen[key]
        seen[key] += 1
        yield task if not repeats else Task(f"{task.text} (#{repeats})", task.spans)


def write_real_tasks(out: Path, count: int, path: Path | None = None, dense: bool = False) -> int:
    """Write `count` tasks to `out` as JSONL; returns the number of spans (same shape as synthetic.py's
    write_tasks_jsonl, so a benchmark can take either)."""
    spans = 0
    with out.open("w", encoding="utf-8") as handle:
        for task in real_tasks(count, path, dense):
            spans += len(task.spans)
            handle.write(json.dumps(task.record(), ensure_ascii=False) + "\n")
    return spans


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path, help="the JSONL file to write")
    parser.add_argument("--count", type=int, default=10_000, help="number of tasks (default 10,000)")
    parser.add_argument("--corpus", type=Path, help=f"a bracket-notation file (default: {TRAIN_FILE})")
    parser.add_argument("--dense", action="store_true", help="the lines with the most entities only")
    args = parser.parse_args(argv)
    spans = write_real_tasks(args.out, args.count, args.corpus, args.dense)
    print(f"{args.count:,} tasks, {spans:,} spans -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
