"""One past session: planned vs actual, attendance, airtime, the turns over time, its notes
and any corrections. The facilitator corrects attendance or a turn from here.

The widgets are here; what they show and how a correction goes is `SessionPresenter`'s."""

from __future__ import annotations

from collections.abc import Sequence

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

from facilitator_desktop.services.session_summary import SessionSummary
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.history.charts.attendance_list import AttendanceList
from facilitator_desktop.ui.history.charts.plan_actual import PlanActualBars
from facilitator_desktop.ui.history.charts.turn_timeline import TimelineTurn, TurnTimeline
from facilitator_desktop.ui.history.corrections import (
    AttendanceChoice,
    AttendanceDialog,
    TurnDialog,
    TurnFix,
)
from facilitator_desktop.ui.history.export import print_session_summary
from facilitator_desktop.ui.history.session_presenter import SessionPicture, SessionPresenter
from facilitator_desktop.ui.runner.airtime_bars import AirtimeBars
from facilitator_desktop.ui.runner.panel import caption
from facilitator_desktop.ui.session_note.windows import open_session_note
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
        self.presenter = SessionPresenter(ctx, self)
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
        self.note_button = QPushButton(self.tr("Session &note…"), self)
        self.note_button.setToolTip(
            self.tr("The session's note: the group once, a line per member")
        )
        self.note_button.clicked.connect(self._on_session_note)
        self.attendance_button = QPushButton(self.tr("Correct &attendance…"), self)
        self.attendance_button.clicked.connect(self._on_correct_attendance)
        self.turn_button = QPushButton(self.tr("Correct a &turn…"), self)
        self.turn_button.setToolTip(self.tr("Or click a turn on the timeline"))
        self.turn_button.clicked.connect(self._on_correct_turn)
        # What to do with the session on one line, the corrections on the next: four
        # buttons side by side made the pane scroll sideways at large type.
        actions = QVBoxLayout()
        for left, right in (
            (self.print_button, self.note_button),
            (self.attendance_button, self.turn_button),
        ):
            row = QHBoxLayout()
            row.addWidget(left)
            row.addWidget(right)
            row.addStretch(1)
            actions.addLayout(row)

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
        scroll.setAccessibleName(self.tr("The chosen session"))
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

    # --- what the page asks ---------------------------------------------------------------------

    @property
    def summary(self) -> SessionSummary | None:
        return self.presenter.summary

    def session_id(self) -> int | None:
        return self.presenter.session_id()

    def clear(self) -> None:
        """Forget everything shown (aliases and notes are private)."""
        self.presenter.clear()

    def show_session(self, session_id: int) -> None:
        self.presenter.show_session(session_id)

    def correct_attendance(self, focus_member: int | None = None) -> bool:
        return self.presenter.correct_attendance(focus_member)

    def correct_turn(self, turn_id: int | None = None) -> bool:
        return self.presenter.correct_turn(turn_id)

    def close_dialogs(self) -> None:
        """Close an open correction dialog unsaved (it lists aliases): on lock."""
        if self._dialog is not None:
            self._dialog.reject()

    # --- what the presenter asks (SessionShows) ------------------------------------------------

    def show_picture(self, picture: SessionPicture | None) -> None:
        if picture is None:
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
            return
        self.title.setText(picture.title)
        self.subtitle.setText(picture.subtitle)
        self.totals_label.setText(picture.totals)
        self.corrected_label.setText(picture.corrected)
        self.corrected_label.setVisible(bool(picture.corrected))
        self.segment_bars.set_rows(picture.segments)
        self.attendance_list.set_entries(picture.attendance)
        self.airtime.set_bars(picture.airtime)
        self.timeline.set_data(picture.timeline_members, picture.turns, picture.timeline_segments)
        self.notes_label.setText(picture.notes)
        self.corrections_caption.setVisible(bool(picture.corrections))
        self.corrections_label.setVisible(bool(picture.corrections))
        self.corrections_label.setText(picture.corrections)
        self.turn_button.setEnabled(bool(picture.turns))
        self.empty_label.setVisible(False)
        self._scroll.setVisible(True)

    def ask_attendance(
        self, day: str, choices: Sequence[AttendanceChoice], focus_member: int | None
    ) -> list[tuple[int, str]] | None:
        dialog = AttendanceDialog(day, choices, focus_member=focus_member, parent=self)
        if not self._ask(dialog):
            return None
        return dialog.changes()

    def ask_turn(
        self,
        turns: Sequence[TimelineTurn],
        members: Sequence[tuple[int, str]],
        segment_names: Sequence[str],
        select_turn: int | None,
    ) -> TurnFix | None:
        dialog = TurnDialog(turns, members, segment_names, select_turn=select_turn, parent=self)
        if not self._ask(dialog):
            return None
        return dialog.fix()

    def announce_corrected(self, session_id: int) -> None:
        emit(self.corrected, session_id)

    def _ask(self, dialog: QDialog) -> bool:
        """Show a correction dialog; True when the user saved."""
        self._dialog = dialog
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self._dialog = None
            dialog.deleteLater()

    # --- slots ---------------------------------------------------------------------------------

    @Slot()
    def _on_print(self) -> None:
        session_id = self.presenter.session_id()
        if session_id is not None:
            print_session_summary(self.ctx, session_id)

    @Slot()
    def _on_session_note(self) -> None:
        session_id = self.presenter.session_id()
        if session_id is not None:
            open_session_note(self.ctx, session_id, self.window())

    @Slot()
    def _on_correct_attendance(self) -> None:
        self.presenter.correct_attendance()

    @Slot()
    def _on_correct_turn(self) -> None:
        self.presenter.correct_turn()

    @Slot(int)
    def _on_timeline_turn(self, turn_id: int) -> None:
        self.presenter.correct_turn(turn_id)

    @Slot(int)
    def _on_member_clicked(self, member_id: int) -> None:
        emit(self.memberActivated, member_id)
