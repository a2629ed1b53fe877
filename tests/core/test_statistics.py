"""The dashboard's numbers on a small project whose every count is known: statuses and languages,
spans per label, per annotator per day (two people, two UTC days), suggestion outcomes per suggester,
agreement once two layers share a document; the CSV, and the HTML report's SVG and escaping."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from curator.core import services
from curator.core.project.setup import open_project
from curator.core.services import suggestions
from curator.core.services.review import review_document
from curator.core.statistics import (
    agreement_figure,
    chart_layout,
    compute_statistics,
    figure_csv,
    shared_documents,
    statistics_html,
)
from curator.core.statistics.figures import Figure, safe_color
from curator.core.statistics.layout import nice_ceiling
from curator.core.storage import Project
from curator.core.suggest import ProposedSpan
from tests.helpers.engines import ENGINES, open_again, open_on

TURKISH = "KGAÖ Dışişleri Bakanları toplantısı Bişkek'te yapıldı."
KYRGYZ = "Министр Руслан Казакбаев Душанбеде өткөн ЖККУнун кезектеги жыйынына катышты."
SECOND = "Sadır Caparov Moskova'da Putin ile görüştü."
DAY_ONE = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
DAY_TWO = datetime(2026, 12, 1, 0, 30, tzinfo=UTC)


def on_day(monkeypatch: pytest.MonkeyPatch, when: datetime) -> None:
    for module in ("spans", "suggestions.decisions"):  # hand tags, and accepted suggestions
        monkeypatch.setattr(f"curator.core.services.{module}.utcnow", lambda: when)


def tag(project: Project, document_id: int, text: str, word: str, label: str) -> None:
    start = text.index(word)
    services.add_span(project, document_id, start, start + len(word), label)


def fill_known(alice: Project, open_bob: Callable[[], Project], monkeypatch: pytest.MonkeyPatch) -> None:
    """alice: 2 spans on 30 Nov, 2 on 1 Dec; bob: 2 on 1 Dec; rules: 1 accepted, 1 rejected, 1 pending."""
    with alice.write() as session:
        services.add_documents(
            session,
            [
                services.NewDocument(text=TURKISH, title="one", language="tr"),
                services.NewDocument(text=KYRGYZ, title="two", language="ky"),
                services.NewDocument(text=SECOND, title="three", language="tr"),
                services.NewDocument(text="Boş bir belge.", title="four", language="tr"),
            ],
            annotator_id=alice.annotator_id,
            source="test",
        )
    on_day(monkeypatch, DAY_ONE)
    tag(alice, 1, TURKISH, "KGAÖ", "ORG")
    tag(alice, 1, TURKISH, "Bişkek", "GPE")
    start = TURKISH.index("Dışişleri")  # a rejected span is a decision, not an annotation: never counted
    services.add_span(alice, 1, start, start + len("Dışişleri"), "ORG", status="rejected")
    on_day(monkeypatch, DAY_TWO)
    tag(alice, 2, KYRGYZ, "Руслан Казакбаев", "PER")
    review_document(alice, 2, "annotated")
    with open_bob() as bob:
        tag(bob, 1, TURKISH, "KGAÖ", "ORG")
        tag(bob, 1, TURKISH, "Dışişleri", "ORG")
    proposals = [ProposedSpan(0, 13, "PER", "rules:test"), ProposedSpan(14, 21, "GPE", "rules:test")]
    proposals.append(ProposedSpan(34, 39, "PER", "rules:test"))
    suggestions.store_suggestions(alice, "rules:test", [(3, proposals)])
    suggestions.store_suggestions(alice, "model:<tr>", [(4, [ProposedSpan(0, 3, "MISC", "model:<tr>")])])
    stored = {s.start: s.id for s in suggestions.list_suggestions(alice, 3)}
    suggestions.accept_suggestions(alice, [stored[0]])  # on DAY_TWO, alice's layer
    suggestions.reject_suggestions(alice, [stored[14]])


@pytest.fixture(params=ENGINES)
def known(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Project]:
    """The known project on a file and on a team server: the same numbers from either engine's SQL."""
    alice = open_on(request, tmp_path, "alice", "bob")
    fill_known(alice, lambda: open_again(alice, "bob"), monkeypatch)
    yield alice
    alice.close()


@pytest.fixture
def known_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Project]:
    alice = open_project(tmp_path / "stats.curator", annotator="alice")
    fill_known(alice, lambda: open_project(alice.path, annotator="bob"), monkeypatch)
    yield alice
    alice.close()


def rows(project: Project, key: str) -> list[tuple]:
    return [tuple(row) for row in compute_statistics(project).figure(key).rows]


def test_documents_by_status_in_workflow_order_with_zeros(known: Project) -> None:
    # 1 tagged (in progress), 2 marked annotated, 3 got an accepted suggestion (in progress), 4 untouched
    assert rows(known, "statuses") == [
        ("new", 1), ("in progress", 2), ("annotated", 1), ("approved", 0), ("returned", 0)
    ]  # fmt: skip


def test_documents_by_language_most_first(known: Project) -> None:
    assert rows(known, "languages") == [("tr", 3), ("ky", 1)]


def test_spans_per_label_every_label_in_schema_order(known: Project) -> None:
    counts = dict(rows(known, "labels"))
    # ORG: alice's KGAÖ, bob's KGAÖ and Dışişleri; PER: alice's Kazakbaev and the accepted suggestion
    assert {label: n for label, n in counts.items() if n} == {"PER": 2, "ORG": 3, "GPE": 1}
    assert list(counts)[:3] == ["PER", "ORG", "GPE"] and counts["DATE"] == 0
    statistics = compute_statistics(known)
    assert (statistics.documents, statistics.spans) == (4, 6)


def test_annotations_per_annotator_per_utc_day(known: Project) -> None:
    figure = compute_statistics(known).figure("per_day")
    assert figure.columns == ("Day (UTC)", "alice", "bob")
    # 23:30 UTC on 30 Nov is still the 30th, whatever the local time zone says
    assert [tuple(row) for row in figure.rows] == [("2026-11-30", 2, 0), ("2026-12-01", 2, 2)]
    assert figure.stacked and figure.series == 2


def test_suggestion_acceptance_per_suggester(known: Project) -> None:
    figure = compute_statistics(known).figure("suggestions")
    assert figure.columns == ("Suggester", "Accepted", "Corrected", "Rejected", "Pending", "Acceptance")
    assert [tuple(row) for row in figure.rows] == [
        ("model:<tr>", 0, 0, 0, 1, None),  # nothing decided: no acceptance figure, not 0
        ("rules:test", 1, 0, 1, 1, 0.5),
    ]


def test_agreement_over_the_shared_document(known: Project) -> None:
    assert shared_documents(known) == [1]  # only document 1 has alice's and bob's layers
    figure = agreement_figure(known)
    assert figure is not None
    pair, exact, overlap, _kappa, documents = figure.rows[0]
    # alice {KGAÖ ORG, Bişkek GPE}, bob {KGAÖ ORG, Dışişleri ORG}: one exact match of 2 + 2, F1 0.5
    assert (pair, exact, overlap, documents) == ("alice / bob", 0.5, 0.5, 1)
    assert figure.fraction and "Krippendorff α" in figure.note


def test_no_agreement_with_one_layer(tmp_path: Path) -> None:
    with open_project(tmp_path / "one.curator", annotator="alice") as project:
        with project.write() as session:
            services.add_documents(
                session, [services.NewDocument(text=TURKISH, language="tr")], annotator_id=None, source="t"
            )
        tag(project, 1, TURKISH, "KGAÖ", "ORG")
        assert shared_documents(project) == []
        assert agreement_figure(project) is None
        assert compute_statistics(project).figure("suggestions").rows == ()


def test_csv_has_raw_numbers_and_empty_missing_scores(known_file: Project) -> None:
    figure = compute_statistics(known_file).figure("suggestions")
    assert figure_csv(figure) == (
        "Suggester,Accepted,Corrected,Rejected,Pending,Acceptance\nmodel:<tr>,0,0,0,1,\nrules:test,1,0,1,1,0.5\n"
    )
    big = Figure("x", "X", ("Name, with comma", "N"), (('say "hi"', 12345),))
    assert figure_csv(big) == '"Name, with comma",N\n"say ""hi""",12345\n'


def test_html_report_is_xml_with_svg_no_script_and_escaped_names(known_file: Project) -> None:
    known = known_file
    hostile = "<script>alert(1)</script> & co"  # an annotator name as hostile as imported data can be
    with open_project(known.path, annotator=hostile) as other:
        tag(other, 4, "Boş bir belge.", "belge", "MISC")
    page = statistics_html(compute_statistics(known), agreement_figure(known), 'Haber <&> "corpus"')
    assert page.startswith("<!DOCTYPE html>")
    root = ElementTree.fromstring(page.removeprefix("<!DOCTYPE html>\n"))
    svg = "{http://www.w3.org/2000/svg}svg"
    assert len(root.findall(f".//{svg}")) == 6  # five figures and agreement
    assert not [e for e in root.iter() if e.tag.lower().endswith("script")]
    assert "<script" not in page.lower() and "model:&lt;tr&gt;" in page
    assert hostile in [th.text for th in root.iter("th")]  # the per-day column, as plain text
    assert root.find("./head/title").text == 'Haber <&> "corpus" — statistics'


def test_layout_scales_to_round_numbers_and_skips_crowded_names() -> None:
    assert [nice_ceiling(v) for v in (0, 1, 3, 7, 12, 99_999)] == [1.0, 1, 5, 10, 20, 100_000]


@pytest.mark.parametrize(
    ("counts", "ticks"),
    [((1, 4), ["0", "1", "2", "3", "4"]), ((5,), ["0", "2", "4", "6"]), ((0,), ["0", "1"]),
     ((1_234,), ["0", "500", "1,000", "1,500"])],
)  # fmt: skip
def test_count_axes_read_in_whole_round_numbers(counts: tuple[int, ...], ticks: list[str]) -> None:
    figure = Figure(
        "n", "Documents", ("status", "documents"), tuple((f"r{i}", c) for i, c in enumerate(counts))
    )
    assert [tick.text for _y, tick in chart_layout(figure, 600, 300).ticks] == ticks
    days = tuple((f"2026-01-{d:02d}", d) for d in range(1, 31))
    layout = chart_layout(Figure("d", "Days", ("Day", "N"), days), 300, 200)
    assert len(layout.bars) == 30 and len(layout.categories) < 30
    tallest = max(layout.bars, key=lambda bar: bar.height)
    assert tallest.tip == "2026-01-30 · N: 30" and tallest.y >= layout.top
    assert safe_color('red" onload="x') == "#999999" and safe_color("#A1b2C3") == "#A1b2C3"
