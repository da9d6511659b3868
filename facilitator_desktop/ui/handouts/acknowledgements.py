"""On the Members page: which version of the ground rules a member signed, recording a new
signature, and printing the rules with the member's alias filled in.

Every version a member signed is kept (`ws.acknowledgements.for_member`); the panel shows
the latest against the group's current version, and the earlier ones under it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.acknowledgements import AcknowledgementInfo
from facilitator_desktop.services.members import MemberInfo
from facilitator_desktop.ui.context import NO_GROUP, UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.formatting import number, short_date
from facilitator_desktop.ui.handouts.requests import HandoutKind, HandoutRequest, open_handout
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class AcknowledgementPanel(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._member_id: int | None = None
        self._active = False
        self._rule_set_id: int | None = None  # the group's current version
        self._version = 0
        self.setTitle(self.tr("Ground rules"))
        self.setObjectName("acknowledgements")

        self.status_label = ToneLabel("", Tone.NORMAL, self)
        self.history_label = ToneLabel("", Tone.MUTED, self)
        self.group_label = ToneLabel("", Tone.MUTED, self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Date signed"))
        today = self._today()
        self.date_edit.setDate(today)
        self.date_edit.setMaximumDate(today)
        date_label = QLabel(self.tr("Signed on:"), self)
        date_label.setBuddy(self.date_edit)
        self.record_button = QPushButton(self.tr("Record signa&ture"), self)
        self.record_button.clicked.connect(self._on_record)
        self.print_button = QPushButton(self.tr("Print rules for this member…"), self)
        self.print_button.setToolTip(
            self.tr("The ground-rules handout with this member's name on the signature line")
        )
        self.print_button.clicked.connect(self._on_print)

        record_row = QHBoxLayout()
        record_row.setSpacing(8)
        record_row.addWidget(date_label)
        record_row.addWidget(self.date_edit)
        record_row.addWidget(self.record_button)
        record_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.status_label)
        layout.addWidget(self.history_label)
        layout.addLayout(record_row)
        # A row of its own: beside the others, large type squeezed both buttons' words.
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.group_label)
        self.set_member(None)

    def _today(self) -> QDate:
        """The app's today (its injected clock), for the date edit."""
        today = self.ctx.today()
        return QDate(today.year, today.month, today.day)

    # --- public --------------------------------------------------------------------------------

    def set_member(self, member: MemberInfo | None) -> None:
        """Show `member`'s signatures (None: a new member or none selected, panel hidden)."""
        usable = member is not None and not member.damaged
        self._member_id = member.id if member is not None and usable else None
        self._active = bool(member is not None and member.active)
        self.setVisible(usable)
        if not self.ctx.workspace.locked:
            # Today's date again for every member: most signatures are recorded the day.
            today = self._today()
            self.date_edit.setMaximumDate(today)
            self.date_edit.setDate(today)
        self.refresh()

    def refresh(self) -> None:
        group_id = self.ctx.current_group_id()
        if self._member_id is None or group_id == NO_GROUP or self.ctx.workspace.locked:
            self._clear()
            return
        try:
            current = self.ctx.workspace.rules.current(group_id)
            signed = self.ctx.workspace.acknowledgements.for_member(self._member_id)
            latest = self.ctx.workspace.acknowledgements.latest_by_member(group_id)
            active_ids = {m.id for m in self.ctx.workspace.members.list(group_id)}
        except FacilitatorError as exc:
            self._clear()
            self.status_label.setText(error_text(exc))
            return
        self._rule_set_id = current.id if current is not None else None
        self._version = current.version if current is not None else 0
        self._show_status(signed)
        self._show_group(latest, active_ids)
        has_rules = current is not None and bool(current.cards)
        self.record_button.setEnabled(has_rules and self._active)
        self.date_edit.setEnabled(has_rules and self._active)
        self.print_button.setEnabled(has_rules and self._active)
        self.record_button.setText(
            self.tr("Record signa&ture of v{n}").format(n=self._version)
            if has_rules
            else self.tr("Record signa&ture")
        )

    def record(self, signed_on: date) -> AcknowledgementInfo | None:
        """Record that the member signed the current version on `signed_on`."""
        if self._member_id is None or self._rule_set_id is None:
            return None
        try:
            info = self.ctx.workspace.acknowledgements.record(
                self._member_id, self._rule_set_id, signed_on
            )
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return None
        self.refresh()
        emit(
            self.ctx.statusMessage,
            self.tr("Recorded: signed version {n} on {date}.").format(
                n=info.version, date=short_date(info.signed_on)
            ),
        )
        return info

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # the rules may have a new version since the member was picked

    # --- showing -------------------------------------------------------------------------------

    def _clear(self) -> None:
        self._rule_set_id = None
        self._version = 0
        for label in (self.status_label, self.history_label, self.group_label):
            label.clear()
        for widget in (self.record_button, self.date_edit, self.print_button):
            widget.setEnabled(False)

    def _show_status(self, signed: list[AcknowledgementInfo]) -> None:
        latest = signed[0] if signed else None
        if self._version == 0:
            text, tone = self.tr("This group has no ground rules yet."), Tone.MUTED
        elif latest is not None and latest.version >= self._version:
            text = self.tr("Signed the current rules (v{n}) on {date}.").format(
                n=latest.version, date=short_date(latest.signed_on)
            )
            tone = Tone.SUCCESS
        elif latest is not None:
            text = self.tr("Signed v{old} on {date}; not yet the current rules (v{n}).").format(
                old=latest.version, date=short_date(latest.signed_on), n=self._version
            )
            tone = Tone.WARNING
        else:
            text = self.tr("Not signed the current rules (v{n}).").format(n=self._version)
            tone = Tone.WARNING
        self.status_label.setText(text)
        self.status_label.set_tone(tone)
        earlier = signed[1:]
        self.history_label.setText(
            self.tr("Earlier: {versions}").format(
                versions=" · ".join(
                    self.tr("v{n} on {date}").format(n=a.version, date=short_date(a.signed_on))
                    for a in earlier
                )
            )
            if earlier
            else ""
        )
        self.history_label.setVisible(bool(earlier))

    def _show_group(self, latest: dict[int, AcknowledgementInfo], active_ids: set[int]) -> None:
        if self._version == 0 or not active_ids:
            self.group_label.clear()
            return
        current = sum(
            1
            for member_id in active_ids
            if member_id in latest and latest[member_id].version >= self._version
        )
        self.group_label.setText(
            self.tr("%Ln of {members} members have signed v{n}.", "", current).format(
                members=number(len(active_ids)), n=self._version
            )
        )

    # --- slots ---------------------------------------------------------------------------------

    @Slot()
    def _on_record(self) -> None:
        value = self.date_edit.date()
        self.record(date(value.year(), value.month(), value.day()))

    @Slot()
    def _on_print(self) -> None:
        if self._member_id is not None:
            open_handout(
                self.ctx, HandoutRequest(HandoutKind.GROUND_RULES, member_id=self._member_id)
            )
