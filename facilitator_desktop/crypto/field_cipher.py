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

from facilitator_desktop.crypto.keys import KeyLike, key_material
from facilitator_desktop.errors import VaultLocked

CIPHERTEXT_VERSION = 1
_NONCE = 12
_SUBKEY = 32
# Joins the parts of an AAD or a blind index's input. No name may hold it, so two different
# places never give the same bytes ("notes\x1f1", 2 and "notes", 1, "2\x1f…" would). The
# bytes are those of version 1: every stored ciphertext and index still opens and matches.
_SEPARATOR = "\x1f"


class FieldDecryptError(Exception):
    """One stored value failed authentication: damaged, moved or rolled back."""


def _subkey(dek: bytes | bytearray, purpose: bytes) -> bytearray:
    """HKDF straight into a buffer we own, so that `wipe` can overwrite it."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=_SUBKEY, salt=None, info=purpose)
    buffer = bytearray(_SUBKEY)
    derive_into = getattr(hkdf, "derive_into", None)
    if derive_into is not None:  # cryptography 47 and later
        derive_into(dek, buffer)
    else:  # an immutable copy lingers until it is collected
        buffer[:] = hkdf.derive(bytes(dek))
    return buffer


class FieldCipher:
    """Seals and opens fields with subkeys of the data key until `wipe` (on lock)."""

    def __init__(
        self, dek: KeyLike, workspace_id: bytes, rng: Callable[[int], bytes] = os.urandom
    ) -> None:
        material = key_material(dek)
        self._field_key = _subkey(material, b"fd-field-v1")
        self._index_key = _subkey(material, b"fd-blind-index-v1")
        # AESGCM copies the key into the library's own memory, which Python cannot
        # overwrite: `wipe` can only drop the object so that the library frees it.
        self._aead: AESGCM | None = AESGCM(self._field_key)
        self._workspace_id = workspace_id
        self._rng = rng

    def wipe(self) -> None:
        """Overwrite our copies of the subkeys; every later use raises VaultLocked."""
        for buffer in (self._field_key, self._index_key):
            buffer[:] = bytes(len(buffer))
        self._aead = None

    def _cipher(self) -> AESGCM:
        if self._aead is None:
            raise VaultLocked()
        return self._aead

    def _aad(self, table: str, row_id: int, field: str, revision: int) -> bytes:
        _check_name("table", table)
        _check_name("field", field)
        for what, number in (("row id", row_id), ("revision", revision)):
            if type(number) is not int:  # a str could smuggle a separator in; bool is no id
                raise TypeError(f"{what} must be an int, not {type(number).__name__}")
        parts = (self._workspace_id.hex(), table, str(row_id), field, str(revision))
        return _SEPARATOR.join(parts).encode("utf-8")

    def encrypt(self, table: str, row_id: int, field: str, revision: int, text: str) -> bytes:
        nonce = self._rng(_NONCE)
        sealed = self._cipher().encrypt(
            nonce, text.encode("utf-8"), self._aad(table, row_id, field, revision)
        )
        return bytes([CIPHERTEXT_VERSION]) + nonce + sealed

    def decrypt(self, table: str, row_id: int, field: str, revision: int, blob: bytes) -> str:
        aead = self._cipher()
        if len(blob) < 1 + _NONCE + 16 or blob[0] != CIPHERTEXT_VERSION:
            raise FieldDecryptError(f"{table}.{field} #{row_id}: malformed ciphertext")
        try:
            plain = aead.decrypt(
                blob[1 : 1 + _NONCE], blob[1 + _NONCE :], self._aad(table, row_id, field, revision)
            )
        except InvalidTag as exc:
            raise FieldDecryptError(f"{table}.{field} #{row_id}: authentication failed") from exc
        return plain.decode("utf-8")

    def blind_index(self, scope: str, value: str) -> bytes:
        """A keyed fingerprint for equality checks (e.g. unique aliases) without plaintext."""
        if self._aead is None:
            raise VaultLocked()
        _check_name("scope", scope)  # the value may hold anything: it comes last
        canonical = unicodedata.normalize("NFKC", value).strip().casefold()
        message = f"{scope}{_SEPARATOR}{canonical}".encode()
        return hmac.new(self._index_key, message, hashlib.sha256).digest()[:16]


def _check_name(what: str, name: str) -> None:
    if not name or _SEPARATOR in name:
        raise ValueError(f"a {what} name must be non-empty and hold no separator: {name!r}")
