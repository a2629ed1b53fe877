"""The core (and the command line built on it) works without Qt: every module imports with PySide6 blocked."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

BLOCK_QT = textwrap.dedent(
    """
    import importlib
    import importlib.abc
    import pkgutil
    import sys

    BLOCKED = ("PySide6", "shiboken6")


    class BlockQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{name} is blocked: curator.core must not import Qt")
            return None


    sys.meta_path.insert(0, BlockQt())
    """
)


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCK_QT + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )


def test_the_blocker_works() -> None:
    result = _run("import PySide6.QtCore\n")
    assert result.returncode != 0
    assert "PySide6.QtCore is blocked" in result.stderr or "PySide6 is blocked" in result.stderr


def test_every_core_module_imports_without_qt() -> None:
    result = _run(
        """
        import curator.core

        def fail(name):
            raise SystemExit(f"cannot import {name}")

        imported = []
        for module in pkgutil.walk_packages(curator.core.__path__, "curator.core.", onerror=fail):
            importlib.import_module(module.name)
            imported.append(module.name)
        qt = sorted(name for name in sys.modules if name.split(".")[0] in BLOCKED)
        assert not qt, qt
        print("\\n".join(imported))
        """
    )
    assert result.returncode == 0, result.stderr
    imported = result.stdout.split()
    for expected in ("curator.core.services", "curator.core.storage.database", "curator.core.storage.models"):
        assert expected in imported


def test_command_line_parser_builds_without_qt() -> None:
    result = _run(
        """
        from curator.cli.main import build_parser

        build_parser().parse_args(["stats", "--json"])
        qt = sorted(name for name in sys.modules if name.split(".")[0] in BLOCKED)
        assert not qt, qt
        """
    )
    assert result.returncode == 0, result.stderr
