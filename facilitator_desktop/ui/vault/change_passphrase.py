"""Change passphrase: the current one, the new one twice, and why.

"Routine" re-wraps the workspace key under the new passphrase; "someone may know the old
one" also replaces the workspace key itself and re-encrypts everything, because whoever knew
the old passphrase may have copied the old key. Either way every backup in the data folder
follows, so the old passphrase opens no file there; the change runs off the GUI thread with
its progress shown, and a crash at any point leaves exactly one passphrase working.
"""

from __future__ import annotations

from collections.abc import Callable
from unicodedata import normalize

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError, WrongPassphrase
from facilitator_desktop.services.key_changes import KeyChangeReport, Progress
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.vault.key_change_task import KeyChangeTask
from facilitator_desktop.ui.vault.key_change_text import out_of_reach, stage_text
from facilitator_desktop.ui.vault.new_passphrase import NewPassphraseFields
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.passphrase_edit import PassphraseEdit, ShowPassphraseBox
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

# change(current, new, rotate, progress) -> what was done; raises WrongPassphrase when
# `current` is not the passphrase (nothing changed then).
ChangePassphrase = Callable[[str, str, bool, Progress], KeyChangeReport]


class ChangePassphraseDialog(QDialog):
    def __init__(self, change: ChangePassphrase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._change = change
        self.report: KeyChangeReport | None = None
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setObjectName("changePassphraseDialog")

        title = heading(self.tr("Change your passphrase"), 2, self)
        self.current = PassphraseEdit(self.tr("Current passphrase"), self)
        self.current_error = FieldError(self.current, self)
        self.fresh = NewPassphraseFields(self)
        self.show_box = ShowPassphraseBox(
            [self.current, self.fresh.passphrase, self.fresh.repeat], self
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(6)
        form.addRow(self.tr("&Current passphrase:"), self.current)
        form.addRow("", self.current_error)
        self.fresh.add_rows(form)
        form.addRow("", self.show_box)

        why = QLabel(self.tr("Why are you changing it?"), self)
        self.routine = QRadioButton(self.tr("&Routine change: nobody else knows the old one"), self)
        self.exposed = QRadioButton(self.tr("&Someone may know the old one, or saw it typed"), self)
        self.routine.setChecked(True)
        self.reasons = QButtonGroup(self)
        self.reasons.addButton(self.routine)
        self.reasons.addButton(self.exposed)
        why.setBuddy(self.routine)
        self.consequence = ToneLabel("", Tone.NORMAL, self)
        self.reasons.buttonToggled.connect(self._on_reason)

        self.problem = FieldError(None, self)
        self.stage = QLabel("", self)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.stage.setVisible(False)
        self.progress.setVisible(False)

        buttons = QDialogButtonBox(self)
        self.change_button = QPushButton(self.tr("C&hange passphrase"), self)
        self.change_button.setDefault(True)
        self.change_button.setEnabled(False)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.change_button.clicked.connect(self._on_change)
        self.cancel_button.clicked.connect(self.reject)
        self.current.textChanged.connect(self._on_changed)
        self.fresh.changed.connect(self._on_changed)

        self.task = KeyChangeTask(self)
        self.task.progressed.connect(self._on_progress)
        self.task.finished.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(why)
        layout.addWidget(self.routine)
        layout.addWidget(self.exposed)
        layout.addWidget(self.consequence)
        layout.addWidget(self.problem)
        layout.addWidget(self.stage)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
        self._on_reason()
        self.current.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def rotate(self) -> bool:
        return self.exposed.isChecked()

    def error_text(self) -> str:
        return " ".join(
            m
            for m in (
                self.current_error.message(),
                self.fresh.repeat_error.message(),
                self.problem.message(),
            )
            if m
        )

    @Slot()
    def _on_reason(self) -> None:
        if self.rotate:
            text = self.tr(
                "A new workspace key is made and every private detail is re-encrypted, backups "
                "included, so a copy of the old key is useless. A recovery key stops working; "
                "a new one is shown to print."
            )
        else:
            text = self.tr(
                "Only the lock on the workspace key changes, in the workspace and in every "
                "backup: from now on only the new passphrase opens them."
            )
        self.consequence.setText(f"{text} {out_of_reach()}")

    @Slot()
    def _on_changed(self) -> None:
        self.current_error.clear_message()
        self.problem.clear_message()
        self._enable()

    def _enable(self) -> None:
        self.change_button.setEnabled(
            not self.task.running and bool(self.current.text()) and self.fresh.acceptable()
        )

    @Slot()
    def _on_change(self) -> None:
        if not self.change_button.isEnabled():
            return
        current, new, rotate = self.current.text(), self.fresh.text(), self.rotate
        if normalize("NFC", current) == normalize("NFC", new):
            self.problem.show_message(self.tr("That is the passphrase you have now."))
            return
        self._set_busy(True)
        self.task.start(lambda progress: self._change(current, new, rotate, progress))

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.current,
            self.fresh.passphrase,
            self.fresh.repeat,
            self.fresh.suggest_button,
            self.routine,
            self.exposed,
            self.cancel_button,
        ):
            widget.setEnabled(not busy)
        self.stage.setVisible(busy)
        self.progress.setVisible(busy)
        if busy:
            self.change_button.setEnabled(False)
            self.stage.setText(self.tr("Checking the current passphrase…"))
            self.progress.setRange(0, 0)

    @Slot(str, int, int)
    def _on_progress(self, stage: str, done: int, total: int) -> None:
        self.stage.setText(stage_text(stage, done, total))
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)

    @Slot(object)
    def _on_finished(self, report: KeyChangeReport) -> None:
        self.report = report
        self.wipe()
        self.accept()

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            self.current.wipe()
            self.current_error.show_message(
                self.tr("That is not the current passphrase. Nothing was changed.")
            )
            self.current.setFocus()
        elif isinstance(error, FacilitatorError):
            self.problem.show_message(error_text(error))
        elif isinstance(error, OSError):
            self.problem.show_message(
                self.tr("The passphrase could not be changed: {reason}").format(
                    reason=error.strerror or str(error)
                )
            )
        else:
            self.problem.show_message(
                self.tr(
                    "The passphrase could not be changed ({kind}). Nothing was changed."
                ).format(kind=type(error).__name__)
            )
        self._enable()

    def wipe(self) -> None:
        self.current.wipe()
        self.fresh.wipe()

    def reject(self) -> None:
        if self.task.running:
            return  # a change half-way cannot be cancelled; it takes seconds
        super().reject()

    def done(self, result: int) -> None:
        # However the dialog ends (Cancel, Escape, the workspace locking), no passphrase
        # stays in its fields.
        self.wipe()
        super().done(result)
