"""The workspace data key as an opaque value: its bytes are made and read only in crypto/.

Code outside crypto/ holds a `DataKey` and hands it back to crypto/ (to wrap it in a vault
slot, build a field cipher, fingerprint it, seal it for a later job); it never sees the
bytes. Python cannot enforce that, so tests/unit/test_key_rules.py does: outside crypto/
nothing calls `key_material`, reads `_material`, turns a key into bytes or makes random
bytes of its own.
"""

from __future__ import annotations

import hmac
import os
from typing import NoReturn

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

DATA_KEY_LENGTH = 32
KEY_ID_LENGTH = 16


class DataKey:
    """32 secret bytes in a buffer this object owns and `wipe` overwrites. No public way to
    the bytes: no `bytes(key)`, no pickling, a repr that shows nothing."""

    __slots__ = ("_material",)

    def __init__(self, material: bytes | bytearray) -> None:
        if len(material) != DATA_KEY_LENGTH:
            raise ValueError(f"a data key is {DATA_KEY_LENGTH} bytes, not {len(material)}")
        self._material = bytearray(material)

    def key_id(self) -> bytes:
        return key_id(self)

    def copy(self) -> DataKey:
        """A key of its own (wiping one leaves the other whole); a wiped key is refused as
        wiped, not as a key of the wrong length."""
        return DataKey(key_material(self))

    def wipe(self) -> None:
        """Overwrite the buffer; the key is unusable afterwards (crypto refuses it)."""
        self._material[:] = bytes(len(self._material))
        self._material = bytearray()

    @property
    def wiped(self) -> bool:
        return not self._material

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DataKey):
            return NotImplemented
        return hmac.compare_digest(self._material, other._material)

    def __repr__(self) -> str:
        return "<DataKey wiped>" if self.wiped else "<DataKey>"

    def __reduce__(self) -> NoReturn:
        raise TypeError("a data key is never pickled")


KeyLike = DataKey | bytes | bytearray


def key_material(key: KeyLike) -> bytes | bytearray:
    """The key's bytes, for crypto/ alone (the key-rule test keeps every other caller out).
    Raw bytes are accepted as they are, so crypto/'s own tests can use fixed keys."""
    if isinstance(key, DataKey):
        if key.wiped:
            raise ValueError("this data key was wiped")
        return key._material
    return key


def new_data_key() -> DataKey:
    return DataKey(os.urandom(DATA_KEY_LENGTH))


def key_id(key: KeyLike) -> bytes:
    """A fingerprint that tells two copies sealed under the same key apart from others
    without trying to open anything. HKDF is one-way: it reveals nothing of the key."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_ID_LENGTH, salt=None, info=b"fd-key-id-v1")
    return hkdf.derive(bytes(key_material(key)))
