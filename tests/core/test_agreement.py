"""Agreement and feedback over real project layers: two annotators tag the same documents differently."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlmodel import col

from curator.core import services
from curator.core.agreement import AgreementCancelled, compute_agreement, feedback
from curator.core.domain import CuratorError
from curator.core.queries import list_documents
from curator.core.services.adjudication import ensure_gold_layer
from curator.core.storage import Project
from curator.core.storage.models import Span
from tests.helpers.engines import ENGINES, open_again, open_on

TURKISH = "KGAÖ Dışişleri Bakanları toplantısı Bişkek'te yapıldı."
KYRGYZ = "Министр Руслан Казакбаев Душанбеде өткөн ЖККУнун кезектеги жыйынына катышты."
LONE = "Moskova ve Ankara görüştü."


@pytest.fixture(params=ENGINES)
def layers(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Project, Project, list[int]]]:
    first = open_on(request, tmp_path, "ayla", "bek", "rita")
    with first.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text=t, title=t[:20], language=lang) for t, lang in
             [(TURKISH, "tr"), (KYRGYZ, "ky"), (LONE, "tr")]],
            annotator_id=first.annotator_id,
            source="test",
        )  # fmt: skip
    ids = [d.id for d in list_documents(first)]
    second = open_again(first, "bek")
    yield first, second, ids
    first.close()
    second.close()


@contextmanager
def gold_writer(ayla: Project) -> Iterator[Project]:
    """Who writes the gold layer. On a file, the layer opened by its name; on a server nobody logs in as
    "gold" (a reserved name): the reviewer rita tags, and her spans are moved into the gold layer, which
    is what adjudication leaves."""
    if not ayla.is_server:
        with open_again(ayla, "gold") as gold:
            yield gold
        return
    with open_again(ayla, "rita") as rita:
        yield rita
        with rita.write() as session:
            gold_id = ensure_gold_layer(session)
            mine = col(Span.annotator_id) == rita.annotator_id
            session.execute(update(Span).where(mine).values(annotator_id=gold_id))


def _tag(project: Project, document_id: int, text: str, part: str, label: str, occurrence: int = 0) -> None:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    services.add_span(project, document_id, start, start + len(part), label)


def test_pairwise_f1_counts_exact_overlap_and_boundary_apart(layers) -> None:
    ayla, bek, (tr, ky, lone) = layers
    _tag(ayla, tr, TURKISH, "KGAÖ", "ORG")
    _tag(ayla, tr, TURKISH, "Bişkek", "GPE")
    _tag(bek, tr, TURKISH, "KGAÖ", "ORG")
    _tag(bek, tr, TURKISH, "Bişkek'te", "GPE")  # a boundary disagreement
    _tag(ayla, ky, KYRGYZ, "ЖККУ", "ORG")
    _tag(bek, ky, KYRGYZ, "ЖККУ", "ORG")
    _tag(bek, ky, KYRGYZ, "Руслан Казакбаев", "PER")  # ayla missed it
    _tag(ayla, lone, LONE, "Moskova", "GPE")  # only ayla: skipped, said so
    report = compute_agreement(ayla)
    assert report.documents == 2
    assert [(s.document_id, s.reason) for s in report.skipped] == [(lone, "only ayla annotated it")]
    (pair,) = report.pairs
    assert (pair.first, pair.second, pair.documents) == ("ayla", "bek", 2)
    assert (pair.spans.first, pair.spans.second, pair.spans.exact, pair.spans.overlap) == (3, 4, 2, 3)
    assert pair.spans.boundary == 1
    assert pair.spans.f1_exact == pytest.approx(4 / 7)
    assert pair.spans.f1_overlap == pytest.approx(6 / 7)
    labels = {row.label: row.spans for row in report.labels}
    assert labels["GPE"].boundary == 1 and labels["GPE"].exact == 0
    assert labels["PER"].first == 0 and labels["PER"].second == 1
    assert pair.kappa is not None and 0 < pair.kappa < 1
    assert report.alpha is not None and report.alpha_unitizing is not None


def test_suffixes_are_judged_apart_from_the_entity(layers) -> None:
    """ "Bişkek" against "Bişkek'te": the token is cut, so the entity part agrees and only "'te" differs."""
    ayla, bek, (tr, _, _) = layers
    _tag(ayla, tr, TURKISH, "Bişkek", "GPE")
    _tag(bek, tr, TURKISH, "Bişkek'te", "GPE")
    report = compute_agreement(ayla)
    (pair,) = report.pairs
    # The tokenizer's 7 tokens plus "Bişkek'te" cut at the suffix: 8 items, one disagreement.
    assert report.tokens == 8
    assert pair.kappa == pytest.approx(1 - (1 / 8) / (1 - ((7 / 8) * (6 / 8) + (1 / 8) * (2 / 8))))


def test_identical_layers_agree_fully_and_label_filter_narrows(layers) -> None:
    ayla, bek, (tr, ky, _) = layers
    for project in (ayla, bek):
        _tag(project, tr, TURKISH, "KGAÖ", "ORG")
        _tag(project, ky, KYRGYZ, "ЖККУ", "ORG")
        _tag(project, ky, KYRGYZ, "Душанбе", "GPE")
    report = compute_agreement(ayla)
    assert report.pairs[0].spans.f1_exact == 1.0
    assert report.pairs[0].kappa == 1.0 and report.fleiss_kappa == 1.0 and report.alpha == 1.0
    assert report.alpha_unitizing == 1.0
    only_gpe = compute_agreement(ayla, label="GPE")
    assert [row.label for row in only_gpe.labels] == ["GPE"]
    assert only_gpe.documents == 2  # both layers are on the Turkish document, which has no GPE
    assert only_gpe.pairs[0].spans.f1_exact == 1.0 and only_gpe.pairs[0].spans.first == 1


def test_no_document_with_two_layers_is_not_comparable(layers) -> None:
    ayla, bek, (tr, ky, _) = layers
    _tag(ayla, tr, TURKISH, "KGAÖ", "ORG")
    _tag(bek, ky, KYRGYZ, "ЖККУ", "ORG")
    report = compute_agreement(ayla)
    assert not report.comparable
    assert report.pairs == [] and report.alpha is None
    assert len(report.skipped) == 2


def test_unknown_annotator_is_refused(layers) -> None:
    with pytest.raises(CuratorError, match="no annotator named 'zed'"):
        compute_agreement(layers[0], ["ayla", "zed"])


def test_event_triggers_and_role_fillers_are_matched_per_type_and_role(layers) -> None:
    ayla, bek, (tr, _, _) = layers
    meeting = TURKISH.index("toplantısı")
    place = TURKISH.index("Bişkek")
    for project, place_end in ((ayla, place + 6), (bek, place + 9)):
        org = services.add_span(project, tr, 0, 4, "ORG").span.id
        span = services.add_span(project, tr, place, place_end, "GPE").span.id
        event = services.create_event(project, tr, "MEETING", trigger=(meeting, meeting + 10)).event.id
        services.add_argument(project, event, "PARTICIPANT", span_id=org)
        services.add_argument(project, event, "PLACE", span_id=span)
    report = compute_agreement(ayla)
    rows = {(row.event_type, row.role): row.counts for row in report.events}
    assert rows[("MEETING", None)].exact == 1 and rows[("MEETING", None)].f1_exact == 1.0
    assert rows[("MEETING", "PARTICIPANT")].f1_exact == 1.0
    assert rows[("MEETING", "PLACE")].exact == 0 and rows[("MEETING", "PLACE")].f1_overlap == 1.0


def test_feedback_lists_disagreements_with_gold_and_a_confusion_table(layers) -> None:
    ayla, _, (tr, ky, _) = layers
    with gold_writer(ayla) as gold:
        _tag(gold, tr, TURKISH, "KGAÖ", "ORG")
        _tag(gold, tr, TURKISH, "Bişkek", "GPE")
        _tag(gold, ky, KYRGYZ, "Руслан Казакбаев", "PER")
        _tag(gold, ky, KYRGYZ, "ЖККУ", "ORG")
    _tag(ayla, tr, TURKISH, "KGAÖ", "ORG")
    _tag(ayla, tr, TURKISH, "Bişkek'te", "GPE")
    _tag(ayla, tr, TURKISH, "Dışişleri", "ORG")
    _tag(ayla, ky, KYRGYZ, "ЖККУ", "GPE")
    result = feedback(ayla, "ayla")
    kinds = [(d.document_id, d.kind, d.gold_label, d.their_label) for d in result.disagreements]
    assert kinds == [
        (tr, "extra", None, "ORG"),
        (tr, "boundary", "GPE", "GPE"),
        (ky, "missed", "PER", None),
        (ky, "label", "ORG", "GPE"),
    ]
    boundary = result.disagreements[1]
    assert TURKISH[boundary.start : boundary.end] == "Bişkek'te"
    assert result.confusion == {
        ("ORG", "ORG"): 1, ("GPE", "GPE"): 1, ("extra", "ORG"): 1, ("PER", "missed"): 1, ("ORG", "GPE"): 1,
    }  # fmt: skip
    assert result.documents == 2 and result.agreed == 1


def test_feedback_without_a_gold_layer_says_so(layers) -> None:
    with pytest.raises(CuratorError, match="no 'gold' layer yet"):
        feedback(layers[0], "ayla")


def test_cancelling_between_stages_stops_the_computation(layers) -> None:
    ayla, bek, (tr, _, _) = layers
    _tag(ayla, tr, TURKISH, "KGAÖ", "ORG")
    _tag(bek, tr, TURKISH, "KGAÖ", "ORG")
    with pytest.raises(AgreementCancelled):
        compute_agreement(ayla, is_cancelled=lambda: True)


def test_label_filter_keeps_a_layer_that_tagged_only_other_labels(layers) -> None:
    ayla, bek, (tr, _, _) = layers
    _tag(ayla, tr, TURKISH, "Bişkek", "GPE")
    _tag(bek, tr, TURKISH, "KGAÖ", "ORG")
    (pair,) = compute_agreement(ayla, label="GPE").pairs
    assert (pair.spans.first, pair.spans.second, pair.spans.f1_exact) == (1, 0, 0.0)


@pytest.fixture(params=ENGINES)
def trio(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[dict[str, Project]]:
    """Three annotators a, b and c, each with the one project open."""
    first = open_on(request, tmp_path, "a", "b", "c")
    projects = {"a": first, "b": open_again(first, "b"), "c": open_again(first, "c")}
    yield projects
    for project in projects.values():
        project.close()


def test_report_matches_nltk_and_krippendorff_on_generated_layers(trio: dict[str, Project]) -> None:
    """Three annotators copy a hidden annotation with noise; the report's κ, Fleiss κ and α equal NLTK's
    and the krippendorff package's on token labels rebuilt by the exporters' own alignment code."""
    import random

    import krippendorff
    import numpy
    from nltk.metrics.agreement import AnnotationTask

    from curator.core.exporters.alignment import align_tokens
    from curator.core.text.tokenization import TokenizerCache

    rng = random.Random(5)
    words = ["Bişkek'te", "KGAÖ", "toplantı", "ЖККУнун", "Ankara", "ve", "Moskova'da", "görüştü", "bakan"]
    texts = [" ".join(rng.choice(words) for _ in range(12)) + "." for _ in range(12)]
    names = ["a", "b", "c"]
    projects = trio
    with projects["a"].write() as session:
        services.add_documents(
            session, [services.NewDocument(text=t, title="g", language="tr") for t in texts],
            annotator_id=projects["a"].annotator_id, source="test",
        )  # fmt: skip
    layers: dict[tuple[int, str], list[tuple[int, int, str]]] = {}
    for document_id, text in enumerate(texts, 1):
        starts = [i for i in range(len(text)) if i == 0 or text[i - 1] == " "]
        stems = {s: text[s:].split(" ")[0].split("'")[0].rstrip(".") for s in starts}  # "Bişkek'te": "Bişkek"
        truth = [(s, s + len(stems[s]), rng.choice(["GPE", "ORG"])) for s in rng.sample(starts, 4)]
        for name in names:
            for start, end, label in truth:
                draw = rng.random()
                if draw < 0.15:
                    continue
                if draw < 0.3:
                    label = "PER"
                services.add_span(projects[name], document_id, start, end, label)
                layers.setdefault((document_id, name), []).append((start, end, label))
    report = compute_agreement(projects["a"], names)
    cache = TokenizerCache()
    rows: list[tuple[str, str, str]] = []
    columns: list[list[float]] = [[], [], []]
    categories = {"O": 0.0, "GPE": 1.0, "ORG": 2.0, "PER": 3.0}
    for document_id, text in enumerate(texts, 1):
        every = sorted({s for name in names for s in layers.get((document_id, name), [])})
        alignment = align_tokens(text, cache.tokenize("tr", [text])[0], [(s, e, "X") for s, e, _ in every])
        for column, name in enumerate(names):
            tags = ["O"] * len(alignment.starts)
            for start, end, label in layers.get((document_id, name), []):
                first = alignment.starts.index(start)
                last = alignment.ends.index(end)
                tags[first : last + 1] = [label] * (last + 1 - first)
            for index, tag in enumerate(tags):
                rows.append((name, f"{document_id}:{index}", tag))
                columns[column].append(categories[tag])
    assert report.tokens == len(columns[0])
    for pair in report.pairs:
        task = AnnotationTask([row for row in rows if row[0] in (pair.first, pair.second)])
        assert pair.kappa == pytest.approx(task.kappa(), abs=1e-9)
    assert report.fleiss_kappa == pytest.approx(AnnotationTask(rows).pi(), abs=1e-9)
    expected = krippendorff.alpha(reliability_data=numpy.array(columns), level_of_measurement="nominal")
    assert report.alpha == pytest.approx(expected, abs=1e-9)
