"""Schema migrations, tested on real old project files (tests/data/db_versions/, see make_v0001.py)."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, inspect, select
from sqlalchemy.pool import NullPool
from sqlmodel import SQLModel

import curator.core.storage.models
from curator.core import queries, services
from curator.core.project.setup import open_project
from curator.core.storage.migrate import head_revision
from curator.core.storage.models import Document, Span
from curator.core.storage.sort_keys import natural_sort_key

DB_VERSIONS = Path(__file__).resolve().parents[1] / "data" / "db_versions"
V0001 = DB_VERSIONS / "v0001.curator"
V0002 = DB_VERSIONS / "v0002.curator"
V0003 = DB_VERSIONS / "v0003.curator"
V0004 = DB_VERSIONS / "v0004.curator"
V0005 = DB_VERSIONS / "v0005.curator"
V0006 = DB_VERSIONS / "v0006.curator"
V0007 = DB_VERSIONS / "v0007.curator"
V0008 = DB_VERSIONS / "v0008.curator"
OLD_TABLES = ["project_info", "annotators", "labels", "documents", "spans"]
SEEDED_TABLES = {"project_info", "labels"}


def _rows(database: Path, table: str, columns: list[str]) -> list[tuple]:
    quoted = ", ".join(f'"{column}"' for column in columns)
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        return connection.execute(f"SELECT {quoted} FROM {table} ORDER BY rowid").fetchall()


def _columns(database: Path, table: str) -> list[str]:
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


def _kept_columns(database: Path, table: str) -> list[str]:
    """The columns an upgrade keeps as they were: 0008 fills in a missing annotator (tested apart)."""
    return [c for c in _columns(database, table) if c != "annotator_id"]


def _revision(database: Path) -> str:
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


@pytest.fixture
def old_project(tmp_path: Path) -> Path:
    assert _revision(V0001) == "0001", "the committed fixture must stay at revision 0001"
    copy = tmp_path / "news.curator"
    shutil.copyfile(V0001, copy)
    return copy


def test_head_is_0011() -> None:
    assert head_revision() == "0011", (
        "a new schema revision needs a project file of the previous one in tests/data/db_versions/ "
        "(like make_v0001.py) and an upgrade test for it here"
    )


def test_v0001_file_is_upgraded_with_a_backup_and_no_loss(old_project: Path) -> None:
    with open_project(old_project, create=False, annotator="aigerim") as project:
        assert project.schema_revision() == head_revision()
        assert project.integrity_check() == "ok"

    backups = sorted(old_project.parent.glob(f"{old_project.name}.bak-0001-*"))
    assert len(backups) == 1, sorted(p.name for p in old_project.parent.iterdir())
    assert _revision(backups[0]) == "0001"
    assert "span_count" not in _columns(backups[0], "documents")

    for table in OLD_TABLES:
        columns = _kept_columns(V0001, table)
        expected = _rows(V0001, table, columns)
        assert expected, f"the fixture should have rows in {table}"
        upgraded = _rows(old_project, table, columns)
        if table in SEEDED_TABLES:  # opening adds the default event schema once; old rows stay as they were
            upgraded = upgraded[: len(expected)]
        assert upgraded == expected, f"{table} changed in the upgrade"
        assert _rows(backups[0], table, columns) == expected, f"{table} differs in the backup"


def test_v0001_upgrade_backfills_span_count_and_version(old_project: Path) -> None:
    with open_project(old_project, create=False, annotator="tester") as project:
        with project.read() as session:
            documents = session.execute(select(Document).order_by(Document.id)).scalars().all()
            spans = session.execute(select(Span)).scalars().all()
    counted = {document.id: 0 for document in documents}
    for span in spans:
        counted[span.document_id] += 1
    assert {document.id: document.span_count for document in documents} == counted == {1: 5, 2: 5, 3: 0, 4: 2}
    assert {document.version for document in documents} == {1}


def test_v0001_texts_offsets_and_metadata_survive(old_project: Path) -> None:
    with open_project(old_project, create=False, annotator="tester") as project:
        with project.read() as session:
            kyrgyz = session.get(Document, 2)
            spans = (
                session.execute(select(Span).where(Span.document_id == 2).order_by(Span.start))
                .scalars()
                .all()
            )
    assert kyrgyz is not None
    assert kyrgyz.language == "ky"
    assert kyrgyz.meta == {"булак": "Кабар", "tags": ["тышкы саясат", "Түркия"]}
    surfaces = [kyrgyz.text[span.start : span.end] for span in spans]
    assert surfaces == ["Кыргызстан", "тышкы иштер министри", "Руслан Казакбаев", "19-майда", "Бишкекте"]


def test_upgraded_project_accepts_edits(old_project: Path) -> None:
    with open_project(old_project, create=False, annotator="tester") as project:
        with project.read() as session:
            text = session.get(Document, 3).text
        start = text.index("Kırgızistan")
        services.add_span(project, 3, start, start + len("Kırgızistan"), "GPE")
        with project.read() as session:
            document = session.get(Document, 3)
        assert (document.span_count, document.version, document.status) == (1, 2, "in_progress")
        Label = curator.core.storage.models.Label
        with project.read() as session:
            labels = session.execute(select(Label.name).where(Label.kind == "entity")).scalars().all()
        assert "EVENT" in labels and len(labels) == 9, "existing entity labels must not be re-seeded"


def test_opening_twice_migrates_and_backs_up_once(old_project: Path) -> None:
    open_project(old_project, create=False, annotator="tester").close()
    open_project(old_project, create=False, annotator="tester").close()
    assert len(list(old_project.parent.glob(f"{old_project.name}.bak-*"))) == 1


# --- the models describe the migrated schema ---------------------------------------------------------


def _schema(engine: Engine) -> dict[str, dict]:
    inspector = inspect(engine)
    schema = {}
    for table in inspector.get_table_names():
        if table == "alembic_version":
            continue
        primary_key = set(inspector.get_pk_constraint(table)["constrained_columns"])
        schema[table] = {
            "columns": {
                c["name"]: c["nullable"] or c["name"] in primary_key for c in inspector.get_columns(table)
            },
            "primary_key": primary_key,
            "indexes": {
                (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                for i in inspector.get_indexes(table)
                if "duplicates_constraint" not in i  # PostgreSQL lists a unique constraint's index too
            },
            "unique": {tuple(u["column_names"]) for u in inspector.get_unique_constraints(table)},
            "foreign_keys": {
                (
                    tuple(f["constrained_columns"]),
                    f["referred_table"],
                    tuple(f["referred_columns"]),
                    (f.get("options") or {}).get("ondelete"),
                )
                for f in inspector.get_foreign_keys(table)
            },
        }
    return schema


def _model_schema() -> dict[str, dict]:
    schema = {}
    for table in SQLModel.metadata.sorted_tables:
        primary_key = {c.name for c in table.primary_key.columns}
        unique = {
            tuple(c.name for c in u.columns)
            for u in table.constraints
            if type(u).__name__ == "UniqueConstraint"
        }
        unique |= {(c.name,) for c in table.columns if c.unique}
        schema[table.name] = {
            "columns": {c.name: bool(c.nullable) or c.name in primary_key for c in table.columns},
            "primary_key": primary_key,
            "indexes": {(i.name, tuple(c.name for c in i.columns), bool(i.unique)) for i in table.indexes},
            "unique": unique,
            "foreign_keys": {
                ((f.parent.name,), f.column.table.name, (f.column.name,), f.ondelete)
                for f in table.foreign_keys
            },
        }
    return schema


def _engine(path: Path) -> Engine:
    return create_engine(f"sqlite:///{path}", poolclass=NullPool)


def assert_models_match(engine: Engine) -> None:
    """The schema the migrations built on `engine` (either engine) is the one the models declare."""
    try:
        migrated = _schema(engine)
    finally:
        engine.dispose()
    models = _model_schema()
    assert sorted(migrated) == sorted(models)
    for table in models:
        for aspect in ("columns", "primary_key", "indexes", "unique", "foreign_keys"):
            assert migrated[table][aspect] == models[table][aspect], f"{table}: {aspect} differ"


def test_models_match_the_migrated_schema(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.curator"
    open_project(fresh, annotator="tester").close()
    assert_models_match(_engine(fresh))


def test_upgraded_v0001_has_the_same_schema_as_a_new_project(old_project: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.curator"
    open_project(fresh, annotator="tester").close()
    open_project(old_project, create=False, annotator="tester").close()
    engines = [_engine(fresh), _engine(old_project)]
    try:
        new_schema, upgraded_schema = (_schema(engine) for engine in engines)
    finally:
        for engine in engines:
            engine.dispose()
    assert upgraded_schema == new_schema


@pytest.fixture
def v0002_project(tmp_path: Path) -> Path:
    assert _revision(V0002) == "0002", "the committed fixture must stay at revision 0002"
    copy = tmp_path / "annotated.curator"
    shutil.copyfile(V0002, copy)
    return copy


def test_v0002_file_is_upgraded_with_a_backup_and_no_loss(v0002_project: Path) -> None:
    with open_project(v0002_project, create=False, annotator="mehmet") as project:
        assert project.schema_revision() == head_revision()
        assert project.integrity_check() == "ok"
    backups = sorted(v0002_project.parent.glob(f"{v0002_project.name}.bak-0002-*"))
    assert len(backups) == 1 and _revision(backups[0]) == "0002"
    for table in OLD_TABLES:
        columns = _kept_columns(V0002, table)
        expected = _rows(V0002, table, columns)
        upgraded = _rows(v0002_project, table, columns)
        if table in SEEDED_TABLES:
            upgraded = upgraded[: len(expected)]
        assert upgraded == expected, f"{table} changed"
    span_columns = _columns(v0002_project, "spans")
    assert {"fragments", "note", "entity_id"} <= set(span_columns)
    new_values = _rows(v0002_project, "spans", ["fragments", "note", "entity_id"])
    assert set(new_values) == {(None, "", None)}


def test_v0002_upgrade_gets_the_default_event_schema_once(v0002_project: Path) -> None:
    from curator.core.storage.models import EventRole, Label

    with open_project(v0002_project, create=False, annotator="mehmet") as project:
        with project.read() as session:
            event_types = session.execute(select(Label.name).where(Label.kind == "event")).scalars().all()
            roles = session.execute(select(EventRole)).scalars().all()
    assert "MEETING" in event_types and "DEPLOYMENT" in event_types
    assert roles, "event types come with their roles"
    with open_project(v0002_project, create=False, annotator="mehmet") as project:
        with project.read() as session:
            again = session.execute(select(Label.name).where(Label.kind == "event")).scalars().all()
    assert sorted(again) == sorted(event_types)


def test_v0003_file_keeps_its_events_relations_and_links(tmp_path: Path) -> None:
    from curator.core import queries

    assert _revision(V0003) == "0003", "the committed fixture must stay at revision 0003"
    copy = tmp_path / "events.curator"
    shutil.copyfile(V0003, copy)
    with open_project(copy, create=False, annotator="mehmet") as project:
        assert project.schema_revision() == head_revision()
        [event] = queries.list_events(project, 1)
        assert (event.type, event.date_iso, event.attributes) == ("VISIT", "2020-12-01", {"Negated": True})
        [argument] = event.arguments
        person = next(s for s in queries.list_spans(project, 1) if s.id == argument.span_id)
        assert person.label == "PER" and person.entity_id is not None
        with project.read() as session:
            from curator.core.storage.models import AttributeDefinition

            assert session.execute(select(AttributeDefinition.name)).scalars().all() == ["Context"]
    assert len(list(tmp_path.glob("events.curator.bak-0003-*"))) == 1


def test_v0004_file_keeps_its_attributes_and_gains_empty_review_tables(tmp_path: Path) -> None:
    from curator.core import queries
    from curator.core.storage.models import (
        AttributeDefinition,
        DocumentReview,
        ExclusionRegion,
        Suggestion,
        SuggestionDecision,
        TrainedModel,
    )

    assert _revision(V0004) == "0004", "the committed fixture must stay at revision 0004"
    copy = tmp_path / "attributes.curator"
    shutil.copyfile(V0004, copy)
    with open_project(copy, create=False, annotator="mehmet") as project:
        assert project.schema_revision() == head_revision()
        [event] = queries.list_events(project, 1)
        assert event.attributes == {"Negated": True, "Certainty": "likely"}
        with project.read() as session:
            names = session.execute(select(AttributeDefinition.name)).scalars().all()
            assert "Certainty" in names
            for table in (ExclusionRegion, Suggestion, SuggestionDecision, TrainedModel, DocumentReview):
                assert session.execute(select(table)).first() is None, table.__tablename__
    assert len(list(tmp_path.glob("attributes.curator.bak-0004-*"))) == 1


def test_v0005_file_keeps_every_row_and_then_never_reuses_an_id(tmp_path: Path) -> None:
    """0006 rebuilds every table for AUTOINCREMENT: nothing may be lost or cascade away on the way, and
    from then on a deleted row's id is never handed out again (alice's undo must not hit bob's span)."""
    assert _revision(V0005) == "0005", "the committed fixture must stay at revision 0005"
    copy = tmp_path / "reviewed.curator"
    shutil.copyfile(V0005, copy)
    tables = ("documents", "spans", "events", "event_arguments", "relations", "kb_entities", "labels",
              "exclusion_regions", "suggestions", "suggestion_decisions", "document_reviews")  # fmt: skip
    before = {table: _rows(copy, table, _kept_columns(copy, table)) for table in tables}
    with open_project(copy, create=False, annotator="mehmet") as project:
        assert project.schema_revision() == head_revision()
        assert project.integrity_check() == "ok"
        after = {table: _rows(copy, table, _kept_columns(V0005, table)) for table in tables}
        for table in tables:  # opening may seed schema and knowledge base rows; none may go or change
            old_columns = len(_kept_columns(V0005, table))
            kept = {row[:old_columns] for row in after[table]}
            assert [row for row in before[table] if row not in kept] == [], table
        first = services.add_span(project, 3, 0, 7, "GPE").span
        services.delete_spans(project, [first.id])
        second = services.add_span(project, 3, 0, 7, "GPE").span
    assert second.id > first.id, "a deleted span's id was handed out again"
    with closing(sqlite3.connect(copy)) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("SELECT COUNT(*) FROM import_runs").fetchone() == (0,)
        assert connection.execute("SELECT changed_by_id FROM documents WHERE id = 2").fetchone() == (None,)
    assert len(list(tmp_path.glob("reviewed.curator.bak-0005-*"))) == 1


def test_v0006_file_gets_natural_title_keys_and_keeps_every_row(tmp_path: Path) -> None:
    """0007 adds documents.title_key, filled from every existing title, so the documents list sorts
    "Haber 2" before "Haber 10" from an index; nothing else in the file changes."""
    assert _revision(V0006) == "0006", "the committed fixture must stay at revision 0006"
    copy = tmp_path / "sorted.curator"
    shutil.copyfile(V0006, copy)
    old_columns = _columns(V0006, "documents")
    before = _rows(copy, "documents", old_columns)
    with open_project(copy, create=False, annotator="mehmet") as project:
        assert project.schema_revision() == head_revision()
        assert project.integrity_check() == "ok"
        assert _rows(copy, "documents", old_columns) == before
        for title, key in _rows(copy, "documents", ["title", "title_key"]):
            assert key == natural_sort_key(title), title
        titles = [d.title for d in queries.list_documents(project, sort="title")]
        assert titles.index("Haber 2") < titles.index("Haber 10") < titles.index("Haber bülteni")
        assert titles.index("Çin Haber 1") < titles.index("Haber 2")  # folded like "Cin"
        assert titles[0] == ""
    assert len(list(tmp_path.glob("sorted.curator.bak-0006-*"))) == 1


def test_v0007_file_gives_old_annotations_the_single_annotator_and_layers(tmp_path: Path) -> None:
    """0008 puts every annotation without an annotator into the layer of the one who made most spans,
    lets two layers tag the same characters, and adds assignments and the history; no row is lost."""
    assert _revision(V0007) == "0007", "the committed fixture must stay at revision 0007"
    copy = tmp_path / "layers.curator"
    shutil.copyfile(V0007, copy)
    old_columns = _columns(V0007, "spans")
    before = _rows(copy, "spans", [c for c in old_columns if c != "annotator_id"])
    owners = dict(_rows(copy, "spans", ["id", "annotator_id"]))
    assert None in owners.values()
    with open_project(copy, create=False, annotator="aigerim") as project:
        assert project.schema_revision() == head_revision()
        assert project.integrity_check() == "ok"
        theirs = next(s for s in queries.list_spans(project, 1) if s.annotator == "mehmet")
        mine = services.add_span(project, 1, theirs.start, theirs.end, theirs.label).span
        assert (mine.annotator, mine.label, mine.start) == ("aigerim", theirs.label, theirs.start)
    after = dict(_rows(copy, "spans", ["id", "annotator_id"]))
    most = max(set(v for v in owners.values() if v is not None), key=list(owners.values()).count)
    assert all(after[i] == (owners[i] if owners[i] is not None else most) for i in owners)
    assert _rows(copy, "spans", [c for c in old_columns if c != "annotator_id"])[: len(before)] == before
    with closing(sqlite3.connect(copy)) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        for table in ("events", "relations", "suggestion_decisions", "document_reviews"):
            count = connection.execute(f"SELECT count(*) FROM {table} WHERE annotator_id IS NULL").fetchone()
            assert count == (0,), table
        assert connection.execute("SELECT count(*) FROM assignments").fetchone() == (0,)
    assert len(list(tmp_path.glob("layers.curator.bak-0007-*"))) == 1


def test_v0008_file_keeps_its_history_and_assignments_and_gains_an_empty_presence(tmp_path: Path) -> None:
    """0009 only adds the table of open windows: every row of every table is kept, and the window that
    opens the upgraded file can say which document it shows."""
    assert _revision(V0008) == "0008", "the committed fixture must stay at revision 0008"
    copy = tmp_path / "presence.curator"
    shutil.copyfile(V0008, copy)
    tables = ("documents", "spans", "annotators", "history", "history_documents", "assignments")
    before = {table: _rows(copy, table, _columns(V0008, table)) for table in tables}
    assert before["history"] and before["assignments"]
    with open_project(copy, create=False, annotator="aigerim") as project:
        assert project.schema_revision() == head_revision()
        assert project.integrity_check() == "ok"
    for table in tables:
        after = _rows(copy, table, _columns(V0008, table))
        assert after[: len(before[table])] == before[table], table
    assert _rows(copy, "presence", ["client"]) == []
    assert len(list(tmp_path.glob("presence.curator.bak-0008-*"))) == 1


def test_v0008_file_gains_empty_event_groups_and_keeps_its_events(tmp_path: Path) -> None:
    """0011 only adds the consolidation tables: the events stay, and no event is in a group yet."""
    copy = tmp_path / "groups.curator"
    shutil.copyfile(V0008, copy)
    before = _rows(copy, "events", _columns(V0008, "events"))
    with open_project(copy, create=False, annotator="aigerim") as project:
        assert project.schema_revision() == head_revision()
        assert project.integrity_check() == "ok"
    assert _rows(copy, "events", _columns(V0008, "events")) == before
    assert _rows(copy, "event_groups", ["id"]) == []
    assert _rows(copy, "event_group_members", ["id"]) == []
