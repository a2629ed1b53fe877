"""`curator check`, `backup` and `restore` through the entry point, and bit-flipped copies of a project.

A bit-flipped copy must be refused with a message, or opened with `check` naming the damage, or check ok
and then exported in full: never a traceback, never an exit code other than 0 or 1. On a team server,
`check` prints the server's own report and `backup` is refused with what backs a server up.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import psycopg
import pytest

from curator.cli.main import main
from curator.core import services
from curator.core.project.setup import open_project
from tests.helpers.engines import as_user

SEED = 20261201
COPIES = 40
FLIPS = 6


def _make_project(path: Path, documents: int) -> Path:
    words = ["Bişkek'te", "Ankara", "heyeti", "Бишкекте", "жолугушуу", "Kazakbayev", "toplantı", "өттү"]
    rng = random.Random(SEED)
    with open_project(path, annotator="maker") as project:
        with project.write() as session:
            new = []
            for number in range(documents):
                text = " ".join(rng.choice(words) for _ in range(rng.randint(20, 60)))
                spans = [services.NewSpan(0, len(text.split(" ")[0]), "GPE")]
                new.append(services.NewDocument(text, title=f"haber {number}", language="tr", spans=spans))
            services.add_documents(session, new, annotator_id=project.annotator_id, source="test")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return _make_project(tmp_path / "news.curator", 30)


def test_check_says_ok_and_exits_0(project_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--project", str(project_path), "check")
    assert code == 0
    assert out.startswith(f"{project_path}: ok: integrity, foreign keys, rows, content hashes of 30 docu")


def test_check_names_a_changed_document_and_exits_1(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with closing(sqlite3.connect(project_path)) as connection:
        connection.execute("UPDATE documents SET text = 'Kazakbayev değişti' WHERE id = 4")
        connection.commit()
    code, out, _ = _run(capsys, "--project", str(project_path), "check", "--json")
    report = json.loads(out)
    assert code == 1 and report["ok"] is False
    assert [(p["check"], p["document_id"], p["title"]) for p in report["problems"]] == [
        ("content hashes", 4, "haber 3")
    ]


def test_check_of_an_empty_file_is_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.curator"
    path.touch()
    code, _, err = _run(capsys, "--project", str(path), "check")
    assert code == 1 and "empty (0 bytes)" in err
    code, out, _ = _run(capsys, "--project", str(path), "check", "--json")
    assert code == 1 and json.loads(out)["problems"][0]["check"] == "open"
    code, _, err = _run(capsys, "--project", str(path), "stats")
    assert code == 1 and "empty (0 bytes)" in err
    assert path.read_bytes() == b""


def test_backup_then_restore_round_trips(
    project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for _ in range(3):
        code, out, _ = _run(capsys, "--project", str(project_path), "backup", "--keep", "2")
        assert code == 0 and "30 documents, 30 spans" in out
    backups = sorted((tmp_path / "news.backups").iterdir())
    assert len(backups) == 2
    restored = tmp_path / "restored.curator"
    code, out, _ = _run(capsys, "restore", str(backups[-1]), str(restored))
    assert code == 0 and "30 documents, 30 spans" in out
    code, out, _ = _run(capsys, "--project", str(restored), "stats", "--json")
    assert code == 0 and (json.loads(out)["documents"], json.loads(out)["spans"]) == (30, 30)
    code, _, err = _run(capsys, "restore", str(backups[-1]), str(restored))
    assert code == 1 and "exists already" in err


def _flipped_copies(source: bytes, folder: Path) -> list[Path]:
    rng = random.Random(SEED)
    copies = []
    for number in range(COPIES):
        data = bytearray(source)
        for _ in range(FLIPS):
            position = rng.randrange(len(data))
            data[position] ^= 1 << rng.randrange(8)
        copy = folder / f"copy-{number:02d}.curator"
        copy.write_bytes(bytes(data))
        copies.append(copy)
    return copies


@pytest.mark.slow
def test_bit_flipped_copies_are_refused_or_reported_never_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _make_project(tmp_path / "source.curator", 300)
    with open_project(source):
        pass  # closed: the WAL is checkpointed into the file
    outcomes: dict[str, int] = {"refused": 0, "damaged": 0, "ok": 0}
    for copy in _flipped_copies(source.read_bytes(), tmp_path):
        code, out, err = _run(capsys, "--project", str(copy), "check", "--json")
        assert code in (0, 1), (copy, err)
        report = json.loads(out)
        stats_code, _, stats_err = _run(capsys, "--project", str(copy), "stats")
        out_file = tmp_path / f"{copy.stem}.jsonl"
        export_code, _, export_err = _run(
            capsys, "--project", str(copy), "export", "--format", "jsonl", "--out", str(out_file)
        )
        assert stats_code in (0, 1) and export_code in (0, 1), (copy, stats_err, export_err)
        for message in (err, stats_err, export_err):
            assert "Traceback" not in message and "Could not decode" not in message, (copy, message)
        if report.get("opened") is False:
            outcomes["refused"] += 1
            assert stats_code == export_code == 1 and stats_err.startswith("error: "), (copy, stats_err)
        elif not report["ok"]:
            outcomes["damaged"] += 1
            assert report["problems"], copy
        else:
            outcomes["ok"] += 1
            assert stats_code == 0 and export_code == 0, (copy, stats_err, export_err)
            assert len(out_file.read_text(encoding="utf-8").splitlines()) == 300, copy
    assert sum(outcomes.values()) == COPIES
    assert outcomes["refused"] and outcomes["damaged"], outcomes


# --- on a team server ------------------------------------------------------------------------------


def test_check_on_a_server_prints_the_servers_report_and_exits_0_then_1(
    server_database: Callable[..., str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server_database("maker")
    assert main(["server", "init", url]) == 0
    maker = as_user(url, "maker")
    (tmp_path / "a.txt").write_text("Дипломат Бишкекте жыйынга катышты.", encoding="utf-8")
    assert main(["--project", maker, "import", str(tmp_path / "a.txt")]) == 0
    capsys.readouterr()

    code, out, err = _run(capsys, "--project", maker, "check")
    assert (code, err) == (0, "")
    assert out.startswith(f"{maker}: ok: connection, schema revision, references, offsets, span counts,")
    assert "note: connected as maker to PostgreSQL " in out
    assert "note: the integrity of the server's storage (pages, indexes) is the server administrator's" in out

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("UPDATE documents SET text = 'Бишкек' WHERE id = 1")
    code, out, _ = _run(capsys, "--project", maker, "check", "--json")
    report = json.loads(out)
    assert code == 1 and report["ok"] is False and report["server"] is True
    assert [(p["check"], p["document_id"]) for p in report["problems"]] == [("content hashes", 1)]


def test_check_of_an_unreachable_server_is_a_message_without_its_password(
    pg_cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"postgresql://maker:secret@127.0.0.1:{pg_cluster.port + 1}/nowhere"
    code, out, err = _run(capsys, "--project", url, "check")
    assert code == 1 and out == ""
    assert err.startswith("error: postgresql://maker@127.0.0.1:") and "cannot connect to the server" in err
    code, out, _ = _run(capsys, "--project", url, "check", "--json")
    report = json.loads(out)
    assert code == 1 and report["opened"] is False and report["path"].startswith("postgresql://maker@")
    assert "secret" not in out + err and "Traceback" not in err


def test_backup_of_a_server_project_is_refused_with_what_backs_it_up(
    server_database: Callable[..., str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = server_database("maker")
    assert main(["server", "init", url]) == 0
    code, _, err = _run(capsys, "--project", as_user(url, "maker"), "backup")
    assert code == 1
    assert err.strip().endswith(
        "a server project is backed up by its admin (pg_dump, or `curator server upgrade` before a"
        " migration); `curator copy URL FILE.curator` copies it into a project file"
    )
