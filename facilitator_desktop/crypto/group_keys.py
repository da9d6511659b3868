"""A shared group's own key: made at random, wrapped for each co-facilitator, and used to
seal everything that leaves the laptop for that group.

Wrapping is HPKE-like (RFC 9180's base mode in spirit, built from the same parts): a fresh
ephemeral X25519 key pair per wrap, the shared secret with the recipient's public key run
through HKDF-SHA256 (bound to both public keys and the caller's context), and AES-256-GCM
over the group key. Only the holder of the recipient's private key can unwrap it; the
context (group, epoch, recipient) is the AAD, so a wrap cannot be moved to another group,
epoch or person.

Sealing with a group key has two layers:
- each shared field alone, AAD = (group, table, row key, field, revision), so a value cannot
  be moved to another row or field, nor an older one put back under a newer revision;
- each change as a whole (the envelope), AAD = the change's signed header, so the server
  sees sizes, never tables, rows or how many of them.

A group key travels outside crypto/ as an opaque `GroupKey` (as the data key does as a
`DataKey`): services store it only as `seal_group_key` sealed it under the data key and get
it back from `open_group_key`; they never see its bytes.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Callable
from typing import NoReturn

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from facilitator_desktop.crypto.field_cipher import FieldCipher, FieldDecryptError
from facilitator_desktop.crypto.identity import KEY_LENGTH, Identity

GROUP_KEY_LENGTH = 32
WRAP_VERSION = 1
SEAL_VERSION = 1
_NONCE = 12
_TAG = 16
_SEP = b"\x1f"
_WRAP_INFO = b"fd-group-key-wrap-v1"
_FIELD_INFO = b"fd-group-field-v1"
_ENVELOPE_INFO = b"fd-group-envelope-v1"
_CHECK_INFO = b"fd-group-key-check-v1"

Random = Callable[[int], bytes]


class GroupKeyError(Exception):
    """A wrapped key or a sealed value that does not open: damaged, forged or misplaced."""


class GroupKey:
    """One epoch of a group's key: 32 secret bytes in a buffer this object owns and `wipe`
    overwrites. No public way to the bytes, no pickling, a repr that shows nothing."""

    __slots__ = ("_material",)

    def __init__(self, material: bytes | bytearray) -> None:
        if len(material) != GROUP_KEY_LENGTH:
            raise GroupKeyError(f"a group key is {GROUP_KEY_LENGTH} bytes, not {len(material)}")
        self._material = bytearray(material)

    def wipe(self) -> None:
        self._material[:] = bytes(len(self._material))
        self._material = bytearray()

    @property
    def wiped(self) -> bool:
        return not self._material

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GroupKey):
            return NotImplemented
        return hmac.compare_digest(self._material, other._material)

    def __repr__(self) -> str:
        return "<GroupKey wiped>" if self.wiped else "<GroupKey>"

    def __reduce__(self) -> NoReturn:
        raise TypeError("a group key is never pickled")


# Raw bytes are accepted as they are, so crypto/'s own tests can use fixed keys.
GroupKeyLike = GroupKey | bytes | bytearray


def _material(key: GroupKeyLike) -> bytes:
    if isinstance(key, GroupKey):
        if key.wiped:
            raise GroupKeyError("this group key was wiped")
        return bytes(key._material)
    if len(key) != GROUP_KEY_LENGTH:
        raise GroupKeyError("a group key must be 32 bytes")
    return bytes(key)


def new_group_key(rng: Random = os.urandom) -> GroupKey:
    return GroupKey(rng(GROUP_KEY_LENGTH))


def seal_group_key(
    cipher: FieldCipher, table: str, row_id: int, field: str, revision: int, key: GroupKeyLike
) -> bytes:
    """`key` sealed under the data key for one stored column, bound to its row like any
    sealed field. The sealed text is the key as hex: the column format revision 0008 made,
    which a rotation of the data key re-seals as it does any other field."""
    return cipher.encrypt(table, row_id, field, revision, _material(key).hex())


def open_group_key(
    cipher: FieldCipher, table: str, row_id: int, field: str, revision: int, blob: bytes
) -> GroupKey:
    """The key `seal_group_key` sealed there. FieldDecryptError when the value is damaged,
    moved, or opens to something that is not a group key."""
    text = cipher.decrypt(table, row_id, field, revision, blob)
    try:
        return GroupKey(bytes.fromhex(text))
    except (ValueError, GroupKeyError) as exc:
        raise FieldDecryptError(f"{table}.{field} #{row_id}: not a group key") from exc


def _wrap_key(shared: bytes, ephemeral: bytes, recipient: bytes, context: bytes) -> bytes:
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral + recipient,
        info=_WRAP_INFO + _SEP + context,
    )
    return hkdf.derive(shared)


def wrap_group_key(
    recipient_wrap_public: bytes, group_key: GroupKeyLike, context: bytes, rng: Random = os.urandom
) -> bytes:
    """The group key sealed for one recipient: version | ephemeral public (32) | nonce |
    AES-GCM(key). `context` names the group, epoch and recipient."""
    material = _material(group_key)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    try:
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_wrap_public))
    except ValueError as exc:
        raise GroupKeyError("not a usable public key") from exc
    key = _wrap_key(shared, ephemeral_public, recipient_wrap_public, context)
    nonce = rng(_NONCE)
    sealed = AESGCM(key).encrypt(nonce, material, context)
    return bytes([WRAP_VERSION]) + ephemeral_public + nonce + sealed


def unwrap_group_key(identity: Identity, blob: bytes, context: bytes) -> GroupKey:
    if len(blob) != 1 + KEY_LENGTH + _NONCE + GROUP_KEY_LENGTH + _TAG or blob[0] != WRAP_VERSION:
        raise GroupKeyError("malformed wrapped group key")
    ephemeral_public = blob[1 : 1 + KEY_LENGTH]
    nonce = blob[1 + KEY_LENGTH : 1 + KEY_LENGTH + _NONCE]
    try:
        shared = identity.agree(ephemeral_public)
    except ValueError as exc:
        raise GroupKeyError("malformed wrapped group key") from exc
    key = _wrap_key(shared, ephemeral_public, identity.public.wrap, context)
    try:
        return GroupKey(AESGCM(key).decrypt(nonce, blob[1 + KEY_LENGTH + _NONCE :], context))
    except InvalidTag as exc:
        raise GroupKeyError("the wrapped group key does not open with this identity") from exc


def key_check(key: GroupKeyLike, group_id: str, epoch: int) -> bytes:
    """A public check of one epoch's key (HMAC-SHA256 under the key, over the group and
    epoch): it tells that key from any other and reveals nothing of it. The laptop that
    makes an epoch announces it, so the others take only that key for the epoch, whoever
    else stores one on the server."""
    message = _SEP.join((_CHECK_INFO, _part(group_id), b"%d" % epoch))
    return hmac.new(_material(key), message, "sha256").digest()


def key_passes_check(key: GroupKeyLike, group_id: str, epoch: int, check: bytes) -> bool:
    return hmac.compare_digest(key_check(key, group_id, epoch), check)


def _subkey(group_key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(group_key)


def _part(value: str) -> bytes:
    data = value.encode("utf-8")
    if _SEP in data or not data:
        raise ValueError(f"an AAD part must be non-empty and hold no separator: {value!r}")
    return data


class GroupCipher:
    """Seals and opens with one epoch of one group's key."""

    def __init__(
        self, group_id: str, epoch: int, group_key: GroupKeyLike, rng: Random = os.urandom
    ) -> None:
        material = _material(group_key)
        self.group_id = group_id
        self.epoch = epoch
        self._fields = AESGCM(_subkey(material, _FIELD_INFO))
        self._envelopes = AESGCM(_subkey(material, _ENVELOPE_INFO))
        self._rng = rng

    def _field_aad(self, table: str, key: str, field: str, revision: int) -> bytes:
        if type(revision) is not int:
            raise TypeError("revision must be an int")
        parts = (self.group_id, table, key, field, str(revision))
        return _SEP.join(_part(p) for p in parts)

    def seal_field(self, table: str, key: str, field: str, revision: int, text: str) -> bytes:
        nonce = self._rng(_NONCE)
        aad = self._field_aad(table, key, field, revision)
        return bytes([SEAL_VERSION]) + nonce + self._fields.encrypt(nonce, text.encode(), aad)

    def open_field(self, table: str, key: str, field: str, revision: int, blob: bytes) -> str:
        if len(blob) < 1 + _NONCE + _TAG or blob[0] != SEAL_VERSION:
            raise GroupKeyError(f"{table}.{field}: malformed sealed value")
        aad = self._field_aad(table, key, field, revision)
        try:
            plain = self._fields.decrypt(blob[1 : 1 + _NONCE], blob[1 + _NONCE :], aad)
        except InvalidTag as exc:
            raise GroupKeyError(f"{table}.{field}: the sealed value does not open") from exc
        return plain.decode("utf-8")

    def seal_envelope(self, header: bytes, payload: bytes) -> bytes:
        nonce = self._rng(_NONCE)
        return bytes([SEAL_VERSION]) + nonce + self._envelopes.encrypt(nonce, payload, header)

    def open_envelope(self, header: bytes, blob: bytes) -> bytes:
        if len(blob) < 1 + _NONCE + _TAG or blob[0] != SEAL_VERSION:
            raise GroupKeyError("malformed change")
        try:
            return self._envelopes.decrypt(blob[1 : 1 + _NONCE], blob[1 + _NONCE :], header)
        except InvalidTag as exc:
            raise GroupKeyError("the change does not open with the group key") from exc
