"""The Session page before a session is open: today's agenda and one button to open it,
and any session a crash left running, with Resume and End buttons."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from facilitator_desktop.services.groups import GroupInfo
from facilitator_desktop.ui.runner.panel import caption
from facilitator_desktop.ui.widgets.banner import Banner
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class IdleView(QWidget):
    openRequested = Signal()
    resumeRequested = Signal()
    endInterruptedRequested = Signal()
    # Practise on invented members; nothing of it is kept (see rehearsal.py).
    rehearseRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.interrupted_banner = Banner("", self)
        self.resume_button = QPushButton(self.tr("&Resume it"), self)
        self.end_interrupted_button = QPushButton(self.tr("&End it now"), self)
        self.resume_button.clicked.connect(self.resumeRequested)
        self.end_interrupted_button.clicked.connect(self.endInterruptedRequested)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.interrupted_banner, 1)
        banner_row.addWidget(self.resume_button)
        banner_row.addWidget(self.end_interrupted_button)
        self.interrupted_row = QWidget(self)
        self.interrupted_row.setLayout(banner_row)
        banner_row.setContentsMargins(0, 0, 0, 0)
        self.interrupted_row.hide()

        self.group_label = heading("", 2, self)
        self.schedule_label = ToneLabel("", Tone.MUTED, self)
        self.agenda_caption = caption(self.tr("Agenda"), self)
        self.agenda_label = ToneLabel("", Tone.NORMAL, self)
        self.open_button = QPushButton(self)
        self.open_button.setDefault(True)
        self.open_button.setMinimumHeight(40)
        self.open_button.clicked.connect(self.openRequested)
        self.rehearse_button = QPushButton(self.tr("Rehe&arse…"), self)
        self.rehearse_button.setMinimumHeight(40)
        self.rehearse_button.setToolTip(
            self.tr(
                "Practise a session on invented members, in real time or faster; nothing is kept"
            )
        )
        self.rehearse_button.clicked.connect(self.rehearseRequested)
        self.hint_label = ToneLabel(
            self.tr(
                "Opening the session starts nothing yet: mark attendance and adjust the agenda "
                "as people arrive, then press Space when the group begins."
            ),
            Tone.MUTED,
            self,
        )
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(self.interrupted_row)
        column.addSpacing(8)
        column.addWidget(self.group_label)
        column.addWidget(self.schedule_label)
        column.addSpacing(8)
        column.addWidget(self.agenda_caption)
        column.addWidget(self.agenda_label)
        column.addSpacing(12)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.rehearse_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self.hint_label)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.addLayout(column, 0)
        outer.addStretch(1)
        column_widget_width = 560
        for widget in (self.hint_label, self.agenda_label, self.schedule_label):
            widget.setMaximumWidth(column_widget_width)

    def show_group(self, group: GroupInfo | None, today: date) -> None:
        if group is None:
            self.group_label.setText(self.tr("No group yet"))
            self.schedule_label.setText(self.tr("Create a group on the Groups page first."))
            self.agenda_caption.hide()
            self.agenda_label.setText("")
            self.open_button.setText(self.tr("Open a session"))
            self.open_button.setEnabled(False)
            return
        self.group_label.setText(group.name)
        today_is_the_day = group.weekday is not None and group.weekday == today.weekday()
        if today_is_the_day:
            when = (
                self.tr("Meets today at {time}").format(time=group.start_time)
                if group.start_time
                else self.tr("Meets today")
            )
            self.open_button.setText(self.tr("Open today's session  (Space)"))
        else:
            when = self.tr("Not a scheduled day: this will be an extra session.")
            self.open_button.setText(self.tr("Open a session now  (Space)"))
        self.schedule_label.setText(when)
        self.agenda_caption.show()
        total = sum(seg.minutes for seg in group.agenda)
        lines = [
            self.tr("{name} · {minutes} min · {kind}").format(
                name=seg.name,
                minutes=seg.minutes,
                kind=self.tr("round") if seg.kind == "round" else self.tr("open discussion"),
            )
            for seg in group.agenda
        ]
        lines.append(self.tr("Total {minutes} min").format(minutes=total))
        self.agenda_label.setText("\n".join(lines))
        self.open_button.setEnabled(bool(group.agenda))

    def show_interrupted(self, text: str) -> None:
        self.interrupted_banner.label.setText(text)
        self.interrupted_row.setVisible(bool(text))

    @Slot()
    def focus_open(self) -> None:
        self.open_button.setFocus()
