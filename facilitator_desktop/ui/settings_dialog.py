"""Settings (Workspace menu): the language, auto-lock, follow-ups, the passphrase and the
recovery key.

Every change is kept at once; there is nothing to save. The language takes effect at the
next start (kept in QSettings: the unlock window needs it before any workspace opens).
Sub-dialogs open window-modal without blocking (`open()`), and the workspace locking closes
all of them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.key_changes import KeyChangeReport, Progress
from facilitator_desktop.services.settings import AUTO_LOCK
from facilitator_desktop.ui.accessibility.settings_box import AnnouncementSettings
from facilitator_desktop.ui.app_settings import LANGUAGE, AppSettings
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.follow_up_settings import FollowUpSettings
from facilitator_desktop.ui.i18n import choices
from facilitator_desktop.ui.session_note.settings_box import SessionNoteSettings
from facilitator_desktop.ui.sharing.settings_box import SharingSettings
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.vault.change_passphrase import ChangePassphraseDialog
from facilitator_desktop.ui.vault.confirm_passphrase import ConfirmPassphraseDialog
from facilitator_desktop.ui.vault.key_change_progress import KeyChangeProgressDialog
from facilitator_desktop.ui.vault.key_change_task import KeyChangeWork
from facilitator_desktop.ui.vault.key_change_text import report_text
from facilitator_desktop.ui.vault.recovery_key import RecoveryKeyDialog
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.scrolled import open_to_content, scrolled
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class SettingsDialog(QDialog):
    # The auto-lock minutes were changed (0 = off).
    autoLockChanged = Signal(int)

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        app_settings: AppSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.app_settings = app_settings
        self.change_dialog: ChangePassphraseDialog | None = None
        self.confirm_dialog: ConfirmPassphraseDialog | None = None
        self.key_dialog: RecoveryKeyDialog | None = None
        self.progress_dialog: KeyChangeProgressDialog | None = None
        self.report_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        workspace = ctx.workspace

        # --- language --------------------------------------------------------------------------
        language = QGroupBox(self.tr("Language"), self)
        self.language_combo = QComboBox(language)
        self.language_combo.setAccessibleName(self.tr("Language of the app"))
        for code, name in choices():
            self.language_combo.addItem(name, code)
        if app_settings is not None:
            self.language_combo.setCurrentIndex(
                self.language_combo.findData(app_settings.get(LANGUAGE))
            )
        self.language_combo.currentIndexChanged.connect(self._on_language_changed)
        language_label = QLabel(self.tr("&Language of the app:"), language)
        language_label.setBuddy(self.language_combo)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)
        self.language_hint = ToneLabel(
            self.tr(
                "A new language takes effect when the app starts again. Each group's "
                "handouts and room display can have a language of their own (Groups page)."
            ),
            Tone.MUTED,
            language,
        )
        language_layout = QVBoxLayout(language)
        language_layout.addLayout(language_row)
        language_layout.addWidget(self.language_hint)
        language.setVisible(app_settings is not None)

        # --- locking ---------------------------------------------------------------------------
        locking = QGroupBox(self.tr("Locking"), self)
        self.auto_lock = QSpinBox(locking)
        self.auto_lock.setRange(AUTO_LOCK.low, AUTO_LOCK.high)
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setAccessibleName(self.tr("Lock automatically after minutes"))
        self.auto_lock.setValue(workspace.settings.get(AUTO_LOCK))
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
                "Your passphrase opens this workspace and its backups. Changing it keeps "
                "every note as it is; the old passphrase stops working at once, in every "
                "backup too."
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
        follow_ups = FollowUpSettings(ctx, self.status, self)
        # Its widgets by the names the dialog always had.
        self.follow_up_absences, self.follow_up_unit = follow_ups.absences, follow_ups.unit
        self.follow_up_error = follow_ups.error
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 8)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Settings"), 1, self))
        layout.addWidget(language)
        layout.addWidget(locking)
        layout.addWidget(follow_ups)
        self.session_notes = SessionNoteSettings(ctx, self)
        layout.addWidget(self.session_notes)
        self.announcements = AnnouncementSettings(ctx, self)
        layout.addWidget(self.announcements)
        self.sharing = SharingSettings(ctx, self)
        layout.addWidget(self.sharing)
        layout.addWidget(passphrase)
        layout.addWidget(recovery)
        layout.addWidget(self.status)
        layout.addStretch(1)
        # Taller than a laptop's screen (by far with large type): the settings scroll, the
        # Close button stays in view.
        self.scroll_area = scrolled(content, self, by_minimum=False)
        buttons.setContentsMargins(24, 0, 24, 0)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 16)
        outer.setSpacing(8)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(buttons)
        # An explicit minimum overrides the layout's: never narrower than the rows need.
        self.setMinimumWidth(max(620, self.minimumSizeHint().width()))
        self._update_recovery()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # As tall as the settings need, up to the screen's height.
        open_to_content(self, self.scroll_area)

    # --- language ------------------------------------------------------------------------------

    @Slot(int)
    def _on_language_changed(self, index: int) -> None:
        if self.app_settings is None or index < 0:
            return
        self.app_settings.set(LANGUAGE, LANGUAGE.decode(str(self.language_combo.itemData(index))))
        self.app_settings.sync()
        self.status.set_tone(Tone.SUCCESS)
        self.status.setText(self.tr("Language saved: it takes effect when the app starts again."))

    # --- auto-lock -----------------------------------------------------------------------------

    @Slot(int)
    def _on_auto_lock_changed(self, minutes: int) -> None:
        try:
            self.ctx.workspace.settings.set(AUTO_LOCK, minutes)
        except FacilitatorError as exc:
            self.auto_lock_error.setText(error_text(exc))
            self.auto_lock_error.show()
            return
        self.auto_lock_error.hide()
        self.status.setText(
            self.tr("Automatic locking is off.")
            if minutes == 0
            else self.tr("Locks after %Ln minutes without use.", "", minutes)
        )
        emit(self.autoLockChanged, minutes)

    # --- passphrase ----------------------------------------------------------------------------

    @Slot()
    def change_passphrase(self) -> None:
        workspace = self.ctx.workspace

        def change(current: str, new: str, rotate: bool, progress: Progress) -> KeyChangeReport:
            return workspace.change_passphrase(current, new, rotate=rotate, progress=progress)

        dialog = ChangePassphraseDialog(change, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_passphrase_changed)
        dialog.finished.connect(self._on_change_dialog_finished)
        self.change_dialog = dialog
        dialog.open()

    @Slot()
    def _on_passphrase_changed(self) -> None:
        report = self.change_dialog.report if self.change_dialog is not None else None
        said = self.tr("Passphrase changed. Use the new one from now on.")
        self._show_report(said, report)
        emit(self.ctx.statusMessage, self.tr("Passphrase changed."))

    @Slot()
    def _on_change_dialog_finished(self) -> None:
        self.change_dialog = None

    def _show_report(self, said: str, report: KeyChangeReport | None) -> None:
        """Say it in the status line; what happened to backups, and what is out of reach,
        in a box the facilitator closes (then a new recovery key, if one was made)."""
        self._update_recovery()
        self.status.set_tone(Tone.SUCCESS)
        self.status.setText(said)
        if report is None:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Done"), said, parent=self)
        box.setInformativeText(report_text(report))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        key = report.recovery_key

        def closed() -> None:
            self.report_box = None
            if key:
                self._show_key(key)

        box.finished.connect(closed)
        self.report_box = box
        box.open()

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
                    "then stops working, in every backup too."
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
        if self.ctx.workspace.has_recovery_key:
            self._confirm(
                self.tr("Replace recovery key"),
                self.tr(
                    "Enter your passphrase to make a new recovery key. The key you have now "
                    "stops working, in every backup too: a new workspace key is made and every "
                    "private detail re-encrypted, since whoever has the old paper may have "
                    "copied the old key."
                ),
                self.tr("&Make a new key"),
                self._replace_key,
            )
        else:
            self._confirm(
                self.tr("Recovery key"),
                self.tr("Enter your passphrase to make a recovery key for this workspace."),
                self.tr("&Make the key"),
                self._make_first_key,
            )

    @Slot()
    def remove_recovery_key(self) -> None:
        self._confirm(
            self.tr("Remove recovery key"),
            self.tr(
                "The printed key stops working, in every backup too: a new workspace key is "
                "made and every private detail re-encrypted. Only your passphrase will open "
                "this workspace; if it is forgotten, nobody can open it."
            ),
            self.tr("&Remove key"),
            self._remove_key,
        )

    def _confirm(
        self, title: str, explanation: str, action: str, then: Callable[[str], None]
    ) -> None:
        """Ask for the passphrase (someone at an unattended laptop must not change the
        second way in), then run `then` with it."""
        confirmed: list[str] = []

        def check(passphrase: str) -> None:
            self.ctx.workspace.key_changes.check_passphrase(passphrase)
            confirmed.append(passphrase)

        dialog = ConfirmPassphraseDialog(check, title, explanation, action, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            if confirmed:
                then(confirmed.pop())

        dialog.accepted.connect(accepted)
        dialog.finished.connect(self._on_confirm_dialog_finished)
        self.confirm_dialog = dialog
        dialog.open()

    @Slot()
    def _on_confirm_dialog_finished(self) -> None:
        self.confirm_dialog = None

    def _make_first_key(self, _passphrase: str) -> None:
        try:
            key = self.ctx.workspace.create_recovery_key()
        except FacilitatorError as exc:
            self._show_error(exc)
            return
        self._show_report(self.tr("New recovery key made."), None)
        self._show_key(key)

    def _replace_key(self, passphrase: str) -> None:
        changes = self.ctx.workspace.key_changes
        self._run_change(
            self.tr("Making a new recovery key"),
            lambda progress: changes.replace_recovery_key(passphrase, progress=progress),
            self.tr("New recovery key made; the old one opens nothing."),
        )

    def _remove_key(self, passphrase: str) -> None:
        changes = self.ctx.workspace.key_changes
        self._run_change(
            self.tr("Removing the recovery key"),
            lambda progress: changes.remove_recovery_key(passphrase, progress=progress),
            self.tr("Recovery key removed; it opens nothing any more."),
        )

    def _run_change(self, title: str, work: KeyChangeWork, said: str) -> None:
        dialog = KeyChangeProgressDialog(title, work, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def changed(report: KeyChangeReport) -> None:
            self._show_report(said, report)

        dialog.changed.connect(changed)
        dialog.changeFailed.connect(self._show_error)
        dialog.finished.connect(self._on_progress_dialog_finished)
        self.progress_dialog = dialog
        dialog.open()

    @Slot()
    def _on_progress_dialog_finished(self) -> None:
        self.progress_dialog = None

    @Slot(object)
    def _show_error(self, error: Exception) -> None:
        self._update_recovery()
        self.status.set_tone(Tone.ERROR)
        if isinstance(error, FacilitatorError):
            self.status.setText(error_text(error))
        else:
            self.status.setText(
                self.tr("That did not work ({kind}); nothing was changed.").format(
                    kind=type(error).__name__
                )
            )

    def _show_key(self, key: str) -> None:
        dialog = RecoveryKeyDialog(key, self.ctx.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_key_dialog_finished)
        self.key_dialog = dialog
        dialog.open()

    @Slot()
    def _on_key_dialog_finished(self) -> None:
        self.key_dialog = None
