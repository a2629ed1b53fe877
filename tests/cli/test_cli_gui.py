"""`curator gui --quit-after SECONDS` reaches the window's start; without a command the window opens
with no time limit, and a negative or missing number is a usage error."""

from __future__ import annotations

from pathlib import Path

import pytest

from curator.cli.main import main
from curator.ui import app


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    calls: list[dict[str, object]] = []

    def run_app(project: Path, annotator: str | None = None, quit_after: float | None = None) -> int:
        calls.append({"project": project, "annotator": annotator, "quit_after": quit_after})
        return 0

    monkeypatch.setattr(app, "run_app", run_app)
    return calls


def test_gui_quit_after_passes_the_seconds_to_the_window(
    started: list[dict[str, object]], tmp_path: Path
) -> None:
    project = tmp_path / "p.curator"
    assert main(["--project", str(project), "--annotator", "ana", "gui", "--quit-after", "2.5"]) == 0
    assert started == [{"project": project, "annotator": "ana", "quit_after": 2.5}]


def test_no_command_opens_the_window_without_a_time_limit(
    started: list[dict[str, object]], tmp_path: Path
) -> None:
    assert main(["--project", str(tmp_path / "p.curator")]) == 0
    assert [call["quit_after"] for call in started] == [None]


@pytest.mark.parametrize("seconds", ["-1", "nan", "soon"])
def test_a_time_that_is_not_a_number_of_seconds_is_refused(
    started: list[dict[str, object]], seconds: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["gui", "--quit-after", seconds])
    assert exit_.value.code == 2
    assert "--quit-after" in capsys.readouterr().err
    assert started == []
