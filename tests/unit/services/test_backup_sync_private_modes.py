"""A backup rewritten to follow a change of secret stays private: readable and writable by
its owner only, as when it was made, whether it got new slots or was re-encrypted."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.vault_files import sqlite_files


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("rotate", [False, True], ids=["new_slots", "reencrypted"])
def test_a_rewritten_backup_is_readable_by_its_owner_only(
    workspace: Workspace, rotate: bool
) -> None:
    group = workspace.groups.create(GroupDraft("Grief group")).id
    workspace.notes.create(NoteDraft("first meeting", group))
    workspace.create_backup()
    [copy] = sqlite_files(workspace.data_dir / "backups")
    assert _mode(copy) == 0o600
    report = workspace.change_passphrase(
        PASSPHRASE, "a brand new passphrase", rotate=rotate, kdf_params=FAST_KDF
    )
    assert (report.copies_updated, report.copies_reencrypted) == ((0, 1) if rotate else (1, 0))
    assert sqlite_files(workspace.data_dir / "backups") == [copy]
    assert _mode(copy) == 0o600
