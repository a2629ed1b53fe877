"""Imports and exports run with what was alive before them frozen out of the garbage collector, and
leave it as it was however they end: finished, cancelled, failed, or overlapping another job."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from curator.core.collector import long_lived_objects_frozen
from curator.core.exporters import ExportCancelled, export_project
from curator.core.importers import import_paths
from tests.core.test_export import make_project

TEXT = "Ruslan Kazakbayev Bişkek'te KGAÖ heyetiyle görüştü."
DOCUMENTS = [(TEXT, "tr", [(0, 17, "PER")]) for _ in range(5)]


@pytest.fixture(autouse=True)
def _collector_as_it_was() -> Iterator[None]:
    thresholds = gc.get_threshold()
    assert gc.get_freeze_count() == 0
    yield
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == thresholds


@pytest.mark.parametrize("fmt", ["spacy", "jsonl", "conll"])
def test_an_export_runs_frozen_and_leaves_nothing_frozen(tmp_path: Path, fmt: str) -> None:
    project = make_project(tmp_path, DOCUMENTS)
    frozen: list[int] = []
    out = tmp_path / ("corpus" if fmt == "spacy" else f"corpus.{fmt}")
    export_project(project, fmt, out, progress=lambda done, total: frozen.append(gc.get_freeze_count()))
    assert frozen and min(frozen) > 0
    assert gc.get_freeze_count() == 0


def test_a_cancelled_export_leaves_nothing_frozen(tmp_path: Path) -> None:
    project = make_project(tmp_path, DOCUMENTS)
    with pytest.raises(ExportCancelled):
        export_project(project, "jsonl", tmp_path / "out.jsonl", is_cancelled=lambda: True)
    assert gc.get_freeze_count() == 0


def test_an_import_runs_frozen_and_a_failing_one_leaves_nothing_frozen(tmp_path: Path) -> None:
    project = make_project(tmp_path, [])
    texts = tmp_path / "texts"
    texts.mkdir()
    for number in range(3):
        (texts / f"{number}.txt").write_text(f"{TEXT} {number}", encoding="utf-8")
    frozen: list[int] = []
    report = import_paths(project, [texts], progress=lambda done, total: frozen.append(gc.get_freeze_count()))
    assert report.documents_added == 3
    assert frozen and min(frozen[1:]) > 0
    assert gc.get_freeze_count() == 0

    def fail(done: int, total: int) -> None:
        raise RuntimeError("the window went away")

    with pytest.raises(RuntimeError):
        import_paths(project, [texts / "0.txt"], progress=fail)
    assert gc.get_freeze_count() == 0


def test_overlapping_jobs_keep_the_freeze_until_the_last_one_ends() -> None:
    """An import beside an export in the window: the first to end must not thaw the other's objects."""
    first, second = long_lived_objects_frozen(), long_lived_objects_frozen()
    thresholds = gc.get_threshold()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold()[0] > thresholds[0]
    second.__exit__(None, None, None)
    assert gc.get_freeze_count() == 0


def test_cycles_made_during_a_job_are_still_collected() -> None:
    """A freeze, not `gc.disable()`: a long export's garbage cycles do not pile up."""

    class Node:
        other: object = None

    with long_lived_objects_frozen():
        node = Node()
        node.other = node
        alive = weakref.ref(node)
        del node
        gc.collect()
        assert alive() is None
