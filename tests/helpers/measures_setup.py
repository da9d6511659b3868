"""What the measures service tests share: a fixed clock, groups and members, sessions
and check-ins written as the app writes them."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from facilitator_desktop.models import CheckinScore, GroupSession, MeasureEntry
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.measures import InstrumentInfo, MeasureService
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace

NOW = datetime(2026, 3, 10, 12, 0)
TODAY = NOW.date()


def group_with(ws: Workspace, name: str, *aliases: str) -> tuple[int, list[int]]:
    group = ws.groups.create(GroupDraft(name))
    return group.id, [ws.members.add(group.id, MemberDraft(a)).id for a in aliases]


def by_key(measures: MeasureService, key: str) -> InstrumentInfo:
    (info,) = [i for i in measures.instruments(include_archived=True) if i.spec.key == key]
    return info


def session_at(ws: Workspace, group_id: int, started: datetime) -> int:
    with ws.context.sessions.begin() as s:
        row = GroupSession(
            group_id=group_id,
            status="finished",
            started_at=started,
            ended_at=started + timedelta(minutes=90),
            plan_json="[]",
            seats_json="[]",
            soft_limit_min=5,
        )
        s.add(row)
        s.flush()
        return row.id


def checkin(ws: Workspace, session_id: int, member_id: int, plain: str) -> None:
    """A check-in as the check-in service seals it (a number written as JSON text)."""
    cipher = ws.keyring.cipher
    with ws.context.sessions.begin() as s:
        row = CheckinScore(session_id=session_id, member_id=member_id, rev=0, recorded_at=NOW)
        s.add(row)
        s.flush()
        row.score_ct = cipher.encrypt("checkin_scores", row.id, "score", 0, plain)


def entry_count(ws: Workspace) -> int:
    with ws.context.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(MeasureEntry)) or 0)
