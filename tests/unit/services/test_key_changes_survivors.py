"""Replacing or removing the recovery key: the parameters the caller gives are the ones
stored (nothing calibrated behind its back), and the progress window hears every stage,
calibrating first."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_desktop.crypto import vault
from facilitator_desktop.crypto.kdf import FLOOR, KdfParams
from facilitator_desktop.services import key_changes
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace, database_path
from tests.helpers.vault_files import slots_of

OLD = "old passphrase"
RICHER = KdfParams(FLOOR.memory_kib * 2, FLOOR.iterations + 1, 2)


@pytest.mark.parametrize("change", ["replace_recovery_key", "remove_recovery_key"])
def test_recovery_key_change_stores_given_params_and_reports_each_stage(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    """Given parameters are stored as given; progress: calibrating, resealing, copies."""
    with Workspace.create(data_dir, OLD, kdf_params=FLOOR) as ws:
        group = ws.groups.create(GroupDraft("Grief group")).id
        ws.notes.create(NoteDraft("a note", group))
        ws.create_backup()
    calls: list[int] = []

    def calibrated() -> KdfParams:
        calls.append(1)
        return FLOOR

    monkeypatch.setattr(key_changes, "calibrate", calibrated)
    told: list[tuple[str, int, int]] = []
    with Workspace.open(data_dir, OLD) as ws:
        ws.key_changes.kdf_params = FLOOR
        getattr(ws.key_changes, change)(OLD, kdf_params=RICHER, progress=lambda *t: told.append(t))
    slot = slots_of(database_path(data_dir))[vault.SlotKind.PASSPHRASE]
    assert vault.parse_slot(slot)[0].kdf == RICHER and calls == []
    assert told[0] == ("calibrating", 0, 1)
    stages = [stage for stage, *_ in told]
    assert "resealing" in stages and stages[-1] == "copies"
    assert told[-1] == ("copies", 1, 1)
