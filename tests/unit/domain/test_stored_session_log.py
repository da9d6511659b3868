"""A session log stored by an earlier version replays to the state that version computed.

`data/stored_session_log.json` holds session_events rows (every event kind) written by the
app before talking-order steps and session events became one class per operation, and the
state that code computed after each event. However the event classes are arranged, these
rows must keep loading, replay to the same state at every point, and be written back as
the same text: a facilitator's unfinished session resumes across an upgrade.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from facilitator_desktop.domain.agenda import SegmentPlan
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.event_kinds import event_from_dict
from facilitator_desktop.domain.session_state import SessionRunner

STORED = json.loads(
    (Path(__file__).parent / "data" / "stored_session_log.json").read_text(encoding="utf-8")
)
PLAN = tuple(SegmentPlan(name, minutes, kind) for name, minutes, kind in STORED["plan"])
SEATS = {int(member): seat for member, seat in STORED["seats"].items()}
ROWS: list[dict[str, Any]] = STORED["rows"]

#: Every kind the app wrote when the log was recorded.
KINDS_THEN = {
    "session_started",
    "paused",
    "resumed",
    "segment_changed",
    "segment_extended",
    "segment_added",
    "segment_removed",
    "segment_moved",
    "segment_minutes_changed",
    "segment_renamed",
    "session_ended",
    "session_recovered",
    "laptop_slept",
    "round_started",
    "turn_started",
    "turn_ended",
    "turn_deferred",
    "turn_returned",
    "round_joined",
    "hand_raised",
    "removed_from_order",
    "queue_reordered",
    "queue_policy_changed",
    "member_arrived",
    "member_left",
}


def state(runner: SessionRunner) -> Any:
    """The whole snapshot as plain JSON values (floats survive JSON exactly)."""
    return json.loads(json.dumps(dataclasses.asdict(runner.snapshot())))


def state_hash(runner: SessionRunner) -> str:
    text = json.dumps(state(runner), sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def test_the_log_holds_every_kind_and_each_row_loads_as_it_was_stored() -> None:
    assert {row["kind"] for row in ROWS} == KINDS_THEN
    assert [row["seq"] for row in ROWS] == list(range(len(ROWS)))
    for row in ROWS:
        event = event_from_dict(json.loads(row["payload"]))
        assert (event.kind, event.at) == (row["kind"], row["at"])


def test_each_row_is_written_back_as_the_same_text() -> None:
    old_format = 0
    for row in ROWS:
        stored = json.loads(row["payload"])
        written = event_from_dict(stored).to_dict()
        if row["kind"] == "session_recovered" and "wall" not in stored:
            old_format += 1  # written before the resume's wall time was recorded
            assert written == {**stored, "wall": ""}
        else:
            assert json.dumps(written) == row["payload"]
    assert old_format == 1


@pytest.mark.parametrize("count", range(len(ROWS) + 1))
def test_every_prefix_replays_to_the_state_the_old_version_computed(count: int) -> None:
    events = [event_from_dict(json.loads(row["payload"])) for row in ROWS[:count]]
    at = events[-1].at if events else 0.0
    runner = SessionRunner.replay(PLAN, SEATS, events, FakeClock(at))
    assert state_hash(runner) == STORED["state_after_each_event_sha256"][count]


def test_the_whole_log_replays_to_the_stored_final_state() -> None:
    events = [event_from_dict(json.loads(row["payload"])) for row in ROWS]
    runner = SessionRunner.replay(PLAN, SEATS, events, FakeClock(STORED["final_at"]))
    assert state(runner) == STORED["final_state"]
    assert [dataclasses.asdict(turn) for turn in runner.turns] == STORED["final_turns"]
    assert runner.phase == "finished"
