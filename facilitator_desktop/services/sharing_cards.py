"""What two facilitators hand each other: a laptop's card (its id and public keys, nothing
secret) and an invitation to a shared group (the group's id and the inviter's card), each one
line of text to send or paste, parsed strictly, and the check of the safety number typed in.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

from facilitator_desktop.crypto.identity import (
    IdentityError,
    PublicKeys,
    fingerprint,
)
from facilitator_desktop.errors import ValidationError

CARD_PREFIX = "fd-card-1"
INVITE_PREFIX = "fd-invite-1"
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass(frozen=True, slots=True)
class IdentityCard:
    """A facilitator's laptop as others may know it: its id and both public keys."""

    device_id: str
    public: PublicKeys

    @property
    def text(self) -> str:
        """One line to send or paste: nothing secret in it."""
        wrap = base64.urlsafe_b64encode(self.public.wrap).decode().rstrip("=")
        sign = base64.urlsafe_b64encode(self.public.sign).decode().rstrip("=")
        return f"{CARD_PREFIX}:{self.device_id}:{wrap}:{sign}"

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)


@dataclass(frozen=True, slots=True)
class Invitation:
    group_uuid: str
    inviter: IdentityCard

    @property
    def text(self) -> str:
        return f"{INVITE_PREFIX}:{self.group_uuid}:{self.inviter.text}"


def _b64(text: str) -> bytes:
    # Strict: a character outside the URL-safe alphabet is damage, not something to skip.
    return base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True)


def parse_card(text: str) -> IdentityCard:
    parts = text.strip().split(":")
    if len(parts) != 4 or parts[0] != CARD_PREFIX or not _UUID.match(parts[1]):
        raise ValidationError("card", "That is not a co-facilitator's card. Paste it whole.")
    try:
        keys = PublicKeys(_b64(parts[2]), _b64(parts[3]))
    except (binascii.Error, ValueError, IdentityError):
        raise ValidationError("card", "That card is damaged. Ask for it again.") from None
    return IdentityCard(parts[1], keys)


def parse_invitation(text: str) -> Invitation:
    head, _, card = text.strip().partition(":")
    group, _, card = card.partition(":")
    if head != INVITE_PREFIX or not _UUID.match(group):
        raise ValidationError(
            "invitation", "That is not an invitation to a shared group. Paste it whole."
        )
    return Invitation(group, parse_card(card))


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def check_compared(expected: str, compared: str) -> None:
    if not _digits(compared) or _digits(compared) != _digits(expected):
        raise ValidationError(
            "safety_number",
            "The safety numbers differ: do not share. Someone may have changed the card on "
            "its way; ask for it again in person.",
        )
