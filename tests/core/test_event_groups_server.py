"""Corpus events on a team server: reviewers consolidate (the groups are corpus-wide decisions), an
annotator is told they may not, and undo works there as on a file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from curator.core.domain import CuratorError
from curator.core.project.setup import open_project
from curator.core.records.consolidate_read import stored_groups
from curator.core.services import changes, event_groups
from curator.core.storage import server_users
from tests.helpers.engines import as_user
from tests.helpers.event_reports import build_reports


def test_a_reviewer_consolidates_and_an_annotator_may_not(server_database: Callable[..., str]) -> None:
    url = server_database()
    with open_project(url, create=True) as owner:
        with owner.write() as session:
            server_users.add_user(session.connection(), "rita", "reviewer")
            server_users.add_user(session.connection(), "alice", "annotator")
        summit = build_reports(owner).summit
    with open_project(as_user(url, "alice")) as alice:
        refused = r"Your role \(annotator\) may not change event_groups .*: corpus events are consolidated"
        with pytest.raises(CuratorError, match=refused):
            event_groups.consolidate(alice)
        assert stored_groups(alice) == {}
    with open_project(as_user(url, "rita")) as rita:
        done = event_groups.consolidate(rita)
        [group] = stored_groups(rita).values()
        assert group.event_ids == tuple(summit)
        confirmed = event_groups.confirm(rita, [group.id])
        changes.revert(rita, confirmed)
        changes.revert(rita, done.change)
        assert stored_groups(rita) == {}
