"""The workspace data key: made here, and known elsewhere only by a one-way fingerprint."""

from __future__ import annotations

import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

DATA_KEY_LENGTH = 32
KEY_ID_LENGTH = 16


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_LENGTH)


def key_id(dek: bytes) -> bytes:
    """A fingerprint that tells two copies sealed under the same key apart from others
    without trying to open anything. HKDF is one-way: it reveals nothing of the key."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_ID_LENGTH, salt=None, info=b"fd-key-id-v1")
    return hkdf.derive(dek)
