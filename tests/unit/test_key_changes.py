"""Revocation means revocation: after a passphrase change, a recovery key replaced or
removed, the old secret opens no file in the data folder, and after a rotation even an
attacker who kept a copy of the old data key reads nothing written afterwards."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from facilitator_desktop.crypto import kdf, vault
from facilitator_desktop.crypto.field_cipher import FieldCipher, FieldDecryptError
from facilitator_desktop.crypto.kdf import FLOOR, KdfParams, KdfParamsRejected
from facilitator_desktop.errors import (
    ValidationError,
    WorkspaceCorrupt,
    WrongPassphrase,
    WrongRecoveryKey,
)
from facilitator_desktop.services import key_changes
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace, database_path
from tests.helpers.vault_files import (
    files_opening_with,
    key_from,
    readable_values,
    slots_of,
    sqlite_files,
)

OLD, NEW = "old passphrase", "new passphrase"
RICHER = KdfParams(FLOOR.memory_kib * 2, FLOOR.iterations + 1, 2)


@pytest.fixture
def folder(data_dir: Path) -> Path:
    """A workspace with a member, notes and three backups."""
    with Workspace.create(data_dir, OLD, kdf_params=FLOOR) as ws:
        group = ws.groups.create(GroupDraft("Grief group")).id
        anna = ws.members.add(group, MemberDraft("Anna", full_name="Anna Nowak"))
        for i in range(3):
            ws.notes.create(NoteDraft(f"note {i}", group, member_ids=(anna.id,)))
            ws.create_backup()
    return data_dir


def test_routine_change_rewrites_every_backup_slot(folder: Path) -> None:
    assert len(files_opening_with(folder, passphrase=OLD)) == 4
    with Workspace.open(folder, OLD) as ws:
        report = ws.change_passphrase(OLD, NEW, kdf_params=FLOOR)
    assert not report.rotated and report.copies_updated == 3
    assert files_opening_with(folder, passphrase=OLD) == []
    assert len(files_opening_with(folder, passphrase=NEW)) == 4
    # Routine: the data key stays, so every file still holds every value.
    for path in sqlite_files(folder):
        dek = key_from(path, passphrase=NEW)
        assert dek is not None
        values, failed = readable_values(path, dek)
        assert failed == 0 and "Anna Nowak" in values


def test_rotation_locks_out_a_stolen_old_key(folder: Path, tmp_path: Path) -> None:
    # The attacker copied a backup before the change and knows the old passphrase.
    stolen = tmp_path / "stolen.db"
    shutil.copyfile(sqlite_files(folder / "backups")[0], stolen)
    old_dek = key_from(stolen, passphrase=OLD)
    assert old_dek is not None
    with Workspace.open(folder, OLD) as ws:
        report = ws.change_passphrase(OLD, NEW, rotate=True, kdf_params=FLOOR)
        group = ws.groups.list()[0].id
        ws.notes.create(NoteDraft("written after the change", group))
        assert {n.body for n in ws.notes.find()} >= {"note 0", "written after the change"}
    assert report.rotated and report.copies_reencrypted == 3 and report.values_resealed >= 5
    assert files_opening_with(folder, passphrase=OLD) == []
    for path in sqlite_files(folder):
        new_dek = key_from(path, passphrase=NEW)
        assert new_dek is not None and new_dek != old_dek
        values, failed = readable_values(path, new_dek)
        assert failed == 0 and "Anna Nowak" in values
        # The old key opens nothing in any file of the folder, old values included.
        assert readable_values(path, old_dek)[0] == []


def test_rotation_replaces_the_recovery_key(folder: Path) -> None:
    with Workspace.open(folder, OLD) as ws:
        old_key = ws.create_recovery_key()
        assert len(files_opening_with(folder, recovery=old_key)) == 4  # backups got it too
        report = ws.change_passphrase(OLD, NEW, rotate=True, kdf_params=FLOOR)
    assert report.recovery_key is not None and report.recovery_key != old_key
    assert files_opening_with(folder, recovery=old_key) == []
    assert len(files_opening_with(folder, recovery=report.recovery_key)) == 4
    with pytest.raises(WrongRecoveryKey):
        Workspace.open_with_recovery_key(folder, old_key, "another", kdf_params=FLOOR)


def test_replacing_or_removing_the_recovery_key_rotates_the_data_key(folder: Path) -> None:
    with Workspace.open(folder, OLD) as ws:
        first = ws.create_recovery_key()
        first_dek = key_from(database_path(folder), recovery=first)
        with pytest.raises(WrongPassphrase):
            ws.key_changes.replace_recovery_key("not it", kdf_params=FLOOR)
        replaced = ws.key_changes.replace_recovery_key(OLD, kdf_params=FLOOR)
        assert replaced.rotated and replaced.recovery_key
        second_dek = key_from(database_path(folder), recovery=replaced.recovery_key)
        assert second_dek not in (None, first_dek)
        assert files_opening_with(folder, recovery=first) == []
        removed = ws.remove_recovery_key(OLD, kdf_params=FLOOR)
        assert removed.rotated and removed.recovery_key is None
        assert not ws.has_recovery_key
        assert {n.body for n in ws.notes.find()} == {"note 0", "note 1", "note 2"}
    assert files_opening_with(folder, recovery=replaced.recovery_key) == []
    assert all(vault.SlotKind.RECOVERY not in slots_of(p) for p in sqlite_files(folder))
    assert key_from(database_path(folder), passphrase=OLD) not in (first_dek, second_dek)


def test_other_workspaces_backups_are_not_touched(folder: Path, tmp_path: Path) -> None:
    other_dir = tmp_path / "other"
    with Workspace.create(other_dir, OLD, kdf_params=FLOOR) as other:
        foreign = other.create_backup()
    planted = folder / "backups" / foreign.name
    shutil.copyfile(foreign, planted)
    before = planted.read_bytes()
    with Workspace.open(folder, OLD) as ws:
        ws.change_passphrase(OLD, NEW, rotate=True, kdf_params=FLOOR)
    assert planted.read_bytes() == before


def test_a_copy_that_cannot_be_rekeyed_is_removed_and_replaced(folder: Path) -> None:
    backups = sqlite_files(folder / "backups")
    damaged = backups[0]
    data = damaged.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])  # cut short: no longer a sound database
    with Workspace.open(folder, OLD) as ws:
        report = ws.change_passphrase(OLD, NEW, rotate=True, kdf_params=FLOOR)
    assert report.copies_removed == (damaged.name,)
    assert not damaged.exists()
    left = sqlite_files(folder / "backups")
    assert len(left) == 3  # two re-encrypted, one fresh verified backup
    assert files_opening_with(folder, passphrase=OLD) == []


def test_new_passphrases_get_freshly_calibrated_parameters(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def calibrated() -> KdfParams:
        calls.append(1)
        return RICHER

    monkeypatch.setattr(key_changes, "calibrate", calibrated)

    def stored_params() -> KdfParams:
        slot = slots_of(database_path(folder))[vault.SlotKind.PASSPHRASE]
        return vault.parse_slot(slot)[0].kdf

    with Workspace.open(folder, OLD) as ws:
        ws.change_passphrase(OLD, NEW)
        assert calls == [1] and stored_params() == RICHER  # not copied from the FLOOR header
        key = ws.key_changes.replace_recovery_key(NEW, kdf_params=FLOOR).recovery_key
    assert key is not None and stored_params() == FLOOR
    calls.clear()
    Workspace.open_with_recovery_key(folder, key, OLD).close()  # recovery calibrates anew
    assert calls == [1] and stored_params() == RICHER


def test_parameters_below_the_floor_are_refused_and_nothing_changes(folder: Path) -> None:
    weak = KdfParams(FLOOR.memory_kib // 2, 1, 1)
    with Workspace.open(folder, OLD) as ws:
        with pytest.raises(KdfParamsRejected):
            ws.change_passphrase(OLD, NEW, kdf_params=weak)
        with pytest.raises(KdfParamsRejected):
            ws.change_passphrase(OLD, NEW, rotate=True, kdf_params=weak)
    assert len(files_opening_with(folder, passphrase=OLD)) == 4


def test_a_header_above_the_cap_is_refused_before_any_derivation(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = database_path(folder)
    slot = slots_of(path)[vault.SlotKind.PASSPHRASE]
    header, nonce, wrapped = vault.parse_slot(slot)
    greedy = vault.SlotHeader(
        header.kind, header.workspace_id, KdfParams(kdf.CAP.memory_kib * 4, 40, 64), header.salt
    )
    # An attacker with write access recomputes the (unkeyed) checksum too.
    content = greedy.pack() + nonce + wrapped
    forged = content + hashlib.sha256(content).digest()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE vault_slots SET blob = ? WHERE kind = 1", (forged,))
    derived: list[object] = []
    monkeypatch.setattr(vault, "derive_key", lambda *a: derived.append(a) or b"\0" * 32)
    with pytest.raises(WorkspaceCorrupt):
        Workspace.open(folder, OLD)
    assert derived == []


def test_every_value_survives_a_rotation_bit_for_bit(folder: Path) -> None:
    with Workspace.open(folder, OLD) as ws:
        group = ws.groups.list()[0].id
        before_members = ws.members.list(group, include_left=True)
        before_notes = sorted(n.body for n in ws.notes.find())
        ws.change_passphrase(OLD, NEW, rotate=True, kdf_params=FLOOR)
        assert ws.members.list(group, include_left=True) == before_members
        assert sorted(n.body for n in ws.notes.find()) == before_notes
        # The alias index was rebuilt under the new key: duplicates are still refused.
        with pytest.raises(ValidationError):
            ws.members.add(group, MemberDraft("anna"))


def test_old_ciphertext_put_back_after_rotation_fails(folder: Path) -> None:
    path = database_path(folder)
    with sqlite3.connect(path) as conn:
        old_blob = conn.execute("SELECT body_ct FROM notes ORDER BY id LIMIT 1").fetchone()[0]
    with Workspace.open(folder, OLD) as ws:
        ws.change_passphrase(OLD, NEW, rotate=True, kdf_params=FLOOR)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE notes SET body_ct = ? WHERE id = (SELECT min(id) FROM notes)", (old_blob,)
        )
    with Workspace.open(folder, NEW) as ws:
        bodies = [n.body for n in ws.notes.find()]
        assert "note 0" not in bodies and sum(n.damaged for n in ws.notes.find()) == 1
    dek = key_from(path, passphrase=NEW)
    assert dek is not None
    with pytest.raises(FieldDecryptError):
        FieldCipher(dek, b"x" * 16).decrypt("notes", 1, "body", 0, old_blob)


def test_a_copy_sealed_under_a_key_no_longer_held_is_removed(folder: Path) -> None:
    stray = sqlite_files(folder / "backups")[0]
    with sqlite3.connect(stray) as conn:
        conn.execute("UPDATE workspace_meta SET key_id = ?", (b"\x01" * 16,))
    with Workspace.open(folder, OLD) as ws:
        report = ws.change_passphrase(OLD, NEW, kdf_params=FLOOR)
    assert report.copies_removed == (stray.name,) and not stray.exists()
    assert files_opening_with(folder, passphrase=OLD) == []


@pytest.mark.parametrize("rotate", [False, True], ids=["routine", "rotation"])
def test_progress_names_each_stage_and_counts_the_backups_to_the_last(
    folder: Path, rotate: bool
) -> None:
    """What the progress window shows: the values re-sealed (a rotation only), then the
    backups, counted one by one up to all three."""
    told: list[tuple[str, int, int]] = []
    with Workspace.open(folder, OLD) as ws:
        ws.change_passphrase(
            OLD, NEW, rotate=rotate, kdf_params=FLOOR, progress=lambda *t: told.append(t)
        )
    copies = [(done, total) for stage, done, total in told if stage == "copies"]
    assert copies and copies[-1] == (3, 3)
    assert all(total == 3 and 0 <= done <= 3 for done, total in copies)
    assert ("resealing" in {stage for stage, *_ in told}) is rotate
    assert {stage for stage, *_ in told} <= {"calibrating", "resealing", "copies"}
