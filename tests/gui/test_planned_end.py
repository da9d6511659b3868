""" "Planned end" on the timer is the group's session length after the start, not only the
sum of the agenda: a 45-minute agenda in a group that meets for 90 minutes ends at 90."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.services.groups import GroupDraft
from tests.gui.driving import Launch
from tests.gui.test_runner_helpers import AGENDA, GROUP, Room, advance, open_room, press

K = Qt.Key
#: The wall clock at session time 0: 18:30 local time.
EVENING = datetime(2025, 3, 6, 18, 30).timestamp()


def started(qtbot: QtBot, launch: Launch, session_minutes: int) -> Room:
    """The group meets for `session_minutes` with its 45-minute agenda; the session has
    started at 18:30."""
    room = open_room(qtbot, launch)
    assert sum(segment.minutes for segment in room.ws.groups.get(room.group_id).agenda) == 45
    room.ws.groups.update(
        room.group_id, GroupDraft(GROUP, default_minutes=session_minutes, agenda=AGENDA)
    )
    clock = room.clock
    room.runner.use_clock(clock, wall=lambda: EVENING + clock())
    press(qtbot, K.Key_Space)  # open
    press(qtbot, K.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: room.runner.attendance()[4].status == "present")
    press(qtbot, K.Key_Space)  # the clock starts
    advance(room, 1)
    return room


def planned_end(room: Room) -> str:
    return room.runner.planned_end()


def test_a_short_agenda_ends_when_the_session_does(qtbot: QtBot, launch: Launch) -> None:
    room = started(qtbot, launch, 90)
    assert planned_end(room) == "Planned end: 20:00"  # 18:30 + 90 minutes, not 19:15
    # +5 minutes uses the time in hand: the end stays.
    room.runner.click_plus_five()
    advance(room, 1)
    assert planned_end(room) == "Planned end: 20:00"


def test_an_agenda_longer_than_the_session_keeps_its_own_end(qtbot: QtBot, launch: Launch) -> None:
    room = started(qtbot, launch, 30)
    assert planned_end(room) == "Planned end: 19:15"  # 45 minutes of agenda, 30 booked


def test_a_pause_moves_the_planned_end(qtbot: QtBot, launch: Launch) -> None:
    room = started(qtbot, launch, 90)
    press(qtbot, K.Key_Space)  # pause
    advance(room, 10 * 60)
    assert planned_end(room) == "Planned end: 20:10"
