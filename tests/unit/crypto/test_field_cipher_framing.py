"""The AAD and the blind index's input are framed so that no two places share bytes, and
the framing is the one every stored workspace was written with (version 1)."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from facilitator_desktop.crypto.field_cipher import (
    CIPHERTEXT_VERSION,
    FieldCipher,
    FieldDecryptError,
)
from facilitator_desktop.errors import VaultLocked

DEK = bytes(range(32))
WORKSPACE = bytes.fromhex("00112233445566778899aabbccddeeff")
NONCE = bytes([7]) * 12

# Written by the version-1 code before the separator was checked (a stored note and a
# stored alias, and the index of that alias): they must keep opening and matching.
STORED_NOTE = bytes.fromhex(
    "01070707070707070707070707723fcdde0c4fb6877b6ded121cf7c4584ba4a25dc04734b49964d480"
    "7d698aa3be85cb6b"
)
STORED_ALIAS = bytes.fromhex(
    "01070707070707070707070707efc66615b6c21a5bd1b6ca79279c7066d6b4ea77934fdbc801cd"
)
STORED_ALIAS_INDEX = bytes.fromhex("a1353bad160083fd9e82845e42285700")


def fixed_nonce(size: int) -> bytes:
    assert size == len(NONCE)
    return NONCE


@pytest.fixture
def cipher() -> FieldCipher:
    return FieldCipher(DEK, WORKSPACE, rng=fixed_nonce)


def test_ciphertexts_written_before_still_open(cipher: FieldCipher) -> None:
    assert cipher.decrypt("notes", 42, "body", 3, STORED_NOTE) == "Slept badly, hopeful"
    assert cipher.decrypt("members", 7, "alias", 0, STORED_ALIAS) == "Ελένη"


def test_the_same_value_seals_to_the_same_bytes_as_before(cipher: FieldCipher) -> None:
    assert cipher.encrypt("notes", 42, "body", 3, "Slept badly, hopeful") == STORED_NOTE
    assert cipher.blind_index("members.alias/5", "Ελένη") == STORED_ALIAS_INDEX
    assert cipher.blind_index("members.alias/5", " ελένη ") == STORED_ALIAS_INDEX


def test_the_aad_is_the_documented_framing() -> None:
    """Re-derived here from the format alone: version byte, nonce, AES-GCM under the
    "fd-field-v1" subkey with workspace id (hex), table, row, field and revision joined by
    U+001F as the AAD."""
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"fd-field-v1").derive(DEK)
    aad = "\x1f".join((WORKSPACE.hex(), "notes", "42", "body", "3")).encode()
    assert STORED_NOTE[0] == CIPHERTEXT_VERSION and STORED_NOTE[1:13] == NONCE
    assert AESGCM(key).decrypt(NONCE, STORED_NOTE[13:], aad) == b"Slept badly, hopeful"


@pytest.mark.parametrize(
    ("sealed_at", "opened_at"),
    [
        (("notes\x1f1", 2, "body", 0), ("notes", 1, "2\x1fbody", 0)),
        (("notes", 1, "body\x1f2", 0), ("notes", 1, "body", 2)),
        (("notes", 1, "body", 0), ("notes", 1, "body\x1f0", 0)),
    ],
    ids=["table-into-field", "field-into-revision", "appended"],
)
def test_a_separator_in_a_name_is_refused_both_ways(
    cipher: FieldCipher,
    sealed_at: tuple[str, int, str, int],
    opened_at: tuple[str, int, str, int],
) -> None:
    """Two places that would frame to the same bytes: neither side can be used."""
    for place in (sealed_at, opened_at):
        if any("\x1f" in str(part) for part in place):
            with pytest.raises(ValueError, match="separator"):
                cipher.encrypt(*place, "Anna")
            with pytest.raises(ValueError, match="separator"):
                cipher.decrypt(*place, STORED_NOTE)


@pytest.mark.parametrize(
    ("place", "what"), [(("", 1, "body", 0), "table"), (("notes", 1, "", 0), "field")]
)
def test_an_empty_name_is_refused(
    cipher: FieldCipher, place: tuple[str, int, str, int], what: str
) -> None:
    with pytest.raises(ValueError) as refused:
        cipher.encrypt(*place, "Anna")
    assert str(refused.value) == f"a {what} name must be non-empty and hold no separator: ''"


@pytest.mark.parametrize(
    ("place", "message"),
    [
        (("notes", "1\x1fbody", "x", 0), "row id must be an int, not str"),
        (("notes", 1, "body", "0"), "revision must be an int, not str"),
        (("notes", True, "body", 0), "row id must be an int, not bool"),
    ],
    ids=["row as text", "revision as text", "row as bool"],
)
def test_ids_and_revisions_must_be_whole_numbers(
    cipher: FieldCipher, place: tuple[str, object, str, object], message: str
) -> None:
    with pytest.raises(TypeError) as refused:
        cipher.encrypt(*place, "Anna")  # type: ignore[arg-type]
    assert str(refused.value) == message


def test_negative_and_large_numbers_stay_apart(cipher: FieldCipher) -> None:
    blob = cipher.encrypt("notes", -1, "body", 10**20, "x")
    assert cipher.decrypt("notes", -1, "body", 10**20, blob) == "x"
    for other in (("notes", 1, "body", 10**20), ("notes", -1, "body", 10**19)):
        with pytest.raises(FieldDecryptError):
            cipher.decrypt(*other, blob)


def test_the_blind_index_scope_is_framed_too(cipher: FieldCipher) -> None:
    with pytest.raises(ValueError) as refused:
        cipher.blind_index("members.alias/5\x1fanna", "x")
    assert str(refused.value) == (
        "a scope name must be non-empty and hold no separator: 'members.alias/5\\x1fanna'"
    )
    with pytest.raises(ValueError) as refused:
        cipher.blind_index("", "anna")
    assert str(refused.value) == "a scope name must be non-empty and hold no separator: ''"
    # The value comes last, so a separator in it cannot move the boundary.
    assert cipher.blind_index("g", "a\x1fb") != cipher.blind_index("g", "a")
    assert cipher.blind_index("g", "a\x1fb") == cipher.blind_index("g", "A\x1fB")


def test_a_short_or_foreign_blob_is_malformed_not_a_crash(cipher: FieldCipher) -> None:
    shortest = 1 + 12 + 16
    sealed = cipher.encrypt("notes", 1, "body", 0, "")
    assert len(sealed) == shortest
    assert cipher.decrypt("notes", 1, "body", 0, sealed) == ""
    for blob in (sealed[:-1], b"", bytes([CIPHERTEXT_VERSION + 1]) + sealed[1:]):
        with pytest.raises(FieldDecryptError, match="malformed"):
            cipher.decrypt("notes", 1, "body", 0, blob)
    with pytest.raises(FieldDecryptError, match="authentication failed"):
        cipher.decrypt("notes", 1, "body", 1, sealed)


def test_wipe_zeroes_the_subkeys_and_locks_every_use(cipher: FieldCipher) -> None:
    cipher.wipe()
    assert bytes(cipher._field_key) == bytes(32) and bytes(cipher._index_key) == bytes(32)
    with pytest.raises(VaultLocked):
        cipher.encrypt("notes", 1, "body", 0, "x")
    with pytest.raises(VaultLocked):
        cipher.decrypt("notes", 42, "body", 3, STORED_NOTE)
    with pytest.raises(VaultLocked):
        cipher.blind_index("g", "anna")
