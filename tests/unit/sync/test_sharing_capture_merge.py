"""Capture, continued: when a session of this laptop ends and is captured, the merges run here
too, so a meeting another laptop recorded as well is one session on this laptop at once, not
only after the next change arrives. Changes are handed over without a server."""

from __future__ import annotations

from sqlalchemy import select

from facilitator_desktop.models import GroupSession, Turn
from tests.unit.sync.handoff import (
    Handoff,
    ana_group,
    ben_group,
)
from tests.unit.sync.test_sharing_sessions import run as run_meeting


def test_a_meeting_ended_here_after_the_other_laptops_copy_arrived_is_one_session_on_capture(
    handoff: Handoff,
) -> None:
    h = handoff
    h.apply(*h.captured())
    group = ben_group(h)
    # one meeting run on both laptops: Ana saw Ann, Ben (who started 40 s later) saw Bo
    run_meeting(h.ana, ana_group(h), {"Ann": "present"}, ["Ann"])
    h.apply(*h.captured())  # Ana's session is on Ben's laptop before his own ends
    h.ben.wall.advance(40)
    run_meeting(h.ben, group, {"Bo": "present"}, ["Bo"])
    assert len(h.ben.ws.history.sessions(group)) == 2  # not merged yet: nothing captured
    assert h.ben.engine.capture() == 1
    # Ben's capture merged his session with Ana's: one session, both turns, both marks
    [session] = h.ben.ws.history.sessions(group)
    assert session.attended == 2  # Ann (seen by Ana) and Bo (seen by Ben)
    members = {m.id: m.alias for m in h.ben.ws.members.list(group)}
    with h.ben.ws.context.sessions.begin() as s:
        finished = list(
            s.scalars(
                select(GroupSession.id).where(
                    GroupSession.group_id == group, GroupSession.status == "finished"
                )
            )
        )
        assert finished == [session.id]
        turns = s.scalars(select(Turn.member_id).where(Turn.session_id == session.id))
        assert sorted(members[m] for m in turns) == ["Ann", "Bo"]
