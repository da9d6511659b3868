"""One past session: planned vs actual, attendance, airtime, the turns over time, its notes
and any corrections. The facilitator corrects attendance or a turn from here."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.notes import NoteFilter
from facilitator_desktop.services.session_summary import SessionSummary
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.history.charts.attendance_list import AttendanceEntry, AttendanceList
from facilitator_desktop.ui.history.charts.plan_actual import PlanActualBars, SegmentBar
from facilitator_desktop.ui.history.charts.turn_timeline import TimelineTurn, TurnTimeline
from facilitator_desktop.ui.history.corrections import (
    AttendanceChoice,
    AttendanceDialog,
    TurnDialog,
    corrected_members,
    describe,
)
from facilitator_desktop.ui.history.export import print_session_summary
from facilitator_desktop.ui.runner.airtime_bars import AirtimeBars, Bar
from facilitator_desktop.ui.runner.panel import caption
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class SessionView(QWidget):
    """The summary of one past session, with corrections; empty until one is shown."""

    # A member's name was clicked: open their page.
    memberActivated = Signal(int)
    # The session was corrected (the list row should show it).
    corrected = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary: SessionSummary | None = None
        self._turns: tuple[TimelineTurn, ...] = ()
        self._aliases: dict[int, str] = {}
        self._dialog: QDialog | None = None  # a correction dialog while it is open

        self.title = heading("", 2, self)
        self.subtitle = ToneLabel("", Tone.MUTED, self)
        self.totals_label = ToneLabel("", Tone.NORMAL, self)
        font = self.totals_label.font()
        font.setBold(True)
        self.totals_label.setFont(font)
        self.corrected_label = ToneLabel("", Tone.WARNING, self)
        self.print_button = QPushButton(self.tr("&Print summary…"), self)
        self.print_button.setToolTip(self.tr("Save this session's summary as a PDF to print"))
        self.print_button.clicked.connect(self._on_print)
        self.attendance_button = QPushButton(self.tr("Correct &attendance…"), self)
        self.attendance_button.clicked.connect(self._on_correct_attendance)
        self.turn_button = QPushButton(self.tr("Correct a &turn…"), self)
        self.turn_button.setToolTip(self.tr("Or click a turn on the timeline"))
        self.turn_button.clicked.connect(self._on_correct_turn)
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        actions.addWidget(self.attendance_button)
        actions.addWidget(self.turn_button)

        self.segment_bars = PlanActualBars(self)
        self.attendance_list = AttendanceList(self)
        self.attendance_list.set_empty_text(self.tr("No attendance was recorded."))
        self.attendance_list.activated.connect(self._on_member_clicked)
        self.airtime = AirtimeBars(self)
        self.airtime.set_empty_text(self.tr("Nobody spoke."))
        self.timeline = TurnTimeline(self)
        self.timeline.set_empty_text(self.tr("No turns were recorded."))
        self.timeline.activated.connect(self._on_timeline_turn)
        self.notes_label = QLabel(self)
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.corrections_caption = caption(self.tr("Corrections"), self)
        self.corrections_label = ToneLabel("", Tone.MUTED, self)

        columns = QGridLayout()
        columns.setHorizontalSpacing(28)
        columns.setVerticalSpacing(6)
        columns.addWidget(caption(self.tr("Attendance"), self), 0, 0)
        columns.addWidget(caption(self.tr("Airtime"), self), 0, 1)
        columns.addWidget(self.attendance_list, 1, 0, Qt.AlignmentFlag.AlignTop)
        airtime_column = QVBoxLayout()
        airtime_column.addWidget(self.airtime)
        airtime_column.addWidget(
            ToneLabel(
                self.tr("Dashed line: an equal share."),
                Tone.MUTED,
                self,
            )
        )
        airtime_column.addStretch(1)
        columns.addLayout(airtime_column, 1, 1)
        columns.setColumnStretch(0, 5)
        columns.setColumnStretch(1, 6)

        self.content = QWidget(self)
        body = QVBoxLayout(self.content)
        body.setContentsMargins(16, 0, 8, 0)
        body.setSpacing(6)
        body.addWidget(self.title)
        body.addWidget(self.subtitle)
        body.addWidget(self.totals_label)
        body.addWidget(self.corrected_label)
        body.addLayout(actions)
        body.addSpacing(8)
        body.addWidget(caption(self.tr("Planned and actual"), self))
        body.addWidget(self.segment_bars)
        body.addSpacing(10)
        body.addLayout(columns)
        body.addSpacing(10)
        body.addWidget(caption(self.tr("Turns over time"), self))
        body.addWidget(self.timeline)
        body.addSpacing(10)
        body.addWidget(caption(self.tr("Your notes"), self))
        body.addWidget(self.notes_label)
        body.addSpacing(10)
        body.addWidget(self.corrections_caption)
        body.addWidget(self.corrections_label)
        body.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(self.content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.empty_label = ToneLabel(
            self.tr("Pick a session on the left to see how it went."), Tone.MUTED, self
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(scroll, 1)
        self._scroll = scroll
        self.clear()

    # --- showing -------------------------------------------------------------------------------

    def session_id(self) -> int | None:
        return self.summary.session_id if self.summary else None

    def clear(self) -> None:
        """Forget everything shown (aliases and notes are private)."""
        self.summary = None
        self._turns = ()
        self._aliases = {}
        for label in (
            self.title,
            self.subtitle,
            self.totals_label,
            self.corrected_label,
            self.notes_label,
            self.corrections_label,
        ):
            label.clear()
        self.segment_bars.set_rows(())
        self.attendance_list.set_entries(())
        self.airtime.set_bars(())
        self.timeline.clear()
        self._scroll.setVisible(False)
        self.empty_label.setVisible(True)

    def show_session(self, session_id: int) -> None:
        ws = self.ctx.workspace
        try:
            summary = ws.sessions.summary(session_id)
            turns = ws.history.turns_of(session_id)
            corrections = ws.history.corrections(session_id)
            members = ws.members.list(summary.group_id, include_left=True)
        except FacilitatorError as exc:
            self.clear()
            emit(self.ctx.statusMessage, exc.message)
            return
        self.summary = summary
        self._aliases = {m.id: m.alias for m in members}
        self._turns = tuple(TimelineTurn(*t) for t in turns)
        self._fill_header(summary, [when for when, _ in corrections])
        self.segment_bars.set_rows(
            [SegmentBar(s.name, s.planned_seconds, s.actual_seconds) for s in summary.segments]
        )
        fixed = corrected_members([what for _, what in corrections])
        self.attendance_list.set_entries(
            [
                AttendanceEntry(
                    a.member_id,
                    a.alias,
                    a.status,
                    self._detail(a.arrived_at, a.left_at),
                    a.member_id in fixed,
                )
                for a in summary.attendance
            ]
        )
        self.airtime.set_bars(
            [
                Bar(
                    line.alias,
                    self.tr("{time} · {share}%").format(
                        time=formatting.clock(line.seconds), share=round(line.share * 100)
                    ),
                    line.share,
                )
                for line in summary.airtime
                if line.turns or line.passes or line.seconds
            ]
        )
        order = [(a.member_id, a.alias) for a in summary.attendance]
        self.timeline.set_data(
            [(m, self._aliases.get(m, alias)) for m, alias in order],
            self._turns,
            [(s.name, s.actual_seconds) for s in summary.segments],
        )
        self._fill_notes(session_id)
        self.corrections_caption.setVisible(bool(corrections))
        self.corrections_label.setVisible(bool(corrections))
        self.corrections_label.setText(
            "\n".join(
                f"{look.day(when.date())}: {describe(what, self._aliases)}"
                for when, what in corrections
            )
        )
        self.turn_button.setEnabled(bool(self._turns))
        self.empty_label.setVisible(False)
        self._scroll.setVisible(True)

    def _fill_header(self, summary: SessionSummary, corrected_on: list[datetime]) -> None:
        start = look.local(summary.started_at)
        self.title.setText(
            self.tr("{weekday} {date}").format(
                weekday=formatting.weekday(start), date=look.session_date(summary.started_at)
            )
        )
        ended = f"–{look.session_clock(summary.ended_at)}" if summary.ended_at is not None else ""
        self.subtitle.setText(
            f"{summary.group_name} · {look.session_clock(summary.started_at)}{ended}"
        )
        guests = summary.guests
        self.totals_label.setText(
            self.tr(
                "{actual} of {planned} planned · {attended}{guests} · {turns} · {passes}"
            ).format(
                actual=look.minutes(summary.actual_seconds),
                planned=look.minutes(summary.planned_seconds),
                attended=formatting.attended(summary.attended),
                guests=" + " + formatting.guests(guests) if guests else "",
                turns=formatting.turns(summary.turn_count),
                passes=formatting.passes(summary.pass_count),
            )
        )
        if summary.corrected and corrected_on:
            self.corrected_label.setText(
                "✎ " + self.tr("Corrected on {date}").format(date=look.day(corrected_on[-1].date()))
            )
        else:
            self.corrected_label.clear()
        self.corrected_label.setVisible(bool(self.corrected_label.text()))

    def _fill_notes(self, session_id: int) -> None:
        if self.ctx.workspace.locked:
            self.notes_label.setText(self.tr("Unlock to see your notes."))
            return
        try:
            notes = self.ctx.workspace.notes.find(NoteFilter(session_id=session_id))
        except FacilitatorError as exc:
            self.notes_label.setText(exc.message)
            return
        if not notes:
            self.notes_label.setText(self.tr("No notes for this session."))
            return
        lines = []
        for note in sorted(notes, key=lambda n: n.created_at):
            flag = ""
            if note.follow_up and not note.done:
                flag = "  ⚑ " + self.tr("follow up")
                if note.due_on is not None:
                    flag += " " + self.tr("by {date}").format(date=look.day(note.due_on))
            lines.append(f"{look.session_clock(note.created_at)}  {note.body}{flag}")
        self.notes_label.setText("\n\n".join(lines))

    def _detail(self, arrived_at: float | None, left_at: float | None) -> str:
        assert self.summary is not None
        wall_at = self.summary.wall_at
        parts = []
        if arrived_at is not None:
            parts.append(
                self.tr("came {clock}").format(clock=look.session_clock(wall_at(arrived_at)))
            )
        if left_at is not None:
            parts.append(self.tr("left {clock}").format(clock=look.session_clock(wall_at(left_at))))
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
        dialog = AttendanceDialog(
            look.session_date(summary.started_at), choices, focus_member=focus_member, parent=self
        )
        if not self._ask(dialog):
            return False
        try:
            for member_id, status in dialog.changes():
                self.ctx.workspace.history.correct_attendance(summary.session_id, member_id, status)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, exc.message)
        self._after_correction(summary.session_id)
        return True

    def correct_turn(self, turn_id: int | None = None) -> bool:
        summary = self.summary
        if summary is None or not self._turns:
            return False
        members = [(m, alias) for m, alias in self._aliases.items()]
        dialog = TurnDialog(
            self._turns,
            members,
            [s.name for s in summary.segments],
            select_turn=turn_id,
            parent=self,
        )
        if not self._ask(dialog):
            return False
        fix = dialog.fix()
        if fix is None:
            return False
        try:
            self.ctx.workspace.history.correct_turn(
                fix.turn_id, member_id=fix.member_id, duration=fix.duration, passed=fix.passed
            )
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, exc.message)
        self._after_correction(summary.session_id)
        return True

    def _ask(self, dialog: QDialog) -> bool:
        """Show a correction dialog; True when the user saved (and nothing locked meanwhile)."""
        self._dialog = dialog
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self._dialog = None
            dialog.deleteLater()
        return accepted and not self.ctx.workspace.locked

    def close_dialogs(self) -> None:
        """Close an open correction dialog unsaved (it lists aliases): on lock."""
        if self._dialog is not None:
            self._dialog.reject()

    def _after_correction(self, session_id: int) -> None:
        self.show_session(session_id)
        emit(self.corrected, session_id)
        emit(self.ctx.statusMessage, self.tr("Correction saved and recorded."))

    # --- slots ---------------------------------------------------------------------------------

    @Slot()
    def _on_print(self) -> None:
        if self.summary is not None:
            print_session_summary(self.ctx, self.summary.session_id)

    @Slot()
    def _on_correct_attendance(self) -> None:
        self.correct_attendance()

    @Slot()
    def _on_correct_turn(self) -> None:
        self.correct_turn()

    @Slot(int)
    def _on_timeline_turn(self, turn_id: int) -> None:
        self.correct_turn(turn_id)

    @Slot(int)
    def _on_member_clicked(self, member_id: int) -> None:
        emit(self.memberActivated, member_id)
