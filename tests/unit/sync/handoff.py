"""Changes of one laptop handed to another without a server, for the apply tests: Ana's
changes (her own, or written here as a hostile or hurried laptop could) opened as Ben's
engine opens them and applied on his laptop."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select

from facilitator_desktop.models import Member
from facilitator_desktop.models.sync import (
    SharedGroup,
    SyncApplyGuard,
    SyncSent,
)
from facilitator_desktop.services.sharing import ProblemInfo
from facilitator_desktop.services.sharing_apply import Applier
from facilitator_desktop.services.sharing_state import (
    group_ciphers,
    held_group_key,
    load_identity,
    store_group_key,
)
from facilitator_desktop.sync.protocol import Opened, WireChange, check, seal
from tests.unit.sync.laptops import Laptop, new_group

NAME = "Tuesday grief group"


class Handoff:
    """Ana's changes opened on Ben's laptop and applied there, one transaction a call."""

    def __init__(self, ana: Laptop, ben: Laptop) -> None:
        self.ana, self.ben = ana, ben
        self.previous = b""
        self.seq = 0

    def _keys(self) -> tuple[Any, str, Any]:
        cipher = self.ana.ws.keyring.cipher
        with self.ana.ws.context.sessions.begin() as s:
            found = load_identity(s, cipher)
            assert found is not None
            [shared] = s.scalars(select(SharedGroup))
            return found[0], found[1], group_ciphers(s, cipher, shared)[1]

    def captured(self) -> list[Opened]:
        """Ana's own changes not handed over yet."""
        identity, device, group_cipher = self._keys()
        self.ana.engine.capture()
        with self.ana.ws.context.sessions.begin() as s:
            rows = list(
                s.scalars(select(SyncSent).where(SyncSent.seq > self.seq).order_by(SyncSent.seq))
            )
            changes = [
                WireChange(
                    group_cipher.group_id, device, r.seq, r.clock, r.epoch, r.payload, r.signature
                )
                for r in rows
            ]
        return [self._open(change, identity) for change in changes]

    def written(self, records: list[dict[str, Any]], clock: int = 1000) -> Opened:
        """A change Ana's laptop signs with whatever records it is given."""
        identity, device, group_cipher = self._keys()
        change, _digest = seal(
            identity,
            group_cipher,
            device,
            self.seq + 1,
            clock,
            self.previous,
            {"records": records},
        )
        return self._open(change, identity)

    def _open(self, change: WireChange, identity: Any) -> Opened:
        with self.ben.ws.context.sessions.begin() as s:
            [shared] = s.scalars(select(SharedGroup))
            group_cipher = group_ciphers(s, self.ben.ws.keyring.cipher, shared)[change.epoch]
        got = check(
            change,
            expected_seq=self.seq + 1,
            previous=self.previous,
            sign_public=identity.public.sign,
            cipher=group_cipher,
        )
        self.seq, self.previous = change.seq, got.digest
        return got

    def apply(self, *changes: Opened, group_uuid: str | None = None) -> list[bool]:
        """Applied to Ben's shared group (`group_uuid`'s, when he shares more than one)."""
        cipher = self.ben.ws.keyring.cipher
        with self.ben.ws.context.sessions.begin() as s:
            s.add(SyncApplyGuard(id=1))
            s.flush()
            groups = select(SharedGroup)
            if group_uuid is not None:
                groups = groups.where(SharedGroup.group_uuid == group_uuid)
            [shared] = s.scalars(groups)
            found = load_identity(s, cipher)
            assert found is not None
            applier = Applier(s, cipher, shared, self.ben.ws.context, found[0].digest_key())
            done = [applier.apply_change(change) for change in changes]
            applier.finish()
            s.execute(delete(SyncApplyGuard))
        return done


def hand_over_group_key(ana: Laptop, ben: Laptop) -> None:
    """What the key grant on the server does (tested with the engine): Ben holds the key."""
    with ana.ws.context.sessions.begin() as s:
        [shared] = s.scalars(select(SharedGroup))
        key = held_group_key(s, ana.ws.keyring.cipher, shared, 1)
    with ben.ws.context.sessions.begin() as s:
        [shared] = s.scalars(select(SharedGroup))
        store_group_key(s, ben.ws.keyring.cipher, shared, 1, key)


def ben_group(h: Handoff) -> int:
    with h.ben.ws.context.sessions.begin() as s:
        [shared] = s.scalars(select(SharedGroup))
        assert shared.group_id is not None
        return shared.group_id


def aliases(h: Handoff) -> list[str]:
    return sorted(m.alias for m in h.ben.ws.members.list(ben_group(h)))


def ana_member_key(h: Handoff, alias: str) -> tuple[int, str]:
    with h.ana.ws.context.sessions.begin() as s:
        for member in s.scalars(select(Member)):
            if h.ana.ws.members.get(member.id).alias == alias:
                assert member.uuid is not None
                return member.id, member.uuid
    raise AssertionError(alias)


def ana_group(h: Handoff) -> int:
    return h.ana.ws.groups.list()[0].id


def unusable(h: Handoff, change: Opened) -> list[ProblemInfo]:
    """The one problem a change with one refused record leaves on Ben's laptop."""
    return [
        ProblemInfo(
            h.ben.sharing.shared_groups()[0].group_uuid,
            h.ana.sharing.identity().device_id,
            change.change.seq,
            "unusable",
            h.ben.wall.now,
        )
    ]


def with_a_group_not_shared(
    h: Handoff, members: tuple[str, ...] = ("Dee", "Eve", "Fay")
) -> tuple[int, int, list[int]]:
    """Ana's shared group, and a Thursday group of hers she does not share, everything
    before it handed over: (shared group id, Thursday's id, Thursday's member ids)."""
    shared_id = h.ana.ws.groups.list()[0].id
    thursday_id, member_ids = new_group(h.ana, "Thursday group", members)
    assert h.apply(*h.captured()) == [True]
    return shared_id, thursday_id, member_ids
