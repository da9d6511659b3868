"""Putting a workspace's key slots in place: each slot is stored under its own kind, in
whatever order they are given, and a kind left out is removed; the workspace then opens
with its passphrase and its recovery key as before."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from facilitator_desktop.crypto import vault
from facilitator_desktop.services.vault_store import (
    all_slots,
    recovery_slot_intact,
    replace_slots,
)
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE

STAMP = datetime(2026, 3, 10, 12, 0)


def test_slots_given_recovery_first_are_each_stored_under_their_own_kind(
    data_dir: Path,
) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        recovery_key = ws.create_recovery_key()
        before = all_slots(ws.engine)
        assert sorted(before) == [1, 2]
        with ws.engine.begin() as conn:
            replace_slots(
                conn,
                {
                    vault.SlotKind.RECOVERY: before[vault.SlotKind.RECOVERY],
                    vault.SlotKind.PASSPHRASE: before[vault.SlotKind.PASSPHRASE],
                },
                STAMP,
            )
        assert all_slots(ws.engine) == before
        assert recovery_slot_intact(ws.engine) is True
    with Workspace.open(data_dir, PASSPHRASE):
        pass
    with Workspace.open_with_recovery_key(data_dir, recovery_key, PASSPHRASE, kdf_params=FAST_KDF):
        pass


def test_a_recovery_slot_given_alone_is_the_only_one_left_and_stays_a_recovery_slot(
    data_dir: Path,
) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        ws.create_recovery_key()
        recovery = all_slots(ws.engine)[vault.SlotKind.RECOVERY]
        with ws.engine.begin() as conn:
            replace_slots(conn, {vault.SlotKind.RECOVERY: recovery}, STAMP)
        assert all_slots(ws.engine) == {2: recovery}
