"""The command line never ends in a traceback: a bug is one line naming the command, the project and the
error log (which keeps the traceback), a damaged project is one `error:` line; both exit with 1."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import curator.core.exporters as exporters
from curator.cli.main import main
from curator.core import services
from curator.core.project import errorlog
from curator.core.project.setup import open_project

PAGE = 4096


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "p.curator"
    documents = [
        services.NewDocument(f"Belge {i}: Bişkek'te toplantı. " * 40, title=f"d{i}") for i in range(300)
    ]
    with open_project(path) as project:
        with project.write() as session:
            services.add_documents(session, documents, annotator_id=project.annotator_id, source="test")
    return path


def test_an_unexpected_exception_is_one_line_naming_the_project_and_the_log(
    project_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken_export(*_args: object, **_kwargs: object) -> None:
        raise KeyError("x")

    monkeypatch.setattr(exporters, "export_project", broken_export)
    code = main(["--project", str(project_path), "export", "--format", "jsonl", "--out", str(tmp_path / "o")])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err.splitlines() == [
        f"curator: internal error (KeyError: 'x') while running 'export' on {project_path}; "
        f"details in {errorlog.log_path()}"
    ]
    log = errorlog.log_path().read_text(encoding="utf-8")
    assert "curator export failed: KeyError: 'x'" in log and "in broken_export" in log
    assert f"project: {project_path}" in log


def test_a_damaged_copy_is_one_error_line_without_a_traceback(project_path: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.curator"
    shutil.copyfile(project_path, damaged)  # closed above: the WAL is checkpointed into the file
    with damaged.open("r+b") as handle:
        handle.seek(PAGE)
        handle.write(os.urandom(PAGE))
    for command in (["stats"], ["export", "--format", "jsonl", "--out", str(tmp_path / "out.jsonl")]):
        result = subprocess.run(
            [sys.executable, "-m", "curator", "--project", str(damaged), *command],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert result.returncode == 1, result.stderr
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: {damaged}"), result.stderr
        assert "Traceback" not in result.stderr
