"""One running copy per data folder. A second copy asks the first to come to the front.

No sockets (the app has no network code at all): a QLockFile in the data folder says who
owns it, and a second copy drops a "raise" request file that the first copy watches for
with a QFileSystemWatcher.

Never locked out: the lock only keeps out a copy that is running on this computer and
answers. Qt takes over the lock of a copy that died here (its process is gone). A lock
written on another computer (the folder was copied, synced or restored) or by a copy here
that does not answer cannot be judged from here, so the facilitator is asked, and may open
anyway. A data folder that cannot be written (read-only, or a full disk) is said so in a
window, and the app ends without a traceback.
"""

from __future__ import annotations

import errno
import os
import time
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal, Slot

from facilitator_desktop import APP_ID, private_files
from facilitator_desktop.ui.signals import emit

if TYPE_CHECKING:
    from PySide6.QtCore import QFileSystemWatcher

# The claim comes before the first window: what only watching, a lock held elsewhere or a
# message box needs is imported there (each PySide6 class costs its own set-up).

LOCK_NAME = ".instance.lock"
RAISE_REQUEST = ".raise-request"
PROBE_NAME = ".write-probe"
# How long a second copy waits for the first to take its raise request. The first copy
# answers within a few milliseconds once its first window is up (a quarter second after
# start), even while it shows a dialog.
ANSWER_WAIT_S = 3.0
EXIT_CANNOT_START = 1


class Claim(Enum):
    OWNED = "owned"  # this copy holds the folder now
    FORWARDED = "forwarded"  # a running copy here holds it; it was asked to come forward
    HELD_ELSEWHERE = "held elsewhere"  # a lock from another computer: ask before opening
    READ_ONLY = "read-only"  # nothing can be written in the folder
    DISK_FULL = "disk full"  # no room left for even the lock file


class LockHolder(NamedTuple):  # not a dataclass: ~4 ms before the first window
    pid: int
    hostname: str
    app: str


class SingleInstance(QObject):
    # Another copy was started on this data folder: bring the window to the front.
    raiseRequested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = Path(data_dir)
        self._lock = QLockFile(str(self._data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # only a dead owner's lock is stale (checked by pid)
        self._watcher: QFileSystemWatcher | None = None

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    def acquire(self) -> bool:
        """True when this copy owns the folder now (see `claim` for why not)."""
        return self.claim() is Claim.OWNED

    def claim(self) -> Claim:
        """Try to own the folder. The owner then calls watch(). When a running copy here
        owns it, that copy has been asked to come to the front (see `answered`)."""
        try:
            private_files.make_private_dir(self._data_dir)
        except OSError as exc:
            return _unwritable(exc)
        if self._lock.tryLock(0):
            # Qt creates the lock file with the umask's mode; it names this process and host.
            private_files.tighten(self._data_dir / LOCK_NAME)
            self._request_path().unlink(missing_ok=True)
            return Claim.OWNED
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            return self._why_not_writable()
        holder = self.holder()
        if holder is not None and holder.hostname != _this_host():
            return Claim.HELD_ELSEWHERE
        try:
            private_files.write_private_file(self._request_path(), b"raise\n")
        except OSError as exc:
            return _unwritable(exc)
        return Claim.FORWARDED

    def holder(self) -> LockHolder | None:
        """Who the lock file names (it may be stale, or from another computer)."""
        # PySide6 gives (pid, hostname, app name), pid 0 when there is no readable lock.
        pid, hostname, app = self._lock.getLockInfo()
        return LockHolder(int(pid), str(hostname), str(app)) if pid else None

    def answered(self, timeout_s: float = ANSWER_WAIT_S) -> bool:
        """After FORWARDED: whether the running copy took the raise request in time. When
        it did not, it may hang, or the lock is not what it seems (a computer with the same
        name): the facilitator is asked. The request is withdrawn."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if not self._request_path().exists():
                return True
            time.sleep(0.05)
        self._request_path().unlink(missing_ok=True)
        return False

    def take_over(self) -> bool:
        """Remove a lock the facilitator chose to ignore and own the folder. Refused (False)
        while a copy on this computer really holds it: Qt's own lock on the file says so."""
        if not self._lock.removeStaleLockFile() and (self._data_dir / LOCK_NAME).exists():
            return False
        return self.acquire()

    @Slot()
    def watch(self) -> None:
        """Start answering raise requests. Apart from acquire() so that it can wait until the
        first window is on screen; a request dropped in between is answered now."""
        if self._watcher is not None:
            return
        from PySide6.QtCore import QFileSystemWatcher

        self._watcher = QFileSystemWatcher([str(self._data_dir)], self)
        self._watcher.directoryChanged.connect(self._folder_changed)
        self._folder_changed(str(self._data_dir))

    def release(self) -> None:
        if self._watcher is not None:
            self._watcher.removePaths(self._watcher.directories())
            self._watcher = None
        self._lock.unlock()

    def _request_path(self) -> Path:
        return self._data_dir / RAISE_REQUEST

    def _why_not_writable(self) -> Claim:
        """Qt says only that the lock file could not be made: a small write of our own
        tells a read-only folder from a full disk."""
        probe = self._data_dir / PROBE_NAME
        try:
            private_files.write_private_file(probe, b"probe\n")
        except OSError as exc:
            return _unwritable(exc)
        finally:
            try:
                probe.unlink(missing_ok=True)
            except OSError:
                pass
        return Claim.READ_ONLY  # writable for us, not for Qt's lock: treat it as read-only

    @Slot(str)
    def _folder_changed(self, _path: str) -> None:
        request = self._request_path()
        if request.exists():
            request.unlink(missing_ok=True)
            emit(self.raiseRequested)


def _this_host() -> str:
    from PySide6.QtCore import QSysInfo

    return QSysInfo.machineHostName()


def _unwritable(exc: OSError) -> Claim:
    return Claim.DISK_FULL if exc.errno in (errno.ENOSPC, errno.EDQUOT) else Claim.READ_ONLY


# --- what the facilitator is told ----------------------------------------------------------


def _tr(text: str) -> str:
    return QCoreApplication.translate("SingleInstance", text)


def claim_data_folder(data_dir: Path) -> tuple[SingleInstance | None, int]:
    """Own `data_dir` for this run, asking or telling the facilitator what stands in the
    way. (instance, 0) to go on; (None, exit code) when the app should end."""
    instance = SingleInstance(data_dir)
    claim = instance.claim()
    if claim is Claim.FORWARDED:
        if instance.answered():
            print(f"{APP_ID} is already open on this data folder; it was brought to the front.")
            return None, 0
        claim = Claim.HELD_ELSEWHERE  # a copy that does not answer: ask, as for another computer
    if claim is Claim.HELD_ELSEWHERE:
        if not ask_open_anyway(instance.holder()):
            return None, 0
        if not instance.take_over():
            tell_cannot_start(
                _tr("This folder is open in another copy of Facilitator Desktop on this computer."),
                _tr("Close that copy first (it may be on another desktop), then start again."),
            )
            return None, EXIT_CANNOT_START
        claim = Claim.OWNED
    if claim is Claim.READ_ONLY:
        tell_cannot_start(
            _tr("The data folder is read-only, so Facilitator Desktop cannot work in it."),
            _tr(
                "Folder: {folder}\n\nChange the folder's permissions, or start the app with "
                "--data-dir and a folder you can write to. Nothing has been changed."
            ).format(folder=os.fspath(data_dir)),
        )
        return None, EXIT_CANNOT_START
    if claim is Claim.DISK_FULL:
        tell_cannot_start(
            _tr(
                "The disk that holds the data folder is full, so Facilitator Desktop cannot start."
            ),
            _tr(
                "Folder: {folder}\n\nFree some space on that disk, then start the app again. "
                "Nothing has been changed."
            ).format(folder=os.fspath(data_dir)),
        )
        return None, EXIT_CANNOT_START
    return instance, 0


def ask_open_anyway(holder: LockHolder | None) -> bool:
    """The folder seems open elsewhere: open it anyway? (Quit is the default.)"""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Open this folder?"))
    if holder is not None and holder.hostname and holder.hostname != _this_host():
        where = _tr("This folder seems open elsewhere: on the computer “{host}”.").format(
            host=holder.hostname
        )
    else:
        where = _tr(
            "This folder seems open elsewhere: in a copy of Facilitator Desktop on this "
            "computer that does not answer."
        )
    box.setText(where)
    box.setInformativeText(
        _tr(
            "If the folder was copied, synced or restored from another computer, or that "
            "copy has ended, it is safe to open it here. If Facilitator Desktop is still open "
            "on this folder there, close it there first: two copies writing at once can lose "
            "changes.\n\nOpen anyway?"
        )
    )
    open_anyway = box.addButton(_tr("&Open anyway"), QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(_tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(quit_button)
    box.setEscapeButton(quit_button)
    box.exec()
    return box.clickedButton() is open_anyway


def tell_cannot_start(text: str, informative: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Facilitator Desktop cannot start"))
    box.setText(text)
    box.setInformativeText(informative)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()
