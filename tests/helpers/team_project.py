"""A small team project (seven documents, annotators a, b, c with assignments) and one annotator's work on
a project file in a process of its own; shared by the split/merge tests of the core, CLI and window."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy import text

from curator.core import services
from curator.core.project.setup import open_project
from curator.core.storage import Project

ROOT = Path(__file__).resolve().parents[2]
CHILD = ROOT / "tests" / "helpers" / "annotate_child.py"
DB_VERSIONS = ROOT / "tests" / "data" / "db_versions"

TEXTS = {
    "d1": "Mevlüt Çavuşoğlu Bişkek'te Ceyhun Bayramov ile görüştü.",
    "d2": "Ceyhun Bayramov Ankara'yı ziyaret etti ve Mevlüt Çavuşoğlu ile konuştu.",
    "d3": "Türk Devletleri Teşkilatı zirvesi Astana'da toplandı.",
    "d4": "Садыр Жапаров Бишкекте ЖККУнун жыйынына катышты.",
    "d5": "Kassym-Jomart Tokayev Bakü'ye gitti.",
    "d6": "Şavkat Mirziyoyev Taşkent'te bir açıklama yaptı.",
    "d7": "Bu belge kimseye atanmadı.",
}
ASSIGNED = {"a": ["d1", "d2", "d3"], "b": ["d3", "d4"], "c": ["d5", "d6"]}
BEFORE = [("b", "d4", "Садыр Жапаров", "PER"), ("a", "d1", "Bişkek", "GPE")]
WORK = {
    "a": [
        ["span", "d1", "Mevlüt Çavuşoğlu", "PER"],
        [
            "event",
            "d2",
            "ziyaret",
            "VISIT",
            [["ACTOR", "Ceyhun Bayramov", "PER"], ["PLACE", "Ankara", "GPE"]],
        ],
        ["span", "d3", "Astana", "GPE"],
    ],
    "b": [
        ["span", "d3", "Türk Devletleri Teşkilatı", "ORG"],
        ["span", "d3", "Astana", "LOC"],
        ["delete", "d4", "Садыр Жапаров", "PER"],
        ["span", "d4", "Садыр Жапаров", "TITLE"],
    ],
    "c": [
        ["label", "WEAPON"],
        ["span", "d5", "Kassym-Jomart Tokayev", "PER"],
        ["span", "d6", "Taşkent", "WEAPON"],
    ],
}


def annotate(path: Path, annotator: str, steps: list[list[Any]]) -> None:
    """One annotator's work in a process of its own, as on their own laptop."""
    subprocess.run(
        [sys.executable, str(CHILD), str(path), annotator, json.dumps(steps)],
        check=True, cwd=ROOT, env={**_env(), "PYTHONPATH": str(ROOT)}, timeout=120,
    )  # fmt: skip


def _env() -> dict[str, str]:
    return dict(os.environ)


def make_team_project(path: Path) -> Project:
    project = open_project(path, annotator="lead")
    with project.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text=body, title=title, language="tr") for title, body in TEXTS.items()],
            annotator_id=None,
            source="test",
        )
        for name in ASSIGNED:
            session.execute(text("INSERT INTO annotators (name, role, created_at) VALUES (:n, 'annotator', "
                                 "CURRENT_TIMESTAMP)"), {"n": name})  # fmt: skip
        for name, titles in ASSIGNED.items():
            for title in titles:
                session.execute(
                    text("INSERT INTO assignments (document_id, annotator_id, status, assigned_at)"
                         " SELECT d.id,"
                         " a.id, 'assigned', CURRENT_TIMESTAMP FROM documents d, annotators a"
                         " WHERE d.title = :t AND a.name = :n"),
                    {"t": title, "n": name},
                )  # fmt: skip
    project.close()
    for annotator, title, words, label in BEFORE:
        annotate(path, annotator, [["span", title, words, label]])
    return open_project(path, annotator="lead")


def content(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The annotations by content: document hash, layer name, position, label, events with arguments."""
    with closing(sqlite3.connect(path)) as db:
        spans = db.execute(
            'SELECT d.content_hash, a.name, s.start, s."end", l.name, s.status FROM spans s'
            " JOIN documents d ON d.id = s.document_id JOIN annotators a ON a.id = s.annotator_id"
            " JOIN labels l ON l.id = s.label_id"
        ).fetchall()
        events = db.execute(
            'SELECT e.id, d.content_hash, a.name, t.start, t."end", l.name FROM events e'
            " JOIN documents d ON d.id = e.document_id JOIN annotators a ON a.id = e.annotator_id"
            " JOIN spans t ON t.id = e.trigger_span_id JOIN labels l ON l.id = t.label_id"
        ).fetchall()
        arguments = {
            event[0]: sorted(
                db.execute(
                    'SELECT g.role, s.start, s."end", l.name FROM event_arguments g'
                    " JOIN spans s ON s.id = g.span_id"
                    " JOIN labels l ON l.id = s.label_id WHERE g.event_id = ?",
                    (event[0],),
                ).fetchall()
            )
            for event in events
        }
        documents = db.execute("SELECT content_hash, title, text, language FROM documents").fetchall()
        labels = db.execute("SELECT name, kind FROM labels").fetchall()
        assignments = db.execute(
            "SELECT d.content_hash, a.name FROM assignments s JOIN documents d ON d.id = s.document_id"
            " JOIN annotators a ON a.id = s.annotator_id"
        ).fetchall()
    return {
        "spans": sorted(spans),
        "events": sorted((*event[1:], tuple(arguments[event[0]])) for event in events),
        "documents": sorted(documents),
        "labels": sorted(labels),
        "assignments": sorted(assignments),
    }


def every_row(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (row for row, ids included)."""
    with closing(sqlite3.connect(path)) as db:
        tables = [
            r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        return {table: sorted(map(repr, db.execute(f"SELECT * FROM {table}").fetchall())) for table in tables}
