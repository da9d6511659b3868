"""The data key outside crypto/ is an opaque value: nothing in its public face gives the
bytes away, and a retired key kept for a later job opens only under the key now in use."""

from __future__ import annotations

import base64
import copy
import os
import pickle

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.crypto.keyring import KeyRing
from facilitator_desktop.crypto.keys import DataKey, key_id, key_material, new_data_key
from facilitator_desktop.crypto.retired_keys import (
    RetiredKeyUnreadable,
    recall_retired,
    seal_retired,
)
from facilitator_desktop.errors import VaultLocked

WORKSPACE = b"w" * 16


def test_a_key_shows_nothing_of_its_bytes() -> None:
    key = new_data_key()
    material = bytes(key_material(key))
    assert repr(key) == "<DataKey>"
    assert material.hex() not in repr(key) and material.hex() not in str(key)
    with pytest.raises(TypeError):
        bytes(key)  # type: ignore[call-overload]
    for leak in (pickle.dumps, copy.copy, copy.deepcopy):
        with pytest.raises(TypeError, match="^a data key is never pickled$"):
            leak(key)
    assert not hasattr(key, "__dict__")  # no attribute can be hung on it to leak through


def test_only_32_bytes_make_a_key() -> None:
    for wrong in (b"", bytes(16), bytes(31), bytes(33)):
        with pytest.raises(ValueError) as refused:
            DataKey(wrong)
        assert str(refused.value) == f"a data key is 32 bytes, not {len(wrong)}"


def test_copies_are_equal_and_independent() -> None:
    key = new_data_key()
    twin = key.copy()
    assert twin == key and twin is not key and twin != new_data_key()
    assert key != bytes(key_material(key))  # a key never equals its bytes
    key.wipe()
    assert key.wiped and not twin.wiped and twin != key
    assert twin.key_id() == key_id(twin)


def test_a_wiped_key_is_zeroed_and_refused_everywhere() -> None:
    key = new_data_key()
    buffer = key_material(key)
    key.wipe()
    assert buffer == bytes(32)
    assert repr(key) == "<DataKey wiped>"
    for use in (key.key_id, key.copy, lambda: FieldCipher(key, WORKSPACE)):
        with pytest.raises(ValueError) as refused:
            use()
        assert str(refused.value) == "this data key was wiped"
    with pytest.raises(ValueError):
        KeyRing(WORKSPACE).unlock(key)


def test_a_retired_key_comes_back_only_under_the_current_key() -> None:
    retired, current = new_data_key(), new_data_key()
    sealed = seal_retired(retired, current, WORKSPACE)
    assert bytes(key_material(retired)).hex() not in sealed
    assert seal_retired(retired, current, WORKSPACE) != sealed  # a fresh nonce every time
    assert recall_retired(sealed, current, WORKSPACE) == retired
    with pytest.raises(RetiredKeyUnreadable):
        recall_retired(sealed, new_data_key(), WORKSPACE)
    with pytest.raises(RetiredKeyUnreadable):
        recall_retired(sealed, current, b"x" * 16)
    with pytest.raises(RetiredKeyUnreadable):
        recall_retired(sealed, retired, WORKSPACE)  # not under itself either


def test_a_sealed_retired_key_is_laid_out_as_described() -> None:
    """Read back by hand from the module's description: "sealed-v1:", then base64 of a
    12-byte nonce and AES-256-GCM under HKDF-SHA256 of the current key (info
    "fd-retired-key-v1"), with "retired-key", a unit separator and the workspace id in hex as
    AAD. A character outside base64 is damage, not a character to skip."""
    retired, current = new_data_key(), new_data_key()
    sealed = seal_retired(retired, current, WORKSPACE)
    assert sealed.startswith("sealed-v1:")
    blob = base64.b64decode(sealed.removeprefix("sealed-v1:"), validate=True)
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"fd-retired-key-v1")
    aad = b"retired-key\x1f" + WORKSPACE.hex().encode("ascii")
    opened = AESGCM(hkdf.derive(bytes(key_material(current)))).decrypt(blob[:12], blob[12:], aad)
    assert opened == bytes(key_material(retired))
    with pytest.raises(RetiredKeyUnreadable):
        recall_retired(sealed[:20] + "*" + sealed[20:], current, WORKSPACE)


@settings(max_examples=40, deadline=None)
@given(cut=st.integers(min_value=0, max_value=80), flip=st.integers(min_value=0, max_value=59))
def test_a_damaged_sealed_key_is_refused_in_words(cut: int, flip: int) -> None:
    current = DataKey(bytes(range(32)))
    sealed = seal_retired(DataKey(bytes(32 * [7])), current, WORKSPACE)
    prefix, body = sealed.split(":", 1)
    raw = bytearray(base64.b64decode(body))
    raw[flip % len(raw)] ^= 0x01
    damaged = [
        sealed[:cut] if cut < len(sealed) else sealed + "A",
        f"{prefix}:{base64.b64encode(bytes(raw)).decode()}",
        f"{prefix}:not base64!",
        f"{prefix}:",
    ]
    for text in damaged:
        with pytest.raises(RetiredKeyUnreadable):
            recall_retired(text, current, WORKSPACE)


def test_the_hex_an_earlier_version_wrote_is_still_recalled() -> None:
    """A rotation killed before its backups were re-keyed, by a version that kept the
    retired key as hex inside the sealed job: the job still finishes after the upgrade."""
    material = os.urandom(32)
    assert recall_retired(material.hex(), new_data_key(), WORKSPACE) == DataKey(material)
    for bad in ("", "zz" * 32, material.hex()[:-2], material.hex() + "00"):
        with pytest.raises(RetiredKeyUnreadable):
            recall_retired(bad, new_data_key(), WORKSPACE)


def test_the_key_ring_recalls_under_the_key_it_holds_and_not_when_locked() -> None:
    current, retired = new_data_key(), new_data_key()
    ring = KeyRing(WORKSPACE)
    ring.unlock(current)
    current_id = current.key_id()
    current.wipe()  # the ring holds a copy of its own
    assert ring.key_id() == current_id
    sealed = seal_retired(retired, ring.data_key(), WORKSPACE)
    assert ring.recall_retired(sealed) == retired
    ring.lock()
    for use in (lambda: ring.recall_retired(sealed), ring.key_id, ring.data_key):
        with pytest.raises(VaultLocked):
            use()
