"""A replaced data key, kept sealed until the job that re-keys the backups is done.

After a rotation the backups are still sealed with the old key; the job that brings them in
line (see services/maintenance) runs at once or, after a crash, at the next unlock, so the
old key must outlive the process in the job's payload. It is kept there wrapped under the
current data key: AES-256-GCM under a subkey of its own, fresh nonce, the workspace id as
AAD. Only the current key brings it back; nothing outside crypto/ sees its bytes.
"""

from __future__ import annotations

import base64
import binascii
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from facilitator_desktop.crypto.field_cipher import _subkey
from facilitator_desktop.crypto.keys import DATA_KEY_LENGTH, DataKey, KeyLike, key_material

_PURPOSE = b"fd-retired-key-v1"
_PREFIX = "sealed-v1:"
_NONCE = 12


class RetiredKeyUnreadable(Exception):
    """The sealed retired key is damaged, or was sealed under another data key."""


def seal_retired(retired: DataKey, current: KeyLike, workspace_id: bytes) -> str:
    """`retired` wrapped under `current`, as text fit for a JSON payload."""
    key = _subkey(key_material(current), _PURPOSE)
    try:
        nonce = os.urandom(_NONCE)
        sealed = AESGCM(key).encrypt(nonce, bytes(key_material(retired)), _aad(workspace_id))
    finally:
        key[:] = bytes(len(key))
    return _PREFIX + base64.b64encode(nonce + sealed).decode("ascii")


def recall_retired(text: str, current: KeyLike, workspace_id: bytes) -> DataKey:
    """The key `seal_retired` sealed. Also reads the plain hex an earlier version wrote into
    the (itself sealed) job payload, so a job left by a crash before the upgrade finishes."""
    if not text.startswith(_PREFIX):
        return _legacy(text)
    try:
        blob = base64.b64decode(text[len(_PREFIX) :], validate=True)
    except binascii.Error as exc:
        raise RetiredKeyUnreadable() from exc
    key = _subkey(key_material(current), _PURPOSE)
    try:
        plain = AESGCM(key).decrypt(blob[:_NONCE], blob[_NONCE:], _aad(workspace_id))
    except (InvalidTag, ValueError) as exc:
        raise RetiredKeyUnreadable() from exc
    finally:
        key[:] = bytes(len(key))
    return _as_key(plain)


def _legacy(text: str) -> DataKey:
    try:
        return _as_key(bytes.fromhex(text))
    except ValueError as exc:
        raise RetiredKeyUnreadable() from exc


def _as_key(material: bytes) -> DataKey:
    if len(material) != DATA_KEY_LENGTH:
        raise RetiredKeyUnreadable()
    return DataKey(material)


def _aad(workspace_id: bytes) -> bytes:
    return b"retired-key\x1f" + workspace_id.hex().encode("ascii")
