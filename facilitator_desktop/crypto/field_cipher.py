"""Per-field encryption of private text with the workspace data key.

Each value is sealed with AES-256-GCM under a fresh 96-bit nonce. The AAD binds the
workspace, table, row id, field name and the row's revision, so a ciphertext copied to
another row or field, or an older ciphertext put back after the row moved on, fails.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import unicodedata
from collections.abc import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

CIPHERTEXT_VERSION = 1
_NONCE = 12


class FieldDecryptError(Exception):
    """One stored value failed authentication: damaged, moved or rolled back."""


def _subkey(dek: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(dek)


class FieldCipher:
    def __init__(
        self, dek: bytes, workspace_id: bytes, rng: Callable[[int], bytes] = os.urandom
    ) -> None:
        self._aead = AESGCM(_subkey(dek, b"fd-field-v1"))
        self._index_key = _subkey(dek, b"fd-blind-index-v1")
        self._workspace_id = workspace_id
        self._rng = rng

    def _aad(self, table: str, row_id: int, field: str, revision: int) -> bytes:
        parts = (self._workspace_id.hex(), table, str(row_id), field, str(revision))
        return "\x1f".join(parts).encode("utf-8")

    def encrypt(self, table: str, row_id: int, field: str, revision: int, text: str) -> bytes:
        nonce = self._rng(_NONCE)
        sealed = self._aead.encrypt(
            nonce, text.encode("utf-8"), self._aad(table, row_id, field, revision)
        )
        return bytes([CIPHERTEXT_VERSION]) + nonce + sealed

    def decrypt(self, table: str, row_id: int, field: str, revision: int, blob: bytes) -> str:
        if len(blob) < 1 + _NONCE + 16 or blob[0] != CIPHERTEXT_VERSION:
            raise FieldDecryptError(f"{table}.{field} #{row_id}: malformed ciphertext")
        try:
            plain = self._aead.decrypt(
                blob[1 : 1 + _NONCE], blob[1 + _NONCE :], self._aad(table, row_id, field, revision)
            )
        except InvalidTag as exc:
            raise FieldDecryptError(f"{table}.{field} #{row_id}: authentication failed") from exc
        return plain.decode("utf-8")

    def blind_index(self, scope: str, value: str) -> bytes:
        """A keyed fingerprint for equality checks (e.g. unique aliases) without plaintext."""
        canonical = unicodedata.normalize("NFKC", value).strip().casefold()
        message = f"{scope}\x1f{canonical}".encode()
        return hmac.new(self._index_key, message, hashlib.sha256).digest()[:16]
