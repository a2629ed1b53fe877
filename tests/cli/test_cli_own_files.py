"""`curator import .` in the folder of a project that a window has open leaves that window's locks alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from curator.core.project.setup import open_project
from tests.helpers.locks import LOCKS, project_locks, sidecar

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(not LOCKS.exists(), reason="reads the kernel's lock table")
def test_importing_the_project_folder_skips_the_open_projects_files(tmp_path: Path) -> None:
    path = tmp_path / "p.curator"
    (tmp_path / "article.txt").write_text("Bişkek'te toplantı yapıldı.\n", encoding="utf-8")
    with open_project(path, annotator="window") as window_project:  # stands for the open window
        before = project_locks(path)
        done = subprocess.run(
            [sys.executable, "-m", "curator", "--project", str(path), "import", "."],
            capture_output=True, text=True, cwd=tmp_path, timeout=120,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert project_locks(path) == before
        assert sidecar(path, "-wal").exists() and sidecar(path, "-shm").exists()
        assert window_project.integrity_check() == "ok"
    lines = done.stdout.splitlines()
    assert any(
        line.startswith("skipped the project's own files") and "p.curator-wal" in line for line in lines
    )
    assert lines[-1].startswith("imported 1 document")
