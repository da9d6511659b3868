"""Workspace open/create/lock and the three distinct failure modes."""

from __future__ import annotations

import hashlib
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.errors import (
    VaultLocked,
    WorkspaceCorrupt,
    WorkspaceExists,
    WorkspaceNotFound,
    WorkspaceTooNew,
    WrongPassphrase,
)
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.settings import HANDOUT_WELCOME
from facilitator_desktop.workspace import Workspace, database_path

PASSPHRASE = "correct horse battery staple"


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture
def closed_workspace(data_dir: Path) -> Path:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR) as ws:
        group = ws.groups.create(GroupDraft("Tuesday group"))
        ws.members.add(group.id, MemberDraft("Anna", "Anna Berg", "555-0100", "likes tea"))
        ws.members.add(group.id, MemberDraft("Ελένη"))
    return data_dir


def test_create_then_open_finds_everything(closed_workspace: Path) -> None:
    with Workspace.open(closed_workspace, PASSPHRASE) as ws:
        (group,) = ws.groups.list()
        assert group.name == "Tuesday group"
        aliases = [m.alias for m in ws.members.list(group.id)]
        assert aliases == ["Anna", "Ελένη"]
        assert ws.members.list(group.id)[0].contact == "555-0100"


def test_create_refuses_an_existing_workspace(closed_workspace: Path) -> None:
    with pytest.raises(WorkspaceExists):
        Workspace.create(closed_workspace, "other", kdf_params=FLOOR)


def test_missing_folder_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceNotFound):
        Workspace.open(tmp_path / "nowhere", PASSPHRASE)


def test_wrong_passphrase_changes_nothing_on_disk(closed_workspace: Path) -> None:
    before = snapshot(closed_workspace)
    for attempt in ("wrong", "", PASSPHRASE.upper(), PASSPHRASE + " "):
        with pytest.raises(WrongPassphrase):
            Workspace.open(closed_workspace, attempt)
    assert snapshot(closed_workspace) == before
    Workspace.open(closed_workspace, PASSPHRASE).close()  # and the right one still works


def _set_slot(folder: Path, blob: bytes) -> None:
    with sqlite3.connect(database_path(folder)) as conn:
        conn.execute("UPDATE vault_slots SET blob = ? WHERE kind = 1", (blob,))
    conn.close()


def _get_slot(folder: Path) -> bytes:
    conn = sqlite3.connect(database_path(folder))
    try:
        return bytes(conn.execute("SELECT blob FROM vault_slots WHERE kind = 1").fetchone()[0])
    finally:
        conn.close()


def test_every_flipped_header_byte_says_damaged_never_wrong_passphrase(
    closed_workspace: Path,
) -> None:
    original = _get_slot(closed_workspace)
    for index in range(len(original)):
        damaged = bytearray(original)
        damaged[index] ^= 0xFF
        _set_slot(closed_workspace, bytes(damaged))
        before = snapshot(closed_workspace)
        with pytest.raises(WorkspaceCorrupt):
            Workspace.open(closed_workspace, PASSPHRASE)
        assert snapshot(closed_workspace) == before, f"byte {index}: disk changed"
    _set_slot(closed_workspace, original)
    Workspace.open(closed_workspace, PASSPHRASE).close()


@pytest.mark.parametrize(
    "content",
    [b"", b"\0" * 8192, b"garbage, not a database at all" * 100],
    ids=["empty", "zeroed", "garbage"],
)
def test_damaged_database_file_is_corrupt_and_untouched(
    closed_workspace: Path, content: bytes
) -> None:
    path = database_path(closed_workspace)
    path.write_bytes(content)
    before = snapshot(closed_workspace)
    with pytest.raises(WorkspaceCorrupt) as info:
        Workspace.open(closed_workspace, PASSPHRASE)
    assert "passphrase" not in info.value.message.lower()
    assert snapshot(closed_workspace) == before


def test_truncated_database_is_corrupt(closed_workspace: Path) -> None:
    path = database_path(closed_workspace)
    path.write_bytes(path.read_bytes()[:1024])
    with pytest.raises(WorkspaceCorrupt):
        Workspace.open(closed_workspace, PASSPHRASE)


def test_newer_schema_is_refused_without_writing(closed_workspace: Path) -> None:
    with sqlite3.connect(database_path(closed_workspace)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = snapshot(closed_workspace)
    with pytest.raises(WorkspaceTooNew):
        Workspace.open(closed_workspace, PASSPHRASE)
    assert snapshot(closed_workspace) == before


def test_nfc_and_nfd_passphrases_open_the_same_workspace(data_dir: Path) -> None:
    phrase = "Åsa’s café — ñandú"
    Workspace.create(data_dir, unicodedata.normalize("NFD", phrase), kdf_params=FLOOR).close()
    Workspace.open(data_dir, unicodedata.normalize("NFC", phrase)).close()


def test_lock_forgets_the_key_and_unlock_restores(closed_workspace: Path) -> None:
    with Workspace.open(closed_workspace, PASSPHRASE) as ws:
        told: list[str] = []
        ws.on_lock(lambda: told.append("locked"))
        group_id = ws.groups.list()[0].id
        ws.lock()
        assert ws.locked and told == ["locked"]
        assert ws.groups.get(group_id).name == "Tuesday group"  # plaintext stays usable
        with pytest.raises(VaultLocked):
            ws.members.list(group_id)
        with pytest.raises(WrongPassphrase):
            ws.unlock("nope")
        assert ws.locked
        ws.unlock(PASSPHRASE)
        assert [m.alias for m in ws.members.list(group_id)] == ["Anna", "Ελένη"]


def test_unlock_seals_what_an_older_version_stored_in_plain_form(data_dir: Path) -> None:
    with Workspace.create(data_dir, "pass", kdf_params=FLOOR) as ws:
        group = ws.groups.create(GroupDraft("Carers")).id
    with sqlite3.connect(data_dir / "workspace.db") as conn:  # as version 0.1 wrote it
        conn.execute(
            "UPDATE groups SET description = ? WHERE id = ?", ("Anna's mother joins", group)
        )
        conn.execute("INSERT INTO settings (key, value) VALUES ('handout_welcome', '=Hi Anna')")
    with Workspace.open(data_dir, "pass") as ws:
        assert ws.groups.description(group) == "Anna's mother joins"
        assert ws.settings.get(HANDOUT_WELCOME) == "Hi Anna"
    raw = b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    assert b"Anna" not in raw
