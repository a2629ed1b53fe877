"""Label tags after spans (View → Label Tags): painted where the span ends, never on top of each other,
never changing the text or its offsets, kept across windows; event roles named when an event is shown."""

from __future__ import annotations

from itertools import combinations

from PySide6.QtGui import QColor, QFont, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication

from curator.core import queries
from curator.core.preferences import load_preferences
from curator.core.schema.colours import SELECTION, TEXT
from curator.core.services import events
from curator.ui.main_window import MainWindow
from curator.ui.preferences_actions import set_theme
from curator.ui.span_tags import Tag, room_width, tag_spans
from tests.ui.conftest import TURKISH


def tag_text(window: MainWindow, surface: str, label: str, occurrence: int = 0) -> tuple[int, int]:
    text = window.text_view.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    window.text_view.select_range(start, start + len(surface))
    window.tag(label, exact=True)
    return start, start + len(surface)


def x_at(window: MainWindow, position: int) -> int:
    """The x of a code-point position in the viewport (the texts here have no surrogate pairs)."""
    cursor = QTextCursor(window.text_view.document())
    cursor.setPosition(position)
    return window.text_view.cursorRect(cursor).left()


def test_a_tag_is_painted_after_its_span_in_the_label_colour(window: MainWindow) -> None:
    assert window.tags_toggle.action.isChecked()  # a new user sees tags
    start, end = tag_text(window, "Bişkek", "GPE")
    boxes = window.text_view.tag_boxes()
    assert [(tag.text, tag.style) for tag, _rect in boxes] == [("GPE", "human")]
    rect = boxes[0][1]
    assert x_at(window, end - 1) < rect.left() < rect.right() <= x_at(window, end)  # in the room after "k"
    assert x_at(window, start) < rect.left()
    image = window.text_view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    inside = image.pixelColor(int((rect.left() + 2) * ratio), int(rect.center().y() * ratio))
    gpe = QColor(window.controller.colors["GPE"])
    assert (
        abs(inside.red() - gpe.red()) + abs(inside.green() - gpe.green()) + abs(inside.blue() - gpe.blue())
        < 40
    )


def test_tags_never_change_the_text_or_its_offsets(window: MainWindow) -> None:
    spans = [tag_text(window, "KGAÖ", "ORG"), tag_text(window, "Dışişleri Bakanları", "TITLE")]
    view = window.text_view
    for shown in (True, False, True):
        view.set_tags_shown(shown)
        assert view.text == TURKISH and view.toPlainText() == TURKISH
        for start, end in [*spans, (0, len(TURKISH)), (3, 9)]:
            view.select_range(start, end)
            assert view.selection() == (start, end)
            assert view.textCursor().selectedText() == TURKISH[start:end]
        stored = queries.list_spans(window.project, window.controller.document.id)
        assert sorted((s.start, s.end) for s in stored) == sorted(spans)
        assert bool(view.tag_boxes()) is shown


def test_tags_of_overlapping_spans_do_not_overlap(window: MainWindow) -> None:
    tag_text(window, "KGAÖ Dışişleri Bakanları", "ORG")
    tag_text(window, "Dışişleri Bakanları", "TITLE")  # ends where ORG ends: one room, side by side
    tag_text(window, "Dışişleri", "MISC")  # ends inside both: a room of its own
    boxes = window.text_view.tag_boxes()
    assert sorted(tag.text for tag, _rect in boxes) == ["MISC", "ORG", "TITLE"]
    by_name = {tag.text: rect for tag, rect in boxes}
    assert by_name["TITLE"].right() < by_name["ORG"].left()  # the inner span's tag first
    for (first, a), (second, b) in combinations(boxes, 2):
        assert not a.intersects(b), (first.text, second.text)


def test_tags_sharing_a_room_fill_it_exactly_without_overlapping() -> None:
    def width(text: str) -> float:
        return 7.0 * len(text)

    tags = [Tag("TITLE", "#cc79a7"), Tag("ORG", "#56b4e9"), Tag("AGENT", "#1d3557", "role")]
    placed = tag_spans(200.0, tags, width)
    room = room_width(tags, width)
    assert placed[0][0] > 200.0 - room and placed[-1][1] < 200.0
    for (_left, right), (next_left, _right) in zip(placed, placed[1:], strict=False):
        assert right < next_left
    assert [right - left for left, right in placed] == [width(t.text) + 6 for t in tags]


def test_the_choice_is_kept_for_the_next_window(qtbot, window: MainWindow) -> None:
    tag_text(window, "Bişkek", "GPE")
    window.tags_toggle.action.setChecked(False)
    assert window.text_view.tag_boxes() == []
    assert load_preferences().preferences.label_tags is False
    again = MainWindow(window.project)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.tags_toggle.action.isChecked() and not again.text_view.tags_shown
    assert again.text_view.tag_boxes() == []
    again.tags_toggle.action.setChecked(True)
    assert [tag.text for tag, _rect in again.text_view.tag_boxes()] == ["GPE"]
    assert load_preferences().preferences.label_tags is True


def test_a_suggestion_has_a_tag_of_its_own_style(window: MainWindow) -> None:
    start = TURKISH.index("Bişkek")
    window.text_view.show_suggestions([(1, start, start + len("Bişkek"), "GPE")])
    assert [(tag.text, tag.style) for tag, _rect in window.text_view.tag_boxes()] == [("GPE", "suggestion")]
    ranges = window.text_view.document().firstBlock().layout().formats()
    (painted,) = [r.format for r in ranges if r.start <= start < r.start + r.length]
    assert painted.foreground().color() == QColor(TEXT)  # dark on its pale tint, on a dark theme too


def test_a_selected_event_names_its_type_and_boxes_its_arguments_with_their_roles(window: MainWindow) -> None:
    document = window.controller.document
    assert document is not None
    person = tag_text(window, "KGAÖ", "ORG")
    trigger = TURKISH.index("toplantısı")
    created = events.create_event(window.project, document.id, "MEETING", trigger=(trigger, trigger + 10))
    (span,) = [s for s in queries.list_spans(window.project, document.id) if (s.start, s.end) == person]
    events.add_argument(window.project, created.event.id, "PARTICIPANT", span_id=span.id)
    window.controller.reload_annotations(document.id)
    view = window.text_view
    assert ("MEETING", "human") in [(tag.text, tag.style) for tag, _rect in view.tag_boxes()]
    window.event_controller.select_event(created.event.id)
    tags = {tag.text: (tag.style, rect) for tag, rect in view.tag_boxes()}
    assert tags["PARTICIPANT"][0] == "role"
    assert tags["ORG"][1].right() < tags["PARTICIPANT"][1].left()  # the label, then the role
    (box,) = [rect for _colour, rect in view.outline_boxes()]
    assert box.left() <= x_at(window, person[0]) and box.right() >= tags["PARTICIPANT"][1].right()
    assert view.text == TURKISH
    window.event_controller.select_event(None)
    assert "PARTICIPANT" not in [tag.text for tag, _rect in view.tag_boxes()] and not view.outline_boxes()


def test_a_bigger_text_font_widens_the_rooms_to_fit(window: MainWindow) -> None:
    start, end = tag_text(window, "Bişkek", "GPE")
    before = window.text_view.tag_boxes()[0][1]
    font = QFont(window.text_view.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)  # as Preferences → text size does
    window.text_view.setFont(font)
    after = window.text_view.tag_boxes()[0][1]
    assert after.width() > before.width() * 1.3
    assert x_at(window, end - 1) < after.left() < after.right() <= x_at(window, end)
    assert window.text_view.text == TURKISH


def test_the_selection_is_navy_on_a_light_page_and_the_theme_s_own_on_a_dark_one(
    qtbot, window: MainWindow
) -> None:
    view = window.text_view

    def selection() -> QColor:
        return view.palette().color(QPalette.ColorRole.Highlight)

    try:
        set_theme("light")
        qtbot.waitUntil(lambda: selection() == QColor(SELECTION))
        set_theme("dark")  # the theme's palette arrives with the next events
        theme = QApplication.palette().color(QPalette.ColorRole.Highlight)
        assert theme != QColor(SELECTION)
        qtbot.waitUntil(lambda: selection() == theme)
    finally:
        set_theme("system")
    qtbot.waitUntil(lambda: selection() == QColor(SELECTION))
