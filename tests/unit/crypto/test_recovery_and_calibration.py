"""The printed recovery key forgives the look-alikes people type (0 for O, 1 for I, 8 for
B, any case, any spacing) and its wrapping is the documented one; calibration doubles the
memory by projection, stops at half the target time and never passes 256 MiB."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from itertools import count

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from facilitator_desktop.crypto.kdf import (
    DEFAULT,
    FLOOR,
    MAX_CALIBRATED_MEMORY_KIB,
    KdfParams,
    calibrate,
)
from facilitator_desktop.crypto.keys import DataKey
from facilitator_desktop.crypto.vault import (
    SlotCorrupt,
    SlotWrongKey,
    new_recovery_key,
    open_with_passphrase,
    open_with_recovery_key,
    parse_slot,
    seal_with_passphrase,
    seal_with_recovery_key,
)

WORKSPACE = bytes(range(16))
DEK = bytes(range(32, 64))
# 20 bytes whose base32 holds O, I and B: the letters people type as 0, 1 and 8.
RAW = base64.b32decode("OIBOIBOIBOIBOIBOIBOIBOIBOIBOIBOI")
KEY = new_recovery_key(rng=lambda n: RAW[:n])


def test_the_key_is_printed_in_groups_of_four() -> None:
    assert KEY == "OIBO-IBOI-BOIB-OIBO-IBOI-BOIB-OIBO-IBOI"


@pytest.mark.parametrize(
    "typed",
    [
        KEY,
        KEY.lower(),
        KEY.replace("O", "0"),
        KEY.replace("I", "1"),
        KEY.replace("B", "8"),
        KEY.replace("O", "0").replace("I", "1").replace("B", "8").lower().replace("-", " "),
    ],
    ids=["as printed", "lower case", "0 for O", "1 for I", "8 for B", "all at once"],
)
def test_look_alikes_open_the_same_slot(typed: str) -> None:
    slot = seal_with_recovery_key(WORKSPACE, DEK, KEY)
    assert open_with_recovery_key(slot, typed)[1] == DataKey(DEK)


def test_another_key_or_a_short_one_is_wrong_not_damaged() -> None:
    slot = seal_with_recovery_key(WORKSPACE, DEK, KEY)
    for typed in (new_recovery_key(), KEY[:-5], KEY + "-AAAA", "not base32 !"):
        with pytest.raises(SlotWrongKey):
            open_with_recovery_key(slot, typed)


def test_a_recovery_slot_is_no_passphrase_slot_nor_the_other_way() -> None:
    recovery = seal_with_recovery_key(WORKSPACE, DEK, KEY)
    with pytest.raises(SlotCorrupt) as other_kind:
        open_with_passphrase(recovery, KEY)
    assert str(other_kind.value) == "slot is of another kind"
    passphrase = seal_with_passphrase(WORKSPACE, DEK, "a long passphrase", FLOOR)
    with pytest.raises(SlotCorrupt) as other_kind:
        open_with_recovery_key(passphrase, KEY)
    assert str(other_kind.value) == "slot is of another kind"


def test_the_wrapping_is_the_documented_one() -> None:
    """HKDF-SHA256 of the key's 20 bytes with the slot's salt and "fd-recovery", then
    AES-256-GCM with the header as AAD."""
    slot = seal_with_recovery_key(WORKSPACE, DEK, KEY)
    header, nonce, wrapped = parse_slot(slot)
    assert header.kdf == KdfParams(0, 0, 0)  # no Argon2 for a key of 160 random bits
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=header.salt, info=b"fd-recovery")
    assert AESGCM(hkdf.derive(RAW)).decrypt(nonce, wrapped, header.pack()) == DEK


def doubling(at_default: float) -> Callable[[KdfParams], float]:
    """A machine on which a derivation takes `at_default` seconds at the default memory
    and twice as long per doubling."""
    return lambda p: at_default * p.memory_kib / DEFAULT.memory_kib


def with_memory(kib: int) -> KdfParams:
    return KdfParams(kib, DEFAULT.iterations, DEFAULT.lanes)


@pytest.mark.parametrize(
    ("at_default", "chosen_kib"),
    [
        (0.3, DEFAULT.memory_kib),  # already over half of 0.5 s
        (0.25, DEFAULT.memory_kib),  # exactly half: good enough
        (0.2, 2 * DEFAULT.memory_kib),  # 0.2 → 0.4 s at 128 MiB
        (0.001, MAX_CALIBRATED_MEMORY_KIB),  # a fast machine stops at the cap
    ],
)
def test_calibration_with_the_default_target(at_default: float, chosen_kib: int) -> None:
    # Only the first derivation is measured; the doublings are projected from it.
    measured: list[KdfParams] = []

    def measure(params: KdfParams) -> float:
        measured.append(params)
        return doubling(at_default)(params)

    assert calibrate(measure=measure) == with_memory(chosen_kib)
    assert measured == [DEFAULT]


def test_calibration_times_a_real_derivation_with_the_clock_given() -> None:
    ticks = count(1000.0, 0.1)  # each reading 0.1 s after the one before
    chosen = calibrate(0.5, clock=lambda: next(ticks))
    # 0.1 s at 64 MiB: 0.2 s at 128, 0.4 s at 256, the cap.
    assert chosen == with_memory(MAX_CALIBRATED_MEMORY_KIB)


def resealed(content: bytes) -> bytes:
    """Slot bytes with a trailer that matches them again (damage that passes the checksum)."""
    return content + hashlib.sha256(content).digest()


def test_each_kind_of_damage_is_named() -> None:
    slot = seal_with_passphrase(WORKSPACE, DEK, "a long passphrase", FLOOR)
    content = slot[:-32]
    header = parse_slot(slot)[0].pack()
    memory_at = 8 + 2 + 1 + 16  # magic, version, kind, workspace id
    cases = {
        "vault slot has the wrong length": slot[:-1],
        "vault slot checksum mismatch": slot[:-1] + bytes([slot[-1] ^ 1]),
        "unknown vault format": resealed(b"FDVAULT1" + content[8:]),
        "unknown slot kind": resealed(content[:10] + b"\x09" + content[11:]),
        "key derivation parameters rejected: memory 1 KiB out of range": resealed(
            content[:memory_at] + (1).to_bytes(4, "big") + content[memory_at + 4 :]
        ),
    }
    assert content.startswith(header)
    for message, damaged in cases.items():
        with pytest.raises(SlotCorrupt) as named:
            parse_slot(damaged)
        assert str(named.value) == message
