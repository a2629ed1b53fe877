"""The project file: durable settings, atomic writes, clear errors on bad files, backups, default schema."""

from __future__ import annotations

import random
import sqlite3
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text
from sqlalchemy.exc import IntegrityError

from curator.core import queries, services
from curator.core.domain import CuratorError
from curator.core.project.setup import open_project
from curator.core.services import NewDocument, NewSpan
from curator.core.storage import Project, ProjectOpenError, open_project_file
from curator.core.storage.database import table_row_count
from curator.core.storage.migrate import head_revision
from curator.core.storage.models import Document, Label, ProjectInfo, Span

DEFAULT_LABELS = ["PER", "ORG", "GPE", "LOC", "FAC", "TITLE", "DATE", "MISC"]
TURKISH = "Kırgızistan Dışişleri Bakanı Ruslan Kazakbayev 1 Aralık 2020'de Ankara'yı ziyaret etti."
PAGE = 4096
KYRGYZ = "Кыргызстандын тышкы иштер министри Руслан Казакбаев 19-майда Бишкекте жолугушту."


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "project.curator"


@pytest.fixture
def project(path: Path):
    with open_project(path, annotator="tester") as opened:
        yield opened


def _add_documents(project: Project, documents: list[NewDocument]) -> None:
    with project.write() as session:
        services.add_documents(session, documents, annotator_id=project.annotator_id, source="test")


def _document_ids(project: Project) -> list[int]:
    with project.read() as session:
        return list(session.execute(select(Document.id).order_by(Document.id)).scalars())


def test_fresh_project_has_durable_pragmas(project: Project) -> None:
    with project.engine.connect() as connection:
        values = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    assert values == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 15_000}
    assert project.schema_revision() == head_revision()
    assert project.integrity_check() == "ok"


def test_write_takes_the_write_lock_at_begin(project: Project, path: Path) -> None:
    """BEGIN IMMEDIATE: a write transaction holds the lock before its first statement, even a read."""
    with closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as other:
        with project.write() as session:
            session.execute(text("SELECT 1"))
            assert session.connection().connection.dbapi_connection.in_transaction
            with pytest.raises(sqlite3.OperationalError, match="database is locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")


def test_read_does_not_block_writers(project: Project, path: Path) -> None:
    with closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as other:
        with project.read() as session:
            assert session.execute(select(Label.name)).first() is not None
            other.execute("BEGIN IMMEDIATE")
            other.execute("INSERT INTO project_info (key, value) VALUES ('from_other', 'x')")
            other.execute("COMMIT")
    with project.read() as session:
        assert session.get(ProjectInfo, "from_other") is not None


def test_second_writer_queues_behind_the_first(project: Project) -> None:
    first_holds_lock = threading.Event()

    def first_writer() -> None:
        with project.write() as session:
            session.add(ProjectInfo(key="first", value="1"))
            session.flush()
            first_holds_lock.set()
            time.sleep(0.5)

    thread = threading.Thread(target=first_writer)
    thread.start()
    assert first_holds_lock.wait(10)
    started = time.monotonic()
    with project.write() as session:
        assert session.get(ProjectInfo, "first") is not None, (
            "the second writer ran before the first committed"
        )
        session.add(ProjectInfo(key="second", value="2"))
    waited = time.monotonic() - started
    thread.join(10)
    assert waited > 0.2
    with project.read() as session:
        assert session.get(ProjectInfo, "second") is not None


def test_failed_write_leaves_nothing(project: Project) -> None:
    with pytest.raises(RuntimeError, match="boom"):
        with project.write() as session:
            services.add_documents(
                session,
                [NewDocument(text=TURKISH, spans=[NewSpan(0, 11, "GPE"), NewSpan(0, 5, "NEWLABEL")])],
                annotator_id=project.annotator_id,
                source="test",
            )
            session.flush()
            raise RuntimeError("boom")
    assert table_row_count(project, "documents") == 0
    assert table_row_count(project, "spans") == 0
    with project.read() as session:
        entity_labels = session.execute(select(Label.name).where(Label.kind == "entity")).scalars().all()
    assert entity_labels == DEFAULT_LABELS


def test_failed_service_call_leaves_nothing(project: Project) -> None:
    _add_documents(project, [NewDocument(text=KYRGYZ)])
    (document_id,) = _document_ids(project)
    services.add_span(project, document_id, 0, 13, "GPE")
    with project.read() as session:
        before = session.get(Document, document_id)
    with pytest.raises(CuratorError):
        services.add_span(project, document_id, 0, 13, "GPE")
    with pytest.raises(CuratorError):
        services.add_span(project, document_id, 0, 10_000, "PER")
    with project.read() as session:
        after = session.get(Document, document_id)
    assert (after.version, after.span_count, after.status) == (
        before.version,
        before.span_count,
        before.status,
    )
    assert table_row_count(project, "spans") == 1


def test_opening_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    notes = tmp_path / "notes.curator"
    notes.write_text("Bishkek, 19 May: this is a text file, not a database.\n" * 20, encoding="utf-8")
    with pytest.raises(ProjectOpenError, match="not a Curator project") as caught:
        open_project(notes)
    assert str(notes) in str(caught.value)
    assert notes.read_text(encoding="utf-8").startswith("Bishkek")


def test_opening_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectOpenError, match="is a folder") as caught:
        open_project(tmp_path)
    assert str(tmp_path) in str(caught.value)


def test_missing_file_without_create(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "missing.curator"
    with pytest.raises(ProjectOpenError, match="no such project") as caught:
        open_project(missing, create=False)
    assert str(missing) in str(caught.value)
    assert not missing.parent.exists()


@pytest.fixture
def healthy_copy_source(tmp_path: Path) -> bytes:
    original = tmp_path / "original.curator"
    with open_project(original, annotator="tester") as project:
        _add_documents(project, [NewDocument(text=f"{i}: {TURKISH} {KYRGYZ}" * 5) for i in range(300)])
    assert not original.with_name(original.name + "-wal").exists(), "closing should checkpoint the WAL"
    return original.read_bytes()


def _damage(data: bytes, offset: int) -> bytes:
    damaged = bytearray(data)
    damaged[offset : offset + PAGE] = random.Random(7).randbytes(PAGE)
    return bytes(damaged)


def test_damaged_file_fails_quick_check_and_names_the_backup(
    healthy_copy_source: bytes, tmp_path: Path
) -> None:
    """Garbage across two table pages in the middle: quick_check reports it."""
    damaged = tmp_path / "damaged.curator"
    middle_page = len(healthy_copy_source) // PAGE // 2
    damaged.write_bytes(_damage(healthy_copy_source, middle_page * PAGE + 1000))
    backup = tmp_path / "damaged.curator.bak-0002-20260101-120000"
    backup.write_bytes(healthy_copy_source)

    with pytest.raises(ProjectOpenError, match="the database is damaged") as caught:
        open_project(damaged)
    message = str(caught.value)
    assert message.startswith(f"{damaged}: ")
    # Depending on which page the garbage lands in, quick_check reports it or SQLite refuses to read on.
    assert any(part in message for part in ("On tree page", "btreeInitPage", "malformed")), message
    assert f"The latest backup is {backup}." in message


def test_overwritten_page_is_reported_not_raised(healthy_copy_source: bytes, tmp_path: Path) -> None:
    """A whole page of garbage makes quick_check itself fail (SQLITE_CORRUPT): still a ProjectOpenError."""
    damaged = tmp_path / "damaged.curator"
    middle_page = len(healthy_copy_source) // PAGE // 2
    damaged.write_bytes(_damage(healthy_copy_source, middle_page * PAGE))
    with pytest.raises(ProjectOpenError) as caught:
        open_project(damaged)
    message = str(caught.value)
    assert message.startswith(f"{damaged}: ")
    assert "malformed" in message or "damaged" in message


def test_backup_is_a_consistent_openable_copy(project: Project, tmp_path: Path) -> None:
    _add_documents(project, [NewDocument(text=TURKISH, title="tr", spans=[NewSpan(0, 11, "GPE")])])
    _add_documents(project, [NewDocument(text=KYRGYZ, title="ky")])
    copy = tmp_path / "copy.curator"
    assert project.backup(copy) == copy
    with pytest.raises(CuratorError, match="exists already"):
        project.backup(copy)
    with open_project(copy, create=False, annotator="tester") as restored:
        assert restored.integrity_check() == "ok"
        assert restored.schema_revision() == head_revision()
        with restored.read() as session:
            texts = session.execute(select(Document.text).order_by(Document.id)).scalars().all()
        assert texts == [TURKISH, KYRGYZ]
        assert table_row_count(restored, "spans") == 1


def test_default_labels_are_seeded_once(path: Path) -> None:
    with open_project(path, annotator="tester") as project:
        with project.read() as session:
            labels = (
                session.execute(select(Label).where(Label.kind == "entity").order_by(Label.position))
                .scalars()
                .all()
            )
            assert [label.name for label in labels] == DEFAULT_LABELS
            assert [label.shortcut for label in labels] == [str(key) for key in range(1, 9)]
            assert [label.position for label in labels] == list(range(8))
        with project.write() as session:
            session.execute(delete(Label).where(Label.name == "MISC"))
    with open_project(path, annotator="tester") as project:
        with project.read() as session:
            names = (
                session.execute(select(Label.name).where(Label.kind == "entity").order_by(Label.position))
                .scalars()
                .all()
            )
            created = session.execute(select(ProjectInfo).where(ProjectInfo.key == "created_at")).all()
    assert names == DEFAULT_LABELS[:-1], "a project with labels must not be seeded again"
    assert len(created) == 1


def test_the_store_makes_the_tables_and_project_setup_adds_the_default_schema(path: Path) -> None:
    with open_project_file(path, annotator="tester") as bare:
        assert queries.list_labels(bare, kind=None) == []
        assert queries.list_relation_types(bare) == []
    with open_project(path, annotator="tester") as project:
        assert [label.name for label in queries.list_labels(project)] == DEFAULT_LABELS
        assert queries.list_event_types(project)
        assert queries.list_relation_types(project)


def test_deleting_a_document_cascades_to_its_spans(project: Project) -> None:
    _add_documents(project, [NewDocument(text=TURKISH), NewDocument(text=KYRGYZ)])
    turkish_id, kyrgyz_id = _document_ids(project)
    services.add_span(project, turkish_id, 0, 11, "GPE")
    services.add_span(project, turkish_id, 12, 28, "TITLE")
    services.add_span(project, kyrgyz_id, 0, 13, "GPE")
    with project.write() as session:
        session.execute(delete(Document).where(Document.id == turkish_id))
    with project.read() as session:
        remaining = session.execute(select(Span.document_id)).scalars().all()
    assert remaining == [kyrgyz_id]


def test_foreign_keys_are_enforced(project: Project) -> None:
    with pytest.raises(IntegrityError):
        with project.write() as session:
            session.execute(
                text(
                    'INSERT INTO spans (document_id, start, "end", label_id, status, source, created_at, '
                    "updated_at) VALUES (9999, 0, 1, 1, 'accepted', 'manual', '2026-01-01', '2026-01-01')"
                )
            )
    assert table_row_count(project, "spans") == 0
