"""The summary shown when a session ends: planned vs actual per segment, attendance,
airtime per member as bars, the number of turns and passes, and the notes taken.

Names and notes are shown as plain text, never interpreted as markup."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.services.session_summary import NoteLine, SessionSummary
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.formatting import local_time as local_clock
from facilitator_desktop.ui.formatting import short_date
from facilitator_desktop.ui.markers import shown_markers
from facilitator_desktop.ui.runner.airtime_bars import AirtimeBars, Bar
from facilitator_desktop.ui.runner.panel import caption
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

STATUS_TEXT = {
    "present": str(QT_TRANSLATE_NOOP("SummaryDialog", "present")),
    "late": str(QT_TRANSLATE_NOOP("SummaryDialog", "late")),
    "left_early": str(QT_TRANSLATE_NOOP("SummaryDialog", "left early")),
    "excused": str(QT_TRANSLATE_NOOP("SummaryDialog", "excused")),
    "absent": str(QT_TRANSLATE_NOOP("SummaryDialog", "absent")),
}


class SummaryDialog(QDialog):
    # The facilitator asked to write this session's note.
    noteRequested = Signal(int)

    def __init__(self, summary: SessionSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        # The group's name stays inside the dialog, never in the window title.
        self.setWindowTitle(self.tr("Session summary"))
        self.setObjectName("sessionSummary")

        title = heading(self.tr("Session summary"), 1, self)
        when = short_date(summary.started_at.replace(tzinfo=UTC).astimezone())
        ended = f"–{local_clock(summary.ended_at)}" if summary.ended_at is not None else ""
        self.subtitle = ToneLabel(
            f"{summary.group_name} · {when}, {local_clock(summary.started_at)}{ended}",
            Tone.MUTED,
            self,
        )
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        guests = summary.guests
        self.totals_label = ToneLabel(
            self.tr(
                "{actual} of {planned} planned · {attended}{guests} · {turns} · {passes}"
            ).format(
                actual=formatting.clock(summary.actual_seconds),
                planned=formatting.clock(summary.planned_seconds),
                attended=formatting.attended(summary.attended),
                guests=" + " + formatting.guests(guests) if guests else "",
                turns=formatting.turns(summary.turn_count),
                passes=formatting.passes(summary.pass_count),
            ),
            Tone.NORMAL,
            self,
        )
        font = self.totals_label.font()
        font.setBold(True)
        self.totals_label.setFont(font)

        # --- planned vs actual -------------------------------------------------------------
        self.segments_grid = QGridLayout()
        self.segments_grid.setHorizontalSpacing(18)
        self.segments_grid.setVerticalSpacing(4)
        for column, text in enumerate(
            (self.tr("Segment"), self.tr("Planned"), self.tr("Actual"), self.tr("Difference"))
        ):
            header = ToneLabel(text, Tone.MUTED, self)
            header.setWordWrap(False)
            self.segments_grid.addWidget(header, 0, column)
        self.segment_rows: list[tuple[str, str, str, str]] = []
        for row, seg in enumerate(summary.segments, start=1):
            cells = (
                seg.name,
                formatting.clock(seg.planned_seconds),
                formatting.clock(seg.actual_seconds),
                formatting.signed(seg.over_seconds),
            )
            self.segment_rows.append(cells)
            for column, text in enumerate(cells):
                tone = Tone.NORMAL
                if column == 3 and seg.over_seconds >= 60:
                    tone = Tone.WARNING
                label = ToneLabel(text, tone, self)
                label.setWordWrap(False)
                label.setTextFormat(Qt.TextFormat.PlainText)
                if column:
                    label.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.segments_grid.addWidget(label, row, column)
        self.segments_grid.setColumnStretch(0, 1)

        # --- attendance --------------------------------------------------------------------
        self.attendance_lines: list[str] = []
        for line in summary.attendance:
            text = f"{line.alias}: {self.tr(STATUS_TEXT.get(line.status, line.status))}"
            if line.status == "late" and line.arrived_at is not None:
                text += self.tr(" (came {clock})").format(clock=self._clock(line.arrived_at))
            if line.left_at is not None:
                text += self.tr(" (left {clock})").format(clock=self._clock(line.left_at))
            self.attendance_lines.append(text)
        self.attendance_label = ToneLabel("\n".join(self.attendance_lines), Tone.NORMAL, self)
        self.attendance_label.setWordWrap(False)
        self.attendance_label.setTextFormat(Qt.TextFormat.PlainText)

        # --- airtime -----------------------------------------------------------------------
        self.airtime = AirtimeBars(self, background=QPalette.ColorRole.Window)
        self.airtime.set_empty_text(self.tr("Nobody spoke."))
        self.airtime.set_bars(
            [
                Bar(
                    line.alias,
                    # Translators: t = turns, p = passes (kept short: a bar's label).
                    self.tr("{time} · {share} · {turns}t {passes}p").format(
                        time=formatting.clock(line.seconds),
                        share=formatting.percent(line.share),
                        turns=formatting.number(line.turns),
                        passes=formatting.number(line.passes),
                    ),
                    line.share,
                    # A screen reader says the length in words, as on the runner.
                    seconds=line.seconds,
                )
                for line in summary.airtime
                if line.turns or line.passes or line.seconds
            ]
        )
        self.airtime.setToolTip(self.tr("t = turns, p = passes; the dashed line is an equal share"))

        # Nested layouts would otherwise inherit the wide gap between the columns.
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(caption(self.tr("Planned and actual"), self))
        left.addLayout(self.segments_grid)
        left.addSpacing(10)
        left.addWidget(caption(self.tr("Attendance"), self))
        left.addWidget(self.attendance_label)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(caption(self.tr("Airtime (only you see this)"), self))
        right.addWidget(self.airtime)
        right.addSpacing(4)
        right.addWidget(
            ToneLabel(
                self.tr("t = turns, p = passes; the dashed line marks an equal share."),
                Tone.MUTED,
                self,
            )
        )
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.totals_label)
        content_layout.addSpacing(8)
        content_layout.addLayout(columns)
        content_layout.addSpacing(14)
        content_layout.addLayout(self._notes_section(summary))
        content_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        # Offered for a session kept in the history (offer_session_note), never a rehearsal.
        self.note_button = buttons.addButton(
            self.tr("Write the session &note…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.note_button.clicked.connect(self._on_note)
        self.note_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(6)
        layout.addWidget(scroll, 1)
        layout.addWidget(
            ToneLabel(self.tr("The session is saved in the group's history."), Tone.MUTED, self)
        )
        layout.addWidget(buttons)
        self.resize(860, 560)

    def offer_session_note(self) -> None:
        self.note_button.show()
        self.note_button.setDefault(True)

    @Slot()
    def _on_note(self) -> None:
        self.accept()  # the note shows the same facts, beside what is written
        emit(self.noteRequested, self.summary.session_id)

    def _clock(self, session_seconds: float) -> str:
        return local_clock(self.summary.wall_at(session_seconds))

    # --- notes ---------------------------------------------------------------------------------

    def _notes_section(self, summary: SessionSummary) -> QVBoxLayout:
        """One block per note taken in the session: when, in which segment, about whom."""
        self.note_labels: list[ToneLabel] = []
        self.notes_empty_label: ToneLabel | None = None
        section = QVBoxLayout()
        section.setSpacing(6)
        section.addWidget(caption(self.tr("Notes taken (only you see them)"), self))
        if not summary.notes_read:
            empty = self.tr("Unlock to see the notes taken in this session.")
        elif not summary.notes:
            empty = self.tr("No notes were taken in this session.")
        else:
            empty = ""
        if empty:
            label = ToneLabel(empty, Tone.MUTED, self)
            self.notes_empty_label = label
            section.addWidget(label)
            return section
        for note in summary.notes:
            head = ToneLabel(self._note_heading(note), Tone.MUTED, self)
            head.setTextFormat(Qt.TextFormat.PlainText)
            body = ToneLabel(
                shown_markers(note.body), Tone.ERROR if note.damaged else Tone.NORMAL, self
            )
            body.setTextFormat(Qt.TextFormat.PlainText)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.note_labels.append(body)
            section.addWidget(head)
            section.addWidget(body)
            section.addSpacing(4)
        return section

    def _note_heading(self, note: NoteLine) -> str:
        """ "19:42 · Sharing · about Emil · to follow up" """
        parts = [local_clock(note.written_at)] if not note.damaged else []
        segments = self.summary.segments
        if note.segment_index is not None and 0 <= note.segment_index < len(segments):
            parts.append(segments[note.segment_index].name)
        if note.about:
            parts.append(self.tr("about {names}").format(names=", ".join(note.about)))
        if note.follow_up:
            parts.append(self.tr("to follow up"))
        return " · ".join(parts) or self.tr("A note")
