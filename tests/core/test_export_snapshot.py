"""An export is of one moment: what another window, process or team member saves while it runs is in
the next export, never in half of this one (`iter_export_documents` reads every batch in one read
transaction, REPEATABLE READ on a team server), on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from curator.core import services
from curator.core.layers import LayerChoice
from curator.core.queries.export_documents import iter_export_documents, iter_export_languages
from curator.core.services.spans import add_span
from curator.core.storage import Project
from tests.helpers.engines import ENGINES, open_again, open_on

TEXTS = ("KGAÖ Dışişleri Bakanları Bişkek'te toplandı.", "Cumhurbaşkanı Astana'ya gitti.")


@pytest.fixture(params=ENGINES)
def team(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Project, Project]]:
    exporter = open_on(request, tmp_path, "alice", "bob")
    with exporter.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text=text, language="tr") for text in TEXTS],
            annotator_id=None,
            source="test",
        )
    add_span(exporter, 1, 0, 4, "ORG")
    other = open_again(exporter, "bob")
    yield exporter, other
    other.close()
    exporter.close()


def _edit_elsewhere(other: Project) -> None:
    """What another person saves mid-export: a span on the second document and a third document."""
    add_span(other, 2, 0, 13, "PER")
    with other.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text="Üçüncü belge.", language="tr")],
            annotator_id=None,
            source="test",
        )


def test_what_is_saved_while_an_export_runs_is_not_in_it(team: tuple[Project, Project]) -> None:
    exporter, other = team
    stream = iter_export_documents(exporter, batch_size=1, layer=LayerChoice.parse("all"))
    first = next(stream)
    _edit_elsewhere(other)
    rest = list(stream)
    assert (first.id, first.spans) == (1, [(0, 4, "ORG")])
    assert [(document.id, document.spans) for document in rest] == [(2, [])]
    again = iter_export_documents(exporter, batch_size=1, layer=LayerChoice.parse("all"))
    assert [(document.id, document.spans) for document in again] == [
        (1, [(0, 4, "ORG")]),
        (2, [(0, 13, "PER")]),
        (3, []),
    ]


def test_the_split_plan_reads_one_moment_too(team: tuple[Project, Project]) -> None:
    exporter, other = team
    languages = iter_export_languages(exporter, batch_size=1)
    assert next(languages) == (1, "tr")
    _edit_elsewhere(other)
    assert list(languages) == [(2, "tr")]


def test_an_export_left_half_way_lets_the_project_be_written(team: tuple[Project, Project]) -> None:
    """Closing the stream (Cancel) ends its read transaction: nothing stays held."""
    exporter, other = team
    stream = iter_export_documents(exporter, batch_size=1)
    next(stream)
    stream.close()
    add_span(exporter, 2, 0, 13, "PER")
    assert [document.id for document in iter_export_documents(other, layer=LayerChoice.parse("all"))] == [
        1,
        2,
    ]
