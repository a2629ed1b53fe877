"""doccano export: entities and relations as doccano reads them; events flattened and reported."""

from __future__ import annotations

import json
from pathlib import Path

from curator.core import services
from curator.core.exporters import export_project
from curator.core.project.setup import open_project

TEXT = "Mevlüt Çavuşoğlu, Dışişleri Bakanı, Bişkek'te toplantıya katıldı."


def test_doccano_export_has_entities_relations_and_flattened_events(tmp_path: Path) -> None:
    project = open_project(tmp_path / "d.curator")
    with project.write() as session:
        services.add_documents(
            session, [services.NewDocument(text=TEXT, title="t")], annotator_id=None, source="t"
        )
    person = services.add_span(project, 1, 0, 16, "PER").span.id
    title = services.add_span(project, 1, 18, 34, "TITLE").span.id
    place = services.add_span(project, 1, 36, 42, "GPE").span.id
    services.add_relation(project, "HOLDS_TITLE", person, title)
    event = services.create_event(project, 1, "MEETING", trigger=(46, 56)).event
    services.add_argument(project, event.id, "PARTICIPANT", span_id=person)
    services.add_argument(project, event.id, "PLACE", span_id=place)
    out = tmp_path / "doccano.jsonl"
    report = export_project(project, "doccano", out)
    project.close()

    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["text"] == TEXT
    surfaces = {e["id"]: (TEXT[e["start_offset"] : e["end_offset"]], e["label"]) for e in record["entities"]}
    assert sorted(surfaces.values()) == sorted(
        [
            ("Mevlüt Çavuşoğlu", "PER"),
            ("Dışişleri Bakanı", "TITLE"),
            ("Bişkek", "GPE"),
            ("toplantıya", "MEETING"),
        ]
    )
    edges = {(surfaces[r["from_id"]][0], r["type"], surfaces[r["to_id"]][0]) for r in record["relations"]}
    assert edges == {
        ("Mevlüt Çavuşoğlu", "HOLDS_TITLE", "Dışişleri Bakanı"),
        ("toplantıya", "PARTICIPANT", "Mevlüt Çavuşoğlu"),
        ("toplantıya", "PLACE", "Bişkek"),
    }
    assert any("1 events written as trigger entities" in line for line in report.lines())
