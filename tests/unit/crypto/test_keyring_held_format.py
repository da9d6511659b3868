"""The format of text held across a lock, re-derived from its description alone: version
byte, nonce, AES-GCM under the "fd-held-in-memory-v1" subkey of the data key, with
"held-in-memory", U+001F and the workspace id (hex) as the AAD. A held blob is neither a
stored field nor openable under any other framing."""

from __future__ import annotations

import os

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from facilitator_desktop.crypto.field_cipher import FieldCipher, FieldDecryptError
from facilitator_desktop.crypto.keyring import KeyRing
from facilitator_desktop.errors import RecordDamaged

DEK = bytes(range(100, 132))
WORKSPACE = bytes.fromhex("0f1e2d3c4b5a69788796a5b4c3d2e1f0")


def ring() -> KeyRing:
    keys = KeyRing(WORKSPACE)
    keys.unlock(DEK)
    return keys


def held_key() -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"fd-held-in-memory-v1")
    return hkdf.derive(DEK)


def test_a_held_blob_is_the_documented_format() -> None:
    blob = ring().seal_for_later("Ελένη — call back")
    aad = b"held-in-memory\x1f" + WORKSPACE.hex().encode()
    assert blob[0] == 1
    assert AESGCM(held_key()).decrypt(blob[1:13], blob[13:], aad) == "Ελένη — call back".encode()


def test_a_blob_sealed_to_the_format_opens() -> None:
    nonce = os.urandom(12)
    aad = b"held-in-memory\x1f" + WORKSPACE.hex().encode()
    blob = bytes([1]) + nonce + AESGCM(held_key()).encrypt(nonce, b"Anna", aad)
    assert ring().open_later(blob) == "Anna"


def test_every_blob_too_short_to_hold_nonce_and_tag_is_damaged_not_a_crash() -> None:
    keys = ring()
    blob = keys.seal_for_later("")
    assert len(blob) == 29
    for length in range(len(blob)):
        with pytest.raises(RecordDamaged):
            keys.open_later(blob[:length])


def test_held_blobs_and_stored_fields_never_pass_for_each_other() -> None:
    keys = ring()
    cipher = FieldCipher(DEK, WORKSPACE)
    field = cipher.encrypt("notes", 1, "body", 0, "Anna")
    with pytest.raises(RecordDamaged):
        keys.open_later(field)
    held = keys.seal_for_later("Anna")
    with pytest.raises(FieldDecryptError):
        cipher.decrypt("notes", 1, "body", 0, held)
