"""“Accept an invitation…”: paste what the co-facilitator sent, compare the safety number,
accept. A pasted card (before the invitation came) shows the safety number too, so both
can compare while the other shares."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError, ValidationError
from facilitator_desktop.services.sharing import (
    INVITE_PREFIX,
    SharingService,
    parse_invitation,
)
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.sharing.compare_step import CompareStep
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


def _tr(text: str) -> str:
    return QCoreApplication.translate("AcceptInvitationDialog", text)


class AcceptInvitationDialog(QDialog):
    # An invitation was accepted: the group arrives at the next sync.
    accepted_invitation = Signal()

    def __init__(self, sharing: SharingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Accept an invitation"))
        self.setObjectName("acceptInvitationDialog")
        self._sharing = sharing
        self.steps = QStackedWidget(self)

        first = QWidget(self)
        self.pasted = QPlainTextEdit(first)
        self.pasted.setAccessibleName(_tr("The invitation"))
        self.pasted.setPlaceholderText(_tr("fd-invite-1:…  (paste it whole)"))
        self.pasted.setTabChangesFocus(True)
        self.pasted.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        label = QLabel(_tr("&Invitation (or your co-facilitator's card):"), first)
        label.setBuddy(self.pasted)
        self.pasted_error = FieldError(self.pasted, first)
        self.next_button = QPushButton(_tr("&Next: compare the safety number"), first)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.to_compare)
        first_layout = QVBoxLayout(first)
        first_layout.setContentsMargins(0, 0, 0, 0)
        first_layout.addWidget(heading(_tr("Accept a shared group"), 2, first))
        first_layout.addWidget(
            ToneLabel(
                _tr(
                    "Paste the invitation your co-facilitator sent. Their group then comes "
                    "to this laptop at the next sync, sealed for it alone."
                ),
                Tone.NORMAL,
                first,
            )
        )
        first_layout.addWidget(label)
        first_layout.addWidget(self.pasted, 1)
        first_layout.addWidget(self.pasted_error)
        first_layout.addWidget(self.next_button)
        self.steps.addWidget(first)

        second = QWidget(self)
        self.compare = CompareStep(
            _tr(
                "Your co-facilitator saw twelve digits when they shared the group. Read them "
                "aloud to each other, or compare the two screens side by side."
            ),
            second,
        )
        self.card_only = ToneLabel(
            _tr(
                "This is a card, not an invitation: compare the number now, then paste the "
                "invitation when it comes."
            ),
            Tone.MUTED,
            second,
        )
        self.back_button = QPushButton(_tr("&Back"), second)
        self.back_button.clicked.connect(self.back)
        self.accept_button = QPushButton(_tr("&Accept the invitation"), second)
        self.accept_button.clicked.connect(self.accept_invitation)
        self.compare.digits.returnPressed.connect(self.accept_invitation)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.accept_button)
        second_layout = QVBoxLayout(second)
        second_layout.setContentsMargins(0, 0, 0, 0)
        second_layout.addWidget(self.compare, 1)
        second_layout.addWidget(self.card_only)
        second_layout.addLayout(row)
        self.steps.addWidget(second)

        third = QWidget(self)
        self.done_text = ToneLabel(
            _tr(
                "Accepted. The group appears in your group list at the next sync, with its "
                "history; until then it is listed on the Sharing page as waiting."
            ),
            Tone.SUCCESS,
            third,
        )
        self.close_button = QPushButton(_tr("&Done"), third)
        self.close_button.clicked.connect(self.accept)
        third_layout = QVBoxLayout(third)
        third_layout.setContentsMargins(0, 0, 0, 0)
        third_layout.addWidget(self.done_text)
        third_layout.addStretch(1)
        third_layout.addWidget(self.close_button)
        self.steps.addWidget(third)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.steps)
        self.setMinimumWidth(600)

    def step(self) -> int:
        return self.steps.currentIndex()

    def _is_invitation(self) -> bool:
        return self.pasted.toPlainText().strip().startswith(INVITE_PREFIX)

    @Slot()
    def to_compare(self) -> None:
        text = self.pasted.toPlainText()
        try:
            card = parse_invitation(text).inviter.text if self._is_invitation() else text
            number = self._sharing.safety_number(card)
        except FacilitatorError as exc:
            self.pasted_error.show_message(error_text(exc))
            self.pasted.setFocus()
            return
        self.pasted_error.clear_message()
        self.compare.show_number(number)
        invitation = self._is_invitation()
        self.card_only.setVisible(not invitation)
        self.accept_button.setEnabled(invitation)
        self.compare.digits.setEnabled(invitation)
        self.steps.setCurrentIndex(1)
        if invitation:
            self.compare.digits.setFocus()
        else:
            self.back_button.setFocus()

    @Slot()
    def back(self) -> None:
        self.compare.error.clear_message()
        self.steps.setCurrentIndex(0)
        self.pasted.setFocus()

    @Slot()
    def accept_invitation(self) -> None:
        if not self._is_invitation():
            return
        try:
            self._sharing.accept_invitation(self.pasted.toPlainText(), self.compare.typed())
        except ValidationError as exc:
            if exc.field == "safety_number":
                self.compare.error.show_message(error_text(exc))
                self.compare.digits.setFocus()
            else:
                self.back()
                self.pasted_error.show_message(error_text(exc))
            return
        except FacilitatorError as exc:
            self.compare.error.show_message(error_text(exc))
            return
        self.steps.setCurrentIndex(2)
        self.close_button.setFocus()
        emit(self.accepted_invitation)
