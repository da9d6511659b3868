"""The recovery key works exactly when it is needed: its slot stands alone, so a damaged,
deleted or edited passphrase slot does not stop it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator_desktop.crypto import vault
from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.errors import PassphraseSlotDamaged, WorkspaceCorrupt, WrongRecoveryKey
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace, database_path
from tests.helpers.vault_files import files_opening_with, slots_of

PASS, NEW = "the passphrase", "a new passphrase"


@pytest.fixture
def recovery(data_dir: Path) -> str:
    with Workspace.create(data_dir, PASS, kdf_params=FLOOR) as ws:
        ws.notes.create(NoteDraft("still here", ws.groups.create(GroupDraft("G")).id))
        ws.create_backup()
        return ws.create_recovery_key()


def flip_byte(blob: bytes, at: int) -> bytes:
    return blob[:at] + bytes([blob[at] ^ 0x40]) + blob[at + 1 :]


def set_passphrase_slot(data_dir: Path, blob: bytes | None) -> None:
    with sqlite3.connect(database_path(data_dir)) as conn:
        if blob is None:
            conn.execute("DELETE FROM vault_slots WHERE kind = 1")
        else:
            conn.execute("UPDATE vault_slots SET blob = ? WHERE kind = 1", (blob,))


@pytest.mark.parametrize(
    "damage",
    ["deleted", "body byte", "header byte", "salt", "kdf params", "truncated", "kind changed"],
)
def test_recovery_opens_whatever_happened_to_the_passphrase_slot(
    data_dir: Path, recovery: str, damage: str
) -> None:
    slot = slots_of(database_path(data_dir))[vault.SlotKind.PASSPHRASE]
    damaged = {
        "deleted": None,
        "body byte": flip_byte(slot, len(slot) - 40),
        "header byte": flip_byte(slot, 3),
        "salt": flip_byte(slot, 40),
        "kdf params": flip_byte(slot, 28),
        "truncated": slot[:20],
        "kind changed": flip_byte(slot, 10),
    }[damage]
    set_passphrase_slot(data_dir, damaged)
    with pytest.raises(PassphraseSlotDamaged, match="recovery key still opens it"):
        Workspace.open(data_dir, PASS)
    with Workspace.open_with_recovery_key(data_dir, recovery, NEW, kdf_params=FLOOR) as ws:
        assert [n.body for n in ws.notes.find()] == ["still here"]
    header = vault.parse_slot(slots_of(database_path(data_dir))[vault.SlotKind.PASSPHRASE])[0]
    assert header.kdf == FLOOR
    Workspace.open(data_dir, NEW).close()
    # The backup follows: the new passphrase opens every file, the lost one none.
    assert len(files_opening_with(data_dir, passphrase=NEW)) == 2
    assert files_opening_with(data_dir, passphrase=PASS) == []


def test_a_damaged_recovery_slot_says_so(data_dir: Path, recovery: str) -> None:
    with sqlite3.connect(database_path(data_dir)) as conn:
        blob = conn.execute("SELECT blob FROM vault_slots WHERE kind = 2").fetchone()[0]
        conn.execute("UPDATE vault_slots SET blob = ? WHERE kind = 2", (flip_byte(blob, 50),))
    with pytest.raises(WorkspaceCorrupt, match="recovery key"):
        Workspace.open_with_recovery_key(data_dir, recovery, NEW, kdf_params=FLOOR)
    Workspace.open(data_dir, PASS).close()  # the passphrase still works


def test_a_missing_recovery_slot_and_a_wrong_key(data_dir: Path, recovery: str) -> None:
    with pytest.raises(WrongRecoveryKey):
        Workspace.open_with_recovery_key(data_dir, vault.new_recovery_key(), NEW, kdf_params=FLOOR)
    with pytest.raises(WrongRecoveryKey):
        Workspace.open_with_recovery_key(data_dir, "not even base32 !!", NEW, kdf_params=FLOOR)
    with sqlite3.connect(database_path(data_dir)) as conn:
        conn.execute("DELETE FROM vault_slots WHERE kind = 2")
    with pytest.raises(WrongRecoveryKey, match="no recovery key"):
        Workspace.open_with_recovery_key(data_dir, recovery, NEW, kdf_params=FLOOR)
    Workspace.open(data_dir, PASS).close()


def test_without_a_recovery_key_a_damaged_slot_is_plain_damage(data_dir: Path) -> None:
    Workspace.create(data_dir, PASS, kdf_params=FLOOR).close()
    set_passphrase_slot(data_dir, None)
    with pytest.raises(WorkspaceCorrupt) as raised:
        Workspace.open(data_dir, PASS)
    assert not isinstance(raised.value, PassphraseSlotDamaged)
