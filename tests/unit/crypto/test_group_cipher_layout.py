"""What a group key seals, read and written by hand from the layout `group_keys` describes:
version 1 | nonce (12) | AES-256-GCM, under a subkey HKDF-SHA256 derives from the group key
(one for fields, another for envelopes). A field's AAD is group, table, row key, field and
revision joined by 0x1F; an envelope's is its header. Sealing and opening through the module
alone would agree on any subkey, so these pin the subkeys and the AAD themselves, and which
refusal a bad value gets."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from facilitator_desktop.crypto.group_keys import GroupCipher, GroupKey, GroupKeyError

GROUP = "0b3a8a4e-1f3c-4c59-9a62-2c1c4f2d8e11"
MATERIAL = bytes(range(100, 132))
NONCE = bytes(range(12))
FIELD_AAD = b"\x1f".join((GROUP.encode(), b"members", b"row-1", b"alias", b"7"))


def _subkey(info: bytes) -> AESGCM:
    return AESGCM(HKDF(hashes.SHA256(), 32, salt=None, info=info).derive(MATERIAL))


def _cipher() -> GroupCipher:
    return GroupCipher(GROUP, 1, MATERIAL, rng=lambda n: NONCE[:n])


def _refusal(open_it: Callable[..., object], *args: object) -> str:
    with pytest.raises(GroupKeyError) as refused:
        open_it(*args)
    return str(refused.value)


def test_a_cipher_names_its_group_and_epoch() -> None:
    cipher = GroupCipher(GROUP, 3, MATERIAL)
    assert (cipher.group_id, cipher.epoch) == (GROUP, 3)


def test_a_sealed_field_opens_by_hand_from_its_described_layout() -> None:
    blob = _cipher().seal_field("members", "row-1", "alias", 7, "Anna")
    assert blob[0] == 1 and blob[1:13] == NONCE
    fields = _subkey(b"fd-group-field-v1")
    assert fields.decrypt(NONCE, blob[13:], FIELD_AAD) == b"Anna"


def test_a_field_sealed_by_hand_from_the_layout_opens() -> None:
    sealed = _subkey(b"fd-group-field-v1").encrypt(NONCE, "Zoë".encode(), FIELD_AAD)
    blob = b"\x01" + NONCE + sealed
    assert _cipher().open_field("members", "row-1", "alias", 7, blob) == "Zoë"


def test_an_envelope_opens_by_hand_and_one_sealed_by_hand_opens() -> None:
    envelopes = _subkey(b"fd-group-envelope-v1")
    blob = _cipher().seal_envelope(b"header-1", b"payload")
    assert blob[0] == 1 and blob[1:13] == NONCE
    assert envelopes.decrypt(NONCE, blob[13:], b"header-1") == b"payload"
    by_hand = b"\x01" + NONCE + envelopes.encrypt(NONCE, b"by hand", b"header-2")
    assert _cipher().open_envelope(b"header-2", by_hand) == b"by hand"


def test_an_empty_text_and_an_empty_payload_come_back() -> None:
    cipher = _cipher()
    blob = cipher.seal_field("members", "row-1", "alias", 7, "")
    assert len(blob) == 1 + 12 + 16
    assert cipher.open_field("members", "row-1", "alias", 7, blob) == ""
    envelope = cipher.seal_envelope(b"header-1", b"")
    assert len(envelope) == 1 + 12 + 16
    assert cipher.open_envelope(b"header-1", envelope) == b""


def test_a_value_of_another_version_is_refused_as_malformed_though_it_would_open() -> None:
    cipher = _cipher()
    field = cipher.seal_field("members", "row-1", "alias", 7, "Anna")
    envelope = cipher.seal_envelope(b"header-1", b"payload")
    refusal = _refusal(cipher.open_field, "members", "row-1", "alias", 7, b"\x02" + field[1:])
    assert refusal == "members.alias: malformed sealed value"
    assert _refusal(cipher.open_envelope, b"header-1", b"\x02" + envelope[1:]) == "malformed change"


def test_a_value_too_short_to_hold_a_tag_is_refused_as_malformed() -> None:
    cipher = _cipher()
    short = b"\x01" + NONCE + bytes(15)
    refusal = _refusal(cipher.open_field, "members", "row-1", "alias", 7, short)
    assert refusal == "members.alias: malformed sealed value"
    assert _refusal(cipher.open_envelope, b"header-1", short) == "malformed change"


def test_a_value_that_does_not_open_says_so_and_where() -> None:
    cipher = _cipher()
    field = cipher.seal_field("members", "row-1", "alias", 7, "Anna")
    refusal = _refusal(cipher.open_field, "members", "row-1", "alias", 8, field)
    assert refusal == "members.alias: the sealed value does not open"
    envelope = cipher.seal_envelope(b"header-1", b"payload")
    refusal = _refusal(cipher.open_envelope, b"header-2", envelope)
    assert refusal == "the change does not open with the group key"


def test_a_revision_that_is_not_an_int_is_refused_before_anything_is_sealed() -> None:
    with pytest.raises(TypeError, match="^revision must be an int$"):
        _cipher().seal_field("members", "row-1", "alias", True, "Anna")


def test_a_key_that_cannot_be_one_is_refused_in_words() -> None:
    wiped = GroupKey(MATERIAL)
    wiped.wipe()
    for key, words in (
        (bytes(31), "a group key must be 32 bytes"),
        (wiped, "this group key was wiped"),
    ):
        with pytest.raises(GroupKeyError) as refused:
            GroupCipher(GROUP, 1, key)
        assert str(refused.value) == words


def test_a_part_of_the_aad_that_would_blur_it_is_refused_in_words() -> None:
    with pytest.raises(ValueError) as refused:
        _cipher().seal_field("members\x1fnotes", "row-1", "alias", 7, "Anna")
    words = "an AAD part must be non-empty and hold no separator: 'members\\x1fnotes'"
    assert str(refused.value) == words
