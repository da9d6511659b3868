"""Passphrase → key-encryption key with Argon2id (RFC 9106).

Parameters are calibrated on the machine at workspace creation and stored in the vault
header. Before deriving, stored parameters are checked against a floor and a cap, so a
tampered header can neither hang the app (huge memory/time) nor weaken the key.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_LENGTH = 32
SALT_LENGTH = 16


class KdfParamsRejected(ValueError):
    """Stored parameters lie outside the floor/cap: the header cannot be trusted."""


@dataclass(frozen=True, slots=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int

    def validate(self) -> None:
        if not FLOOR.memory_kib <= self.memory_kib <= CAP.memory_kib:
            raise KdfParamsRejected(f"memory {self.memory_kib} KiB out of range")
        if not FLOOR.iterations <= self.iterations <= CAP.iterations:
            raise KdfParamsRejected(f"iterations {self.iterations} out of range")
        if not FLOOR.lanes <= self.lanes <= CAP.lanes:
            raise KdfParamsRejected(f"lanes {self.lanes} out of range")
        if self.memory_kib < 8 * self.lanes:
            raise KdfParamsRejected("memory too small for lanes")


# Floor: OWASP's minimum Argon2id configuration (19 MiB, t=2, p=1).
FLOOR = KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1)
# Cap: beyond this a laptop would stall for many seconds or swap.
CAP = KdfParams(memory_kib=1024 * 1024, iterations=10, lanes=16)
# Starting point of calibration (ARCHITECTURE.md: 64–256 MiB, t=3, p=4).
DEFAULT = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
MAX_CALIBRATED_MEMORY_KIB = 256 * 1024


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC-normalise so a passphrase typed as NFD (macOS) or NFC opens the same vault."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    params.validate()
    if len(salt) != SALT_LENGTH:
        raise KdfParamsRejected("salt has the wrong length")
    kdf = Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalize_passphrase(passphrase))


def calibrate(
    target_seconds: float = 0.5,
    *,
    clock: Callable[[], float] = time.perf_counter,
    measure: Callable[[KdfParams], float] | None = None,
) -> KdfParams:
    """Grow memory from the default (doubling, up to 256 MiB) until one derivation takes
    about `target_seconds`; the result is never below the default."""

    def timed(params: KdfParams) -> float:
        start = clock()
        derive_key("calibration", b"\0" * SALT_LENGTH, params)
        return clock() - start

    probe = measure or timed
    params = DEFAULT
    elapsed = probe(params)
    while elapsed < target_seconds / 2 and params.memory_kib * 2 <= MAX_CALIBRATED_MEMORY_KIB:
        params = KdfParams(params.memory_kib * 2, params.iterations, params.lanes)
        elapsed *= 2
    return params
