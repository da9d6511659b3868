"""Whether a recovery key could still open a workspace whose passphrase slot is damaged:
only a whole recovery slot of this very workspace counts, not none, not a damaged one, not
another workspace's, and not a passphrase slot stored in its place."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from facilitator_desktop.crypto import vault
from facilitator_desktop.services.vault_store import read_slot, recovery_slot_intact, write_slot
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE

STAMP = datetime(2026, 3, 10, 12, 0)


def _put_recovery_slot(engine: Engine, blob: bytes) -> None:
    with engine.begin() as conn:
        write_slot(conn, vault.SlotKind.RECOVERY, blob, STAMP)


def test_a_workspace_with_a_recovery_key_can_still_be_opened_by_it(data_dir: Path) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        assert recovery_slot_intact(ws.engine) is False
        ws.create_recovery_key()
        assert recovery_slot_intact(ws.engine) is True


def test_a_damaged_recovery_slot_cannot_open_it(data_dir: Path) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        ws.create_recovery_key()
        _put_recovery_slot(ws.engine, b"\x00" * 40)
        assert recovery_slot_intact(ws.engine) is False


def test_another_workspaces_recovery_slot_cannot_open_it(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "other", PASSPHRASE, kdf_params=FAST_KDF) as other:
        other.create_recovery_key()
        foreign = read_slot(other.engine, vault.SlotKind.RECOVERY)
    assert foreign is not None
    with Workspace.create(tmp_path / "own", PASSPHRASE, kdf_params=FAST_KDF) as ws:
        _put_recovery_slot(ws.engine, foreign)
        assert recovery_slot_intact(ws.engine) is False


def test_a_passphrase_slot_stored_as_the_recovery_slot_cannot_open_it(data_dir: Path) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        own = read_slot(ws.engine, vault.SlotKind.PASSPHRASE)
        assert own is not None
        _put_recovery_slot(ws.engine, own)
        assert recovery_slot_intact(ws.engine) is False
