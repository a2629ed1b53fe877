"""Starting the window on a project that cannot open shows why in a window (and one line on stderr),
whatever the failure: a refused file in a plain-text message box, a bug in the error dialog, logged."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from curator.core.domain import CuratorError
from curator.core.project import errorlog
from curator.ui import app
from curator.ui.guard import ErrorDialog


def test_a_bug_while_opening_shows_the_error_dialog_and_is_logged(
    qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken_open(_path: Path, **_options: object) -> None:
        raise KeyError("schema")

    shown: list[ErrorDialog] = []
    monkeypatch.setattr(app, "open_user_project", broken_open)
    monkeypatch.setattr(ErrorDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    path = tmp_path / "p.curator"
    assert app.run_app(path, annotator="tester") == 1  # named: the first-start prompt is not asked
    assert [d.heading.text() for d in shown] == ["Opening the project failed"]
    assert "in broken_open" in shown[0].details.toPlainText()
    assert capsys.readouterr().err.splitlines() == [
        f"curator: internal error (KeyError: 'schema') while opening {path}; details in {errorlog.log_path()}"
    ]
    assert "in broken_open" in errorlog.log_path().read_text(encoding="utf-8")


def test_a_refused_project_is_named_in_a_plain_text_message_box(
    qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def refused(path: Path, **_options: object) -> None:
        raise CuratorError(f"{path}: <b>not</b> a Curator project")

    boxes: list[tuple[Qt.TextFormat, str]] = []
    monkeypatch.setattr(app, "open_user_project", refused)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append((box.textFormat(), box.text())) or 0)
    path = tmp_path / "p.curator"
    assert app.run_app(path, annotator="tester") == 1  # named: the first-start prompt is not asked
    assert boxes == [(Qt.TextFormat.PlainText, f"{path}: <b>not</b> a Curator project")]
    assert capsys.readouterr().err == f"error: {path}: <b>not</b> a Curator project\n"


def test_quit_after_shows_the_window_then_closes_it_and_exits_cleanly(
    qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(app.MainWindow, "show", lambda window: shown.append(window.windowTitle()))
    path = tmp_path / "p.curator"
    assert app.run_app(path, annotator="tester", quit_after=0.1) == 0
    assert len(shown) == 1 and "p.curator" in shown[0]


def test_the_application_carries_the_icon_in_every_rendered_size(qapp) -> None:
    sizes = {size.width() for size in app.create_application().windowIcon().availableSizes()}
    assert sizes == {16, 22, 24, 32, 48, 64, 128, 256, 512}
