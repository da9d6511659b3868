"""What an identity's public values are, computed by hand from the formulas `identity`
describes. Another laptop, perhaps on another version, computes the same safety number and
compares the same keyed fingerprints, so a change to any of them breaks sharing even where
every test on one laptop still agrees with itself."""

from __future__ import annotations

import hashlib
import hmac

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from facilitator_desktop.crypto.identity import (
    DigestKey,
    Identity,
    IdentityError,
    PublicKeys,
    fingerprint,
    keyed_digest,
    safety_number,
)

ANN = Identity.from_secret(bytes(range(64)))
BEN = Identity.from_secret(bytes(range(64, 128)))


def test_the_safety_number_is_twelve_digits_of_sha256_over_both_key_sets_in_order() -> None:
    first, second = sorted((ANN.public.packed(), BEN.public.packed()))
    digest = hashlib.sha256(b"fd-safety-number-v1" + first + second).digest()
    digits = f"{int.from_bytes(digest[:8], 'big') % 10**12:012d}"
    expected = f"{digits[:4]} {digits[4:8]} {digits[8:]}"
    assert safety_number(ANN.public, BEN.public) == expected
    assert safety_number(BEN.public, ANN.public) == expected


def test_the_safety_number_is_the_one_every_version_shows() -> None:
    assert safety_number(ANN.public, BEN.public) == "2882 6940 3368"


def test_keyed_digests_are_hmac_sha256_under_a_key_derived_from_the_identity() -> None:
    info = b"fd-sync-digest-v1"
    key = HKDF(hashes.SHA256(), 32, salt=None, info=info).derive(ANN.secret_bytes())
    message = "members\x1falias\x1fZoë".encode()
    expected = hmac.new(key, message, hashlib.sha256).hexdigest()[:32]
    assert keyed_digest(ANN.digest_key(), "members", "alias", "Zoë") == expected
    assert len(expected) == 32


def test_a_key_sets_fingerprint_is_sixteen_hex_digits_of_sha256() -> None:
    packed = ANN.public.wrap + ANN.public.sign
    expected = hashlib.sha256(b"fd-key-id-v1" + packed).hexdigest()[:16]
    assert fingerprint(ANN.public) == expected


def _refusal(make: type[object], *args: bytes) -> str:
    with pytest.raises(IdentityError) as refused:
        make(*args)
    return str(refused.value)


def test_key_material_of_the_wrong_length_is_refused_in_words() -> None:
    whole = bytes(32)
    assert _refusal(PublicKeys, whole, bytes(31)) == "a public key must be 32 bytes"
    assert _refusal(PublicKeys, bytes(33), whole) == "a public key must be 32 bytes"
    assert _refusal(DigestKey, bytes(31)) == "a digest key must be 32 bytes"
    with pytest.raises(IdentityError) as refused:
        Identity.from_secret(bytes(63))
    assert str(refused.value) == "an identity secret must be 64 bytes"
