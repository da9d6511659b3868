"""The sharing service stores a group's keys and the laptop's identity only as crypto/ sealed
them: the columns revision 0008 made still hold the key as hex sealed under the data key,
a rotated data key re-seals them so sharing goes on, and a damaged key row is named as a
damaged record without taking the rest of the workspace with it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.crypto.group_keys import GroupCipher
from facilitator_desktop.errors import RecordDamaged
from facilitator_desktop.models.sync import SharedGroup, SyncGroupKey, SyncIdentity
from facilitator_desktop.services.sharing_state import group_ciphers, load_identity
from facilitator_desktop.sync.server import ServerSettings
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.unit.sync.laptops import Laptop, make_laptop, new_group

OFFLINE = ServerSettings("127.0.0.1", 9, "none", "none", "none")


@pytest.fixture
def ana(tmp_path: Path) -> Iterator[Laptop]:
    """Ana has shared a group with Ben (no server needed: the key is made at once)."""
    ana = make_laptop(tmp_path, "ana", OFFLINE)
    ben = make_laptop(tmp_path, "ben", OFFLINE)
    group_id, _ = new_group(ana)
    card = ben.sharing.identity().text
    ana.sharing.share_group(group_id, card, ana.sharing.safety_number(card))
    ben.ws.close()
    yield ana
    ana.ws.close()


def _ciphers(ws: Workspace) -> dict[int, GroupCipher]:
    with ws.context.sessions.begin() as s:
        shared = s.scalars(select(SharedGroup)).one()
        return group_ciphers(s, ws.keyring.cipher, shared)


def _stored_key_text(ws: Workspace) -> str:
    cipher: FieldCipher = ws.keyring.cipher
    with ws.context.sessions.begin() as s:
        row = s.scalars(select(SyncGroupKey)).one()
        return cipher.decrypt("sync_group_keys", row.id, "key", row.rev, row.key_ct)


def test_the_stored_group_key_keeps_the_format_revision_0008_made(ana: Laptop) -> None:
    text = _stored_key_text(ana.ws)
    assert len(text) == 64 and bytes.fromhex(text)  # 32 bytes as hex, sealed like any field
    sealed = _ciphers(ana.ws)[1].seal_field("members", "row-1", "alias", 1, "Anna")
    assert (
        GroupCipher(_ciphers(ana.ws)[1].group_id, 1, bytes.fromhex(text)).open_field(
            "members", "row-1", "alias", 1, sealed
        )
        == "Anna"
    )
    with ana.ws.context.sessions.begin() as s:
        row = s.get(SyncIdentity, 1)
        assert row is not None
        secret = ana.ws.keyring.cipher.decrypt("sync_identity", 1, "secret", row.rev, row.secret_ct)
    assert len(bytes.fromhex(secret)) == 64


def test_a_rotated_data_key_reseals_the_group_key_and_the_identity(ana: Laptop) -> None:
    before = _ciphers(ana.ws)[1].seal_field("members", "row-1", "alias", 1, "Anna")
    identity_before = ana.sharing.identity()
    ana.ws.change_passphrase(PASSPHRASE, PASSPHRASE + " new", rotate=True, kdf_params=FAST_KDF)
    assert _ciphers(ana.ws)[1].open_field("members", "row-1", "alias", 1, before) == "Anna"
    assert ana.sharing.identity() == identity_before


def test_a_damaged_group_key_row_is_a_damaged_record_and_the_rest_still_opens(
    ana: Laptop,
) -> None:
    with ana.ws.context.sessions.begin() as s:
        row = s.scalars(select(SyncGroupKey)).one()
        flipped = row.key_ct[:-1] + bytes([row.key_ct[-1] ^ 1])
        s.execute(update(SyncGroupKey).where(SyncGroupKey.id == row.id).values(key_ct=flipped))
    with pytest.raises(RecordDamaged):
        _ciphers(ana.ws)
    assert [m.alias for m in ana.ws.members.list(_only_group(ana))] == ["Ann", "Bo", "Cy"]
    with ana.ws.context.sessions.begin() as s:
        assert load_identity(s, ana.ws.keyring.cipher) is not None


def test_a_group_key_row_put_under_another_revision_does_not_open(ana: Laptop) -> None:
    with ana.ws.context.sessions.begin() as s:
        row = s.scalars(select(SyncGroupKey)).one()
        s.execute(update(SyncGroupKey).where(SyncGroupKey.id == row.id).values(rev=row.rev + 1))
    with pytest.raises(RecordDamaged):
        _ciphers(ana.ws)


def test_a_damaged_identity_is_a_damaged_record(ana: Laptop) -> None:
    with ana.ws.context.sessions.begin() as s:
        row = s.get(SyncIdentity, 1)
        assert row is not None
        s.execute(update(SyncIdentity).values(secret_ct=row.secret_ct[:-1]))
    with ana.ws.context.sessions.begin() as s, pytest.raises(RecordDamaged):
        load_identity(s, ana.ws.keyring.cipher)


def _only_group(laptop: Laptop) -> int:
    with laptop.ws.context.sessions.begin() as s:
        shared = s.scalars(select(SharedGroup)).one()
        assert shared.group_id is not None
        return shared.group_id
