"""Choosing the model that suggests is one change record: undo and redo put the choice back exactly."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from curator.core.services import changes
from curator.core.services.trained_models import NewModel, register_model, set_active_model
from curator.core.storage import Project
from tests.helpers.engines import ENGINES, open_again, open_on


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    project = open_on(request, tmp_path, "tester", "rival")
    for version in ("tr-1", "tr-2"):
        register_model(project, NewModel(version, "tr", f"models/{version}", ["ner"], {}, 3, 10, 1, 2.0))
    yield project
    project.close()


def choices(project: Project) -> list[tuple]:
    with project.read() as session:
        return list(session.execute(text("SELECT * FROM project_info WHERE key LIKE 'active_model:%'")).all())


def test_activating_a_model_and_changing_the_choice_undo_and_redo_exactly(project: Project) -> None:
    first = set_active_model(project, "tr", "tr-1")
    assert first.previous is None and choices(project) == [("active_model:tr", "tr-1")]
    second = set_active_model(project, "tr", "tr-2")
    assert second.previous == "tr-1" and choices(project) == [("active_model:tr", "tr-2")]
    changes.revert(project, second.change)
    assert choices(project) == [("active_model:tr", "tr-1")]
    changes.revert(project, first.change)
    assert choices(project) == []
    changes.apply(project, first.change)
    changes.apply(project, second.change)
    assert choices(project) == [("active_model:tr", "tr-2")]
    cleared = set_active_model(project, "tr", None)
    assert cleared.previous == "tr-2" and choices(project) == []
    changes.revert(project, cleared.change)
    assert choices(project) == [("active_model:tr", "tr-2")]


def test_an_undo_over_someone_elses_later_choice_is_refused(project: Project) -> None:
    mine = set_active_model(project, "tr", "tr-1")
    with open_again(project, "rival") as other:
        set_active_model(other, "tr", "tr-2")
    with pytest.raises(Exception, match="changed elsewhere since — not undone"):
        changes.revert(project, mine.change)
    assert choices(project) == [("active_model:tr", "tr-2")]
