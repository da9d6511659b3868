"""The facts a session note shows, read from the stored session: which session and group
they are of, when it ended and what was planned as stored, segments in their stored
positions, the passes of a round in the order they were taken, and a late arrival timed
by the wall clock the session recorded after a sleep (its own, not another session's, and
not one changed outside the app, which is left out)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from facilitator_desktop.domain.session_events import LaptopSlept, Paused
from facilitator_desktop.models import SessionEvent
from facilitator_desktop.workspace import Workspace
from tests.helpers.session_notes import (
    SegmentSpec,
    Sitting,
    TurnSpec,
    small_group,
    typical_session,
    write_session,
)

STARTED = datetime(2026, 3, 5, 17, 0)


def test_facts_name_the_session_and_keep_its_stored_end_and_plan(ws: Workspace) -> None:
    """No segments: the plan is the session's own, the end is as stored."""
    group = small_group(ws, "Monday walkers")
    typical_session(ws, group)
    session_id = write_session(ws, group.group_id, Sitting(started_at=STARTED, segments=()))
    ended = STARTED + timedelta(minutes=95)
    with ws.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE sessions SET ended_at = ?, planned_seconds = 5400 WHERE id = ?",
            (ended.isoformat(sep=" "), session_id),
        )
    facts = ws.session_notes.open(session_id).facts
    assert (facts.session_id, facts.group_id, facts.group_name) == (
        session_id,
        group.group_id,
        "Monday walkers",
    )
    assert (facts.ended_at, facts.planned_seconds) == (ended, 5400.0)


def test_facts_follow_stored_positions_and_the_order_turns_were_taken(ws: Workspace) -> None:
    """Segments stored in reverse (the turns at position 0 are now in "Two"); Bo's pass
    stored before Cleo's but taken after it."""
    group = small_group(ws)
    segments = (SegmentSpec("One", "round", 60, 60), SegmentSpec("Two", "round", 60, 60))
    turns = (
        TurnSpec(group.bo, 0, 40, 0, passed=True),
        TurnSpec(group.cleo, 0, 20, 0, passed=True),
    )
    session_id = write_session(
        ws, group.group_id, Sitting(segments=segments, turns=turns, marks={})
    )
    with ws.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE session_segments SET position = position + 10")
        conn.exec_driver_sql("UPDATE session_segments SET position = 11 - position")
    facts = ws.session_notes.open(session_id).facts
    assert [s.name for s in facts.segments] == ["Two", "One"]
    assert [(r.name, r.passed) for r in facts.rounds if r.passed] == [
        ("Two", (group.cleo, group.bo))
    ]


def _slept(ws: Workspace, session_id: int, wall: datetime) -> None:
    """A sleep not counted, decided 300 s into the session when the wall clock read `wall`."""
    slept = LaptopSlept(at=300.0, slept_at=290.0, seconds=3000.0, counted=False)
    _stored_event(ws, session_id, json.dumps(replace(slept, wall=wall.isoformat()).to_dict()))


def _stored_event(ws: Workspace, session_id: int, payload: object, seq: int = 1) -> None:
    with ws.context.sessions.begin() as s:
        s.add(
            SessionEvent(
                session_id=session_id,
                seq=seq,
                at=300.0,
                kind=LaptopSlept.kind,
                payload=payload,
            )
        )


def test_a_late_arrival_is_timed_from_the_clock_after_a_sleep(ws: Workspace) -> None:
    """A sleep decided 300 s in, when the wall clock read 18:00: Bo, late at 600 s, came
    at 18:05, not 17:10."""
    group = small_group(ws)
    session_id = typical_session(ws, group)
    _slept(ws, session_id, datetime(2026, 3, 5, 18, 0))
    (bo,) = ws.session_notes.open(session_id).facts.late
    assert (bo.member_id, bo.arrived_at) == (group.bo, datetime(2026, 3, 5, 18, 5))


def test_a_sleep_in_another_session_moves_no_clock_of_this_one(ws: Workspace) -> None:
    """The next week's session slept; this one did not: Bo, late at 600 s, came at 17:10."""
    group = small_group(ws)
    session_id = typical_session(ws, group)
    next_week = typical_session(ws, group, started_at=STARTED + timedelta(days=7))
    _slept(ws, next_week, datetime(2026, 3, 12, 18, 0))
    (bo,) = ws.session_notes.open(session_id).facts.late
    assert (bo.member_id, bo.arrived_at) == (group.bo, datetime(2026, 3, 5, 17, 10))


GOOD_SLEEP = LaptopSlept(at=300.0, slept_at=290.0, seconds=3000.0, counted=False, wall="x")
DAMAGED_SLEEPS = {
    "not-json": "{not json",
    "a-number": 42,
    "a-list": "[1, 2]",
    "no-kind": json.dumps({"at": 300.0}),
    "missing-fields": json.dumps({"kind": LaptopSlept.kind, "at": 300.0}),
    "wall-not-a-time": json.dumps(GOOD_SLEEP.to_dict()),
    "another-kind": json.dumps(Paused(at=300.0).to_dict()),
}


@pytest.mark.parametrize("payload", DAMAGED_SLEEPS.values(), ids=DAMAGED_SLEEPS.keys())
def test_a_sleep_changed_outside_the_app_is_left_out_and_the_session_still_opens(
    ws: Workspace, payload: object
) -> None:
    """Bo, late at 600 s, is timed from the start (17:10); the summary opens too."""
    group = small_group(ws)
    session_id = typical_session(ws, group)
    _stored_event(ws, session_id, payload)
    (bo,) = ws.session_notes.open(session_id).facts.late
    assert (bo.member_id, bo.arrived_at) == (group.bo, datetime(2026, 3, 5, 17, 10))
    assert ws.sessions.summary(session_id).anchors == ((0.0, STARTED),)


def test_a_sleep_after_one_changed_outside_the_app_still_counts(ws: Workspace) -> None:
    group = small_group(ws)
    session_id = typical_session(ws, group)
    _stored_event(ws, session_id, "{not json", seq=1)
    slept = LaptopSlept(at=300.0, slept_at=290.0, seconds=3000.0, counted=False)
    wall = datetime(2026, 3, 5, 18, 0).isoformat()
    _stored_event(ws, session_id, json.dumps(replace(slept, wall=wall).to_dict()), seq=2)
    (bo,) = ws.session_notes.open(session_id).facts.late
    assert (bo.member_id, bo.arrived_at) == (group.bo, datetime(2026, 3, 5, 18, 5))
