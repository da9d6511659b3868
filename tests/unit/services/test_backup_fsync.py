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


def test_on_windows_a_folder_is_not_opened_to_flush_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows cannot open a directory: the flush of a folder is skipped there."""
    flushed: list[int] = []
    monkeypatch.setattr(backups.os, "fsync", flushed.append)
    monkeypatch.setattr(backups.os, "name", "nt")
    backups.fsync_path(tmp_path)
    assert flushed == []
