"""Stored duplicate-search signatures: a search that reads them finds exactly the groups of one that
computes everything, an edited text is computed again, and an unusable cache only costs time."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from curator.core import services
from curator.core.project.setup import open_project
from curator.core.services.text_edits import edit_text
from curator.core.storage import Project
from curator.core.text import duplicates, signature_store
from curator.core.text.duplicates import find_duplicate_groups
from curator.core.text.signature_store import SignatureStore
from tests.core.test_duplicate_decisions import OTHER_AGENCY, RECRAWL
from tests.core.test_duplicates import KYRGYZ, OTHER_STORY, STORY


def _project(tmp_path: Path) -> Project:
    project = open_project(tmp_path / "p.curator", annotator="tester")
    texts = [STORY, OTHER_AGENCY, OTHER_STORY, RECRAWL, KYRGYZ, STORY.upper(), "", "   "]
    with project.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text, title=f"d{number}") for number, text in enumerate(texts)],
            annotator_id=project.annotator_id,
            source="test",
        )
    return project


def _forbid_computing(monkeypatch: pytest.MonkeyPatch) -> None:
    def computed(text: str) -> duplicates.Signature:
        raise AssertionError(f"signature computed again for {text[:30]!r}")

    def folded(text: str) -> frozenset[int]:
        raise AssertionError(f"shingles of a candidate computed again for {text[:30]!r}")

    monkeypatch.setattr(duplicates, "signature", computed)
    monkeypatch.setattr(duplicates, "shingles", folded)


def _ids(project: Project) -> list[tuple[str, tuple[int, ...]]]:
    return [(group.kind, group.document_ids) for group in find_duplicate_groups(project)]


def test_stored_signatures_give_the_groups_of_a_search_from_scratch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = _project(tmp_path)
    try:
        cold = find_duplicate_groups(project)
        with monkeypatch.context() as patched:
            _forbid_computing(patched)
            warm = find_duplicate_groups(project)
        with monkeypatch.context() as patched:
            unusable = tmp_path / "a file"
            unusable.write_text("not a folder")
            patched.setattr(signature_store, "store_path", lambda _project: unusable / "signatures.sqlite")
            without = find_duplicate_groups(project)
    finally:
        project.close()
    assert [(group.kind, group.document_ids) for group in cold] == [("near", (1, 2, 4, 6))]
    assert cold == warm == without


def test_an_edited_text_is_computed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = _project(tmp_path)
    try:
        assert _ids(project) == [("near", (1, 2, 4, 6))]
        edit_text(project, 6, 0, len(STORY.upper()), OTHER_STORY.upper())  # now a copy of document 3
        computed: list[str] = []
        compute = duplicates.signature

        def counted(text: str) -> duplicates.Signature:
            computed.append(text)
            return compute(text)

        monkeypatch.setattr(duplicates, "signature", counted)
        assert _ids(project) == [("exact", (3, 6)), ("near", (1, 2, 4))]
    finally:
        project.close()
    assert computed == [OTHER_STORY.upper()]


def test_a_cache_file_of_the_former_format_is_emptied_not_misread(tmp_path: Path) -> None:
    """Format 1 kept no shingles: its table is made again with the column, and the search still works."""
    project = _project(tmp_path)
    try:
        path = signature_store.store_path(project)
        path.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(path) as old:
            old.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            old.execute("INSERT INTO meta VALUES ('format', ?)", (f"1:{duplicates.PARAMETERS}",))
            old.execute(
                "CREATE TABLE signatures (document INTEGER PRIMARY KEY, digest BLOB NOT NULL,"
                " folded BLOB NOT NULL, bands BLOB NOT NULL)"
            )
        old.close()
        assert _ids(project) == [("near", (1, 2, 4, 6))]
        store = SignatureStore(project, duplicates.PARAMETERS)
        assert all(found is not None for found in store.shingles([(1, STORY), (2, OTHER_AGENCY)]))
        store.close()
    finally:
        project.close()


def test_signatures_of_other_parameters_are_not_read(tmp_path: Path) -> None:
    project = _project(tmp_path)
    try:
        path = tmp_path / "signatures.sqlite"
        store = SignatureStore(project, "old", path)
        store.save([(1, STORY, (b"x" * 16, (1, 2, 3), b"\x07" * 8))])
        assert store.load([(1, STORY), (2, STORY)]) == [(b"x" * 16, (1, 2, 3), b"\x07" * 8), None]
        assert store.shingles([(1, STORY), (1, OTHER_STORY)]) == [b"\x07" * 8, None]
        store.close()
        again = SignatureStore(project, duplicates.PARAMETERS, path)
        assert again.load([(1, STORY)]) == [None]
        again.close()
    finally:
        project.close()
