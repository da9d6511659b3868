"""Files and folders only this user can open: 0600 files, 0700 folders, whatever the umask.

Everything the app writes holds private data or sits next to it (the database and its
journals, backups, exports, handout copies, lock files), so nothing is created with the
process umask's usual 0644/0755. Files are created with `os.open(..., 0o600)` (SQLite gives
a database's -wal and -shm the database file's own mode, so pre-creating the database is
enough for them); folders with `mkdir(0o700)`. The umask can only take bits away from those
modes, never add any, so the code holds without `restrict_umask()`; that is a second line
for files made by libraries we do not control.

Windows has no such modes (`chmod` only toggles read-only): there the per-user profile
folders' access lists keep files private, and the helpers here only create files.

No Qt here: the helpers run before the first window and in the core layers.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

if sys.platform != "win32":
    import fcntl

from facilitator_desktop.paths import DATABASE_NAME

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
PRIVATE_UMASK = 0o077
_OTHERS = 0o077  # group and world bits
_POSIX_MODES = os.name == "posix"
_BINARY = getattr(os, "O_BINARY", 0)  # Windows would translate line ends otherwise


def restrict_umask() -> None:
    """Second line of defence for the whole process: whatever a library creates (Qt's
    settings file, a toolkit's cache) is private too."""
    if _POSIX_MODES:
        os.umask(PRIVATE_UMASK)


def tighten(path: Path) -> bool:
    """Take group and world access away from an existing file or folder (owner bits stay
    as they are). False when that failed, e.g. on a file system without POSIX modes."""
    if not _POSIX_MODES:
        return True
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & _OTHERS:
            os.chmod(path, mode & ~_OTHERS)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


def make_dirs(path: Path) -> Path:
    """Create `path` and any missing parents as 0700. Folders that already exist are left
    as they are: an export may go into the user's own Documents folder."""
    missing: list[Path] = []
    folder = Path(path)
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for created in reversed(missing):
        try:
            created.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:
            if not created.is_dir():
                raise
    return Path(path)


def make_private_dir(path: Path) -> Path:
    """A folder the app owns (the data folder, `backups/`): created 0700, or tightened
    when it already exists with looser modes."""
    make_dirs(path)
    tighten(path)
    return Path(path)


def _open_fd(path: Path, *, exclusive: bool, truncate: bool) -> int:
    flags = os.O_WRONLY | os.O_CREAT | _BINARY
    if exclusive:
        flags |= os.O_EXCL
    if truncate:
        flags |= os.O_TRUNC
    descriptor = os.open(path, flags, PRIVATE_FILE_MODE)
    if not exclusive and _POSIX_MODES:
        # The mode given to os.open applies only to a new file; one that was there already
        # keeps its own, so take group and world access away on the open descriptor.
        try:
            mode = stat.S_IMODE(os.fstat(descriptor).st_mode)
            if mode & _OTHERS:
                os.fchmod(descriptor, mode & ~_OTHERS)
        except OSError:
            pass  # a file system without POSIX modes (a FAT stick) has nothing to tighten
    return descriptor


@contextmanager
def open_private(path: Path, *, exclusive: bool = False) -> Iterator[BinaryIO]:
    """Open `path` for writing (truncated) as a 0600 file. With `exclusive`, refuse a file
    that already exists."""
    descriptor = _open_fd(Path(path), exclusive=exclusive, truncate=True)
    with os.fdopen(descriptor, "wb") as handle:
        yield handle


def write_private_file(path: Path, data: bytes, *, exclusive: bool = False) -> Path:
    """Write `data` to a 0600 file at `path`, flushed to the disk."""
    with open_private(path, exclusive=exclusive) as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    return Path(path)


def touch_private(path: Path, *, exclusive: bool = False) -> Path:
    """Make sure `path` exists as a private file without changing its content: done before
    SQLite opens a new database, which would otherwise create it with the umask's mode
    (and give its -wal and -shm the same). With `exclusive`, it must be new."""
    os.close(_open_fd(Path(path), exclusive=exclusive, truncate=False))
    return Path(path)


def tighten_data_folder(data_dir: Path, *, subfolders: Iterable[str] = ()) -> list[Path]:
    """Tighten what the app keeps in a data folder, made by an older version or under a
    loose umask: the folder, the database and everything named after it (journals, copies
    set aside as damaged), the app's hidden files (locks), and each of `subfolders` (such as
    `backups/`) with the files in it. Other things a user keeps in the folder are left
    alone. Returns what could not be tightened."""
    data_dir = Path(data_dir)
    targets: list[Path] = [data_dir]
    try:
        entries = list(data_dir.iterdir())
    except OSError:
        entries = []
    for entry in entries:
        if entry.name.startswith((DATABASE_NAME, ".")) and _is_plain_file(entry):
            targets.append(entry)
    for name in subfolders:
        folder = data_dir / name
        if folder.is_symlink() or not folder.is_dir():
            continue
        targets.append(folder)
        try:
            targets.extend(entry for entry in folder.iterdir() if _is_plain_file(entry))
        except OSError:
            continue
    return [path for path in targets if not tighten(path)]


def _is_plain_file(path: Path) -> bool:
    return path.is_file() and not path.is_symlink()


# --- temporary folders that say whether their owner still runs ------------------------------

OWNER_MARK = ".owner"


class OwnedTempDir:
    """A private temporary folder (0700, from `mkdtemp`) marked as this process's while it
    runs, so that a later start can tell a crashed run's leftovers from a running copy's.

    The mark is a file held open for the folder's life: on POSIX with an exclusive `flock`
    (the kernel drops it when the process dies, however it dies, and a reused pid cannot
    fake it); on Windows an open file cannot be deleted, which is the test there."""

    def __init__(self, path: Path, mark: int) -> None:
        self.path = path
        self._mark: int | None = mark

    @classmethod
    def create(cls, prefix: str, root: Path | None = None) -> OwnedTempDir:
        path = Path(tempfile.mkdtemp(prefix=prefix, dir=root))
        try:
            if sys.platform == "win32":
                mark = os.open(path / OWNER_MARK, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            else:
                # Locked under another name first: a sweep never sees an unlocked mark.
                pending = path / f"{OWNER_MARK}.new"
                mark = os.open(pending, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
                fcntl.flock(mark, fcntl.LOCK_EX | fcntl.LOCK_NB)
                os.replace(pending, path / OWNER_MARK)
        except OSError:
            shutil.rmtree(path, ignore_errors=True)
            raise
        return cls(path, mark)

    def remove(self) -> None:
        """Delete the folder and what is in it; safe to call twice."""
        if self._mark is not None:
            os.close(self._mark)  # first: Windows deletes no file that is open
            self._mark = None
        shutil.rmtree(self.path, ignore_errors=True)


def owner_gone(folder: Path) -> bool | None:
    """True when the process that made `folder` with `OwnedTempDir` has ended, False while
    it runs (or when the folder is not ours to judge), None when the folder has no mark."""
    mark = Path(folder) / OWNER_MARK
    if sys.platform == "win32":
        try:
            mark.unlink()
        except FileNotFoundError:
            return None
        except OSError:
            return False  # held open by its running owner
        return True
    try:
        descriptor = os.open(mark, os.O_RDONLY)
    except FileNotFoundError:
        return None
    except OSError:
        return False  # another user's folder: not ours to remove
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # locked: its owner runs
    finally:
        os.close(descriptor)
    return True


def remove_abandoned_temp_dirs(prefix: str, root: Path | None = None) -> list[Path]:
    """Delete the `OwnedTempDir`s starting with `prefix` whose owner has ended (a crash, a
    kill, a power cut); a running copy's folders stay. Returns what was removed."""
    folder_root = Path(root) if root is not None else Path(tempfile.gettempdir())
    removed: list[Path] = []
    try:
        candidates = sorted(folder_root.glob(f"{prefix}*"))
    except OSError:
        return removed
    for candidate in candidates:
        if candidate.is_symlink() or not candidate.is_dir():
            continue
        if owner_gone(candidate):
            shutil.rmtree(candidate, ignore_errors=True)
            removed.append(candidate)
    return removed
