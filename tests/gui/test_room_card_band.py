"""A rule card on the room display is a band, not a takeover: the remaining time keeps at
least 15 % of the display's height (measured on the painted digits), who speaks and who is
next stay in view, and the card's own text is never cut off, at the sizes a room meets."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.ui.room_display import (
    CARD_TIME_SHARE,
    STATUS_COLOURS,
    RoomCard,
    RoomDisplay,
    RoomFrame,
)

SIZES = [(1366, 768), (1920, 1080), (1280, 720), (1024, 768), (800, 600)]
SHORT = RoomCard("The right to pass", "Anyone may pass in a round, no reason needed.")
TYPICAL = RoomCard(
    "What's said here stays here",
    "What anyone shares in this room stays in this room, and we never tell others who was here.",
    "People can only open up when they trust that their story will not travel. Keeping "
    "each other's privacy is what makes this a safe place.",
)
LONG = RoomCard(
    "One voice at a time, and nobody is interrupted or talked over, whatever is said",
    "One person speaks at a time; everyone else listens without interrupting, without "
    "side conversations, without advice nobody asked for, and without judging what they "
    "hear, so that each person who speaks can say what they came to say in their own words "
    "and at their own pace, and knows that the group is listening.",
    "Being heard all the way to the end is why people come back. When two talk at once, "
    "both are only half heard, and the quieter members stop trying.",
)
FRAME = RoomFrame(
    segment="Open discussion",
    remaining="\u221212:34",  # a wide time: overtime, with its minus sign
    status="overtime",
    speaker="Chloé",
    next_up="Björk",
)


def shown(qtbot: QtBot, size: tuple[int, int], frame: RoomFrame) -> RoomDisplay:
    display = RoomDisplay()
    qtbot.addWidget(display)
    display.show()
    qtbot.waitExposed(display)
    display.resize(*size)
    display.show_frame(frame)
    settle(display)
    return display


def settle(display: RoomDisplay) -> None:
    for _ in range(3):
        QApplication.processEvents()
    layout = display.layout()
    assert layout is not None
    layout.activate()
    QApplication.processEvents()


def rect_in(display: RoomDisplay, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(display, widget.rect().topLeft()), widget.size())


def ink_rows(image: QImage, area: QRect, colour: QColor) -> int:
    """How many pixel rows of `area` hold a pixel of (nearly) `colour`: the painted height."""
    rows = 0
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1, 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red()) < 40
                and abs(pixel.green() - colour.green()) < 40
                and abs(pixel.blue() - colour.blue()) < 40
            ):
                rows += 1
                break
    return rows


def not_cut_off(label: QLabel) -> bool:
    """A label shows all its text: it is as tall as its text needs at its width."""
    needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
    return label.height() + 1 >= needed


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("card", [SHORT, TYPICAL, LONG], ids=["short", "typical", "long"])
def test_a_card_is_a_band_between_the_time_and_the_speakers(
    qtbot: QtBot, size: tuple[int, int], card: RoomCard
) -> None:
    display = shown(qtbot, size, FRAME)
    without_card = display.time_label.font().pixelSize()
    display.show_frame(replace(FRAME, card=card))
    settle(display)
    width, height = size
    window = QRect(0, 0, width, height)

    time_rect = rect_in(display, display.time_label)
    card_rect = rect_in(display, display.card_box)
    speakers = rect_in(display, display.speaker_box)
    assert display.card_box.isVisibleTo(display)
    assert display.speaker_box.isVisibleTo(display)
    assert display.speaker_label.text() == "Chloé" and display.next_label.text() == "Björk"
    # In that order, none on another, all inside the window.
    for rect in (time_rect, card_rect, speakers):
        assert window.contains(rect), (rect, window)
    assert time_rect.bottom() < card_rect.top()
    assert card_rect.bottom() < speakers.top()

    # The time's digits, as painted, keep at least 15 % of the height; smaller than without a
    # card, still the largest type on the screen.
    image = display.grab().toImage()
    painted = ink_rows(image, time_rect, QColor(STATUS_COLOURS["overtime"]))
    assert painted >= CARD_TIME_SHARE * height, (painted, height)
    time_pixels = display.time_label.font().pixelSize()
    assert time_pixels < without_card
    for label in (display.card_title, display.card_statement, display.speaker_label):
        assert label.font().pixelSize() < time_pixels

    # Who speaks is readable (type scales with the height, or the width of a 4:3 window), and
    # no line of the card is cut off.
    unit = min(height, width * 9 / 16)
    for label in (display.speaker_label, display.next_label, display.speaker_caption):
        assert not_cut_off(label) and label.font().pixelSize() >= 0.03 * unit
    for label in (display.card_title, display.card_statement, display.card_why):
        if label.isVisibleTo(display):
            assert not_cut_off(label), (label.text(), label.height())
            assert window.contains(rect_in(display, label))
    # A card sentence is still type for a room: at least 2.8 % of the height.
    assert display.card_statement.font().pixelSize() >= 0.028 * height - 1


def test_a_short_card_gets_larger_type_than_a_long_one(qtbot: QtBot) -> None:
    display = shown(qtbot, (1366, 768), replace(FRAME, card=SHORT))
    short = display.card_statement.font().pixelSize()
    display.show_frame(replace(FRAME, card=LONG))
    settle(display)
    assert display.card_statement.font().pixelSize() < short


def test_the_why_shows_where_there_is_room_and_gives_way_where_there_is_not(
    qtbot: QtBot,
) -> None:
    display = shown(qtbot, (1920, 1080), replace(FRAME, card=TYPICAL))
    assert display.card_why.isVisibleTo(display) and not_cut_off(display.card_why)
    # The long card on a small screen: the rule itself keeps the room, the why goes.
    display.show_frame(replace(FRAME, card=LONG))
    display.resize(800, 600)
    settle(display)
    assert not display.card_why.isVisibleTo(display)
    assert not_cut_off(display.card_statement)
    # Back on a large screen with a short card, a why shows again.
    display.show_frame(replace(FRAME, card=TYPICAL))
    display.resize(1920, 1080)
    settle(display)
    assert display.card_why.isVisibleTo(display)


def test_the_card_gets_the_speakers_room_when_nobody_speaks(qtbot: QtBot) -> None:
    frame = replace(FRAME, card=LONG)
    display = shown(qtbot, (1280, 720), frame)
    with_speakers = display.card_box.height()
    display.show_frame(replace(frame, speaker="", next_up=""))
    settle(display)
    assert not display.speaker_box.isVisibleTo(display)
    assert display.card_box.height() > with_speakers
    assert not_cut_off(display.card_statement)


def test_hiding_the_card_gives_the_timer_its_full_size_back(qtbot: QtBot) -> None:
    display = shown(qtbot, (1920, 1080), FRAME)
    full = display.time_label.font().pixelSize()
    display.show_frame(replace(FRAME, card=TYPICAL))
    settle(display)
    display.show_frame(FRAME)
    settle(display)
    assert display.time_label.font().pixelSize() == full
    assert not display.card_box.isVisibleTo(display)
    assert display.speaker_box.isVisibleTo(display)


def test_a_paused_session_with_a_card_still_fits(qtbot: QtBot) -> None:
    frame = replace(FRAME, state="Paused", card=LONG)
    display = shown(qtbot, (1280, 720), frame)
    state = rect_in(display, display.state_label)
    card = rect_in(display, display.card_box)
    assert display.state_label.isVisibleTo(display) and state.bottom() < card.top()
    assert not_cut_off(display.card_statement)
    assert rect_in(display, display.speaker_box).bottom() < 720
