"""Editing the schema keeps annotations (rename) or can be undone exactly (delete); JSON round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from curator.core import queries, services
from curator.core.domain import AnnotationError, CuratorError, RoleInfo
from curator.core.project.setup import open_project
from curator.core.schema.json_io import export_schema, import_schema, schema_to_dict
from curator.core.services import schema_edits
from curator.core.storage import Project
from curator.core.storage.models import EventRole, Label, Span
from tests.helpers.engines import ENGINES, open_on

TEXT = "Kazakbayev Bişkek'te KGAÖ toplantısına katıldı."


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Project:
    project = open_on(request, tmp_path, "tester")
    with project.write() as session:
        services.add_documents(session, [services.NewDocument(text=TEXT)], annotator_id=None, source="t")
    yield project
    project.close()


def state(project: Project) -> tuple:
    with project.read() as session:
        labels = [dict(r._mapping) for r in session.execute(select(Label.__table__).order_by(Label.id))]
        roles = [
            dict(r._mapping) for r in session.execute(select(EventRole.__table__).order_by(EventRole.id))
        ]
        spans = [dict(r._mapping) for r in session.execute(select(Span.__table__).order_by(Span.id))]
    return labels, roles, spans, queries.list_events(project, 1)


def test_renaming_a_label_keeps_its_annotations_and_constraints(project: Project) -> None:
    services.add_span(project, 1, 0, 10, "PER")
    schema_edits.update_label(project, "PER", name="PERSON", color="#123456")
    assert [s.label for s in queries.list_spans(project, 1)] == ["PERSON"]
    meeting = next(t for t in queries.list_event_types(project) if t.name == "MEETING")
    assert "PERSON" in meeting.role("PARTICIPANT").allowed_labels
    assert "PER" not in meeting.role("PARTICIPANT").allowed_labels
    before, after = schema_edits.update_label(project, "PERSON", name="PER")
    assert before == {"name": "PERSON"} and after == {"name": "PER"}
    with pytest.raises(AnnotationError, match="exists already"):
        schema_edits.update_label(project, "PER", name="ORG")
    with pytest.raises(AnnotationError, match="key 2 already tags ORG"):
        schema_edits.update_label(project, "PER", shortcut="2")
    with pytest.raises(AnnotationError, match="not a valid name"):
        schema_edits.update_label(project, "PER", name="two words")


def test_deleting_a_label_in_use_reports_usage_and_undo_restores_everything(project: Project) -> None:
    person = services.add_span(project, 1, 0, 10, "PER").span.id
    services.add_span(project, 1, 11, 17, "GPE")
    event = services.create_event(project, 1, "MEETING", trigger=(26, 38)).event
    services.add_argument(project, event.id, "PARTICIPANT", span_id=person)
    before = state(project)
    usage = schema_edits.label_usage(project, "PER")
    assert usage and (usage.spans, usage.documents) == (1, 1)
    assert not schema_edits.label_usage(project, "FAC")

    deleted = schema_edits.delete_label(project, "PER")
    assert [s.label for s in queries.list_spans(project, 1)] == ["GPE", "MEETING"]
    assert queries.list_events(project, 1)[0].arguments == ()
    services.revert(project, deleted)
    assert state(project) == before

    event_deleted = schema_edits.delete_label(project, "MEETING")
    assert queries.list_events(project, 1) == []
    services.revert(project, event_deleted)
    assert state(project) == before


def test_roles_are_written_and_read_in_brat_style(project: Project) -> None:
    roles = schema_edits.parse_roles("PARTICIPANT*:PER|ORG|GPE, PLACE:GPE|LOC, TIME:DATE, NOTE")
    assert roles == [
        RoleInfo("PARTICIPANT", ("PER", "ORG", "GPE"), True),
        RoleInfo("PLACE", ("GPE", "LOC"), False),
        RoleInfo("TIME", ("DATE",), False),
        RoleInfo("NOTE", (), False),
    ]
    assert schema_edits.format_roles(roles) == "PARTICIPANT*:PER|ORG|GPE, PLACE:GPE|LOC, TIME:DATE, NOTE"
    previous = schema_edits.set_roles(project, "MEETING", roles)
    assert [r.name for r in previous] == ["PARTICIPANT", "PLACE", "TIME"]
    meeting = next(t for t in queries.list_event_types(project) if t.name == "MEETING")
    assert meeting.roles == tuple(roles)
    with pytest.raises(AnnotationError, match="cannot read the role"):
        schema_edits.parse_roles("PLACE:GPE, :LOC")
    with pytest.raises(AnnotationError, match="twice"):
        schema_edits.parse_roles("TIME:DATE, TIME")


def test_schema_json_round_trip_between_projects(project: Project, tmp_path: Path) -> None:
    schema_edits.add_label(project, "IGO", color="#abcdef", shortcut="9", description="intergovernmental")
    schema_edits.add_label(
        project, "SANCTION", "event", roles=[RoleInfo("ACTOR", ("GPE",), False), RoleInfo("TARGET", (), True)]
    )
    path = tmp_path / "schema.json"
    export_schema(project, path)
    other = open_project(tmp_path / "other.curator")
    try:
        report = import_schema(other, path)
        assert "IGO" in report.added and "SANCTION" in report.added and "PER" in report.already_there
        exported, imported = schema_to_dict(project), schema_to_dict(other)
        assert exported["event_types"] == imported["event_types"]
        assert [label["name"] for label in imported["entity_labels"]][-1] == "IGO"
    finally:
        other.close()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"labels": []}))
    with pytest.raises(CuratorError, match="bad.json: not a Curator schema"):
        import_schema(project, bad)


def test_a_brat_annotation_conf_adds_its_types_to_the_schema(project: Project) -> None:
    from curator.core.schema.json_io import import_annotation_conf

    conf = Path(__file__).resolve().parents[1] / "data" / "brat" / "corpus" / "annotation.conf"
    report = import_annotation_conf(project, conf)
    assert "Protein" in report.added and "Phosphorylation" in report.added
    types = {t.name: t for t in queries.list_event_types(project)}
    assert "Theme" in [role.name for role in types["Phosphorylation"].roles]
    assert "Protein" in [label.name for label in queries.list_labels(project)]
    again = import_annotation_conf(project, conf)
    assert again.added == [] and "Protein" in again.already_there
