"""Two import circles of issue 10 stay broken: storage does not reach up to the schema defaults (or
anything else above it), and the CLI's subcommands do not import the entry point that imports them."""

from __future__ import annotations

import ast
from pathlib import Path

CURATOR = Path(__file__).resolve().parents[1] / "curator"


def _imported(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function (a lazy import is an edge too)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _curator_imports(folder: Path) -> dict[str, set[str]]:
    return {
        str(path.relative_to(CURATOR.parent)): {
            name for name in _imported(path) if name.startswith("curator")
        }
        for path in sorted(folder.rglob("*.py"))
    }


def test_storage_imports_only_storage_and_the_domain() -> None:
    allowed = ("curator.core.storage", "curator.core.domain")
    reaching_up = {
        path: sorted(name for name in names if not name.startswith(allowed))
        for path, names in _curator_imports(CURATOR / "core" / "storage").items()
    }
    assert {path: names for path, names in reaching_up.items() if names} == {}


def test_no_cli_subcommand_imports_the_entry_point() -> None:
    importing_main = [
        path
        for path, names in _curator_imports(CURATOR / "cli").items()
        if "curator.cli.main" in names and not path.endswith("cli/main.py")
    ]
    assert importing_main == []
