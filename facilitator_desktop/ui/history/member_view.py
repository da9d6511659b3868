"""A member over time: attendance record, airtime share per session as bars, passes, the
rule set versions they signed, and the notes and follow-ups about them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.member_record import MemberRecord
from facilitator_desktop.services.notes import NoteInfo
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.history import look, navigation
from facilitator_desktop.ui.history.charts.share_history import ShareBar, ShareHistory
from facilitator_desktop.ui.history.checkin_line import CheckinLine
from facilitator_desktop.ui.markers import shown_markers
from facilitator_desktop.ui.measures.trajectory_panel import MeasuresPanel
from facilitator_desktop.ui.runner.panel import Panel, caption, scaled
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.roomy_delegate import RoomyItemDelegate
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class StatTile(QFrame):
    """A figure to take in at a glance: a caption, a large value, a line of detail."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.caption = caption(title, self)
        self.value = ToneLabel("", Tone.NORMAL, self)
        self.value.setWordWrap(False)
        scaled(self.value, 1.7, bold=True)
        self.detail = ToneLabel("", Tone.MUTED, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setAccessibleName(title)

    def set(self, value: str, detail: str, *, concern: bool = False) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.value.set_tone(Tone.WARNING if concern else Tone.NORMAL)
        self.setAccessibleDescription(f"{value} {detail}")

    def clear(self) -> None:
        self.set("", "")


class MemberView(QWidget):
    # A session was clicked on the chart: open it.
    sessionActivated = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record: MemberRecord | None = None
        self._group_id: int | None = None

        self.picker = QComboBox(self)
        self.picker.setAccessibleName(self.tr("Member"))
        self.picker.setMinimumContentsLength(18)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.picker.activated.connect(self._on_picked)
        picker_label = QLabel(self.tr("&Member:"), self)
        picker_label.setBuddy(self.picker)
        self.title = heading("", 2, self)
        self.subtitle = ToneLabel("", Tone.MUTED, self)

        self.attendance_tile = StatTile(self.tr("Attendance"), self)
        self.streak_tile = StatTile(self.tr("Current streak"), self)
        self.absence_tile = StatTile(self.tr("Absent without notice"), self)
        self.passes_tile = StatTile(self.tr("Passed"), self)
        self.quiet_tile = StatTile(self.tr("Quiet lately"), self)
        self.quiet_tile.setToolTip(
            self.tr(
                "Recent sessions in a row in which they passed or spoke for less than a third "
                "of an equal share of the time."
            )
        )
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for tile in (
            self.attendance_tile,
            self.streak_tile,
            self.absence_tile,
            self.passes_tile,
            self.quiet_tile,
        ):
            tiles.addWidget(tile)

        self.chart = ShareHistory(self)
        self.chart.set_empty_text(self.tr("No sessions since they joined."))
        self.chart.activated.connect(self._on_chart_session)
        self.chart_caption = caption(self.tr("Airtime share per session"), self)
        self.chart_hint = ToneLabel(
            self.tr(
                "Bars: their share of the airtime; dashed line: their average when present; "
                "○ came and passed. Letters: attendance. Click a bar to open that session."
            ),
            Tone.MUTED,
            self,
        )

        self.acks_panel = Panel(self.tr("Rule sets signed"), self)
        self.acks_label = QLabel(self.acks_panel)
        self.acks_label.setWordWrap(True)
        self.acks_label.setTextFormat(Qt.TextFormat.PlainText)
        self.acks_current = ToneLabel("", Tone.MUTED, self.acks_panel)
        self.acks_panel.body.addWidget(self.acks_label)
        self.acks_panel.body.addWidget(self.acks_current)
        self.acks_panel.body.addStretch(1)

        self.notes_panel = Panel(self.tr("Notes and follow-ups"), self)
        self.notes_summary = ToneLabel("", Tone.MUTED, self.notes_panel)
        self.notes_list = QListWidget(self.notes_panel)
        self.notes_list.setAccessibleName(self.tr("Notes about this member"))
        self.notes_list.currentItemChanged.connect(self._on_note_changed)
        self.notes_list.itemActivated.connect(self._on_note_activated)
        self.notes_list.setMinimumHeight(120)
        self.notes_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.notes_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes_list.setItemDelegate(RoomyItemDelegate(self.notes_list))
        self.note_text = QPlainTextEdit(self.notes_panel)
        self.note_text.setReadOnly(True)
        self.note_text.setUndoRedoEnabled(False)
        self.note_text.setAccessibleName(self.tr("Selected note"))
        self.note_text.setMinimumHeight(90)
        self.open_note_button = QPushButton(self.tr("Open in &Notes"), self.notes_panel)
        self.open_note_button.clicked.connect(self._on_open_note)
        self.notes_panel.body.addWidget(self.notes_summary)
        self.notes_panel.body.addWidget(self.notes_list, 1)
        self.notes_panel.body.addWidget(self.note_text, 1)
        self.notes_panel.body.addWidget(self.open_note_button, 0, Qt.AlignmentFlag.AlignRight)

        self.checkins = CheckinLine(ctx, group=False, parent=self)  # said in the rounds
        self.checkins.sessionActivated.connect(self._on_chart_session)
        self.measures = MeasuresPanel(ctx, self)  # their outcome measures over time

        lower = QGridLayout()
        lower.setHorizontalSpacing(14)
        lower.addWidget(self.acks_panel, 0, 0)
        lower.addWidget(self.notes_panel, 0, 1)
        lower.setColumnStretch(0, 1)
        lower.setColumnStretch(1, 2)

        self.content = QWidget(self)
        body = QVBoxLayout(self.content)
        body.setContentsMargins(0, 0, 8, 0)
        body.setSpacing(8)
        body.addWidget(self.title)
        body.addWidget(self.subtitle)
        body.addLayout(tiles)
        body.addSpacing(6)
        body.addWidget(self.chart_caption)
        body.addWidget(self.chart)
        body.addWidget(self.chart_hint)
        body.addSpacing(6)
        body.addWidget(self.checkins)
        body.addSpacing(6)
        body.addWidget(self.measures)
        body.addSpacing(6)
        body.addLayout(lower, 1)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("The chosen member"))
        scroll.setWidget(self.content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll = scroll
        self.empty_label = ToneLabel(
            self.tr("Pick a member to see their attendance and airtime over the weeks."),
            Tone.MUTED,
            self,
        )

        top = QHBoxLayout()
        top.addWidget(picker_label)
        top.addWidget(self.picker)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(scroll, 1)
        self.clear()

    # --- loading -------------------------------------------------------------------------------

    def member_id(self) -> int | None:
        return self.record.member.id if self.record else None

    def clear(self) -> None:
        """Forget the member and the picker's aliases (private once the workspace locks)."""
        self.record = None
        self._group_id = None
        self.picker.clear()
        self._clear_record()

    def _clear_record(self) -> None:
        self.record = None
        self.title.clear()
        self.subtitle.clear()
        for tile in self._tiles():
            tile.clear()
        self.chart.set_bars(())
        self.acks_label.clear()
        self.acks_current.clear()
        self.notes_summary.clear()
        self.notes_list.clear()
        self.note_text.clear()
        self.checkins.clear()
        self.measures.clear()
        self._scroll.setVisible(False)
        self.empty_label.setVisible(True)

    def _tiles(self) -> tuple[StatTile, ...]:
        return (
            self.attendance_tile,
            self.streak_tile,
            self.absence_tile,
            self.passes_tile,
            self.quiet_tile,
        )

    def set_group(self, group_id: int | None) -> None:
        """List the group's members in the picker (those who left at the end)."""
        keep = self.member_id()
        self.clear()
        self._group_id = group_id
        if group_id is None or self.ctx.workspace.locked:
            return
        try:
            members = self.ctx.workspace.members.list(group_id, include_left=True)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return
        self.picker.blockSignals(True)
        self.picker.addItem(self.tr("Choose a member…"), None)
        for member in members:
            label = (
                member.alias
                if member.active
                else self.tr("{alias} (left)").format(alias=member.alias)
            )
            self.picker.addItem(label, member.id)
        self.picker.blockSignals(False)
        if keep is not None and self.picker.findData(keep) >= 0:
            self.show_member(keep)

    def group_id(self) -> int | None:
        return self._group_id

    def show_member(self, member_id: int) -> bool:
        try:
            record = self.ctx.workspace.history.member_record(member_id)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return False
        index = self.picker.findData(member_id)
        if index < 0:
            self.picker.addItem(record.member.alias, member_id)
            index = self.picker.count() - 1
        self.picker.setCurrentIndex(index)
        self.record = record
        self._fill(record)
        self.empty_label.setVisible(False)
        self._scroll.setVisible(True)
        return True

    def _fill(self, record: MemberRecord) -> None:
        member = record.member
        att = record.attendance
        self.title.setText(member.alias)
        since = self.tr("In the group since {date}").format(date=look.day(member.joined_on))
        if member.left_on is not None:
            since += " · " + self.tr("left {date}").format(date=look.day(member.left_on))
        else:
            since += " · " + self.tr("seat {n}").format(n=look.number(member.seat))
        self.subtitle.setText(since)

        detail = self.tr("{attended} of %Ln sessions", "", att.sessions).format(
            attended=look.number(att.attended)
        )
        if att.excused:
            detail += " · " + self.tr("%Ln excused", "", att.excused)
        self.attendance_tile.set(look.percent(att.rate), detail)
        # Translators: the captions under a tile's big number are counted by that number.
        self.streak_tile.set(
            look.number(att.current_streak),
            self.tr("sessions in a row · longest {n}", "", att.current_streak).format(
                n=look.number(att.longest_streak)
            ),
        )
        run = att.consecutive_unexcused_absences
        self.absence_tile.set(
            look.number(run),
            self.tr("in a row — worth a call", "", run)
            if run >= 2
            else self.tr("in a row", "", run),
            concern=run >= 2,
        )
        self.passes_tile.set(
            look.number(record.passes),
            self.tr("times · spoke {turns}", "", record.passes).format(
                turns=look.turns(record.turns)
            ),
        )
        quiet = record.silent_streak  # measured as the Follow-ups page measures it
        self.quiet_tile.set(
            look.number(quiet),
            self.tr("sessions in a row with little said", "", quiet)
            if quiet
            else self.tr("sessions", "", quiet),
            concern=quiet >= 3,
        )
        self.chart.set_bars(
            [
                ShareBar(
                    s.session_id, s.started_at, s.status, s.share, s.seconds, s.turns, s.passes
                )
                for s in record.sessions
            ]
        )
        shown = len(self.chart.shown())
        total = len(record.sessions)
        self.chart_caption.setText(
            (
                self.tr("Airtime share per session")
                if shown >= total
                else self.tr("Airtime share per session — the last {shown} of {total}").format(
                    shown=look.number(shown), total=look.number(total)
                )
            ).upper()
        )
        if record.acknowledgements:
            self.acks_label.setText(
                "\n".join(
                    self.tr("Version {v} · signed {date}").format(
                        v=a.version, date=look.day(a.signed_on)
                    )
                    for a in record.acknowledgements
                )
            )
        else:
            self.acks_label.setText(self.tr("Has not signed a version of the rules yet."))
        self._fill_current_rules(record)
        self._fill_notes(record)
        self.checkins.set_member(member.id)
        self.measures.set_member(member.id, member.alias)

    def _fill_current_rules(self, record: MemberRecord) -> None:
        try:
            versions = self.ctx.workspace.rules.versions(record.member.group_id)
        except FacilitatorError:
            versions = []
        latest = max((v.version for v in versions), default=None)
        if latest is None:
            self.acks_current.clear()
            return
        signed = any(a.version == latest for a in record.acknowledgements)
        text = self.tr("The group's rules are at version {v}.").format(v=latest)
        if signed:
            text += " " + self.tr("✓ Signed.")
        elif record.member.active:
            text += " " + self.tr("Not signed yet.")
        self.acks_current.setText(text)
        self.acks_current.set_tone(
            Tone.MUTED if signed or not record.member.active else Tone.WARNING
        )

    def _fill_notes(self, record: MemberRecord) -> None:
        self.notes_list.clear()
        self.note_text.clear()
        open_ones = record.open_follow_ups
        self.notes_summary.setText(
            self.tr("%Ln notes", "", len(record.notes))
            + " · "
            + self.tr("%Ln open follow-ups", "", len(open_ones))
        )
        # Open follow-ups first (soonest due first), then the rest, newest first.
        ordered = sorted(open_ones, key=_due_key) + sorted(
            (n for n in record.notes if n not in open_ones),
            key=lambda n: n.created_at,
            reverse=True,
        )
        for note in ordered:
            item = QListWidgetItem(self._note_line(note), self.notes_list)
            item.setData(NOTE_ID_ROLE, note.id)
            item.setToolTip(note.title)
        self.open_note_button.setVisible(navigation.notes_page_can_open(self))
        self.open_note_button.setEnabled(False)
        if self.notes_list.count():
            self.notes_list.setCurrentRow(0)

    def _note_line(self, note: NoteInfo) -> str:
        line = f"{look.day(note.created_at.date())} · {note.title}"
        if note.follow_up and not note.done:
            due = (
                self.tr("due {date}").format(date=look.day(note.due_on))
                if note.due_on
                else self.tr("open")
            )
            return f"⚑ {due} · {line}"
        if note.follow_up:
            return f"✓ {line}"
        return line

    def select_note(self, note_id: int) -> bool:
        for row in range(self.notes_list.count()):
            if self.notes_list.item(row).data(NOTE_ID_ROLE) == note_id:
                self.notes_list.setCurrentRow(row)
                self.notes_list.scrollToItem(self.notes_list.item(row))
                return True
        return False

    def _note(self, note_id: int) -> NoteInfo | None:
        if self.record is None:
            return None
        return next((n for n in self.record.notes if n.id == note_id), None)

    # --- slots ---------------------------------------------------------------------------------

    @Slot(int)
    def _on_picked(self, index: int) -> None:
        member_id = self.picker.itemData(index)
        if member_id is None:
            self._clear_record()
        else:
            self.show_member(int(member_id))

    @Slot(int)
    def _on_chart_session(self, session_id: int) -> None:
        emit(self.sessionActivated, session_id)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_note_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        note = self._note(int(current.data(NOTE_ID_ROLE))) if current is not None else None
        self.note_text.setPlainText(shown_markers(note.body) if note else "")
        self.open_note_button.setEnabled(note is not None)

    @Slot(QListWidgetItem)
    def _on_note_activated(self, item: QListWidgetItem) -> None:
        navigation.open_note(self, self.ctx, int(item.data(NOTE_ID_ROLE)))

    @Slot()
    def _on_open_note(self) -> None:
        item = self.notes_list.currentItem()
        if item is not None:
            navigation.open_note(self, self.ctx, int(item.data(NOTE_ID_ROLE)))


def _due_key(note: NoteInfo) -> tuple[int, str]:
    return (0, note.due_on.isoformat()) if note.due_on else (1, "")
