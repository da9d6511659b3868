"""Sharing a group with a co-facilitator: the API the Settings → Sharing page is built on.

The flow, as two facilitators meet it (Ana shares her group with Ben):

1. Ben reads out or sends his card: `identity().card` (public keys only, safe to mail).
2. Ana pastes it: `safety_number(card)` shows twelve digits; Ben's laptop shows the same
   digits for Ana's card (`safety_number(invitation.inviter_card)`). They compare them
   aloud or side by side; a swapped key gives other digits.
3. Ana confirms with the digits she compared: `share_group(group_id, card, digits)` makes
   the group's key, wraps it for Ben at the next sync and returns the invitation text.
4. Ben accepts it with the same digits: `accept_invitation(text, digits)`. At the next sync
   his laptop receives the wrapped key and the group's history.

`remove_co_facilitator` takes a laptop out: a new group key (epoch) for everything written
afterwards, wrapped only for those who stay; the removal itself goes out under the old key
with a check of the new one, so no other key is taken for that epoch. `set_server` keeps
the agency's PostgreSQL connection (the password sealed; TLS required for every host but
this machine).
`conflicts`, `resolve_conflict` and `problems` are what the page lists; the status line
comes from sharing_runner.SyncRunner.

Every method is one transaction and returns frozen dataclasses. Keys never leave crypto/
except sealed by the data key (identity, group keys) or wrapped for a co-facilitator.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from facilitator_desktop.crypto.group_keys import key_check, new_group_key
from facilitator_desktop.crypto.identity import (
    PublicKeys,
    fingerprint,
    safety_number,
)
from facilitator_desktop.errors import FacilitatorError, NotFound, RecordDamaged, ValidationError
from facilitator_desktop.models import Group, Note
from facilitator_desktop.models.sync import (
    SharedGroup,
    SyncConflict,
    SyncIdentity,
    SyncOutbox,
    SyncPeer,
    SyncProblem,
    SyncServer,
)
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.sealed import open_sealed, seal
from facilitator_desktop.services.sharing_cards import (
    CARD_PREFIX,
    INVITE_PREFIX,
    IdentityCard,
    Invitation,
    check_compared,
    parse_card,
    parse_invitation,
)
from facilitator_desktop.services.sharing_state import (
    PEERS,
    add_peer,
    changes_waiting,
    ensure_identity,
    find_peer,
    seed_outbox,
    store_group_key,
    tick_outbox,
)
from facilitator_desktop.services.sharing_tables import seed_ids
from facilitator_desktop.sync.server import ServerSettings, is_loopback

__all__ = [
    "CARD_PREFIX",
    "INVITE_PREFIX",
    "PEERS",
    "CoFacilitator",
    "ConflictInfo",
    "IdentityCard",
    "Invitation",
    "ProblemInfo",
    "ServerInfo",
    "SharedGroupInfo",
    "SharingError",
    "SharingService",
    "parse_card",
    "parse_invitation",
]


class SharingError(FacilitatorError):
    default_message = "Sharing could not do that."


# --- what the page shows ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CoFacilitator:
    device_id: str
    fingerprint: str
    state: str  # self | trusted | introduced | removed
    safety_number: str


@dataclass(frozen=True, slots=True)
class SharedGroupInfo:
    group_uuid: str
    group_id: int | None  # None until an accepted invitation's first changes arrive
    state: str  # active | pending | left | removed (a co-facilitator removed this laptop)
    epoch: int
    co_facilitators: tuple[CoFacilitator, ...]
    synced_at: datetime | None
    first_sync_done: bool


@dataclass(frozen=True, slots=True)
class ServerInfo:
    host: str
    port: int
    dbname: str
    role: str
    has_password: bool
    tls_required: bool


@dataclass(frozen=True, slots=True)
class ConflictInfo:
    id: int
    group_uuid: str
    table: str
    row_key: str
    field: str
    other_value: str  # the value that lost (the kept one is in the record itself)
    kept_device: str
    other_device: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ProblemInfo:
    group_uuid: str | None
    device_id: str
    seq: int
    reason: str  # gap | replay | signature | sealed | malformed | removed | epoch | ...
    at: datetime


# --- the service ------------------------------------------------------------------------------


class SharingService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # identity

    def identity(self) -> IdentityCard:
        """This laptop's card; the identity is made (and sealed) the first time."""
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            row = ensure_identity(s, cipher, self._ctx.now())
            return IdentityCard(row.device_id, PublicKeys(row.wrap_public, row.sign_public))

    def safety_number(self, card_text: str) -> str:
        """The twelve digits both facilitators compare before trusting `card_text`."""
        theirs = parse_card(card_text)
        mine = self.identity()
        if theirs.device_id == mine.device_id:
            raise ValidationError("card", "That is this laptop's own card.")
        return safety_number(mine.public, theirs.public)

    # sharing

    def share_group(self, group_id: int, card_text: str, compared: str) -> Invitation:
        """Share `group_id` with the laptop of `card_text`, once the safety numbers match.
        Sharing a group already shared adds the laptop; returns the invitation for it."""
        theirs = parse_card(card_text)
        cipher = self._ctx.keyring.cipher
        now = self._ctx.now()
        with self._ctx.sessions.begin() as s:
            me = ensure_identity(s, cipher, now)
            mine = PublicKeys(me.wrap_public, me.sign_public)
            if theirs.device_id == me.device_id:
                raise ValidationError("card", "That is this laptop's own card.")
            check_compared(safety_number(mine, theirs.public), compared)
            group = s.get(Group, group_id)
            if group is None or group.uuid is None:
                raise NotFound("That group no longer exists.")
            shared = s.scalar(select(SharedGroup).where(SharedGroup.group_id == group_id))
            if shared is None:
                shared = SharedGroup(
                    group_uuid=group.uuid,
                    group_id=group_id,
                    state="active",
                    epoch=1,
                    next_seq=1,
                    chain=b"",
                    joined_at=now,
                    first_sync_done=True,
                )
                s.add(shared)
                s.flush()
                store_group_key(s, cipher, shared, 1, new_group_key())
                add_peer(s, shared, me.device_id, mine, "self", now)
                tick_outbox(s, shared, PEERS, me.device_id)
                seed_outbox(s, group_id, list(seed_ids(s, group_id)))
            elif shared.state != "active":
                raise SharingError("This group is not shared from this laptop any more.")
            peer = find_peer(s, shared, theirs.device_id)
            if peer is not None and peer.state == "removed":
                raise SharingError(
                    "That laptop was removed from this group; it cannot be added back."
                )
            if peer is None:
                add_peer(s, shared, theirs.device_id, theirs.public, "trusted", now)
            else:
                peer.state = "trusted"
            tick_outbox(s, shared, PEERS, theirs.device_id)
            return Invitation(shared.group_uuid, IdentityCard(me.device_id, mine))

    def accept_invitation(self, text: str, compared: str) -> SharedGroupInfo:
        invitation = parse_invitation(text)
        cipher = self._ctx.keyring.cipher
        now = self._ctx.now()
        with self._ctx.sessions.begin() as s:
            me = ensure_identity(s, cipher, now)
            mine = PublicKeys(me.wrap_public, me.sign_public)
            if invitation.inviter.device_id == me.device_id:
                raise ValidationError("invitation", "That invitation comes from this laptop.")
            check_compared(safety_number(mine, invitation.inviter.public), compared)
            shared = s.scalar(
                select(SharedGroup).where(SharedGroup.group_uuid == invitation.group_uuid)
            )
            if shared is None:
                shared = SharedGroup(
                    group_uuid=invitation.group_uuid,
                    group_id=None,
                    state="pending",
                    epoch=0,
                    next_seq=1,
                    chain=b"",
                    joined_at=now,
                    first_sync_done=False,
                )
                s.add(shared)
                s.flush()
                add_peer(s, shared, me.device_id, mine, "self", now)
            peer = find_peer(s, shared, invitation.inviter.device_id)
            if peer is None:
                add_peer(
                    s,
                    shared,
                    invitation.inviter.device_id,
                    invitation.inviter.public,
                    "trusted",
                    now,
                )
            elif peer.state != "removed":
                peer.state = "trusted"
            s.flush()
            return _info(s, shared, mine)

    def remove_co_facilitator(self, group_id: int, device_id: str) -> SharedGroupInfo:
        """Take a laptop out of a shared group: its changes written after what this laptop
        has applied are refused everywhere, and a new group key (not wrapped for it) seals
        everything written from now on."""
        cipher = self._ctx.keyring.cipher
        now = self._ctx.now()
        with self._ctx.sessions.begin() as s:
            me = ensure_identity(s, cipher, now)
            shared = s.scalar(select(SharedGroup).where(SharedGroup.group_id == group_id))
            if shared is None or shared.state != "active":
                raise NotFound("That group is not shared.")
            peer = find_peer(s, shared, device_id)
            if peer is None or peer.state in ("self", "removed"):
                raise NotFound("That co-facilitator is not in this group.")
            peer.state = "removed"
            peer.removed_at = now
            shared.epoch += 1
            key = new_group_key()
            store_group_key(s, cipher, shared, shared.epoch, key)
            # Announced with the removal, which goes sealed with the key before it: the
            # others read it first, and take no other key for this epoch.
            peer.removed_epoch = shared.epoch
            peer.removed_key_check = key_check(key, shared.group_uuid, shared.epoch)
            tick_outbox(s, shared, PEERS, device_id)
            s.flush()
            return _info(s, shared, PublicKeys(me.wrap_public, me.sign_public))

    def stop_sharing(self, group_id: int) -> None:
        """This laptop leaves the group: nothing more is sent or received for it; what it
        holds stays, as a group of its own."""
        with self._ctx.sessions.begin() as s:
            shared = s.scalar(select(SharedGroup).where(SharedGroup.group_id == group_id))
            if shared is None:
                raise NotFound("That group is not shared.")
            shared.state = "left"
            s.execute(delete(SyncOutbox).where(SyncOutbox.group_id == group_id))

    def set_note_shared(self, note_id: int, shared: bool) -> None:
        """Mark a note "for co-facilitators" (it goes to the group's co-facilitators, sealed
        with the group key) or take it back (it is removed from their laptops). Only a note
        of a shared group can be shared; every other note stays on this laptop."""
        with self._ctx.sessions.begin() as s:
            note = s.get(Note, note_id)
            if note is None:
                raise NotFound("That note no longer exists.")
            if shared:
                active = s.scalar(
                    select(SharedGroup.id).where(
                        SharedGroup.group_id == note.group_id, SharedGroup.state == "active"
                    )
                )
                if note.group_id is None or active is None:
                    raise SharingError(
                        "Only a note of a shared group can be shared with co-facilitators."
                    )
            note.shared = shared

    def shared_groups(self) -> list[SharedGroupInfo]:
        with self._ctx.sessions.begin() as s:
            me = s.get(SyncIdentity, 1)
            if me is None:
                return []
            mine = PublicKeys(me.wrap_public, me.sign_public)
            rows = s.scalars(select(SharedGroup).order_by(SharedGroup.id))
            return [_info(s, g, mine) for g in rows]

    def waiting_changes(self) -> int:
        """Local changes not yet on the server (`sharing_state.changes_waiting`)."""
        with self._ctx.sessions.begin() as s:
            return changes_waiting(s)

    # the server

    def set_server(self, host: str, port: int, dbname: str, role: str, password: str) -> ServerInfo:
        """Keep the agency's server. TLS with a verified certificate is required for every
        host but this machine; the password is sealed with the data key."""
        host, dbname, role = host.strip(), dbname.strip(), role.strip()
        if not host or any(ch.isspace() for ch in host) or len(host) > 255:
            raise ValidationError("host", "Give the server's name or address.")
        if type(port) is not int or not 1 <= port <= 65535:
            raise ValidationError("port", "The port is a number from 1 to 65535 (usually 5432).")
        if not dbname or len(dbname) > 63:
            raise ValidationError("dbname", "Give the database's name (63 characters at most).")
        if not role or len(role) > 63:
            raise ValidationError("role", "Give the role (user name) to sign in with.")
        if "\x00" in host + dbname + role + password:
            raise ValidationError("host", "These settings cannot hold a null character.")
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            row = s.get(SyncServer, 1)
            if row is None:
                row = SyncServer(id=1, rev=0, updated_at=self._ctx.now())
                s.add(row)
            else:
                row.rev += 1
            row.host, row.port, row.dbname, row.role = host, port, dbname, role
            row.updated_at = self._ctx.now()
            row.password_ct = seal(cipher, "sync_server", 1, row.rev, "password", password)
            return ServerInfo(host, port, dbname, role, bool(password), not is_loopback(host))

    def server(self) -> ServerInfo | None:
        with self._ctx.sessions.begin() as s:
            row = s.get(SyncServer, 1)
            if row is None:
                return None
            return ServerInfo(
                row.host,
                row.port,
                row.dbname,
                row.role,
                row.password_ct is not None,
                not is_loopback(row.host),
            )

    def server_settings(self) -> ServerSettings | None:
        """The connection with the password opened (for the sync engine only)."""
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            row = s.get(SyncServer, 1)
            if row is None:
                return None
            password = open_sealed(cipher, "sync_server", 1, row.rev, "password", row.password_ct)
            return ServerSettings(row.host, row.port, row.dbname, row.role, password)

    # conflicts and problems

    def conflicts(self) -> list[ConflictInfo]:
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            rows = s.execute(
                select(SyncConflict, SharedGroup.group_uuid)
                .join(SharedGroup, SharedGroup.id == SyncConflict.shared_group_id)
                .where(SyncConflict.resolved_at.is_(None))
                .order_by(SyncConflict.id)
            )
            found = []
            for c, group_uuid in rows:
                try:
                    value = open_sealed(cipher, "sync_conflicts", c.id, c.rev, "value", c.value_ct)
                except RecordDamaged:
                    value = ""
                found.append(
                    ConflictInfo(
                        c.id,
                        group_uuid,
                        c.tbl,
                        c.row_key,
                        c.field,
                        value,
                        c.kept_device,
                        c.other_device,
                        c.created_at,
                    )
                )
            return found

    def resolve_conflict(self, conflict_id: int) -> None:
        """The facilitator has seen it (and edited the record if the other value was the
        right one: that edit syncs like any other)."""
        with self._ctx.sessions.begin() as s:
            row = s.get(SyncConflict, conflict_id)
            if row is None or row.resolved_at is not None:
                raise NotFound("That conflict is already resolved.")
            row.resolved_at = self._ctx.now()
            row.value_ct = None

    def problems(self, limit: int = 100) -> list[ProblemInfo]:
        with self._ctx.sessions.begin() as s:
            rows = s.execute(
                select(SyncProblem, SharedGroup.group_uuid)
                .outerjoin(SharedGroup, SharedGroup.id == SyncProblem.shared_group_id)
                .order_by(SyncProblem.id.desc())
                .limit(limit)
            )
            return [ProblemInfo(g, p.device_id, p.seq, p.reason, p.at) for p, g in rows]


# --- helpers ---------------------------------------------------------------------------------


def _info(s: Session, shared: SharedGroup, mine: PublicKeys) -> SharedGroupInfo:
    peers = list(
        s.scalars(
            select(SyncPeer).where(SyncPeer.shared_group_id == shared.id).order_by(SyncPeer.id)
        )
    )
    # This laptop's own entry turns "removed" when a co-facilitator's removal of it is read
    # here: the group says so, and the entry stays this laptop's.
    own = [p for p in peers if (p.wrap_public, p.sign_public) == (mine.wrap, mine.sign)]
    removed_here = any(p.state == "removed" for p in own)
    return SharedGroupInfo(
        shared.group_uuid,
        shared.group_id,
        "removed" if removed_here and shared.state == "left" else shared.state,
        shared.epoch,
        tuple(
            CoFacilitator(
                p.device_id,
                fingerprint(PublicKeys(p.wrap_public, p.sign_public)),
                "self" if p in own else p.state,
                safety_number(mine, PublicKeys(p.wrap_public, p.sign_public)),
            )
            for p in peers
        ),
        shared.synced_at,
        shared.first_sync_done,
    )
