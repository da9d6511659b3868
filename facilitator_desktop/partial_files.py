"""Files the facilitator saves are written whole, or not at all, and leave nothing behind.

A file saved where the facilitator chose (a member's record, a CSV, a copy of the
workspace) is written into a private folder beside its final name (same disk, so the last
step is an atomic rename), flushed, then renamed into place: a kill, a power cut or a full
disk never leaves half a file under the chosen name, nor replaces a good one with it.

The private folder (`.facilitator-desktop-partial-…`, 0700) is marked as this process's
while it runs (see `private_files.OwnedTempDir`), and while a write is under way a record
in the app's state folder names the folder it is in. The next start reads the records and
removes what a process that ended left there, wherever the facilitator was saving; a copy
that is still writing keeps its files. A record lives only as long as its write.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs

from facilitator_desktop import APP_ID, private_files
from facilitator_desktop.private_files import (
    OWNER_MARK,
    OwnedTempDir,
    owner_gone,
    remove_abandoned_temp_dirs,
)

if sys.platform != "win32":
    import fcntl

PARTIAL_PREFIX = f".{APP_ID}-partial-"
# The private folder an import checks a file in, beside the data folder (workspace_import).
IMPORT_STAGING_PREFIX = ".facilitator-import-"
RECORD_PREFIX = "write-"
RECORD_FILE = "folder"
PARTIAL_NAME = "file"
UNFINISHED_MARK = f"{OWNER_MARK}.new"  # what OwnedTempDir.create locks before its mark


def records_dir() -> Path:
    return Path(platformdirs.user_state_dir(APP_ID, False)) / "pending-writes"


@contextmanager
def staging_beside(
    target: Path, *, make_folders: bool = False, records: Path | None = None
) -> Iterator[Path]:
    """A path to write `target`'s content to, inside a private folder beside `target`;
    the folder and what is in it are removed on leaving (use `write_with` to keep it).
    A missing folder is an error (a USB stick pulled out must not become a new folder on
    the laptop), unless `make_folders`: then missing ones are made (0700)."""
    target = Path(target)
    # The record first: a folder made after it is always found by the next start.
    record = _record(target.parent, records or records_dir())
    try:
        if make_folders:
            private_files.make_dirs(target.parent)  # existing ones are left as they are
        staging = OwnedTempDir.create(PARTIAL_PREFIX, target.parent)
        try:
            yield staging.path / PARTIAL_NAME
        finally:
            staging.remove()
    finally:
        if record is not None:
            record.remove()


def _record(folder: Path, records: Path) -> OwnedTempDir | None:
    """The record of a write into `folder`; None when the state folder cannot take it (the
    laptop's disk is full): the save still goes ahead, only a kill would then leave its
    private folder for the facilitator to see."""
    try:
        record = OwnedTempDir.create(RECORD_PREFIX, private_files.make_private_dir(records))
    except OSError:
        return None
    try:
        private_files.write_private_file(record.path / RECORD_FILE, os.fsencode(folder.resolve()))
    except OSError:
        record.remove()
        return None
    return record


def write_with(
    target: Path,
    write: Callable[[Path], object],
    *,
    make_folders: bool = False,
    records: Path | None = None,
) -> Path:
    """Let `write` make the whole file at the path it is given, then put it in place as
    `target` (replacing any file there) and flush the folder."""
    target = Path(target)
    with staging_beside(target, make_folders=make_folders, records=records) as partial:
        write(partial)
        os.replace(partial, target)
        _fsync_folder(target.parent)
    return target


def write_file(target: Path, data: bytes, *, records: Path | None = None) -> Path:
    """`data` as a private (0600) file at `target`, whole or not at all."""
    return write_with(
        target, lambda partial: private_files.write_private_file(partial, data), records=records
    )


def sweep_abandoned(records: Path | None = None) -> list[Path]:
    """At start: remove what writes of ended processes left (their private folders beside
    the files they were saving), then their records. Returns the folders removed."""
    folder = records or records_dir()
    removed: list[Path] = []
    try:
        candidates = sorted(folder.glob(f"{RECORD_PREFIX}*"))
    except OSError:
        return removed
    for record in candidates:
        if record.is_symlink() or not record.is_dir() or owner_gone(record) is False:
            continue  # still being written by a copy that runs
        try:
            where = Path(os.fsdecode((record / RECORD_FILE).read_bytes()))
        except OSError:
            where = None  # killed before the record was written: nothing was staged
        if where is not None:
            removed.extend(remove_abandoned_temp_dirs(PARTIAL_PREFIX, where))
            _remove_unmarked(where)
        shutil.rmtree(record, ignore_errors=True)
    return removed


def sweep_import_staging(folder: Path) -> list[Path]:
    """Remove the import folders an ended process left in `folder` (unmarked ones too: an
    older version made them so); one a running copy is importing into stays."""
    removed: list[Path] = []
    try:
        candidates = sorted(Path(folder).glob(f"{IMPORT_STAGING_PREFIX}*"))
    except OSError:
        return removed
    for leftover in candidates:
        if leftover.is_dir() and not leftover.is_symlink() and owner_gone(leftover) is not False:
            shutil.rmtree(leftover, ignore_errors=True)
            removed.append(leftover)
    return removed


def _remove_unmarked(folder: Path) -> None:
    """A folder killed while it was being marked holds nothing but the unfinished mark:
    remove it, unless the mark is still locked (its process is marking it right now)."""
    try:
        candidates = list(folder.glob(f"{PARTIAL_PREFIX}*"))
    except OSError:
        return
    for candidate in candidates:
        if candidate.is_symlink() or not candidate.is_dir() or owner_gone(candidate) is not None:
            continue
        try:
            names = {entry.name for entry in candidate.iterdir()}
            if names <= {UNFINISHED_MARK} and not _locked(candidate / UNFINISHED_MARK):
                shutil.rmtree(candidate)
        except OSError:
            pass


def _locked(mark: Path) -> bool:
    """Whether a live process holds `mark` (see OwnedTempDir)."""
    if not mark.exists():
        return False
    if sys.platform == "win32":
        try:
            mark.unlink()
        except OSError:
            return True
        return False
    descriptor = os.open(mark, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(descriptor)
    return False


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open folders; its renames are durable enough
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
