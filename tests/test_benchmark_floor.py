"""benchmarks/floor.py, the raw-SQLite floor of benchmarks/run.py: it stores the very documents and spans
of the tasks file in rows Curator reads as its own, and its export gives the tasks back, so "× floor" in
the benchmark compares the same work."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from curator.core.project.setup import open_project
from curator.core.queries import project_stats

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import floor
import run

TASKS = [
    {"text": "Ruslan Kazakbayev Bişkek'te.", "spans": [{"start": 0, "end": 17, "label": "PER"}]},
    {"text": "Hiç ad yok.", "spans": []},
    {
        "text": "KGAÖ heyeti Moskova'da ZIRVE.",
        "spans": [
            {"start": 0, "end": 4, "label": "ORG"},
            {"start": 12, "end": 19, "label": "LOC"},
            {"start": 23, "end": 28, "label": "SUMMIT"},
        ],
    },
]


def test_the_floor_stores_the_tasks_as_curator_rows_and_reads_them_back(tmp_path: Path) -> None:
    source = tmp_path / "tasks.jsonl"
    source.write_text(
        "".join(json.dumps(task, ensure_ascii=False) + "\n" for task in TASKS), encoding="utf-8"
    )
    empty = tmp_path / "empty.curator"
    with open_project(empty, annotator="bench"):
        pass
    target = tmp_path / "floor.sqlite"
    stored = floor.import_floor(source, empty, target)
    assert stored.seconds > 0 and (stored.documents, stored.spans) == (3, 4)
    out = tmp_path / "floor.jsonl"
    written = floor.export_floor(target, out)
    assert (written.documents, written.spans) == (3, 4)
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == TASKS
    with open_project(target, annotator="bench") as project:
        stats = project_stats(project)
    assert (stats["documents"], stats["spans"]) == (3, 4)
    assert {name: stats["labels"][name] for name in ("PER", "ORG", "LOC", "SUMMIT")} == dict.fromkeys(
        ("PER", "ORG", "LOC", "SUMMIT"), 1
    )


def test_each_figure_is_divided_by_its_own_floor() -> None:
    """In-process figures by the floor alone; command-line ones by the floor plus a Python start; wall
    by wall and CPU by CPU; a stage that did not run has no figure and no verdict."""
    results = {"docs": 1_000, "spans": 2_000}
    seconds = {"floor_start": (0.1, 0.05), "floor_import": (0.2, 0.15), "floor_export": (0.1, 0.1)}
    seconds |= {"import": (2.0, 1.0), "import_cli": (3.0, 2.0), "export_jsonl": (0.5, 0.5)}
    for key, (wall, cpu) in seconds.items():
        results |= {f"{key}_seconds": wall, f"{key}_cpu_seconds": cpu}
    run.add_ratios(results)
    assert results["import_x_floor"] == pytest.approx(10.0)
    assert results["import_x_floor_cpu"] == pytest.approx(1.0 / 0.15)
    assert results["import_cli_x_floor"] == pytest.approx(3.0 / 0.3)
    assert results["import_cli_x_floor_cpu"] == pytest.approx(2.0 / 0.2)
    assert results["import_docs_per_s"] == pytest.approx(500.0)
    assert results["export_jsonl_spans_per_s"] == pytest.approx(4_000.0)
    assert results["export_jsonl_x_floor"] == pytest.approx(5.0)
    assert "export_spacy_x_floor" not in results and "export_jsonl_cli_x_floor" not in results
    assert [row.label for row in run.measured_rows(results)] == [
        "floor-start", "floor-import", "import", "import-cli", "floor-export", "export-jsonl",
    ]  # fmt: skip
    assert run.verdicts(results) == 3  # import: rate and ratio missed; export-jsonl: rate missed, 5× is ok
