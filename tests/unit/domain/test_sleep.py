"""A laptop that slept mid-session: seen the same on every system, decided by the
facilitator, recorded as an event that replays to the same state. Fake clocks only."""

from __future__ import annotations

import json
import math

import pytest

from facilitator_desktop.domain.agenda import SegmentPlan
from facilitator_desktop.domain.clock import FakeClock, SessionClock
from facilitator_desktop.domain.event_kinds import event_from_dict
from facilitator_desktop.domain.events import Event, SessionError
from facilitator_desktop.domain.session_events import LaptopSlept
from facilitator_desktop.domain.session_state import SessionRunner
from facilitator_desktop.domain.sleep import Sleep, SleepDetector
from facilitator_desktop.domain.talk_events import TurnEnded

PLAN = (SegmentPlan("Check-in", 15, "round"), SegmentPlan("Sharing", 45, "open"))
MEMBERS = {1: 1, 2: 2, 3: 3}
ANNA, BO = 1, 2
FOURTEEN_MINUTES = 840.0


# --------------------------------------------------------------------------- the detector


def test_the_first_look_only_sets_the_start() -> None:
    assert SleepDetector().observe(100.0, 5000.0) is None


def test_a_monotonic_clock_that_stopped_shows_the_sleep_it_missed() -> None:
    detector = SleepDetector()
    detector.observe(100.0, 5000.0)
    # Linux and macOS: 0.2 s awake around a 14-minute sleep the monotonic clock never saw.
    sleep = detector.observe(100.2, 5000.2 + FOURTEEN_MINUTES)
    assert sleep is not None
    assert sleep.seconds == pytest.approx(FOURTEEN_MINUTES)
    assert sleep.counted == 0.0
    assert sleep.awake == pytest.approx(0.2)


def test_a_monotonic_clock_that_counts_sleep_shows_it_as_a_gap_between_looks() -> None:
    detector = SleepDetector(monotonic_counts_sleep=True)
    detector.observe(100.0, 5000.0)
    sleep = detector.observe(100.0 + FOURTEEN_MINUTES, 5000.0 + FOURTEEN_MINUTES)
    assert sleep == Sleep(seconds=FOURTEEN_MINUTES, counted=FOURTEEN_MINUTES, awake=0.0)


def test_a_busy_moment_is_no_sleep_where_the_clocks_tell_it_apart() -> None:
    detector = SleepDetector(monotonic_counts_sleep=False)
    detector.observe(100.0, 5000.0)
    # The app did not look for 30 s, but both clocks counted them: it was busy, awake.
    assert detector.observe(130.0, 5030.0) is None


@pytest.mark.parametrize(
    ("monotonic", "suspend_aware"),
    [
        (100.2, 5009.0),  # 9 s away: under the threshold
        (100.2, 4000.0),  # a wall clock set back an hour
        (100.2, 5000.2),  # an ordinary tick
        (99.0, 5000.0),  # a source that went back
    ],
)
def test_no_sleep(monotonic: float, suspend_aware: float) -> None:
    detector = SleepDetector(monotonic_counts_sleep=True)
    detector.observe(100.0, 5000.0)
    assert detector.observe(monotonic, suspend_aware) is None


def test_reset_forgets_the_last_look() -> None:
    detector = SleepDetector()
    detector.observe(100.0, 5000.0)
    detector.reset()
    assert detector.observe(100.0, 9000.0) is None


@pytest.mark.parametrize("threshold", [0.0, -1.0, math.inf, math.nan])
def test_a_threshold_must_be_a_positive_number(threshold: float) -> None:
    with pytest.raises(ValueError):
        SleepDetector(threshold=threshold)


# --------------------------------------------------------------------------- the runner


class Laptop:
    """A session on a laptop of one kind: both clocks, the detector, the runner."""

    def __init__(self, counts_sleep: bool) -> None:
        self.counts_sleep = counts_sleep
        self.monotonic = FakeClock(1000.0)
        self.boot = FakeClock(50_000.0)
        self.detector = SleepDetector(monotonic_counts_sleep=counts_sleep)
        self.runner = SessionRunner(PLAN, MEMBERS, SessionClock(self.monotonic))
        self.look()

    def look(self) -> Sleep | None:
        sleep = self.detector.observe(self.monotonic(), self.boot())
        if sleep is not None:
            self.runner.note_sleep(sleep)
        return sleep

    def awake(self, seconds: float) -> None:
        """Time passes awake; the app looks every second (it does five times a second)."""
        steps = math.ceil(seconds)
        for _ in range(steps):
            self.monotonic.advance(seconds / steps)
            self.boot.advance(seconds / steps)
            assert self.look() is None

    def sleep(self, seconds: float) -> None:
        """The lid closed for `seconds`; the first look after waking sees it."""
        if self.counts_sleep:
            self.monotonic.advance(seconds)
        self.boot.advance(seconds)
        assert self.look() is not None


def a_round_with_anna_speaking(laptop: Laptop) -> SessionRunner:
    runner = laptop.runner
    runner.set_present([ANNA, BO])
    runner.start()
    runner.start_round(ANNA)
    runner.next_speaker()
    laptop.awake(60)
    return runner


def through_json(events: tuple[Event, ...]) -> list[Event]:
    return [event_from_dict(json.loads(json.dumps(e.to_dict()))) for e in events]


SYSTEMS = pytest.mark.parametrize("counts_sleep", [False, True], ids=["linux-macos", "windows"])


@SYSTEMS
def test_until_the_decision_the_sleep_is_not_counted_on_any_system(counts_sleep: bool) -> None:
    laptop = Laptop(counts_sleep)
    runner = a_round_with_anna_speaking(laptop)
    laptop.sleep(FOURTEEN_MINUTES)
    snapshot = runner.snapshot()
    assert snapshot.at == 60.0
    assert snapshot.talk.speaker is not None and snapshot.talk.speaker.speaking_seconds == 60.0
    assert runner.pending_sleep is not None
    assert runner.pending_sleep.slept_at == 60.0
    assert runner.pending_sleep.seconds == FOURTEEN_MINUTES
    laptop.awake(5)  # the facilitator reads the question
    assert runner.snapshot().at == 65.0


@SYSTEMS
def test_counted_the_clock_jumps_and_the_turn_ends_when_the_sleep_began(
    counts_sleep: bool,
) -> None:
    laptop = Laptop(counts_sleep)
    runner = a_round_with_anna_speaking(laptop)
    laptop.sleep(FOURTEEN_MINUTES)
    laptop.awake(5)
    events = runner.decide_sleep(True, wall="2026-05-04T17:44:05")
    assert events == [
        TurnEnded(at=60.0, member_id=ANNA, passed=False),
        LaptopSlept(
            at=905.0,
            slept_at=60.0,
            seconds=FOURTEEN_MINUTES,
            counted=True,
            wall="2026-05-04T17:44:05",
        ),
    ]
    snapshot = runner.snapshot()
    assert snapshot.at == 905.0
    assert snapshot.agenda.current.elapsed_seconds == 905.0  # the segment ran through it
    assert snapshot.talk.speaker is None
    (turn,) = runner.turns
    assert (turn.member_id, turn.duration) == (ANNA, 60.0)  # airtime before the sleep only
    assert runner.pending_sleep is None
    laptop.awake(10)
    assert runner.snapshot().at == 915.0  # and on from there


@SYSTEMS
def test_not_counted_the_clock_goes_on_from_where_it_stopped(counts_sleep: bool) -> None:
    laptop = Laptop(counts_sleep)
    runner = a_round_with_anna_speaking(laptop)
    laptop.sleep(FOURTEEN_MINUTES)
    laptop.awake(5)
    events = runner.decide_sleep(False)
    assert events == [LaptopSlept(at=65.0, slept_at=60.0, seconds=FOURTEEN_MINUTES, counted=False)]
    laptop.awake(10)
    snapshot = runner.snapshot()
    assert snapshot.at == 75.0
    assert snapshot.agenda.current.elapsed_seconds == 75.0
    assert snapshot.talk.speaker is not None
    assert snapshot.talk.speaker.speaking_seconds == 75.0  # never the sleep
    runner.next_speaker()
    assert [(t.member_id, t.duration) for t in runner.turns] == [(ANNA, 75.0)]


@pytest.mark.parametrize("counted", [True, False])
def test_both_systems_record_the_same(counted: bool) -> None:
    logs = []
    for counts_sleep in (False, True):
        laptop = Laptop(counts_sleep)
        runner = a_round_with_anna_speaking(laptop)
        laptop.sleep(FOURTEEN_MINUTES)
        laptop.awake(5)
        runner.decide_sleep(counted)
        laptop.awake(30)
        runner.next_speaker()
        logs.append((runner.events, runner.turns))
    assert logs[0] == logs[1]


@pytest.mark.parametrize("counted", [True, False])
def test_the_decision_replays_to_the_same_state(counted: bool) -> None:
    laptop = Laptop(counts_sleep=False)
    runner = a_round_with_anna_speaking(laptop)
    laptop.sleep(FOURTEEN_MINUTES)
    laptop.awake(5)
    runner.decide_sleep(counted)
    laptop.awake(30)
    runner.next_speaker()
    laptop.awake(12)
    at = runner.snapshot().at
    replayed = SessionRunner.replay(PLAN, MEMBERS, through_json(runner.events), FakeClock(at))
    assert replayed.snapshot() == runner.snapshot()
    assert replayed.turns == runner.turns


def test_a_second_sleep_before_the_decision_adds_to_the_first() -> None:
    laptop = Laptop(counts_sleep=False)
    runner = a_round_with_anna_speaking(laptop)
    laptop.sleep(600)
    laptop.awake(3)
    laptop.sleep(240)
    pending = runner.pending_sleep
    assert pending is not None
    assert (pending.slept_at, pending.seconds) == (60.0, 840.0)
    runner.decide_sleep(True)
    assert runner.snapshot().at == 60.0 + 3 + 840.0


def test_a_sleep_while_paused_counts_as_pause_and_leaves_the_turn() -> None:
    laptop = Laptop(counts_sleep=True)
    runner = a_round_with_anna_speaking(laptop)
    runner.toggle()  # paused with Anna speaking
    laptop.sleep(FOURTEEN_MINUTES)
    runner.decide_sleep(True)
    snapshot = runner.snapshot()
    assert snapshot.at == 60.0 + FOURTEEN_MINUTES
    assert snapshot.agenda.current.elapsed_seconds == 60.0
    assert snapshot.talk.speaker is not None
    assert snapshot.talk.speaker.speaking_seconds == 60.0


def test_the_turn_is_never_cut_before_what_is_recorded() -> None:
    laptop = Laptop(counts_sleep=False)
    runner = a_round_with_anna_speaking(laptop)
    laptop.sleep(FOURTEEN_MINUTES)  # slept at 60 s (the last look)
    runner.decide_sleep(True)
    events = runner.events
    assert all(a.at <= b.at for a, b in zip(events, events[1:], strict=False))


def test_a_decision_needs_a_sleep_and_an_ended_session_takes_none() -> None:
    laptop = Laptop(counts_sleep=False)
    runner = a_round_with_anna_speaking(laptop)
    with pytest.raises(SessionError):
        runner.decide_sleep(True)
    laptop.sleep(FOURTEEN_MINUTES)
    runner.end_session()
    assert runner.decide_sleep(True) == []
    assert runner.pending_sleep is None


@pytest.mark.parametrize(
    "sleep",
    [
        Sleep(seconds=-1.0, counted=0.0, awake=0.0),
        Sleep(seconds=math.nan, counted=0.0, awake=0.0),
        Sleep(seconds=10.0, counted=math.inf, awake=0.0),
        Sleep(seconds=10.0, counted=0.0, awake=-0.5),
    ],
)
def test_a_nonsense_sleep_is_refused_and_changes_nothing(sleep: Sleep) -> None:
    laptop = Laptop(counts_sleep=False)
    runner = a_round_with_anna_speaking(laptop)
    with pytest.raises(SessionError):
        runner.note_sleep(sleep)
    assert runner.pending_sleep is None
    assert runner.snapshot().at == 60.0
