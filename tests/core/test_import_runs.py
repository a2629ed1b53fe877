"""A big import commits in chunks: other writers get the lock meanwhile, and an import that fails, is
cancelled or is killed leaves none of its documents behind."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from curator.core import importers, services
from curator.core.importers import ImportReport, StoreChunks, import_paths
from curator.core.project.setup import open_project
from curator.core.queries import project_stats
from curator.core.storage import Project
from curator.core.storage.models import Document, ExclusionRegion, ImportRun
from tests.helpers.engines import ENGINES, open_again, open_on

REPO = Path(__file__).resolve().parents[2]
CHILD = REPO / "tests" / "helpers" / "import_child.py"
SMALL_CHUNKS = StoreChunks(documents=200, batch=100)


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    with open_on(request, tmp_path, "importer", "editor") as opened:
        yield opened


def write_jsonl(path: Path, count: int, prefix: str, label: str = "ORG") -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for n in range(count):
            record = {
                "text": f"{prefix} haber {n}: Bişkek'te toplantı.",
                "spans": [{"start": 0, "end": 3, "label": label}],
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def runs(project: Project) -> list[tuple[str, str, int]]:
    with project.read() as session:
        rows = session.execute(
            select(ImportRun.description, ImportRun.status, ImportRun.documents).order_by(ImportRun.id)
        )
        return [(Path(d).name, s, n) for d, s, n in rows]


def documents_of_runs(project: Project) -> int:
    with project.read() as session:
        return session.execute(select(func.count()).where(Document.import_run_id.is_not(None))).scalar_one()


def wait_until(condition, what: str, limit: float = 60.0) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.01)


def test_a_second_writer_gets_the_lock_while_a_big_import_is_still_running(
    project: Project, tmp_path: Path
) -> None:
    big = write_jsonl(tmp_path / "big.jsonl", 20_000, "Büyük")
    reports: list[ImportReport] = []
    importer = threading.Thread(
        target=lambda: reports.append(import_paths(project, [big], chunks=SMALL_CHUNKS))
    )
    with open_again(project, "editor") as second:
        with second.write() as session:
            services.add_documents(
                session,
                [services.NewDocument(text="Bakan Ankara'yı ziyaret etti.")],
                annotator_id=second.annotator_id,
                source="test",
            )
            first_document = session.execute(select(func.min(Document.id))).scalar_one()
        importer.start()
        wait_until(lambda: documents_of_runs(second) > 0, "the first chunk")

        added = services.add_span(second, first_document, 4, 9, "MISC")

        status_after_write = runs(second)[0][1]
        documents_after_write = documents_of_runs(second)
    importer.join()

    assert status_after_write == "running" and documents_after_write < 20_000
    assert [s.label for s in services_spans(project, added.span.document_id) if s.id == added.span.id] == [
        "MISC"
    ]
    assert reports[0].ok and runs(project) == [("big.jsonl", "done", 20_000)]
    assert project_stats(project)["documents"] == 20_001


def services_spans(project: Project, document_id: int):
    from curator.core.queries import list_spans

    return list_spans(project, document_id)


def test_a_file_that_fails_midway_takes_back_its_committed_chunks(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = write_jsonl(tmp_path / "1-good.jsonl", 500, "İyi")
    bad = write_jsonl(tmp_path / "2-bad.jsonl", 1_000, "Kötü", label="FRESH")
    calls = 0
    real_add = importers.add_documents

    def failing_on_the_third_batch_of_the_bad_file(session, documents, **kwargs):
        nonlocal calls
        if documents[0].text.startswith("Kötü"):
            calls += 1
            if calls == 3:
                raise OperationalError("INSERT", {}, sqlite3.OperationalError("disk I/O error"))
        return real_add(session, documents, **kwargs)

    monkeypatch.setattr(importers, "add_documents", failing_on_the_third_batch_of_the_bad_file)

    report = import_paths(project, [good, bad], chunks=StoreChunks(documents=100, batch=100))

    assert calls == 3  # two chunks of the bad file were committed before it failed
    [problem] = [p.line() for p in report.problems]
    assert problem.startswith(f"error: {bad}: cannot store in the project: ")
    assert "the connection to the project file broke (disk I/O error)" in problem
    assert project_stats(project)["documents"] == 500
    assert "FRESH" not in project_stats(project)["labels"]
    assert runs(project) == [("1-good.jsonl", "done", 500), ("2-bad.jsonl", "failed", 0)]


def test_a_file_cancelled_between_chunks_leaves_none_of_its_documents(
    project: Project, tmp_path: Path
) -> None:
    first = write_jsonl(tmp_path / "1-first.jsonl", 300, "Birinci")
    second = write_jsonl(tmp_path / "2-second.jsonl", 1_000, "İkinci")
    stored = {"documents": 0}

    def cancelled_once_the_second_file_committed_a_chunk() -> bool:
        stored["documents"] = documents_of_runs(project)
        return stored["documents"] > 300 + 100

    report = import_paths(
        project,
        [first, second],
        is_cancelled=cancelled_once_the_second_file_committed_a_chunk,
        chunks=StoreChunks(documents=100, batch=100),
    )

    assert report.cancelled and report.files_ok == 1
    assert stored["documents"] > 400  # the second file had committed chunks when it was cancelled
    assert project_stats(project)["documents"] == 300
    assert runs(project) == [("1-first.jsonl", "done", 300), ("2-second.jsonl", "cancelled", 0)]


def proposals(project: Project) -> list[tuple[str, int, int, str]]:
    with project.read() as session:
        rows = session.execute(
            select(Document.text, ExclusionRegion.start, ExclusionRegion.end, ExclusionRegion.kind).join(
                Document, Document.id == ExclusionRegion.document_id
            )
        )
        return sorted(tuple(row) for row in rows)


def test_chunks_skip_duplicates_and_propose_boilerplate_as_one_transaction_did(
    project: Project, tmp_path: Path
) -> None:
    path = tmp_path / "repeats.jsonl"
    text = "Haber {n}: Bakan Bişkek'te.\nFotoğraf: AA\nDiğer fotoğraflar\nMetin {n} burada ve orada sürüyor."
    lines = [json.dumps({"text": text.format(n=n % 150)}, ensure_ascii=False) for n in range(450)]
    path.write_text("\n".join(lines), encoding="utf-8")
    with open_project(tmp_path / "whole.curator") as whole:  # beside the project, on either engine
        report = import_paths(project, [path], chunks=StoreChunks(documents=40, batch=20))
        import_paths(whole, [path], chunks=StoreChunks(documents=1_000))

        assert report.ok and report.documents_added == 150 and report.duplicates == 300
        assert runs(project) == [("repeats.jsonl", "done", 150)]
        assert proposals(project) == proposals(whole) and len(proposals(project)) >= 150


@pytest.mark.slow
def test_an_import_killed_midway_is_removed_by_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / "killed.curator"
    open_project(path, annotator="setup").close()
    big = write_jsonl(tmp_path / "big.jsonl", 20_000, "Öldürülen")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen([sys.executable, str(CHILD), str(path), str(big)], env=env)
    try:
        with open_project(path, create=False, annotator="watcher") as watcher:
            wait_until(lambda: documents_of_runs(watcher) >= 300, "three committed chunks")
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
            assert runs(watcher)[0][1] == "running" and documents_of_runs(watcher) >= 300
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()

    with open_project(path, create=False, annotator="next") as reopened:
        assert len(reopened.notes) == 1 and "big.jsonl" in reopened.notes[0]
        assert f"(process {child.pid} ended)" in reopened.notes[0]
        assert project_stats(reopened)["documents"] == 0
        assert runs(reopened) == [("big.jsonl", "failed", 0)]
        assert reopened.integrity_check() == "ok"
