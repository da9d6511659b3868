"""Settings (Workspace menu): auto-lock, the passphrase and the recovery key.

Every change takes effect at once; there is nothing to save. Sub-dialogs open window-modal
without blocking (`open()`), and the workspace locking closes all of them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.vault.change_passphrase import ChangePassphraseDialog
from facilitator_desktop.ui.vault.confirm_passphrase import ConfirmPassphraseDialog
from facilitator_desktop.ui.vault.recovery_key import RecoveryKeyDialog
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.prompts import confirm
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

AUTO_LOCK_MAX = 240


class SettingsDialog(QDialog):
    # The auto-lock minutes were changed (0 = off).
    autoLockChanged = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.change_dialog: ChangePassphraseDialog | None = None
        self.confirm_dialog: ConfirmPassphraseDialog | None = None
        self.key_dialog: RecoveryKeyDialog | None = None
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        workspace = ctx.workspace

        # --- locking ---------------------------------------------------------------------------
        locking = QGroupBox(self.tr("Locking"), self)
        self.auto_lock = QSpinBox(locking)
        self.auto_lock.setRange(0, AUTO_LOCK_MAX)
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setAccessibleName(self.tr("Lock automatically after minutes"))
        self.auto_lock.setValue(workspace.settings.auto_lock_minutes)
        self.auto_lock.valueChanged.connect(self._on_auto_lock_changed)
        label = QLabel(self.tr("Lock &automatically after"), locking)
        label.setBuddy(self.auto_lock)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.auto_lock)
        row.addWidget(QLabel(self.tr("without keyboard or mouse use"), locking))
        row.addStretch(1)
        self.auto_lock_hint = ToneLabel(
            self.tr(
                "It waits while a session's clock runs in this window; a paused session, or "
                "one a crash left open, does not hold it off. Time asleep counts: a laptop "
                "woken after longer than this locks within seconds. On most Linux desktops "
                "it also locks when the screen locks or the laptop goes to sleep. Ctrl+L "
                "locks at any moment; Never (0) locks only by hand."
            ),
            Tone.MUTED,
            locking,
        )
        self.auto_lock_error = ToneLabel("", Tone.ERROR, locking)
        self.auto_lock_error.hide()
        locking_layout = QVBoxLayout(locking)
        locking_layout.addLayout(row)
        locking_layout.addWidget(self.auto_lock_hint)
        locking_layout.addWidget(self.auto_lock_error)

        # --- passphrase ------------------------------------------------------------------------
        passphrase = QGroupBox(self.tr("Passphrase"), self)
        passphrase_text = ToneLabel(
            self.tr(
                "Your passphrase opens this workspace. Changing it keeps every note as it "
                "is; the old passphrase stops working at once."
            ),
            Tone.NORMAL,
            passphrase,
        )
        self.change_button = QPushButton(self.tr("&Change passphrase…"), passphrase)
        self.change_button.clicked.connect(self.change_passphrase)
        passphrase_layout = QVBoxLayout(passphrase)
        passphrase_layout.addWidget(passphrase_text)
        passphrase_layout.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignLeft)

        # --- recovery key ----------------------------------------------------------------------
        recovery = QGroupBox(self.tr("Recovery key"), self)
        self.recovery_state = ToneLabel("", Tone.NORMAL, recovery)
        self.create_key_button = QPushButton("", recovery)
        self.create_key_button.clicked.connect(self.create_recovery_key)
        self.remove_key_button = QPushButton(self.tr("&Remove…"), recovery)
        self.remove_key_button.clicked.connect(self.remove_recovery_key)
        key_buttons = QHBoxLayout()
        key_buttons.addWidget(self.create_key_button)
        key_buttons.addWidget(self.remove_key_button)
        key_buttons.addStretch(1)
        recovery_layout = QVBoxLayout(recovery)
        recovery_layout.addWidget(self.recovery_state)
        recovery_layout.addLayout(key_buttons)

        self.status = ToneLabel("", Tone.SUCCESS, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Settings"), 1, self))
        layout.addWidget(locking)
        layout.addWidget(passphrase)
        layout.addWidget(recovery)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)
        self._update_recovery()

    # --- auto-lock -----------------------------------------------------------------------------

    @Slot(int)
    def _on_auto_lock_changed(self, minutes: int) -> None:
        try:
            self.ctx.workspace.settings.auto_lock_minutes = minutes
        except FacilitatorError as exc:
            self.auto_lock_error.setText(exc.message)
            self.auto_lock_error.show()
            return
        self.auto_lock_error.hide()
        self.status.setText(
            self.tr("Automatic locking is off.")
            if minutes == 0
            else self.tr("Locks after {n} minutes without use.").format(n=minutes)
        )
        emit(self.autoLockChanged, minutes)

    # --- passphrase ----------------------------------------------------------------------------

    @Slot()
    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self.ctx.workspace.change_passphrase, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_passphrase_changed)
        dialog.finished.connect(self._on_change_dialog_finished)
        self.change_dialog = dialog
        dialog.open()

    @Slot()
    def _on_passphrase_changed(self) -> None:
        self.status.setText(self.tr("Passphrase changed. Use the new one from now on."))
        emit(self.ctx.statusMessage, self.tr("Passphrase changed."))

    @Slot()
    def _on_change_dialog_finished(self) -> None:
        self.change_dialog = None

    # --- recovery key --------------------------------------------------------------------------

    def _update_recovery(self) -> None:
        try:
            has_key = self.ctx.workspace.has_recovery_key
        except FacilitatorError:
            has_key = False
        if has_key:
            self.recovery_state.setText(
                self.tr(
                    "A recovery key is set up. If the paper is lost, replace it: the old key "
                    "then stops working."
                )
            )
            self.recovery_state.set_tone(Tone.NORMAL)
            self.create_key_button.setText(self.tr("Re&place recovery key…"))
        else:
            self.recovery_state.setText(
                self.tr(
                    "No recovery key. If you forget your passphrase, nobody can open this "
                    "workspace. A recovery key, printed and kept safe, is a second way in."
                )
            )
            self.recovery_state.set_tone(Tone.WARNING)
            self.create_key_button.setText(self.tr("Create recovery &key…"))
        self.remove_key_button.setVisible(has_key)

    @Slot()
    def create_recovery_key(self) -> None:
        """Ask for the passphrase, then create (or replace) the key and show it once."""
        replacing = self.ctx.workspace.has_recovery_key
        explanation = (
            self.tr(
                "Enter your passphrase to make a new recovery key. The key you have now "
                "stops working."
            )
            if replacing
            else self.tr("Enter your passphrase to make a recovery key for this workspace.")
        )
        dialog = ConfirmPassphraseDialog(
            self.ctx.workspace.unlock,  # re-opening the key slot proves the passphrase
            self.tr("Recovery key"),
            explanation,
            self.tr("&Make the key"),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_passphrase_confirmed)
        dialog.finished.connect(self._on_confirm_dialog_finished)
        self.confirm_dialog = dialog
        dialog.open()

    @Slot()
    def _on_confirm_dialog_finished(self) -> None:
        self.confirm_dialog = None

    @Slot()
    def _on_passphrase_confirmed(self) -> None:
        try:
            key = self.ctx.workspace.create_recovery_key()
        except FacilitatorError as exc:
            self.status.set_tone(Tone.ERROR)
            self.status.setText(exc.message)
            return
        self._update_recovery()
        self.status.set_tone(Tone.SUCCESS)
        self.status.setText(self.tr("New recovery key made."))
        dialog = RecoveryKeyDialog(key, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_key_dialog_finished)
        self.key_dialog = dialog
        dialog.open()

    @Slot()
    def _on_key_dialog_finished(self) -> None:
        self.key_dialog = None

    @Slot()
    def remove_recovery_key(self) -> None:
        if not confirm(
            self,
            self.tr("Remove recovery key"),
            self.tr("Remove the recovery key?"),
            self.tr(
                "The printed key stops working. Only your passphrase will open this "
                "workspace; if it is forgotten, nobody can open it."
            ),
            self.tr("&Remove key"),
        ):
            return
        try:
            self.ctx.workspace.remove_recovery_key()
        except FacilitatorError as exc:
            self.status.set_tone(Tone.ERROR)
            self.status.setText(exc.message)
            return
        self._update_recovery()
        self.status.set_tone(Tone.SUCCESS)
        self.status.setText(self.tr("Recovery key removed."))
