"""Text held across a lock: sealed with the data key before it is forgotten, opened only by
an unlock with the same key, never readable in the blob, never a stored field."""

from __future__ import annotations

import os

import pytest

from facilitator_desktop.crypto.field_cipher import FieldDecryptError
from facilitator_desktop.crypto.keyring import KeyRing
from facilitator_desktop.errors import KeyChanging, RecordDamaged, VaultLocked

WORKSPACE = bytes(range(16))
TEXT = "Anna: ask about respite care — naïve café 李娜 🙂\nline two"


def unlocked(dek: bytes, workspace_id: bytes = WORKSPACE) -> KeyRing:
    ring = KeyRing(workspace_id)
    ring.unlock(dek)
    return ring


def test_sealed_text_survives_a_lock_and_opens_after_unlock_with_the_same_key() -> None:
    dek = os.urandom(32)
    ring = unlocked(dek)
    blob = ring.seal_for_later(TEXT)
    ring.lock()
    with pytest.raises(VaultLocked):
        ring.open_later(blob)
    ring.unlock(dek)
    assert ring.open_later(blob) == TEXT


def test_the_blob_holds_no_readable_text_and_each_seal_differs() -> None:
    ring = unlocked(os.urandom(32))
    first, second = ring.seal_for_later(TEXT), ring.seal_for_later(TEXT)
    assert first != second  # a fresh nonce each time
    for encoded in (TEXT.encode(), TEXT.encode("utf-16-le"), b"Anna", b"respite"):
        assert encoded not in first
    assert ring.open_later(ring.seal_for_later("")) == ""


def test_another_key_another_workspace_or_a_changed_byte_is_refused() -> None:
    dek = os.urandom(32)
    blob = unlocked(dek).seal_for_later(TEXT)
    with pytest.raises(RecordDamaged):
        unlocked(os.urandom(32)).open_later(blob)
    with pytest.raises(RecordDamaged):
        unlocked(dek, bytes(16)).open_later(blob)
    ring = unlocked(dek)
    for index in (0, 1, 13, len(blob) - 1):
        damaged = bytearray(blob)
        damaged[index] ^= 0x01
        with pytest.raises(RecordDamaged):
            ring.open_later(bytes(damaged))
    for short in (b"", blob[:28]):
        with pytest.raises(RecordDamaged):
            ring.open_later(short)


def test_held_blobs_and_stored_fields_are_not_interchangeable() -> None:
    """A separate subkey: a field ciphertext never opens as held text, nor the reverse."""
    ring = unlocked(os.urandom(32))
    field = ring.cipher.encrypt("notes", 1, "body", 1, TEXT)
    with pytest.raises(RecordDamaged):
        ring.open_later(field)
    held = ring.seal_for_later(TEXT)
    with pytest.raises(FieldDecryptError):
        ring.cipher.decrypt("notes", 1, "body", 1, held)


def test_nothing_is_sealed_while_locked_or_while_the_key_changes_elsewhere() -> None:
    ring = KeyRing(WORKSPACE)
    with pytest.raises(VaultLocked):
        ring.seal_for_later(TEXT)
    ring.unlock(os.urandom(32))
    ring._changing_thread = -1  # another thread is half-way through a key change
    with pytest.raises(KeyChanging):
        ring.seal_for_later(TEXT)
