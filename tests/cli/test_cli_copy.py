"""`curator copy SOURCE TARGET` through the command's entry point: a file to a server and back, every
table's row count and checksum said on both sides; a refused copy is an error line (never a password)
and a failing exit code; Ctrl-C says that nothing was copied."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from curator.cli import project_files
from curator.cli.main import main
from curator.core.project.setup import open_project
from curator.core.services import project_copy_rows
from tests.helpers.team_project import make_team_project


@pytest.fixture
def lead(tmp_path: Path) -> Path:
    make_team_project(tmp_path / "lead.curator").close()
    return tmp_path / "lead.curator"


def test_copy_to_a_server_and_back_says_every_table_and_matches(
    lead: Path, tmp_path: Path, server_database: Callable[..., str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = server_database()
    assert main(["copy", str(lead), url]) == 0
    said = capsys.readouterr().out
    spans = next(line for line in said.splitlines() if line.strip().startswith("spans "))
    source_sum, target_sum = spans.split("checksum ")[1].split(" → ")
    assert source_sum == target_sum.strip() and "2 rows →         2" in spans
    assert "row counts and checksums match" in said and f"→ {url} (schema" in said
    back = tmp_path / "back.curator"
    assert main(["copy", url, str(back), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    tables = {t["table"]: t for t in report["tables"]}
    assert tables["spans"]["target_checksum"] == source_sum and tables["documents"]["target_rows"] == 7
    with open_project(back, create=False) as project:
        assert project.schema_revision() == report["revision"]


def test_a_refused_copy_is_an_error_line_without_the_password(
    lead: Path, server_database: Callable[..., str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = make_url(server_database()).set(password="hunter2").render_as_string(hide_password=False)
    assert main(["copy", str(lead), url]) == 0  # the test cluster trusts local connections
    capsys.readouterr()
    assert main(["copy", str(lead), url]) == 1
    error = capsys.readouterr().err
    assert "holds a Curator project already" in error and "hunter2" not in error
    assert main(["copy", str(lead.with_name("missing.curator")), url]) == 1
    assert "no such project" in capsys.readouterr().err


def test_ctrl_c_says_nothing_was_copied(
    lead: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(project_copy_rows, "_insert_batch", interrupted)
    assert main(["copy", str(lead), str(tmp_path / "copy.curator")]) == 130
    assert "nothing was copied" in capsys.readouterr().err
    assert not (tmp_path / "copy.curator").exists()


def test_a_long_copy_says_where_it_is_on_stderr(
    lead: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(project_files, "PROGRESS_SECONDS", 0.0)  # every batch counts as long
    assert main(["copy", str(lead), str(tmp_path / "copy.curator")]) == 0
    said = capsys.readouterr()
    assert "copying spans: 2 of 2 rows" in said.err and "copying" not in said.out
