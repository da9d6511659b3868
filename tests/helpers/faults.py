"""Real storage faults: a small filesystem that fills up, a read-only remount.

They need a Linux machine where the tests may mount (root, as on CI). Tests ask
`mounting_allowed()` first and otherwise fall back to a storage-layer fault of their own
(an OSError or SQLite error raised where the disk would raise it), saying which one ran.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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


def _run(*command: str) -> bool:
    return subprocess.run(command, capture_output=True, check=False).returncode == 0
