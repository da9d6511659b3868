"""The sharing service at its edges, as a hurried or hostile facilitator meets it: every
refusal word for word, the rows each step writes (states, epochs, clocks, the time it
happened), a laptop that was removed or a group that was left, and what the Settings →
Sharing page lists (server, waiting changes, conflicts, problems) exactly. Offline laptops:
nothing here needs the server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from facilitator_desktop.crypto.group_keys import GroupKey
from facilitator_desktop.crypto.identity import PublicKeys, fingerprint, safety_number
from facilitator_desktop.errors import NotFound, ValidationError
from facilitator_desktop.models import Group, Note
from facilitator_desktop.models.sync import (
    SharedGroup,
    SyncConflict,
    SyncGroupKey,
    SyncIdentity,
    SyncOutbox,
    SyncPeer,
    SyncProblem,
    SyncSent,
    SyncServer,
)
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.sealed import seal
from facilitator_desktop.services.sharing import (
    CoFacilitator,
    ConflictInfo,
    ProblemInfo,
    ServerInfo,
    SharedGroupInfo,
    SharingError,
)
from facilitator_desktop.services.sharing_cards import IdentityCard, Invitation
from facilitator_desktop.services.sharing_state import held_group_key
from facilitator_desktop.sync.server import ServerSettings
from tests.unit.sync.laptops import Laptop, make_laptop, new_group

OFFLINE = ServerSettings("127.0.0.1", 9, "none", "none", "none")
START = datetime(2026, 3, 2, 18, 0)

OWN_CARD = "That is this laptop's own card."
NOT_SHARED = "That group is not shared."
NOT_IN_GROUP = "That co-facilitator is not in this group."
REMOVED = "That laptop was removed from this group; it cannot be added back."
LEFT = "This group is not shared from this laptop any more."
ONLY_SHARED_NOTES = "Only a note of a shared group can be shared with co-facilitators."


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop, Laptop]]:
    made = tuple(make_laptop(tmp_path, name, OFFLINE, START) for name in ("ana", "ben", "cat"))
    yield made  # type: ignore[misc]
    for laptop in made:
        laptop.ws.close()


def card(laptop: Laptop) -> str:
    return laptop.sharing.identity().text


def keys(laptop: Laptop) -> PublicKeys:
    return laptop.sharing.identity().public


def device(laptop: Laptop) -> str:
    return laptop.sharing.identity().device_id


def invite(owner: Laptop, group_id: int, other: Laptop) -> Invitation:
    text = card(other)
    return owner.sharing.share_group(group_id, text, owner.sharing.safety_number(text))


def shared_row(laptop: Laptop, **where: Any) -> dict[str, Any]:
    with laptop.ws.context.sessions.begin() as s:
        row = s.scalars(select(SharedGroup).filter_by(**where)).one()
        return {
            c: getattr(row, c)
            for c in (
                "group_id",
                "state",
                "epoch",
                "next_seq",
                "chain",
                "joined_at",
                "synced_at",
                "first_sync_done",
            )
        }


def peers(laptop: Laptop) -> list[tuple[str, str, datetime, datetime | None]]:
    with laptop.ws.context.sessions.begin() as s:
        return [
            (p.device_id, p.state, p.added_at, p.removed_at)
            for p in s.scalars(select(SyncPeer).order_by(SyncPeer.id))
        ]


def set_peer_state(laptop: Laptop, device_id: str, state: str) -> None:
    with laptop.ws.context.sessions.begin() as s:
        s.execute(update(SyncPeer).where(SyncPeer.device_id == device_id).values(state=state))


def outbox(laptop: Laptop) -> list[tuple[int, str, str | None, int]]:
    with laptop.ws.context.sessions.begin() as s:
        return [
            (o.group_id, o.tbl, o.row_key, o.clock)
            for o in s.scalars(select(SyncOutbox).order_by(SyncOutbox.id))
        ]


def group_uuid_of(laptop: Laptop, group_id: int) -> str:
    with laptop.ws.context.sessions.begin() as s:
        found = s.scalar(select(Group.uuid).where(Group.id == group_id))
        assert found is not None
        return found


def co(laptop: Laptop, other: Laptop, state: str) -> CoFacilitator:
    public = keys(other)
    return CoFacilitator(
        device(other), fingerprint(public), state, safety_number(keys(laptop), public)
    )


# --- cards and sharing ------------------------------------------------------------------------


def test_ones_own_card_is_refused_in_words_everywhere(trio: tuple[Laptop, ...]) -> None:
    ana = trio[0]
    group_id, _ = new_group(ana)
    with pytest.raises(ValidationError) as compared:
        ana.sharing.safety_number(card(ana))
    assert (compared.value.field, compared.value.message) == ("card", OWN_CARD)
    with pytest.raises(ValidationError) as shared:
        ana.sharing.share_group(group_id, card(ana), "0000 0000 0000")
    assert (shared.value.field, shared.value.message) == ("card", OWN_CARD)
    assert ana.sharing.shared_groups() == []


def test_a_group_that_is_gone_cannot_be_shared(trio: tuple[Laptop, ...]) -> None:
    ana, ben, _ = trio
    text = card(ben)
    with pytest.raises(NotFound) as gone:
        ana.sharing.share_group(10_000, text, ana.sharing.safety_number(text))
    assert gone.value.message == "That group no longer exists."
    assert ana.sharing.shared_groups() == []


def test_sharing_writes_the_group_its_key_both_laptops_and_every_row_at_once(
    trio: tuple[Laptop, ...],
) -> None:
    ana, ben, _ = trio
    group_id, _ = new_group(ana, members=("Ann", "Bo"))
    group_uuid = group_uuid_of(ana, group_id)
    ana.sharing.identity()
    ana.wall.advance(60)
    invitation = invite(ana, group_id, ben)

    assert invitation == Invitation(group_uuid, IdentityCard(device(ana), keys(ana)))
    assert shared_row(ana, group_id=group_id) == {
        "group_id": group_id,
        "state": "active",
        "epoch": 1,
        "next_seq": 1,
        "chain": b"",
        "joined_at": datetime(2026, 3, 2, 18, 1),
        "synced_at": None,
        "first_sync_done": True,
    }
    with ana.ws.context.sessions.begin() as s:
        shared = s.scalars(select(SharedGroup)).one()
        assert isinstance(held_group_key(s, ana.ws.keyring.cipher, shared, 1), GroupKey)
        assert s.scalar(select(SyncGroupKey.epoch)) == 1
    at = datetime(2026, 3, 2, 18, 1)
    assert peers(ana) == [(device(ana), "self", at, None), (device(ben), "trusted", at, None)]
    # who is in the group first, then everything the group holds, then the new laptop
    assert [(tbl, key, clock) for _, tbl, key, clock in outbox(ana)] == [
        ("peers", device(ana), 1),
        ("groups", None, 2),
        ("members", None, 3),
        ("members", None, 4),
        ("peers", device(ben), 5),
    ]
    assert {g for g, *_ in outbox(ana)} == {group_id}
    with ana.ws.context.sessions.begin() as s:
        assert s.scalar(select(SyncIdentity.clock)) == 5


def test_sharing_again_adds_the_next_laptop_and_trusts_one_introduced(
    trio: tuple[Laptop, ...],
) -> None:
    ana, ben, cat = trio
    group_id, _ = new_group(ana)
    invite(ana, group_id, ben)
    before = len(outbox(ana))
    invite(ana, group_id, cat)
    assert [state for _, state, _, _ in peers(ana)] == ["self", "trusted", "trusted"]
    assert shared_row(ana, group_id=group_id)["epoch"] == 1  # no new key for a new laptop
    assert [(tbl, key) for _, tbl, key, _ in outbox(ana)[before:]] == [("peers", device(cat))]
    # a laptop a co-facilitator introduced becomes trusted once compared here
    set_peer_state(ana, device(cat), "introduced")
    again = invite(ana, group_id, cat)
    assert again.inviter == IdentityCard(device(ana), keys(ana))
    assert [state for _, state, _, _ in peers(ana)] == ["self", "trusted", "trusted"]
    assert [(tbl, key) for _, tbl, key, _ in outbox(ana)[before + 1 :]] == [("peers", device(cat))]


def test_a_removed_laptop_cannot_be_shared_with_again(trio: tuple[Laptop, ...]) -> None:
    ana, ben, _ = trio
    group_id, _ = new_group(ana)
    invite(ana, group_id, ben)
    ana.sharing.remove_co_facilitator(group_id, device(ben))
    waiting = outbox(ana)
    with pytest.raises(SharingError) as refused:
        invite(ana, group_id, ben)
    assert refused.value.message == REMOVED
    assert [state for _, state, _, _ in peers(ana)] == ["self", "removed"]
    assert outbox(ana) == waiting


def test_a_group_left_cannot_be_shared_again_from_here(trio: tuple[Laptop, ...]) -> None:
    ana, ben, cat = trio
    group_id, _ = new_group(ana)
    invite(ana, group_id, ben)
    ana.sharing.stop_sharing(group_id)
    with pytest.raises(SharingError) as refused:
        invite(ana, group_id, cat)
    assert refused.value.message == LEFT
    assert [state for _, state, _, _ in peers(ana)] == ["self", "trusted"]


# --- accepting ----------------------------------------------------------------------------------


def test_accepting_writes_a_pending_group_and_both_laptops(trio: tuple[Laptop, ...]) -> None:
    ana, ben, _ = trio
    group_id, _ = new_group(ana)
    invitation = invite(ana, group_id, ben)
    digits = ben.sharing.safety_number(invitation.inviter.text)
    ben.wall.advance(120)
    info = ben.sharing.accept_invitation(invitation.text, digits)
    at = datetime(2026, 3, 2, 18, 2)
    assert info == SharedGroupInfo(
        invitation.group_uuid,
        None,
        "pending",
        0,
        (co(ben, ben, "self"), co(ben, ana, "trusted")),
        None,
        False,
    )
    assert shared_row(ben, group_uuid=invitation.group_uuid) == {
        "group_id": None,
        "state": "pending",
        "epoch": 0,
        "next_seq": 1,
        "chain": b"",
        "joined_at": at,
        "synced_at": None,
        "first_sync_done": False,
    }
    assert peers(ben) == [(device(ben), "self", at, None), (device(ana), "trusted", at, None)]
    assert outbox(ben) == []  # nothing to send before the group arrives
    # accepting twice changes nothing
    ben.wall.advance(60)
    assert ben.sharing.accept_invitation(invitation.text, digits) == info
    assert peers(ben) == [(device(ben), "self", at, None), (device(ana), "trusted", at, None)]
    assert ben.sharing.shared_groups() == [info]


def test_accepting_again_trusts_an_introduced_inviter_but_never_a_removed_one(
    trio: tuple[Laptop, ...],
) -> None:
    ana, ben, _ = trio
    group_id, _ = new_group(ana)
    invitation = invite(ana, group_id, ben)
    digits = ben.sharing.safety_number(invitation.inviter.text)
    ben.sharing.accept_invitation(invitation.text, digits)
    set_peer_state(ben, device(ana), "introduced")
    info = ben.sharing.accept_invitation(invitation.text, digits)
    assert [c.state for c in info.co_facilitators] == ["self", "trusted"]
    set_peer_state(ben, device(ana), "removed")
    info = ben.sharing.accept_invitation(invitation.text, digits)
    assert [c.state for c in info.co_facilitators] == ["self", "removed"]


def test_ones_own_invitation_is_refused_in_words(trio: tuple[Laptop, ...]) -> None:
    ana, ben, _ = trio
    group_id, _ = new_group(ana)
    invitation = invite(ana, group_id, ben)
    with pytest.raises(ValidationError) as refused:
        ana.sharing.accept_invitation(invitation.text, "0000 0000 0000")
    assert (refused.value.field, refused.value.message) == (
        "invitation",
        "That invitation comes from this laptop.",
    )


# --- removing and leaving -----------------------------------------------------------------------


def test_removing_records_when_rotates_the_key_and_tells_the_others(
    trio: tuple[Laptop, ...],
) -> None:
    ana, ben, cat = trio
    group_id, _ = new_group(ana)
    invite(ana, group_id, ben)
    invite(ana, group_id, cat)
    group_uuid = group_uuid_of(ana, group_id)
    before = len(outbox(ana))
    ana.wall.advance(3600)
    info = ana.sharing.remove_co_facilitator(group_id, device(ben))
    removed_at = datetime(2026, 3, 2, 19, 0)
    assert info == SharedGroupInfo(
        group_uuid,
        group_id,
        "active",
        2,
        (co(ana, ana, "self"), co(ana, ben, "removed"), co(ana, cat, "trusted")),
        None,
        True,
    )
    assert [(d, state, removed) for d, state, _, removed in peers(ana)] == [
        (device(ana), "self", None),
        (device(ben), "removed", removed_at),
        (device(cat), "trusted", None),
    ]
    with ana.ws.context.sessions.begin() as s:
        shared = s.scalars(select(SharedGroup)).one()
        assert shared.epoch == 2
        old = held_group_key(s, ana.ws.keyring.cipher, shared, 1)
        assert held_group_key(s, ana.ws.keyring.cipher, shared, 2) != old
    assert [(tbl, key) for _, tbl, key, _ in outbox(ana)[before:]] == [("peers", device(ben))]


def test_removing_someone_not_in_the_group_is_refused_in_words(trio: tuple[Laptop, ...]) -> None:
    ana, ben, cat = trio
    group_id, _ = new_group(ana)
    other_id, _ = new_group(ana, "Thursday carers")
    with pytest.raises(NotFound) as unshared:
        ana.sharing.remove_co_facilitator(group_id, device(ben))
    assert unshared.value.message == NOT_SHARED
    invite(ana, group_id, ben)
    for who in (device(ana), device(cat), "not-a-device"):
        with pytest.raises(NotFound) as refused:
            ana.sharing.remove_co_facilitator(group_id, who)
        assert refused.value.message == NOT_IN_GROUP
    with pytest.raises(NotFound) as other:
        ana.sharing.remove_co_facilitator(other_id, device(ben))
    assert other.value.message == NOT_SHARED
    ana.sharing.remove_co_facilitator(group_id, device(ben))
    with pytest.raises(NotFound) as twice:
        ana.sharing.remove_co_facilitator(group_id, device(ben))
    assert twice.value.message == NOT_IN_GROUP
    assert shared_row(ana, group_id=group_id)["epoch"] == 2  # one rotation only
    ana.sharing.stop_sharing(group_id)
    with pytest.raises(NotFound) as left:
        ana.sharing.remove_co_facilitator(group_id, device(cat))
    assert left.value.message == NOT_SHARED


def test_leaving_one_group_keeps_what_waits_for_another(trio: tuple[Laptop, ...]) -> None:
    ana, ben, _ = trio
    first, _ = new_group(ana)
    second, _ = new_group(ana, "Thursday carers")
    with pytest.raises(NotFound) as unshared:
        ana.sharing.stop_sharing(first)
    assert unshared.value.message == NOT_SHARED
    invite(ana, first, ben)
    invite(ana, second, ben)
    waiting_second = [row for row in outbox(ana) if row[0] == second]
    assert waiting_second and len(waiting_second) < len(outbox(ana))
    ana.sharing.stop_sharing(first)
    assert outbox(ana) == waiting_second
    assert shared_row(ana, group_id=first)["state"] == "left"
    assert shared_row(ana, group_id=second)["state"] == "active"


# --- notes ---------------------------------------------------------------------------------------


def test_only_a_note_of_an_actively_shared_group_is_shared(trio: tuple[Laptop, ...]) -> None:
    ana, ben, _ = trio
    group_id, _ = new_group(ana)
    other_id, _ = new_group(ana, "Thursday carers")
    note = ana.ws.notes.create(NoteDraft("for both", group_id=group_id))
    loose = ana.ws.notes.create(NoteDraft("no group"))
    other = ana.ws.notes.create(NoteDraft("other group", group_id=other_id))
    with pytest.raises(NotFound) as gone:
        ana.sharing.set_note_shared(10_000, True)
    assert gone.value.message == "That note no longer exists."
    invite(ana, group_id, ben)
    for refused_note in (loose, other):
        with pytest.raises(SharingError) as refused:
            ana.sharing.set_note_shared(refused_note.id, True)
        assert refused.value.message == ONLY_SHARED_NOTES

    def flags() -> dict[int, bool]:
        with ana.ws.context.sessions.begin() as s:
            return {n.id: n.shared for n in s.scalars(select(Note))}

    ana.sharing.set_note_shared(note.id, True)
    assert flags() == {note.id: True, loose.id: False, other.id: False}
    ana.sharing.set_note_shared(note.id, False)
    assert flags()[note.id] is False
    ana.sharing.set_note_shared(loose.id, False)  # taking back is always allowed
    ana.sharing.stop_sharing(group_id)
    with pytest.raises(SharingError) as left:
        ana.sharing.set_note_shared(note.id, True)
    assert left.value.message == ONLY_SHARED_NOTES
    assert flags()[note.id] is False


# --- what the page lists -------------------------------------------------------------------------


def test_no_identity_lists_no_groups(trio: tuple[Laptop, ...]) -> None:
    ana = trio[0]
    assert ana.sharing.shared_groups() == []
    ana.sharing.identity()
    assert ana.sharing.shared_groups() == []


def test_groups_are_listed_in_the_order_they_were_shared(trio: tuple[Laptop, ...]) -> None:
    ana, ben, _ = trio
    first, _ = new_group(ana)
    second, _ = new_group(ana, "Thursday carers")
    invite(ana, second, ben)
    invite(ana, first, ben)
    assert [g.group_id for g in ana.sharing.shared_groups()] == [second, first]


def test_waiting_changes_count_the_outbox_and_what_was_sealed_but_not_uploaded(
    trio: tuple[Laptop, ...],
) -> None:
    ana, ben, _ = trio
    assert ana.sharing.waiting_changes() == 0
    group_id, _ = new_group(ana)
    invite(ana, group_id, ben)
    written = len(outbox(ana))
    assert ana.sharing.waiting_changes() == written
    with ana.ws.context.sessions.begin() as s:
        shared = s.scalars(select(SharedGroup)).one()
        for seq, uploaded in ((1, True), (2, False), (3, False)):
            s.add(
                SyncSent(
                    shared_group_id=shared.id,
                    seq=seq,
                    clock=seq,
                    epoch=1,
                    payload=b"p",
                    signature=b"s",
                    uploaded=uploaded,
                )
            )
        s.execute(SyncOutbox.__table__.delete())
    assert ana.sharing.waiting_changes() == 2
    with ana.ws.context.sessions.begin() as s:
        s.execute(update(SyncSent).values(uploaded=True))
    assert ana.sharing.waiting_changes() == 0


# --- the server -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "port", "dbname", "role", "password", "field", "message"),
    [
        ("", 5432, "db", "me", "pw", "host", "Give the server's name or address."),
        ("   ", 5432, "db", "me", "pw", "host", "Give the server's name or address."),
        ("db\texample", 5432, "db", "me", "pw", "host", "Give the server's name or address."),
        ("h" * 256, 5432, "db", "me", "pw", "host", "Give the server's name or address."),
        ("db.example.org", 0, "db", "me", "pw", "port", "PORT"),
        ("db.example.org", 65536, "db", "me", "pw", "port", "PORT"),
        ("db.example.org", True, "db", "me", "pw", "port", "PORT"),
        ("db.example.org", 5432.0, "db", "me", "pw", "port", "PORT"),
        ("db.example.org", "5432", "db", "me", "pw", "port", "PORT"),
        ("db.example.org", 5432, " ", "me", "pw", "dbname", "DBNAME"),
        ("db.example.org", 5432, "d" * 64, "me", "pw", "dbname", "DBNAME"),
        ("db.example.org", 5432, "db", "", "pw", "role", "ROLE"),
        ("db.example.org", 5432, "db", "r" * 64, "pw", "role", "ROLE"),
        ("db\x00org", 5432, "db", "me", "pw", "host", "NULL"),
        ("db.example.org", 5432, "d\x00b", "me", "pw", "host", "NULL"),
        ("db.example.org", 5432, "db", "m\x00e", "pw", "host", "NULL"),
        ("db.example.org", 5432, "db", "me", "p\x00w", "host", "NULL"),
    ],
    ids=[
        "host-empty",
        "host-blank",
        "host-tab",
        "host-256",
        "port-0",
        "port-65536",
        "port-bool",
        "port-float",
        "port-text",
        "dbname-blank",
        "dbname-64",
        "role-empty",
        "role-64",
        "null-host",
        "null-dbname",
        "null-role",
        "null-password",
    ],
)
def test_bad_server_settings_are_refused_word_for_word_and_nothing_is_kept(
    trio: tuple[Laptop, ...],
    host: str,
    port: Any,
    dbname: str,
    role: str,
    password: str,
    field: str,
    message: str,
) -> None:
    words = {
        "PORT": "The port is a number from 1 to 65535 (usually 5432).",
        "DBNAME": "Give the database's name (63 characters at most).",
        "ROLE": "Give the role (user name) to sign in with.",
        "NULL": "These settings cannot hold a null character.",
    }
    ana = trio[0]
    with pytest.raises(ValidationError) as refused:
        ana.sharing.set_server(host, port, dbname, role, password)
    assert (refused.value.field, refused.value.message) == (field, words.get(message, message))
    assert ana.sharing.server() is None
    assert ana.sharing.server_settings() is None


def test_server_settings_at_their_limits_are_kept_trimmed(trio: tuple[Laptop, ...]) -> None:
    ana = trio[0]
    host, dbname, role = "h" * 255, "d" * 63, "r" * 63
    for port in (1, 65535):
        info = ana.sharing.set_server(f" {host}\n", port, f"\t{dbname} ", f" {role} ", "pw")
        assert info == ServerInfo(host, port, dbname, role, True, True)
        assert ana.sharing.server() == info
        assert ana.sharing.server_settings() == ServerSettings(host, port, dbname, role, "pw")


def test_each_change_of_server_is_a_new_revision_sealed_with_its_time(
    trio: tuple[Laptop, ...],
) -> None:
    ana = trio[0]
    first = ana.sharing.set_server("db.agency.example", 5433, "groups", "ana", "first secret")
    assert first == ServerInfo("db.agency.example", 5433, "groups", "ana", True, True)

    def stored() -> tuple[int, datetime, bool]:
        with ana.ws.context.sessions.begin() as s:
            row = s.get(SyncServer, 1)
            assert row is not None
            return row.rev, row.updated_at, row.password_ct is not None

    assert stored() == (0, START, True)
    ana.wall.advance(90)
    second = ana.sharing.set_server("localhost", 5432, "g2", "ben", "second secret")
    assert second == ServerInfo("localhost", 5432, "g2", "ben", True, False)
    assert stored() == (1, datetime(2026, 3, 2, 18, 1, 30), True)
    assert ana.sharing.server() == second
    assert ana.sharing.server_settings() == ServerSettings(
        "localhost", 5432, "g2", "ben", "second secret"
    )
    ana.wall.advance(30)
    third = ana.sharing.set_server("127.0.0.1", 5432, "g3", "cy", "")
    assert third == ServerInfo("127.0.0.1", 5432, "g3", "cy", False, False)
    assert stored() == (2, datetime(2026, 3, 2, 18, 2), False)
    assert ana.sharing.server() == third
    assert ana.sharing.server_settings() == ServerSettings("127.0.0.1", 5432, "g3", "cy", "")


AGENCY = ServerInfo("db.agency.example", 6543, "groups", "ana", True, True)


def test_a_server_read_back_says_whether_tls_is_needed(trio: tuple[Laptop, ...]) -> None:
    ana = trio[0]
    ana.sharing.set_server("db.agency.example", 6543, "groups", "ana", "pw")
    assert ana.sharing.server() == ServerInfo(
        "db.agency.example", 6543, "groups", "ana", True, True
    )
    with ana.ws.context.sessions.begin() as s:  # a second row is never read
        s.add(SyncServer(id=2, host="::1", port=1, dbname="x", role="y", rev=0, updated_at=START))
    assert ana.sharing.server() == ServerInfo(
        "db.agency.example", 6543, "groups", "ana", True, True
    )


# --- conflicts and problems -----------------------------------------------------------------------


def add_conflict(laptop: Laptop, shared_id: int, n: int, text: str, **extra: Any) -> int:
    cipher = laptop.ws.keyring.cipher
    with laptop.ws.context.sessions.begin() as s:
        row = SyncConflict(
            shared_group_id=shared_id,
            tbl=f"table{n}",
            row_key=f"key{n}",
            field=f"field{n}",
            rev=n,
            value_ct=None,
            kept_device=f"kept{n}",
            other_device=f"other{n}",
            created_at=datetime(2026, 3, n, 12, 0),
            **extra,
        )
        s.add(row)
        s.flush()
        row.value_ct = seal(cipher, "sync_conflicts", row.id, n, "value", text)
        return row.id


def two_shared(laptops: tuple[Laptop, ...]) -> tuple[dict[int, int], dict[int, str]]:
    """Two groups of Ana shared with Ben: their sharing row ids and group uuids."""
    ana, ben, _ = laptops
    first, _ = new_group(ana)
    second, _ = new_group(ana, "Thursday carers")
    invite(ana, first, ben)
    invite(ana, second, ben)
    with ana.ws.context.sessions.begin() as s:
        rows = list(s.scalars(select(SharedGroup).order_by(SharedGroup.id)))
        return (
            {i: r.id for i, r in enumerate(rows)},
            {i: r.group_uuid for i, r in enumerate(rows)},
        )


def test_open_conflicts_are_listed_in_order_with_their_groups(trio: tuple[Laptop, ...]) -> None:
    ana = trio[0]
    assert ana.sharing.conflicts() == []
    shared, uuids = two_shared(trio)
    c1 = add_conflict(ana, shared[1], 1, "the other value")
    c2 = add_conflict(ana, shared[0], 2, "Zoë's view")
    add_conflict(ana, shared[1], 3, "resolved", resolved_at=START)
    c4 = add_conflict(ana, shared[1], 4, "")
    c5 = add_conflict(ana, shared[0], 5, "damaged")
    with ana.ws.context.sessions.begin() as s:
        s.execute(update(SyncConflict).where(SyncConflict.id == c5).values(rev=6))

    def info(c: int, n: int, group: int, value: str) -> ConflictInfo:
        return ConflictInfo(
            c,
            uuids[group],
            f"table{n}",
            f"key{n}",
            f"field{n}",
            value,
            f"kept{n}",
            f"other{n}",
            datetime(2026, 3, n, 12, 0),
        )

    assert ana.sharing.conflicts() == [
        info(c1, 1, 1, "the other value"),
        info(c2, 2, 0, "Zoë's view"),
        info(c4, 4, 1, ""),
        info(c5, 5, 0, ""),  # a damaged value shows empty; the rest still lists
    ]


def test_resolving_a_conflict_forgets_the_other_value(trio: tuple[Laptop, ...]) -> None:
    ana = trio[0]
    shared, _ = two_shared(trio)
    kept = add_conflict(ana, shared[0], 1, "stays")
    gone = add_conflict(ana, shared[0], 2, "goes")
    with pytest.raises(NotFound) as missing:
        ana.sharing.resolve_conflict(10_000)
    assert missing.value.message == "That conflict is already resolved."
    ana.wall.advance(600)
    ana.sharing.resolve_conflict(gone)
    assert [c.id for c in ana.sharing.conflicts()] == [kept]
    with ana.ws.context.sessions.begin() as s:
        row = s.get(SyncConflict, gone)
        assert row is not None
        assert (row.resolved_at, row.value_ct) == (datetime(2026, 3, 2, 18, 10), None)
        other = s.get(SyncConflict, kept)
        assert other is not None and other.resolved_at is None and other.value_ct is not None


def test_problems_are_listed_newest_first_up_to_the_limit(trio: tuple[Laptop, ...]) -> None:
    ana = trio[0]
    assert ana.sharing.problems() == []
    shared, uuids = two_shared(trio)
    with ana.ws.context.sessions.begin() as s:
        for n, group in ((1, shared[0]), (2, None), (3, shared[1])):
            s.add(
                SyncProblem(
                    shared_group_id=group,
                    device_id=f"device{n}",
                    seq=n * 10,
                    reason=f"reason{n}",
                    at=datetime(2026, 3, n, 9, 0),
                )
            )
    third = ProblemInfo(uuids[1], "device3", 30, "reason3", datetime(2026, 3, 3, 9, 0))
    second = ProblemInfo(None, "device2", 20, "reason2", datetime(2026, 3, 2, 9, 0))
    first = ProblemInfo(uuids[0], "device1", 10, "reason1", datetime(2026, 3, 1, 9, 0))
    assert ana.sharing.problems() == [third, second, first]
    assert ana.sharing.problems(limit=2) == [third, second]
    assert ana.sharing.problems(limit=1) == [third]
    with ana.ws.context.sessions.begin() as s:
        for n in range(4, 105):
            s.add(SyncProblem(device_id="d", seq=n, reason="gap", at=START))
    assert len(ana.sharing.problems()) == 100


def test_a_laptop_that_never_shared_gets_refusals_not_a_crash(trio: tuple[Laptop, ...]) -> None:
    """Each step makes this laptop's identity when it has none yet, before it refuses."""
    ana, ben, cat = trio
    group_id, _ = new_group(ana)
    with pytest.raises(ValidationError) as shared:
        ana.sharing.share_group(group_id, card(ben), "0000 0000 0000")
    assert shared.value.field == "safety_number"
    other_group, _ = new_group(cat)
    invitation = invite(cat, other_group, ben)
    with pytest.raises(ValidationError) as accepted:
        ana.sharing.accept_invitation(invitation.text, "0000 0000 0000")
    assert accepted.value.field == "safety_number"
    with pytest.raises(NotFound) as removed:
        ana.sharing.remove_co_facilitator(group_id, device(ben))
    assert removed.value.message == NOT_SHARED
    with ana.ws.context.sessions.begin() as s:
        assert s.get(SyncIdentity, 1) is None  # each refusal rolled its identity back


def test_a_group_without_a_uuid_cannot_be_shared(trio: tuple[Laptop, ...]) -> None:
    ana, ben, _ = trio
    group_id, _ = new_group(ana)
    with ana.ws.context.sessions.begin() as s:
        s.execute(update(Group).where(Group.id == group_id).values(uuid=None))
    with pytest.raises(NotFound) as refused:
        invite(ana, group_id, ben)
    assert refused.value.message == "That group no longer exists."
    assert ana.sharing.shared_groups() == []


def test_a_loose_note_stays_home_even_when_a_shared_group_lost_its_group(
    trio: tuple[Laptop, ...],
) -> None:
    ana, ben, _ = trio
    group_id, _ = new_group(ana)
    loose = ana.ws.notes.create(NoteDraft("no group"))
    invite(ana, group_id, ben)
    with ana.ws.context.sessions.begin() as s:  # the group row gone: its sharing row stays
        s.execute(Group.__table__.delete().where(Group.id == group_id))
    assert shared_row(ana, state="active")["group_id"] is None
    with pytest.raises(SharingError) as refused:
        ana.sharing.set_note_shared(loose.id, True)
    assert refused.value.message == ONLY_SHARED_NOTES


def test_the_last_sync_time_is_listed_as_kept(trio: tuple[Laptop, ...]) -> None:
    ana, ben, _ = trio
    group_id, _ = new_group(ana)
    invite(ana, group_id, ben)
    synced = datetime(2026, 3, 2, 18, 30)
    with ana.ws.context.sessions.begin() as s:
        s.execute(update(SharedGroup).values(synced_at=synced))
    [info] = ana.sharing.shared_groups()
    assert (info.synced_at, info.first_sync_done, info.epoch) == (synced, True, 1)


def test_the_server_is_always_row_1_whatever_else_the_table_holds(trio: tuple[Laptop, ...]) -> None:
    ana = trio[0]
    with ana.ws.context.sessions.begin() as s:  # a stray row that is not the server
        s.add(SyncServer(id=2, host="::1", port=1, dbname="x", role="y", rev=0, updated_at=START))
    assert ana.sharing.server() is None
    info = ana.sharing.set_server("db.agency.example", 6543, "groups", "ana", "pw")
    assert ana.sharing.server() == info
    with ana.ws.context.sessions.begin() as s:
        assert sorted(s.scalars(select(SyncServer.id))) == [1, 2]
