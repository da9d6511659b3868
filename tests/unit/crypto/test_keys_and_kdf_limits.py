"""The data key and its fingerprint; the KDF parameters a header may carry, up to and
including the cap, and the refusals that name what is out of range."""

from __future__ import annotations

from dataclasses import replace

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from facilitator_desktop.crypto.kdf import (
    CAP,
    FLOOR,
    SALT_LENGTH,
    KdfParamsRejected,
    derive_key,
)
from facilitator_desktop.crypto.keys import key_id, key_material, new_data_key


def test_data_keys_are_32_fresh_bytes() -> None:
    keys = {bytes(key_material(new_data_key())) for _ in range(8)}
    assert len(keys) == 8 and all(len(k) == 32 for k in keys)


def test_the_fingerprint_is_the_documented_hkdf() -> None:
    dek = bytes(range(32))
    expected = HKDF(algorithm=hashes.SHA256(), length=16, salt=None, info=b"fd-key-id-v1")
    assert key_id(dek) == expected.derive(dek)
    assert key_id(dek) == key_id(bytes(dek)) != key_id(bytes(32))


def test_the_cap_itself_is_accepted() -> None:
    for at_cap in (
        replace(FLOOR, memory_kib=CAP.memory_kib),
        replace(FLOOR, iterations=CAP.iterations),
        replace(FLOOR, lanes=CAP.lanes),
    ):
        at_cap.validate()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (replace(FLOOR, memory_kib=CAP.memory_kib + 1), f"memory {CAP.memory_kib + 1} KiB"),
        (replace(FLOOR, iterations=CAP.iterations + 1), f"iterations {CAP.iterations + 1}"),
        (replace(FLOOR, iterations=FLOOR.iterations - 1), f"iterations {FLOOR.iterations - 1}"),
        (replace(FLOOR, lanes=CAP.lanes + 1), f"lanes {CAP.lanes + 1}"),
        (replace(FLOOR, lanes=0), "lanes 0"),
    ],
)
def test_out_of_range_is_named(params: object, message: str) -> None:
    with pytest.raises(KdfParamsRejected) as rejected:
        params.validate()  # type: ignore[attr-defined]
    assert str(rejected.value) == f"{message} out of range"


def test_a_salt_of_the_wrong_length_is_refused() -> None:
    for salt in (b"", bytes(SALT_LENGTH - 1), bytes(SALT_LENGTH + 1)):
        with pytest.raises(KdfParamsRejected) as rejected:
            derive_key("passphrase", salt, FLOOR)
        assert str(rejected.value) == "salt has the wrong length"
