"""`curator split` then `curator merge` of an annotator's file keeps the corpus events a reviewer made.

A taken layer replaces the parent's events with copies (new ids), and the delete cascaded to the group
memberships: a confirmed corpus event silently lost the reports of every merged document. Each copy of
the same mention (document, layer, trigger offsets and label) now goes back into its group; a mention
the annotator changed or removed leaves its group, and the merge report says how many did.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curator.cli.main import EXIT_OK, main
from curator.core.project.setup import open_project
from curator.core.queries import list_spans
from curator.core.records.consolidate_read import stored_groups
from curator.core.services import delete_spans, event_groups
from tests.helpers.event_reports import build_reports


def run(path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["--project", str(path), "--annotator", "ayse", *args])
    return code, capsys.readouterr().out


def test_merging_an_annotators_file_back_keeps_the_confirmed_corpus_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parent = tmp_path / "summit.curator"
    with open_project(parent, create=True, annotator="ayse") as project:
        summit = build_reports(project).summit
    assert run(parent, capsys, "events", "consolidate")[0] == EXIT_OK
    with open_project(parent, annotator="ayse") as project:
        [group_id] = stored_groups(project)
        event_groups.confirm(project, [group_id])
    assert run(parent, capsys, "assign", "--annotators", "ayse")[0] == EXIT_OK
    assert (
        run(parent, capsys, "split", "--annotators", "ayse", "--out", str(tmp_path / "parts"))[0] == EXIT_OK
    )
    child = tmp_path / "parts" / "ayse.curator"
    # The annotator goes on working: a new tag in the Turkish report, the Russian report's trigger removed.
    assert run(child, capsys, "search", "kentinde", "--tag", "MISC")[0] == EXIT_OK
    with open_project(child, annotator="ayse") as project:
        trigger = next(span for span in list_spans(project, 2) if span.label == "MEETING")
        delete_spans(project, [trigger.id])

    code, out = run(parent, capsys, "merge", str(child))
    assert code == EXIT_OK
    assert "1 event mention(s) of corpus events were changed or removed" in out
    code, out = run(parent, capsys, "events", "list", "--json")
    [group] = json.loads(out)
    assert group["status"] == "confirmed"
    documents = [mention["doc_id"] for mention in group["mentions"]]
    assert documents == [1, 3]  # the Turkish and English reports are back in it; the removed one is not
    assert len(summit) == 3
