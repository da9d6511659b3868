"""What the check-in score tests share: a group with a check-in round, its members,
finished sessions moved to the day a test needs, and a stored score overwritten by hand."""

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


def seal_as(ws: Workspace, session_id: int, member_id: int, plain: str) -> None:
    """Overwrite a stored score with `plain` sealed properly (valid ciphertext, odd
    content), as a hand-edited or future-format row would hold."""
    with ws.engine.begin() as conn:
        row_id, rev = conn.exec_driver_sql(
            "SELECT id, rev FROM checkin_scores WHERE session_id = ? AND member_id = ?",
            (session_id, member_id),
        ).one()
        blob = ws.keyring.cipher.encrypt("checkin_scores", row_id, "score", rev, plain)
        conn.exec_driver_sql("UPDATE checkin_scores SET score_ct = ? WHERE id = ?", (blob, row_id))
