"""Field encryption: AAD binds workspace, table, row, field and revision."""

from __future__ import annotations

import os

import pytest

from facilitator_desktop.crypto.field_cipher import FieldCipher, FieldDecryptError

DEK = os.urandom(32)


@pytest.fixture
def cipher() -> FieldCipher:
    return FieldCipher(DEK, b"w" * 16)


def test_round_trip_including_long_and_non_latin_text(cipher: FieldCipher) -> None:
    for text in ("", "Ελένη", "Дмитрий 🌧️", "x" * 100_000):
        blob = cipher.encrypt("notes", 7, "body", 3, text)
        assert cipher.decrypt("notes", 7, "body", 3, blob) == text


def test_fresh_nonce_per_write(cipher: FieldCipher) -> None:
    assert cipher.encrypt("t", 1, "f", 0, "same") != cipher.encrypt("t", 1, "f", 0, "same")


@pytest.mark.parametrize(
    "where",
    [
        ("other", 1, "alias", 0),
        ("members", 2, "alias", 0),
        ("members", 1, "contact", 0),
        ("members", 1, "alias", 1),
    ],
    ids=["table", "row", "field", "revision"],
)
def test_ciphertext_bound_to_its_place(
    cipher: FieldCipher, where: tuple[str, int, str, int]
) -> None:
    blob = cipher.encrypt("members", 1, "alias", 0, "Anna")
    with pytest.raises(FieldDecryptError):
        cipher.decrypt(*where, blob)


def test_other_workspace_cannot_read(cipher: FieldCipher) -> None:
    blob = cipher.encrypt("members", 1, "alias", 0, "Anna")
    with pytest.raises(FieldDecryptError):
        FieldCipher(DEK, b"x" * 16).decrypt("members", 1, "alias", 0, blob)


def test_any_flipped_byte_fails(cipher: FieldCipher) -> None:
    blob = cipher.encrypt("members", 1, "alias", 0, "Anna")
    for index in range(len(blob)):
        damaged = bytearray(blob)
        damaged[index] ^= 0x80
        with pytest.raises(FieldDecryptError):
            cipher.decrypt("members", 1, "alias", 0, bytes(damaged))


def test_blind_index_is_keyed_and_canonical(cipher: FieldCipher) -> None:
    assert cipher.blind_index("g1", "Anna") == cipher.blind_index("g1", "  anna ")
    assert cipher.blind_index("g1", "Anna") != cipher.blind_index("g2", "Anna")
    assert cipher.blind_index("g1", "Anna") != FieldCipher(os.urandom(32), b"w" * 16).blind_index(
        "g1", "Anna"
    )
