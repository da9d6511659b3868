"""Import from another laptop, second step: the chosen file's passphrase, then the checks.

A wrong passphrase is said under the field and may be typed again. Any other refusal
closes this dialog with its reason in `refusal`, for the first window to show: the
facilitator is back where they came from, never on an unlock screen they cannot leave.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError, WrongPassphrase
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.widgets.busy import busy_cursor
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.passphrase_edit import PassphraseEdit, ShowPassphraseBox
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

# install(file, passphrase): checks the file, installs it and opens it; raises
# WrongPassphrase, or FacilitatorError/OSError with the reason it was refused.
InstallImport = Callable[[Path, str], None]


class ImportDialog(QDialog):
    def __init__(self, source: Path, install: InstallImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._install = install
        # Why the file was refused; empty when it was imported or the facilitator cancelled.
        self.refusal = ""
        self.setWindowTitle(self.tr("Import a workspace"))
        self.setObjectName("importDialog")

        explanation = ToneLabel(
            self.tr(
                "Enter the passphrase this workspace had on the other laptop. The file is "
                "checked in full before anything is installed here."
            ),
            Tone.NORMAL,
            self,
        )
        self.file_label = ToneLabel(
            self.tr("File: {name}").format(name=source.name), Tone.MUTED, self
        )
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is not markup
        self.passphrase = PassphraseEdit(self.tr("Passphrase of the imported workspace"), self)
        self.error = FieldError(self.passphrase, self)
        self.show_box = ShowPassphraseBox([self.passphrase], self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(6)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.error)
        form.addRow("", self.show_box)

        buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("&Import and open"), self)
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self._on_import)
        self.cancel_button.clicked.connect(self.reject)
        self.passphrase.textChanged.connect(self._on_text_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Import a workspace"), 2, self))
        layout.addWidget(explanation)
        layout.addWidget(self.file_label)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(500)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_text_changed(self) -> None:
        self.error.clear_message()
        self.import_button.setEnabled(bool(self.passphrase.text()))

    @Slot()
    def _on_import(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            return
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("Checking…"))
        try:
            with busy_cursor():
                self._install(self._source, passphrase)
        except WrongPassphrase:
            self._restore_button()
            self.passphrase.wipe()
            self.error.show_message(
                self.tr("That passphrase does not unlock this workspace. Please try again.")
            )
            self.passphrase.setFocus()
            return
        except FacilitatorError as exc:
            self._refuse(error_text(exc))
            return
        except OSError as exc:
            self._refuse(
                self.tr("The file could not be imported: {reason}").format(
                    reason=exc.strerror or str(exc)
                )
            )
            return
        self.accept()

    def _restore_button(self) -> None:
        self.import_button.setText(self.tr("&Import and open"))
        self.import_button.setEnabled(bool(self.passphrase.text()))

    def _refuse(self, reason: str) -> None:
        self.refusal = reason
        self.reject()

    def done(self, result: int) -> None:
        self.passphrase.wipe()
        super().done(result)
