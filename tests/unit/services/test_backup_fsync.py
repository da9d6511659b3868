"""A backup is flushed to the disk, and so is the folder entry that names it (on POSIX, where
a directory can be opened): a power cut after the rename cannot lose the new name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from facilitator_desktop.services import backups


def test_a_folder_and_a_file_are_each_flushed_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "copy.db"
    file.write_bytes(b"data")
    flushed: list[int] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        flushed.append(os.fstat(fd).st_ino)
        real_fsync(fd)

    monkeypatch.setattr(backups.os, "fsync", recording_fsync)
    backups.fsync_path(tmp_path)
    backups.fsync_path(file)
    folder = [tmp_path.stat().st_ino] if os.name != "nt" else []  # Windows: file alone
    assert flushed == [*folder, file.stat().st_ino]


class _OsOnWindows:
    """The `os` module as backups sees it on Windows, recording what is flushed (the real
    module is left alone: pytest itself reads `os.name`)."""

    name = "nt"

    def __init__(self) -> None:
        self.flushed: list[int] = []

    def fsync(self, fd: int) -> None:
        self.flushed.append(fd)

    def __getattr__(self, attr: str) -> object:
        return getattr(os, attr)


def test_on_windows_a_folder_is_not_opened_to_flush_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows cannot open a directory: the flush of a folder is skipped there."""
    windows = _OsOnWindows()
    monkeypatch.setattr(backups, "os", windows)
    backups.fsync_path(tmp_path)
    assert windows.flushed == []
