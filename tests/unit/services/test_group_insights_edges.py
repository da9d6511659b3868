"""Which segments keep running long, listed in the order the agenda first shows them:
session by session, and within a session by position, whatever order the rows were
stored in (a segment added at the front during the session is stored last)."""

from __future__ import annotations

from datetime import datetime, timedelta

from facilitator_desktop.models import GroupSession, SessionSegment
from facilitator_desktop.services.groups import GroupDraft
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
