"""A mark set after its session ended is a decision (a correction), and wins over a mark
the room set, whatever their clocks: the stamp compares [decided, clock, laptop]. A
co-facilitator's correction is kept even when a room mark written with a later clock
arrives after it, or before it."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from facilitator_desktop.models import Attendance, GroupSession, Member
from tests.unit.sync.handoff import Handoff, ana_group
from tests.unit.sync.laptops import run_session


def marks(h: Handoff) -> tuple[dict[str, Any], dict[str, Any]]:
    """Ana's session handed over; a room mark of one member, written with a late clock, and
    a correction of the same mark, written with an early one."""
    run_session(h.ana, ana_group(h))
    changes = h.captured()
    h.apply(*changes)
    record = next(r for c in changes for r in c.body["records"] if r["t"] == "attendance")
    room = {"t": "attendance", "k": record["k"], "c": 5000, "x": 0, "f": {"status": "late"}}
    corrected = {"t": "attendance", "k": record["k"], "c": 900, "x": 1, "f": {"status": "excused"}}
    return room, corrected


def kept_mark(h: Handoff, key: str) -> str | None:
    """Ben's mark of the member the attendance record `key` names."""
    session_key, member_key = key.split("/")
    with h.ben.ws.context.sessions.begin() as s:
        return s.scalar(
            select(Attendance.status)
            .join(GroupSession, GroupSession.id == Attendance.session_id)
            .join(Member, Member.id == Attendance.member_id)
            .where(GroupSession.uuid == session_key, Member.uuid == member_key)
        )


@pytest.mark.parametrize("correction_first", [True, False])
def test_a_correction_wins_over_a_room_mark_with_a_later_clock(
    handoff: Handoff, correction_first: bool
) -> None:
    h = handoff
    room, corrected = marks(h)
    order = [corrected, room] if correction_first else [room, corrected]
    for record in order:
        assert h.apply(h.written([record], clock=record["c"])) == [True]
    assert kept_mark(h, room["k"]) == "excused"
    assert h.ben.sharing.problems() == []
