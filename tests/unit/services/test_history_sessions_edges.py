"""The History list of sessions, row by row and at its edges: every figure of a row, a
segment overrun counted only past the tolerance, the first and last moment of a date
range, other groups and running sessions left out, pages of fifty.

Sessions are written as rows, so each figure is chosen, not the product of a timer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from facilitator_desktop.models import Attendance, GroupSession, SessionSegment
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.history import OVERRUN_TOLERANCE_S, SessionRow
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace

DAY = datetime(2026, 3, 10)


def _session(
    ws: Workspace,
    group_id: int,
    started_at: datetime,
    *,
    status: str = "finished",
    segments: tuple[tuple[float, float], ...] = (),
    marks: dict[int, str] | None = None,
    guests: int = 0,
    elapsed: float = 0.0,
    planned: float = 0.0,
    corrected: bool = False,
) -> int:
    """One stored session; `segments` are (planned, actual) seconds."""
    with ws.context.sessions.begin() as s:
        row = GroupSession(
            group_id=group_id,
            status=status,
            started_at=started_at,
            plan_json="[]",
            seats_json="{}",
            soft_limit_min=3,
            guests=guests,
            elapsed_seconds=elapsed,
            planned_seconds=planned,
            corrected_at=started_at + timedelta(days=1) if corrected else None,
        )
        s.add(row)
        s.flush()
        for position, (plan, actual) in enumerate(segments):
            s.add(
                SessionSegment(
                    session_id=row.id,
                    position=position,
                    name=f"Part {position}",
                    kind="open",
                    planned_seconds=plan,
                    actual_seconds=actual,
                )
            )
        for member_id, status_ in (marks or {}).items():
            s.add(Attendance(session_id=row.id, member_id=member_id, status=status_))
        return row.id


def test_every_figure_of_a_row(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G"))
    other = ws.groups.create(GroupDraft("Other"))
    ann, bo, cy, dee = (ws.members.add(group.id, MemberDraft(a)).id for a in "ABCD")
    limit = OVERRUN_TOLERANCE_S
    # Overruns: one past the tolerance, one exactly at it (not an overrun), one under plan.
    first = _session(
        ws,
        group.id,
        DAY,
        segments=((600.0, 600.0 + limit + 1), (600.0, 600.0 + limit), (900.0, 300.0)),
        marks={ann: "present", bo: "late", cy: "excused", dee: "absent"},
        guests=2,
        elapsed=2400.5,
        planned=2100.0,
        corrected=True,
    )
    # A session of another group, with overruns of its own, and one still running.
    _session(ws, other.id, DAY + timedelta(hours=1), segments=((60.0, 999.0),) * 3)
    _session(ws, group.id, DAY + timedelta(hours=2), status="running", segments=((1.0, 99.0),))
    second = _session(
        ws,
        group.id,
        DAY + timedelta(days=7),
        segments=((600.0, 600.0 + limit - 1), (60.0, 60.0 + 2 * limit)),
        marks={ann: "left_early"},
        elapsed=700.0,
        planned=660.0,
    )
    assert ws.history.sessions(group.id) == [
        SessionRow(second, DAY + timedelta(days=7), 700.0, 660.0, 1, 2, 1, 0, False),
        SessionRow(first, DAY, 2400.5, 2100.0, 2, 3, 1, 2, True),
    ]


def test_date_range_includes_its_first_and_last_moments(
    workspace: Workspace, time_zone: Callable[[str], None]
) -> None:
    time_zone("UTC0")  # stored times are UTC: here the local days are the stored ones
    ws = workspace
    group = ws.groups.create(GroupDraft("G"))
    last_moment = datetime.combine(date(2026, 3, 12), datetime.max.time())
    starts = [
        DAY - timedelta(microseconds=1),  # the evening before: out
        DAY,  # midnight, the first moment of the first day: in
        DAY + timedelta(days=1, hours=18),
        last_moment,  # the last moment of the last day: in
        last_moment + timedelta(microseconds=1),  # the next day: out
    ]
    ids = [_session(ws, group.id, start) for start in starts]
    found = ws.history.sessions(group.id, since=DAY.date(), until=date(2026, 3, 12))
    assert [row.id for row in found] == [ids[3], ids[2], ids[1]]
    assert [row.id for row in ws.history.sessions(group.id, since=date(2026, 3, 13))] == [ids[4]]
    assert [row.id for row in ws.history.sessions(group.id, until=date(2026, 3, 9))] == [ids[0]]


def test_pages_of_fifty_newest_first(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G"))
    ids = [_session(ws, group.id, DAY + timedelta(days=7 * n)) for n in range(51)]
    newest_first = ids[::-1]
    page = ws.history.sessions(group.id)
    assert [row.id for row in page] == newest_first[:50]
    rest = ws.history.sessions(group.id, before=page[-1].started_at)
    assert [row.id for row in rest] == newest_first[50:]
    assert [row.id for row in ws.history.sessions(group.id, limit=3)] == newest_first[:3]


def test_date_range_is_of_local_days_far_from_utc(
    workspace: Workspace, time_zone: Callable[[str], None]
) -> None:
    time_zone("XXX-13")  # UTC+13: a local day starts at 11:00 UTC the day before
    ws = workspace
    group = ws.groups.create(GroupDraft("G"))
    starts = [
        datetime(2026, 3, 9, 10, 59),  # 23:59 local on the 9th: out
        datetime(2026, 3, 9, 11, 30),  # 00:30 local on the 10th: in (the 9th in UTC)
        datetime(2026, 3, 10, 10, 30),  # 23:30 local on the 10th: in
        datetime(2026, 3, 10, 11, 0),  # midnight local, the 11th: out
    ]
    ids = [_session(ws, group.id, start) for start in starts]
    day = date(2026, 3, 10)
    found = ws.history.sessions(group.id, since=day, until=day)
    assert [row.id for row in found] == [ids[2], ids[1]]
