"""How fast Curator starts (issue 14 part 1): `curator --help`, `curator stats`, `import curator.cli.main`
and the window's first paint, each in fresh processes, beside the interpreter's own floor.

Run: `.venv/bin/python benchmarks/startup.py [--runs 5] [--json]`. Every figure is the median wall time
of `--runs` fresh processes, their median CPU time (user + system) and the largest peak RSS; the floors
`python -c pass` and `python -c "import sqlite3"` are measured in the same run, and each figure is also
given as a multiple of the sqlite3 floor (wall and CPU), which holds on a loaded machine where the
seconds do not. `startup_figures()` is what benchmarks/run.py calls.

The window is started as `curator gui` would be (offscreen, on the default project of an empty user
folder, created with the sample corpus by an untimed first start); the time is from spawning the
process to the first paint event of the main window, when the child prints a line and exits.

`--server URL` (a team server's project, e.g. one `curator server init` made and the sample corpus was
imported into) also measures `curator --project URL stats` and its floor: a fresh `python` that imports
psycopg, connects to the same URL and runs one query.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import write_tasks_jsonl  # noqa: E402

STATS_TASKS = 2_000  # documents in the project `curator stats` counts
TARGETS = {"help_s": 0.3, "stats_s": 0.3, "stats_server_s": 0.3, "window_first_paint_s": 2.0}
PAINTED = "first paint"

# Run in the child: start the window the way `curator gui` does, print when its first paint arrives.
FIRST_PAINT = f"""
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            if type(watched.window()).__name__ == "MainWindow":
                print({PAINTED!r}, flush=True)
                os._exit(0)
        return False

app = QApplication(sys.argv[:1])
spy = FirstPaint()
app.installEventFilter(spy)
from curator.cli.main import main
raise SystemExit(main(sys.argv[1:]))
"""


def _run(argv: list[str], env: Mapping[str, str], until: str | None = None) -> tuple[float, float, float]:
    """Wall seconds from spawning `argv` to its exit (or to the line `until` on its stdout, after which
    the child exits at once), its CPU seconds (user + system) and its peak RSS in MiB, from the
    kernel's accounting of that child alone."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, env=dict(env), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    if until is not None:
        for line in child.stdout:
            if line.strip() == until:
                break
    elapsed = time.perf_counter() - started
    child.stdout.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    if until is None:
        elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        error = child.stderr.read() if child.stderr is not None else ""
        raise RuntimeError(f"{' '.join(argv)} exited {child.returncode}: {error[-2000:]}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _median(argv: list[str], env: Mapping[str, str], runs: int, until: str | None = None) -> dict[str, float]:
    samples = [_run(argv, env, until) for _ in range(runs)]
    return {
        "s": statistics.median(wall for wall, _, _ in samples),
        "cpu_s": statistics.median(cpu for _, cpu, _ in samples),
        "rss_mb": max(rss for _, _, rss in samples),
    }


def _environment(home: Path) -> dict[str, str]:
    """The user's environment with the user folders in `home`: the default project, settings and logs
    are the benchmark's own, and this checkout's code is the one run."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("CURATOR_")}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["CURATOR_ANNOTATOR"] = "bench"
    return env


def startup_figures(runs: int = 5, server: str | None = None) -> dict[str, float]:
    """Median wall and CPU seconds and peak RSS (MiB) of each start and of the two floors, and each
    start's multiple of the `import sqlite3` floor (`*_floor_ratio` of wall, `*_cpu_floor_ratio` of
    CPU time, which other processes on the machine disturb less)."""
    python = sys.executable
    curator = [python, "-m", "curator"]
    with tempfile.TemporaryDirectory(prefix="curator-startup-") as folder:
        home = Path(folder)
        env = _environment(home)
        tasks = home / "tasks.jsonl"
        write_tasks_jsonl(tasks, STATS_TASKS)
        project = home / "stats.curator"
        _run([*curator, "--project", str(project), "import", str(tasks)], env)
        _run([python, "-c", FIRST_PAINT, "gui"], env, until=PAINTED)  # creates the default project
        measured = {
            "floor_pass": _median([python, "-c", "pass"], env, runs),
            "floor_sqlite3": _median([python, "-c", "import sqlite3"], env, runs),
            "help": _median([*curator, "--help"], env, runs),
            "stats": _median([*curator, "--project", str(project), "stats"], env, runs),
            "import_cli_main": _median([python, "-c", "import curator.cli.main"], env, runs),
            "window_first_paint": _median([python, "-c", FIRST_PAINT, "gui"], env, runs, until=PAINTED),
        }
        if server is not None:
            connect = f"import psycopg; psycopg.connect({server!r}).execute('SELECT 1').fetchall()"
            measured["floor_psycopg"] = _median([python, "-c", connect], env, runs)
            measured["stats_server"] = _median([*curator, "--project", server, "stats"], env, runs)
    floor = measured["floor_sqlite3"]
    figures: dict[str, float] = {}
    for name, result in measured.items():
        figures[f"{name}_s"] = round(result["s"], 4)
        figures[f"{name}_cpu_s"] = round(result["cpu_s"], 4)
        figures[f"{name}_rss_mb"] = round(result["rss_mb"], 1)
        if not name.startswith("floor"):
            figures[f"{name}_floor_ratio"] = round(result["s"] / floor["s"], 2)
            figures[f"{name}_cpu_floor_ratio"] = round(result["cpu_s"] / max(floor["cpu_s"], 1e-3), 2)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per figure (default 5)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--server", metavar="URL", help="also `stats` on this team server's project")
    args = parser.parse_args()
    figures = startup_figures(args.runs, args.server)
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    names = ["floor_pass", "floor_sqlite3", "help", "stats", "import_cli_main", "window_first_paint"]
    for name in names + (["floor_psycopg", "stats_server"] if args.server else []):
        ratio = figures.get(f"{name}_floor_ratio")
        cpu_ratio = figures.get(f"{name}_cpu_floor_ratio")
        target = TARGETS.get(f"{name}_s")
        print(
            f"{name:<20} {figures[f'{name}_s']:7.3f} s  cpu {figures[f'{name}_cpu_s']:6.3f} s"
            f"  {figures[f'{name}_rss_mb']:6.1f} MiB"
            + (f"  {ratio:5.1f}× floor (cpu {cpu_ratio:5.1f}×)" if ratio is not None else "")
            + (f"  (target < {target} s)" if target is not None else "")
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
