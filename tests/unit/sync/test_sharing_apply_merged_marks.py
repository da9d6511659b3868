"""Applying another laptop's changes: marks of one meeting run on two laptops, merged into one
session. A mark this laptop's merge made and added on the other laptop after the fact arrives
as a whole new record about a row already here; a correction of a merged session's mark,
made here or arriving, stays through the merges after it. Changes are handed over without
a server."""

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


def test_a_correction_of_a_merged_meetings_mark_stays_on_both_laptops(
    handoff: Handoff,
) -> None:
    """The merge after the correction starts from the corrected mark, not from the one the
    session first had: Cy, absent on both laptops, was there after all, on both."""
    h = handoff
    back = Handoff(h.ben, h.ana)
    h.apply(*h.captured())
    group = ben_group(h)
    run_meeting(h.ana, ana_group(h), {"Ann": "present"}, ["Ann"])
    h.ben.wall.advance(40)
    run_meeting(h.ben, group, {"Bo": "present"}, ["Bo"])
    h.apply(*h.captured())  # both laptops merge the two sessions
    assert back.apply(*back.captured()) == [True]
    session, cy = _meeting(h, ana_group(h), "Cy")
    h.ana.ws.history.correct_attendance(session, cy, "present")
    h.apply(*h.captured())  # Ana's laptop merges again on capture, Ben's after applying
    assert h.ben.sharing.problems() == []
    ben_session, ben_cy = _meeting(back, group, "Cy")
    for laptop, mark in ((h.ana, (session, cy)), (h.ben, (ben_session, ben_cy))):
        with laptop.ws.context.sessions.begin() as s:
            found = s.get(Attendance, mark)
            assert found is not None
            assert (laptop.name, found.status) == (laptop.name, "present")
    [(_, what)] = h.ana.ws.history.corrections(session)
    assert what == f"attendance member={cy}: absent -> present"


def test_a_mark_a_merge_made_twice_follows_the_other_laptops_correction(
    handoff: Handoff,
) -> None:
    """A mark this laptop's merges made (so taken as the session's own by the next merge),
    corrected on the other laptop: both laptops end with the corrected mark."""
    h = handoff
    back = Handoff(h.ben, h.ana)
    h.apply(*h.captured())
    group = ben_group(h)
    # Dee, a newcomer only Ben knew of, came late; Ana ran the same meeting without her
    h.ben.ws.members.add(group, MemberDraft("Dee"))
    run_meeting(h.ana, ana_group(h), {"Ann": "present"}, ["Ann"])
    h.ben.wall.advance(40)
    run_meeting(h.ben, group, {"Dee": "late"}, ["Dee"])
    h.apply(*h.captured())  # Ben's laptop merges: Dee's mark joins Ana's session
    assert back.apply(*back.captured()) == [True]  # Ben's capture merges again; Ana's too
    session, dee = _meeting(h, ana_group(h), "Dee")
    h.ana.ws.history.correct_attendance(session, dee, "present")
    assert h.apply(*h.captured()) == [True]
    assert h.ben.sharing.problems() == []
    ben_session, ben_dee = _meeting(back, group, "Dee")
    for laptop, mark in ((h.ana, (session, dee)), (h.ben, (ben_session, ben_dee))):
        with laptop.ws.context.sessions.begin() as s:
            found = s.get(Attendance, mark)
            assert found is not None
            assert (laptop.name, found.status, found.arrived_at) == (laptop.name, "present", None)
