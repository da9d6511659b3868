"""A change on the wire and how it is checked.

A change is one laptop's batch of record updates for one group. The server stores it as
(group id, device id, sequence, logical clock, key epoch, payload, signature); the payload
is the records sealed with the group key (AEAD), and the signature is the device's Ed25519
signature over the header and the payload. The header is never stored: each side builds it
from the row and from what it already knows, including the digest of the device's previous
change, so the server cannot reorder, replay, drop-and-renumber or alter a stream without
the signature failing:

    header = "fd-change-v1" | group | device | seq | clock | epoch | digest of previous

Checks, in this order, before anything is applied (`check`): the sequence is the next one
(a gap or a repeat is refused), the signature is the device's, the payload opens with the
group key of its epoch. A server can withhold changes; it can never forge or alter one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Literal

from facilitator_desktop.crypto.group_keys import GroupCipher, GroupKeyError
from facilitator_desktop.crypto.identity import Identity, verify

PROTOCOL = b"fd-change-v1"
_SEP = b"\x1f"

Refusal = Literal["gap", "replay", "signature", "sealed", "malformed", "removed", "epoch"]


@dataclass(frozen=True, slots=True)
class WireChange:
    """One row of the server's `changes` table."""

    group_id: str
    device_id: str
    seq: int
    clock: int
    epoch: int
    payload: bytes
    signature: bytes


class ChangeRefused(Exception):
    def __init__(self, reason: Refusal, change: WireChange) -> None:
        super().__init__(f"change {change.device_id}#{change.seq} refused: {reason}")
        self.reason: Refusal = reason
        self.change = change


def header(
    group_id: str, device_id: str, seq: int, clock: int, epoch: int, previous: bytes
) -> bytes:
    parts = (group_id.encode(), device_id.encode(), b"%d" % seq, b"%d" % clock, b"%d" % epoch)
    return _SEP.join((PROTOCOL, *parts, previous.hex().encode()))


def digest(head: bytes, payload: bytes) -> bytes:
    """What the next change of the same device names as its previous one."""
    return hashlib.sha256(head + payload).digest()


def seal(
    identity: Identity,
    cipher: GroupCipher,
    device_id: str,
    seq: int,
    clock: int,
    previous: bytes,
    body: dict[str, Any],
) -> tuple[WireChange, bytes]:
    """A signed, sealed change and its digest."""
    head = header(cipher.group_id, device_id, seq, clock, cipher.epoch, previous)
    plain = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    payload = cipher.seal_envelope(head, plain)
    signature = identity.sign(head + payload)
    change = WireChange(cipher.group_id, device_id, seq, clock, cipher.epoch, payload, signature)
    return change, digest(head, payload)


@dataclass(frozen=True, slots=True)
class Opened:
    change: WireChange
    body: dict[str, Any]
    digest: bytes


def check(
    change: WireChange,
    *,
    expected_seq: int,
    previous: bytes,
    sign_public: bytes,
    cipher: GroupCipher,
) -> Opened:
    """Everything a change must pass before it is applied; raises ChangeRefused."""
    if change.seq < expected_seq:
        raise ChangeRefused("replay", change)
    if change.seq > expected_seq:
        raise ChangeRefused("gap", change)
    if cipher.epoch != change.epoch or cipher.group_id != change.group_id:
        raise ChangeRefused("epoch", change)
    head = header(
        change.group_id, change.device_id, change.seq, change.clock, change.epoch, previous
    )
    if not verify(sign_public, head + change.payload, change.signature):
        raise ChangeRefused("signature", change)
    try:
        plain = cipher.open_envelope(head, change.payload)
    except GroupKeyError:
        raise ChangeRefused("sealed", change) from None
    try:
        body = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ChangeRefused("malformed", change) from None
    if not isinstance(body, dict) or not isinstance(body.get("records"), list):
        raise ChangeRefused("malformed", change)
    return Opened(change, body, digest(head, change.payload))


def key_grant_message(group_id: str, epoch: int, recipient: str, wrapped: bytes) -> bytes:
    """What the facilitator who wraps a group key for someone signs: a server cannot hand
    anyone a key of its own making."""
    return _SEP.join(
        (b"fd-group-key-v1", group_id.encode(), b"%d" % epoch, recipient.encode(), wrapped)
    )


def wrap_context(group_id: str, epoch: int, recipient: str) -> bytes:
    return _SEP.join((b"fd-wrap-v1", group_id.encode(), b"%d" % epoch, recipient.encode()))
