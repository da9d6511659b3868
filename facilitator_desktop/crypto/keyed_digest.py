"""Keyed fingerprints of text under a random key that lives as long as the object.

For telling "the same text again" without keeping the text: the fingerprints mean nothing
to anyone without the key, and the key never leaves the process (nor this object).
"""

from __future__ import annotations

import hashlib
import hmac
import os

_KEY_LENGTH = 32


class KeyedDigest:
    def __init__(self) -> None:
        self._key = bytearray(os.urandom(_KEY_LENGTH))

    def of(self, text: str) -> bytes:
        # surrogatepass: a lone surrogate (which Qt may hand over) still has a fingerprint
        data = text.encode("utf-8", "surrogatepass")
        return hashlib.blake2b(data, key=bytes(self._key)).digest()

    @staticmethod
    def same(first: bytes, second: bytes) -> bool:
        return hmac.compare_digest(first, second)
