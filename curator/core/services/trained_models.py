"""Trained models in the project: registering a new version, and choosing the one suggestions use."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from curator.core.domain import CuratorError
from curator.core.services.changes import Change, Recorder
from curator.core.storage import Project
from curator.core.storage.models import ProjectInfo, TrainedModel
from curator.core.text.tokenization import language_code

ACTIVE_MODEL_KEY = "active_model:{language}"


@dataclass(frozen=True, slots=True)
class NewModel:
    version: str
    language: str
    path: str
    components: list[str]
    scores: dict
    train_documents: int
    train_spans: int
    heldout_documents: int
    seconds: float


def register_model(project: Project, model: NewModel) -> int:
    """Add a trained model's row; returns its id."""
    with project.write() as session:
        row = TrainedModel(
            version=model.version,
            language=model.language,
            path=model.path,
            components=list(model.components),
            scores=model.scores,
            train_documents=model.train_documents,
            train_spans=model.train_spans,
            heldout_documents=model.heldout_documents,
            seconds=model.seconds,
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


@dataclass(frozen=True, slots=True)
class ActiveModelChoice:
    """The choice before, and the change record that undoes it (one `project_info` row)."""

    previous: str | None
    change: Change


def set_active_model(project: Project, language: str, version: str | None) -> ActiveModelChoice:
    """Make `version` the model that suggests for `language` (None: no choice, the newest is used)."""
    key = ACTIVE_MODEL_KEY.format(language=language_code(language))
    with project.write() as session:
        if version is not None:
            found = session.exec(select(TrainedModel.language).where(TrainedModel.version == version)).first()
            if found is None:
                raise CuratorError(f"no trained model {version!r} in this project")
            if language_code(found) != language_code(language):
                raise CuratorError(f"model {version!r} is for {found!r}, not {language!r}")
        record = Recorder(session, "model.activate", f"Use model {version or 'newest'} for {language}")
        row = session.get(ProjectInfo, key)
        previous = row.value if row is not None else None
        if version is None:
            if row is not None:
                record.removing("project_info", [key])
                session.delete(row)
        elif row is None:
            session.add(ProjectInfo(key=key, value=version))
            record.added("project_info", [key])
        else:
            record.updating("project_info", [key])
            row.value = version
            session.add(row)
        session.flush()
        return ActiveModelChoice(previous, record.finish())
