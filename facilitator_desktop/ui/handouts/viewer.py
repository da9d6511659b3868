"""Copies of handouts for the system's PDF viewer, in a private temporary folder.

A viewer needs a file. A sign-in sheet or a member's ground rules carry aliases, a session
summary may carry notes, so the copies go into one folder only this user can read (0700,
each copy 0600), which is emptied when the workspace locks and removed when the app quits.
The folder is marked as this process's while it runs (`OwnedTempDir`): a folder left behind
by a crash is removed at the next start (`remove_abandoned`), while a copy of the app that
is still running keeps its own.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import time
from pathlib import Path

from facilitator_desktop import APP_ID
from facilitator_desktop.private_files import (
    OwnedTempDir,
    owner_gone,
    remove_abandoned_temp_dirs,
    write_private_file,
)

PREFIX = f"{APP_ID}-viewer-"
# Folders made before they carried an owner mark can only be judged by their age.
UNMARKED_STALE_AFTER_S = 24 * 3600


def remove_abandoned(temp_root: Path | None = None) -> list[Path]:
    """Delete viewer folders whose app has ended; a running copy's stay. The start does
    this for every folder of the app (cli.prepare_process); a first copy does it again."""
    return remove_abandoned_temp_dirs(PREFIX, temp_root)


class ViewerCopies:
    def __init__(self, temp_root: Path | None = None) -> None:
        self._root = Path(temp_root) if temp_root is not None else Path(tempfile.gettempdir())
        self._owned: OwnedTempDir | None = None

    @property
    def folder(self) -> Path | None:
        return self._owned.path if self._owned is not None else None

    def write(self, pdf: bytes, stem: str) -> Path:
        """Store `pdf` as a new file named after `stem`; returns its path."""
        folder = self._ensure_folder()
        path = folder / f"{stem}.pdf"
        number = 1
        while path.exists():
            number += 1
            path = folder / f"{stem}-{number}.pdf"
        return write_private_file(path, pdf, exclusive=True)

    def clear(self) -> None:
        """Delete the copies and the folder. A viewer holding a file open on Windows keeps
        it; the folder's mark is gone with it, so the next start removes what is left."""
        if self._owned is not None:
            self._owned.remove()
            self._owned = None

    def _ensure_folder(self) -> Path:
        if self._owned is None or not self._owned.path.is_dir():
            self._remove_stale()
            self._owned = OwnedTempDir.create(PREFIX, self._root)
            # Normally removed on lock or quit; this covers an exit that skips both.
            atexit.register(self._owned.remove)
        return self._owned.path

    def _remove_stale(self) -> None:
        """Folders of earlier runs that did not end cleanly."""
        remove_abandoned(self._root)
        cutoff = time.time() - UNMARKED_STALE_AFTER_S
        try:
            candidates = list(self._root.glob(f"{PREFIX}*"))
        except OSError:
            return
        for candidate in candidates:
            try:
                if (
                    candidate.is_dir()
                    and owner_gone(candidate) is None
                    and candidate.stat().st_mtime < cutoff
                ):
                    shutil.rmtree(candidate, ignore_errors=True)
            except OSError:
                continue
