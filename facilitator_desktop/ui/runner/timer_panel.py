"""The timer: the segment, its remaining time, the session's elapsed time and planned end,
ahead / behind plan, and the buttons for Space, ←, →, +1 and +5.

Every text above the buttons holds one line whatever it says (or when it says nothing), so
"Nearly done", "Over time", "Paused" or a long segment name never move a button under the
facilitator's pointer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from facilitator_desktop.domain.agenda import AgendaSnapshot
from facilitator_desktop.domain.durations import MINUS
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.accessibility.interfaces import expose
from facilitator_desktop.ui.runner.one_line import OneLineLabel
from facilitator_desktop.ui.runner.panel import Panel, action_button, scaled
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.live_text import LiveText
from facilitator_desktop.ui.widgets.tone import Tone

STATUS_TONES = {"normal": Tone.NORMAL, "warning": Tone.WARNING, "overtime": Tone.ERROR}


def _scale(widget: QWidget, factor: float) -> None:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(True)
    widget.setFont(font)


class TimerPanel(Panel):
    toggleRequested = Signal()
    previousRequested = Signal()
    nextRequested = Signal()
    # Minutes to add to the current segment.
    extendRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Timer"), parent)
        self.segment_label = OneLineLabel("", Tone.NORMAL, self)
        scaled(self.segment_label, 1.45, bold=True)
        self.detail_label = OneLineLabel("", Tone.MUTED, self)
        # Texts that change every second repaint only themselves (see ui/widgets/live_text.py).
        self.remaining_label = LiveText(formatting.digits(f"{MINUS}0:00:00"), self)
        _scale(self.remaining_label, 3.2)
        expose(self.remaining_label)  # a screen reader reads the time shown
        self.remaining_label.setAccessibleName(self.tr("Time left in this segment"))
        self.state_label = OneLineLabel("", Tone.MUTED, self)
        self.elapsed_label = LiveText(self._elapsed_text(formatting.digits("0:00:00")), self)
        expose(self.elapsed_label)
        self.end_label = OneLineLabel("", Tone.NORMAL, self)
        self.plan_label = OneLineLabel("", Tone.MUTED, self)

        self.toggle_button = action_button(
            self.tr("Start"), self.tr("Start, pause or resume the session (Space)"), self
        )
        self.previous_button = action_button(
            self.tr("← Previous"), self.tr("Previous segment (←)"), self
        )
        self.next_button = action_button(self.tr("Next →"), self.tr("Next segment (→)"), self)
        self.plus_one_button = action_button(
            self.tr("+1 min"), self.tr("One more minute for this segment (+)"), self
        )
        self.plus_five_button = action_button(
            self.tr("+5 min"), self.tr("Five more minutes for this segment"), self
        )
        self.toggle_button.clicked.connect(self.toggleRequested)
        self.previous_button.clicked.connect(self.previousRequested)
        self.next_button.clicked.connect(self.nextRequested)
        self.plus_one_button.clicked.connect(self._on_plus_one)
        self.plus_five_button.clicked.connect(self._on_plus_five)

        figures = QGridLayout()
        figures.setHorizontalSpacing(12)
        figures.setVerticalSpacing(2)
        figures.addWidget(self.elapsed_label, 0, 0, Qt.AlignmentFlag.AlignLeft)
        figures.addWidget(self.end_label, 1, 0)
        figures.addWidget(self.plan_label, 2, 0)
        buttons = QGridLayout()
        buttons.setHorizontalSpacing(6)
        buttons.setVerticalSpacing(6)
        buttons.addWidget(self.toggle_button, 0, 0, 1, 2)
        buttons.addWidget(self.previous_button, 1, 0)
        buttons.addWidget(self.next_button, 1, 1)
        extend = QHBoxLayout()
        extend.setSpacing(6)
        extend.addWidget(self.plus_one_button)
        extend.addWidget(self.plus_five_button)
        buttons.addLayout(extend, 2, 0, 1, 2)

        self.body.addWidget(self.segment_label)
        self.body.addWidget(self.detail_label)
        self.body.addWidget(self.remaining_label, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.state_label)
        self.body.addLayout(figures)
        self.body.addSpacing(4)
        self.body.addLayout(buttons)
        self._shown: tuple[object, ...] = ()

    def refresh(self, agenda: AgendaSnapshot, planned_end: str) -> None:
        current = agenda.current
        phase = agenda.phase
        key = (
            current.name,
            current.kind,
            current.index,
            len(agenda.segments),
            current.remaining_text,
            current.status,
            phase,
            agenda.session_elapsed_text,
            planned_end,
            agenda.behind_minutes,
        )
        if key == self._shown:
            return
        self._shown = key
        self.segment_label.setText(current.name)
        kind = self.tr("Round") if current.kind == "round" else self.tr("Open discussion")
        self.detail_label.setText(
            self.tr("{kind} · segment {n} of {count}").format(
                kind=kind, n=current.index + 1, count=len(agenda.segments)
            )
        )
        self.remaining_label.setText(formatting.digits(current.remaining_text))
        tone = STATUS_TONES[current.status] if phase != "not_started" else Tone.NORMAL
        self.remaining_label.set_tone(tone)
        # Shown or empty, the line keeps its place: the buttons below never move.
        self.state_label.setText(self._state_text(agenda))
        self.state_label.set_tone(
            tone if phase == "running" and current.status != "normal" else Tone.MUTED
        )
        self.elapsed_label.setText(
            self._elapsed_text(formatting.digits(agenda.session_elapsed_text))
        )
        self.end_label.setText(
            self.tr("Planned end: {clock}").format(clock=planned_end) if planned_end else ""
        )
        self.plan_label.setText(self._plan_text(agenda))
        behind = agenda.behind_minutes
        self.plan_label.set_tone(Tone.WARNING if behind > 0 else Tone.MUTED)
        self.toggle_button.setText(
            {
                "not_started": self.tr("Start  (Space)"),
                "running": self.tr("Pause  (Space)"),
                "paused": self.tr("Resume  (Space)"),
            }.get(phase, self.tr("Ended"))
        )
        in_session = phase in ("running", "paused")
        self.toggle_button.setEnabled(phase != "finished")
        self.previous_button.setEnabled(in_session and current.index > 0)
        self.next_button.setEnabled(in_session)
        self.next_button.setText(
            self.tr("End session →")
            if current.index == len(agenda.segments) - 1
            else self.tr("Next →")
        )
        self.plus_one_button.setEnabled(phase != "finished")
        self.plus_five_button.setEnabled(phase != "finished")

    def _elapsed_text(self, elapsed: str) -> str:
        return self.tr("Session time: {elapsed}").format(elapsed=elapsed)

    def _state_text(self, agenda: AgendaSnapshot) -> str:
        if agenda.phase == "not_started":
            return self.tr("Not started · Space begins")
        if agenda.phase == "paused":
            return self.tr("Paused")
        if agenda.phase == "finished":
            return self.tr("Ended")
        status = agenda.current.status
        if status == "overtime":
            return self.tr("Over time")
        if status == "warning":
            return self.tr("Nearly done")
        return ""

    def _plan_text(self, agenda: AgendaSnapshot) -> str:
        if agenda.phase == "not_started":
            return ""
        behind = agenda.behind_minutes
        if behind > 0:
            return self.tr("%n min behind plan", "", behind)
        if behind < 0:
            return self.tr("%n min ahead of plan", "", -behind)
        return self.tr("On plan")

    @Slot()
    def _on_plus_one(self) -> None:
        emit(self.extendRequested, 1)

    @Slot()
    def _on_plus_five(self) -> None:
        emit(self.extendRequested, 5)
