"""“Share a group…”: pick the group, paste the co-facilitator's card, compare the safety
number, then hand over the invitation (copy it, or save it to a file).

Nothing is shared until the digits typed match the safety number: the service refuses a
mismatch and the dialog says so under the field, keeping everything typed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError, ValidationError
from facilitator_desktop.services.groups import GroupInfo
from facilitator_desktop.services.sharing import SharingService
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.sharing.card_box import copy_text
from facilitator_desktop.ui.sharing.compare_step import CompareStep
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShareGroupDialog", text)


class ShareGroupDialog(QDialog):
    # A group was shared (or a laptop added to it): the Sharing page lists it, sync starts.
    shared = Signal()

    def __init__(
        self,
        sharing: SharingService,
        groups: list[GroupInfo],
        current_group: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Share a group"))
        self.setObjectName("shareGroupDialog")
        self._sharing = sharing
        self.invitation_text = ""
        self.steps = QStackedWidget(self)

        # --- 1. the group and the card ---------------------------------------------------------
        first = QWidget(self)
        self.group = QComboBox(first)
        self.group.setAccessibleName(_tr("Group to share"))
        for group in groups:
            self.group.addItem(group.name, group.id)
        if self.group.findData(current_group) >= 0:
            self.group.setCurrentIndex(self.group.findData(current_group))
        group_label = QLabel(_tr("&Group:"), first)
        group_label.setBuddy(self.group)
        self.group_error = FieldError(self.group, first)
        self.card = QPlainTextEdit(first)
        self.card.setAccessibleName(_tr("Your co-facilitator's card"))
        self.card.setPlaceholderText(_tr("fd-card-1:…  (paste it whole)"))
        self.card.setTabChangesFocus(True)
        self.card.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        card_label = QLabel(_tr("Your co-facilitator's &card:"), first)
        card_label.setBuddy(self.card)
        self.card_error = FieldError(self.card, first)
        self.next_button = QPushButton(_tr("&Next: compare the safety number"), first)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.to_compare)
        if not groups:
            self.group_error.show_message(_tr("There is no group to share yet."))
            self.next_button.setEnabled(False)
        first_layout = QVBoxLayout(first)
        first_layout.setContentsMargins(0, 0, 0, 0)
        first_layout.addWidget(heading(_tr("Share a group with a co-facilitator"), 2, first))
        first_layout.addWidget(
            ToneLabel(
                _tr(
                    "They will see the group's members, attendance, sessions, rules, signed "
                    "session notes and check-in scores, and every note you mark for "
                    "co-facilitators. Your other notes stay on this laptop."
                ),
                Tone.NORMAL,
                first,
            )
        )
        first_layout.addWidget(group_label)
        first_layout.addWidget(self.group)
        first_layout.addWidget(self.group_error)
        first_layout.addWidget(card_label)
        first_layout.addWidget(self.card, 1)
        first_layout.addWidget(self.card_error)
        first_layout.addWidget(self.next_button)
        self.steps.addWidget(first)

        # --- 2. the safety number --------------------------------------------------------------
        second = QWidget(self)
        self.compare = CompareStep(
            _tr(
                "Your co-facilitator sees the same twelve digits when they paste your card or "
                "your invitation under Accept an invitation. Read them aloud to each other, "
                "or compare the two screens side by side."
            ),
            second,
        )
        self.back_button = QPushButton(_tr("&Back"), second)
        self.back_button.clicked.connect(self.back)
        self.share_button = QPushButton(_tr("&Share the group"), second)
        self.share_button.clicked.connect(self.share)
        self.compare.digits.returnPressed.connect(self.share)
        second_row = QHBoxLayout()
        second_row.addWidget(self.back_button)
        second_row.addStretch(1)
        second_row.addWidget(self.share_button)
        second_layout = QVBoxLayout(second)
        second_layout.setContentsMargins(0, 0, 0, 0)
        second_layout.addWidget(self.compare, 1)
        second_layout.addLayout(second_row)
        self.steps.addWidget(second)

        # --- 3. the invitation -----------------------------------------------------------------
        third = QWidget(self)
        self.done_text = ToneLabel("", Tone.SUCCESS, third)
        self.invitation = QPlainTextEdit(third)
        self.invitation.setReadOnly(True)
        self.invitation.setAccessibleName(_tr("The invitation"))
        self.invitation.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton(_tr("&Copy invitation"), third)
        self.copy_button.clicked.connect(self.copy_invitation)
        self.save_button = QPushButton(_tr("Sa&ve to a file…"), third)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.close_button = QPushButton(_tr("&Done"), third)
        self.close_button.clicked.connect(self.accept)
        self.saved = ToneLabel("", Tone.MUTED, third)
        third_row = QHBoxLayout()
        third_row.addWidget(self.copy_button)
        third_row.addWidget(self.save_button)
        third_row.addStretch(1)
        third_row.addWidget(self.close_button)
        third_layout = QVBoxLayout(third)
        third_layout.setContentsMargins(0, 0, 0, 0)
        third_layout.addWidget(heading(_tr("Send the invitation"), 2, third))
        third_layout.addWidget(self.done_text)
        third_layout.addWidget(self.invitation, 1)
        third_layout.addWidget(self.saved)
        third_layout.addLayout(third_row)
        self.steps.addWidget(third)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.steps)
        self.setMinimumWidth(600)

    # --- the steps -------------------------------------------------------------------------

    def step(self) -> int:
        return self.steps.currentIndex()

    @Slot()
    def to_compare(self) -> None:
        try:
            number = self._sharing.safety_number(self.card.toPlainText())
        except FacilitatorError as exc:
            self.card_error.show_message(error_text(exc))
            self.card.setFocus()
            return
        self.card_error.clear_message()
        self.compare.show_number(number)
        self.steps.setCurrentIndex(1)
        self.compare.digits.setFocus()

    @Slot()
    def back(self) -> None:
        self.compare.error.clear_message()
        self.steps.setCurrentIndex(0)
        self.card.setFocus()

    @Slot()
    def share(self) -> None:
        group_id = self.group.currentData()
        if group_id is None:
            return
        try:
            invitation = self._sharing.share_group(
                int(group_id), self.card.toPlainText(), self.compare.typed()
            )
        except ValidationError as exc:
            if exc.field == "card":
                self.back()
                self.card_error.show_message(error_text(exc))
            else:
                self.compare.error.show_message(error_text(exc))
                self.compare.digits.setFocus()
            return
        except FacilitatorError as exc:
            self.compare.error.show_message(error_text(exc))
            return
        self.invitation_text = invitation.text
        self.invitation.setPlainText(invitation.text)
        self.done_text.setText(
            _tr(
                "“{group}” is shared. Send this invitation to your co-facilitator (it holds "
                "no key: the group's key travels sealed for their laptop only)."
            ).format(group=self.group.currentText())
        )
        self.steps.setCurrentIndex(2)
        self.copy_button.setFocus()
        emit(self.shared)

    # --- handing the invitation over --------------------------------------------------------

    @Slot()
    def copy_invitation(self) -> None:
        copy_text(self.invitation_text)
        self.saved.setText(_tr("Copied."))

    @Slot()
    def _on_save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, _tr("Save the invitation"), "invitation.txt", _tr("Text files (*.txt)")
        )
        if path:
            self.save_invitation(Path(path))

    def save_invitation(self, path: Path) -> bool:
        try:
            path.write_text(self.invitation_text + "\n", encoding="utf-8")
        except OSError as exc:
            self.saved.set_tone(Tone.ERROR)
            self.saved.setText(
                _tr("Not saved: {reason}").format(reason=exc.strerror or type(exc).__name__)
            )
            return False
        self.saved.set_tone(Tone.MUTED)
        self.saved.setText(_tr("Saved as {name}.").format(name=path.name))
        return True
