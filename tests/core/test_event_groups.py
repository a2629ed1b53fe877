"""Corpus events: consolidation groups reports of one event across languages and scripts, keeps what a
user decided, and every step undoes through its change record; exports write one record per group."""

from __future__ import annotations

import csv
import json
from datetime import timedelta
from pathlib import Path

import pytest

from curator.core.domain import AnnotationError
from curator.core.exporters import export_project
from curator.core.project.setup import open_project
from curator.core.records.consolidate import Mention, cluster, pair_score
from curator.core.records.consolidate_read import stored_groups
from curator.core.services import changes, event_groups
from curator.core.storage import Project
from tests.helpers.event_reports import Reports, build_reports


@pytest.fixture
def reports(tmp_path: Path) -> Reports:
    project = open_project(tmp_path / "summit.curator", create=True, annotator="ayse")
    built = build_reports(project)
    yield built
    project.close()


def groups(project: Project) -> list[tuple[str, str, tuple[int, ...]]]:
    return [(g.status, g.origin, g.event_ids) for g in stored_groups(project).values()]


def test_reports_in_three_languages_are_one_event_and_the_others_stay_apart(reports: Reports) -> None:
    done = event_groups.consolidate(reports.project)
    assert groups(reports.project) == [("proposed", "auto", tuple(reports.summit))]
    assert (done.proposed, done.new, done.mentions, done.mentions_read) == (1, 1, 3, 5)
    # Nothing changed since: a second run keeps the standing proposal (same row) and writes nothing.
    again = event_groups.consolidate(reports.project)
    assert (again.proposed, again.new, again.removed) == (1, 0, 0) and not again.change
    assert groups(reports.project) == [("proposed", "auto", tuple(reports.summit))]


def test_consolidation_undoes_and_redoes_through_its_change(reports: Reports) -> None:
    done = event_groups.consolidate(reports.project)
    left = changes.revert(reports.project, done.change)
    assert groups(reports.project) == []
    changes.apply(reports.project, done.change, left)
    assert groups(reports.project) == [("proposed", "auto", tuple(reports.summit))]


def test_a_rerun_keeps_confirmed_groups_and_a_users_split(reports: Reports) -> None:
    event_groups.consolidate(reports.project)
    [group_id] = stored_groups(reports.project)
    planned = reports.summit[2]
    split = event_groups.split(reports.project, group_id, [planned])
    assert groups(reports.project) == [
        ("proposed", "user", tuple(reports.summit[:2])),
        ("proposed", "user", (planned,)),
    ]
    rerun = event_groups.consolidate(reports.project)
    assert (rerun.proposed, rerun.kept_user, bool(rerun.change)) == (0, 2, False)  # the split stands
    # Undo the split: the plan is back in its group, as it was before.
    changes.revert(reports.project, split.change)
    assert groups(reports.project) == [("proposed", "auto", tuple(reports.summit))]
    event_groups.confirm(reports.project, [group_id])
    kept = event_groups.consolidate(reports.project)
    assert (kept.kept_confirmed, kept.proposed) == (1, 0)
    assert groups(reports.project) == [("confirmed", "auto", tuple(reports.summit))]


def test_join_and_confirm_are_one_undoable_step_each(reports: Reports) -> None:
    event_groups.consolidate(reports.project)
    [group_id] = stored_groups(reports.project)
    joined = event_groups.join(reports.project, [group_id], [reports.later])
    assert groups(reports.project) == [("proposed", "user", (*reports.summit, reports.later))]
    confirmed = event_groups.confirm(reports.project, [group_id])
    assert groups(reports.project)[0][0] == "confirmed"
    changes.revert(reports.project, confirmed)
    assert groups(reports.project)[0][0] == "proposed"
    changes.revert(reports.project, joined.change)
    assert groups(reports.project) == [("proposed", "auto", tuple(reports.summit))]


def test_refusals_name_the_problem(reports: Reports) -> None:
    event_groups.consolidate(reports.project)
    [group_id] = stored_groups(reports.project)
    with pytest.raises(AnnotationError, match="not in group"):
        event_groups.split(reports.project, group_id, [reports.later])
    with pytest.raises(AnnotationError, match="at least one mention"):
        event_groups.split(reports.project, group_id, reports.summit)
    with pytest.raises(AnnotationError, match="already in a group"):
        event_groups.join(reports.project, [group_id], [reports.summit[0]])
    with pytest.raises(AnnotationError, match="does not exist"):
        event_groups.confirm(reports.project, [group_id + 99])


def test_deleting_a_grouped_event_leaves_the_group_the_rest(reports: Reports) -> None:
    from curator.core import services

    event_groups.consolidate(reports.project)
    services.delete_events(reports.project, [reports.summit[1]])
    assert groups(reports.project) == [("proposed", "auto", (reports.summit[0], reports.summit[2]))]


def mention(event_id: int, doc_id: int, realis: str, day: str, published: str) -> Mention:
    from datetime import date

    when = date.fromisoformat(day)
    return Mention(
        event_id, doc_id, "CONSULT", realis, when, when, "day", date.fromisoformat(published),
        frozenset({"e:1", "e:2"}), "e:9",
    )  # fmt: skip


def test_planned_and_actual_are_one_event_only_when_the_plan_came_first() -> None:
    actual = mention(1, 1, "actual", "2024-05-05", "2024-05-06")
    assert pair_score(actual, mention(2, 2, "planned", "2024-05-05", "2024-05-01")) is not None
    assert pair_score(actual, mention(3, 3, "planned", "2024-05-05", "2024-05-09")) is None
    assert pair_score(actual, mention(4, 1, "actual", "2024-05-05", "2024-05-06")) is None  # same document
    assert pair_score(actual, mention(5, 5, "actual", "2024-05-08", "2024-05-09")) is None  # three days on


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_exports_write_one_record_per_group_with_its_sources(reports: Reports, tmp_path: Path) -> None:
    event_groups.consolidate(reports.project)
    out = tmp_path / "events.jsonl"
    report = export_project(reports.project, "events-jsonl", out)
    records = read_jsonl(out)
    assert len(records) == 3 and report.event_groups == 1 and report.event_groups_unconfirmed == 1
    summit = records[0]
    assert (summit["mentions"], summit["confirmed"], summit["date"]) == (3, False, "2024-05-05")
    assert [s["doc_id"] for s in summit["sources"]] == reports.documents[:3]
    assert [s["date"] for s in summit["sources"]] == ["2024-05-05"] * 3  # "dün", "5 мая", "May 5"
    assert [s["publication"] for s in summit["sources"]] == ["Outlet 1", "Outlet 2", "Outlet 3"]
    assert summit["sources"][1]["evidence"].startswith("Садыр Жапаров и Реджеп Тайип Эрдоган")
    assert [r["mentions"] for r in records[1:]] == [1, 1] and records[1]["confirmed"] is None

    [group_id] = stored_groups(reports.project)
    event_groups.confirm(reports.project, [group_id])
    table = tmp_path / "events.csv"
    export_project(reports.project, "events-csv", table)
    with table.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["mentions"], row["confirmed"]) for row in rows] == [("3", "true"), ("1", ""), ("1", "")]
    sources = json.loads(rows[0]["sources"])  # the lean layout: the reports as one JSON array
    assert [source["doc_id"] for source in sources] == reports.documents[:3]
    assert [source["publication"] for source in sources] == ["Outlet 1", "Outlet 2", "Outlet 3"]
    export_project(reports.project, "events-csv", table, layout="full")
    with table.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["source_doc_ids"].split("|") == [str(d) for d in reports.documents[:3]]

    plover = tmp_path / "plover.jsonl"
    export_project(reports.project, "plover-jsonl", plover)
    assert [(e["mentions"], e["confirmed"]) for e in read_jsonl(plover)][0] == (3, True)

    apart = export_project(reports.project, "events-jsonl", out, each_mention=True)
    assert apart.records_written == 5 and {r["mentions"] for r in read_jsonl(out)} == {1}


def test_near_duplicate_documents_add_evidence_to_a_weak_pair() -> None:
    """A day apart, the same place, parties unknown on one side: too weak alone, enough when the two
    documents are near-duplicates of each other (another outlet's copy of the same story)."""
    first = mention(1, 1, "actual", "2024-05-05", "2024-05-06")
    day = first.start + timedelta(days=1)
    second = Mention(2, 2, "CONSULT", "actual", day, day, "day", first.published, frozenset(), "e:9")
    alone = pair_score(first, second)
    copied = pair_score(first, second, {1: 1, 2: 1})
    assert alone is not None and copied is not None and copied > alone
    assert cluster([first, second]) == []
    assert [group.event_ids for group in cluster([first, second], {1: 1, 2: 1})] == [(1, 2)]


def test_near_duplicate_clusters_come_from_the_duplicate_search(tmp_path: Path) -> None:
    from curator.core import services

    story = "Садыр Жапаров и Реджеп Тайип Эрдоган провели переговоры в Анкаре. " * 8
    with open_project(tmp_path / "copies.curator", create=True, annotator="ayse") as project:
        with project.write() as session:
            services.add_documents(
                session,
                [services.NewDocument(text=story), services.NewDocument(text="24.kg\n" + story),
                 services.NewDocument(text="Другая новость о погоде в Бишкеке.")],
                annotator_id=None, source="test",
            )  # fmt: skip
        assert event_groups.near_duplicate_clusters(project) == {1: 1, 2: 1}


def test_merge_duplicates_joins_only_what_no_group_holds(reports: Reports, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    # Without groups, reports of the same day, realis and linked parties merge: the Turkish and Russian
    # ones, and the two English announcements (that merge does not read publication dates).
    assert export_project(reports.project, "events-jsonl", out, merge_duplicates=True).records_merged == 2
    event_groups.consolidate(reports.project)
    grouped = export_project(reports.project, "events-jsonl", out, merge_duplicates=True)
    assert (grouped.records_written, grouped.records_merged, grouped.event_groups) == (3, 0, 1)
    assert [r["mentions"] for r in read_jsonl(out)] == [3, 1, 1]
    apart = export_project(reports.project, "events-jsonl", out, merge_duplicates=True, each_mention=True)
    assert (apart.records_written, apart.records_merged, apart.event_groups) == (3, 2, 0)
