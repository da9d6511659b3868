"""Holds the unlocked data key for the life of an unlock; forgets it on lock."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from facilitator_desktop.crypto import keys, retired_keys
from facilitator_desktop.crypto.field_cipher import FieldCipher, _subkey
from facilitator_desktop.crypto.keys import DataKey, KeyLike
from facilitator_desktop.errors import KeyChanging, RecordDamaged, VaultLocked

# Text kept in memory across a lock (see `seal_for_later`): its own subkey of the data key,
# so a sealed-for-later blob can never pass for a stored field, nor a field for one.
_LATER_PURPOSE = b"fd-held-in-memory-v1"
_LATER_VERSION = 1
_NONCE = 12


class KeyRing:
    def __init__(self, workspace_id: bytes) -> None:
        self.workspace_id = workspace_id
        self._dek: bytearray | None = None
        self._cipher: FieldCipher | None = None
        self._caches: list[Callable[[], None]] = []
        self._changing_thread: int | None = None
        self._lock_after_change = False

    def register_cache(self, clear: Callable[[], None]) -> None:
        """`clear` drops decrypted data a service keeps; called on every lock."""
        self._caches.append(clear)

    @property
    def unlocked(self) -> bool:
        return self._cipher is not None

    def unlock(self, dek: KeyLike) -> None:
        """Hold a copy of `dek` (the caller may wipe its own)."""
        self._forget_keys()  # a re-unlock (new passphrase, new data key) replaces the old
        self._dek = bytearray(keys.key_material(dek))
        # The cipher derives its subkeys from our buffer directly: no immutable copy here.
        self._cipher = FieldCipher(self._dek, self.workspace_id)

    def lock(self) -> None:
        for clear in self._caches:
            clear()
        changing = self._changing_thread
        if changing is not None and changing != threading.get_ident():
            # A data-key change is half-way on another thread: it still needs the keys to
            # finish (or its own unlock would undo this lock). They go the moment it ends;
            # until then nothing else may use them.
            self._lock_after_change = True
            return
        self._forget_keys()

    def _forget_keys(self) -> None:
        # Python cannot promise no copy is left elsewhere (the caller's `dek`, the AEAD
        # library's own), but every buffer we own is overwritten: the data key and both
        # subkeys; a cipher someone still holds then refuses to work.
        if self._cipher is not None:
            self._cipher.wipe()
        if self._dek is not None:
            self._dek[:] = bytes(len(self._dek))
        self._dek = None
        self._cipher = None

    @contextmanager
    def changing(self) -> Iterator[None]:
        """While the data key is replaced on this thread, any other thread asking for the
        cipher is told to retry: a value it sealed with the old key and wrote after the
        change would be unreadable."""
        self._changing_thread = threading.get_ident()
        try:
            yield
        finally:
            self._changing_thread = None
            if self._lock_after_change:
                self._lock_after_change = False
                self.lock()

    @property
    def cipher(self) -> FieldCipher:
        changing = self._changing_thread
        if changing is not None and changing != threading.get_ident():
            raise KeyChanging()
        if self._cipher is None:
            raise VaultLocked()
        return self._cipher

    def seal_for_later(self, text: str) -> bytes:
        """Seal text that could not be saved, to be held in memory while the workspace is
        locked: AES-256-GCM under a subkey of this data key, fresh nonce, the workspace id
        as AAD. Only an unlock with the same data key opens it again (`open_later`)."""
        key = self._later_key()
        try:
            nonce = os.urandom(_NONCE)
            sealed = AESGCM(key).encrypt(nonce, text.encode("utf-8"), self._later_aad())
        finally:
            key[:] = bytes(len(key))
        return bytes([_LATER_VERSION]) + nonce + sealed

    def open_later(self, blob: bytes) -> str:
        """The text `seal_for_later` sealed. RecordDamaged when the blob is damaged or was
        sealed under another data key; VaultLocked while locked."""
        if len(blob) < 1 + _NONCE + 16 or blob[0] != _LATER_VERSION:
            raise RecordDamaged()
        key = self._later_key()
        try:
            plain = AESGCM(key).decrypt(blob[1 : 1 + _NONCE], blob[1 + _NONCE :], self._later_aad())
        except InvalidTag as exc:
            raise RecordDamaged() from exc
        finally:
            key[:] = bytes(len(key))
        return plain.decode("utf-8")

    def _later_key(self) -> bytearray:
        _ = self.cipher  # refused when the field cipher is: locked, or the key changing
        if self._dek is None:
            raise VaultLocked()
        return _subkey(self._dek, _LATER_PURPOSE)

    def _later_aad(self) -> bytes:
        return b"held-in-memory\x1f" + self.workspace_id.hex().encode("ascii")

    def data_key(self) -> DataKey:
        """A copy of the data key, opaque (for a new vault slot of the same key)."""
        if self._dek is None:
            raise VaultLocked()
        return DataKey(self._dek)

    def key_id(self) -> bytes:
        """The data key's one-way fingerprint (`keys.key_id`)."""
        if self._dek is None:
            raise VaultLocked()
        return keys.key_id(self._dek)

    def recall_retired(self, sealed: str) -> DataKey:
        """A retired key `retired_keys.seal_retired` sealed under the data key held now.
        RetiredKeyUnreadable when it is damaged or sealed under another key."""
        _ = self.cipher  # refused when locked or while the key is changing
        if self._dek is None:
            raise VaultLocked()
        return retired_keys.recall_retired(sealed, self._dek, self.workspace_id)
