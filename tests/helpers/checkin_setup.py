"""What the check-in score tests share: a group with a check-in round, its members, and
finished sessions moved to the day a test needs."""

from __future__ import annotations

from datetime import datetime

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace

AGENDA = (SegmentSpec("Check-in", 10, "round"),)
MONDAY = datetime(2025, 3, 3, 18, 30)


def group_of(ws: Workspace, *aliases: str) -> tuple[int, list[int]]:
    """A group with a check-in round and one member for each alias, in order."""
    group = ws.groups.create(GroupDraft("Thursday circle", agenda=AGENDA))
    return group.id, [ws.members.add(group.id, MemberDraft(a)).id for a in aliases]


def finished_session(ws: Workspace, group_id: int, started: datetime) -> int:
    """A finished session of the group that started at `started` (UTC)."""
    live = ws.sessions.start(group_id, monotonic=FakeClock(0.0))
    live.toggle()
    live.end()
    with ws.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE sessions SET started_at = ? WHERE id = ?",
            (started.isoformat(sep=" "), live.session_id),
        )
    return live.session_id
