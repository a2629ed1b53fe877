"""The documents list sorted by title: numbers at the end of a title in numeric order, page by page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from curator.core import queries, services
from curator.core.storage import Project
from curator.core.storage.sort_keys import natural_sort_key
from tests.helpers.engines import ENGINES, open_on

TITLES = ["Haber 10", "Haber 2", "Haber", "Haber 1", "Abone ol", "Haber 02"]


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    project = open_on(request, tmp_path, "tester")
    yield project
    project.close()


def test_titles_sort_with_their_trailing_numbers_in_order_across_pages(project: Project) -> None:
    with project.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text=f"{t} metni.", title=t) for t in TITLES],
            annotator_id=project.annotator_id,
            source="test",
        )
    pages = [queries.list_documents(project, sort="title", offset=offset, limit=2) for offset in (0, 2, 4)]
    titles = [summary.title for page in pages for summary in page]
    assert titles == ["Abone ol", "Haber", "Haber 1", "Haber 2", "Haber 02", "Haber 10"]
    backwards = [s.title for s in queries.list_documents(project, sort="title", descending=True)]
    assert backwards == titles[::-1]


def test_the_in_memory_key_orders_every_number_and_ignores_case() -> None:
    names = ["kurultay 10 (2021)", "Kurultay 2 (2021)", "Kurultay 2 (1999)", "KURULTAY"]
    assert sorted(names, key=natural_sort_key) == [
        "KURULTAY",
        "Kurultay 2 (1999)",
        "Kurultay 2 (2021)",
        "kurultay 10 (2021)",
    ]


def test_a_renamed_document_moves_to_its_place_and_back_when_the_rename_is_undone(project: Project) -> None:
    with project.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text=f"{t} metni.", title=t) for t in ("Haber 2", "Haber 10")],
            annotator_id=project.annotator_id,
            source="test",
        )
    ten = queries.list_documents(project)[1].id

    def order() -> list[str]:
        return [summary.title for summary in queries.list_documents(project, sort="title")]

    previous = services.update_document_info(project, ten, title="Haber 1")
    assert order() == ["Haber 1", "Haber 2"]
    services.revert(project, previous)
    assert order() == ["Haber 2", "Haber 10"]
