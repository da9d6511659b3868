"""Key grants made by hand, as someone with write access to the server could store them."""

from __future__ import annotations

from facilitator_desktop.crypto.identity import Identity
from facilitator_desktop.services.sharing_state import load_identity
from facilitator_desktop.sync.protocol import key_grant_message
from facilitator_desktop.sync.server import KeyGrant
from tests.unit.sync.laptops import Laptop


def identity_of(laptop: Laptop) -> Identity:
    with laptop.ws.context.sessions.begin() as s:
        found = load_identity(s, laptop.ws.keyring.cipher)
        assert found is not None
        return found[0]


def forged_grant(ana: Laptop, ben: Laptop, *, by: str, signed: bool) -> KeyGrant:
    """Epoch 1 of ana's first shared group "for" ben, wrapping nothing that opens: signed
    with ana's own key (a co-facilitator gone wrong) or with no valid signature at all."""
    group_uuid = ana.sharing.shared_groups()[0].group_uuid
    ben_device = ben.sharing.identity().device_id
    wrapped = b"not a wrapped key" * 4
    message = key_grant_message(group_uuid, 1, ben_device, wrapped)
    signature = identity_of(ana).sign(message) if signed else bytes(64)
    return KeyGrant(group_uuid, 1, ben_device, wrapped, by, signature)
