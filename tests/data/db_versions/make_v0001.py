"""Regenerate `v0001.curator`: a project file as Curator wrote it at schema revision 0001.

The committed file is the test's ground truth (tests/core/test_migrations.py); regenerate it only if it is
lost, never to make a failing migration test pass. Run from the repository root:

    .venv/bin/python tests/data/db_versions/make_v0001.py

It creates the 0001 schema with the 0001 migration alone (on a connection set up like Curator's own), then
inserts annotators, labels, Turkish and Kyrgyz documents and spans with raw SQL, the way a 0001-era Curator
stored them, and leaves a single self-contained file (rollback journal, vacuumed).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
import unicodedata
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from curator.core.storage import database, migrate  # noqa: E402

OUTPUT = HERE / "v0001.curator"
CREATED = "2025-03-01 09:00:00.000000"

LABELS = [
    # name, color, shortcut, description
    ("PER", "#8ecae6", "1", "Person"),
    ("ORG", "#ffb703", "2", "Organisation"),
    ("GPE", "#90be6d", "3", "Geo-political entity"),
    ("LOC", "#43aa8b", "4", "Location without a government"),
    ("FAC", "#b5838d", "5", "Facility"),
    ("TITLE", "#cdb4db", "6", "Office or position"),
    ("DATE", "#f4a261", "7", "Date or period"),
    ("MISC", "#e5e5e5", "8", "Other named thing"),
    ("EVENT", "#a8dadc", None, "Added by an import"),
]

ANNOTATORS = [(1, "aigerim", "annotator"), (2, "mehmet", "curator")]

# title, text, language, source, pub_date, status, meta, spans;
# a span is (surface, label, annotator_id, status, source)
DOCUMENTS = [
    (
        "Kazakbayev Ankara'da",
        "Kırgızistan Dışişleri Bakanı Ruslan Kazakbayev 1 Aralık 2020'de Ankara'yı ziyaret etti. "
        "Görüşmede Türk Dünyası ve iki ülke arasındaki işbirliği ele alındı.",
        "tr",
        "aa.com.tr",
        "2020-12-01",
        "in_progress",
        {"url": "https://www.aa.com.tr/tr/dunya/ornek", "yazar": "Ayşe Yılmaz"},
        [
            ("Kırgızistan", "GPE", 1, "accepted", "manual"),
            ("Dışişleri Bakanı", "TITLE", 1, "accepted", "manual"),
            ("Ruslan Kazakbayev", "PER", 1, "accepted", "manual"),
            ("1 Aralık 2020", "DATE", 2, "accepted", "manual"),
            ("Ankara", "GPE", 2, "accepted", "manual"),
        ],
    ),
    (
        "Казакбаев Бишкекте",
        "Кыргызстандын тышкы иштер министри Руслан Казакбаев 19-майда Бишкекте Түркиянын элчиси менен "
        "жолугушту. Тараптар Ысык-Көлдөгү форумду талкуулашты.",
        "ky",
        "kabar.kg",
        "2021-05-19",
        "annotated",
        {"булак": "Кабар", "tags": ["тышкы саясат", "Түркия"]},
        [
            ("Кыргызстан", "GPE", 1, "accepted", "manual"),
            ("тышкы иштер министри", "TITLE", 1, "accepted", "manual"),
            ("Руслан Казакбаев", "PER", 1, "accepted", "manual"),
            ("19-майда", "DATE", 1, "accepted", "manual"),
            ("Бишкекте", "GPE", None, "accepted", "import"),
        ],
    ),
    (
        "Haber bülteni",
        "Türkiye ile Kırgızistan arasında yeni bir ticaret anlaşması imzalanması bekleniyor.",
        "tr",
        "trt.net.tr",
        None,
        "new",
        {},
        [],
    ),
    (
        "Ысык-Көл форуму",
        "Ысык-Көл эл аралык форуму Чолпон-Атада өттү; «Ала-Тоо» аянтында да иш-чаралар болду.",
        "ky",
        "24.kg",
        "2022-09-02",
        "in_progress",
        {"note": "кыскача"},
        [
            ("Ысык-Көл эл аралык форуму", "EVENT", 2, "accepted", "manual"),
            ("Чолпон-Атада", "GPE", None, "suggested", "model"),
        ],
    ),
]


def content_hash(text: str) -> str:
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


def main() -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        OUTPUT.with_name(OUTPUT.name + suffix).unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{OUTPUT}", poolclass=NullPool)
    database._install_sqlite_events(engine)
    with engine.connect() as connection:
        migrate.upgrade(connection, "0001")
    with engine.connect() as connection:
        sql = connection.exec_driver_sql
        sql("INSERT INTO project_info (key, value) VALUES ('created_at', '2025-03-01T09:00:00')")
        for annotator_id, name, role in ANNOTATORS:
            sql(
                "INSERT INTO annotators (id, name, role, created_at) VALUES (?, ?, ?, ?)",
                (annotator_id, name, role, CREATED),
            )
        label_ids = {}
        for position, (name, color, shortcut, description) in enumerate(LABELS, start=0):
            sql(
                "INSERT INTO labels (id, name, kind, color, shortcut, description, position) "
                "VALUES (?, ?, 'entity', ?, ?, ?, ?)",
                (position + 1, name, color, shortcut, description, position),
            )
            label_ids[name] = position + 1
        for document_id, (title, text, language, source, pub_date, status, meta, spans) in enumerate(
            DOCUMENTS, start=1
        ):
            sql(
                "INSERT INTO documents (id, title, text, language, source, pub_date, content_hash, status, "
                "meta, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    document_id,
                    title,
                    text,
                    language,
                    source,
                    pub_date,
                    content_hash(text),
                    status,
                    json.dumps(meta, ensure_ascii=False),
                    CREATED,
                ),
            )
            for surface, label, annotator_id, span_status, span_source in spans:
                start = text.index(surface)
                sql(
                    'INSERT INTO spans (document_id, start, "end", label_id, annotator_id, status, source, '
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        document_id,
                        start,
                        start + len(surface),
                        label_ids[label],
                        annotator_id,
                        span_status,
                        span_source,
                        CREATED,
                        CREATED,
                    ),
                )
        connection.commit()
    engine.dispose()
    raw = sqlite3.connect(OUTPUT, isolation_level=None)
    try:
        raw.execute("PRAGMA journal_mode=DELETE")
        raw.execute("VACUUM")
        revision = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        check = raw.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        raw.close()
    assert (revision, check) == ("0001", "ok"), (revision, check)
    print(f"wrote {OUTPUT} (revision {revision}, {OUTPUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
