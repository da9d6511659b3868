"""The one composition root: QApplication, settings, translations, theme, the app's lifecycle.

`build_app()` assembles everything for a data folder and starts the flow (create or unlock
dialog, then the main window: ui.lifecycle); GUI tests call it with a fast KDF and drive the
real widgets. `run()` only adds the event loop, the folder claim and the clean-up. Nothing
here is a module-level singleton: the pieces are built here and passed down explicitly.
"""

from __future__ import annotations

import signal
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from facilitator_desktop import APP_ID, __version__
from facilitator_desktop.paths import default_data_dir
from facilitator_desktop.ui.app_settings import LANGUAGE, AppSettings, default_app_settings
from facilitator_desktop.ui.backup_flow import BackupFlow
from facilitator_desktop.ui.i18n import AppTranslations
from facilitator_desktop.ui.lifecycle import FacilitatorApp
from facilitator_desktop.ui.start_preload import AFTER_FIRST_PAINT_MS, StartPreload
from facilitator_desktop.ui.theme import ThemeFollower

if TYPE_CHECKING:
    from datetime import datetime

    from facilitator_desktop.crash_log import CrashReporter
    from facilitator_desktop.crypto.kdf import KdfParams

__all__ = ["FacilitatorApp", "build_app", "ensure_application", "run"]


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
    translations: AppTranslations | None = None,
) -> FacilitatorApp:
    """Assemble the app for `data_dir` and show its first window (no event loop).
    `settings`: the app's own settings file (the per-user one when None). `translations`:
    the language already installed (run() installs it before its first message box)."""
    application = qapp or ensure_application()
    app_settings = AppSettings(settings) if settings is not None else default_app_settings()
    if translations is None:
        translations = start_translations(application, app_settings)
    theme = ThemeFollower(application, settings=app_settings)
    app = FacilitatorApp(
        application,
        data_dir,
        settings=app_settings,
        translations=translations,
        theme=theme,
        preload=StartPreload(theme),
        backups=BackupFlow(),
        kdf_params=kdf_params,
        demo=demo,
        monotonic=monotonic,
        suspend_aware=suspend_aware,
        wall_clock=wall_clock,
    )
    app.start()
    return app


def start_translations(qapp: QApplication, app_settings: AppSettings) -> AppTranslations:
    """The language chosen in Settings (or the system's), installed before any window."""
    translations = AppTranslations(qapp)
    translations.apply(app_settings.get(LANGUAGE))
    return translations


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
    # The facilitator's language first: the boxes below (another copy open, a read-only or
    # full disk, a crash) speak it too.
    translations = start_translations(qapp, default_app_settings())
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
    app = build_app(folder, demo=demo, qapp=qapp, translations=translations)
    app.quitRequested.connect(qapp.quit)
    if crash_reporter is not None:
        app.show_crashes(crash_reporter)
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
