"""Holds the unlocked data key for the life of an unlock; forgets it on lock."""

from __future__ import annotations

from collections.abc import Callable

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.errors import VaultLocked


class KeyRing:
    def __init__(self, workspace_id: bytes) -> None:
        self.workspace_id = workspace_id
        self._dek: bytearray | None = None
        self._cipher: FieldCipher | None = None
        self._caches: list[Callable[[], None]] = []

    def register_cache(self, clear: Callable[[], None]) -> None:
        """`clear` drops decrypted data a service keeps; called on every lock."""
        self._caches.append(clear)

    @property
    def unlocked(self) -> bool:
        return self._cipher is not None

    def unlock(self, dek: bytes) -> None:
        self._dek = bytearray(dek)
        self._cipher = FieldCipher(bytes(self._dek), self.workspace_id)

    def lock(self) -> None:
        for clear in self._caches:
            clear()
        # Python cannot promise the bytes are gone, but we drop every reference we hold and
        # overwrite the one buffer we own.
        if self._dek is not None:
            self._dek[:] = bytes(len(self._dek))
        self._dek = None
        self._cipher = None

    @property
    def cipher(self) -> FieldCipher:
        if self._cipher is None:
            raise VaultLocked()
        return self._cipher

    def data_key(self) -> bytes:
        if self._dek is None:
            raise VaultLocked()
        return bytes(self._dek)
