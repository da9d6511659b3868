"""The recovery key's refusals, word for word, each leaving the workspace as it was: a
second first key, a workspace that has none, and a recovery slot that is damaged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator_desktop.crypto import vault
from facilitator_desktop.errors import WorkspaceCorrupt, WrongRecoveryKey
from facilitator_desktop.workspace import Workspace, database_path
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.vault_files import slots_of

NEW = "a new passphrase"


def test_a_second_first_recovery_key_is_refused_and_the_first_still_opens(
    data_dir: Path,
) -> None:
    """Adding a key where one exists says to replace it, and changes no slot."""
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        first = ws.create_recovery_key()
        before = slots_of(database_path(data_dir))
        with pytest.raises(ValueError) as refused:
            ws.create_recovery_key()
        assert str(refused.value) == "replace an existing recovery key with replace_recovery_key"
        assert slots_of(database_path(data_dir)) == before
    Workspace.open_with_recovery_key(data_dir, first, NEW, kdf_params=FAST_KDF).close()


def test_a_workspace_without_a_recovery_key_says_so_in_words(data_dir: Path) -> None:
    """No recovery slot: its own message, not the wrong-key one; the passphrase still opens."""
    Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF).close()
    with pytest.raises(WrongRecoveryKey) as refused:
        Workspace.open_with_recovery_key(
            data_dir, vault.new_recovery_key(), NEW, kdf_params=FAST_KDF
        )
    assert refused.value.message == "This workspace has no recovery key."
    assert str(refused.value) == "This workspace has no recovery key."
    Workspace.open(data_dir, PASSPHRASE).close()


def test_a_damaged_recovery_slot_is_refused_word_for_word(data_dir: Path) -> None:
    """A damaged recovery slot: the whole message, and nothing on disk changed."""
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        key = ws.create_recovery_key()
    with sqlite3.connect(database_path(data_dir)) as conn:
        blob = conn.execute("SELECT blob FROM vault_slots WHERE kind = 2").fetchone()[0]
        damaged = blob[:50] + bytes([blob[50] ^ 0x40]) + blob[51:]
        conn.execute("UPDATE vault_slots SET blob = ? WHERE kind = 2", (damaged,))
    conn.close()
    before = slots_of(database_path(data_dir))
    with pytest.raises(WorkspaceCorrupt) as refused:
        Workspace.open_with_recovery_key(data_dir, key, NEW, kdf_params=FAST_KDF)
    assert refused.value.message == (
        "The recovery key's part of this workspace is damaged, so it cannot open it. "
        "Nothing has been changed on disk. Restore a backup, or keep the folder and ask "
        "for help."
    )
    assert slots_of(database_path(data_dir)) == before
    Workspace.open(data_dir, PASSPHRASE).close()
