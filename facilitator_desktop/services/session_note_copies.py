"""A member's copy of their session notes: the sessions they attended or have lines in,
and their progress entries with every other member's names reduced to initials. Part
of SessionNoteService (a base class of it), kept apart as its own job."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_desktop.domain.session_note import ATTENDED, OthersRedactor, Person, redact_body
from facilitator_desktop.errors import N_, ExportRefused, NotFound, RecordDamaged
from facilitator_desktop.handouts.progress_entry_data import (
    ProgressReportData,
    ReportAddendum,
    ReportMeasure,
    ReportSection,
    ReportSession,
)
from facilitator_desktop.models import (
    Attendance,
    Group,
    GroupSession,
    Member,
    ProgressEntry,
    SessionNote,
)
from facilitator_desktop.services.context import ServiceContext, to_local
from facilitator_desktop.services.members import MemberInfo, MemberService
from facilitator_desktop.services.session_note_views import MemberSession, SessionNoteView

DAMAGED_MEMBER = N_(
    "A member of “{group}” has a damaged record, so their names cannot be looked for and "
    "removed from this copy. Nothing has been made. Restore a backup that holds an intact "
    "copy, or erase the damaged member, then try again."
)


class MemberCopies:
    _ctx: ServiceContext
    _members: MemberService

    if TYPE_CHECKING:

        def open(self, session_id: int) -> SessionNoteView: ...

    def member_sessions(self, member_id: int) -> list[MemberSession]:
        """The finished sessions of the member's group they attended or have lines in,
        newest first."""
        with self._ctx.sessions() as s:
            group_id = s.scalar(select(Member.group_id).where(Member.id == member_id))
            if group_id is None:
                raise NotFound("That member no longer exists.")
            return self._member_sessions(s, member_id, group_id)

    def member_report(
        self,
        member_id: int,
        *,
        session_ids: Sequence[int] | None = None,
        first: date | None = None,
        last: date | None = None,
        replacement: str | None = None,
        unknown: str = "[another member]",
        section_title: Callable[[str], str] = str,
    ) -> ProgressReportData:
        """A member's progress entries for the chosen sessions (or every one from `first`
        to `last`, local days), with every other member's names reduced to initials, or to
        `replacement` when given. ExportRefused when another member's record is damaged:
        their names could not be looked for."""
        reader = self._members.get(member_id)
        if reader.damaged:
            raise RecordDamaged()
        redact = OthersRedactor(
            _person(reader),
            [_person(m) for m in self._everyone_else(member_id)],
            replacement=replacement,
            unknown=unknown,
        )
        with self._ctx.sessions() as s:
            listed = self._member_sessions(s, member_id, reader.group_id)
            group_name = s.scalar(select(Group.name).where(Group.id == reader.group_id)) or ""
        wanted = set(session_ids) if session_ids is not None else None
        chosen = []
        for item in reversed(listed):  # oldest first
            day = to_local(item.started_at).date()
            if wanted is not None and item.session_id not in wanted:
                continue
            if first is not None and day < first:
                continue
            if last is not None and day > last:
                continue
            chosen.append(item.session_id)
        if wanted is not None and len(chosen) < len(wanted):
            raise NotFound("A chosen session is not one of this member's.")
        sessions = tuple(
            self._report_session(self.open(sid), member_id, redact, section_title) for sid in chosen
        )
        days = [session.day for session in sessions]
        return ProgressReportData(
            group_name=group_name,
            member_name=reader.full_name or reader.alias,
            first=first or (min(days) if days else to_local(self._ctx.now()).date()),
            last=last or (max(days) if days else to_local(self._ctx.now()).date()),
            sessions=sessions,
        )

    def _member_sessions(self, s: Session, member_id: int, group_id: int) -> list[MemberSession]:
        statuses = dict(
            s.execute(
                select(Attendance.session_id, Attendance.status).where(
                    Attendance.member_id == member_id
                )
            ).all()
        )
        with_lines = set(
            s.scalars(
                select(SessionNote.session_id)
                .join(ProgressEntry, ProgressEntry.session_note_id == SessionNote.id)
                .where(ProgressEntry.member_id == member_id)
            )
        )
        notes = {
            sid: signed is not None
            for sid, signed in s.execute(
                select(SessionNote.session_id, SessionNote.signed_at)
                .join(GroupSession, GroupSession.id == SessionNote.session_id)
                .where(GroupSession.group_id == group_id)
            )
        }
        rows = s.execute(
            select(GroupSession.id, GroupSession.started_at)
            .where(GroupSession.group_id == group_id, GroupSession.status == "finished")
            .order_by(GroupSession.started_at.desc(), GroupSession.id.desc())
        ).all()
        return [
            MemberSession(sid, started, statuses.get(sid), sid in notes, notes.get(sid, False))
            for sid, started in rows
            if statuses.get(sid) in ATTENDED or sid in with_lines
        ]

    def _everyone_else(self, member_id: int) -> list[MemberInfo]:
        """Every other member of every group (as a member's export of step 7 does)."""
        with self._ctx.sessions() as s:
            groups = s.execute(
                select(Group.id, Group.name).where(Group.id.in_(select(Member.group_id)))
            ).all()
        others: list[MemberInfo] = []
        for group_id, group_name in groups:
            try:
                members = self._members.list(group_id, include_left=True)
            except RecordDamaged as exc:
                raise ExportRefused(DAMAGED_MEMBER, group=group_name) from exc
            for other in members:
                if other.id == member_id:
                    continue
                if other.damaged:
                    raise ExportRefused(DAMAGED_MEMBER, group=group_name)
                others.append(other)
        return others

    @staticmethod
    def _report_session(
        view: SessionNoteView,
        member_id: int,
        redact: OthersRedactor,
        section_title: Callable[[str], str],
    ) -> ReportSession:
        facts = view.facts
        mine = facts.member(member_id)
        status = next((a.status for a in facts.attendance if a.member_id == member_id), "")
        body = redact_body(view.body, redact)

        def addenda(of: int | None) -> tuple[ReportAddendum, ...]:
            return tuple(
                ReportAddendum(to_local(a.created_at), redact(a.text))
                for a in view.addenda
                if a.member_id == of and not a.damaged
            )

        def local_time(moment: datetime | None) -> datetime | None:
            return to_local(moment) if moment is not None else None

        start, end = to_local(facts.started_at), to_local(facts.ended_at)
        attended_from = local_time(mine.attended_from) if mine else None
        attended_to = local_time(mine.attended_to) if mine else None
        return ReportSession(
            day=start.date(),
            start=start.time(),
            end=end.time(),
            planned_seconds=facts.planned_seconds,
            actual_seconds=facts.actual_seconds,
            present=len(facts.present),
            guests=facts.guests,
            segments=tuple((seg.name, seg.actual_seconds) for seg in facts.segments),
            themes=body.themes,
            sections=tuple(
                ReportSection(section_title(sec.title), sec.text) for sec in body.sections
            ),
            group_addenda=addenda(None),
            status=status,
            attended_from=attended_from.time() if attended_from else None,
            attended_to=attended_to.time() if attended_to else None,
            turns=mine.turns if mine else 0,
            passes=mine.passes if mine else 0,
            seconds=mine.seconds if mine else 0.0,
            share=mine.share if mine else 0.0,
            checkin=(
                (mine.checkin.score, mine.checkin.low, mine.checkin.high)
                if mine and mine.checkin
                else None
            ),
            measures=tuple(ReportMeasure(m.name, m.total) for m in mine.measures) if mine else (),
            rules_acknowledged=mine.rules_acknowledged if mine else None,
            rules_in_force=mine.rules_in_force if mine else None,
            entry=redact(view.entry(member_id)),
            entry_addenda=addenda(member_id),
            signed_on=to_local(view.signed_at).date() if view.signed_at else None,
            written=view.note_id is not None,
        )


def _person(member: MemberInfo) -> Person:
    return Person(member.id, member.alias, member.full_name, member.contact)
