"""The one composition root: QApplication, theme, workspace, dialogs and main window.

`build_app()` assembles everything for a data folder and starts the flow (create or unlock
dialog, then the main window); GUI tests call it with a fast KDF and drive the real widgets.
`run()` only adds the event loop and the clean-up. Nothing here is a module-level
singleton: the pieces are held by one `FacilitatorApp` object and passed down explicitly.
"""

from __future__ import annotations

import importlib
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from facilitator_desktop import APP_ID, DEMO_PASSPHRASE, __version__
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.paths import default_config_dir, default_data_dir, workspace_exists
from facilitator_desktop.ui.i18n import AppTranslations, stored_choice
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.theme import ThemeFollower
from facilitator_desktop.ui.unlock_dialog import UnlockDialog, UnlockReason

# Start-up paints the first dialog before anything heavy is imported: the database, crypto
# and the main window's screens load while the facilitator types the passphrase (see
# _preload). These names are imported where they are first used.
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

BACKUP_CHECK_MS = 60 * 60 * 1000
BACKUP_FIRST_CHECK_MS = 60 * 1000
# Work the first window does not need (the preload, the style object, answering a second
# copy) waits this long: until after the first paint (a background import competes for the
# interpreter lock), and well before anyone has typed a passphrase.
AFTER_FIRST_PAINT_MS = 250
HEAVY_MODULES = ("facilitator_desktop.workspace", "facilitator_desktop.services.history")


def demo_note() -> str:
    return QCoreApplication.translate(
        "FacilitatorApp",
        "Demo workspace — sample data, passphrase: {passphrase}; deleted when you quit.",
    ).format(passphrase=DEMO_PASSPHRASE)


def ensure_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (created once), named so QSettings and the desktop find it."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Fusion from the start (the theme's style object follows after the first paint).
        app = QApplication([*(argv or [APP_ID]), "-style", "fusion"])
    app.setApplicationName(APP_ID)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def default_settings() -> QSettings:
    """Window layout only (geometry, last page, last group id): never workspace text."""
    path = default_config_dir() / "settings.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


class FacilitatorApp(QObject):
    """Owns the workspace and the top-level windows, and moves between them."""

    # The user quit (Quit button, closed the window); run() ends the event loop.
    quitRequested = Signal()
    # The main window was shown after creating, unlocking or re-unlocking.
    mainWindowShown = Signal()

    def __init__(
        self,
        qapp: QApplication,
        data_dir: Path,
        *,
        settings: QSettings,
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
        self.wall_clock = wall_clock or _utc_now
        # The language chosen in Settings (or the system's), before the first window.
        self.translations = AppTranslations(qapp, parent=self)
        self.translations.apply(stored_choice(settings))
        self.theme = ThemeFollower(qapp, self)
        self.workspace: Workspace | None = None
        self.ctx: UiContext | None = None
        self.window: MainWindow | None = None
        self.create_dialog: CreateDialog | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self._demo_dir: OwnedTempDir | None = None
        # Auto-lock after idle minutes; its clocks are injectable (tests step fake ones;
        # the suspend-aware one counts a laptop's sleep, None = the platform's).
        # Created with the first main window: the lock screen has nothing to watch yet.
        self.monotonic = monotonic
        self.suspend_aware = suspend_aware
        self._idle: IdleWatcher | None = None
        # Also created with the first main window: locking when the system locks or
        # sleeps, and clearing our text from the clipboard on lock.
        self.system_lock: SystemLockWatcher | None = None
        self.clipboard_guard: ClipboardGuard | None = None
        # At most one automatic backup a day while open (checked hourly), and one on close.
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self._backup_if_due)

    @property
    def idle(self) -> IdleWatcher:
        if self._idle is None:
            from facilitator_desktop.ui.idle import IdleWatcher

            self._idle = IdleWatcher(
                self._auto_lock_minutes,
                self._session_live,
                monotonic=self.monotonic,
                suspend_aware=self.suspend_aware,
                parent=self,
            )
            self._idle.idleTimeout.connect(self.lock)
            self._idle.lockKeyPressed.connect(self.lock)
        return self._idle

    def _stop_idle_watch(self) -> None:
        if self._idle is not None:
            self._idle.stop()

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
        QTimer.singleShot(AFTER_FIRST_PAINT_MS, self._after_first_paint)

    @Slot()
    def _after_first_paint(self) -> None:
        self.theme.install_style()
        _preload()

    def _start_demo(self) -> None:
        from facilitator_desktop.crypto.kdf import FLOOR
        from facilitator_desktop.demo import populate
        from facilitator_desktop.private_files import OwnedTempDir
        from facilitator_desktop.workspace import Workspace

        # Marked as this run's: a demo killed half-way is swept at the next start.
        self._demo_dir = OwnedTempDir.create(f"{APP_ID}-demo-")
        self.data_dir = self._demo_dir.path / "workspace"
        # Sample data under a published passphrase: the cheapest accepted KDF is enough.
        self.workspace = Workspace.create(
            self.data_dir, DEMO_PASSPHRASE, kdf_params=self.kdf_params or FLOOR, now=self.wall_clock
        )
        populate(self.workspace)
        self._on_opened()

    def _create(self, passphrase: str) -> None:
        from facilitator_desktop.workspace import Workspace

        self.workspace = Workspace.create(
            self.data_dir, passphrase, kdf_params=self.kdf_params, now=self.wall_clock
        )

    def _import_file(self, source: Path, passphrase: str) -> None:
        """Check and install an exported workspace (nothing is installed unless it passes),
        then open it with the passphrase it came with."""
        from facilitator_desktop.workspace import Workspace

        Workspace.import_file(source, self.data_dir, passphrase)
        try:
            self.workspace = Workspace.open(self.data_dir, passphrase, now=self.wall_clock)
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

        try:
            self.workspace = Workspace.open(self.data_dir, passphrase, now=self.wall_clock)
        except PassphraseSlotDamaged:
            raise  # the recovery key still opens it: no need to go back to a backup
        except WorkspaceCorrupt:
            if not offer_restore_of_damaged(self.unlock_dialog, self.data_dir, passphrase):
                raise
            self.workspace = Workspace.open(self.data_dir, passphrase, now=self.wall_clock)
        except WorkspaceNotFound as exc:
            if not restore_missing(self.unlock_dialog, self.data_dir, passphrase):
                from facilitator_desktop.ui.restore_offer import missing_not_restored

                raise WorkspaceNotFound(missing_not_restored()) from exc
            self.workspace = Workspace.open(self.data_dir, passphrase, now=self.wall_clock)

    def _unlock(self, passphrase: str) -> None:
        assert self.workspace is not None
        self.workspace.unlock(passphrase)

    def _recover(self, recovery_key: str, new_passphrase: str) -> None:
        """Open with the recovery key and set a new passphrase at once."""
        from facilitator_desktop.workspace import Workspace

        self.workspace = Workspace.open_with_recovery_key(
            self.data_dir,
            recovery_key,
            new_passphrase,
            kdf_params=self.kdf_params,
            now=self.wall_clock,
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
            now=self.wall_clock,
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
        if reason is UnlockReason.LOCKED:
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
        if not self.demo:
            self._backup_timer.start()
            QTimer.singleShot(BACKUP_FIRST_CHECK_MS, self._backup_if_due)
        self._show_window()
        self.idle.start()
        self._watch_system_and_clipboard()
        # A session a crash left running is offered for resuming once the window is up.
        QTimer.singleShot(0, self._offer_resume)

    @Slot()
    def _on_created(self) -> None:
        wants_key = self.create_dialog is not None and self.create_dialog.wants_recovery_key()
        self._on_opened()
        if wants_key:
            self.show_new_recovery_key()

    def show_new_recovery_key(self) -> None:
        """Create the optional recovery key right after the workspace (shown once)."""
        from facilitator_desktop.ui.vault.recovery_key import RecoveryKeyDialog

        if self.workspace is None or self.window is None:
            return
        try:
            key = self.workspace.create_recovery_key()
        except FacilitatorError as exc:
            self.window.show_status(exc.message)
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
        from facilitator_desktop.ui.runner import offer_resume

        if self.window is not None and self.workspace is not None and not self.workspace.locked:
            offer_resume(self.window)

    def _show_window(self) -> None:
        assert self.window is not None
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        emit(self.mainWindowShown)

    # --- locking -------------------------------------------------------------------------------

    def _watch_system_and_clipboard(self) -> None:
        from facilitator_desktop.ui.clipboard_guard import ClipboardGuard
        from facilitator_desktop.ui.system_lock import SystemLockWatcher, platform_buses

        if self.system_lock is None:
            self.system_lock = SystemLockWatcher(self)
            self.system_lock.watch_application(self.qapp)
            system_bus, session_bus = platform_buses()
            self.system_lock.watch_buses(system=system_bus, session=session_bus)
            self.system_lock.systemLocking.connect(self.lock)
        if self.clipboard_guard is None:
            self.clipboard_guard = ClipboardGuard(self.qapp.clipboard(), parent=self)

    @Slot()
    def lock(self) -> None:
        if self.workspace is not None and not self.workspace.locked:
            self.workspace.lock()

    def _on_workspace_locking(self) -> None:
        """Runs inside Workspace.lock(), before the key is dropped, whoever asked for it."""
        self._stop_idle_watch()
        if self.clipboard_guard is not None:
            self.clipboard_guard.clear_if_ours()
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
        self._close_other_windows()
        if self.window is not None:
            self.window.hide()

    def _close_other_windows(self) -> None:
        """Dialogs, message boxes and popups may show private text: only the lock screen
        (and the room display, which shows no private text while locked) stays up."""
        from facilitator_desktop.ui.room_display import RoomDisplay

        keep = (self.unlock_dialog, self.window)
        for widget in QApplication.topLevelWidgets():
            if widget in keep or isinstance(widget, RoomDisplay) or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()  # ends its event loop too; the dialog forgets its fields
            widget.hide()

    @Slot()
    def _on_unlocked(self) -> None:
        if self.window is None:
            return
        self.window.workspace_unlocked()
        if self.workspace is not None:
            from facilitator_desktop.ui.notes.across_lock import take_back_quick_notes

            take_back_quick_notes(self.window, self.workspace.keyring)
        self._show_window()
        self.idle.start()

    # --- quitting ------------------------------------------------------------------------------

    @Slot()
    def _on_quit(self) -> None:
        emit(self.quitRequested)

    @Slot()
    def _on_quit_while_locked(self) -> None:
        """Quit from the lock screen; unsaved (non-private) edits are not dropped silently."""
        from facilitator_desktop.ui.notes.across_lock import holds_quick_note
        from facilitator_desktop.ui.widgets.prompts import confirm

        pending = self.window.unsaved_what() if self.window is not None else None
        if pending is None and self.window is not None and holds_quick_note(self.window):
            pending = QCoreApplication.translate("FacilitatorApp", "your quick note")
        if pending is not None and not confirm(
            self.unlock_dialog,
            QCoreApplication.translate("FacilitatorApp", "Quit"),
            QCoreApplication.translate("FacilitatorApp", "Quit without saving {what}?").format(
                what=pending
            ),
            QCoreApplication.translate(
                "FacilitatorApp", "Unlock to save your changes, or quit and lose them."
            ),
            QCoreApplication.translate("FacilitatorApp", "&Quit without saving"),
        ):
            if self.unlock_dialog is not None:
                self.unlock_dialog.show()
            return
        if self.window is not None and not self.window.may_quit(self.unlock_dialog):
            if self.unlock_dialog is not None:  # a session is open: it asked, and was kept
                self.unlock_dialog.show()
            return
        self._on_quit()

    def _auto_lock_minutes(self) -> int:
        if self.workspace is None or self.workspace.locked:
            return 0
        try:
            return self.workspace.settings.auto_lock_minutes
        except FacilitatorError:
            return 0

    def _session_live(self) -> bool:
        """A session's clock is running in this window: auto-lock waits (Ctrl+L still
        locks). Not a session a crash left "running" and nobody resumed, nor one opened
        but not started, nor one paused: then idle time counts as always."""
        from facilitator_desktop.ui.runner import RunnerPage

        page = self.window.pages.get(RunnerPage.key) if self.window is not None else None
        live = page.live if isinstance(page, RunnerPage) else None
        return live is not None and live.runner.phase == "running"

    @Slot()
    def bring_to_front(self) -> None:
        """Another copy was started on this folder: show whichever window is current."""
        for widget in (self.unlock_dialog, self.create_dialog, self.window):
            if widget is not None and widget.isVisible():
                widget.showNormal()
                widget.raise_()
                widget.activateWindow()
                return

    # --- backups -------------------------------------------------------------------------------

    @Slot()
    def _backup_if_due(self) -> None:
        if self.workspace is None or self.demo:
            return
        try:
            self.workspace.backup_if_due()
        except FacilitatorError as exc:
            if self.window is not None:
                self.window.show_status(exc.message)

    @Slot(Path)
    def restore_backup(self, backup: Path) -> None:
        """Back the current state up, close everything, put `backup` in place and ask for
        the passphrase again (the backup may predate a passphrase change)."""
        from facilitator_desktop.workspace import Workspace

        if self.workspace is None:
            return
        try:
            self.workspace.create_backup()
        except FacilitatorError as exc:
            if self.window is not None:
                self.window.show_status(exc.message)
            return
        self._close_workspace()
        Workspace.restore(self.data_dir, backup)
        self._show_unlock(UnlockReason.START)

    def _close_workspace(self) -> None:
        self._stop_idle_watch()
        self._backup_timer.stop()
        if self.window is not None:
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
        self._stop_idle_watch()
        self._backup_timer.stop()
        if self.workspace is not None and not self.demo:
            try:
                self.workspace.create_backup()
            except (FacilitatorError, OSError):  # OSError: a disk gone read-only, say
                pass  # never block quitting; the daily backups remain
        for dialog in (self.create_dialog, self.unlock_dialog):
            if dialog is not None:
                dialog.hide()
                dialog.deleteLater()
        self.create_dialog = self.unlock_dialog = None
        if self.window is not None:
            self.window.save_settings()
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        if self._demo_dir is not None:
            self._demo_dir.remove()
            self._demo_dir = None
        self.translations.remove()


def _utc_now() -> datetime:
    """The real wall clock as the workspace stores it (naive UTC)."""
    from datetime import UTC, datetime  # not before the first window: see _preload

    return datetime.now(UTC).replace(tzinfo=None)


def offer_restore_of_damaged(parent: QWidget | None, data_dir: Path, passphrase: str) -> bool:
    """The database is damaged: offer the newest backup that passes its checks and opens
    with `passphrase` (the damaged file is kept aside, never deleted). True when restored."""
    from facilitator_desktop.ui.restore_offer import offer_restore

    return offer_restore(parent, data_dir, passphrase, missing=False)


def offer_restore_of_missing(data_dir: Path) -> bool:
    """At start, the database is gone but backups are there: ask whether to restore one
    (then the unlock window asks the passphrase) rather than silently starting a new,
    empty workspace. True when the facilitator chose to restore."""
    if not (data_dir / "backups").is_dir():
        return False  # the usual first start: nothing heavy imported for it
    from facilitator_desktop.ui.restore_offer import ask_to_restore_missing

    return ask_to_restore_missing(None, data_dir)


def restore_missing(parent: QWidget | None, data_dir: Path, passphrase: str) -> bool:
    """The passphrase is typed and the database is still missing: offer the newest backup
    that opens with it. True when restored."""
    from facilitator_desktop.ui.restore_offer import offer_restore

    return offer_restore(parent, data_dir, passphrase, missing=True)


def _preload() -> None:
    """Import the database, crypto and services in the background while the first dialog
    waits for the passphrase, so unlocking does not pay for them either."""

    def load() -> None:
        for name in HEAVY_MODULES:
            importlib.import_module(name)

    threading.Thread(target=load, name="preload", daemon=True).start()


def build_app(
    data_dir: Path,
    *,
    kdf_params: KdfParams | None = None,
    demo: bool = False,
    settings: QSettings | None = None,
    qapp: QApplication | None = None,
    monotonic: Callable[[], float] = time.monotonic,
    suspend_aware: Callable[[], float] | None = None,
    wall_clock: Callable[[], datetime] | None = None,
) -> FacilitatorApp:
    """Assemble the app for `data_dir` and show its first window (no event loop)."""
    application = qapp or ensure_application()
    app = FacilitatorApp(
        application,
        data_dir,
        settings=settings if settings is not None else default_settings(),
        kdf_params=kdf_params,
        demo=demo,
        monotonic=monotonic,
        suspend_aware=suspend_aware,
        wall_clock=wall_clock,
    )
    app.start()
    return app


def _quit_on_terminal_signals(qapp: QApplication) -> QTimer:
    """Ctrl+C or SIGTERM end the event loop, so shutdown() still runs (and a demo folder
    is removed). Python only runs signal handlers when it has control: a timer gives it."""

    def handler(_signum: int, _frame: object) -> None:
        # Queued: a signal that arrives before the event loop runs still ends it.
        QTimer.singleShot(0, qapp.quit)

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)
    ticker = QTimer(qapp)
    ticker.timeout.connect(_let_python_run)
    ticker.start(300)
    return ticker


def _quit_after_first_paint(qapp: QApplication, since: float) -> None:
    # Watches the windows only: an application-wide Python filter would make PySide6 wrap
    # every object that gets an event (the style, internal helpers), which costs tens of ms
    # that no facilitator's start-up pays.
    from facilitator_desktop.ui.first_paint import QuitAfterFirstPaint

    probe = QuitAfterFirstPaint(since, qapp)
    for window in qapp.topLevelWidgets():
        window.installEventFilter(probe)


def _let_python_run() -> None:
    """Nothing to do: being called is what lets pending Python signal handlers run."""


def run(
    data_dir: Path | None = None,
    *,
    demo: bool = False,
    first_paint_since: float | None = None,
    crash_reporter: CrashReporter | None = None,
) -> int:
    """The app until it quits. With `first_paint_since` (the start-up benchmark) it prints the
    seconds from then to its first window painted, and quits. With `crash_reporter`, an
    exception in any slot or thread is shown in a calm box (see ui.crash_dialog)."""
    qapp = ensure_application([sys.argv[0] if sys.argv else APP_ID])
    # Quitting is explicit (Quit buttons, closing the main window): locking hides the main
    # window, which must not end the app.
    qapp.setQuitOnLastWindowClosed(False)
    if crash_reporter is not None:
        from facilitator_desktop.ui.crash_dialog import CrashDialogs

        CrashDialogs(qapp).attach(crash_reporter)
    folder = data_dir or default_data_dir()
    instance = None
    if not demo:
        from facilitator_desktop.ui.single_instance import claim_data_folder

        # Asks or explains what stands in the way (open elsewhere, read-only, disk full).
        instance, exit_code = claim_data_folder(folder)
        if instance is None:
            return exit_code
        instance.setParent(qapp)
    _quit_on_terminal_signals(qapp)
    app = build_app(folder, demo=demo, qapp=qapp)
    app.quitRequested.connect(qapp.quit)
    if first_paint_since is not None:
        _quit_after_first_paint(qapp, first_paint_since)
    if instance is not None:
        instance.raiseRequested.connect(app.bring_to_front)
        QTimer.singleShot(AFTER_FIRST_PAINT_MS, instance.watch)
    try:
        return qapp.exec()
    finally:
        app.shutdown()
        if instance is not None:
            instance.release()
