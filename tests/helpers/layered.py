"""A project with two annotators' layers and gold on some documents, for the layer tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from curator.core import services
from curator.core.project.setup import open_project
from curator.core.services.spans import insert_span
from curator.core.storage import Project
from curator.core.storage.models import Annotator

WORDS = "Ahmet ile Lavrov Ankara ve Moskova arasında görüştü ."

# Per document (1..4): each layer's spans as (surface, label). 1: two annotators disagree, nobody
# adjudicated; 2: two annotators and gold; 3: only a; 4: only b.
LAYERS: dict[int, dict[str, set[tuple[str, str]]]] = {
    1: {"a": {("Ahmet", "PER"), ("Ankara", "GPE")}, "b": {("Ahmet", "ORG")}},
    2: {
        "a": {("Ankara", "GPE")},
        "b": {("Moskova", "GPE")},
        "gold": {("Ankara", "GPE"), ("Moskova", "GPE")},
    },
    3: {"a": {("Lavrov", "PER")}},
    4: {"b": {("Moskova", "LOC")}},
}
NOT_ADJUDICATED = "not adjudicated: layers a, b and no gold"


def text_of(number: int) -> str:
    return f"Haber {number} {WORDS}"


@dataclass
class Team:
    path: Path
    gold_id: int


def tag(project: Project, number: int, surface: str, label: str) -> None:
    start = text_of(number).index(surface)
    services.add_span(project, number, start, start + len(surface), label)


def build_team(path: Path) -> Team:
    """Documents 1..4 of `LAYERS`, a's and b's spans tagged by each in their own session, gold inserted."""
    with open_project(path, annotator="a") as project:
        documents = [
            services.NewDocument(text=text_of(n), title=f"haber {n}", language="tr", source="test")
            for n in LAYERS
        ]
        with project.write() as session:
            services.add_documents(session, documents, annotator_id=None, source="test")
    for annotator in ("a", "b"):
        with open_project(path, annotator=annotator) as project:
            for number, layers in LAYERS.items():
                for surface, label in layers.get(annotator, ()):
                    tag(project, number, surface, label)
    with open_project(path, annotator="a") as project:
        with project.write() as session:
            gold = Annotator(name="gold", role="gold")
            session.add(gold)
            session.flush()
            assert gold.id is not None
            for surface, label in LAYERS[2]["gold"]:
                start = text_of(2).index(surface)
                insert_span(
                    session,
                    project,
                    2,
                    start,
                    start + len(surface),
                    label,
                    layer=gold.id,
                    agreed_by=["a", "b"],
                )
        gold_id = gold.id
    return Team(path, gold_id)
