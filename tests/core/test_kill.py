"""SIGKILL in the middle of a stream of edits and imports loses nothing that was acknowledged as saved.

RELIABILITY.md: "kill the process (SIGKILL) in the middle of a stream of edits and imports, reopen, and check
that every acknowledged edit is there and integrity_check is ok". The child (tests/helpers/kill_child.py)
prints a line after each call returned; whatever it printed before it died must be in the file.
"""

from __future__ import annotations

import os
import random
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from curator.core.project.setup import open_project
from curator.core.services import NewDocument, add_documents
from curator.core.storage import Project
from curator.core.storage.models import Document, Label, Span

REPO = Path(__file__).resolve().parents[2]
CHILD = REPO / "tests" / "helpers" / "kill_child.py"
ROUNDS = 3
SEED = 20261123
LINE_TIMEOUT = 20.0

TEXT = " ".join(
    ["Kırgızistan Dışişleri Bakanı Ruslan Kazakbayev Ankara'yı ziyaret etti."]
    + ["Кыргызстандын тышкы иштер министри Руслан Казакбаев Бишкекте жолугушту."] * 10
)


class Acknowledged:
    def __init__(self) -> None:
        self.spans: dict[int, tuple[int, int, str]] = {}
        self.documents: set[str] = set()

    def take(self, line: str) -> None:
        kind, *fields = line.split()
        if kind == "span":
            span_id, start, end, label = fields
            self.spans[int(span_id)] = (int(start), int(end), label)
        elif kind == "doc":
            self.documents.add(fields[0])
        elif kind not in {"ready", "exhausted"}:
            raise AssertionError(f"unexpected line from the child: {line!r}")

    @property
    def count(self) -> int:
        return len(self.spans) + len(self.documents)


def _read_lines(process: subprocess.Popen[bytes], selector: selectors.BaseSelector, buffer: bytearray):
    """Yield complete lines as they arrive; a line cut off by the kill is not an acknowledgement."""
    assert process.stdout is not None
    fd = process.stdout.fileno()
    while True:
        while b"\n" in buffer:
            line, _, rest = bytes(buffer).partition(b"\n")
            buffer[:] = rest
            yield line.decode("utf-8")
        if not selector.select(LINE_TIMEOUT):
            raise AssertionError(f"the child printed nothing for {LINE_TIMEOUT} s")
        chunk = os.read(fd, 65536)
        if not chunk:
            return
        buffer.extend(chunk)


def _run_round(path: Path, document_id: int, round_: int, rng: random.Random, stderr: Path) -> Acknowledged:
    kill_after = rng.randint(100, 200)
    extra_delay = rng.uniform(0, 0.02)
    acknowledged = Acknowledged()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    with stderr.open("wb") as err:
        process = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), str(document_id), str(round_)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=err,
            env=env,
            cwd=REPO,
        )
    assert process.stdout is not None
    os.set_blocking(process.stdout.fileno(), False)
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    buffer = bytearray()
    try:
        lines = _read_lines(process, selector, buffer)
        for line in lines:
            acknowledged.take(line)
            if acknowledged.count >= kill_after:
                break
        else:
            raise AssertionError(f"the child ended early ({process.wait()}): {stderr.read_text()}")
        time.sleep(extra_delay)  # let it get into the middle of its next transaction
        process.send_signal(signal.SIGKILL)
        assert process.wait(10) == -signal.SIGKILL, f"the child was not killed: {stderr.read_text()}"
        for line in lines:  # whatever it printed before it died was acknowledged too
            acknowledged.take(line)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        selector.close()
        process.stdout.close()
    return acknowledged


def _check(project: Project, acknowledged: Acknowledged, round_: int) -> None:
    assert project.integrity_check() == "ok"
    with project.read() as session:
        rows = session.execute(
            select(Span.id, Span.start, Span.end, Label.name).join(Label, Label.id == Span.label_id)
        ).all()
        stored_spans = {span_id: (start, end, label) for span_id, start, end, label in rows}
        stored_hashes = set(session.execute(select(Document.content_hash)).scalars())
        counts = dict(
            session.execute(select(Span.document_id, func.count()).group_by(Span.document_id)).all()
        )
        span_counts = dict(session.execute(select(Document.id, Document.span_count)).all())
    missing_spans = {i: s for i, s in acknowledged.spans.items() if stored_spans.get(i) != s}
    assert not missing_spans, f"round {round_}: acknowledged spans lost: {missing_spans}"
    assert acknowledged.documents <= stored_hashes, f"round {round_}: acknowledged documents lost"
    assert {i: counts.get(i, 0) for i in span_counts} == span_counts, "span_count out of step with the spans"


@pytest.mark.slow
def test_sigkill_during_edits_and_imports_loses_no_acknowledged_work(tmp_path: Path) -> None:
    path = tmp_path / "killed.curator"
    with open_project(path, annotator="setup") as project:
        with project.write() as session:
            add_documents(session, [NewDocument(text=TEXT, title="long")], annotator_id=None, source="test")
            document_id = session.execute(select(Document.id)).scalar_one()
    rng = random.Random(SEED)
    all_acknowledged = Acknowledged()
    for round_ in range(ROUNDS):
        acknowledged = _run_round(path, document_id, round_, rng, tmp_path / f"child-{round_}.err")
        assert acknowledged.count >= 100
        all_acknowledged.spans.update(acknowledged.spans)
        all_acknowledged.documents |= acknowledged.documents
        with open_project(path, create=False, annotator="checker") as project:
            _check(project, all_acknowledged, round_)
