"""Copies of handouts for the system's PDF viewer, in a private temporary folder.

A viewer needs a file. A sign-in sheet or a member's ground rules carry aliases, a session
summary may carry notes, so the copies go into one folder only this user can read
(``mkdtemp`` makes it 0700), which is emptied when the workspace locks and removed when the
app quits. A folder left behind by a crash is removed by the next start that opens a copy.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import time
from pathlib import Path

from facilitator_desktop import APP_ID

PREFIX = f"{APP_ID}-viewer-"
STALE_AFTER_S = 24 * 3600


class ViewerCopies:
    def __init__(self, temp_root: Path | None = None) -> None:
        self._root = Path(temp_root) if temp_root is not None else Path(tempfile.gettempdir())
        self._folder: Path | None = None

    @property
    def folder(self) -> Path | None:
        return self._folder

    def write(self, pdf: bytes, stem: str) -> Path:
        """Store `pdf` as a new file named after `stem`; returns its path."""
        folder = self._ensure_folder()
        path = folder / f"{stem}.pdf"
        number = 1
        while path.exists():
            number += 1
            path = folder / f"{stem}-{number}.pdf"
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(pdf)
        return path

    def clear(self) -> None:
        """Delete the copies and the folder (a viewer holding a file open on Windows keeps
        it; it goes with the next clear or the next start)."""
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            if not self._folder.exists():
                self._folder = None

    def _ensure_folder(self) -> Path:
        if self._folder is None or not self._folder.is_dir():
            self._remove_stale()
            self._folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=self._root))
            # Normally removed on lock or quit; this covers an exit that skips both.
            atexit.register(shutil.rmtree, self._folder, True)
        return self._folder

    def _remove_stale(self) -> None:
        """Folders of earlier runs that did not end cleanly (older than a day)."""
        cutoff = time.time() - STALE_AFTER_S
        try:
            candidates = list(self._root.glob(f"{PREFIX}*"))
        except OSError:
            return
        for candidate in candidates:
            try:
                if candidate.is_dir() and candidate.stat().st_mtime < cutoff:
                    shutil.rmtree(candidate, ignore_errors=True)
            except OSError:
                continue
