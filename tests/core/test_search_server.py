"""Search on a PostgreSQL server project (the throwaway cluster of tests/conftest.py): the same index,
kept beside the client, follows the server's documents; `curator search --tag` writes there."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from curator.cli.main import main
from curator.core import queries, services
from curator.core.project.setup import open_project
from curator.core.search.corpus import search_corpus
from curator.core.search.index import SearchIndex
from curator.core.search.query import parse_query
from curator.core.services.text_edits import edit_text
from tests.helpers.engines import as_user

KYRGYZ = "Дипломат Бишкекте жыйынга катышты. Бишкек шаары."
TURKISH = "Kırgızistan heyeti Bişkek'te toplandı."


def test_search_and_tag_on_a_server(
    server_database: Callable[..., str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = server_database("alice")
    open_project(url, create=True).close()
    alice = as_user(url, "alice")
    with open_project(alice) as project:
        with project.write() as session:
            documents = [
                services.NewDocument(KYRGYZ, title="ky", language="ky"),
                services.NewDocument(TURKISH, title="tr", language="tr"),
            ]
            services.add_documents(session, documents, annotator_id=project.annotator_id, source="test")
        index = SearchIndex(project)
        hits = search_corpus(project, parse_query("бишкек", whole_word=True), index=index).hits
        assert [(hit.title, hit.match) for hit in hits] == [("ky", "Бишкек"), ("ky", "Бишкек")]
        turkish = next(d.id for d in queries.list_documents(project) if d.title == "tr")
        edit_text(project, turkish, 0, 11, "KIRGIZISTAN")
        assert [
            hit.match for hit in search_corpus(project, parse_query("kirgizistan"), index=index).hits
        ] == ["KIRGIZISTAN"]
        index.close()
    assert (
        main(["--project", alice, "search", "Бишкек lang:ky", "--whole-word", "--tag", "GPE", "--json"]) == 0
    )
    report = json.loads(capsys.readouterr().out)
    assert (report["tagged"], report["skipped"]) == (2, {})
    with open_project(alice) as project:
        kyrgyz = next(d.id for d in queries.list_documents(project) if d.title == "ky")
        assert [(KYRGYZ[s.start : s.end], s.label) for s in queries.list_spans(project, kyrgyz)] == [
            ("Бишкек", "GPE"),
            ("Бишкек", "GPE"),
        ]
