"""Backups while the app runs: at most one a day while a workspace is open (checked hourly),
one when the app quits, one before a backup is put back; and, at start or unlock, the offer
to restore a backup when the database is damaged or missing (ui.restore_offer asks).

A backup that fails is said in the status bar; it never stops the facilitator from working
or from quitting (the daily backups remain).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.ui.error_text import error_text

if TYPE_CHECKING:
    from facilitator_desktop.workspace import Workspace

BACKUP_CHECK_MS = 60 * 60 * 1000
BACKUP_FIRST_CHECK_MS = 60 * 1000

Say = Callable[[str], None]


class BackupFlow(QObject):
    """The automatic backups of the open workspace."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace: Workspace | None = None
        self._say: Say | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(BACKUP_CHECK_MS)
        self._timer.timeout.connect(self.back_up_if_due)

    def watch(self, workspace: Workspace, say: Say) -> None:
        """Back `workspace` up daily from now on (first checked after a minute); `say` shows
        why a backup failed."""
        self._workspace = workspace
        self._say = say
        self._timer.start()
        QTimer.singleShot(BACKUP_FIRST_CHECK_MS, self.back_up_if_due)

    def stop(self) -> None:
        self._timer.stop()
        self._workspace = None
        self._say = None

    @Slot()
    def back_up_if_due(self) -> None:
        if self._workspace is None:
            return
        try:
            self._workspace.backup_if_due()
        except FacilitatorError as exc:
            if self._say is not None:
                self._say(error_text(exc))

    @staticmethod
    def back_up_now(workspace: Workspace, say: Say) -> bool:
        """Before the workspace is replaced by a backup: False (and said why) when the
        current state could not be kept, and then nothing is replaced."""
        try:
            workspace.create_backup()
        except FacilitatorError as exc:
            say(error_text(exc))
            return False
        return True

    @staticmethod
    def back_up_on_quit(workspace: Workspace) -> None:
        """A last backup as the app quits; never stands in the way of quitting."""
        try:
            workspace.create_backup()
        except (FacilitatorError, OSError):  # OSError: a disk gone read-only, say
            pass  # the daily backups remain


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
