"""Which segments keep running long, listed in the order the agenda first shows them:
session by session, and within a session by position, whatever order the rows were
stored in (a segment added at the front during the session is stored last). How evenly
airtime was shared: the time before a pass is not airtime, a turn corrected to no time is
no airtime."""

from __future__ import annotations

from datetime import datetime, timedelta

from facilitator_desktop.domain import stats
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.models import GroupSession, SessionSegment
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace

DAY = datetime(2026, 3, 10, 18, 0)


def _session(
    ws: Workspace, group_id: int, started_at: datetime, stored: list[tuple[int, str]]
) -> None:
    """A finished session whose segments are stored in the order given, as (position, name),
    each planned for 10 minutes and run for 12."""
    with ws.context.sessions.begin() as s:
        row = GroupSession(
            group_id=group_id,
            status="finished",
            started_at=started_at,
            plan_json="[]",
            seats_json="{}",
            soft_limit_min=3,
        )
        s.add(row)
        s.flush()
        for position, name in stored:
            s.add(
                SessionSegment(
                    session_id=row.id,
                    position=position,
                    name=name,
                    kind="open",
                    planned_seconds=600.0,
                    actual_seconds=720.0,
                )
            )


def test_segments_in_order_of_first_appearance(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G"))
    # First session: Welcome, then Check-in added at the front while it ran (stored last).
    _session(ws, group.id, DAY, [(1, "Welcome"), (0, "Check-in")])
    # Second: a new first part, then Check-in second.
    _session(ws, group.id, DAY + timedelta(days=7), [(0, "Grounding"), (1, "Check-in")])
    overruns = ws.history.overruns(group.id)
    assert [(o.segment_name, o.sessions, o.overran) for o in overruns] == [
        ("Check-in", 2, 2),
        ("Welcome", 1, 1),
        ("Grounding", 1, 1),
    ]


def test_equity_counts_what_was_said(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G", agenda=(SegmentSpec("Round", 10, "round"),)))
    ann, bo, cy = (ws.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo", "Cy"))
    clock = FakeClock()
    live = ws.sessions.start(group.id, monotonic=clock)
    for member_id in (ann, bo, cy):
        live.mark(member_id, "present")
    live.toggle()
    live.start_round(ann)
    live.next_speaker()
    clock.advance(100)  # Ann holds the floor, then passes
    live.pass_turn()
    clock.advance(30)
    live.next_speaker()
    clock.advance(10)
    live.next_speaker()
    live.end()
    [point] = ws.history.equity(group.id)
    assert (point.gini, point.top_share) == (
        stats.gini([0.0, 30.0, 10.0]),
        stats.top_speaker_share([0.0, 30.0, 10.0]),
    )
    assert point.top_share == 0.75
    # Cy's turn was a slip: corrected to no time, it is no airtime.
    cy_turn = next(t[0] for t in ws.history.turns_of(live.session_id) if t[1] == cy)
    ws.history.correct_turn(cy_turn, duration=0.0)
    [point] = ws.history.equity(group.id)
    assert (point.gini, point.top_share) == (stats.gini([0.0, 30.0, 0.0]), 1.0)
