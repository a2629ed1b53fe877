"""Fixtures for window tests: a real project file on disk and the real main window over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from curator.core import services
from curator.core.project.setup import open_project
from curator.core.storage import Project
from curator.ui.i18n import install_language
from curator.ui.main_window import MainWindow

TURKISH = "KGAÖ Dışişleri Bakanları toplantısı Bişkek'te yapıldı."
KYRGYZ = "Министр Руслан Казакбаев Душанбеде өткөн ЖККУнун кезектеги жыйынына катышты."


def fill(project: Project, texts: list[str]) -> list[int]:
    with project.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text=t, title=t[:30], language="tr") for t in texts],
            annotator_id=project.annotator_id,
            source="test",
        )
    from curator.core.queries import list_documents

    return [d.id for d in list_documents(project)]


@pytest.fixture(autouse=True)
def english_interface(qapp) -> Iterator[None]:
    """Each window test starts in English with the English plural catalogue, as the app does at start
    ("1 document", not "1 document(s)"); a test that switches to Turkish cannot leave it on."""
    install_language("en")
    yield
    install_language("en")


@pytest.fixture
def turkish(qapp) -> Iterator[None]:
    """The shipped Turkish catalogue (and Qt's own) for one test, as Preferences → Türkçe installs it;
    tests/ui/test_translations.py keeps the .qm what the .ts compiles to."""
    install_language("tr")
    yield
    install_language("en")


@pytest.fixture(autouse=True)
def own_preferences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each window test has its own preferences file: a choice one test saves (tags hidden, a theme)
    must not be where the next test starts."""
    folder = tmp_path / "preferences"
    monkeypatch.setenv("CURATOR_CONFIG_DIR", str(folder))
    return folder / "settings.json"


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    project = open_project(tmp_path / "ui.curator", annotator="tester")
    fill(project, [TURKISH, KYRGYZ, "😀 Bişkek ve Moskova."])
    yield project
    project.close()


def open_window(qtbot, project: Project) -> MainWindow:
    """The real window over `project`, shown, closed by qtbot at the end of the test."""
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, project: Project) -> MainWindow:
    return open_window(qtbot, project)


@pytest.fixture
def projects(tmp_path: Path) -> Iterator[tuple[Project, Project]]:
    """alice and bob on one project file (the TURKISH document), each with their own `Project`."""
    path = tmp_path / "team.curator"
    alice = open_project(path, annotator="alice")
    fill(alice, [TURKISH])
    bob = open_project(path, annotator="bob")
    yield alice, bob
    bob.close()
    alice.close()
