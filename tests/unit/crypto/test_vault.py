"""Vault slots: the data key wrapped under a passphrase or a recovery key."""

from __future__ import annotations

import os
import unicodedata

import pytest

from facilitator_desktop.crypto import vault
from facilitator_desktop.crypto.kdf import FLOOR, KdfParams, KdfParamsRejected, calibrate
from facilitator_desktop.crypto.keys import DataKey

WORKSPACE_ID = bytes(range(16))
DEK = DataKey(os.urandom(32))


def test_round_trip() -> None:
    blob = vault.seal_with_passphrase(WORKSPACE_ID, DEK, "pass phrase", FLOOR)
    header, dek = vault.open_with_passphrase(blob, "pass phrase")
    assert dek == DEK
    assert header.workspace_id == WORKSPACE_ID
    assert header.kdf == FLOOR
    assert len(blob) == vault.SLOT_LENGTH


def test_wrong_passphrase_is_told_apart_from_damage() -> None:
    blob = vault.seal_with_passphrase(WORKSPACE_ID, DEK, "right", FLOOR)
    with pytest.raises(vault.SlotWrongKey):
        vault.open_with_passphrase(blob, "wrong")


@pytest.mark.parametrize(
    "passphrase",
    ["Å", "crème brûlée", "日本語のパスフレーズ", "🔐🌧️ rainy day", "x" * 10_000],
)
def test_nfc_and_nfd_forms_open_the_same_slot(passphrase: str) -> None:
    blob = vault.seal_with_passphrase(
        WORKSPACE_ID, DEK, unicodedata.normalize("NFC", passphrase), FLOOR
    )
    _, dek = vault.open_with_passphrase(blob, unicodedata.normalize("NFD", passphrase))
    assert dek == DEK


def test_every_flipped_byte_is_reported_as_damage() -> None:
    blob = vault.seal_with_passphrase(WORKSPACE_ID, DEK, "right", FLOOR)
    for index in range(len(blob)):
        damaged = bytearray(blob)
        damaged[index] ^= 0x01
        with pytest.raises(vault.SlotCorrupt):
            vault.open_with_passphrase(bytes(damaged), "right")


def test_truncated_or_extended_slot_is_damage() -> None:
    blob = vault.seal_with_passphrase(WORKSPACE_ID, DEK, "right", FLOOR)
    for bad in (blob[:-1], blob + b"\0", b"", b"\0" * len(blob)):
        with pytest.raises(vault.SlotCorrupt):
            vault.open_with_passphrase(bad, "right")


def _reseal_header(blob: bytes, header: vault.SlotHeader) -> bytes:
    """What a deliberate attacker would do: change the header and fix the checksum."""
    import hashlib

    content = header.pack() + blob[len(header.pack()) : -32]
    return content + hashlib.sha256(content).digest()


def test_hostile_kdf_parameters_are_refused_before_deriving() -> None:
    blob = vault.seal_with_passphrase(WORKSPACE_ID, DEK, "right", FLOOR)
    header, _, _ = vault.parse_slot(blob)
    for params in (
        KdfParams(memory_kib=64 * 1024 * 1024, iterations=3, lanes=4),  # 64 GiB: would hang
        KdfParams(memory_kib=1024, iterations=1, lanes=1),  # far below the floor
        KdfParams(memory_kib=FLOOR.memory_kib, iterations=10_000, lanes=1),
    ):
        tampered = vault.SlotHeader(header.kind, header.workspace_id, params, header.salt)
        with pytest.raises(vault.SlotCorrupt, match="parameters"):
            vault.open_with_passphrase(_reseal_header(blob, tampered), "right")


def test_header_is_authenticated_by_the_wrap() -> None:
    """Plausible but changed parameters pass the floor yet never unwrap the key."""
    blob = vault.seal_with_passphrase(WORKSPACE_ID, DEK, "right", FLOOR)
    header, _, _ = vault.parse_slot(blob)
    params = KdfParams(FLOOR.memory_kib + 1024, FLOOR.iterations, FLOOR.lanes)
    tampered = vault.SlotHeader(header.kind, bytes(16), params, header.salt)
    with pytest.raises(vault.SlotWrongKey):
        vault.open_with_passphrase(_reseal_header(blob, tampered), "right")


def test_recovery_key_round_trip_and_typo_tolerance() -> None:
    key = vault.new_recovery_key()
    assert len(key.replace("-", "")) == 32
    blob = vault.seal_with_recovery_key(WORKSPACE_ID, DEK, key)
    _, dek = vault.open_with_recovery_key(blob, key.lower().replace("-", " "))
    assert dek == DEK
    with pytest.raises(vault.SlotWrongKey):
        vault.open_with_recovery_key(blob, vault.new_recovery_key())
    with pytest.raises(vault.SlotWrongKey):
        vault.open_with_recovery_key(blob, "not a key")


def test_slot_kinds_are_not_interchangeable() -> None:
    key = vault.new_recovery_key()
    recovery = vault.seal_with_recovery_key(WORKSPACE_ID, DEK, key)
    with pytest.raises(vault.SlotCorrupt):
        vault.open_with_passphrase(recovery, key)


def test_kdf_params_floor_and_cap() -> None:
    FLOOR.validate()
    with pytest.raises(KdfParamsRejected):
        KdfParams(FLOOR.memory_kib - 1, 3, 1).validate()


def test_calibration_grows_memory_until_about_the_target() -> None:
    # A fake measurement: 0.1 s per 64 MiB. Doubling to 256 MiB reaches 0.4 s ≥ 0.5/2.
    chosen = calibrate(0.5, measure=lambda p: 0.1 * p.memory_kib / (64 * 1024))
    assert chosen.memory_kib == 256 * 1024
    assert chosen.iterations == 3 and chosen.lanes == 4
    fast_machine = calibrate(0.5, measure=lambda p: 0.3)
    assert fast_machine.memory_kib == 64 * 1024
