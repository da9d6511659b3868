"""Work the first window does not need, done once it has painted.

Start-up paints the first dialog before anything heavy is imported. A moment later (after
the first paint, and well before anyone has typed a passphrase) the theme's style object is
installed and the GUI thread readies Qt's Python classes, a few per turn of the event loop:
PySide6 creates each class, and its enums, on first use, and the main window would
otherwise pay for a few hundred of them before it paints. Then a thread loads what
unlocking needs (the database, crypto, the services, the main window's screens, the
watchers that lock) and readies SQLAlchemy's mappers and the migration scripts; it finds
every Qt class made already, so none is made off the GUI thread. Unlocking pays for none
of it.

Before the GUI thread opens a workspace it calls `wait()`: the thread is let finish (or
never started), so no module is ever imported by two threads at once.
"""

from __future__ import annotations

import importlib
import threading
from types import ModuleType

from PySide6.QtCore import QObject, QTimer, Slot

from facilitator_desktop.ui.theme import ThemeFollower

# Long enough to come after the first paint, short enough to be done before a passphrase is.
AFTER_FIRST_PAINT_MS = 250
PRELOADED = (
    "facilitator_desktop.models.preload",
    "facilitator_desktop.workspace",
    "facilitator_desktop.services.history",
    "facilitator_desktop.ui.context",
    "facilitator_desktop.ui.main_window",
    "facilitator_desktop.ui.runner.resume",
    "facilitator_desktop.ui.notes.across_lock",
    "facilitator_desktop.ui.idle",
    "facilitator_desktop.ui.system_lock",
    "facilitator_desktop.ui.clipboard_guard",
)
QT_MODULES = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtDBus")
# Classes readied per turn of the event loop: a few milliseconds, never felt while typing.
CLASSES_PER_TURN = 16


def warm_up() -> None:
    """Import what unlocking needs and do the one-off set-up its first queries would do."""
    for name in PRELOADED:
        importlib.import_module(name)
    from facilitator_desktop.models.preload import warm_up as warm_up_storage

    warm_up_storage()  # SQLAlchemy's mappers and the migration scripts


def qt_class_names() -> list[tuple[ModuleType, str]]:
    found = []
    for name in QT_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:  # a platform without it (Qt D-Bus is not everywhere)
            continue
        found += [(module, attribute) for attribute in dir(module) if attribute[:1] == "Q"]
    return found


class StartPreload(QObject):
    def __init__(self, theme: ThemeFollower, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._thread: threading.Thread | None = None
        self._wanted = True
        self._classes: list[tuple[ModuleType, str]] = []

    def schedule(self) -> None:
        """Call once the first window is shown."""
        QTimer.singleShot(AFTER_FIRST_PAINT_MS, self._run)

    @property
    def started(self) -> bool:
        return self._thread is not None

    @property
    def done(self) -> bool:
        """Everything is ready (what a facilitator typing a passphrase gives it time for)."""
        return self._thread is not None and not self._thread.is_alive()

    @Slot()
    def _run(self) -> None:
        self._theme.install_style()
        if self._wanted:
            self._classes = qt_class_names()
            self._ready_classes()

    @Slot()
    def _ready_classes(self) -> None:
        if not self._wanted:
            return
        for module, name in self._classes[:CLASSES_PER_TURN]:
            getattr(module, name)
        del self._classes[:CLASSES_PER_TURN]
        if self._classes:
            QTimer.singleShot(0, self._ready_classes)
        elif self._thread is None:
            self._thread = threading.Thread(target=warm_up, name="preload", daemon=True)
            self._thread.start()

    def wait(self) -> None:
        """The GUI thread is about to import these itself: let the thread finish first (or
        never start it); what is not readied yet is made on first use."""
        self._wanted = False
        if self._thread is not None:
            self._thread.join()
