"""Key grants made by hand, as someone with write access to the server could store them."""

from __future__ import annotations

from facilitator_desktop.crypto.identity import Identity
from facilitator_desktop.services.sharing_state import load_identity
from facilitator_desktop.sync.protocol import key_grant_message
from facilitator_desktop.sync.server import KeyGrant, Server, ServerSettings
from tests.unit.sync.laptops import Laptop

STRANGER = "66666666-6666-4666-8666-666666666666"  # a laptop of no group


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


def store_forged_grant(
    settings: ServerSettings, ana: Laptop, ben: Laptop, *, by: str, signed: bool
) -> None:
    """`forged_grant` put on the server directly, as anyone with write access to it could."""
    with Server.connect(settings) as server:
        server.ensure_schema()
        server.grant_keys([forged_grant(ana, ben, by=by, signed=signed)])
