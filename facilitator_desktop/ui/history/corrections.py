"""Correcting a past session: a member's attendance, or a mis-recorded turn.

The service records every change (ids and values only, never names); `describe()` turns
such a record back into a sentence with the members' aliases for the session view.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTime, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.history.charts.turn_timeline import TimelineTurn
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

_ATTENDANCE = re.compile(r"^attendance member=(\d+): (\w+) -> (\w+)$")
_TURN = re.compile(r"^turn (\d+): (.+)$")
_TURN_MEMBER = re.compile(r"member (\d+) -> (\d+)")
_TURN_LENGTH = re.compile(r"duration (\d+)s -> (\d+)s")
_TURN_PASSED = re.compile(r"passed (True|False) -> (True|False)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Corrections", text)


def corrected_members(records: Sequence[str]) -> set[int]:
    """Members whose attendance was corrected, from the recorded changes."""
    found = set()
    for what in records:
        match = _ATTENDANCE.match(what)
        if match:
            found.add(int(match.group(1)))
    return found


def describe(what: str, aliases: Mapping[int, str]) -> str:
    """A recorded correction as a sentence; unknown forms are shown as stored."""
    match = _ATTENDANCE.match(what)
    if match:
        member, before, after = int(match.group(1)), match.group(2), match.group(3)
        return _tr("{alias}: attendance {before} → {after}").format(
            alias=aliases.get(member, "?"),
            before=look.status_word(before) if before != "unmarked" else _tr("not recorded"),
            after=look.status_word(after),
        )
    match = _TURN.match(what)
    if not match:
        return what
    parts = []
    changes = match.group(2)
    moved = _TURN_MEMBER.search(changes)
    if moved:
        parts.append(
            _tr("turn moved from {before} to {after}").format(
                before=aliases.get(int(moved.group(1)), "?"),
                after=aliases.get(int(moved.group(2)), "?"),
            )
        )
    length = _TURN_LENGTH.search(changes)
    if length:
        parts.append(
            _tr("length {before} → {after}").format(
                before=formatting.clock(int(length.group(1))),
                after=formatting.clock(int(length.group(2))),
            )
        )
    passed = _TURN_PASSED.search(changes)
    if passed:
        parts.append(_tr("marked as a pass") if passed.group(2) == "True" else _tr("not a pass"))
    return _tr("A turn: {changes}").format(changes=", ".join(parts) or changes)


# ================================================================================= attendance


@dataclass(frozen=True, slots=True)
class AttendanceChoice:
    member_id: int
    alias: str
    status: str | None  # None: not recorded


class AttendanceDialog(QDialog):
    """One status box per member; only the changed ones are saved (each one recorded)."""

    def __init__(
        self,
        when: str,
        choices: Sequence[AttendanceChoice],
        *,
        focus_member: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct attendance"))
        self._choices = tuple(choices)
        self.boxes: dict[int, QComboBox] = {}
        form = QFormLayout()
        form.setVerticalSpacing(6)
        for choice in self._choices:
            box = QComboBox(self)
            if choice.status is None:
                box.addItem(self.tr("— not recorded —"), "")
            for status in look.STATUSES:
                box.addItem(f"{look.status_letter(status)} · {look.status_word(status)}", status)
            box.setCurrentIndex(max(0, box.findData(choice.status or "")))
            box.currentIndexChanged.connect(self._on_changed)
            box.setAccessibleName(choice.alias)
            self.boxes[choice.member_id] = box
            form.addRow(choice.alias, box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save corrections"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Attendance on {date}").format(date=when), 2, self))
        layout.addWidget(
            ToneLabel(
                self.tr("Each change is recorded with today's date and shown on the session."),
                Tone.MUTED,
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._on_changed()
        if focus_member in self.boxes:
            self.boxes[focus_member].setFocus()

    def changes(self) -> list[tuple[int, str]]:
        """(member id, new status) for every box that differs from what was stored."""
        out = []
        for choice in self._choices:
            chosen = str(self.boxes[choice.member_id].currentData() or "")
            if chosen and chosen != (choice.status or ""):
                out.append((choice.member_id, chosen))
        return out

    @Slot()
    def _on_changed(self) -> None:
        self.save_button.setEnabled(bool(self.changes()))


# ================================================================================= a turn


@dataclass(frozen=True, slots=True)
class TurnFix:
    turn_id: int
    member_id: int | None
    duration: float | None
    passed: bool | None


class TurnDialog(QDialog):
    """Pick a turn (or arrive with one picked from the timeline) and fix who spoke, for how
    long, or whether it was a pass."""

    def __init__(
        self,
        turns: Sequence[TimelineTurn],
        members: Sequence[tuple[int, str]],
        segment_names: Sequence[str],
        *,
        select_turn: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct a turn"))
        self._turns = tuple(turns)
        aliases = dict(members)
        self.table = QTableWidget(len(self._turns), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("At"), self.tr("Segment"), self.tr("Member"), self.tr("Length")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, turn in enumerate(self._turns):
            segment = (
                segment_names[turn.segment_index]
                if 0 <= turn.segment_index < len(segment_names)
                else ""
            )
            length = self.tr("pass") if turn.passed else formatting.clock(turn.duration)
            cells = (
                formatting.clock(turn.start),
                segment,
                aliases.get(turn.member_id, "?"),
                length,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (0, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.currentCellChanged.connect(self._on_turn_changed)

        self.member_box = QComboBox(self)
        for member_id, alias in members:
            self.member_box.addItem(alias, member_id)
        self.length_edit = QTimeEdit(self)
        self.length_edit.setDisplayFormat("H:mm:ss")
        self.passed_box = QCheckBox(self.tr("It was a &pass (nothing said)"), self)
        self.passed_box.toggled.connect(self._on_passed_toggled)
        for signal in (self.member_box.currentIndexChanged, self.length_edit.timeChanged):
            signal.connect(self._on_edited)
        self.passed_box.toggled.connect(self._on_edited)
        form = QFormLayout()
        form.addRow(self.tr("&Who spoke:"), self.member_box)
        form.addRow(self.tr("&Length:"), self.length_edit)
        form.addRow("", self.passed_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save correction"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        editor = QVBoxLayout()
        editor.addWidget(QLabel(self.tr("Fix the selected turn:"), self))
        editor.addLayout(form)
        editor.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(editor, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Correct a turn"), 2, self))
        layout.addWidget(
            ToneLabel(
                self.tr("The change is recorded with today's date and shown on the session."),
                Tone.MUTED,
                self,
            )
        )
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 460)

        row = next((i for i, t in enumerate(self._turns) if t.turn_id == select_turn), 0)
        if self._turns:
            self.table.setCurrentCell(row, 0)
            self._on_turn_changed(row, 0, -1, -1)
        else:
            self.save_button.setEnabled(False)

    def current_turn(self) -> TimelineTurn | None:
        row = self.table.currentRow()
        return self._turns[row] if 0 <= row < len(self._turns) else None

    def fix(self) -> TurnFix | None:
        """What changed on the selected turn, or None when nothing did."""
        turn = self.current_turn()
        if turn is None:
            return None
        member = self.member_box.currentData()
        passed = self.passed_box.isChecked()
        duration = float(QTime(0, 0).secsTo(self.length_edit.time()))
        fix = TurnFix(
            turn.turn_id,
            int(member) if member is not None and int(member) != turn.member_id else None,
            duration if not passed and round(turn.duration) != duration else None,
            passed if passed != turn.passed else None,
        )
        if fix.member_id is None and fix.duration is None and fix.passed is None:
            return None
        return fix

    @Slot(int, int, int, int)
    def _on_turn_changed(self, row: int, _column: int, _old_row: int, _old_column: int) -> None:
        turn = self.current_turn()
        if turn is None:
            return
        for widget in (self.member_box, self.length_edit, self.passed_box):
            widget.blockSignals(True)
        self.member_box.setCurrentIndex(max(0, self.member_box.findData(turn.member_id)))
        self.length_edit.setTime(QTime(0, 0).addSecs(round(turn.duration)))
        self.passed_box.setChecked(turn.passed)
        self.length_edit.setEnabled(not turn.passed)
        for widget in (self.member_box, self.length_edit, self.passed_box):
            widget.blockSignals(False)
        self._on_edited()

    @Slot(bool)
    def _on_passed_toggled(self, passed: bool) -> None:
        self.length_edit.setEnabled(not passed)

    @Slot()
    def _on_edited(self) -> None:
        self.save_button.setEnabled(self.fix() is not None)
