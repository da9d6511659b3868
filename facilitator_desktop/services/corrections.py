"""Corrections to a finished session after the fact: a member's attendance, a turn's
member, length or pass. Each change is recorded in words with the time it was made, and
the session is marked as corrected."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_desktop.errors import N_, NotFound, ValidationError
from facilitator_desktop.models import Attendance, Correction, GroupSession, Turn
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.participation import attendance_status
from facilitator_desktop.services.sharing_sessions import copied_from, other_copies


class SessionCorrections:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def correct_attendance(self, session_id: int, member_id: int, status: str) -> None:
        """Change a member's attendance in a past session; the change is recorded."""
        checked = attendance_status(status)
        if checked is None:
            raise NotFound("Unknown attendance status.")
        with self._ctx.sessions.begin() as s:
            row = _finished(s, session_id)
            mark = s.get(Attendance, (session_id, member_id))
            before = mark.status if mark else "unmarked"
            # A meeting run on two laptops is shown merged, the most present mark of its
            # copies kept: the correction is made in every copy, or the next merge undoes it.
            for session in (row, *other_copies(s, row)):
                _set_mark(s, session.id, member_id, checked)
            self._record(s, row, f"attendance member={member_id}: {before} -> {checked}")

    def correct_turn(
        self,
        turn_id: int,
        *,
        member_id: int | None = None,
        duration: float | None = None,
        passed: bool | None = None,
    ) -> None:
        """Fix a mis-recorded turn (wrong member, wrong length, a pass that was not)."""
        with self._ctx.sessions.begin() as s:
            turn = s.get(Turn, turn_id)
            if turn is None:
                raise NotFound("That turn no longer exists.")
            row = _finished(s, turn.session_id)
            stays_a_pass = turn.passed if passed is None else passed
            if stays_a_pass and duration:
                # Nobody spoke, so no time was taken: a length would count in airtime
                # somewhere and not elsewhere. Nothing of this correction is made.
                raise ValidationError(
                    "duration", N_("A pass has no length: mark the turn as spoken to give it one.")
                )
            changes = []
            if member_id is not None and member_id != turn.member_id:
                changes.append(f"member {turn.member_id} -> {member_id}")
                turn.member_id = member_id
            if duration is not None and duration != turn.duration:
                if duration < 0:
                    raise NotFound("A turn cannot last less than zero seconds.")
                changes.append(f"duration {turn.duration:.0f}s -> {duration:.0f}s")
                turn.duration = duration
            if passed is not None and passed != turn.passed:
                changes.append(f"passed {turn.passed} -> {passed}")
                turn.passed = passed
                if passed:
                    turn.duration = 0.0
            if changes:
                # A turn another laptop recorded is copied afresh by each merge: corrected
                # where it was recorded too, the correction stays.
                source = copied_from(s, row, turn)
                if source is not None:
                    source.member_id, source.duration = turn.member_id, turn.duration
                    source.passed = turn.passed
                self._record(s, row, f"turn {turn_id}: " + ", ".join(changes))

    def turns_of(self, session_id: int) -> list[tuple[int, int, int, float, float, bool]]:
        """(turn id, member id, segment index, start, duration, passed) in order."""
        with self._ctx.sessions() as s:
            return [
                (t.id, t.member_id, t.segment_index, t.started_at, t.duration, t.passed)
                for t in s.scalars(
                    select(Turn).where(Turn.session_id == session_id).order_by(Turn.started_at)
                )
            ]

    def corrections(self, session_id: int) -> list[tuple[datetime, str]]:
        """(when, what) for each correction of the session, oldest first."""
        with self._ctx.sessions() as s:
            return [
                (c.made_at, c.what)
                for c in s.scalars(
                    select(Correction)
                    .where(Correction.session_id == session_id)
                    .order_by(Correction.made_at)
                )
            ]

    def _record(self, s: Session, row: GroupSession, what: str) -> None:
        stamp = self._ctx.now()
        row.corrected_at = stamp
        s.add(Correction(session_id=row.id, made_at=stamp, what=what))


def _set_mark(s: Session, session_id: int, member_id: int, status: str) -> None:
    mark = s.get(Attendance, (session_id, member_id))
    if mark is None:
        mark = Attendance(session_id=session_id, member_id=member_id)
        s.add(mark)
    mark.status = status
    if status != "late":
        mark.arrived_at = None
    if status != "left_early":
        mark.left_at = None


def _finished(s: Session, session_id: int) -> GroupSession:
    row = s.get(GroupSession, session_id)
    if row is None or row.status != "finished":
        raise NotFound("Only finished sessions can be corrected.")
    return row
