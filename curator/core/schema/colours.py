"""Label colours people can tell apart, and the tints the text view derives from them.

The default palette is Okabe–Ito's (Okabe & Ito 2008, "Color Universal Design"): colours chosen to stay
distinct under the common forms of colour blindness. Two are replaced: its yellow #F0E442 by the olive
of Paul Tol's "muted" scheme (made for the same purpose), as the yellow is so light that a suggestion's
tint of it cannot be told from it and deepening it only made it the orange; and its black by grey, as a
span's text must stay readable on its fill. Labels added later cycle it and then the rest of Tol's.

Contrast is WCAG 2.1's: the ratio of relative luminances, (L1 + 0.05) / (L2 + 0.05), from 1 (none) to 21
(black on white). What the view needs from it, and `tests/core/test_colours.py` checks for the default
schema:
- a human span's fill carries the document text at ≥ 4.5:1 (WCAG AA for text);
- the selection stands out from every fill and every suggestion tint at ≥ 3:1 (WCAG's figure for
  non-text contrast), and its text from it at ≥ 7:1;
- a suggestion's tint differs from the same label's human fill at ≥ 1.6:1; a suggestion also has a
  dashed underline and an outlined tag, so colour is never the only cue.
A project keeps the colours it stores; only how light a fill is drawn is derived here, and a stored
colour that already carries the text (every pastel of the old palette) is drawn as it is.
"""

from __future__ import annotations

TEXT = "#111111"  # the document text drawn over every fill
WHITE = "#ffffff"
SELECTION = "#14213d"  # deep navy: darker than any fill, so selected text never looks tagged
SELECTION_TEXT = WHITE
TEXT_ON_FILL = 4.5
SELECTION_AGAINST_FILL = 3.0
SUGGESTION_AGAINST_FILL = 1.6
SUGGESTION_WASH = 0.75  # how far a suggestion's tint goes from the human fill towards white
_TINT_STEP = 0.05

OKABE_ITO = [
    "#e69f00",  # orange
    "#56b4e9",  # sky blue
    "#009e73",  # bluish green
    "#999933",  # Tol's olive in place of the yellow
    "#0072b2",  # blue
    "#cc79a7",  # reddish purple
    "#d55e00",  # vermillion
    "#999999",  # grey in place of black
]
TOL_MUTED = ["#88ccee", "#44aa99", "#117733", "#332288", "#ddcc77", "#cc6677", "#882255", "#aa4499"]
LABEL_PALETTE = OKABE_ITO + TOL_MUTED


def _channels(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    if len(value) != 6:
        raise ValueError(f"{colour!r} is not a #rrggbb colour")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour, 0 (black) to 1 (white)."""
    red, green, blue = (_linear(c) for c in _channels(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2.1 contrast ratio, 1 to 21, whichever colour is the lighter."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def wash(colour: str, amount: float) -> str:
    """`colour` moved `amount` (0 to 1) of the way towards white."""
    return "#{:02x}{:02x}{:02x}".format(*(round(c + (255 - c) * amount) for c in _channels(colour)))


def span_fill(colour: str) -> str:
    """The background of a human span: the label's colour, washed just enough to carry the text at
    `TEXT_ON_FILL` (a dark event-type colour such as #6a040f would otherwise hide its trigger word)."""
    amount = 0.0
    while amount < 1 and contrast_ratio(wash(colour, amount), TEXT) < TEXT_ON_FILL:
        amount += _TINT_STEP
    return wash(colour, min(amount, 1.0))


def suggestion_tint(colour: str) -> str:
    """The background of a suggestion (and of another annotator's read-only span): paler than the
    human fill of the same label, so an untouched proposal never looks accepted."""
    return wash(span_fill(colour), SUGGESTION_WASH)


def text_on(colour: str) -> str:
    """Black or white, whichever reads better on `colour` (palette buttons, tags)."""
    return "#000000" if contrast_ratio(colour, "#000000") >= contrast_ratio(colour, WHITE) else WHITE
