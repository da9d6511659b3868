"""Vault slots: the workspace data key (DEK) wrapped under a passphrase or a recovery key.

A slot is one self-describing byte string:

    header  = MAGIC | version u16 | slot kind u8 | workspace id (16) | kdf params (3 × u32)
              | salt (16)
    body    = nonce (12) | AES-256-GCM(KEK, DEK, aad=header) (32 + 16 tag)
    trailer = SHA-256(header | body)

The trailer is not a secret; it tells a damaged slot (`SlotCorrupt`) apart from a wrong
passphrase (`SlotWrongKey`): with an intact trailer, a GCM failure can only be a wrong key.
The header is the AAD, so changed KDF parameters or workspace id never unwrap.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from facilitator_desktop.crypto.kdf import (
    KEY_LENGTH,
    SALT_LENGTH,
    KdfParams,
    KdfParamsRejected,
    derive_key,
)
from facilitator_desktop.crypto.keys import DataKey, KeyLike, key_material

MAGIC = b"FDVAULT\0"
FORMAT_VERSION = 1
WORKSPACE_ID_LENGTH = 16
NONCE_LENGTH = 12
_HEADER = struct.Struct(f">{len(MAGIC)}sHB{WORKSPACE_ID_LENGTH}sIII{SALT_LENGTH}s")
_WRAPPED_LENGTH = KEY_LENGTH + 16
_DIGEST_LENGTH = 32
SLOT_LENGTH = _HEADER.size + NONCE_LENGTH + _WRAPPED_LENGTH + _DIGEST_LENGTH
RECOVERY_KEY_BYTES = 20  # 160 bits, shown as 32 base32 characters in groups of four

Random = Callable[[int], bytes]


def new_workspace_id(rng: Random = os.urandom) -> bytes:
    """A fresh random id: not a secret, but it binds every slot and field to its workspace."""
    return rng(WORKSPACE_ID_LENGTH)


class SlotKind(IntEnum):
    PASSPHRASE = 1
    RECOVERY = 2


class SlotCorrupt(Exception):
    """The slot bytes are damaged or were written by something else."""


class SlotWrongKey(Exception):
    """The slot is intact but the passphrase or recovery key does not open it."""


@dataclass(frozen=True, slots=True)
class SlotHeader:
    kind: SlotKind
    workspace_id: bytes
    kdf: KdfParams
    salt: bytes

    def pack(self) -> bytes:
        return _HEADER.pack(
            MAGIC,
            FORMAT_VERSION,
            int(self.kind),
            self.workspace_id,
            self.kdf.memory_kib,
            self.kdf.iterations,
            self.kdf.lanes,
            self.salt,
        )


def parse_slot(blob: bytes) -> tuple[SlotHeader, bytes, bytes]:
    """Check the slot's integrity and return (header, nonce, wrapped key)."""
    if len(blob) != SLOT_LENGTH:
        raise SlotCorrupt("vault slot has the wrong length")
    content, digest = blob[:-_DIGEST_LENGTH], blob[-_DIGEST_LENGTH:]
    if not hmac.compare_digest(hashlib.sha256(content).digest(), digest):
        raise SlotCorrupt("vault slot checksum mismatch")
    magic, version, kind, workspace_id, memory, iterations, lanes, salt = _HEADER.unpack(
        content[: _HEADER.size]
    )
    if magic != MAGIC or version != FORMAT_VERSION:
        raise SlotCorrupt("unknown vault format")
    try:
        slot_kind = SlotKind(kind)
    except ValueError as exc:
        raise SlotCorrupt("unknown slot kind") from exc
    kdf = KdfParams(memory, iterations, lanes)
    if slot_kind is SlotKind.PASSPHRASE:
        try:
            kdf.validate()
        except KdfParamsRejected as exc:
            raise SlotCorrupt(f"key derivation parameters rejected: {exc}") from exc
    header = SlotHeader(slot_kind, workspace_id, kdf, salt)
    body = content[_HEADER.size :]
    return header, body[:NONCE_LENGTH], body[NONCE_LENGTH:]


def _seal(header: SlotHeader, kek: bytes, dek: KeyLike, rng: Random) -> bytes:
    header_bytes = header.pack()
    nonce = rng(NONCE_LENGTH)
    wrapped = AESGCM(kek).encrypt(nonce, bytes(key_material(dek)), header_bytes)
    content = header_bytes + nonce + wrapped
    return content + hashlib.sha256(content).digest()


def _unseal(blob: bytes, kek_for: Callable[[SlotHeader], bytes], kind: SlotKind) -> DataKey:
    header, nonce, wrapped = parse_slot(blob)
    if header.kind is not kind:
        raise SlotCorrupt("slot is of another kind")
    try:
        return DataKey(AESGCM(kek_for(header)).decrypt(nonce, wrapped, header.pack()))
    except InvalidTag as exc:
        raise SlotWrongKey() from exc


def seal_with_passphrase(
    workspace_id: bytes, dek: KeyLike, passphrase: str, kdf: KdfParams, rng: Random = os.urandom
) -> bytes:
    header = SlotHeader(SlotKind.PASSPHRASE, workspace_id, kdf, rng(SALT_LENGTH))
    return _seal(header, derive_key(passphrase, header.salt, kdf), dek, rng)


def open_with_passphrase(blob: bytes, passphrase: str) -> tuple[SlotHeader, DataKey]:
    header, _, _ = parse_slot(blob)
    dek = _unseal(blob, lambda h: derive_key(passphrase, h.salt, h.kdf), SlotKind.PASSPHRASE)
    return header, dek


# --- recovery key: high entropy, so a fast KDF (HKDF) is enough --------------------------


def new_recovery_key(rng: Random = os.urandom) -> str:
    raw = base64.b32encode(rng(RECOVERY_KEY_BYTES)).decode("ascii")
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def _recovery_kek(recovery_key: str, salt: bytes) -> bytes:
    cleaned = "".join(ch for ch in recovery_key.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        raw = base64.b32decode(cleaned)
    except ValueError as exc:  # binascii.Error is a ValueError
        raise SlotWrongKey() from exc
    if len(raw) != RECOVERY_KEY_BYTES:
        raise SlotWrongKey()
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_LENGTH, salt=salt, info=b"fd-recovery")
    return hkdf.derive(raw)


def seal_with_recovery_key(
    workspace_id: bytes, dek: KeyLike, recovery_key: str, rng: Random = os.urandom
) -> bytes:
    header = SlotHeader(SlotKind.RECOVERY, workspace_id, KdfParams(0, 0, 0), rng(SALT_LENGTH))
    return _seal(header, _recovery_kek(recovery_key, header.salt), dek, rng)


def open_with_recovery_key(blob: bytes, recovery_key: str) -> tuple[SlotHeader, DataKey]:
    header, _, _ = parse_slot(blob)
    dek = _unseal(blob, lambda h: _recovery_kek(recovery_key, h.salt), SlotKind.RECOVERY)
    return header, dek
