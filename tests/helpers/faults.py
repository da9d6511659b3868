"""Real storage faults: a small filesystem that fills up, a read-only remount, a disk
that the system turns read-only under open files after an error.

They need a Linux machine where the tests may mount (root, as on CI). Tests ask
`mounting_allowed()` first and otherwise fall back to a storage-layer fault of their own
(an OSError or SQLite error raised where the disk would raise it), saying which one ran.
"""

from __future__ import annotations

import functools
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

FILLER = "filler.bin"


@functools.cache
def mounting_allowed() -> bool:
    """Whether this machine lets the tests mount a tmpfs (tried once, on a throwaway folder)."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    probe = Path(tempfile.mkdtemp(prefix="mount-probe-"))
    try:
        mounted = _run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe))
        if mounted:
            _run("umount", str(probe))
        return mounted
    finally:
        probe.rmdir()


@contextmanager
def small_filesystem(folder: Path, size_bytes: int) -> Iterator[Path]:
    """A fresh tmpfs of `size_bytes` mounted on `folder` (created if missing), unmounted
    after. Writes beyond its size fail with ENOSPC, as on a full disk."""
    folder.mkdir(parents=True, exist_ok=True)
    if not _run("mount", "-t", "tmpfs", "-o", f"size={size_bytes},mode=0700", "tmpfs", str(folder)):
        raise RuntimeError(f"could not mount a tmpfs on {folder}")
    try:
        yield folder
    finally:
        # Lazy: a child process killed mid-write may still hold a file open for a moment.
        _run("umount", "-l", str(folder))


def remount_read_only(mount_point: Path, *, read_only: bool = True) -> None:
    """Turn a filesystem mounted by `small_filesystem` read-only (or writable again)."""
    mode = "ro" if read_only else "rw"
    if not _run("mount", "-o", f"remount,{mode}", str(mount_point)):
        raise RuntimeError(f"could not remount {mount_point} {mode}")


def free_bytes(folder: Path) -> int:
    stats = os.statvfs(folder)
    return stats.f_bavail * stats.f_frsize


def fill(folder: Path, leave_bytes: int = 0) -> Path:
    """Take the free space of `folder`'s filesystem with one file, leaving about
    `leave_bytes` (rounded down to whole blocks). Delete the file to give the space back."""
    filler = folder / FILLER
    with filler.open("ab", buffering=0) as handle:
        block = b"\0" * 65536
        while (room := free_bytes(folder) - leave_bytes) > 0:
            try:
                handle.write(block[: min(room, len(block))])
            except OSError:
                break
    return filler


@functools.cache
def loop_ext4_allowed() -> bool:
    """Whether this machine lets the tests mount an ext4 image on a loop device and make
    it fail (root on Linux with losetup, mkfs.ext4 and ext4's sysfs error trigger)."""
    if not mounting_allowed() or not all(map(shutil.which, ("losetup", "mkfs.ext4"))):
        return False
    probe = Path(tempfile.mkdtemp(prefix="ext4-probe-"))
    try:
        with small_ext4(probe / "disk", 4 * 1024 * 1024) as disk:
            return _error_trigger(disk).exists()
    except RuntimeError:
        return False
    finally:
        shutil.rmtree(probe, ignore_errors=True)


@contextmanager
def small_ext4(folder: Path, size_bytes: int) -> Iterator[Path]:
    """An ext4 filesystem of `size_bytes` (an image beside `folder` on a loop device)
    mounted on `folder` with errors=remount-ro, as a laptop's disk usually is."""
    folder.mkdir(parents=True, exist_ok=True)
    image = folder.with_name(f"{folder.name}.img")
    with image.open("wb") as handle:
        handle.truncate(size_bytes)
    try:
        if not _run("mkfs.ext4", "-q", "-F", str(image)):
            raise RuntimeError("mkfs.ext4 failed")
        done = subprocess.run(
            ["losetup", "-f", "--show", str(image)], capture_output=True, text=True, check=False
        )
        device = done.stdout.strip()
        if done.returncode != 0 or not device:
            raise RuntimeError("no loop device")
        try:
            if not _run("mount", "-o", "errors=remount-ro", device, str(folder)):
                raise RuntimeError(f"could not mount {device} on {folder}")
            try:
                folder.chmod(0o700)
                yield folder
            finally:
                _run("umount", "-l", str(folder))
        finally:
            _run("losetup", "-d", device)
    finally:
        image.unlink(missing_ok=True)


def fail_read_only(mount_point: Path) -> None:
    """Make the ext4 filesystem of `small_ext4` meet an error, as a failing disk does: the
    kernel turns it read-only at once, open files included (a remount would refuse while
    the app holds its files open). Writes then fail with EROFS, and SQLite says only
    "disk I/O error"."""
    _error_trigger(mount_point).write_text("test\n")


def _error_trigger(mount_point: Path) -> Path:
    done = subprocess.run(
        ["findmnt", "-n", "-o", "SOURCE", "--target", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    return Path("/sys/fs/ext4") / Path(done.stdout.strip()).name / "trigger_fs_error"


def failing_writes(engine: Engine, message: str = "database or disk is full") -> Callable[[], None]:
    """The storage-layer fallback for a disk that fills up or fails: from now on every write
    on `engine` fails as SQLite reports it (`message`). Call the result to end it."""

    def refuse(_conn, _cursor, statement, *_rest):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE", "REPLACE")):
            raise sqlite3.OperationalError(message)

    event.listen(engine, "before_cursor_execute", refuse)
    return lambda: event.remove(engine, "before_cursor_execute", refuse)


def refuse_new_files(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    """The storage-layer fallback for the folder itself: a new file (the app's probe of
    what the disk says) fails with `code` (errno.EROFS, errno.ENOSPC) as such a disk does."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)


def _run(*command: str) -> bool:
    return subprocess.run(command, capture_output=True, check=False).returncode == 0
