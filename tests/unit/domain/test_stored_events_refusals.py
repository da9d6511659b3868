"""A damaged stored event, a malformed agenda, and agenda timer operations out of turn:
each refused with the words that say what is wrong and where."""

from __future__ import annotations

import math

import pytest

from facilitator_desktop.domain.agenda import AgendaError, SegmentPlan
from facilitator_desktop.domain.agenda_timer import AgendaTimer
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.event_kinds import event_from_dict
from facilitator_desktop.domain.events import SessionError
from facilitator_desktop.domain.session_events import SessionStarted

DAMAGED: list[tuple[dict[str, object], str]] = [
    (
        {"kind": "segment_changed", "at": 1.0},
        "segment_changed event: missing ['index'], unexpected []",
    ),
    (
        {"kind": "segment_changed", "at": 1.0, "index": 2, "x": 1},
        "segment_changed event: missing [], unexpected ['x']",
    ),
    (
        {"kind": "segment_changed", "at": 1.0, "index": "2"},
        "segment_changed.index: expected an integer, got '2'",
    ),
    (
        {"kind": "segment_extended", "at": 1.0, "minutes": "5"},
        "segment_extended.minutes: expected a number, got '5'",
    ),
    (
        {"kind": "segment_extended", "at": 1.0, "minutes": math.inf},
        "segment_extended.minutes: expected a finite number, got inf",
    ),
    (
        {"kind": "turn_ended", "at": 1.0, "member_id": 1, "passed": 1},
        "turn_ended.passed: expected true/false, got 1",
    ),
    (
        {"kind": "segment_renamed", "at": 1.0, "index": 1, "name": 5},
        "segment_renamed.name: expected text, got 5",
    ),
    (
        {"kind": "round_started", "at": 1.0, "order": 5},
        "round_started.order: expected a list, got 5",
    ),
    (
        {"kind": "round_started", "at": 1.0, "order": [1, "2"]},
        "round_started.order[1]: expected an integer, got '2'",
    ),
    (
        {
            "kind": "segment_added",
            "at": 1.0,
            "index": 1,
            "name": "A",
            "minutes": 1.0,
            "segment_kind": "closed",
        },
        "segment_added.segment_kind: expected one of ('round', 'open'), got 'closed'",
    ),
    (
        {"kind": "round_joined", "at": 1.0, "member_id": 5, "position": "x"},
        "round_joined.position: expected an integer, got 'x'",
    ),
]


@pytest.mark.parametrize(
    ("data", "message"), DAMAGED, ids=[f"damaged-{i}" for i in range(len(DAMAGED))]
)
def test_a_damaged_stored_event_names_the_field_and_the_value(
    data: dict[str, object], message: str
) -> None:
    with pytest.raises(SessionError) as refused:
        event_from_dict(data)
    assert str(refused.value) == message


def test_an_event_time_must_be_a_finite_number() -> None:
    for at, message in (
        ("1", "event time must be a number, got '1'"),
        (True, "event time must be a number, got True"),
        (math.inf, "event time must be finite, got inf"),
    ):
        with pytest.raises(SessionError) as refused:
            SessionStarted(at=at)  # type: ignore[arg-type]
        assert str(refused.value) == message


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((5, 1, "round"), "segment name must be text, got 5"),
        (("A", True, "round"), "segment minutes must be a number, got True"),
        (("A", "1", "round"), "segment minutes must be a number, got '1'"),
        (("A", -1, "round"), "segment minutes must be finite and >= 0, got -1"),
        (("A", 1, "closed"), "segment kind must be 'round' or 'open', got 'closed'"),
    ],
    ids=["name", "minutes-bool", "minutes-text", "minutes-negative", "kind"],
)
def test_a_malformed_segment_plan_is_refused_by_name(
    args: tuple[object, ...], message: str
) -> None:
    with pytest.raises(AgendaError) as refused:
        SegmentPlan(*args)  # type: ignore[arg-type]
    assert str(refused.value) == message


# --- the agenda timer on its own ---------------------------------------------------------


PLAN = (SegmentPlan("Check-in", 2, "round"), SegmentPlan("Talk", 10, "open"))


def test_the_warning_point_may_be_zero_but_must_be_a_number() -> None:
    timer = AgendaTimer(PLAN, FakeClock(), warn_seconds=0)
    timer.start()
    # With no warning point, a minute left is still normal (the default would warn).
    assert timer.snapshot().current.status == "normal"
    assert AgendaTimer(PLAN, FakeClock(), warn_seconds=0.5).warn_seconds == 0.5
    for bad in (math.nan, -1.0):
        with pytest.raises(AgendaError) as refused:
            AgendaTimer(PLAN, FakeClock(), warn_seconds=bad)
        assert str(refused.value) == f"warn_seconds must be finite and >= 0, got {bad!r}"


def test_timer_operations_out_of_turn_say_what_and_why() -> None:
    timer = AgendaTimer(PLAN, FakeClock())
    for action, message in (
        (timer.pause, "cannot pause: the session is not_started"),
        (timer.resume, "cannot resume: the session is not_started"),
        (lambda: timer.go_to(1), "cannot change segment: the session is not_started"),
        (timer.next_segment, "cannot go to the next segment: the session is not_started"),
        (
            timer.previous_segment,
            "cannot go to the previous segment: the session is not_started",
        ),
    ):
        with pytest.raises(AgendaError) as refused:
            action()
        assert str(refused.value) == message
    timer.start()
    for action, message in (
        (timer.start, "cannot start: the session is running"),
        (lambda: timer.go_to(0), "segment 0 is already current"),
        (timer.previous_segment, "already at the first segment"),
    ):
        with pytest.raises(AgendaError) as refused:
            action()
        assert str(refused.value) == message


def test_a_segment_cannot_be_extended_after_the_end() -> None:
    timer = AgendaTimer(PLAN, FakeClock())
    timer.start()
    timer.finish()
    with pytest.raises(AgendaError) as refused:
        timer.extend(5)
    assert str(refused.value) == "cannot extend a segment: the session has ended"


def test_the_timer_cannot_end_a_session_that_has_not_started() -> None:
    timer = AgendaTimer(PLAN, FakeClock())
    with pytest.raises(AgendaError) as refused:
        timer.finish()
    assert str(refused.value) == "cannot end the session: the session is not_started"
