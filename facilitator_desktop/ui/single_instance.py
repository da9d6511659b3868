"""One running copy per data folder. A second copy asks the first to come to the front.

No sockets (the app has no network code at all): a QLockFile in the data folder says who
owns it (stale locks of crashed processes are taken over), and a second copy drops a
"raise" request file that the first copy watches for with a QFileSystemWatcher.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal, Slot

from facilitator_desktop import private_files
from facilitator_desktop.ui.signals import emit

LOCK_NAME = ".instance.lock"
RAISE_REQUEST = ".raise-request"


class SingleInstance(QObject):
    # Another copy was started on this data folder: bring the window to the front.
    raiseRequested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = Path(data_dir)
        self._lock = QLockFile(str(self._data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # only a dead owner's lock is stale (checked by pid)
        self._watcher: QFileSystemWatcher | None = None

    def acquire(self) -> bool:
        """True when this copy owns the folder; False when another live copy does (that copy
        has then been asked to come to the front). The owner then calls watch()."""
        private_files.make_private_dir(self._data_dir)
        if self._lock.tryLock(0):
            # Qt creates the lock file with the umask's mode; it names this process and host.
            private_files.tighten(self._data_dir / LOCK_NAME)
            self._request_path().unlink(missing_ok=True)
            return True
        private_files.write_private_file(self._request_path(), b"raise\n")
        return False

    @Slot()
    def watch(self) -> None:
        """Start answering raise requests. Apart from acquire() so that it can wait until the
        first window is on screen; a request dropped in between is answered now."""
        if self._watcher is not None:
            return
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

    @Slot(str)
    def _folder_changed(self, _path: str) -> None:
        request = self._request_path()
        if request.exists():
            request.unlink(missing_ok=True)
            emit(self.raiseRequested)
