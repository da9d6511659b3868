"""The sharing service at its edges, as a hurried or hostile facilitator meets it: every
refusal word for word, the rows each step writes (states, epochs, clocks, the time it
happened), a laptop that was removed or a group that was left, and what the Settings →
Sharing page lists (server, waiting changes, conflicts, problems) exactly. Offline laptops:
nothing here needs the server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from facilitator_desktop.crypto.group_keys import GroupKey
from facilitator_desktop.crypto.identity import PublicKeys, fingerprint, safety_number
from facilitator_desktop.errors import NotFound, ValidationError
from facilitator_desktop.models import Group, Note
from facilitator_desktop.models.sync import (
    SharedGroup,
    SyncGroupKey,
    SyncIdentity,
    SyncOutbox,
    SyncPeer,
    SyncSent,
)
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.sharing import (
    CoFacilitator,
    SharedGroupInfo,
    SharingError,
)
from facilitator_desktop.services.sharing_cards import IdentityCard, Invitation
from facilitator_desktop.services.sharing_state import held_group_key
from tests.unit.sync.laptops import Laptop, make_laptop, new_group
from tests.unit.sync.service_support import (
    NOT_SHARED,
    OFFLINE,
    ONLY_SHARED_NOTES,
    START,
    card,
    device,
    invite,
    shared_row,
)

OWN_CARD = "That is this laptop's own card."
NOT_IN_GROUP = "That co-facilitator is not in this group."
REMOVED = "That laptop was removed from this group; it cannot be added back."
LEFT = "This group is not shared from this laptop any more."


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop, Laptop]]:
    made = tuple(make_laptop(tmp_path, name, OFFLINE, START) for name in ("ana", "ben", "cat"))
    yield made  # type: ignore[misc]
    for laptop in made:
        laptop.ws.close()


def keys(laptop: Laptop) -> PublicKeys:
    return laptop.sharing.identity().public


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
