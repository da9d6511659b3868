"""CSV exports of a group's history. They hold decrypted aliases: the UI warns first."""

from __future__ import annotations

import csv
import io

from sqlalchemy import func, select

from facilitator_desktop.models import Attendance, GroupSession, Turn
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.members import MemberService


class ExportService:
    def __init__(self, ctx: ServiceContext, members: MemberService) -> None:
        self._ctx = ctx
        self._members = members

    def attendance_csv(self, group_id: int) -> bytes:
        """One row per member per finished session: date, alias, status."""
        aliases = self._aliases(group_id)
        with self._ctx.sessions() as s:
            rows = s.execute(
                select(GroupSession.started_at, Attendance.member_id, Attendance.status)
                .join(Attendance, Attendance.session_id == GroupSession.id)
                .where(GroupSession.group_id == group_id, GroupSession.status == "finished")
                .order_by(GroupSession.started_at, Attendance.member_id)
            ).all()
        return _csv(
            ("session_start", "member", "status"),
            (
                (started.isoformat(" ", "minutes"), aliases.get(m, "?"), status)
                for started, m, status in rows
            ),
        )

    def airtime_csv(self, group_id: int) -> bytes:
        """One row per member per finished session: seconds spoken, share, turns, passes."""
        aliases = self._aliases(group_id)
        with self._ctx.sessions() as s:
            rows = s.execute(
                select(
                    GroupSession.id,
                    GroupSession.started_at,
                    Turn.member_id,
                    func.sum(func.iif(Turn.passed, 0.0, Turn.duration)),
                    func.sum(func.iif(Turn.passed, 0, 1)),
                    func.sum(func.iif(Turn.passed, 1, 0)),
                )
                .join(Turn, Turn.session_id == GroupSession.id)
                .where(GroupSession.group_id == group_id, GroupSession.status == "finished")
                .group_by(GroupSession.id, Turn.member_id)
                .order_by(GroupSession.started_at, Turn.member_id)
            ).all()
        totals: dict[int, float] = {}
        for session_id, _, _, seconds, _, _ in rows:
            totals[session_id] = totals.get(session_id, 0.0) + float(seconds or 0.0)
        return _csv(
            ("session_start", "member", "seconds", "share", "turns", "passes"),
            (
                (
                    started.isoformat(" ", "minutes"),
                    aliases.get(member_id, "?"),
                    f"{float(seconds or 0):.0f}",
                    f"{(float(seconds or 0) / totals[sid]) if totals[sid] else 0:.3f}",
                    turns,
                    passes,
                )
                for sid, started, member_id, seconds, turns, passes in rows
            ),
        )

    def _aliases(self, group_id: int) -> dict[int, str]:
        return {m.id: m.alias for m in self._members.list(group_id, include_left=True)}


def _csv(header: tuple[str, ...], rows: object) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)  # type: ignore[arg-type]
    # UTF-8 with BOM so spreadsheet programs show Ελένη and Дмитрий correctly.
    return buffer.getvalue().encode("utf-8-sig")
