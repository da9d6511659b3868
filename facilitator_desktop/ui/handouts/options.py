"""The choices for each handout, one small form per kind, and the facilitator's details.

Each form says `changed` when the preview should be rebuilt; the page reads the values.
Forms hold ids and aliases only (never ORM objects) and forget aliases on `clear()`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QToolButton,
    QWidget,
)

from facilitator_desktop.handouts.data import CardLayout, CardsPerPage
from facilitator_desktop.services.handout_data import FacilitatorProfile
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.roomy_line_edit import keep_roomy
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

BLANK = -1  # member combo: print a blank name line
MAX_GUEST_LINES = 40
# Text fields are at least this many average characters wide; what does not fit (a long
# welcome line, an example at a large font) is in the field's tooltip.
FIELD_CHARS = 20
WELCOME_CHARS = 16


def _form(parent: QWidget) -> QFormLayout:
    form = QFormLayout(parent)
    form.setContentsMargins(0, 0, 0, 0)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setVerticalSpacing(8)
    return form


class GroundRulesOptions(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.welcome_edit = QLineEdit(self)
        self.welcome_edit.setPlaceholderText(self.tr("A short line under the title"))
        self.welcome_edit.setClearButtonEnabled(True)
        keep_roomy(self.welcome_edit, WELCOME_CHARS)
        for clear in self.welcome_edit.findChildren(QToolButton):
            clear.setAccessibleName(self.tr("Clear the welcome line"))
        self.acknowledgement_box = QCheckBox(self.tr("&Acknowledgement to sign"), self)
        self.acknowledgement_box.setToolTip(
            self.tr("A sentence to sign under the rules, with name, signature and date lines")
        )
        self.acknowledgement_box.setChecked(True)
        self.member_combo = QComboBox(self)
        self.member_combo.setAccessibleName(self.tr("Name on the acknowledgement"))
        self.member_combo.setMinimumContentsLength(14)
        self.clear()
        form = _form(self)
        form.addRow(self.tr("Welcome &line:"), self.welcome_edit)
        form.addRow(self.acknowledgement_box)
        form.addRow(self.tr("&For:"), self.member_combo)
        form.addRow(
            ToneLabel(
                self.tr("Print one copy per member with their name filled in, or a blank line."),
                Tone.MUTED,
                self,
            )
        )
        self.welcome_edit.textEdited.connect(self._on_changed)
        self.acknowledgement_box.toggled.connect(self._on_acknowledgement_toggled)
        self.member_combo.currentIndexChanged.connect(self._on_changed)

    def set_members(self, members: list[tuple[int, str]]) -> None:
        """(id, alias) in seat order; keeps the chosen member when still listed."""
        keep = self.member_id()
        self.member_combo.blockSignals(True)
        try:
            self.clear()
            for member_id, alias in members:
                self.member_combo.addItem(alias, member_id)
            self.select_member(keep)
        finally:
            self.member_combo.blockSignals(False)

    def clear(self) -> None:
        """Forget the aliases (on lock); leaves the blank choice."""
        self.member_combo.clear()
        self.member_combo.addItem(self.tr("Blank line to fill in"), BLANK)

    def select_member(self, member_id: int | None) -> bool:
        row = self.member_combo.findData(BLANK if member_id is None else member_id)
        self.member_combo.setCurrentIndex(max(row, 0))
        return row >= 0

    def member_id(self) -> int | None:
        data = self.member_combo.currentData()
        return None if data is None or data == BLANK else int(data)

    def welcome(self) -> str:
        return self.welcome_edit.text().strip()

    def acknowledgement(self) -> bool:
        return self.acknowledgement_box.isChecked()

    @Slot(bool)
    def _on_acknowledgement_toggled(self, checked: bool) -> None:
        self.member_combo.setEnabled(checked)
        emit(self.changed)

    @Slot()
    def _on_changed(self) -> None:
        emit(self.changed)


class RuleCardsOptions(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_combo = QComboBox(self)
        self.layout_combo.addItem(self.tr("Cut-out cards"), "cut")
        self.layout_combo.addItem(self.tr("Folded table tents"), "tent")
        self.layout_combo.setToolTip(
            self.tr(
                "Table tents fold across the middle and stand on the table, readable from "
                "both sides."
            )
        )
        self.per_page_combo = QComboBox(self)
        for count in (2, 4, 6):
            self.per_page_combo.addItem(str(count), count)
        self.per_page_combo.setCurrentIndex(1)
        self.why_box = QCheckBox(self.tr("Show the “why” u&nder each rule"), self)
        self.why_box.setChecked(True)
        form = _form(self)
        form.addRow(self.tr("&Layout:"), self.layout_combo)
        form.addRow(self.tr("C&ards per page:"), self.per_page_combo)
        form.addRow(self.why_box)
        self.layout_combo.currentIndexChanged.connect(self._on_changed)
        self.per_page_combo.currentIndexChanged.connect(self._on_changed)
        self.why_box.toggled.connect(self._on_changed)

    def card_layout(self) -> CardLayout:
        return "tent" if self.layout_combo.currentData() == "tent" else "cut"

    def per_page(self) -> CardsPerPage:
        count = self.per_page_combo.currentData()
        return 2 if count == 2 else 6 if count == 6 else 4

    def show_why(self) -> bool:
        return self.why_box.isChecked()

    @Slot()
    def _on_changed(self) -> None:
        emit(self.changed)


class SignInOptions(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(QDate.currentDate())
        self.guests_spin = QSpinBox(self)
        self.guests_spin.setRange(0, MAX_GUEST_LINES)
        self.guests_spin.setValue(3)
        self.guests_spin.setToolTip(self.tr("Empty rows for guests and newcomers"))
        form = _form(self)
        form.addRow(self.tr("D&ate:"), self.date_edit)
        form.addRow(self.tr("Guest &lines:"), self.guests_spin)
        self.date_edit.dateChanged.connect(self._on_changed)
        self.guests_spin.valueChanged.connect(self._on_changed)

    def set_day(self, day: date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def day(self) -> date:
        value = self.date_edit.date()
        return date(value.year(), value.month(), value.day())

    def guest_lines(self) -> int:
        return self.guests_spin.value()

    @Slot()
    def _on_changed(self) -> None:
        emit(self.changed)


class SessionSummaryOptions(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session_combo = QComboBox(self)
        self.session_combo.setAccessibleName(self.tr("Session"))
        self.session_combo.setPlaceholderText(self.tr("No finished sessions yet"))
        self.session_combo.setMinimumContentsLength(18)
        self.notes_box = QCheckBox(self.tr("Include pri&vate notes"), self)
        self.notes_hint = ToneLabel(
            self.tr("Notes are left out unless you tick this. On paper anyone can read them."),
            Tone.MUTED,
            self,
        )
        form = _form(self)
        form.addRow(self.tr("Sessio&n:"), self.session_combo)
        form.addRow(self.notes_box)
        form.addRow(self.notes_hint)
        self.session_combo.currentIndexChanged.connect(self._on_changed)
        # clicked, not toggled: only the facilitator's own tick asks the question.
        self.notes_box.clicked.connect(self._on_notes_clicked)

    def set_sessions(self, sessions: list[tuple[int, str]]) -> None:
        """(id, label), newest first; keeps the chosen session when still listed."""
        keep = self.session_id()
        self.session_combo.blockSignals(True)
        try:
            self.session_combo.clear()
            for session_id, label in sessions:
                self.session_combo.addItem(label, session_id)
            row = self.session_combo.findData(keep) if keep is not None else -1
            self.session_combo.setCurrentIndex(row if row >= 0 else (0 if sessions else -1))
        finally:
            self.session_combo.blockSignals(False)

    def select_session(self, session_id: int, label: str) -> None:
        """Choose `session_id`, adding it (at the top) when it is not among the recent ones."""
        row = self.session_combo.findData(session_id)
        if row < 0:
            self.session_combo.insertItem(0, label, session_id)
            row = 0
        self.session_combo.setCurrentIndex(row)

    def session_id(self) -> int | None:
        data = self.session_combo.currentData()
        return None if data is None else int(data)

    def include_notes(self) -> bool:
        return self.notes_box.isChecked()

    def clear(self) -> None:
        self.session_combo.clear()
        self.notes_box.setChecked(False)

    @Slot(bool)
    def _on_notes_clicked(self, checked: bool) -> None:
        if checked and not confirm_private_notes(self):
            self.notes_box.setChecked(False)
            return
        emit(self.changed)

    @Slot()
    def _on_changed(self) -> None:
        emit(self.changed)


def confirm_private_notes(parent: QWidget) -> bool:
    """The plain warning before notes go into a PDF; Cancel is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(parent.tr("Include private notes"))
    box.setText(parent.tr("Put your private notes into this PDF?"))
    box.setInformativeText(
        parent.tr(
            "In the app your notes are encrypted. In the PDF and on paper they are not: "
            "anyone who gets the file or the printout can read them. Keep it as safe as a "
            "paper notebook, and shred it when you no longer need it."
        )
    )
    include = box.addButton(parent.tr("Include notes"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is include


class ProfileBox(QGroupBox):
    """The facilitator's name, contact and a support line, printed on the handouts."""

    # The text changed (rebuild the preview).
    changed = Signal()
    # The user finished editing a field (save it).
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your details on handouts"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Your name as members know it"))
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setPlaceholderText(self.tr("Phone or email for members"))
        self.support_edit = QLineEdit(self)
        self.support_edit.setPlaceholderText(self.tr("e.g. Samaritans: 116 123, day or night"))
        self._saved = FacilitatorProfile()
        for edit in (self.name_edit, self.contact_edit, self.support_edit):
            keep_roomy(edit, FIELD_CHARS)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Na&me:"), self.name_edit)
        form.addRow(self.tr("Con&tact:"), self.contact_edit)
        form.addRow(self.tr("Support lin&e:"), self.support_edit)
        form.addRow(
            ToneLabel(
                self.tr("Printed on ground rules and sign-in sheets, for every group."),
                Tone.MUTED,
                self,
            )
        )
        for edit in (self.name_edit, self.contact_edit, self.support_edit):
            edit.textEdited.connect(self._on_text_edited)
            edit.editingFinished.connect(self._on_editing_finished)

    def set_profile(self, profile: FacilitatorProfile) -> None:
        self._saved = profile
        for edit, text in (
            (self.name_edit, profile.name),
            (self.contact_edit, profile.contact),
            (self.support_edit, profile.support_line),
        ):
            edit.setText(text)
            edit.setCursorPosition(0)  # show the start of a long line, not its end

    def profile(self) -> FacilitatorProfile:
        return FacilitatorProfile(
            self.name_edit.text().strip(),
            self.contact_edit.text().strip(),
            self.support_edit.text().strip(),
        )

    def pending(self) -> bool:
        return self.profile() != self._saved

    def mark_saved(self) -> None:
        self._saved = self.profile()

    @Slot()
    def _on_text_edited(self) -> None:
        emit(self.changed)

    @Slot()
    def _on_editing_finished(self) -> None:
        if self.pending():
            emit(self.edited)
