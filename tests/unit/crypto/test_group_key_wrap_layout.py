"""A wrapped group key, read and written by hand from the layout `group_keys` describes:
version 1 | ephemeral X25519 public (32) | nonce (12) | AES-256-GCM(group key), with the
key from HKDF-SHA256 over the shared secret, salted with both public keys and bound to the
caller's context. A round trip through the module alone would pass with any derivation, so
these pin the derivation itself, and which refusal a bad wrap, or a bad recipient, gets."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from facilitator_desktop.crypto.group_keys import GroupKey, GroupKeyError, unwrap_group_key
from facilitator_desktop.crypto.group_keys import wrap_group_key as wrap
from facilitator_desktop.crypto.identity import Identity

WRAP_SECRET = bytes(range(1, 33))  # the recipient's X25519 private key
SIGN_SECRET = bytes(range(33, 65))
MATERIAL = bytes(range(100, 132))  # the group key being wrapped
CONTEXT = b"0b3a8a4e-1f3c-4c59-9a62-2c1c4f2d8e11|1|recipient"
NONCE = bytes(range(12))
MALFORMED = "malformed wrapped group key"


def _recipient() -> Identity:
    return Identity.from_secret(WRAP_SECRET + SIGN_SECRET)


def _refusal(blob: bytes, identity: Identity | None = None) -> str:
    with pytest.raises(GroupKeyError) as refused:
        unwrap_group_key(identity or _recipient(), blob, CONTEXT)
    return str(refused.value)


def _raw(key: X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _wrapping_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    info = b"fd-group-key-wrap-v1" + b"\x1f" + CONTEXT
    return HKDF(hashes.SHA256(), 32, salt=ephemeral + recipient, info=info).derive(shared)


def _wrapped_by_hand(version: int = 1) -> bytes:
    ephemeral = X25519PrivateKey.from_private_bytes(bytes(range(200, 232)))
    recipient = _recipient().public.wrap
    shared = ephemeral.exchange(X25519PrivateKey.from_private_bytes(WRAP_SECRET).public_key())
    key = _wrapping_key(shared, _raw(ephemeral), recipient)
    sealed = AESGCM(key).encrypt(NONCE, MATERIAL, CONTEXT)
    return bytes([version]) + _raw(ephemeral) + NONCE + sealed


def test_a_wrap_opens_by_hand_from_its_described_layout() -> None:
    recipient = _recipient()
    blob = wrap(recipient.public.wrap, GroupKey(MATERIAL), CONTEXT, rng=lambda n: NONCE[:n])
    assert len(blob) == 1 + 32 + 12 + 32 + 16 and blob[0] == 1
    ephemeral, nonce, sealed = blob[1:33], blob[33:45], blob[45:]
    assert nonce == NONCE
    private = X25519PrivateKey.from_private_bytes(WRAP_SECRET)
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    key = _wrapping_key(shared, ephemeral, recipient.public.wrap)
    assert AESGCM(key).decrypt(nonce, sealed, CONTEXT) == MATERIAL


def test_a_wrap_made_by_hand_from_the_layout_opens() -> None:
    assert unwrap_group_key(_recipient(), _wrapped_by_hand(), CONTEXT) == GroupKey(MATERIAL)


def test_a_wrap_of_another_version_is_refused_as_malformed_though_it_would_open() -> None:
    assert _refusal(_wrapped_by_hand(version=2)) == MALFORMED


def test_a_wrap_of_the_wrong_length_is_refused_as_malformed() -> None:
    blob = _wrapped_by_hand()
    for wrong in (blob[:-1], blob + b"\0", b""):
        assert _refusal(wrong) == MALFORMED


def test_an_ephemeral_key_no_secret_can_be_agreed_with_is_refused_as_malformed() -> None:
    blob = _wrapped_by_hand()
    low_order = bytes(32)  # X25519 refuses it: the shared secret would be all zeros
    assert _refusal(blob[:1] + low_order + blob[33:]) == MALFORMED


def test_a_wrap_for_someone_else_is_refused_as_not_theirs() -> None:
    refusal = _refusal(_wrapped_by_hand(), Identity.generate())
    assert refusal == "the wrapped group key does not open with this identity"


def test_a_key_cannot_be_wrapped_for_a_public_key_no_secret_can_be_agreed_with() -> None:
    for unusable in (bytes(32), b"\x09" * 31):  # low order; one byte short
        with pytest.raises(GroupKeyError) as refused:
            wrap(unusable, GroupKey(MATERIAL), CONTEXT)
        assert str(refused.value) == "not a usable public key"
