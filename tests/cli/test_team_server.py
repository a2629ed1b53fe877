"""`packaging/team-server.sh` end to end: set up a team server in a temporary folder on a free port, open
the URL it prints with the CLI, run the setup again, stop and start it.

Skipped only where PostgreSQL is missing and this is not CI (as the server fixtures are)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from curator.cli.main import main
from tests.helpers.pg_cluster import _free_port, find_bindir

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "team-server.sh"


@pytest.fixture
def server_folder() -> Iterator[Path]:
    """A folder the cluster's owner can reach (pytest's tmp_path is private to root under root)."""
    if find_bindir() is None and not os.environ.get("CI"):
        pytest.skip("PostgreSQL is not installed (bash packaging/bootstrap.sh test installs it)")
    parent = Path(tempfile.mkdtemp(prefix="curator-team-"))
    parent.chmod(0o755)
    folder = parent / "server"
    yield folder
    if (folder / "data" / "PG_VERSION").exists():
        team_server("stop", "--dir", str(folder))
    shutil.rmtree(parent, ignore_errors=True)


def team_server(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "CURATOR_PYTHON": sys.executable,
        "PYTHONPATH": str(SCRIPT.parents[1]),  # this checkout's curator, not an installed one
    }
    return subprocess.run(
        ["bash", str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=300, check=False
    )


def printed_url(output: str) -> str:
    found = re.search(r"give annotators this URL.*: (postgresql://\S+)", output)
    assert found, output
    return found.group(1)


def stats(url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--project", url, "stats"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_setup_prints_a_url_the_cli_opens_and_a_second_setup_keeps_the_project(
    server_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    port = str(_free_port())
    first = team_server("--dir", str(server_folder), "--port", port, "--database", "corpus")
    assert first.returncode == 0, first.stderr
    url = printed_url(first.stdout)
    assert url == f"postgresql://NAME@127.0.0.1:{port}/corpus"
    assert "server add-user NAME --role annotator" in first.stdout
    lead = url.replace("NAME", "lead")  # the admin role; annotators come with `curator server add-user`

    note = tmp_path / "note.txt"
    note.write_text("KGAÖ toplantısı Bişkek'te yapıldı.", encoding="utf-8")
    assert main(["--project", lead, "import", str(note)]) == 0
    code, out = stats(lead, capsys)
    assert code == 0 and "documents: 1" in out, out

    again = team_server("--dir", str(server_folder))  # the port and database are remembered
    assert again.returncode == 0, again.stderr
    assert printed_url(again.stdout) == url
    assert "creating" not in again.stdout and "restarting" not in again.stdout
    code, out = stats(lead, capsys)
    assert code == 0 and "documents: 1" in out, out


def test_stop_status_start(server_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    port = str(_free_port())
    assert team_server("--dir", str(server_folder), "--port", port).returncode == 0
    lead = f"postgresql://lead@127.0.0.1:{port}/curator"

    running = team_server("status", "--dir", str(server_folder))
    assert running.returncode == 0 and "running" in running.stdout, running.stdout + running.stderr
    assert team_server("stop", "--dir", str(server_folder)).returncode == 0
    stopped = team_server("status", "--dir", str(server_folder))
    assert stopped.returncode == 3 and "stopped" in stopped.stdout
    code, out = stats(lead, capsys)
    assert code != 0 and "cannot connect to the server" in out and "Traceback" not in out, out

    assert team_server("start", "--dir", str(server_folder)).returncode == 0
    code, out = stats(lead, capsys)
    assert code == 0 and "documents: 0" in out, out


def test_refusals_say_what_to_do(server_folder: Path) -> None:
    missing = team_server("status", "--dir", str(server_folder))
    assert missing.returncode == 1 and "no team server in" in missing.stderr
    bad_port = team_server("--dir", str(server_folder), "--port", "http")
    assert bad_port.returncode == 1 and "not a port number" in bad_port.stderr
    port = str(_free_port())
    assert team_server("--dir", str(server_folder), "--port", port).returncode == 0
    other_admin = team_server("--dir", str(server_folder), "--admin", "boss")
    assert other_admin.returncode == 1 and "admin role is lead" in other_admin.stderr


def test_listening_beyond_loopback_requires_passwords(
    server_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """127.0.0.2 stands for a LAN address here (every 127.x address reaches this machine only)."""
    port = str(_free_port())
    setup = team_server("--dir", str(server_folder), "--port", port, "--listen", "127.0.0.2")
    assert setup.returncode == 0, setup.stderr
    url = printed_url(setup.stdout)
    assert url == f"postgresql://NAME@127.0.0.2:{port}/curator"
    assert "without passwords" not in setup.stdout
    code, out = stats(url.replace("NAME", "lead"), capsys)
    assert code != 0 and "no password supplied" in out and "Traceback" not in out, out
