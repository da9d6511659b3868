"""What the summary of one past session shows, and how a correction goes: read through the
services, put into words and chart rows (a `SessionPicture`), handed to the view.

The presenter holds no widget: the view (`SessionView`) draws the picture and runs the
correction dialogs the presenter asks for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.notes import NoteFilter
from facilitator_desktop.services.session_summary import SessionSummary
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.history.charts.attendance_list import AttendanceEntry
from facilitator_desktop.ui.history.charts.plan_actual import SegmentBar
from facilitator_desktop.ui.history.charts.turn_timeline import TimelineTurn
from facilitator_desktop.ui.history.corrections import (
    AttendanceChoice,
    TurnFix,
    corrected_members,
    describe,
)
from facilitator_desktop.ui.markers import shown_markers
from facilitator_desktop.ui.runner.airtime_bars import Bar
from facilitator_desktop.ui.signals import emit


def _tr(text: str) -> str:
    # Under the view's name: these strings were the view's, and are translated there.
    return QCoreApplication.translate("SessionView", text)


@dataclass(frozen=True, slots=True)
class SessionPicture:
    """Everything the summary shows of one session, in words and chart rows."""

    session_id: int
    title: str
    subtitle: str
    totals: str
    corrected: str  # "✎ Corrected on …", or "" when never corrected
    segments: tuple[SegmentBar, ...]
    attendance: tuple[AttendanceEntry, ...]
    airtime: tuple[Bar, ...]
    timeline_members: tuple[tuple[int, str], ...]  # (id, alias) in seat order
    turns: tuple[TimelineTurn, ...]
    timeline_segments: tuple[tuple[str, float], ...]  # (name, actual seconds)
    notes: str
    corrections: str  # one line per correction, or "" when there are none


class SessionShows(Protocol):
    """What the presenter asks of the view."""

    def show_picture(self, picture: SessionPicture | None) -> None:
        """Draw the session (None: empty, nothing private left on screen)."""

    def ask_attendance(
        self, day: str, choices: Sequence[AttendanceChoice], focus_member: int | None
    ) -> list[tuple[int, str]] | None:
        """The changed statuses the user saved; None when they cancelled."""

    def ask_turn(
        self,
        turns: Sequence[TimelineTurn],
        members: Sequence[tuple[int, str]],
        segment_names: Sequence[str],
        select_turn: int | None,
    ) -> TurnFix | None:
        """The fix the user saved; None when they cancelled or changed nothing."""

    def announce_corrected(self, session_id: int) -> None: ...


class SessionPresenter:
    def __init__(self, ctx: UiContext, view: SessionShows) -> None:
        self.ctx = ctx
        self.view = view
        self.summary: SessionSummary | None = None
        self._turns: tuple[TimelineTurn, ...] = ()
        self._aliases: dict[int, str] = {}

    def session_id(self) -> int | None:
        return self.summary.session_id if self.summary else None

    def clear(self) -> None:
        """Forget everything shown (aliases and notes are private)."""
        self.summary = None
        self._turns = ()
        self._aliases = {}
        self.view.show_picture(None)

    def show_session(self, session_id: int) -> None:
        ws = self.ctx.workspace
        try:
            summary = ws.sessions.summary(session_id)
            turns = ws.history.turns_of(session_id)
            corrections = ws.history.corrections(session_id)
            members = ws.members.list(summary.group_id, include_left=True)
        except FacilitatorError as exc:
            self.clear()
            emit(self.ctx.statusMessage, error_text(exc))
            return
        self.summary = summary
        self._aliases = {m.id: m.alias for m in members}
        self._turns = tuple(TimelineTurn(*t) for t in turns)
        fixed = corrected_members([what for _, what in corrections])
        order = [(a.member_id, a.alias) for a in summary.attendance]
        self.view.show_picture(
            SessionPicture(
                session_id=summary.session_id,
                title=_tr("{weekday} {date}").format(
                    weekday=formatting.weekday(look.local(summary.started_at)),
                    date=look.session_date(summary.started_at),
                ),
                subtitle=_subtitle(summary),
                totals=_totals(summary),
                corrected=_corrected(summary, [when for when, _ in corrections]),
                segments=tuple(
                    SegmentBar(s.name, s.planned_seconds, s.actual_seconds)
                    for s in summary.segments
                ),
                attendance=tuple(
                    AttendanceEntry(
                        a.member_id,
                        a.alias,
                        a.status,
                        self._detail(summary, a.arrived_at, a.left_at),
                        a.member_id in fixed,
                    )
                    for a in summary.attendance
                ),
                airtime=tuple(
                    Bar(
                        line.alias,
                        _tr("{time} · {share}%").format(
                            time=formatting.clock(line.seconds), share=round(line.share * 100)
                        ),
                        line.share,
                        seconds=line.seconds,
                    )
                    for line in summary.airtime
                    if line.turns or line.passes or line.seconds
                ),
                timeline_members=tuple((m, self._aliases.get(m, alias)) for m, alias in order),
                turns=self._turns,
                timeline_segments=tuple((s.name, s.actual_seconds) for s in summary.segments),
                notes=self._notes_text(session_id),
                corrections="\n".join(
                    f"{look.day(when.date())}: {describe(what, self._aliases)}"
                    for when, what in corrections
                ),
            )
        )

    def _notes_text(self, session_id: int) -> str:
        if self.ctx.workspace.locked:
            return _tr("Unlock to see your notes.")
        try:
            notes = self.ctx.workspace.notes.find(NoteFilter(session_id=session_id))
        except FacilitatorError as exc:
            return error_text(exc)
        if not notes:
            return _tr("No notes for this session.")
        lines = []
        for note in sorted(notes, key=lambda n: n.created_at):
            flag = ""
            if note.follow_up and not note.done:
                flag = "  ⚑ " + _tr("follow up")
                if note.due_on is not None:
                    flag += " " + _tr("by {date}").format(date=look.day(note.due_on))
            lines.append(f"{look.session_clock(note.created_at)}  {shown_markers(note.body)}{flag}")
        return "\n\n".join(lines)

    @staticmethod
    def _detail(summary: SessionSummary, arrived_at: float | None, left_at: float | None) -> str:
        wall_at = summary.wall_at
        parts = []
        if arrived_at is not None:
            parts.append(_tr("came {clock}").format(clock=look.session_clock(wall_at(arrived_at))))
        if left_at is not None:
            parts.append(_tr("left {clock}").format(clock=look.session_clock(wall_at(left_at))))
        return ", ".join(parts)

    # --- corrections ---------------------------------------------------------------------------

    def correct_attendance(self, focus_member: int | None = None) -> bool:
        summary = self.summary
        if summary is None:
            return False
        marked = {a.member_id: a.status for a in summary.attendance}
        choices = [AttendanceChoice(a.member_id, a.alias, a.status) for a in summary.attendance]
        day = summary.started_at.date()
        for member in self.ctx.workspace.members.list(summary.group_id, include_left=True):
            in_group = member.joined_on <= day and (member.left_on is None or member.left_on > day)
            if member.id not in marked and in_group:
                choices.append(AttendanceChoice(member.id, member.alias, None))
        changes = self.view.ask_attendance(
            look.session_date(summary.started_at), choices, focus_member
        )
        if changes is None or self.ctx.workspace.locked:
            return False
        try:
            for member_id, status in changes:
                self.ctx.workspace.history.correct_attendance(summary.session_id, member_id, status)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
        self._after_correction(summary.session_id)
        return True

    def correct_turn(self, turn_id: int | None = None) -> bool:
        summary = self.summary
        if summary is None or not self._turns:
            return False
        fix = self.view.ask_turn(
            self._turns,
            list(self._aliases.items()),
            [s.name for s in summary.segments],
            turn_id,
        )
        if fix is None or self.ctx.workspace.locked:
            return False
        try:
            self.ctx.workspace.history.correct_turn(
                fix.turn_id, member_id=fix.member_id, duration=fix.duration, passed=fix.passed
            )
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
        self._after_correction(summary.session_id)
        return True

    def _after_correction(self, session_id: int) -> None:
        self.show_session(session_id)
        self.view.announce_corrected(session_id)
        emit(self.ctx.statusMessage, _tr("Correction saved and recorded."))


def _subtitle(summary: SessionSummary) -> str:
    ended = f"–{look.session_clock(summary.ended_at)}" if summary.ended_at is not None else ""
    return f"{summary.group_name} · {look.session_clock(summary.started_at)}{ended}"


def _totals(summary: SessionSummary) -> str:
    guests = summary.guests
    return _tr("{actual} of {planned} planned · {attended}{guests} · {turns} · {passes}").format(
        actual=look.minutes(summary.actual_seconds),
        planned=look.minutes(summary.planned_seconds),
        attended=formatting.attended(summary.attended),
        guests=" + " + formatting.guests(guests) if guests else "",
        turns=formatting.turns(summary.turn_count),
        passes=formatting.passes(summary.pass_count),
    )


def _corrected(summary: SessionSummary, corrected_on: list[datetime]) -> str:
    if summary.corrected and corrected_on:
        return "✎ " + _tr("Corrected on {date}").format(date=look.day(corrected_on[-1].date()))
    return ""
