"""Changing the passphrase: the progress window hears "calibrating" first, routine change
or rotation; and a workspace whose caller set no parameters calibrates on this machine for
each new passphrase (the parameters the caller sets, or gives, are used instead)."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_desktop.crypto import vault
from facilitator_desktop.crypto.kdf import FLOOR, KdfParams
from facilitator_desktop.services import key_changes
from facilitator_desktop.workspace import Workspace, database_path
from tests.helpers.vault_files import slots_of

OLD, NEW = "old passphrase", "new passphrase"
CALIBRATED = KdfParams(FLOOR.memory_kib * 2, FLOOR.iterations + 2, 1)


def _stored(data_dir: Path) -> KdfParams:
    """The parameters of the passphrase slot as stored."""
    return vault.parse_slot(slots_of(database_path(data_dir))[vault.SlotKind.PASSPHRASE])[0].kdf


@pytest.mark.parametrize("rotate", [False, True], ids=["routine", "rotation"])
def test_a_passphrase_change_is_heard_calibrating_first(data_dir: Path, rotate: bool) -> None:
    with Workspace.create(data_dir, OLD, kdf_params=FLOOR) as ws:
        told: list[tuple[str, int, int]] = []

        def hear(stage: str, done: int, total: int) -> None:
            told.append((stage, done, total))

        ws.change_passphrase(OLD, NEW, rotate=rotate, kdf_params=FLOOR, progress=hear)
    assert told[0] == ("calibrating", 0, 1)
    assert [stage for stage, *_ in told].count("calibrating") == 1


def test_without_parameters_set_each_new_passphrase_is_calibrated(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """None set: calibrated once per change and stored; set: those are stored."""
    calls: list[int] = []

    def calibrated() -> KdfParams:
        calls.append(1)
        return CALIBRATED

    with Workspace.create(data_dir, OLD, kdf_params=FLOOR) as ws:
        monkeypatch.setattr(key_changes, "calibrate", calibrated)
        assert ws.key_changes.kdf_params is None
        ws.change_passphrase(OLD, NEW)
        assert calls == [1]
        assert _stored(data_dir) == CALIBRATED
        ws.key_changes.kdf_params = FLOOR
        ws.change_passphrase(NEW, OLD)
    assert calls == [1]
    assert _stored(data_dir) == FLOOR
