"""What the session summary copies from its record (segments by position with their kind,
attendance by seat, the end and the guests), "everyone here" marked in seat order, and the
latest sign of life a session keeps while its writes wait."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import select

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.models.session import SessionEvent, SessionSegment
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.room_writes import UnsavedChanges
from facilitator_desktop.workspace import Workspace
from tests.helpers.session_notes import Sitting, small_group, write_session

STARTED = datetime(2026, 3, 5, 17, 0)


def test_summary_segments_come_by_position_with_their_kind(workspace: Workspace) -> None:
    """Segments stored out of order come back in agenda order, each with its kind."""
    g = small_group(workspace)
    session_id = write_session(workspace, g.group_id, Sitting(segments=()))
    with workspace.context.sessions.begin() as s:
        for position, name, kind in ((2, "Check-out", "round"), (0, "Check-in", "round")):
            s.add(
                SessionSegment(
                    session_id=session_id,
                    position=position,
                    name=name,
                    kind=kind,
                    planned_seconds=300,
                    actual_seconds=240,
                )
            )
        s.add(
            SessionSegment(
                session_id=session_id,
                position=1,
                name="Sharing",
                kind="open",
                planned_seconds=1800,
                actual_seconds=1900,
            )
        )
    summary = workspace.sessions.summary(session_id)
    assert [(x.name, x.kind) for x in summary.segments] == [
        ("Check-in", "round"),
        ("Sharing", "open"),
        ("Check-out", "round"),
    ]


def test_summary_attendance_by_seat_with_outsiders_last(workspace: Workspace) -> None:
    """Marks come back by seat, not by member (seats here run against the ids); a member
    of another group (a mark the group does not list) shows as "?" after everyone seated."""
    g = small_group(workspace)
    workspace.members.reorder(g.group_id, [g.eve, g.dan, g.cleo, g.bo, g.anna])
    other = workspace.groups.create(GroupDraft("Other"))
    outsider = workspace.members.add(other.id, MemberDraft("Zed")).id
    marks = {
        outsider: ("present", None, None),
        g.eve: ("absent", None, None),
        g.anna: ("present", None, None),
        g.cleo: ("late", 600.0, None),
    }
    session_id = write_session(workspace, g.group_id, Sitting(marks=marks, guests=3))
    summary = workspace.sessions.summary(session_id)
    assert [(a.member_id, a.alias, a.status) for a in summary.attendance] == [
        (g.eve, "Eve", "absent"),
        (g.cleo, "Cleo", "late"),
        (g.anna, "Anna", "present"),
        (outsider, "?", "present"),
    ]
    assert summary.guests == 3
    assert summary.ended_at == STARTED + timedelta(seconds=840 + 2880 + 540)


def test_everyone_here_is_recorded_in_seat_order(workspace: Workspace) -> None:
    """The record lists the arrivals of "everyone here" by seat, not by when members were
    added: seats here run against the order of their ids."""
    g = small_group(workspace)
    seats = [g.eve, g.cleo, g.anna, g.dan, g.bo]
    workspace.members.reorder(g.group_id, seats)
    live = workspace.sessions.start(g.group_id, monotonic=FakeClock())
    live.mark_all_unmarked_present()
    with workspace.context.sessions() as s:
        rows = s.scalars(
            select(SessionEvent)
            .where(SessionEvent.session_id == live.session_id)
            .order_by(SessionEvent.seq)
        )
        arrived = [json.loads(e.payload)["member_id"] for e in rows if "member_id" in e.payload]
    assert arrived == seats


def test_the_latest_sign_of_life_is_kept_whatever_order_it_comes_in() -> None:
    """A heartbeat read late (an earlier time after a later one) does not move it back."""
    unsaved = UnsavedChanges()
    unsaved.note_alive(120.0)
    unsaved.note_alive(90.0)
    assert unsaved.alive_at == 120.0
    unsaved.note_alive(150.5)
    assert unsaved.alive_at == 150.5
