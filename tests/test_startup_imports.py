"""Starting Curator loads only what the command needs (issue 14: `curator --help` in a blink).

Each check runs in a fresh interpreter and reads its `sys.modules` at the end, since the test process
itself has imported everything long before. Asserted:
- `import curator.cli.main`, building the parser and every `curator.cli` module leave out spaCy,
  trafilatura, dateparser, pypdf, weasel, numpy and all of SQLAlchemy (Core and ORM), SQLModel and
  Alembic, and no importer or exporter module is loaded;
- `curator --help`, `curator import --help` and `curator export --help` leave out the same, and the
  import and export help list every format of the light registry with its description, and every
  export option flag with its help, as they did when they were read from the real registries;
- `curator stats` on an up-to-date project reads it through a read-only snapshot (core.project.reading):
  no SQLAlchemy, SQLModel or ORM models, nor spaCy, trafilatura, dateparser, pypdf, weasel or Alembic;
- the window's module `curator.ui.app` loads no importer, exporter, spaCy, trafilatura, dateparser
  or pypdf before its first paint: they load when the user imports, exports or suggests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from curator.core import formats
from curator.core.project.setup import open_project

ROOT = Path(__file__).resolve().parents[1]
NEVER_AT_START = ("spacy", "trafilatura", "dateparser", "pypdf", "weasel", "thinc")
DATABASE = ("sqlalchemy", "sqlmodel", "alembic", "numpy")
FORMAT_CODE = ("curator.core.importers", "curator.core.exporters")

REPORT = """
import json, sys
def report():
    tops = sorted({name.split(".")[0] for name in sys.modules})
    code = ("curator.core.importers", "curator.core.exporters")
    loaded = sorted(name for name in sys.modules if name.startswith(code))
    print("MODULES " + json.dumps({"top": tops, "format_code": loaded}), flush=True)
"""


def _modules(code: str, *args: str) -> tuple[dict[str, list[str]], str]:
    """The top-level packages and format modules loaded by `code` in a fresh interpreter, and its
    output before the report."""
    # COLUMNS: argparse wraps help at the terminal's width, and would break "--text-column" in two.
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", COLUMNS="1000")
    done = subprocess.run(
        [sys.executable, "-c", REPORT + code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    said, _, report = done.stdout.rpartition("MODULES ")
    return json.loads(report), said


def _cli(*argv: str) -> str:
    """Run `curator ARGV` (through `main`, as the console script does) and report what it loaded."""
    return (
        "from curator.cli.main import main\n"
        "try:\n"
        f"    main({list(argv)!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "report()\n"
    )


def test_the_parser_and_every_cli_module_load_no_heavy_package() -> None:
    loaded, _ = _modules(
        "import pkgutil, importlib, curator.cli, curator.cli.main\n"
        "curator.cli.main.build_parser()\n"
        "for module in pkgutil.iter_modules(curator.cli.__path__):\n"
        "    importlib.import_module('curator.cli.' + module.name)\n"
        "report()\n"
    )
    assert set(loaded["top"]).isdisjoint(NEVER_AT_START + DATABASE)
    assert loaded["format_code"] == []


def test_help_lists_every_format_and_option_without_loading_them() -> None:
    for command in ((), ("import",), ("export",)):
        loaded, said = _modules(_cli(*command, "--help"))
        assert set(loaded["top"]).isdisjoint(NEVER_AT_START + DATABASE), command
        assert loaded["format_code"] == [], command
    _, top = _modules(_cli("--help"))
    assert "import" in top and "export" in top and "stats" in top
    _, imports = _modules(_cli("import", "--help"))
    flat = " ".join(imports.split())
    for fmt in formats.IMPORT_FORMAT_NAMES:
        assert f"{fmt.name}: {' '.join(fmt.description.split())}" in flat
    for option, _ in formats.import_options():
        assert option.flag in imports
    _, exports = _modules(_cli("export", "--help"))
    flat = " ".join(exports.split())
    for fmt in formats.EXPORT_FORMAT_NAMES:
        assert f"{fmt.name}: {' '.join(fmt.description.split())}" in flat
    for option, readers in formats.export_options():
        assert option.flag in exports
        assert f"{' '.join(option.help.split())} ({', '.join(readers)})" in flat


def test_stats_reads_the_project_without_the_orm_nlp_or_alembic(tmp_path: Path) -> None:
    path = tmp_path / "p.curator"
    open_project(path, annotator="tester").close()
    loaded, said = _modules(_cli("--project", str(path), "stats"))
    assert "documents: 0" in said and "  PER          0" in said
    assert set(loaded["top"]).isdisjoint(NEVER_AT_START + DATABASE)
    assert loaded["format_code"] == []


def test_the_window_module_loads_no_format_or_nlp_code() -> None:
    loaded, _ = _modules("import curator.ui.app\nreport()\n")
    assert set(loaded["top"]).isdisjoint(NEVER_AT_START + ("alembic",))
    assert loaded["format_code"] == []
