"""The first window on a 1366×768 or 1280×720 laptop, offscreen with the window sized so:
nothing the facilitator needs is cut off (the Lock button, every member's airtime row in a
group of twelve, the speaker's name), no two buttons overlap, the window is not pushed
larger than the screen, and no button moves when "Nearly done", "Over time" or "Paused"
appears, no panel or button gets less height than it needs. A long quick note grows into
the room there is and never past it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.durations import MINUS
from facilitator_desktop.ui.runner.note_panel import MAX_LINES
from facilitator_desktop.ui.runner.panel import Panel
from facilitator_desktop.ui.runner.panels import SessionPanels
from tests.gui.driving import Launch, click
from tests.gui.laptop_room import (
    LAPTOPS,
    MEMBERS,
    SOFT_LIMIT_MIN,
    Laptop,
    advance,
    assert_buttons_whole_and_apart,
    assert_fully_shown,
    assert_text_fits,
    button_places,
    open_laptop,
    resize,
    settle,
    shown_buttons,
    start_round,
)

K = Qt.Key
LONG_NOTE = 2 * (
    "Night shifts again, and sleep is still hard. Asked whether the group could meet "
    "earlier in winter. Next week: ask how the new rota went, and bring the leaflet about "
    "the sleep clinic. Also check whether the bus times changed. "
)


def assert_room_fits(laptop: Laptop, size: tuple[int, int]) -> None:
    window, runner = laptop.window, laptop.runner
    assert window.size().toTuple() == size, "the window was pushed larger than the screen"
    assert_fully_shown(window.lock_button, "the Lock button")
    assert_fully_shown(runner.header.end_button, "End session")
    bars = runner.airtime_bars.bars()
    assert len(bars) == len(MEMBERS)
    assert_fully_shown(runner.airtime_bars, "the airtime list")
    for row in range(len(bars)):
        inside = runner.airtime_bars.rect().contains(runner.airtime_bars.row_rect(row))
        assert inside, f"airtime row {row + 1} of {len(bars)} is cut off"
    assert runner.airtime_bars.current_row_height() >= runner.airtime_bars.fontMetrics().height()
    speaker = runner.talk_panel.speaker_label
    assert_fully_shown(speaker, "the speaker's name")
    assert_text_fits(speaker, speaker.text(), "the speaker's name")
    assert_fully_shown(runner.note_panel, "the quick note")
    assert_buttons_whole_and_apart(window)
    assert_nothing_squeezed(laptop)


def assert_nothing_squeezed(laptop: Laptop) -> None:
    """Every panel gets at least the height it cannot do without, and every button its
    full height: a layout short of room squeezes below the minimum rather than scroll, and
    the timer panel once got 307 of its 366 pixels at 1280×720, its buttons cut in half."""
    panels = laptop.runner.panels
    assert isinstance(panels, SessionPanels)
    for panel in panels.findChildren(Panel):
        if panel.isVisible():
            least = panel.minimumSizeHint().height()
            title = panel.title_label.text()
            assert panel.height() >= least, (
                f"{type(panel).__name__} {title!r} has {panel.height()} of {least} px"
            )
    for button in shown_buttons(laptop.window):
        least = button.minimumSizeHint().height()
        assert button.height() >= least, (
            f"the button {button.text()!r} has {button.height()} of {least} px"
        )


@pytest.mark.parametrize("size", LAPTOPS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_round_of_twelve_fits_a_laptop(qtbot: QtBot, launch: Launch, size: tuple[int, int]):
    laptop = open_laptop(qtbot, launch, size)
    assert_fully_shown(laptop.window.lock_button, "the Lock button")  # before a session
    assert laptop.window.size().toTuple() == size
    start_round(qtbot, laptop)
    settle(qtbot)
    assert laptop.runner.speaker() == "Anna-Katharina"
    for _ in range(5):  # a few turns: the airtime bars fill
        advance(laptop, 75)
        laptop.runner.press_on_page(K.Key_N)
    settle(qtbot)
    assert_room_fits(laptop, size)


@pytest.mark.parametrize("size", LAPTOPS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_status_texts_never_move_a_button(qtbot: QtBot, launch: Launch, size: tuple[int, int]):
    laptop = open_laptop(qtbot, launch, size)
    start_round(qtbot, laptop)
    runner, window, timer = laptop.runner, laptop.window, laptop.runner.timer_panel
    advance(laptop, 60)
    settle(qtbot)
    assert timer.state_label.text() == ""
    before = button_places(window)
    assert before

    def same_places(moment: str) -> None:
        settle(qtbot)
        now = button_places(window)
        moved = {
            text: (before[key][1], now[key][1] if key in now else None)
            for key, (text, _) in before.items()
            if now.get(key, ("", None))[1] != before[key][1]
        }
        assert not moved, f"buttons moved when {moment}: {moved}"
        assert set(now) == set(before), f"buttons appeared or vanished when {moment}"

    advance(laptop, 15 * 60 - 60 - 100)  # 1:40 left in the check-in
    assert timer.state_label.text() == "Nearly done"
    same_places("“Nearly done” appeared")
    advance(laptop, SOFT_LIMIT_MIN * 60)  # the speaker's cue turns red, the segment runs over
    assert timer.state_label.text() == "Over time"
    assert timer.remaining_label.text().startswith(MINUS)  # the real minus sign
    same_places("“Over time” appeared")
    for text in ("Nearly done", "Over time"):
        assert_text_fits(timer.state_label, text, "the status")
    assert_fully_shown(timer.state_label, "the status")
    click(qtbot, timer.toggle_button)  # pause, with the mouse
    assert timer.state_label.text() == "Paused"
    same_places("“Paused” appeared")
    runner.press_on_page(K.Key_Space)  # and resume by key
    assert timer.state_label.text() == "Over time"
    same_places("the session went on")
    assert_room_fits(laptop, size)


@pytest.mark.parametrize("size", LAPTOPS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_long_quick_note_grows_only_into_the_room_there_is(
    qtbot: QtBot, launch: Launch, size: tuple[int, int]
):
    laptop = open_laptop(qtbot, launch, size)
    start_round(qtbot, laptop)
    box = laptop.runner.note_box
    one_line = box.height()
    laptop.runner.press_on_page(K.Key_Q)
    assert box.hasFocus()
    qtbot.keyClicks(box, LONG_NOTE)
    settle(qtbot)
    assert box.lines() > box.lines_shown() >= 2, "the box did not grow with the text"
    assert box.height() > one_line
    # It took all the room there was: another line would not have fitted.
    view = laptop.runner.panels
    layout = view.layout()
    assert layout is not None
    spare = view.height() - layout.minimumSize().height()
    assert 0 <= spare < box.line_height() or box.lines_shown() == MAX_LINES
    assert box.verticalScrollBar().isVisible()  # the rest scrolls, nothing is lost
    assert box.text() == LONG_NOTE
    assert_room_fits(laptop, size)
    qtbot.keyClick(box, K.Key_Return)
    settle(qtbot)
    assert box.height() == one_line
    assert_room_fits(laptop, size)


def test_the_note_gives_back_its_lines_when_the_airtime_list_needs_them(
    qtbot: QtBot, launch: Launch
):
    """Members arriving while a long note is open: the list keeps every row, the window its
    size; the note scrolls instead."""
    size = LAPTOPS[1]
    laptop = open_laptop(qtbot, launch, size)
    runner = laptop.runner
    runner.press_on_page(K.Key_Space)  # open the session; nobody is marked yet
    live = runner.live
    assert live is not None
    first, *others = laptop.members.values()
    live.mark(first, "present")
    runner.press_on_page(K.Key_Space)
    runner.press_on_page(K.Key_Q)
    qtbot.keyClicks(runner.note_box, LONG_NOTE)
    settle(qtbot)
    grown = runner.note_box.lines_shown()
    for member_id in others:  # late arrivals, one by one
        runner.mark(member_id, "late")  # as a click on "Late" would, the focus kept
        settle(qtbot)
    assert len(runner.airtime_bars.bars()) == len(MEMBERS)
    assert runner.note_box.lines_shown() <= grown
    assert laptop.window.size().toTuple() == size
    assert_fully_shown(runner.airtime_bars, "the airtime list")
    assert_fully_shown(laptop.window.lock_button, "the Lock button")
    assert runner.note_box.text() == LONG_NOTE


@pytest.mark.parametrize("size", LAPTOPS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_open_discussion_of_twelve_fits_a_laptop(
    qtbot: QtBot, launch: Launch, size: tuple[int, int]
):
    laptop = open_laptop(qtbot, launch, size)
    start_round(qtbot, laptop)
    laptop.runner.press_on_page(K.Key_Right)  # open discussion
    for key in (K.Key_3, K.Key_5, K.Key_2):
        laptop.runner.press_on_page(key)
    laptop.runner.press_on_page(K.Key_N)
    advance(laptop, 40)
    resize(qtbot, laptop, size)
    assert_room_fits(laptop, size)
