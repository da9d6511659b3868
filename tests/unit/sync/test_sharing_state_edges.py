"""The sharing tables the service and the engine both write, checked row by row: the identity
made once with its secret sealed, group keys per epoch (the newest epoch kept, a damaged key
a damaged record), laptops in a group, outbox rows with their clock ticks, and the exact
"peers" record and JSON text that travel. One laptop, no server."""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from facilitator_desktop.crypto.group_keys import GroupKey, open_group_key
from facilitator_desktop.crypto.identity import PublicKeys, open_identity
from facilitator_desktop.errors import NotFound, RecordDamaged
from facilitator_desktop.models import Group
from facilitator_desktop.models.sync import (
    SharedGroup,
    SyncGroupKey,
    SyncIdentity,
    SyncOutbox,
    SyncPeer,
)
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.sharing_state import (
    PEERS,
    add_peer,
    announced_key,
    dumps,
    ensure_identity,
    find_peer,
    group_ciphers,
    held_group_key,
    load_identity,
    peer_record,
    seed_outbox,
    store_group_key,
    tick_outbox,
)
from facilitator_desktop.sync.server import ServerSettings
from tests.unit.sync.laptops import Laptop, make_laptop

OFFLINE = ServerSettings("127.0.0.1", 9, "none", "none", "none")
START = datetime(2026, 3, 2, 18, 0)
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
KEYS = PublicKeys(b"\x01" * 32, b"\x02" * 32)


@pytest.fixture
def ana(tmp_path: Path) -> Iterator[Laptop]:
    laptop = make_laptop(tmp_path, "ana", OFFLINE, START)
    for name in ("Mine", "Other"):
        laptop.ws.groups.create(GroupDraft(name))
    yield laptop
    laptop.ws.close()


def shared_group(laptop: Laptop, s: Session, name: str, epoch: int = 0) -> SharedGroup:
    """A group of `laptop` with its sharing row, as the service makes one."""
    group = s.scalar(select(Group).where(Group.name == name))
    assert group is not None
    shared = SharedGroup(
        group_uuid=group.uuid,
        group_id=group.id,
        state="active",
        epoch=epoch,
        next_seq=1,
        chain=b"",
        joined_at=START,
        first_sync_done=True,
    )
    s.add(shared)
    s.flush()
    return shared


def clock(s: Session) -> int:
    value = s.scalar(select(SyncIdentity.clock))
    assert value is not None
    return value


def outbox(s: Session, table: str) -> list[tuple[Any, ...]]:
    return [
        (o.group_id, o.tbl, o.row_id, o.row_id2, o.row_key, o.deleted, o.decided, o.clock)
        for o in s.scalars(
            select(SyncOutbox).where(SyncOutbox.tbl == table).order_by(SyncOutbox.id)
        )
    ]


# --- the identity -----------------------------------------------------------------------------


def test_the_identity_is_made_once_with_its_secret_sealed_under_revision_0(ana: Laptop) -> None:
    cipher = ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        assert load_identity(s, cipher) is None
        row = ensure_identity(s, cipher, START)
        assert (row.id, row.rev, row.clock, row.created_at) == (1, 0, 0, START)
        assert UUID.match(row.device_id)
        secret = open_identity(cipher, "sync_identity", 1, "secret", 0, row.secret_ct)
        assert secret.public == PublicKeys(row.wrap_public, row.sign_public)
        device = row.device_id
    with ana.ws.context.sessions.begin() as s:
        again = ensure_identity(s, cipher, datetime(2030, 1, 1))
        assert (again.device_id, again.created_at) == (device, START)
        assert s.scalar(select(SyncIdentity.id).where(SyncIdentity.id != 1)) is None
        found = load_identity(s, cipher)
        assert found is not None
        identity, loaded_device = found
        assert loaded_device == device
        assert identity.public == PublicKeys(again.wrap_public, again.sign_public)


@pytest.mark.parametrize("damage", ["bytes", "revision"])
def test_a_damaged_identity_is_a_damaged_record(ana: Laptop, damage: str) -> None:
    cipher = ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        row = ensure_identity(s, cipher, START)
        if damage == "bytes":
            row.secret_ct = row.secret_ct[:-1] + bytes([row.secret_ct[-1] ^ 1])
        else:
            row.rev = 1
    with ana.ws.context.sessions.begin() as s, pytest.raises(RecordDamaged):
        load_identity(s, cipher)


# --- group keys ---------------------------------------------------------------------------------


def test_group_keys_are_kept_per_epoch_and_per_group(ana: Laptop) -> None:
    cipher = ana.ws.keyring.cipher
    first, second, other = GroupKey(b"\x11" * 32), GroupKey(b"\x22" * 32), GroupKey(b"\x33" * 32)
    with ana.ws.context.sessions.begin() as s:
        mine = shared_group(ana, s, "Mine")
        theirs = shared_group(ana, s, "Other")
        store_group_key(s, cipher, mine, 1, first)
        assert mine.epoch == 1
        store_group_key(s, cipher, mine, 2, second)
        assert mine.epoch == 2
        store_group_key(s, cipher, theirs, 1, other)
        row = s.scalar(
            select(SyncGroupKey).where(
                SyncGroupKey.shared_group_id == mine.id, SyncGroupKey.epoch == 2
            )
        )
        assert row is not None and row.rev == 0
        assert open_group_key(cipher, "sync_group_keys", row.id, "key", 0, row.key_ct) == second

        assert held_group_key(s, cipher, mine, 1) == first
        assert held_group_key(s, cipher, mine, 2) == second
        assert held_group_key(s, cipher, theirs, 1) == other
        with pytest.raises(NotFound) as missing:
            held_group_key(s, cipher, theirs, 2)
        assert missing.value.message == "That key is not held here."

        ciphers = group_ciphers(s, cipher, mine)
        assert sorted(ciphers) == [1, 2]
        assert [(c.group_id, c.epoch) for _, c in sorted(ciphers.items())] == [
            (mine.group_uuid, 1),
            (mine.group_uuid, 2),
        ]
        # each epoch's cipher is that epoch's key: it opens what that key sealed, only that
        from facilitator_desktop.crypto.group_keys import GroupCipher

        sealed = GroupCipher(mine.group_uuid, 2, second).seal_field("t", "k", "f", 0, "x")
        assert ciphers[2].open_field("t", "k", "f", 0, sealed) == "x"
        with pytest.raises(Exception, match="does not open"):
            ciphers[1].open_field("t", "k", "f", 0, sealed)
        assert list(group_ciphers(s, cipher, theirs)) == [1]


def test_an_older_or_equal_epoch_stored_later_keeps_the_newest(ana: Laptop) -> None:
    cipher = ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        shared = shared_group(ana, s, "Mine", epoch=3)
        store_group_key(s, cipher, shared, 2, GroupKey(b"\x02" * 32))
        assert shared.epoch == 3
        store_group_key(s, cipher, shared, 3, GroupKey(b"\x03" * 32))
        assert shared.epoch == 3
        store_group_key(s, cipher, shared, 4, GroupKey(b"\x04" * 32))
        assert shared.epoch == 4


@pytest.mark.parametrize("damage", ["bytes", "revision", "not-a-key"])
def test_a_damaged_group_key_is_a_damaged_record(ana: Laptop, damage: str) -> None:
    cipher = ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        shared = shared_group(ana, s, "Mine")
        store_group_key(s, cipher, shared, 1, GroupKey(b"\x05" * 32))
        row = s.scalar(select(SyncGroupKey))
        assert row is not None
        if damage == "bytes":
            row.key_ct = row.key_ct[:-1] + bytes([row.key_ct[-1] ^ 1])
        elif damage == "revision":
            row.rev = 1
        else:
            row.key_ct = cipher.encrypt("sync_group_keys", row.id, "key", 0, "00ff")
        s.flush()
        with pytest.raises(RecordDamaged):
            held_group_key(s, cipher, shared, 1)
        with pytest.raises(RecordDamaged):
            group_ciphers(s, cipher, shared)


# --- laptops in a group -------------------------------------------------------------------------


def test_a_peer_is_added_and_found_by_group_and_device(ana: Laptop) -> None:
    with ana.ws.context.sessions.begin() as s:
        mine = shared_group(ana, s, "Mine")
        theirs = shared_group(ana, s, "Other")
        peer = add_peer(s, mine, "device-a", KEYS, "trusted", START)
        assert peer.id is not None
        stored = s.get(SyncPeer, peer.id)
        assert stored is not None
        assert (
            stored.shared_group_id,
            stored.device_id,
            stored.wrap_public,
            stored.sign_public,
            stored.state,
            stored.added_at,
            stored.removed_at,
        ) == (mine.id, "device-a", KEYS.wrap, KEYS.sign, "trusted", START, None)
        add_peer(s, theirs, "device-b", KEYS, "introduced", START)
        assert find_peer(s, mine, "device-a") is peer
        assert find_peer(s, mine, "device-b") is None  # in the other group only
        assert find_peer(s, theirs, "device-a") is None
        found = find_peer(s, theirs, "device-b")
        assert found is not None and found.state == "introduced"


def test_a_peers_record_is_its_keys_its_removal_and_how_far_it_counts() -> None:
    peer = SyncPeer(wrap_public=b"\xfb" * 32, sign_public=b"\x00" * 32, state="trusted")
    assert PEERS == "peers"
    assert peer_record(peer, 7) == {
        "wrap": base64.b64encode(b"\xfb" * 32).decode(),
        "sign": "A" * 43 + "=",
        "removed": False,
        "upto": 7,
        "epoch": None,
        "check": None,
    }
    assert peer_record(peer, 7)["wrap"].startswith("+/v7")  # standard base64, padded
    for state, removed in (("removed", True), ("self", False), ("introduced", False)):
        peer.state = state
        assert peer_record(peer, 0)["removed"] is removed


def test_a_removal_record_names_the_epoch_it_began_and_its_key_check() -> None:
    peer = SyncPeer(wrap_public=b"w" * 32, sign_public=b"s" * 32, state="removed")
    peer.removed_epoch, peer.removed_key_check = 3, b"\xfb\xff" * 16
    fields = peer_record(peer, 4)
    assert (fields["epoch"], fields["check"]) == (3, "+//7//v/" * 5 + "+/8=")
    assert announced_key(fields) == (3, b"\xfb\xff" * 16)


@pytest.mark.parametrize(
    "fields",
    [{}, {"epoch": 3}, {"check": "AAAA"}, {"epoch": None, "check": None}],
)
def test_a_peers_record_without_both_announces_no_key(fields: dict[str, object]) -> None:
    assert announced_key(fields) == (None, None)


@pytest.mark.parametrize(
    "fields",
    [
        {"epoch": "three", "check": "AAAA"},
        {"epoch": 3, "check": "not base64!"},
        {"epoch": 3, "check": "AAAA!"},
    ],
)
def test_a_malformed_announcement_is_refused(fields: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        announced_key(fields)


def test_dumps_is_compact_sorted_and_keeps_every_script() -> None:
    assert dumps({"b": 1, "a": [1, 2], "c": {"z": None, "y": "Zoë 李"}}) == (
        '{"a":[1,2],"b":1,"c":{"y":"Zoë 李","z":null}}'
    )


# --- the outbox ---------------------------------------------------------------------------------


def test_a_tick_takes_the_next_clock_and_names_the_row(ana: Laptop) -> None:
    with ana.ws.context.sessions.begin() as s:
        ensure_identity(s, ana.ws.keyring.cipher, START)
        s.execute(update(SyncIdentity).values(clock=41))
        shared = shared_group(ana, s, "Mine")
        tick_outbox(s, shared, PEERS, "device-a")
        assert clock(s) == 42
        tick_outbox(s, shared, "attendance", None, 5, 6)
        assert clock(s) == 43
        assert outbox(s, PEERS) == [
            (shared.group_id, "peers", None, None, "device-a", False, False, 42)
        ]
        assert outbox(s, "attendance") == [
            (shared.group_id, "attendance", 5, 6, None, False, False, 43)
        ]


def test_a_group_not_yet_arrived_takes_no_tick(ana: Laptop) -> None:
    with ana.ws.context.sessions.begin() as s:
        ensure_identity(s, ana.ws.keyring.cipher, START)
        pending = SharedGroup(
            group_uuid="a1b2c3d4-e5f6-4789-8abc-def012345678",
            group_id=None,
            state="pending",
            epoch=0,
            next_seq=1,
            chain=b"",
            joined_at=START,
            first_sync_done=False,
        )
        s.add(pending)
        s.flush()
        tick_outbox(s, pending, PEERS, "device-a")
        assert clock(s) == 0
        assert outbox(s, PEERS) == []


def test_seeding_gives_each_row_its_own_tick_in_order(ana: Laptop) -> None:
    with ana.ws.context.sessions.begin() as s:
        ensure_identity(s, ana.ws.keyring.cipher, START)
        s.execute(update(SyncIdentity).values(clock=10))
        shared = shared_group(ana, s, "Mine")
        assert shared.group_id is not None
        seed_outbox(s, shared.group_id, [])
        assert clock(s) == 10
        seed_outbox(
            s,
            shared.group_id,
            [("seeded_a", (1, None)), ("seeded_b", (2, 3)), ("seeded_a", (4, None))],
        )
        assert clock(s) == 13
        seeded = outbox(s, "seeded_a") + outbox(s, "seeded_b")
        assert sorted(seeded, key=lambda r: r[-1]) == [
            (shared.group_id, "seeded_a", 1, None, None, False, False, 11),
            (shared.group_id, "seeded_b", 2, 3, None, False, False, 12),
            (shared.group_id, "seeded_a", 4, None, None, False, False, 13),
        ]


def test_an_identity_generated_here_is_a_fresh_one_each_time(tmp_path: Path) -> None:
    first = make_laptop(tmp_path, "one", OFFLINE, START)
    second = make_laptop(tmp_path, "two", OFFLINE, START)
    try:
        cards = []
        for laptop in (first, second):
            with laptop.ws.context.sessions.begin() as s:
                row = ensure_identity(s, laptop.ws.keyring.cipher, START)
                cards.append((row.device_id, row.wrap_public, row.sign_public))
        assert cards[0][0] != cards[1][0]
        assert cards[0][1] != cards[1][1] and cards[0][2] != cards[1][2]
    finally:
        first.ws.close()
        second.ws.close()


def test_without_an_identity_the_clock_reads_as_zero(ana: Laptop) -> None:
    """Every caller makes the identity first; without one there is no clock to tick, and
    the rows are still written, at clock 0 onwards, not lost."""
    with ana.ws.context.sessions.begin() as s:
        shared = shared_group(ana, s, "Mine")
        assert shared.group_id is not None
        tick_outbox(s, shared, PEERS, "device-a")
        seed_outbox(s, shared.group_id, [("seeded", (1, None)), ("seeded", (2, None))])
        assert outbox(s, PEERS) == [
            (shared.group_id, "peers", None, None, "device-a", False, False, 0)
        ]
        assert [row[-1] for row in outbox(s, "seeded")] == [-1, 0]


def test_the_identity_is_always_row_1_whatever_else_the_table_holds(ana: Laptop) -> None:
    cipher = ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:  # a stray row that is not the identity
        s.add(
            SyncIdentity(
                id=2,
                device_id="stray",
                wrap_public=b"",
                sign_public=b"",
                rev=0,
                secret_ct=b"",
                clock=0,
                created_at=START,
            )
        )
    with ana.ws.context.sessions.begin() as s:
        row = ensure_identity(s, cipher, START)
        assert row.id == 1 and row.device_id != "stray"
    with ana.ws.context.sessions.begin() as s:
        assert ensure_identity(s, cipher, START).id == 1
        assert sorted(s.scalars(select(SyncIdentity.id))) == [1, 2]
