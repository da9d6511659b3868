"""Each key slot records when it was last written: a passphrase change dates the passphrase
slot anew and leaves the recovery slot's date as it was."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from facilitator_desktop.crypto import vault
from facilitator_desktop.models import VaultSlotRow
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE

MADE = datetime(2026, 3, 10, 12, 0)
CHANGED = MADE + timedelta(days=3, hours=2)


def _slot_dates(ws: Workspace) -> dict[int, datetime]:
    with ws.engine.connect() as conn:
        return dict(conn.execute(select(VaultSlotRow.kind, VaultSlotRow.updated_at)).all())


def test_a_passphrase_change_dates_the_passphrase_slot_anew(data_dir: Path) -> None:
    clock = [MADE]
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF, now=lambda: clock[0]) as ws:
        ws.create_recovery_key()
        assert _slot_dates(ws) == {
            vault.SlotKind.PASSPHRASE: MADE,
            vault.SlotKind.RECOVERY: MADE,
        }
        clock[0] = CHANGED
        ws.change_passphrase(PASSPHRASE, "a brand new passphrase", kdf_params=FAST_KDF)
        assert _slot_dates(ws) == {
            vault.SlotKind.PASSPHRASE: CHANGED,
            vault.SlotKind.RECOVERY: MADE,
        }
