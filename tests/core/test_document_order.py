"""The documents list sorted by title: numbers at the end of a title in numeric order, page by page."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from curator.core import queries, services
from curator.core.project.setup import open_project
from curator.core.storage import Project
from curator.core.storage.sort_keys import natural_sort_key, natural_sort_keys
from tests.helpers.engines import ENGINES, open_on
from tests.helpers.pg_cluster import Cluster

_icu_databases = itertools.count(1)

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


def test_an_imports_keys_made_together_are_each_titles_own() -> None:
    """The bulk insert keys its titles as one text: the same keys as one at a time, whatever the
    characters (combining marks, digits of other scripts, final sigma, dotted I, the separator itself)."""
    pieces = ["Haber", " ", "02", "10", "İ", "ı", "I\u0307", "ç", "e\u0301", "ΣΑΣ", "ς", "²", "٣",
              "ﬁ", "Ǆ", "ß", "Бишкек", "\u0301", "\x1f", "\n", "0", "Ω"]  # fmt: skip
    chooser = random.Random(14)
    for _ in range(300):
        titles = [
            "".join(chooser.choices(pieces, k=chooser.randint(0, 6))) for _ in range(chooser.randint(0, 8))
        ]
        if chooser.random() < 0.5:
            titles = [title.replace("\x1f", "") for title in titles]
        assert natural_sort_keys(titles) == [natural_sort_key(title) for title in titles], titles


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


TURKISH_TITLES = ["Zafer", "ılık su", "Irmak", "Şehir 10", "Çay", "Jale", "Şehir 9", "İstanbul"]


@pytest.fixture
def linguistic_server(pg_cluster: Cluster) -> Iterator[Project]:
    """A server database whose default collation is a language's (ICU en-US), as a distribution's
    cluster created in a user's locale has; the test cluster's own databases compare bytes (C.UTF-8)."""
    name = f"curator_icu_{next(_icu_databases)}"
    with psycopg.connect(pg_cluster.url(), autocommit=True) as connection:
        try:
            connection.execute(
                f"CREATE DATABASE {name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'"
                " LOCALE 'C.UTF-8'"
            )
        except psycopg.errors.FeatureNotSupported as error:
            pytest.skip(f"this PostgreSQL has no ICU collations: {error}")
    with open_project(pg_cluster.url(name), create=True) as project:
        yield project


def test_titles_sort_as_on_a_project_file_whatever_the_servers_collation(
    linguistic_server: Project,
) -> None:
    """'ılık' after 'zafer' as in SQLite and in Python: the key is compared as bytes, not by the
    database's language (ICU puts 'ı' right after 'i'), so a page boundary is the same on both engines."""
    with linguistic_server.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text=f"{t} metni.", title=t) for t in TURKISH_TITLES],
            annotator_id=linguistic_server.annotator_id,
            source="test",
        )
    pages = [
        queries.list_documents(linguistic_server, sort="title", offset=offset, limit=3)
        for offset in (0, 3, 6)
    ]
    titles = [summary.title for page in pages for summary in page]
    assert titles == sorted(TURKISH_TITLES, key=natural_sort_key)
    assert titles[-1] == "ılık su"
