"""Does our HTML importer keep as much of the article, and drop as much boilerplate, as trafilatura?

Issue 4 requires that web-page extraction keep at least as much of the article and drop at least as
much boilerplate as `trafilatura.extract` with its default settings does on the same pages. For each
page in tests/data/html with gold sentences in gold.json, this prints the article recall (share of the
known article sentences found in the text) and the number of known boilerplate lines left, for
trafilatura's defaults, a few candidate settings and the importer itself; then, for issue 13, the two
figures that trade against each other: leads (standfirsts under the headline) kept, and boilerplate
lines leaked, over all pages; then the import rate on generated copies of the pages.

Run: `.venv/bin/python benchmarks/html_extraction.py [--copies 500]`. Exits 1 if the importer is
worse than trafilatura's defaults on any page, or loses a lead, or leaks boilerplate.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import trafilatura

from curator.core.importers import import_paths
from curator.core.importers.html import parse_html
from curator.core.project.setup import open_project

PAGES = Path(__file__).resolve().parents[1] / "tests" / "data" / "html"
CANDIDATES: dict[str, dict[str, Any]] = {
    "no comments": {"include_comments": False},
    "no comments, precision": {"include_comments": False, "favor_precision": True},
    "no comments, recall": {"include_comments": False, "favor_recall": True},
}
_SPACE = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def leads_kept(text: str | None, gold: dict[str, list[str]]) -> int:
    text = _squash(text or "")
    return sum(1 for lead in gold.get("lead", []) if _squash(lead) in text)


def lead_figures(gold_pages: dict[str, dict[str, list[str]]]) -> bool:
    """Leads kept and boilerplate lines leaked, summed over the pages; True if the importer is perfect."""
    leads = sum(len(gold.get("lead", [])) for gold in gold_pages.values())
    known = sum(len(gold["boilerplate"]) for gold in gold_pages.values())
    extractors = {
        "trafilatura default": lambda data: trafilatura.extract(data),
        **{
            name: lambda data, s=settings: trafilatura.extract(data, **s)
            for name, settings in CANDIDATES.items()
        },
    }
    print(f"\n{'extractor':<28}{'leads kept':>14}{'boilerplate leaked':>22}")
    ours = (0, 0)
    for name in [*extractors, "curator importer"]:
        kept = leaked = 0
        for page, gold in gold_pages.items():
            if name == "curator importer":
                text = parse_html(PAGES / page, lambda: False).documents[0].text
            else:
                text = extractors[name]((PAGES / page).read_bytes())
            kept += leads_kept(text, gold)
            leaked += score(text, gold)[1]
        print(f"{name:<28}{f'{kept} of {leads}':>14}{f'{leaked} of {known}':>22}")
        ours = (kept, leaked)
    return ours == (leads, 0)


def score(text: str | None, gold: dict[str, list[str]]) -> tuple[float, int]:
    """(share of article sentences present, number of boilerplate lines present) in `text`."""
    text = _squash(text or "")
    found = sum(1 for sentence in gold["article"] if _squash(sentence) in text)
    left = sum(1 for line in gold["boilerplate"] if _squash(line) in text)
    return found / len(gold["article"]), left


def compare(gold_pages: dict[str, dict[str, list[str]]]) -> bool:
    """Print one row per page and extractor; True if the importer is >= the defaults everywhere."""
    columns = ["trafilatura default", *CANDIDATES, "curator importer"]
    print(f"{'page':<28}" + "".join(f"{name:>26}" for name in columns))
    print(f"{'':<28}" + "".join(f"{'recall / boilerplate':>26}" for _ in columns))
    ok = True
    totals = {name: [0.0, 0] for name in columns}
    for name, gold in gold_pages.items():
        data = (PAGES / name).read_bytes()
        results = {"trafilatura default": score(trafilatura.extract(data), gold)}
        for candidate, settings in CANDIDATES.items():
            results[candidate] = score(trafilatura.extract(data, **settings), gold)
        ours = parse_html(PAGES / name, lambda: False).documents[0].text
        results["curator importer"] = score(ours, gold)
        base_recall, base_left = results["trafilatura default"]
        our_recall, our_left = results["curator importer"]
        ok = ok and our_recall >= base_recall and our_left <= base_left
        known = len(gold["boilerplate"])
        cells = "".join(f"{f'{r:.0%} / {b} of {known}':>26}" for r, b in results.values())
        print(f"{name:<28}{cells}")
        for column, (recall, left) in results.items():
            totals[column][0] += recall / len(gold_pages)
            totals[column][1] += left
    print(
        f"{'mean recall / total left':<28}" + "".join(f"{f'{r:.0%} / {b}':>26}" for r, b in totals.values())
    )
    return ok


def import_rate(copies: int) -> float:
    """Pages per second through import_paths, on `copies` distinct pages (each made unique)."""
    gold_pages = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
    pages = [(PAGES / name, gold["article"][0]) for name, gold in gold_pages.items()]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        source = root / "pages"
        source.mkdir()
        for number in range(copies):
            page, sentence = pages[number % len(pages)]
            encoding = "cp1251" if "cp1251" in page.name else "utf-8"
            shown = html.escape(sentence)  # the generated pages escape quotes in their markup
            raw = page.read_bytes()
            found = sentence if sentence.encode(encoding) in raw else shown
            data = raw.replace(found.encode(encoding), f"{found} [{number}]".encode(encoding), 1)
            (source / f"{number:04d}_{page.name}").write_bytes(data)
        with open_project(root / "bench.curator", annotator="bench") as project:
            started = time.perf_counter()
            report = import_paths(project, [source], fmt="html")
            elapsed = time.perf_counter() - started
        if report.problems:
            print("problems:", report.problems[:3])
        print(f"imported {report.documents_added} of {copies} pages in {elapsed:.2f} s")
    return copies / elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=500)
    args = parser.parse_args()
    gold_pages = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
    print(f"trafilatura {trafilatura.__version__}; {len(gold_pages)} pages\n")
    ok = compare(gold_pages)
    print(f"\nimporter >= trafilatura default on every page: {'yes' if ok else 'NO'}")
    perfect = lead_figures(gold_pages)
    print(f"every lead kept, no boilerplate leaked: {'yes' if perfect else 'NO'}")
    ok = ok and perfect
    print(f"import rate: {import_rate(args.copies):.0f} pages/s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
