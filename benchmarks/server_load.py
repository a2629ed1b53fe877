"""Concurrent annotators on one team server or one project file: speed, refused stale writes, and proof
that no acknowledged edit is lost (issue 12, "Measure").

Run: `.venv/bin/python benchmarks/server_load.py [--engine postgresql|sqlite|both] [--processes N]
[--edits M] [--faults]`. Results go to benchmarks/out/server_load.json.

N annotator processes (default 10 on a server, 3 on one SQLite file) make M edits each (default 500):
tag, relabel, delete, undo and accept a suggestion, through the services the window calls
(`suggestions.tag`, `relabel_span(expected=...)`, `delete_spans`, `changes.revert` with the versions the
step left, `accept_suggestions`). Each works on 4 documents, two of them shared with each neighbour, so
undos meet other people's later writes and suggestions are taken by someone else first. Every process
logs each acknowledged edit (the change the service returned) and each refusal. Latency is from the
service call to its return, which is after the commit (key to saved), retries included.

At the end: each process's acknowledged log is replayed on its own layer and compared with the final
database (lost or overwritten edits must be 0); the whole history is replayed on the spans table and
must give the spans as they are; each document's version must be the one its last history entry left,
and no two entries may have left a document at the same version (that would be a lost update); every
span's document exists and each document's span count is right.

The floor in the same run: the same number of processes each committing M one-row INSERTs with the raw
driver (psycopg on one connection per process; sqlite3 with the project's WAL and synchronous=FULL).

`--faults`: one client is killed with SIGKILL a third of the way through, and (on the server) the
server is restarted at two thirds. The core does not retry a lost connection (NullPool: the next
transaction connects anew; the one in flight raises sqlalchemy's OperationalError), so the benchmark's
client does what the window should: on a connection error or a deadlock it looks in the history for an
entry of its own newer than its last acknowledged one (the edit was committed, only the answer was
lost) and otherwise retries the same edit once the server answers again.

Measured 2026-12-02 on the 2-core machine shared with four other sessions (load 4-13: the server, the
clients and the others' tests share both cores, so the times are mostly waiting for a core), the
defaults, PostgreSQL 15 (fsync off, as in the test cluster) and one SQLite file (synchronous=FULL):

| run | edits/s | p50 ms | p95 ms | p99 ms | stale | retried | lost, overwritten | floor rows/s | ratio |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| server, 10 x 500 | 28.1 | 263 | 598 | 1336 | 125 | 41 deadlocks | 0, 0 | 3,564 | 0.008 |
| file, 3 x 500 | 30.0 | 78 | 219 | 342 | 36 | - | 0, 0 | 417 | 0.072 |
| server, --faults | 18.0 | 445 | 792 | 1561 | 122 | 43 deadlocks, 8 connections | 0, 0 | 5,413 | 0.003 |
| file, --faults | 28.4 | 66 | 195 | 329 | 24 | - | 0, 0 | 466 | 0.061 |
| server, 1 x 200 | 12.8 | 59 | 101 | 131 | 0 | - | 0, 0 | 8,465 | 0.002 |
| file, 1 x 200 | 30.0 | 29 | 49 | 78 | 0 | - | 0, 0 | 265 | 0.113 |

Again on main with a pg_notify per committed change (nice'd, load 13-15): server 13.1 edits/s, p50 666,
p99 1922 ms, 51 deadlocks; file 20.3 edits/s, p50 111 ms; with --faults: server 17.2 edits/s, 41
deadlocks and 9 connections retried; file 22.6 edits/s. 0 lost or overwritten in each.

Every check was clean in every run (history replay, versions, span counts); the refused stale writes
are undos over a neighbour's later write. Edits/s counts the whole client loop (its reads before each
edit too), the latencies only the service call. What the core should do, from these runs:
- The deadlocks: a write inserts rows that point at a document (the foreign key check takes FOR KEY
  SHARE on it), then `bump_documents` (and an undo's check, `versions._document_states`) take FOR
  UPDATE on the same row, which waits for every other writer's KEY SHARE: two writers of one document
  deadlock, and PostgreSQL breaks it after deadlock_timeout (1 s, the p99). With FOR NO KEY UPDATE
  there (`with_for_update(key_share=True)`, enough for a version bump) a 10 x 200 run had 0 deadlocks
  against 22 before, every check clean. A deadlock or serialization failure rolled the whole
  transaction back, so `Project.write` could also retry it.
- A lost connection surfaces as sqlalchemy's OperationalError from any read or write (AdminShutdown,
  "server closed the connection unexpectedly", "the database system is shutting down" on connect).
  Before COMMIT was sent a retry is safe; during COMMIT the outcome is unknown, and the history entry's
  uid (made before the insert) is what tells whether it was applied, as this client does.
- NullPool connects for every transaction, reads included (4 ms unloaded, far more under load); a
  small pool with pre-ping would keep the floor ratio from being mostly connection set-up.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

OUT = Path(__file__).resolve().parent / "out"
LABELS = ("PER", "ORG", "LOC", "GPE", "MISC")
WORDS = 240  # words per document
SUGGESTIONS = 60  # stored per document before the load
DOCUMENTS_PER_PROCESS = 4
WEIGHTS = {"tag": 35, "relabel": 20, "delete": 15, "undo": 15, "accept": 15}
RETRY_FOR_SECONDS = 120.0
SpanState = tuple[int, int, int, int, int]  # document, start, end, label id, annotator id


# --- the documents ------------------------------------------------------------------------------------


def document_text(number: int) -> tuple[str, list[tuple[int, int]]]:
    """A text of WORDS words and where each word is."""
    rng = random.Random(number)
    words, places, offset = [], [], 0
    for _ in range(WORDS):
        word = "".join(rng.choice("abcdefghijklmnoprstuvyzçğışöü") for _ in range(rng.randint(3, 9)))
        words.append(word)
        places.append((offset, offset + len(word)))
        offset += len(word) + 1
    return " ".join(words), places


def documents_of(worker: int, documents: int) -> list[int]:
    """The documents one process works on (ids 1..documents): 4 in a row, starting 2 after its left
    neighbour's, so each document is shared by two processes."""
    return [(2 * worker + k) % documents + 1 for k in range(DOCUMENTS_PER_PROCESS)]


def prepare(project: Any, documents: int) -> None:
    """The documents and their pending suggestions, as the admin (before any annotator writes)."""
    from curator.core import services
    from curator.core.services.suggestions import store_suggestions
    from curator.core.suggest import ProposedSpan

    with project.write() as session:
        services.add_documents(
            session,
            [
                services.NewDocument(text=document_text(n)[0], title=f"doc {n}")
                for n in range(1, documents + 1)
            ],
            annotator_id=None,
            source="bench",
        )
    batch = []
    for number in range(1, documents + 1):
        rng = random.Random(-number)
        places = rng.sample(document_text(number)[1], SUGGESTIONS)
        batch.append(
            (number, [ProposedSpan(s, e, rng.choice(LABELS), "rules:bench") for s, e in sorted(places)])
        )
    store_suggestions(project, "rules:bench", batch)


# --- one annotator process ----------------------------------------------------------------------------


@dataclass
class WorkerPlan:
    index: int
    engine: str
    location: str  # a URL as this annotator, or the project file
    name: str
    edits: int
    documents: int
    log: str
    start_at: float
    seed: int


@dataclass
class Client:
    """One annotator: the project, the undo stack as the window keeps it, and what it acknowledged."""

    plan: WorkerPlan
    project: Any
    rng: random.Random
    log: Any
    undo: list[tuple[Any, dict[int, int]]] = field(default_factory=list)
    last_uid: str | None = None  # the newest history entry this client was told about

    def write_log(self, record: dict[str, Any]) -> None:
        self.log.write(json.dumps(record, separators=(",", ":")) + "\n")
        self.log.flush()  # a SIGKILL after this line leaves it in the file


def open_as(plan: WorkerPlan) -> Any:
    from curator.core.project.setup import open_project

    if plan.engine == "sqlite":
        return open_project(Path(plan.location), annotator=plan.name)
    return open_project(plan.location)


def run_worker(plan: WorkerPlan) -> None:
    """The process body: open the project, wait for the common start, make `edits` edits."""
    project = open_as(plan)
    with open(plan.log, "w", encoding="utf-8") as log:
        client = Client(plan, project, random.Random(plan.seed), log)
        client.write_log({"annotator_id": project.annotator_id})
        while time.time() < plan.start_at:
            time.sleep(0.005)
        for _ in range(plan.edits):
            edit(client)
        client.write_log({"done": True})
    project.close()


def edit(client: Client) -> None:
    """Choose one edit as a user would (from what the window shows), make it, log what came back."""
    from curator.core.domain import AnnotationError, StaleWriteError

    kind = client.rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
    action = once_answered(client, lambda: choose(client, kind))
    if action is None:
        kind, action = "tag", choose(client, "tag")
    assert action is not None
    call, effect = action
    began = time.perf_counter()
    retries: dict[str, int] = {}
    errors: list[str] = []
    record: dict[str, Any] = {"op": kind}
    try:
        change, recovered = with_retries(client, call, retries, errors)
    except StaleWriteError as error:
        record.update(outcome="stale", message=str(error), ms=(time.perf_counter() - began) * 1000)
    except AnnotationError as error:
        record.update(outcome="refused", message=str(error), ms=(time.perf_counter() - began) * 1000)
    else:
        record["ms"] = (time.perf_counter() - began) * 1000
        applied = change if recovered else once_answered(client, lambda: effect(change))
        if recovered and kind != "undo":
            client.undo.append((applied, dict(applied.versions)))
        client.last_uid = applied.entries[-1]
        record.update(outcome="ok", change=applied.to_json(), uid=client.last_uid, recovered=recovered)
    if retries:
        record.update(retries=retries, retry_errors=errors)
    client.write_log(record)


def choose(client: Client, kind: str) -> tuple[Callable[[], Any], Callable[[Any], Any]] | None:
    """(the service call, what its result did to the database) for one edit of `kind`, or None when
    there is nothing of that kind to do right now (no own span, no suggestion, nothing to undo)."""
    from curator.core.services import changes, spans
    from curator.core.services.suggestions import accept_suggestions, list_suggestions, tag

    project, rng = client.project, client.rng
    document = rng.choice(documents_of(client.plan.index, client.plan.documents))
    if kind == "tag":
        start, end = rng.choice(document_text(document)[1])
        label = rng.choice(LABELS)

        def tag_call() -> Any:
            decided = tag(project, document, start, end, label)
            client.undo.append((decided.change, dict(decided.change.versions)))
            return decided.change

        return tag_call, lambda change: change
    if kind in ("relabel", "delete"):
        own = own_spans(client, document)
        if not own:
            return None
        span = rng.choice(own)
        if kind == "delete":

            def delete_call() -> Any:
                removal = spans.delete_spans(project, [span.id])
                client.undo.append((removal.change, dict(removal.change.versions)))
                return removal.change

            return delete_call, lambda change: change
        label = rng.choice([name for name in LABELS if name != span.label])

        def relabel_call() -> Any:
            relabelled = spans.relabel_span(project, span.id, label, expected=span)
            client.undo.append((relabelled.change, dict(relabelled.change.versions)))
            return relabelled.change

        return relabel_call, lambda change: change
    if kind == "undo":
        if not client.undo:
            return None
        change, left = client.undo.pop()  # refused or done, the window drops it from the stack

        def undo_call() -> Any:
            changes.revert(project, change, left)
            return change

        return undo_call, lambda undone: logged_undo(client, undone)
    pending = list_suggestions(project, document)
    if not pending:
        return None
    suggestion = rng.choice(pending)

    def accept_call() -> Any:
        decided = accept_suggestions(project, [suggestion.id])
        client.undo.append((decided.change, dict(decided.change.versions)))
        return decided.change

    return accept_call, lambda change: change


def own_spans(client: Client, document: int) -> list[Any]:
    """This annotator's spans in the document, as the window shows them after opening it."""
    from curator.core import queries

    return [s for s in queries.list_spans(client.project, document) if s.annotator == client.plan.name]


def logged_undo(client: Client, change: Any) -> Any:
    """What an undo wrote, as its history entry holds it (`revert` returns only the versions it left):
    the newest entry of this annotator, whose process writes one edit at a time."""
    with client.project.read() as session:
        entry = newest_own_entry(session, client.project.annotator_id, None)
    assert entry is not None and entry.entries[-1] != client.last_uid, "the undo left no history entry"
    return entry


def newest_own_entry(session: Any, annotator_id: int, after_uid: str | None) -> Any:
    """The newest history entry of this annotator, if newer than the entry `after_uid`, as a Change with
    its uid (None: there is none)."""
    from sqlalchemy import text

    from curator.core.services.changes import Change
    from curator.core.services.history_log import without_text

    after = 0
    if after_uid is not None:
        found = session.execute(text("SELECT id FROM history WHERE uid = :uid"), {"uid": after_uid}).scalar()
        after = int(found or 0)
    row = session.execute(
        text("SELECT id, uid, change FROM history WHERE annotator_id = :a AND id > :after ORDER BY id DESC"),
        {"a": annotator_id, "after": after},
    ).first()
    if row is None:
        return None
    change = Change.from_json(without_text(json.loads(row[2])))
    return Change(**{**{f: getattr(change, f) for f in Change.__dataclass_fields__}, "entries": (row[1],)})


def with_retries(
    client: Client, call: Callable[[], Any], retries: dict[str, int], errors: list[str]
) -> tuple[Any, bool]:
    """Run the edit; on a lost connection or a deadlock, find out whether it was committed (an own
    history entry newer than the last acknowledged one) and retry it only if it was not.

    Returns (the change, whether it was recovered from the history rather than returned)."""
    from sqlalchemy.exc import DBAPIError

    deadline = time.monotonic() + RETRY_FOR_SECONDS
    while True:
        try:
            return call(), False
        except DBAPIError as error:
            if time.monotonic() > deadline:
                raise
            reason = transient_reason(error)
            retries[reason] = retries.get(reason, 0) + 1
            first_line = str(getattr(error, "orig", error)).strip().splitlines()[0]
            errors.append(f"{type(getattr(error, 'orig', error)).__name__}: {first_line}")
            committed = committed_since(client, deadline)
            if committed is not None:
                return committed, True
            time.sleep(0.05)


def transient_reason(error: Exception) -> str:
    text = str(getattr(error, "orig", error)).lower()
    if "deadlock" in text:
        return "deadlock"
    if "could not serialize" in text:
        return "serialization"
    if "locked" in text or "busy" in text:
        return "busy"
    return "connection"


def committed_since(client: Client, deadline: float) -> Any:
    """The edit in flight if it was committed (from the history), waiting for the server to answer."""

    def newest() -> Any:
        with client.project.read() as session:
            return newest_own_entry(session, client.project.annotator_id, client.last_uid)

    return once_answered(client, newest, deadline)


def once_answered(client: Client, read: Callable[[], Any], deadline: float | None = None) -> Any:
    """A read (what the window shows, what the history says) repeated until the server answers: the
    next transaction connects anew (`ServerProject.reopen`), so only waiting is needed."""
    from sqlalchemy.exc import DBAPIError

    deadline = deadline if deadline is not None else time.monotonic() + RETRY_FOR_SECONDS
    while True:
        try:
            return read()
        except DBAPIError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
            if hasattr(client.project, "url"):
                client.project.reopen()


# --- the floor: raw drivers ---------------------------------------------------------------------------


def run_floor(engine: str, location: str, worker: int, rows: int, start_at: float, out: str) -> None:
    """`rows` one-row INSERT transactions with the raw driver; writes each one's seconds to `out`."""
    times = []
    if engine == "sqlite":
        raw = sqlite3.connect(location, isolation_level=None)
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("PRAGMA synchronous=FULL")
        raw.execute("PRAGMA busy_timeout=0")
        while time.time() < start_at:
            time.sleep(0.005)
        for n in range(rows):
            began = time.perf_counter()
            while True:
                try:
                    raw.execute("BEGIN IMMEDIATE")
                    break
                except sqlite3.OperationalError:
                    time.sleep(0.002)
            raw.execute(
                "INSERT INTO bench_floor (worker, n, payload) VALUES (?, ?, ?)", (worker, n, "x" * 40)
            )
            raw.execute("COMMIT")
            times.append(time.perf_counter() - began)
        raw.close()
    else:
        import psycopg

        with psycopg.connect(location, autocommit=True) as connection:
            while time.time() < start_at:
                time.sleep(0.005)
            for n in range(rows):
                began = time.perf_counter()
                connection.execute(
                    "INSERT INTO bench_floor (worker, n, payload) VALUES (%s, %s, %s)", (worker, n, "x" * 40)
                )
                times.append(time.perf_counter() - began)
    Path(out).write_text(json.dumps(times))


# --- the checks ---------------------------------------------------------------------------------------


def read_log(path: Path) -> tuple[int | None, list[dict[str, Any]], bool]:
    """(annotator id, edit records, whether the process finished); a line cut by SIGKILL is dropped."""
    annotator, records, done = None, [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if "annotator_id" in record:
            annotator = record["annotator_id"]
        elif record.get("done"):
            done = True
        else:
            records.append(record)
    return annotator, records, done


def apply_to_spans(state: dict[int, SpanState], change: dict[str, Any]) -> None:
    """Replay one change's span rows on {span id: state}."""
    for table, row in change["removed"]:
        if table == "spans":
            state.pop(row["id"], None)
    for table, row in change["added"]:
        if table == "spans":
            state[row["id"]] = (
                row["document_id"],
                row["start"],
                row["end"],
                row["label_id"],
                row["annotator_id"],
            )
    for update in change["updated"]:
        if update["table"] == "spans" and "label_id" in update["after"] and update["id"] in state:
            document, start, end, _, annotator = state[update["id"]]
            state[update["id"]] = (document, start, end, update["after"]["label_id"], annotator)


@contextmanager
def raw_reader(engine: str, location: str) -> Iterator[Callable[[str], list[tuple]]]:
    """Plain SQL on the final database, apart from the code under test."""
    if engine == "sqlite":
        connection = sqlite3.connect(location, isolation_level=None)
        try:
            yield lambda sql: [tuple(row) for row in connection.execute(sql)]
        finally:
            connection.close()
    else:
        import psycopg

        with psycopg.connect(location, autocommit=True) as pg:

            def run(sql: str) -> list[tuple]:
                cursor = pg.execute(sql)  # type: ignore[call-overload]  # our own literal SQL
                return [tuple(row) for row in cursor.fetchall()] if cursor.description else []

            yield run


def check(
    engine: str, location: str, logs: dict[str, Path], killed: str | None, baseline: dict[str, Any]
) -> dict[str, Any]:
    with raw_reader(engine, location) as sql:
        final = {
            row[0]: tuple(row[1:])
            for row in sql('SELECT id, document_id, start, "end", label_id, annotator_id FROM spans')
        }
        entries = sql(
            f"SELECT id, annotator_id, uid, change FROM history WHERE id > {baseline['history']} ORDER BY id"
        )
        versions = dict(sql("SELECT id, version FROM documents"))
        wrong_counts = sql(
            "SELECT d.id FROM documents d WHERE d.span_count <>"
            " (SELECT count(*) FROM spans s WHERE s.document_id = d.id)"
        )
        orphans = sql(
            "SELECT s.id FROM spans s LEFT JOIN documents d ON d.id = s.document_id WHERE d.id IS NULL"
        )

    lost = overwritten = phantom = unacknowledged = in_flight = 0
    for name, path in logs.items():
        annotator, records, _ = read_log(path)
        acknowledged = [r for r in records if r.get("outcome") == "ok"]
        expected: dict[int, SpanState] = {}
        for record in acknowledged:
            apply_to_spans(expected, record["change"])
        told = {r["uid"] for r in acknowledged}
        own_entries = [(uid, json.loads(change)) for _, who, uid, change in entries if who == annotator]
        untold = [index for index, (uid, _) in enumerate(own_entries) if uid not in told]
        if name == killed and untold == [len(own_entries) - 1]:
            in_flight += 1  # committed as the client died: complete, only never acknowledged
            apply_to_spans(expected, own_entries[-1][1])
        else:
            unacknowledged += len(untold)
        mine = {span: state for span, state in final.items() if state[4] == annotator}
        for span, state in expected.items():
            if span not in mine:
                lost += 1
            elif mine[span] != state:
                overwritten += 1
        phantom += len(set(mine) - set(expected))

    replayed: dict[int, SpanState] = dict(baseline["spans"])
    left_at: dict[tuple[int, int], int] = {}
    twice = 0
    for _, _, _, change in entries:
        data = json.loads(change)
        apply_to_spans(replayed, data)
        for document, version in data["versions"].items():
            key = (int(document), int(version))
            twice += key in left_at
            left_at[key] = 1
    last_version: dict[int, int] = dict(baseline["versions"])
    for document, version in left_at:
        last_version[document] = max(last_version.get(document, 0), version)
    history_mismatch = sum(1 for span in set(replayed) | set(final) if replayed.get(span) != final.get(span))
    version_mismatch = sum(
        1 for document, version in versions.items() if last_version.get(document) != version
    )
    return {
        "lost_edits": lost,
        "overwritten_edits": overwritten,
        "spans_nobody_acknowledged": phantom,
        "entries_never_acknowledged": unacknowledged,
        "killed_in_flight_committed": in_flight,
        "history_replay_mismatches": history_mismatch,
        "document_version_mismatches": version_mismatch,
        "versions_left_twice": twice,
        "span_count_mismatches": len(wrong_counts),
        "spans_without_document": len(orphans),
        "final_spans": len(final),
        "history_entries": len(entries),
    }


def snapshot(engine: str, location: str) -> dict[str, Any]:
    """What the checks start from: the spans, versions and newest history entry before the load."""
    with raw_reader(engine, location) as sql:
        return {
            "history": sql("SELECT coalesce(max(id), 0) FROM history")[0][0],
            "spans": {
                row[0]: tuple(row[1:])
                for row in sql('SELECT id, document_id, start, "end", label_id, annotator_id FROM spans')
            },
            "versions": dict(sql("SELECT id, version FROM documents")),
        }


# --- running it ---------------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


@dataclass
class Target:
    """Where the load runs: each annotator's location, the admin's for setup and checks."""

    engine: str
    admin: str  # URL of the superuser, or the project file
    raw: str  # what the raw driver connects to (a libpq URL or the file)
    locations: dict[str, str]
    restart: Callable[[], None] | None
    cleanup: Callable[[], None]


def server_target(names: list[str]) -> Target:
    from tests.helpers.engines import as_user
    from tests.helpers.pg_cluster import create_database, start_cluster

    cluster = start_cluster()
    admin = create_database(cluster, "server_load", tuple(names))
    return Target(
        "postgresql", admin, admin, {n: as_user(admin, n) for n in names}, cluster.restart, cluster.destroy
    )


def file_target(names: list[str]) -> Target:
    folder = Path(tempfile.mkdtemp(prefix="curator-load-"))
    path = str(folder / "load.curator")

    def cleanup() -> None:
        for leftover in sorted(folder.iterdir()):
            leftover.unlink()
        folder.rmdir()

    return Target("sqlite", path, path, {n: path for n in names}, None, cleanup)


def measure(
    engine: str, processes: int, edits: int, documents: int, faults: bool, seed: int
) -> dict[str, Any]:
    from curator.core.project.setup import open_project

    names = [f"annotator{i + 1:02d}" for i in range(processes)]
    target = server_target(names) if engine == "postgresql" else file_target(names)
    try:
        admin = open_project(
            target.admin, create=True, **({"annotator": "lead"} if engine == "sqlite" else {})
        )
        prepare(admin, documents)
        admin.close()
        baseline = snapshot(engine, target.raw)
        logs_folder = Path(tempfile.mkdtemp(prefix="curator-load-logs-"))
        try:
            result = load(target, names, edits, documents, faults, seed, baseline, logs_folder)
        finally:
            for log in sorted(logs_folder.iterdir()):
                log.unlink()
            logs_folder.rmdir()
        result.update(floor(target, processes, edits))
        result["ratio_to_floor"] = round(result["edits_per_s"] / result["floor_inserts_per_s"], 3)
        return {"engine": engine, "processes": processes, "edits_per_process": edits, "documents": documents,
                "faults": faults, **result}  # fmt: skip
    finally:
        target.cleanup()


def load(
    target: Target, names: list[str], edits: int, documents: int, faults: bool, seed: int,
    baseline: dict[str, Any], logs_folder: Path,
) -> dict[str, Any]:  # fmt: skip
    """Run the annotator processes (their logs go to `logs_folder`), the faults, then the checks."""
    context = multiprocessing.get_context("spawn")
    logs = {name: logs_folder / f"{name}.jsonl" for name in names}
    start_at = time.time() + 3 + 0.5 * len(names)  # every child imported and connected by then
    workers = {
        name: context.Process(
            target=run_worker,
            args=(
                WorkerPlan(
                    i,
                    target.engine,
                    target.locations[name],
                    name,
                    edits,
                    documents,
                    str(logs[name]),
                    start_at,
                    seed * 1000 + i,
                ),
            ),  # fmt: skip
        )
        for i, name in enumerate(names)
    }
    for worker in workers.values():
        worker.start()
    killed = restarted_at = None
    faults_due = [("kill", 1 / 3)] + ([("restart", 2 / 3)] if target.restart else []) if faults else []
    total = len(names) * edits
    while any(w.is_alive() for w in workers.values()):
        time.sleep(0.05)
        if not faults_due:
            continue
        done = sum(len(read_log(path)[1]) for path in logs.values() if path.exists())
        fault, share = faults_due[0]
        if done < share * total:
            continue
        faults_due.pop(0)
        if fault == "kill":
            killed = names[len(names) // 2]
            workers[killed].kill()  # SIGKILL, usually inside a transaction
        else:
            assert target.restart is not None
            restarted_at = time.time() - start_at
            target.restart()
    seconds = max(path.stat().st_mtime for path in logs.values()) - start_at
    for name, worker in workers.items():
        if worker.exitcode != 0 and name != killed:
            raise RuntimeError(f"{name} failed (exit code {worker.exitcode}; its traceback is above)")
    records = [record for path in logs.values() for record in read_log(path)[1]]
    latencies = [r["ms"] for r in records if r["outcome"] == "ok"]
    counts: dict[str, int] = {}
    retries: dict[str, int] = {}
    errors: set[str] = set()
    for record in records:
        counts[f"{record['op']}_{record['outcome']}"] = (
            counts.get(f"{record['op']}_{record['outcome']}", 0) + 1
        )
        for reason, times in record.get("retries", {}).items():
            retries[reason] = retries.get(reason, 0) + times
        errors.update(record.get("retry_errors", []))
    checks = check(target.engine, target.raw, logs, killed, baseline)
    return {
        "seconds": round(seconds, 2),
        "edits": len(records),
        "edits_per_s": round(len(records) / seconds, 1),
        "acknowledged": len(latencies),
        "p50_ms": round(percentile(latencies, 0.50), 1),
        "p95_ms": round(percentile(latencies, 0.95), 1),
        "p99_ms": round(percentile(latencies, 0.99), 1),
        "mean_ms": round(statistics.fmean(latencies), 1) if latencies else 0.0,
        "refused_stale": sum(1 for r in records if r["outcome"] == "stale"),
        "refused_other": sum(1 for r in records if r["outcome"] == "refused"),
        "recovered_acknowledgements": sum(1 for r in records if r.get("recovered")),
        "retries": retries,
        "retry_errors": sorted(errors)[:8],
        "by_outcome": dict(sorted(counts.items())),
        "killed": killed,
        "server_restarted_at_s": None if restarted_at is None else round(restarted_at, 2),
        **checks,
    }


def floor(target: Target, processes: int, rows: int) -> dict[str, Any]:
    with raw_reader(target.engine, target.raw) as sql:
        key = "INTEGER PRIMARY KEY" if target.engine == "sqlite" else "SERIAL PRIMARY KEY"
        sql(f"CREATE TABLE bench_floor (id {key}, worker INTEGER, n INTEGER, payload TEXT)")
    context = multiprocessing.get_context("spawn")
    folder = Path(tempfile.mkdtemp(prefix="curator-floor-"))
    start_at = time.time() + 2 + 0.2 * processes
    outs = [folder / f"{i}.json" for i in range(processes)]
    workers = [
        context.Process(target=run_floor, args=(target.engine, target.raw, i, rows, start_at, str(outs[i])))
        for i in range(processes)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    seconds = max(out.stat().st_mtime for out in outs) - start_at
    times = [t * 1000 for out in outs for t in json.loads(out.read_text())]
    for out in outs:
        out.unlink()
    folder.rmdir()
    with raw_reader(target.engine, target.raw) as sql:
        stored = sql("SELECT count(*) FROM bench_floor")[0][0]
    assert stored == processes * rows, (stored, processes * rows)
    return {
        "floor_inserts_per_s": round(len(times) / seconds, 1),
        "floor_p50_ms": round(percentile(times, 0.50), 2),
        "floor_p99_ms": round(percentile(times, 0.99), 2),
    }


def main(argv: list[str] | None = None) -> list[dict[str, Any]]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=("postgresql", "sqlite", "both"), default="both")
    parser.add_argument("--processes", type=int, help="default 10 on the server, 3 on the file")
    parser.add_argument("--edits", type=int, default=500, help="edits per process")
    parser.add_argument("--documents", type=int, help="default 2 per process, at least 4")
    parser.add_argument("--faults", action="store_true", help="kill -9 one client, restart the server")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--out", type=Path, default=OUT / "server_load.json")
    args = parser.parse_args(argv)
    results = []
    for engine in ("postgresql", "sqlite") if args.engine == "both" else (args.engine,):
        processes = args.processes or (10 if engine == "postgresql" else 3)
        documents = args.documents or max(DOCUMENTS_PER_PROCESS, 2 * processes)
        result = measure(engine, processes, args.edits, documents, args.faults, args.seed)
        print(json.dumps(result, indent=2), flush=True)
        results.append(result)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    previous = json.loads(args.out.read_text()) if args.out.exists() else []
    args.out.write_text(json.dumps([*previous, *results], indent=2))
    return results


if __name__ == "__main__":
    main()
