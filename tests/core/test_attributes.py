"""Event attributes defined in the schema: binary, valued and multiple (a context list)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from curator.core import queries, services
from curator.core.domain import AnnotationError
from curator.core.services import attributes
from curator.core.storage import Project
from tests.helpers.engines import ENGINES, open_on


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    project = open_on(request, tmp_path, "tester")
    yield project
    project.close()


def test_setting_binary_valued_and_multiple_attributes(project: Project) -> None:
    with project.write() as session:
        services.add_documents(
            session, [services.NewDocument(text="Zirve yapıldı.")], annotator_id=None, source="t"
        )
    event = services.create_event(project, 1, "MEETING", trigger=(0, 5)).event
    attributes.add_attribute(project, "Speculated")
    attributes.add_attribute(project, "Level", targets=["MEETING"], values=["ministerial", "summit"])
    defined = {a.name: a for a in attributes.list_attributes(project)}
    assert defined["Context"].multiple and "military" in defined["Context"].values  # the default schema's

    def current():
        return queries.list_events(project, 1)[0]

    attributes.set_event_attribute(project, current(), defined["Speculated"], None)
    attributes.set_event_attribute(project, current(), defined["Level"], "summit")
    attributes.set_event_attribute(project, current(), defined["Context"], "security")
    attributes.set_event_attribute(project, current(), defined["Context"], "political")
    assert current().attributes == {
        "Speculated": True,
        "Level": "summit",
        "Context": ["political", "security"],
    }
    attributes.set_event_attribute(project, current(), defined["Context"], "security")
    before, _after = attributes.set_event_attribute(project, current(), defined["Speculated"], None)
    assert current().attributes == {"Level": "summit", "Context": ["political"]}
    services.update_event(project, event.id, attributes=before.attributes)
    assert current().attributes["Speculated"] is True
    with pytest.raises(AnnotationError, match="takes ministerial|summit"):
        attributes.set_event_attribute(project, current(), defined["Level"], "bilateral")
    with pytest.raises(AnnotationError, match="built in"):
        attributes.add_attribute(project, "Realis")
    removed = attributes.delete_attribute(project, "Level")
    assert current().attributes["Level"] == "summit", "deleting a definition keeps the values"
    services.revert(project, removed)
    assert "Level" in {a.name for a in attributes.list_attributes(project)}
