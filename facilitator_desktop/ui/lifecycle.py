"""The app's lifecycle: the first window (create, unlock or the demo), the main window, the
lock screen and back, quitting.

`FacilitatorApp` owns the open workspace and the top-level windows and moves between them;
app.py builds it with what it needs (translations, theme, the start-up preload, the backup
flow) and starts it. The main window shows as soon as the page it opens on is loaded; a
session a crash left running is offered for resuming once it has painted.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from facilitator_desktop import APP_ID, DEMO_PASSPHRASE
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.paths import workspace_exists
from facilitator_desktop.ui.after_first_paint import AfterFirstPaint
from facilitator_desktop.ui.app_settings import AppSettings
from facilitator_desktop.ui.backup_flow import (
    BackupFlow,
    offer_restore_of_damaged,
    offer_restore_of_missing,
    restore_missing,
)
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.i18n import AppTranslations
from facilitator_desktop.ui.lock_watch import LockWatch, close_other_windows, session_clock_running
from facilitator_desktop.ui.quit_prompt import may_quit_while_locked
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.start_preload import StartPreload
from facilitator_desktop.ui.theme import ThemeFollower
from facilitator_desktop.ui.unlock_dialog import UnlockDialog, UnlockReason

# The database, crypto and the main window's screens load while the facilitator types the
# passphrase (ui.start_preload): these names are imported where they are first used.
if TYPE_CHECKING:
    from datetime import datetime

    from facilitator_desktop.crash_log import CrashReporter
    from facilitator_desktop.crypto.kdf import KdfParams
    from facilitator_desktop.private_files import OwnedTempDir
    from facilitator_desktop.ui.clipboard_guard import ClipboardGuard
    from facilitator_desktop.ui.context import UiContext
    from facilitator_desktop.ui.create_dialog import CreateDialog
    from facilitator_desktop.ui.idle import IdleWatcher
    from facilitator_desktop.ui.main_window import MainWindow
    from facilitator_desktop.ui.system_lock import SystemLockWatcher
    from facilitator_desktop.ui.vault.recovery_key import RecoveryKeyDialog
    from facilitator_desktop.workspace import Workspace


def demo_note() -> str:
    return QCoreApplication.translate(
        "FacilitatorApp",
        "Demo workspace — sample data, passphrase: {passphrase}; deleted when you quit.",
    ).format(passphrase=DEMO_PASSPHRASE)


class FacilitatorApp(QObject):
    """Owns the workspace and the top-level windows, and moves between them."""

    # The user quit (Quit button, closed the window); run() ends the event loop.
    quitRequested = Signal()
    # The main window was shown after creating, unlocking or re-unlocking.
    mainWindowShown = Signal()
    # The first window (create, unlock or the demo's main window) has been painted: what
    # it did not need is set up from here on (see start()).
    firstWindowPainted = Signal()

    def __init__(
        self,
        qapp: QApplication,
        data_dir: Path,
        *,
        settings: AppSettings,
        translations: AppTranslations,
        theme: ThemeFollower,
        preload: StartPreload,
        backups: BackupFlow,
        kdf_params: KdfParams | None = None,
        demo: bool = False,
        monotonic: Callable[[], float] = time.monotonic,
        suspend_aware: Callable[[], float] | None = None,
        wall_clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__()
        self.qapp = qapp
        self.data_dir = Path(data_dir)
        self.settings = settings
        self.kdf_params = kdf_params
        self.demo = demo
        # The wall clock every workspace is opened with (naive UTC; None: the real one):
        # tests and screenshots fix it, and the UI reads it through UiContext.
        self._wall_clock = wall_clock
        self.monotonic = monotonic
        for part in (translations, theme, preload, backups):
            part.setParent(self)
        self.translations = translations
        self.theme = theme
        self.preload = preload
        self.backups = backups
        self.locks = LockWatch(
            qapp,
            self._auto_lock_minutes,
            self._session_live,
            monotonic=monotonic,
            suspend_aware=suspend_aware,
            parent=self,
        )
        self.locks.lockWanted.connect(self.lock)
        self.workspace: Workspace | None = None
        self.ctx: UiContext | None = None
        self.window: MainWindow | None = None
        self.create_dialog: CreateDialog | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self._demo_dir: OwnedTempDir | None = None
        self.after_first_paint = AfterFirstPaint(qapp, theme, parent=self)
        self.after_first_paint.done.connect(self.firstWindowPainted)

    def _now(self) -> Callable[[], datetime]:
        if self._wall_clock is not None:
            return self._wall_clock
        from facilitator_desktop.services.context import utc_now  # the services' own

        return utc_now

    # What locks without a click (tests step and inspect them).
    @property
    def idle(self) -> IdleWatcher:
        return self.locks.idle

    @property
    def system_lock(self) -> SystemLockWatcher | None:
        return self.locks.system_lock

    @property
    def clipboard_guard(self) -> ClipboardGuard | None:
        return self.locks.clipboard_guard

    # --- start ---------------------------------------------------------------------------------

    def start(self) -> None:
        if self.demo:
            self._start_demo()
        elif workspace_exists(self.data_dir) or offer_restore_of_missing(self.data_dir):
            self._show_unlock(UnlockReason.START)
        else:
            from facilitator_desktop.ui.create_dialog import CreateDialog

            self.create_dialog = CreateDialog(self._create, import_file=self._import_file)
            self.create_dialog.imported.connect(self._on_imported)
            self.create_dialog.accepted.connect(self._on_created)
            self.create_dialog.rejected.connect(self._on_quit)
            self.create_dialog.show()
        self.after_first_paint.watch(self.create_dialog or self.unlock_dialog or self.window)
        self.preload.schedule()

    def show_crashes(self, reporter: CrashReporter) -> None:
        """Show what `reporter` logs in a calm box, from the first paint on."""
        self.after_first_paint.show_crashes(reporter)

    def _start_demo(self) -> None:
        from facilitator_desktop.crypto.kdf import FLOOR
        from facilitator_desktop.demo import populate
        from facilitator_desktop.private_files import OwnedTempDir
        from facilitator_desktop.workspace import Workspace

        self.preload.wait()
        # Marked as this run's: a demo killed half-way is swept at the next start.
        self._demo_dir = OwnedTempDir.create(f"{APP_ID}-demo-")
        self.data_dir = self._demo_dir.path / "workspace"
        # Sample data under a published passphrase: the cheapest accepted KDF is enough.
        self.workspace = Workspace.create(
            self.data_dir, DEMO_PASSPHRASE, kdf_params=self.kdf_params or FLOOR, now=self._now()
        )
        populate(self.workspace, measures=True)  # the check-in and measure screens too
        self._on_opened()

    def _create(self, passphrase: str) -> None:
        from facilitator_desktop.workspace import Workspace

        self.preload.wait()
        self.workspace = Workspace.create(
            self.data_dir, passphrase, kdf_params=self.kdf_params, now=self._now()
        )

    def _import_file(self, source: Path, passphrase: str) -> None:
        """Check and install an exported workspace (nothing is installed unless it passes),
        then open it with the passphrase it came with."""
        from facilitator_desktop.workspace import Workspace

        self.preload.wait()
        Workspace.import_file(source, self.data_dir, passphrase)
        try:
            self.workspace = Workspace.open(self.data_dir, passphrase, now=self._now())
        except FacilitatorError:
            self.workspace = None  # installed but not opened: the unlock screen says why

    @Slot()
    def _on_imported(self) -> None:
        """An exported workspace passed its checks and is in place: show it."""
        if self.create_dialog is not None:
            self.create_dialog.hide()
            self.create_dialog.deleteLater()
            self.create_dialog = None
        if self.workspace is None:
            self._show_unlock(UnlockReason.START)
        else:
            self._on_opened()

    def _open(self, passphrase: str) -> None:
        from facilitator_desktop.errors import (
            PassphraseSlotDamaged,
            WorkspaceCorrupt,
            WorkspaceNotFound,
        )
        from facilitator_desktop.workspace import Workspace

        self.preload.wait()
        try:
            self.workspace = Workspace.open(self.data_dir, passphrase, now=self._now())
        except PassphraseSlotDamaged:
            raise  # the recovery key still opens it: no need to go back to a backup
        except WorkspaceCorrupt:
            if not offer_restore_of_damaged(self.unlock_dialog, self.data_dir, passphrase):
                raise
            self.workspace = Workspace.open(self.data_dir, passphrase, now=self._now())
        except WorkspaceNotFound as exc:
            if not restore_missing(self.unlock_dialog, self.data_dir, passphrase):
                from facilitator_desktop.ui.restore_offer import missing_not_restored

                raise WorkspaceNotFound(missing_not_restored()) from exc
            self.workspace = Workspace.open(self.data_dir, passphrase, now=self._now())

    def _unlock(self, passphrase: str) -> None:
        assert self.workspace is not None
        self.workspace.unlock(passphrase)

    def _recover(self, recovery_key: str, new_passphrase: str) -> None:
        """Open with the recovery key and set a new passphrase at once."""
        from facilitator_desktop.workspace import Workspace

        self.preload.wait()
        self.workspace = Workspace.open_with_recovery_key(
            self.data_dir,
            recovery_key,
            new_passphrase,
            kdf_params=self.kdf_params,
            now=self._now(),
        )

    def _recover_locked(self, recovery_key: str, new_passphrase: str) -> None:
        """The same from the lock screen: the open workspace then unlocks with the new
        passphrase, so every page comes back where it was."""
        from facilitator_desktop.workspace import Workspace

        assert self.workspace is not None
        Workspace.open_with_recovery_key(
            self.data_dir,
            recovery_key,
            new_passphrase,
            kdf_params=self.kdf_params,
            now=self._now(),
        ).close()
        self.workspace.unlock(new_passphrase)

    def _show_unlock(self, reason: UnlockReason) -> None:
        locked = reason is UnlockReason.LOCKED
        dialog = UnlockDialog(
            self._unlock if locked else self._open,
            reason,
            demo_note=demo_note() if self.demo else "",
            recover=self._recover_locked if locked else self._recover,
        )
        if locked:
            dialog.accepted.connect(self._on_unlocked)
            dialog.rejected.connect(self._on_quit_while_locked)
        else:
            dialog.accepted.connect(self._on_opened)
            dialog.rejected.connect(self._on_quit)
        if self.unlock_dialog is not None:
            self.unlock_dialog.deleteLater()
        self.unlock_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    # --- main window ---------------------------------------------------------------------------

    @Slot()
    def _on_opened(self) -> None:
        from facilitator_desktop.ui.context import UiContext
        from facilitator_desktop.ui.main_window import MainWindow

        assert self.workspace is not None
        self.workspace.on_lock(self._on_workspace_locking)
        self.workspace.key_changes.kdf_params = self.kdf_params  # None: calibrate
        self.ctx = UiContext(self.workspace, demo=self.demo, monotonic=self.monotonic, parent=self)
        self.window = MainWindow(
            self.ctx, self.settings, demo_note=demo_note() if self.demo else ""
        )
        self.window.lockRequested.connect(self.lock)
        self.window.quitRequested.connect(self._on_quit)
        self.window.restoreRequested.connect(self.restore_backup)
        self.window.firstPainted.connect(self._on_window_painted)
        if not self.demo:
            self.backups.watch(self.workspace, self.window.show_status)
        self._show_window()
        self.locks.start()

    @Slot()
    def _on_window_painted(self) -> None:
        # After the window's own work on its first paint (its other pages are built then).
        QTimer.singleShot(0, self._offer_resume)

    @Slot()
    def _on_created(self) -> None:
        wants_key = self.create_dialog is not None and self.create_dialog.wants_recovery_key()
        self._on_opened()
        if wants_key:
            self.show_new_recovery_key()

    def show_new_recovery_key(self) -> None:
        """Create the optional recovery key right after the workspace (shown once)."""
        from PySide6.QtCore import Qt  # not at import: the first window is painted without it

        from facilitator_desktop.ui.vault.recovery_key import RecoveryKeyDialog

        if self.workspace is None or self.window is None:
            return
        try:
            key = self.workspace.create_recovery_key()
        except FacilitatorError as exc:
            self.window.show_status(error_text(exc))
            return
        self.recovery_dialog = RecoveryKeyDialog(key, self.window.ctx.today(), self.window)
        self.recovery_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.recovery_dialog.finished.connect(self._on_recovery_dialog_finished)
        self.recovery_dialog.open()

    @Slot()
    def _on_recovery_dialog_finished(self) -> None:
        self.recovery_dialog = None

    @Slot()
    def _offer_resume(self) -> None:
        """A session a crash left running is offered for resuming once the window is up."""
        from facilitator_desktop.ui.runner.resume import offer_resume

        if self.window is not None and self.workspace is not None and not self.workspace.locked:
            offer_resume(self.window)

    def _show_window(self) -> None:
        assert self.window is not None
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        emit(self.mainWindowShown)

    # --- locking -------------------------------------------------------------------------------

    @Slot()
    def lock(self) -> None:
        if self.workspace is not None and not self.workspace.locked:
            self.workspace.lock()

    def _on_workspace_locking(self) -> None:
        """Runs inside Workspace.lock(), before the key is dropped, whoever asked for it."""
        self.locks.locking()
        held: list[str] = []
        if self.window is not None:
            from facilitator_desktop.ui.notes.across_lock import held_notices, hold_quick_notes

            if self.workspace is not None:  # sealed with the key before it is forgotten
                hold_quick_notes(self.window, self.workspace.keyring)
            self.window.workspace_locked()
            held = held_notices(self.window)
        # Show the lock screen before hiding the window so there is always a window up.
        self._show_unlock(UnlockReason.LOCKED)
        if self.unlock_dialog is not None:
            self.unlock_dialog.show_notice("\n\n".join(held))
        close_other_windows(keep=(self.unlock_dialog, self.window))
        if self.window is not None:
            self.window.hide()

    @Slot()
    def _on_unlocked(self) -> None:
        if self.window is None:
            return
        self.window.workspace_unlocked()
        if self.workspace is not None:
            from facilitator_desktop.ui.notes.across_lock import take_back_quick_notes

            take_back_quick_notes(self.window, self.workspace.keyring)
        self._show_window()
        self.locks.start()

    def _auto_lock_minutes(self) -> int:
        from facilitator_desktop.services.settings import AUTO_LOCK

        if self.workspace is None or self.workspace.locked:
            return 0
        try:
            return self.workspace.settings.get(AUTO_LOCK)
        except FacilitatorError:
            return 0

    def _session_live(self) -> bool:
        return session_clock_running(self.window)

    # --- quitting ------------------------------------------------------------------------------

    @Slot()
    def _on_quit(self) -> None:
        emit(self.quitRequested)

    @Slot()
    def _on_quit_while_locked(self) -> None:
        if may_quit_while_locked(self.window, self.unlock_dialog):
            self._on_quit()
        elif self.unlock_dialog is not None:  # kept: the lock screen comes back
            self.unlock_dialog.show()

    @Slot()
    def bring_to_front(self) -> None:
        """Another copy was started on this folder: show whichever window is current."""
        for widget in (self.unlock_dialog, self.create_dialog, self.window):
            if widget is not None and widget.isVisible():
                widget.showNormal()
                widget.raise_()
                widget.activateWindow()
                return

    # --- restoring a backup, closing -----------------------------------------------------------

    @Slot(Path)
    def restore_backup(self, backup: Path) -> None:
        """Back the current state up, close everything, put `backup` in place and ask for
        the passphrase again (the backup may predate a passphrase change)."""
        from facilitator_desktop.workspace_backups import restore

        if self.workspace is None or not self.backups.back_up_now(self.workspace, self._say):
            return
        self._close_workspace()
        restore(self.data_dir, backup)
        self._show_unlock(UnlockReason.START)

    def _say(self, message: str) -> None:
        if self.window is not None:
            self.window.show_status(message)

    def _close_workspace(self) -> None:
        self.locks.stop_idle()
        self.backups.stop()
        if self.window is not None:
            self.window.sync_status.stop()  # before the workspace closes under it
            self.window.save_settings()
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        self.ctx = None

    def shutdown(self) -> None:
        """Close windows and the workspace (after a last backup); remove the demo folder.
        Safe to call twice."""
        self.locks.stop_idle()
        self.backups.stop()
        if self.workspace is not None and not self.demo:
            self.backups.back_up_on_quit(self.workspace)
        for dialog in (self.create_dialog, self.unlock_dialog):
            if dialog is not None:
                dialog.hide()
                dialog.deleteLater()
        self.create_dialog = self.unlock_dialog = None
        self._close_workspace()
        if self._demo_dir is not None:
            self._demo_dir.remove()
            self._demo_dir = None
        self.translations.remove()
