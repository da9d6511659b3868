"""Backups: the newest of several older-version backups is the one `latest` reports, a
copy no key opens is refused in these words, and removing a copy that is already gone is
not an error."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.services import backups
from facilitator_desktop.services.backup_sync import remove_copy
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace


def test_latest_of_three_legacy_backups_is_the_newest_stamp(data_dir: Path) -> None:
    """Older-version names only: the latest stamp wins, whatever order the files lie in."""
    with Workspace.create(data_dir, "pass", kdf_params=FLOOR) as ws:
        folder = backups.backups_dir(ws.data_dir)
        made = ws.create_backup()
        stamps = [datetime(2026, 2, day, 8, 0) for day in (3, 1, 2)]
        for stamp in stamps:
            shutil.copyfile(made, folder / backups.legacy_backup_name(stamp))
        made.unlink()
        newest = backups.latest(ws.data_dir, ws.keyring.workspace_id)
    assert newest == backups.NewestBackup(None, datetime(2026, 2, 3, 8, 0))


def test_a_copy_no_sampled_value_opens_is_refused_in_these_words(data_dir: Path) -> None:
    """What the facilitator reads when the copy opens under no key held."""
    with Workspace.create(data_dir / "one", "pass", kdf_params=FLOOR) as ws:
        group = ws.groups.create(GroupDraft("Group")).id
        ws.notes.create(NoteDraft("a sealed note", group))
        made = ws.create_backup()
        with Workspace.create(data_dir / "two", "pass", kdf_params=FLOOR) as other:
            with pytest.raises(backups.NothingOpened) as caught:
                backups.verify_copy(made, ws.keyring.workspace_id, other.keyring.cipher)
    assert caught.value.message == "A trial decryption of the backup copy failed."


def test_removing_a_copy_that_is_already_gone_raises_nothing(tmp_path: Path) -> None:
    """A copy removed twice (or never written) is simply gone, with its journals."""
    copy = tmp_path / "copy.db"
    remove_copy(copy)
    copy.write_bytes(b"x")
    Path(f"{copy}-wal").write_bytes(b"y")
    remove_copy(copy)
    assert sorted(tmp_path.iterdir()) == []
