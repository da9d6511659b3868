"""Applying another laptop's changes: a mark this laptop's merge made (one meeting run on two
laptops) and added on the other laptop after the fact arrives as a whole new record about a
row already here. Changes are handed over without a server."""

from __future__ import annotations

from sqlalchemy import select

from facilitator_desktop.models import Attendance, GroupSession
from facilitator_desktop.services.members import MemberDraft
from tests.unit.sync.handoff import Handoff, ana_group, ben_group
from tests.unit.sync.test_sharing_sessions import run as run_meeting


def _meeting(laptop_handoff: Handoff, group: int, alias: str) -> tuple[int, int]:
    """(the session history shows, the member's id) on the first laptop of the handoff."""
    laptop = laptop_handoff.ana
    with laptop.ws.context.sessions.begin() as s:
        session = s.scalar(
            select(GroupSession.id).where(
                GroupSession.group_id == group, GroupSession.status == "finished"
            )
        )
        assert session is not None
    [member] = [m.id for m in laptop.ws.members.list(group) if m.alias == alias]
    return session, member


def test_a_mark_added_after_the_fact_for_a_row_a_merge_made_here_is_taken(
    handoff: Handoff,
) -> None:
    """The record is about a row this laptop's merge made (no record of it came yet): it
    updates that row, where a second insert of it would be refused as unusable."""
    h = handoff
    back = Handoff(h.ben, h.ana)  # Ben's changes, opened on Ana's laptop
    h.apply(*h.captured())
    group = ben_group(h)
    # Ana runs the meeting; Dee, a newcomer, came late, and only Ben marked her
    run_meeting(h.ana, ana_group(h), {"Ann": "present"}, ["Ann"])
    h.ben.ws.members.add(group, MemberDraft("Dee"))
    assert back.apply(*back.captured()) == [True]  # Ana's laptop knows Dee now
    h.ben.wall.advance(40)
    run_meeting(h.ben, group, {"Dee": "late"}, ["Dee"])
    h.apply(*h.captured())  # Ben's laptop merges: Dee's mark joins Ana's session
    ben_session, ben_dee = _meeting(back, group, "Dee")
    with h.ben.ws.context.sessions.begin() as s:
        merged = s.get(Attendance, (ben_session, ben_dee))
        assert merged is not None and merged.status == "late"
    # Ana adds Dee to her session after the fact: she was there on time
    session, dee = _meeting(h, ana_group(h), "Dee")
    h.ana.ws.history.correct_attendance(session, dee, "present")
    [correction] = h.captured()
    [mark] = [r for r in correction.body["records"] if r["t"] == "attendance"]
    assert mark["f"] == {"status": "present", "arrived_at": None, "left_at": None}
    assert h.apply(correction) == [True]
    assert h.ben.sharing.problems() == []
    with h.ben.ws.context.sessions.begin() as s:
        found = s.get(Attendance, (ben_session, ben_dee))
        assert found is not None
        assert (found.status, found.arrived_at, found.left_at) == ("present", None, None)
