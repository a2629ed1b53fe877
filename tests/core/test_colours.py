"""The default label colours by WCAG 2.1 contrast: text on every fill, the selection against every fill,
a suggestion's tint against the same label's human fill, the tag text; and old projects keep theirs."""

from __future__ import annotations

import colorsys
from itertools import combinations
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlmodel import col

from curator.core import queries
from curator.core.project.setup import open_project
from curator.core.schema import colours
from curator.core.schema.colours import (
    LABEL_PALETTE,
    OKABE_ITO,
    SELECTION,
    SELECTION_TEXT,
    TEXT,
    contrast_ratio,
    relative_luminance,
    span_fill,
    suggestion_tint,
    text_on,
)
from curator.core.schema.defaults import colour_for_new_label, load_default_schema
from curator.core.storage.models import Label

SCHEMA = load_default_schema()
ENTITY_COLOURS = {label.name: label.color for label in SCHEMA.entity_labels}
ALL_COLOURS = ENTITY_COLOURS | {event.name: event.color for event in SCHEMA.event_types}


def test_the_wcag_formula_gives_its_reference_figures() -> None:
    assert relative_luminance("#000000") == 0 and relative_luminance("#ffffff") == pytest.approx(1)
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the usual AA edge
    assert contrast_ratio("#abc", "#aabbcc") == 1
    with pytest.raises(ValueError):
        relative_luminance("#12345")


def test_new_projects_get_the_okabe_ito_palette() -> None:
    assert list(ENTITY_COLOURS.values()) == OKABE_ITO
    assert [colour_for_new_label(i) for i in range(len(LABEL_PALETTE) + 1)] == [*LABEL_PALETTE, OKABE_ITO[0]]
    assert len(set(LABEL_PALETTE)) == len(LABEL_PALETTE)


@pytest.mark.parametrize("name", sorted(ALL_COLOURS))
def test_each_default_label_reads_and_stands_apart(name: str) -> None:
    colour = ALL_COLOURS[name]
    fill, tint = span_fill(colour), suggestion_tint(colour)
    assert contrast_ratio(fill, TEXT) >= colours.TEXT_ON_FILL, "the text on a human span"
    assert contrast_ratio(tint, TEXT) >= colours.TEXT_ON_FILL, "the text on a suggestion"
    assert contrast_ratio(fill, SELECTION) >= colours.SELECTION_AGAINST_FILL, "a span against the selection"
    assert contrast_ratio(tint, SELECTION) >= colours.SELECTION_AGAINST_FILL
    assert contrast_ratio(fill, tint) >= colours.SUGGESTION_AGAINST_FILL, "accepted against suggested"
    assert relative_luminance(tint) > relative_luminance(fill), "a suggestion is the paler one"
    assert contrast_ratio(colour, text_on(colour)) >= 4.5, "the name in the tag (WCAG AA)"


def test_the_selected_text_reads_on_the_selection() -> None:
    assert contrast_ratio(SELECTION, SELECTION_TEXT) >= 7


def _hue(colour: str) -> float | None:
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, _lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    return hue * 360 if saturation > 0.1 else None  # a grey has no hue


def test_no_two_entity_labels_look_alike() -> None:
    """Colour-blind safety is the palette's design (Okabe–Ito); what is checked here is that no two
    fills collapse into one, as the old ORG amber and DATE peach did: they differ in lightness (which
    survives every colour blindness) or clearly in hue, or one is a grey."""
    for (first, a), (second, b) in combinations(ENTITY_COLOURS.items(), 2):
        fill_a, fill_b = span_fill(a), span_fill(b)
        hue_a, hue_b = _hue(fill_a), _hue(fill_b)
        apart = 180.0 if hue_a is None or hue_b is None else min(abs(hue_a - hue_b), 360 - abs(hue_a - hue_b))
        assert contrast_ratio(fill_a, fill_b) >= 1.3 or apart >= 30, (first, second)


def test_a_stored_pastel_is_drawn_as_it_is_and_a_dark_colour_is_washed() -> None:
    assert span_fill("#8ecae6") == "#8ecae6"  # the old PER: an existing project looks as it did
    washed = span_fill("#6a040f")  # the ATTACK event type: black text on it was unreadable
    assert washed != "#6a040f" and contrast_ratio(washed, TEXT) >= colours.TEXT_ON_FILL


def test_an_existing_project_keeps_its_colours(tmp_path: Path) -> None:
    path = tmp_path / "old.curator"
    project = open_project(path, annotator="tester")
    with project.write() as session:
        session.execute(update(Label).where(col(Label.name) == "PER").values(color="#8ecae6"))
    project.close()
    project = open_project(path, annotator="tester")
    try:
        colours_now = {label.name: label.color for label in queries.list_labels(project)}
        assert colours_now["PER"] == "#8ecae6" and colours_now["ORG"] == ENTITY_COLOURS["ORG"]
    finally:
        project.close()
