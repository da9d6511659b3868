"""A member's rights from the Members page: a copy of their record, and erasure.

Export writes one readable file where the facilitator chooses — it holds the member's
private details, so the app says so before asking where. Erasure asks the facilitator to
type the member's alias, after saying exactly what goes and what stays.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.erasure import ErasureReport
from facilitator_desktop.services.notes import NoteFilter
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.prompts import confirm
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

# choose(parent, suggested file name) -> the path the user chose, or None when cancelled.
ChooseSavePath = Callable[[QWidget, str], Path | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("MemberRights", text)


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    documents = Path.home() / "Documents"
    start = documents if documents.is_dir() else Path.home()
    path, _ = QFileDialog.getSaveFileName(
        parent,
        _tr("Save the member record"),
        str(start / suggested),
        _tr("Member record (*.json)"),
    )
    return Path(path) if path else None


def suggested_name(today: date) -> str:
    # No alias in the file name: names of files show up in folder views and backups.
    return f"member-record-{today.isoformat()}.json"


def export_member_record(
    parent: QWidget,
    ctx: UiContext,
    member_id: int,
    alias: str,
    choose: ChooseSavePath = ask_save_path,
) -> Path | None:
    """Warn, ask where, write. Returns the file written, or None (cancelled or failed)."""
    if not confirm(
        parent,
        _tr("Export member record"),
        _tr("Export everything held about {alias}?").format(alias=alias),
        _tr(
            "The file holds their private details — full name, contact, remarks, attendance, "
            "speaking turns and the notes about them — unencrypted. Other members' names "
            "in those notes are replaced. Give it only to {alias}, keep it somewhere safe, "
            "and delete your copy when it has been handed over."
        ).format(alias=alias),
        _tr("&Choose where to save…"),
    ):
        return None
    path = choose(parent, suggested_name(date.today()))
    if path is None or ctx.workspace.locked:
        return None
    try:
        data = ctx.workspace.member_rights.export(member_id)
        _write_file(path, data)
    except FacilitatorError as exc:
        emit(ctx.statusMessage, exc.message)
        return None
    except OSError as exc:
        emit(
            ctx.statusMessage,
            _tr("The file could not be written: {reason}").format(reason=exc.strerror or exc),
        )
        return None
    emit(ctx.statusMessage, _tr("Member record exported. It is not encrypted: keep it safe."))
    return path


def _write_file(path: Path, data: bytes) -> None:
    """Write straight to the file the user chose: no temporary copy anywhere else."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


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
        if only_theirs == 1:
            items.append(self.tr("the note that is only about them."))
        elif only_theirs > 1:
            items.append(self.tr("the {n} notes that are only about them.").format(n=only_theirs))
        text = self.tr("<p>This removes, for good:</p>") + "<ul>"
        text += "".join(f"<li>{item}</li>" for item in items) + "</ul>"
        if shared:
            kept = (
                self.tr("The note that is also about other members is kept")
                if shared == 1
                else self.tr("The {n} notes that are also about other members are kept").format(
                    n=shared
                )
            )
            text += (
                "<p>"
                + kept
                + self.tr(
                    ": {alias} is unlinked from them and their name in the text is replaced by "
                    "“[former member]”."
                ).format(alias=alias)
                + "</p>"
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
            self.error.show_message(exc.message)
            return
        self.accept()

    def done(self, result: int) -> None:
        self.confirm_edit.setText("")  # the alias leaves the field and its undo history
        self._alias = ""
        super().done(result)
