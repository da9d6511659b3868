"""Quitting from the lock screen: unsaved (non-private) edits, a held quick note or an open
session are not dropped silently."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from facilitator_desktop.ui.main_window import MainWindow


def may_quit_while_locked(window: MainWindow | None, lock_screen: QWidget | None) -> bool:
    """True to quit; asks first over `lock_screen` when `window` holds something to lose."""
    from facilitator_desktop.ui.notes.across_lock import holds_quick_note
    from facilitator_desktop.ui.widgets.prompts import confirm

    pending = window.unsaved_what() if window is not None else None
    if pending is None and window is not None and holds_quick_note(window):
        pending = QCoreApplication.translate("FacilitatorApp", "your quick note")
    if pending is not None and not confirm(
        lock_screen,
        QCoreApplication.translate("FacilitatorApp", "Quit"),
        QCoreApplication.translate("FacilitatorApp", "Quit without saving {what}?").format(
            what=pending
        ),
        QCoreApplication.translate(
            "FacilitatorApp", "Unlock to save your changes, or quit and lose them."
        ),
        QCoreApplication.translate("FacilitatorApp", "&Quit without saving"),
    ):
        return False
    # A session is open: the window asks, and may be kept.
    return window is None or window.may_quit(lock_screen)
