"""A facilitator's identity for sharing groups: two key pairs made by `cryptography`.

- X25519 (wrapping): a co-facilitator wraps a group key for this public key.
- Ed25519 (signing): every change this laptop uploads is signed with it.

The private halves leave this module only sealed: `seal_identity` seals them under the
workspace data key for the services to store and `open_identity` brings the identity back,
so the services never see the secret (tests/unit/test_key_rules.py keeps them from it).

Two facilitators compare a short "safety number" computed from both public key sets before
trusting each other: anyone who swapped a key on the way (an invitation mailed through a
stranger, a lying server) changes the number.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import NoReturn

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from facilitator_desktop.crypto.field_cipher import FieldCipher, FieldDecryptError

KEY_LENGTH = 32
SECRET_LENGTH = 2 * KEY_LENGTH
SAFETY_DIGITS = 12
_SAFETY_LABEL = b"fd-safety-number-v1"
_DIGEST_LABEL = b"fd-sync-digest-v1"


class IdentityError(ValueError):
    """Key material that is not what it claims to be (wrong length, not a key)."""


@dataclass(frozen=True, slots=True)
class PublicKeys:
    """What others may know of a facilitator: both public keys, 32 raw bytes each."""

    wrap: bytes
    sign: bytes

    def __post_init__(self) -> None:
        if len(self.wrap) != KEY_LENGTH or len(self.sign) != KEY_LENGTH:
            raise IdentityError("a public key must be 32 bytes")

    def packed(self) -> bytes:
        return self.wrap + self.sign


def _raw_public(key: X25519PublicKey | Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _raw_private(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


class Identity:
    """Both private keys of one workspace, in memory while it is unlocked."""

    def __init__(self, wrap: X25519PrivateKey, sign: Ed25519PrivateKey) -> None:
        self._wrap = wrap
        self._sign = sign
        self.public = PublicKeys(_raw_public(wrap.public_key()), _raw_public(sign.public_key()))

    @classmethod
    def generate(cls) -> Identity:
        return cls(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())

    @classmethod
    def from_secret(cls, secret: bytes) -> Identity:
        if len(secret) != SECRET_LENGTH:
            raise IdentityError("an identity secret must be 64 bytes")
        return cls(
            X25519PrivateKey.from_private_bytes(secret[:KEY_LENGTH]),
            Ed25519PrivateKey.from_private_bytes(secret[KEY_LENGTH:]),
        )

    def secret_bytes(self) -> bytes:
        """Both private keys, for crypto/ and its tests: the services get them only sealed
        (`seal_identity`)."""
        return _raw_private(self._wrap) + _raw_private(self._sign)

    def __reduce__(self) -> NoReturn:
        raise TypeError("an identity is never pickled")

    def sign(self, message: bytes) -> bytes:
        return self._sign.sign(message)

    def digest_key(self) -> DigestKey:
        """A key of this identity's own for keyed fingerprints of shared values (what sync
        compares to see which field changed): stable across changes of the data key."""
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_DIGEST_LABEL)
        return DigestKey(hkdf.derive(self.secret_bytes()))

    def agree(self, peer_wrap_public: bytes) -> bytes:
        """X25519 shared secret with another wrapping key (used by group_keys)."""
        return self._wrap.exchange(X25519PublicKey.from_public_bytes(peer_wrap_public))


def seal_identity(
    cipher: FieldCipher, table: str, row_id: int, field: str, revision: int, identity: Identity
) -> bytes:
    """Both private keys sealed under the data key for one stored column, bound to its row
    like any sealed field. The sealed text is the 64-byte secret as hex: the column format
    revision 0008 made, which a rotation of the data key re-seals like any other field."""
    return cipher.encrypt(table, row_id, field, revision, identity.secret_bytes().hex())


def open_identity(
    cipher: FieldCipher, table: str, row_id: int, field: str, revision: int, blob: bytes
) -> Identity:
    """The identity `seal_identity` sealed there. FieldDecryptError when the value is
    damaged, moved, or opens to something that is not an identity's secret."""
    text = cipher.decrypt(table, row_id, field, revision, blob)
    try:
        return Identity.from_secret(bytes.fromhex(text))
    except ValueError as exc:  # IdentityError is one, and so is a bad hex digit
        raise FieldDecryptError(f"{table}.{field} #{row_id}: not an identity") from exc


class DigestKey:
    """The key of `keyed_digest`, opaque outside crypto/ (a repr that shows nothing)."""

    __slots__ = ("_material",)

    def __init__(self, material: bytes) -> None:
        if len(material) != KEY_LENGTH:
            raise IdentityError("a digest key must be 32 bytes")
        self._material = material

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DigestKey):
            return NotImplemented
        return hmac.compare_digest(self._material, other._material)

    def __repr__(self) -> str:
        return "<DigestKey>"

    def __reduce__(self) -> NoReturn:
        raise TypeError("a digest key is never pickled")


def verify(sign_public: bytes, message: bytes, signature: bytes) -> bool:
    """Whether `signature` is `sign_public`'s over `message` (never raises on bad input)."""
    try:
        Ed25519PublicKey.from_public_bytes(sign_public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def safety_number(a: PublicKeys, b: PublicKeys) -> str:
    """Twelve digits both facilitators see alike, whoever computes it: SHA-256 over both
    public key sets in a canonical (sorted) order, read as a number. Shown in three groups
    of four ("0412 7730 9921") to be read aloud or compared side by side."""
    first, second = sorted((a.packed(), b.packed()))
    digest = hashlib.sha256(_SAFETY_LABEL + first + second).digest()
    number = int.from_bytes(digest[:8], "big") % 10**SAFETY_DIGITS
    text = f"{number:0{SAFETY_DIGITS}d}"
    return " ".join(text[i : i + 4] for i in range(0, SAFETY_DIGITS, 4))


def keyed_digest(key: DigestKey, *parts: str) -> str:
    """A short keyed fingerprint of a value (HMAC-SHA256, 16 bytes as hex): equal values
    give equal digests, and without the key a guessed name cannot be checked against it."""
    message = "\x1f".join(parts).encode("utf-8")
    return hmac.new(key._material, message, hashlib.sha256).hexdigest()[:32]


def fingerprint(keys: PublicKeys) -> str:
    """A short id of one key set for lists and logs (not a secret, not for trust)."""
    return hashlib.sha256(b"fd-key-id-v1" + keys.packed()).hexdigest()[:16]
