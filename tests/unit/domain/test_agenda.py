"""Agenda timer: exact, drift-free times; ahead/behind; status; edits during a session."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from fractions import Fraction

import pytest

from facilitator_desktop.domain.agenda import (
    AgendaError,
    SegmentPlan,
    segment_status,
    whole_minutes_toward_zero,
)
from facilitator_desktop.domain.agenda_timer import AgendaTimer
from facilitator_desktop.domain.clock import FakeClock, floor_seconds

PLAN = (
    SegmentPlan("Check-in", 15, "round"),
    SegmentPlan("Reading", 10, "open"),
    SegmentPlan("Discussion", 45, "open"),
    SegmentPlan("Break", 10, "open"),
    SegmentPlan("Exercise", 20, "round"),
    SegmentPlan("Check-out", 10, "round"),
)


def fmt(whole: int) -> str:
    """Expected display of a whole number of seconds (the spec, written out)."""
    sign = "\u2212" if whole < 0 else ""
    hours, rest = divmod(abs(whole), 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{seconds:02d}"
    return f"{sign}{minutes:02d}:{seconds:02d}"


def trunc_minutes(seconds: Fraction) -> int:
    whole = math.floor(abs(seconds) / 60)
    return -whole if seconds < 0 else whole


# ----------------------------------------------------------------------------- reference model


@dataclass
class Reference:
    """An independent, exact model: a log of intervals, integrated on demand."""

    planned: list[Fraction]
    #: (start, end, segment index, running) of every closed interval since the start.
    intervals: list[tuple[Fraction, Fraction, int, bool]] = field(default_factory=list)
    started_at: Fraction | None = None
    since: Fraction = Fraction(0)
    index: int = 0
    running: bool = False
    ended_at: Fraction | None = None

    def switch(self, t: Fraction, *, index: int | None = None, running: bool | None = None) -> None:
        if self.started_at is None:
            self.started_at = t
        else:
            self.intervals.append((self.since, t, self.index, self.running))
        self.since = t
        if index is not None:
            self.index = index
        if running is not None:
            self.running = running

    def finish(self, t: Fraction) -> None:
        self.switch(t)
        self.ended_at = t

    def _all(self, t: Fraction) -> list[tuple[Fraction, Fraction, int, bool]]:
        if self.ended_at is not None:
            return self.intervals
        return [*self.intervals, (self.since, t, self.index, self.running)]

    def elapsed(self, i: int, t: Fraction) -> Fraction:
        return sum((b - a for a, b, seg, run in self._all(t) if seg == i and run), Fraction(0))

    def session_elapsed(self, t: Fraction) -> Fraction:
        return sum((b - a for a, b, _seg, run in self._all(t) if run), Fraction(0))

    def paused(self, t: Fraction) -> Fraction:
        return sum((b - a for a, b, _seg, run in self._all(t) if not run), Fraction(0))

    def since_start(self, t: Fraction) -> Fraction:
        assert self.started_at is not None
        end = self.ended_at if self.ended_at is not None else t
        return end - self.started_at

    def remaining(self, i: int, t: Fraction) -> Fraction:
        return self.planned[i] - self.elapsed(i, t)

    def planned_end(self, t: Fraction) -> Fraction:
        assert self.started_at is not None
        return self.started_at + self.paused(t) + sum(self.planned, Fraction(0))

    def projected_end(self, t: Fraction) -> Fraction:
        if self.ended_at is not None:
            return self.ended_at
        work = max(Fraction(0), self.remaining(self.index, t))
        for j in range(self.index + 1, len(self.planned)):
            work += max(Fraction(0), self.remaining(j, t))
        return t + work

    def behind(self, t: Fraction) -> Fraction:
        return self.projected_end(t) - self.planned_end(t)


def expected_status(remaining: Fraction, warn: int = 120) -> str:
    if remaining < 0:
        return "overtime"
    if remaining <= warn:
        return "warning"
    return "normal"


def assert_matches(timer: AgendaTimer, ref: Reference, t: Fraction) -> None:
    snap = timer.snapshot()
    assert snap.index == ref.index
    cur = snap.current
    # Displayed values: exact whole seconds of the exact model.
    assert cur.elapsed_text == fmt(math.floor(ref.elapsed(ref.index, t)))
    assert cur.remaining_text == fmt(math.ceil(ref.remaining(ref.index, t)))
    assert cur.status == expected_status(ref.remaining(ref.index, t))
    assert snap.session_elapsed_text == fmt(math.floor(ref.session_elapsed(t)))
    assert snap.since_start_text == fmt(math.floor(ref.since_start(t)))
    assert snap.behind_minutes == trunc_minutes(ref.behind(t))
    for view in snap.segments:
        assert view.elapsed_text == fmt(math.floor(ref.elapsed(view.index, t)))
        assert view.remaining_text == fmt(math.ceil(ref.remaining(view.index, t)))
    # Raw values: no drift, only float representation noise.
    tolerance = 1e-9
    assert abs(cur.elapsed_seconds - float(ref.elapsed(ref.index, t))) < tolerance
    assert abs(snap.session_elapsed - float(ref.session_elapsed(t))) < tolerance
    assert abs(snap.paused_seconds - float(ref.paused(t))) < tolerance
    assert abs(snap.behind_seconds - float(ref.behind(t))) < tolerance
    assert snap.planned_end is not None and snap.projected_end is not None
    assert abs(snap.planned_end - float(ref.planned_end(t))) < tolerance
    assert abs(snap.projected_end - float(ref.projected_end(t))) < tolerance
    assert math.floor(snap.planned_end + 1e-7) == math.floor(ref.planned_end(t))


# ----------------------------------------------------------------------------- two hours, exact


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_two_hours_of_irregular_steps_show_exact_values(seed: int) -> None:
    rng = random.Random(seed)
    clock = FakeClock(1000.0)
    t = Fraction(1000)
    timer = AgendaTimer(PLAN, clock)
    ref = Reference(planned=[Fraction(p.minutes) * 60 for p in PLAN])

    timer.start()
    ref.switch(t, index=0, running=True)
    last_shown = floor_seconds(timer.snapshot().session_elapsed)
    counts = {"pause": 0, "next": 0, "previous": 0, "extend": 0}
    while t < 1000 + 2 * 3600:
        # Irregular steps of 0.01 .. 97 s, half of them short.
        upper = 2_000 if rng.random() < 0.5 else 97_000
        step = Fraction(rng.randint(10, upper), 1000)
        t += step
        clock.advance(float(step))
        assert_matches(timer, ref, t)

        shown = floor_seconds(timer.snapshot().session_elapsed)
        if ref.running:
            assert shown >= last_shown  # never backwards
        else:
            assert shown == last_shown  # frozen while paused
        last_shown = shown

        roll = rng.random()
        if roll < 0.06:
            if ref.running:
                timer.pause()
            else:
                timer.resume()
            ref.switch(t, running=not ref.running)
            counts["pause"] += 1
        elif roll < 0.10 and not timer.is_last:
            timer.next_segment()
            ref.switch(t, index=ref.index + 1)
            counts["next"] += 1
        elif roll < 0.11 and ref.index > 0:
            timer.previous_segment()
            ref.switch(t, index=ref.index - 1)
            counts["previous"] += 1
        elif roll < 0.13:
            minutes = rng.choice([1, 5])
            timer.extend(minutes)
            ref.planned[ref.index] += minutes * 60
            counts["extend"] += 1
        assert_matches(timer, ref, t)

    assert all(counts.values()), counts
    timer.finish()
    ref.finish(t)
    assert timer.phase == "finished"
    final = timer.snapshot()
    clock.advance(600)
    assert timer.snapshot().segments == final.segments  # frozen after the end
    assert timer.snapshot().session_elapsed == final.session_elapsed
    assert_matches(timer, ref, t + 600)


# ----------------------------------------------------------------------------- worked example


def test_worked_example_ahead_behind_planned_end() -> None:
    clock = FakeClock(100.0)
    timer = AgendaTimer(
        [SegmentPlan("A", 10, "round"), SegmentPlan("B", 20, "open"), SegmentPlan("C", 5, "round")],
        clock,
    )
    assert timer.phase == "not_started"
    assert timer.planned_end() is None and timer.behind_minutes() == 0
    timer.start()
    assert timer.planned_end() == 100 + 35 * 60

    clock.advance(300)  # 5 min into A
    snap = timer.snapshot()
    assert (snap.current.elapsed_text, snap.current.remaining_text) == ("05:00", "05:00")
    assert snap.current.status == "normal" and snap.behind_seconds == 0

    clock.advance(420)  # 12 min into A: 2 min overtime
    snap = timer.snapshot()
    assert snap.current.remaining_text == "\u221202:00"  # a real minus
    assert snap.current.status == "overtime"
    assert (snap.behind_seconds, snap.behind_minutes) == (120, 2)
    assert snap.projected_end == 820 + 20 * 60 + 5 * 60

    timer.next_segment()  # t=820
    clock.advance(60)
    timer.pause()  # B has run 60 s
    clock.advance(300)  # t=1180, paused 5 min
    snap = timer.snapshot()
    assert snap.paused_seconds == 300
    assert snap.planned_end == 100 + 300 + 35 * 60 == 2500
    assert snap.projected_end == 1180 + (1200 - 60) + 300 == 2620
    assert snap.behind_seconds == 120  # a pause moves both ends
    assert snap.session_elapsed == 780 and snap.since_start == 1080

    timer.resume()
    timer.extend(5)  # B: 25 min
    snap = timer.snapshot()
    assert snap.current.remaining_text == "24:00"
    assert snap.planned_end == 2800 and snap.behind_seconds == 120

    clock.advance(540)  # B ran 10 min of 25, then on to C: 15 min ahead
    timer.next_segment()
    snap = timer.snapshot()
    assert snap.behind_seconds == 120 - 900
    assert snap.behind_minutes == -13  # -780 s: exactly 13 minutes ahead

    clock.advance(299.25)
    snap = timer.snapshot()
    assert (snap.current.remaining_text, snap.current.status) == ("00:01", "warning")
    clock.advance(0.75)  # exactly zero
    snap = timer.snapshot()
    assert (snap.current.remaining_text, snap.current.status) == ("00:00", "warning")
    clock.advance(0.5)
    snap = timer.snapshot()
    assert (snap.current.remaining_text, snap.current.status) == ("00:00", "overtime")
    clock.advance(0.5)
    assert timer.snapshot().current.remaining_text == "\u221200:01"

    timer.next_segment()  # last segment: the session ends
    assert timer.snapshot().phase == "finished"
    assert timer.ended_at == 2021
    snap = timer.snapshot()
    assert snap.projected_end == 2021
    # Ran 1621 s for a 40-minute (2400 s) plan; behind = ran - plan = -779 s.
    assert snap.session_elapsed == 1621
    assert snap.behind_seconds == 1621 - 2400
    assert snap.behind_minutes == -12  # -779 s, truncated toward zero (not -13)
    with pytest.raises(AgendaError):
        timer.toggle()
    with pytest.raises(AgendaError):
        timer.extend(1)


def test_whole_minutes_and_status_helpers() -> None:
    assert [whole_minutes_toward_zero(s) for s in (0, 59.9, 60, 119, -59.9, -60, -121)] == [
        0,
        0,
        1,
        1,
        0,
        -1,
        -2,
    ]
    assert whole_minutes_toward_zero(119.9999999999) == 2  # float noise snaps
    assert segment_status(120.001) == "normal"
    assert segment_status(120) == "warning"
    assert segment_status(0) == "warning"
    assert segment_status(-0.001) == "overtime"
    assert segment_status(61, warn_seconds=60) == "normal"
    assert segment_status(60, warn_seconds=60) == "warning"


def test_custom_warning_threshold() -> None:
    clock = FakeClock()
    timer = AgendaTimer([SegmentPlan("A", 5, "open")], clock, warn_seconds=30)
    timer.start()
    clock.advance(269.5)
    assert timer.status() == "normal"
    clock.advance(0.5)
    assert timer.status() == "warning"
    assert timer.remaining() == 30


def test_pause_stops_segment_and_session_but_not_since_start() -> None:
    clock = FakeClock()
    timer = AgendaTimer([SegmentPlan("A", 10, "open")], clock)
    assert timer.toggle() == "running"
    clock.advance(10)
    assert timer.toggle() == "paused"
    clock.advance(50)
    assert (timer.segment_elapsed(), timer.session_elapsed(), timer.since_start()) == (10, 10, 60)
    assert timer.planned_end() == 600 + 50
    assert timer.toggle() == "running"
    clock.advance(5)
    assert (timer.segment_elapsed(), timer.session_elapsed(), timer.since_start()) == (15, 15, 65)


def test_previous_segment_continues_its_elapsed_time() -> None:
    clock = FakeClock()
    timer = AgendaTimer(PLAN[:3], clock)
    timer.start()
    clock.advance(100)
    timer.next_segment()
    clock.advance(30)
    timer.previous_segment()
    clock.advance(5)
    assert timer.index == 0
    assert timer.segment_elapsed() == 105
    assert timer.segment_elapsed(1) == 30
    assert timer.furthest_index == 1
    with pytest.raises(AgendaError):
        timer.previous_segment()
    timer.go_to(2)
    assert timer.furthest_index == 2
    with pytest.raises(AgendaError):
        timer.go_to(2)


def test_operations_need_the_right_phase() -> None:
    clock = FakeClock()
    timer = AgendaTimer(PLAN[:2], clock)
    for op in (timer.pause, timer.resume, timer.next_segment, timer.previous_segment, timer.finish):
        with pytest.raises(AgendaError):
            op()
    timer.start()
    with pytest.raises(AgendaError):
        timer.start()
    with pytest.raises(AgendaError):
        timer.resume()


def test_next_segment_while_paused_stays_paused_and_counts_nothing() -> None:
    clock = FakeClock()
    timer = AgendaTimer(PLAN[:2], clock)
    timer.start()
    clock.advance(20)
    timer.pause()
    timer.next_segment()
    clock.advance(40)
    assert timer.phase == "paused"
    assert (timer.segment_elapsed(0), timer.segment_elapsed(1)) == (20, 0)
    timer.resume()
    clock.advance(1)
    assert timer.segment_elapsed(1) == 1


# ----------------------------------------------------------------------------- editing


def test_before_start_everything_is_editable() -> None:
    clock = FakeClock()
    timer = AgendaTimer(PLAN[:3], clock)
    assert timer.first_editable_index == 0
    timer.move_segment(2, 0)
    assert [p.name for p in timer.plans] == ["Discussion", "Check-in", "Reading"]
    removed = timer.remove_segment(0)
    assert removed.name == "Discussion"
    assert timer.add_segment(SegmentPlan("Welcome", 5, "open"), 0) == 0
    timer.start()
    assert timer.current.name == "Welcome"


def test_edits_during_the_session_keep_history_fixed() -> None:
    clock = FakeClock()
    timer = AgendaTimer(PLAN, clock)
    timer.start()
    clock.advance(60)
    timer.next_segment()  # index 1
    clock.advance(60)
    timer.previous_segment()  # back at 0, furthest reached is 1
    assert timer.first_editable_index == 2

    with pytest.raises(AgendaError):
        timer.remove_segment(0)  # the current segment
    with pytest.raises(AgendaError):
        timer.remove_segment(1)  # reached before
    with pytest.raises(AgendaError):
        timer.add_segment(SegmentPlan("X", 1, "open"), 1)
    with pytest.raises(AgendaError):
        timer.move_segment(3, 1)

    assert timer.add_segment(SegmentPlan("Breathing", 3, "open"), 2) == 2
    assert timer.add_segment(SegmentPlan("Closing", 2, "round")) == len(PLAN) + 1
    timer.move_segment(len(timer) - 1, 3)
    assert timer.remove_segment(5).name == "Break"
    assert [p.name for p in timer.plans] == [
        "Check-in",
        "Reading",
        "Breathing",
        "Closing",
        "Discussion",
        "Exercise",
        "Check-out",
    ]
    assert timer.index == 0
    assert timer.segment_elapsed(0) == 60 and timer.segment_elapsed(1) == 60

    # Minutes can change anywhere, the current segment included.
    timer.set_minutes(0, 2)
    assert timer.remaining() == 60
    timer.extend(1)
    timer.set_minutes(0, 1)
    assert timer.remaining() == 60  # 1 min planned + 1 min extension - 60 s elapsed
    with pytest.raises(AgendaError):
        timer.extend(-3)  # would make the plan negative
    timer.extend(-1)
    assert timer.extra_seconds(0) == 0
    assert timer.planned_seconds(0) == 60


def test_the_last_segment_cannot_be_removed_and_nothing_changes_after_the_end() -> None:
    clock = FakeClock()
    timer = AgendaTimer([SegmentPlan("Only", 5, "open")], clock)
    with pytest.raises(AgendaError):
        timer.remove_segment(0)
    timer.start()
    timer.finish()
    with pytest.raises(AgendaError):
        timer.add_segment(SegmentPlan("Late", 1, "open"))
    with pytest.raises(AgendaError):
        timer.set_minutes(0, 3)


@pytest.mark.parametrize(
    ("name", "minutes", "kind"),
    [("A", -1, "open"), ("A", math.inf, "open"), ("A", math.nan, "open"), ("A", 5, "chat")],
)
def test_segment_plan_is_validated(name: str, minutes: float, kind: str) -> None:
    with pytest.raises(AgendaError):
        SegmentPlan(name, minutes, kind)  # type: ignore[arg-type]


def test_an_agenda_needs_a_segment() -> None:
    with pytest.raises(AgendaError):
        AgendaTimer([], FakeClock())


def test_a_clock_going_backwards_is_held_at_the_last_operation() -> None:
    times = iter([0.0, 10.0, 7.0, 7.0, 12.0])
    timer = AgendaTimer([SegmentPlan("A", 5, "open")], lambda: next(times))
    timer.start()  # 0
    timer.pause()  # 10
    assert timer.segment_elapsed() == 10  # clock says 7: reads use 10
    timer.resume()  # 7 → 10
    assert timer.segment_elapsed() == 12  # 10 + (12 - 10)
