"""The session speaks: what a screen reader reads of the timers and the airtime, and what
it is told while the session runs, captured as Qt posts it (tests/gui/a11y_events.py).

The page's own timer is replaced by a fake clock and `tick()` calls, five a second as the
page's 200 ms timer would make them.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.models import Setting as SettingRow
from facilitator_desktop.services.settings import ANNOUNCEMENTS
from facilitator_desktop.ui.runner.airtime_bars import AirtimeBars, Bar
from facilitator_desktop.ui.runner.room_voice import RoomVoice
from tests.gui.a11y_events import captured_events
from tests.gui.driving import Launch
from tests.gui.test_runner_helpers import Room, open_room, press

K = Qt.Key
Text = QAccessible.Text
Role = QAccessible.Role
EVENT = QAccessible.Event


def interface(widget: QWidget) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None and found.isValid()
    return found


def name(widget: QWidget) -> str:
    return str(interface(widget).text(Text.Name))


def run(room: Room, seconds: float) -> None:
    """`seconds` of the room at the page's pace: a tick every 200 ms."""
    for _ in range(round(seconds * 5)):
        room.clock.advance(0.2)
        room.runner.tick()


def start_with_everyone_here(qtbot: QtBot, room: Room) -> None:
    press(qtbot, K.Key_Space)  # today's session opens
    room.runner.click_all_present()
    press(qtbot, K.Key_Space)  # the clock starts


@pytest.fixture
def room(qtbot: QtBot, launch: Launch) -> Room:
    return open_room(qtbot, launch)


def test_the_times_read_as_the_text_they_show(qtbot: QtBot, room: Room) -> None:
    start_with_everyone_here(qtbot, room)
    press(qtbot, K.Key_1)  # Anna starts the round
    run(room, 95)
    timer, talk = room.runner.timer_panel, room.runner.talk_panel
    for widget in (timer.remaining_label, timer.elapsed_label, talk.speaking_label):
        found = interface(widget)
        assert found.role() == Role.StaticText  # text, not an empty "filler"
    assert name(timer.remaining_label) == timer.remaining_label.text() == "08:25"
    assert name(timer.elapsed_label) == timer.elapsed_label.text()
    assert "01:35" in name(timer.elapsed_label)
    assert name(talk.speaking_label) == "01:35"
    # What each one is, for the listener who lands on a bare time.
    assert "Time left" in interface(timer.remaining_label).text(Text.Description)
    assert "Speaking time" in interface(talk.speaking_label).text(Text.Description)
    # It reads the time of the moment it is asked, not the time it was first asked.
    run(room, 5)
    assert name(timer.remaining_label) == "08:20"
    assert name(talk.speaking_label) == "01:40"


def test_the_room_displays_texts_read_as_shown(qtbot: QtBot, room: Room) -> None:
    start_with_everyone_here(qtbot, room)
    press(qtbot, K.Key_1)
    press(qtbot, K.Key_F11)
    run(room, 30)
    display = room.runner.room_display()
    assert interface(display.time_label).role() == Role.StaticText
    assert name(display.time_label) == display.time_label.text() == "09:30"
    for label in (display.segment_label, display.speaker_label, display.next_label):
        assert interface(label).role() == Role.StaticText
    assert name(display.segment_label) == "Check-in"
    assert name(display.speaker_label) == "Anna"
    assert name(display.next_label) == "Bo"


def test_nobody_speaking_reads_as_words_not_an_empty_time(qtbot: QtBot, room: Room) -> None:
    start_with_everyone_here(qtbot, room)
    speaking = room.runner.talk_panel.speaking_label
    assert speaking.text() == ""
    assert name(speaking) == "Speaking time"  # what it is, rather than nothing


def test_a_running_minute_tells_assistive_technology_of_changes_once_not_each_second(
    qtbot: QtBot, room: Room
) -> None:
    start_with_everyone_here(qtbot, room)
    press(qtbot, K.Key_1)
    run(room, 10)  # everything a turn's start changes has been painted
    airtime = room.runner.airtime_bars
    with captured_events() as events:
        run(room, 60)
    # The airtime's summary moves to the minute: one change in a minute of speaking.
    assert len(events.of(airtime, EVENT.DescriptionChanged)) == 1
    # Nothing on the page changes its words every second.
    by_source: dict[int, int] = {}
    for posted in events.changes():
        by_source[id(posted.source)] = by_source.get(id(posted.source), 0) + 1
    assert max(by_source.values(), default=0) <= 2, [
        (p.kind, type(p.source).__name__, p.source and p.source.objectName())
        for p in events.changes()
    ]
    assert len(events.changes()) <= 6
    # And the minute said nothing aloud (no speaker, segment or warning changed).
    assert events.announcements() == []


def test_the_session_announces_speakers_warnings_and_segments(qtbot: QtBot, room: Room) -> None:
    start_with_everyone_here(qtbot, room)
    with captured_events() as events:
        press(qtbot, K.Key_1)
        assert events.announcements() == [("Anna speaking now", "polite")]
        events.clear()
        run(room, 8 * 60 - 1)  # to "02:01" of a 10-minute check-in
        press(qtbot, K.Key_N)
        assert events.announcements() == [("Bo speaking now", "polite")]
        events.clear()
        run(room, 1)
        said = events.announcements()
        assert len(said) == 1 and said[0][0].startswith("Nearly done") and "2" in said[0][0]
        assert said[0][1] == "polite"
        events.clear()
        run(room, 120.4)  # past "00:00"
        assert events.announcements() == [("Over time", "assertive")]
        events.clear()
        run(room, 60)
        assert events.announcements() == []  # overtime goes on without a word more
        press(qtbot, K.Key_Right)  # to the open discussion
        said = events.announcements()
        assert len(said) == 1 and said[0][0].startswith("Sharing, 30")
        assert said[0][1] == "polite"
    announcer = room.runner.timer_panel
    assert all(p.source is announcer for p in events.posted if p.kind == EVENT.Announcement)


def test_each_minute_left_only_when_the_facilitator_asks_for_it(qtbot: QtBot, room: Room) -> None:
    start_with_everyone_here(qtbot, room)
    with captured_events() as events:
        run(room, 60)
        assert events.announcements() == []  # the default: key moments only
        room.ws.settings.set(ANNOUNCEMENTS, "minutes")
        run(room, 60)
        said = [text for text, _ in events.announcements()]
        assert len(said) == 1 and said[0].startswith("8 ")  # "8 minutes left"
        events.clear()
        room.ws.settings.set(ANNOUNCEMENTS, "off")
        run(room, 10 * 60)
        press(qtbot, K.Key_Right)
        assert events.announcements() == []  # off: nothing at all


def test_a_locked_workspace_says_the_speakers_number_never_their_name(
    qtbot: QtBot, room: Room
) -> None:
    start_with_everyone_here(qtbot, room)
    press(qtbot, K.Key_1)
    run(room, 5)
    room.page.workspace_locked()
    with captured_events() as events:
        room.runner.actions.next_speaker()
        room.runner.tick()
    assert events.announcements() == [("Member 2 speaking now", "polite")]
    assert not any("Bo" in text for text, _ in events.announcements())


def test_a_resumed_or_reopened_session_says_nothing_for_what_it_finds(
    qtbot: QtBot, room: Room
) -> None:
    start_with_everyone_here(qtbot, room)
    press(qtbot, K.Key_1)
    run(room, 9 * 60)  # nearly done, already said
    voice = room.page.voice
    assert isinstance(voice, RoomVoice)
    with captured_events() as events:
        voice.session_changed()  # as when the page resumes a session
        run(room, 1)
    assert events.announcements() == []


def test_airtime_is_a_list_with_one_item_per_member(qtbot: QtBot, room: Room) -> None:
    start_with_everyone_here(qtbot, room)
    press(qtbot, K.Key_1)
    run(room, 95)
    press(qtbot, K.Key_N)
    run(room, 30)
    airtime = room.runner.airtime_bars
    found = interface(airtime)
    assert found.role() == Role.List
    assert found.childCount() == 5
    items = [found.child(i) for i in range(found.childCount())]
    assert all(item.role() == Role.ListItem for item in items)
    first = items[0].text(Text.Name)
    assert first.startswith("Anna, 1 minute") and "35" in first and "76 percent" in first
    second = items[1].text(Text.Name)
    assert second.startswith("Bo, 30 seconds") and second.endswith("speaking now")
    assert items[2].text(Text.Name).startswith("Chidi, 0 seconds, 0 percent")
    assert found.indexOfChild(items[3]) == 3 and items[3].parent().role() == Role.List
    # Each item sits where its row is painted.
    top_left = airtime.mapToGlobal(airtime.row_rect(1).topLeft())
    assert items[1].rect().topLeft() == top_left


def test_airtime_is_one_tab_stop_whose_rows_the_arrows_walk(qtbot: QtBot, room: Room) -> None:
    start_with_everyone_here(qtbot, room)
    press(qtbot, K.Key_1)
    run(room, 20)
    airtime = room.runner.airtime_bars
    assert airtime.focusPolicy() & Qt.FocusPolicy.TabFocus
    with captured_events() as events:
        airtime.setFocus(Qt.FocusReason.TabFocusReason)
        assert airtime.hasFocus() and airtime.current_row() == 0
        qtbot.keyClick(airtime, K.Key_Down)
        qtbot.keyClick(airtime, K.Key_Down)
        assert airtime.current_row() == 2
        qtbot.keyClick(airtime, K.Key_End)
        assert airtime.current_row() == 4
        qtbot.keyClick(airtime, K.Key_Down)  # the last row stays the last
        assert airtime.current_row() == 4
        qtbot.keyClick(airtime, K.Key_Home)
        qtbot.keyClick(airtime, K.Key_Up)
        assert airtime.current_row() == 0
    found = interface(airtime)
    focus = found.focusChild()
    assert focus is not None and focus.text(Text.Name).startswith("Anna")
    assert focus.state().focused and not found.child(1).state().focused
    # Each move told the reader which row it is on (the row's own interface, no object).
    moves = [p for p in events.posted if p.kind == EVENT.Focus and p.source is None]
    assert len(moves) >= 5
    # The room's keys still act while the list has the focus.
    press(qtbot, K.Key_N)
    assert room.runner.speaker() == "Bo"


def test_settings_choose_what_a_session_announces_by_keyboard(
    qtbot: QtBot, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = room.window.open_settings()
    combo = dialog.announcements.level
    assert combo.currentData() == "moments"  # polite key moments by default
    assert combo.accessibleName()
    combo.setFocus()
    qtbot.keyClick(combo, K.Key_Down)
    assert room.ws.settings.get(ANNOUNCEMENTS) == "minutes"
    qtbot.keyClick(combo, K.Key_Home)
    assert room.ws.settings.get(ANNOUNCEMENTS) == "off"

    # A refused write says why, and the box shows what is still stored.
    def full_disk(_setting: object, _value: object) -> None:
        raise FacilitatorError("The disk is full.")

    monkeypatch.setattr(room.ws.settings, "set", full_disk)
    qtbot.keyClick(combo, K.Key_End)
    assert dialog.announcements.error.isVisibleTo(dialog)
    assert dialog.announcements.error.text() == "The disk is full."
    assert combo.currentData() == "off"
    monkeypatch.undo()
    qtbot.keyClick(combo, K.Key_End)
    assert room.ws.settings.get(ANNOUNCEMENTS) == "minutes"
    assert not dialog.announcements.error.isVisibleTo(dialog)
    dialog.close()
    reopened = room.window.open_settings()
    assert reopened.announcements.level.currentData() == "minutes"
    reopened.close()


def test_a_stored_level_edited_by_hand_reads_as_the_default(qtbot: QtBot, room: Room) -> None:
    with room.ws.context.sessions.begin() as s:
        s.merge(SettingRow(key=ANNOUNCEMENTS.key, value="shout everything"))
    assert room.ws.settings.get(ANNOUNCEMENTS) == "moments"
    start_with_everyone_here(qtbot, room)
    with captured_events() as events:
        press(qtbot, K.Key_1)
    assert events.announcements() == [("Anna speaking now", "polite")]


def cells(view: QWidget) -> list[QAccessibleInterface]:
    """The attendance list's cells, as assistive technology walks them."""
    table = interface(view)
    found = [table.child(i) for i in range(table.childCount())]
    return [c for c in found if c is not None and c.role() == Role.Cell]


def row_of(view: QWidget, alias: str) -> list[QAccessibleInterface]:
    """A member's status cells."""
    wanted = f"Attendance of {alias}: one choice of 5"
    return [c for c in cells(view) if c.text(Text.Description) == wanted]


def test_attendance_rows_say_their_choice_and_who_speaks_in_words(qtbot: QtBot, room: Room) -> None:
    press(qtbot, K.Key_Space)
    runner = room.runner
    runner.click_attendance(room.members["Anna"], "present")
    runner.click_attendance(room.members["Bo"], "late")
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_1)  # Anna speaks, Bo is next
    view = runner.attendance_list
    read = [c.text(Text.Name) for c in cells(view)]
    assert "Anna, here, speaking now" in read  # not only "▶"
    assert "Bo, late, up next" in read
    assert "Emil, not marked yet" in read
    assert "Number 1" in read
    # Each status cell: checkable, and checked only for the one chosen (a radio group).
    anna = row_of(view, "Anna")
    assert len(anna) == 5
    assert all(c.state().checkable for c in anna)
    assert [c.text(Text.Name) for c in anna if c.state().checked] == ["Here: chosen"]
    emil = row_of(view, "Emil")
    assert len(emil) == 5 and not any(c.state().checked for c in emil)
    bo_late = [c.text(Text.Name) for c in row_of(view, "Bo") if c.state().checked]
    assert len(bo_late) == 1 and bo_late[0].startswith("Late: chosen · ")  # and when
    # A click still marks (and only marks): the check state is for reading, not toggling.
    runner.click_attendance(room.members["Emil"], "excused")
    assert runner.attendance_row(room.members["Emil"]).status == "excused"
    runner.click_attendance(room.members["Emil"], "excused")
    assert runner.attendance_row(room.members["Emil"]).status == "excused"
    emil = row_of(view, "Emil")
    assert [c.text(Text.Name) for c in emil if c.state().checked] == ["Excused: chosen"]


def test_airtime_rows_leave_the_registry_with_their_list(qtbot: QtBot) -> None:
    """A screen reader keeps the ids of the items it was shown: once the list is gone, an
    id must lead nowhere (never to an item whose list was deleted), and rows that went away
    read as invalid, not as someone else's airtime."""
    holder = QWidget()
    bars = AirtimeBars(holder)
    bars.set_bars([Bar(f"M{i}", "00:03 · 10%", 0.1, seconds=3.0) for i in range(4)])
    found = interface(bars)
    ids = [QAccessible.uniqueId(found.child(i)) for i in range(4)]
    bars.set_bars([Bar("Solo", "00:09 · 100%", 1.0, seconds=9.0)])
    gone = QAccessible.accessibleInterface(ids[2])
    assert gone is not None and not gone.isValid() and gone.text(Text.Name) == ""
    assert QAccessible.accessibleInterface(ids[0]).text(Text.Name).startswith("Solo")
    del found, gone
    shiboken6.delete(holder)
    assert [QAccessible.accessibleInterface(i) for i in ids] == [None] * 4
