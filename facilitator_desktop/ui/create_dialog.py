"""First start: "Create your workspace" — choose a passphrase (twice) for the vault.

A guessable passphrase is refused with the reason, and a strong one can be suggested: the
shared new-passphrase fields do both."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop import APP_NAME
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.import_dialog import ImportDialog
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.vault.new_passphrase import NewPassphraseFields
from facilitator_desktop.ui.widgets.busy import busy_cursor
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.passphrase_edit import ShowPassphraseBox
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

CreateWorkspace = Callable[[str], None]
# import_file(file, passphrase): checks an exported workspace file, installs and opens it
# (raises WrongPassphrase, or FacilitatorError/OSError saying why the file was refused).
ImportWorkspace = Callable[[Path, str], None]


class CreateDialog(QDialog):
    """Calls `create(passphrase)` (which raises FacilitatorError/OSError on failure)."""

    # An exported workspace passed its checks and was installed and opened.
    imported = Signal()

    def __init__(
        self,
        create: CreateWorkspace,
        parent: QWidget | None = None,
        *,
        import_file: ImportWorkspace | None = None,
    ) -> None:
        super().__init__(parent)
        self._create = create
        self._import_file = import_file
        self.import_dialog: ImportDialog | None = None  # the passphrase step, while shown
        self.setWindowTitle(APP_NAME)
        self.setObjectName("createDialog")

        title = heading(self.tr("Create your workspace"), 1, self)
        intro = ToneLabel(
            self.tr(
                "Your groups, members and notes stay on this computer, in one workspace "
                "encrypted with a passphrase that only you know."
            ),
            Tone.NORMAL,
            self,
        )

        self.fresh = NewPassphraseFields(self, creating=True)
        # The fields by their own names, as the rest of the dialog (and its tests) use them.
        self.passphrase = self.fresh.passphrase
        self.strength = self.fresh.strength
        self.repeat = self.fresh.repeat
        self.repeat_error = self.fresh.repeat_error
        self.show_box = ShowPassphraseBox([self.passphrase, self.repeat], self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(6)
        self.fresh.add_rows(form)
        form.addRow("", self.show_box)

        warning_frame = QFrame(self)
        warning_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.warning = ToneLabel(
            self.tr(
                "<b>Write your passphrase down and keep it somewhere safe.</b> "
                "If it is forgotten, the workspace cannot be opened and nobody can recover it: "
                "there is no reset and no back door."
            ),
            Tone.WARNING,
            warning_frame,
        )
        self.warning.setTextFormat(Qt.TextFormat.RichText)
        frame_layout = QVBoxLayout(warning_frame)
        frame_layout.setContentsMargins(12, 10, 12, 10)
        frame_layout.addWidget(self.warning)

        self.recovery_box = QCheckBox(self.tr("Also create a recovery &key now"), self)
        self.recovery_hint = ToneLabel(
            self.tr(
                "A second key, shown once for you to print, that opens the workspace if the "
                "passphrase is forgotten. You can also create it later in Settings."
            ),
            Tone.MUTED,
            self,
        )
        self.recovery_hint.setIndent(24)  # under the check box's text

        self.problem = FieldError(None, self)

        buttons = QDialogButtonBox(self)
        self.create_button = QPushButton(self.tr("&Create workspace"), self)
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.import_button = QPushButton(self.tr("&Import from another laptop…"), self)
        self.import_button.setToolTip(
            self.tr("Open a workspace exported with Backups ▸ Export, with its passphrase")
        )
        self.import_button.setVisible(import_file is not None)
        self.import_button.clicked.connect(self._on_import)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(self._on_create)
        self.quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(warning_frame)
        layout.addWidget(self.recovery_box)
        layout.addWidget(self.recovery_hint)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.fresh.changed.connect(self._on_text_changed)
        self.setMinimumWidth(560)
        self.passphrase.setFocus()

    def wants_recovery_key(self) -> bool:
        """The user asked for a recovery key to be created with the workspace."""
        return self.recovery_box.isChecked()

    # --- validation ----------------------------------------------------------------------------

    @Slot()
    def _on_text_changed(self) -> None:
        self.create_button.setEnabled(self.fresh.acceptable())
        self.problem.clear_message()

    # --- creating ------------------------------------------------------------------------------

    @Slot()
    def _on_create(self) -> None:
        if not self.create_button.isEnabled() or not self.fresh.acceptable():
            return
        passphrase = self.passphrase.text()
        self.create_button.setEnabled(False)
        self.create_button.setText(self.tr("Creating…"))
        try:
            with busy_cursor():
                self._create(passphrase)
        except FacilitatorError as exc:
            self._failed(error_text(exc))
            return
        except OSError as exc:
            self._failed(
                self.tr("The workspace could not be created: {reason}").format(
                    reason=exc.strerror or str(exc)
                )
            )
            return
        self.fresh.wipe()
        self.accept()

    def _failed(self, message: str) -> None:
        self.create_button.setText(self.tr("&Create workspace"))
        self.create_button.setEnabled(True)
        self.problem.show_message(message)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape must not quit the app by accident: Quit is an explicit button.
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot()
    def _on_import(self) -> None:
        if self._import_file is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a workspace"),
            "",
            self.tr("Facilitator workspace (*.fdw *.db);;All files (*)"),
        )
        if not chosen:
            return
        self.problem.clear_message()
        self.import_dialog = ImportDialog(Path(chosen), self._import_file, self)
        self.import_dialog.finished.connect(self._on_import_finished)
        self.import_dialog.open()

    @Slot(int)
    def _on_import_finished(self, result: int) -> None:
        """Imported: the app opens it. Refused: the reason is shown here, where the
        facilitator came from."""
        dialog, self.import_dialog = self.import_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            emit(self.imported)
        elif dialog.refusal:
            self.problem.show_message(dialog.refusal)
