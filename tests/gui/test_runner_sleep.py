"""A laptop that sleeps mid-session, through the real window, on both kinds of system (a
monotonic clock that stops in a sleep, as on Linux and macOS, and one that counts it, as
Windows' may): the runner says how long it slept and asks whether the time counts; the
answer decides the session clock, the speaker's airtime and the planned end, the same way
on both. Fake clocks only: the monotonic one and one that counts sleep."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.ui.runner.sleep_question import SleepQuestion, sleep_duration
from tests.gui.driving import Launch, click, unlock
from tests.gui.test_runner_helpers import Room, click_attendance, open_room, press

K = Qt.Key
FOURTEEN_MINUTES = 14 * 60
QUESTION = "The laptop slept for 14 minutes. Count it as session time?"
SYSTEMS = pytest.mark.parametrize("counts_sleep", [False, True], ids=["linux-macos", "windows"])


class Laptop:
    """The room on a laptop whose clocks the test moves: `awake` as time passes with the
    app looking five times a second, `sleep` as the lid closes and opens again."""

    def __init__(self, room: Room, counts_sleep: bool) -> None:
        self.room = room
        self.counts_sleep = counts_sleep
        self.monotonic = FakeClock(5_000.0)
        # Counts sleep; also the wall clock here (it is one, where there is no boot clock).
        self.boot = FakeClock(datetime(2026, 5, 4, 18, 0).timestamp())
        room.runner.use_clock(
            self.monotonic,
            wall=self.boot,
            suspend_aware=self.boot,
            monotonic_counts_sleep=counts_sleep,
        )

    def awake(self, seconds: float) -> None:
        for _ in range(round(seconds * 5)):
            self.monotonic.advance(0.2)
            self.boot.advance(0.2)
            self.room.runner.tick()

    def sleep(self, seconds: float) -> None:
        if self.counts_sleep:
            self.monotonic.advance(seconds)
        self.boot.advance(seconds)
        self.room.runner.tick()  # the first repaint after waking


def a_round_with_anna_speaking(qtbot: QtBot, launch: Launch, counts_sleep: bool) -> Laptop:
    room = open_room(qtbot, launch)
    laptop = Laptop(room, counts_sleep)
    press(qtbot, K.Key_Space)
    click_attendance(qtbot, room, "Anna", "present")
    click_attendance(qtbot, room, "Bo", "present")
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_1)  # Anna speaks
    laptop.awake(60)
    return laptop


def question(room: Room) -> SleepQuestion:
    asked = room.runner.sleep_question
    assert asked is not None and asked.isVisible(), "the runner did not ask"
    return asked


def airtime(room: Room) -> dict[str, str]:
    return {bar.label: bar.value for bar in room.runner.airtime()}


@SYSTEMS
def test_counted_the_clock_moves_on_and_the_turn_ends_when_the_laptop_slept(
    qtbot: QtBot, launch: Launch, counts_sleep: bool
) -> None:
    laptop = a_round_with_anna_speaking(qtbot, launch, counts_sleep)
    room, runner = laptop.room, laptop.room.runner
    assert runner.speaking() == "01:00"
    assert airtime(room)["Anna"] == "01:00 · 100%"
    planned_end = runner.planned_end()

    laptop.sleep(FOURTEEN_MINUTES)
    asked = question(room)
    assert asked.text() == QUESTION
    # While it asks, the clock reads as if the laptop had not slept, on every system.
    assert runner.remaining() == "09:00"
    assert runner.speaking() == "01:00"
    press(qtbot, K.Key_N)  # the room's keys wait for the answer
    runner.actions.next_speaker()  # as the room display's keys would, past the question
    assert runner.speaker() == "Anna"
    assert room.window.statusBar().currentMessage() == (
        "First say whether the laptop's sleep counts as session time."
    )
    assert runner.sleep_question is asked and asked.isVisible()
    laptop.awake(3)

    click(qtbot, asked.count_button)
    assert not asked.isVisible()
    # Session time jumped by the sleep; Anna's turn ended when the laptop went to sleep.
    assert runner.remaining() == "\u221205:03"  # 10 minutes planned, 15:03 gone
    assert runner.speaking() == ""
    assert runner.speaker_caption() == "Nobody is speaking"
    assert airtime(room)["Anna"] == "01:00 · 100%"
    assert runner.planned_end() == planned_end  # the room lost that time
    assert (
        room.window.statusBar()
        .currentMessage()
        .startswith("Counted as session time: 14 minutes of sleep.")
    )
    live = runner.session()
    assert live.unsaved == 0
    with room.ws.engine.connect() as conn:
        stored = conn.exec_driver_sql(
            "SELECT kind FROM session_events WHERE session_id = ? ORDER BY seq",
            (live.session_id,),
        ).scalars()
        assert list(stored)[-2:] == ["turn_ended", "laptop_slept"]
    press(qtbot, K.Key_N)  # the keys act again: Bo is next
    assert runner.speaker() == "Bo"


@SYSTEMS
def test_not_counted_the_clock_goes_on_from_where_it_stopped(
    qtbot: QtBot, launch: Launch, counts_sleep: bool
) -> None:
    laptop = a_round_with_anna_speaking(qtbot, launch, counts_sleep)
    room, runner = laptop.room, laptop.room.runner
    planned_end = runner.planned_end()
    laptop.sleep(FOURTEEN_MINUTES)
    asked = question(room)
    laptop.awake(3)

    click(qtbot, asked.skip_button)
    assert runner.remaining() == "08:57"
    assert runner.speaker() == "Anna"
    assert runner.speaking() == "01:03"  # never the sleep
    laptop.awake(10)
    assert airtime(room)["Anna"] == "01:13 · 100%"
    # The session ends 14 minutes later on the wall clock than it was going to.
    before = datetime.strptime(planned_end.rsplit(" ", 1)[-1], "%H:%M")
    after = datetime.strptime(runner.planned_end().rsplit(" ", 1)[-1], "%H:%M")
    assert (after - before).seconds == FOURTEEN_MINUTES
    assert room.window.statusBar().currentMessage() == (
        "Not counted: 14 minutes of sleep. The clock goes on from where it stopped."
    )


def test_escape_keeps_the_clock_as_it_stopped(qtbot: QtBot, launch: Launch) -> None:
    laptop = a_round_with_anna_speaking(qtbot, launch, counts_sleep=True)
    laptop.sleep(FOURTEEN_MINUTES)
    asked = question(laptop.room)
    qtbot.keyClick(asked, K.Key_Escape)
    assert not asked.isVisible()
    assert laptop.room.runner.remaining() == "09:00"
    live = laptop.room.runner.session()
    assert live.pending_sleep is None
    assert live.runner.events[-1].kind == "laptop_slept"


@SYSTEMS
def test_both_systems_record_the_same(qtbot: QtBot, launch: Launch, counts_sleep: bool) -> None:
    laptop = a_round_with_anna_speaking(qtbot, launch, counts_sleep)
    laptop.sleep(FOURTEEN_MINUTES)
    laptop.awake(2)
    click(qtbot, question(laptop.room).count_button)
    laptop.awake(30)
    press(qtbot, K.Key_N)
    live = laptop.room.runner.session()
    # Anna's turn ends where the sleep began; the sleep counts; Bo starts 30 s after.
    assert [(e.kind, e.at) for e in live.runner.events[-3:]] == [
        ("turn_ended", pytest.approx(60.0)),
        ("laptop_slept", pytest.approx(60.0 + 2 + FOURTEEN_MINUTES)),
        ("turn_started", pytest.approx(60.0 + 2 + FOURTEEN_MINUTES + 30)),
    ]
    assert [(t.member_id, t.duration) for t in live.runner.turns] == [
        (laptop.room.members["Anna"], pytest.approx(60.0))
    ]


def test_a_sleep_while_locked_is_asked_about_after_the_unlock(qtbot: QtBot, launch: Launch) -> None:
    laptop = a_round_with_anna_speaking(qtbot, launch, counts_sleep=False)
    room = laptop.room
    room.app.lock()  # the lid closing locks the workspace first
    laptop.sleep(FOURTEEN_MINUTES)
    assert room.runner.sleep_question is None  # nothing shows over the lock screen
    laptop.awake(5)
    unlock(qtbot, room.app)
    asked = question(room)
    assert asked.text() == QUESTION
    click(qtbot, asked.skip_button)
    assert room.runner.speaking() == "01:05"


def test_a_sleep_while_paused_counts_as_the_pause_and_is_said(qtbot: QtBot, launch: Launch) -> None:
    laptop = a_round_with_anna_speaking(qtbot, launch, counts_sleep=False)
    room, runner = laptop.room, laptop.room.runner
    press(qtbot, K.Key_Space)  # paused
    laptop.sleep(FOURTEEN_MINUTES)
    assert runner.sleep_question is None
    assert room.window.statusBar().currentMessage() == (
        "The laptop slept for 14 minutes while the session was paused."
    )
    assert runner.speaking() == "01:00"
    assert runner.remaining() == "09:00"
    laptop.awake(1)
    press(qtbot, K.Key_Space)  # on again, as it was
    laptop.awake(5)
    assert runner.speaking() == "01:05"


@pytest.mark.parametrize(
    ("seconds", "said"),
    [
        (1, "1 second"),
        (59.9, "59 seconds"),
        (60, "1 minute"),
        (840, "14 minutes"),
        (3600, "1 hour"),
        (3900, "1 hour 5 minutes"),
        (7260, "2 hours 1 minute"),
    ],
)
def test_how_long_it_slept_reads_as_people_say_it(seconds: float, said: str) -> None:
    assert sleep_duration(seconds) == said
