"""The data key and the subkeys derived from it live in buffers we own, and lock overwrites
them: whoever still holds the cipher after a lock gets VaultLocked, not a working key."""

from __future__ import annotations

import os

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from facilitator_desktop.crypto import field_cipher
from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.crypto.keyring import KeyRing
from facilitator_desktop.crypto.keys import DataKey
from facilitator_desktop.errors import VaultLocked

WORKSPACE = b"w" * 16


def subkey_buffers(cipher: FieldCipher) -> tuple[bytearray, bytearray]:
    # Private on purpose (nothing else may touch them); the test looks at the bytes.
    return cipher._field_key, cipher._index_key


def hkdf(dek: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(dek)


def test_subkeys_are_the_same_hkdf_outputs_as_before() -> None:
    """Deriving into buffers changes where the bytes live, not what they are: every value
    sealed by an earlier version still opens."""
    dek = os.urandom(32)
    field_key, index_key = subkey_buffers(FieldCipher(dek, WORKSPACE))
    assert bytes(field_key) == hkdf(dek, b"fd-field-v1")
    assert bytes(index_key) == hkdf(dek, b"fd-blind-index-v1")
    sealed = FieldCipher(dek, WORKSPACE).encrypt("notes", 1, "body", 0, "Ελένη")
    assert FieldCipher(bytearray(dek), WORKSPACE).decrypt("notes", 1, "body", 0, sealed) == "Ελένη"


def test_lock_zeroes_the_data_key_and_both_subkeys() -> None:
    ring = KeyRing(WORKSPACE)
    dek = os.urandom(32)
    ring.unlock(dek)
    cipher = ring.cipher
    field_key, index_key = subkey_buffers(cipher)
    data_key = ring._dek
    assert data_key is not None and bytes(data_key) == dek
    sealed = cipher.encrypt("members", 3, "alias", 0, "Anna")
    index = cipher.blind_index("g1", "Anna")

    ring.lock()

    assert bytes(data_key) == bytes(32)
    assert bytes(field_key) == bytes(32) and bytes(index_key) == bytes(32)
    with pytest.raises(VaultLocked):
        ring.cipher  # noqa: B018 - the property is what raises
    # A cipher someone kept a reference to is dead too, for every use.
    with pytest.raises(VaultLocked):
        cipher.decrypt("members", 3, "alias", 0, sealed)
    with pytest.raises(VaultLocked):
        cipher.encrypt("members", 3, "alias", 1, "Anna")
    with pytest.raises(VaultLocked):
        cipher.blind_index("g1", "Anna")

    ring.unlock(dek)  # unlocking again works as before
    assert ring.cipher.decrypt("members", 3, "alias", 0, sealed) == "Anna"
    assert ring.cipher.blind_index("g1", "Anna") == index


def test_unlocking_over_an_unlocked_ring_wipes_the_old_keys() -> None:
    """A new data key (rotation) or the same one again (passphrase change) replaces the
    buffers; the old ones do not linger until the next lock."""
    ring = KeyRing(WORKSPACE)
    ring.unlock(os.urandom(32))
    old_cipher = ring.cipher
    old_buffers = subkey_buffers(old_cipher)
    new_dek = os.urandom(32)
    ring.unlock(new_dek)
    assert all(bytes(buffer) == bytes(32) for buffer in old_buffers)
    assert bytes(subkey_buffers(ring.cipher)[0]) == hkdf(new_dek, b"fd-field-v1")
    assert ring.data_key() == DataKey(new_dek)


def test_a_cryptography_without_derive_into_still_gets_a_buffer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """cryptography before 47 has no `derive_into`: the subkey still ends in a buffer we
    own and can wipe."""

    class OldHKDF:
        def __init__(self, **kwargs: object) -> None:
            self._inner = HKDF(**kwargs)  # type: ignore[arg-type]

        def derive(self, key_material: bytes) -> bytes:
            return self._inner.derive(key_material)

    monkeypatch.setattr(field_cipher, "HKDF", OldHKDF)
    dek = os.urandom(32)
    cipher = FieldCipher(bytearray(dek), WORKSPACE)
    field_key, _index_key = subkey_buffers(cipher)
    assert isinstance(field_key, bytearray) and bytes(field_key) == hkdf(dek, b"fd-field-v1")
    cipher.wipe()
    assert bytes(field_key) == bytes(32)
