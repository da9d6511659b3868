"""A member's rights from the Members page: a copy of their record, and erasure.

Export gathers the record with every other member redacted and opens a review
(export_review.py) that says what the file holds, lets the facilitator redact more, and
saves one readable file where they choose. Erasure asks the facilitator to type the
member's alias, after saying exactly what goes and what stays.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import ExportRefused, FacilitatorError
from facilitator_desktop.services.erasure import ErasureReport
from facilitator_desktop.services.notes import NoteFilter
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.vault.export_review import ChooseSavePath, ExportReviewDialog
from facilitator_desktop.ui.vault.export_review import (  # re-exported for the Members page
    ask_save_path as ask_save_path,
)
from facilitator_desktop.ui.widgets.busy import busy_cursor
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


def _tr(text: str) -> str:
    return QCoreApplication.translate("MemberRights", text)


def export_member_record(
    parent: QWidget,
    ctx: UiContext,
    member_id: int,
    alias: str,
    choose: ChooseSavePath = ask_save_path,
) -> ExportReviewDialog | None:
    """Gather the record with every other member redacted and open the review, where the
    facilitator can redact more before choosing where to save. Returns the open review, or
    None when the record could not be gathered (the reason is shown)."""
    try:
        with busy_cursor():
            preview = ctx.workspace.member_rights.preview(member_id)
    except ExportRefused as exc:
        _refuse(parent, error_text(exc))
        return None
    except FacilitatorError as exc:
        emit(ctx.statusMessage, error_text(exc))
        return None
    review = ExportReviewDialog(ctx, preview, alias, choose, parent)
    review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    review.open()
    return review


def _refuse(parent: QWidget, reason: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Export member record"))
    box.setText(_tr("This record cannot be exported."))
    box.setInformativeText(reason)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


class EraseMemberDialog(QDialog):
    """Type the alias to confirm; then the member is erased for good."""

    def __init__(
        self, ctx: UiContext, member_id: int, alias: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._member_id = member_id
        self._alias = alias
        self.report: ErasureReport | None = None
        self.setWindowTitle(self.tr("Erase member"))
        self.setObjectName("eraseMemberDialog")

        only_theirs, shared = self._note_counts()
        title = heading(self.tr("Erase {alias} for good?").format(alias=alias), 2, self)
        title.setTextFormat(Qt.TextFormat.PlainText)  # an alias is never markup
        self.explanation = ToneLabel(self._explanation(only_theirs, shared), Tone.NORMAL, self)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setAccessibleName(self.tr("Type the alias to confirm"))
        self.confirm_edit.setPlaceholderText(alias)
        self.error = FieldError(self.confirm_edit, self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        prompt = QLabel(self.tr("Type “{alias}” to confirm:").format(alias=alias), self)
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        prompt.setBuddy(self.confirm_edit)
        form.addRow(prompt, self.confirm_edit)
        form.addRow("", self.error)

        buttons = QDialogButtonBox(self)
        self.erase_button = QPushButton(self.tr("&Erase for good"), self)
        self.erase_button.setEnabled(False)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self._on_erase)
        self.cancel_button.clicked.connect(self.reject)
        self.confirm_edit.textChanged.connect(self._on_text_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.confirm_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _explanation(self, only_theirs: int, shared: int) -> str:
        alias = html.escape(self._alias)
        items = [
            self.tr("their alias, full name, contact and remarks;"),
            self.tr("their attendance and speaking turns in every session;"),
        ]
        if only_theirs:
            items.append(self.tr("the %Ln notes that are only about them.", "", only_theirs))
        items.append(self.tr("all of this in every backup in the data folder, too."))
        text = self.tr("<p>This removes, for good:</p>") + "<ul>"
        text += "".join(f"<li>{item}</li>" for item in items) + "</ul>"
        if shared:
            kept = self.tr(
                "The %Ln notes that are also about other members are kept: {alias} is unlinked "
                "from them. Their alias, name and contact details are replaced by "
                "“[former member]” wherever they appear in the group's notes, in any spelling.",
                "",
                shared,
            ).format(alias=alias)
            text += "<p>" + kept + "</p>"
        text += self.tr(
            "<p><b>What stays, out of the app's reach:</b> member records, CSV files, session "
            "summaries and copies for another laptop already exported, and anything printed. "
            "Ask for those back or destroy them.</p>"
        )
        text += self.tr(
            "<p>This cannot be undone. To give them a copy of their record first, cancel "
            "and use <i>Export member record…</i>.</p>"
        )
        return text

    def _note_counts(self) -> tuple[int, int]:
        try:
            notes = self.ctx.workspace.notes.find(NoteFilter(member_id=self._member_id))
        except FacilitatorError:
            return 0, 0
        only = sum(1 for n in notes if n.member_ids == (self._member_id,))
        return only, len(notes) - only

    @Slot()
    def _on_text_changed(self) -> None:
        self.error.clear_message()
        self.erase_button.setEnabled(self.confirm_edit.text().strip() == self._alias)

    @Slot()
    def _on_erase(self) -> None:
        if self.confirm_edit.text().strip() != self._alias:
            return
        try:
            self.report = self.ctx.workspace.erasure.erase(self._member_id)
        except FacilitatorError as exc:
            self.error.show_message(error_text(exc))
            return
        self.accept()

    def done(self, result: int) -> None:
        self.confirm_edit.setText("")  # the alias leaves the field and its undo history
        self._alias = ""
        super().done(result)
