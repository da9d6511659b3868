"""Capture at its edges, on one laptop and no server: each change this laptop makes is opened
again as a co-facilitator would (sequence, chain, signature, group key) and its records read
exactly: which fields go (only those that changed), their stamps and the stamps they replace,
how records are split into changes, a deletion, a running session held back, and the outbox
read in batches."""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from facilitator_desktop.crypto.group_keys import GroupCipher, key_passes_check
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.models.sync import (
    SharedGroup,
    SyncApplyGuard,
    SyncConflict,
    SyncCursor,
    SyncOutbox,
    SyncRow,
    SyncSent,
)
from facilitator_desktop.services.checkin_scores import DEFAULT_SCALE
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.services.sharing_capture import Capture, _by_sealing_key
from facilitator_desktop.services.sharing_state import (
    group_ciphers,
    held_group_key,
    load_identity,
)
from facilitator_desktop.sync.protocol import WireChange, check
from tests.unit.sync.laptops import STUB, Laptop, make_laptop, new_group, run_session, share


def shared_group(ana: Laptop, ben: Laptop) -> tuple[int, list[int]]:
    group_id, members = new_group(ana)
    share(ana, group_id, ben)
    return group_id, members


def opened(laptop: Laptop) -> list[dict[str, Any]]:
    """Every change this laptop made, in sequence, checked as another laptop checks it
    (each names the one before: the chain starts empty); the bodies."""
    cipher = laptop.ws.keyring.cipher
    with laptop.ws.context.sessions.begin() as s:
        found = load_identity(s, cipher)
        assert found is not None
        identity, device = found
        [shared] = s.scalars(select(SharedGroup))
        ciphers = group_ciphers(s, cipher, shared)
        rows = list(s.scalars(select(SyncSent).order_by(SyncSent.seq)))
        bodies = []
        previous = b""
        for expected, r in enumerate(rows, start=1):
            change = WireChange(
                shared.group_uuid, device, r.seq, r.clock, r.epoch, r.payload, r.signature
            )
            checked = check(
                change,
                expected_seq=expected,
                previous=previous,
                sign_public=identity.public.sign,
                cipher=ciphers[r.epoch],
            )
            previous = checked.digest
            bodies.append({"seq": r.seq, "clock": r.clock, **checked.body})
        assert shared.chain == previous
        assert shared.next_seq == len(rows) + 1
        return bodies


def open_field(laptop: Laptop, record: dict[str, Any], name: str) -> Any:
    cipher = laptop.ws.keyring.cipher
    with laptop.ws.context.sessions.begin() as s:
        [shared] = s.scalars(select(SharedGroup))
        group_cipher = group_ciphers(s, cipher, shared)[1]
    blob = base64.b64decode(record["f"][name])
    return json.loads(group_cipher.open_field(record["t"], record["k"], name, record["c"], blob))


def device_of(laptop: Laptop) -> str:
    return laptop.sharing.identity().device_id


def outbox_count(laptop: Laptop) -> int:
    with laptop.ws.context.sessions.begin() as s:
        return int(s.scalar(select(func.count()).select_from(SyncOutbox)) or 0)


def first_member(body: dict[str, Any]) -> dict[str, Any]:
    """Ann's record: the first member added, so the lowest clock of the members."""
    return next(r for r in body["records"] if r["t"] == "members")


def records_of(bodies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for body in bodies for r in body["records"]]


# --- the first capture ----------------------------------------------------------------------


def test_sharing_sends_the_whole_group_in_order_in_one_signed_change(
    pair: tuple[Laptop, Laptop],
) -> None:
    ana, ben = pair
    shared_group(ana, ben)
    assert ana.engine.capture() == 1
    [body] = opened(ana)
    records = body["records"]
    tables = [r["t"] for r in records]
    # who is in the group first, then the group before its members (owners first); by
    # clock within a table
    assert tables == ["peers", "peers", "groups", "members", "members", "members"]
    for table in ("peers", "members"):
        clocks = [r["c"] for r in records if r["t"] == table]
        assert clocks == sorted(clocks) and len(set(clocks)) == len(clocks)
    assert body["clock"] == max(r["c"] for r in records)
    device = device_of(ana)
    for record in records[2:]:
        assert record["x"] == 0
        assert set(record["b"].values()) == {None}  # nothing sent before: no stamp replaced
        assert set(record["b"]) == set(record["f"])
    member = records[3]
    assert set(member["f"]) == {
        "alias",
        "contact",
        "created_at",
        "full_name",
        "group_id",
        "joined_on",
        "left_on",
        "remarks",
        "seat",
    }
    assert open_field(ana, member, "alias") == "Ann"
    assert open_field(ana, member, "full_name") == "Ann Fullname"
    assert member["f"]["seat"] == 1  # a plain field goes as it is
    with ana.ws.context.sessions.begin() as s:
        row = s.scalar(select(SyncRow).where(SyncRow.key == member["k"]))
        assert row is not None and row.deleted is False and row.local_id is not None
        stamps = json.loads(row.stamps)
        assert set(stamps) == set(member["f"])
        assert set(map(tuple, stamps.values())) == {(0, member["c"], device)}
    assert outbox_count(ana) == 0
    assert ana.engine.capture() == 0  # nothing new: no change
    assert len(opened(ana)) == 1


def test_records_are_split_into_changes_of_the_given_size(pair: tuple[Laptop, Laptop]) -> None:
    ana, ben = pair
    shared_group(ana, ben)
    capture = Capture(records_per_change=2)
    with ana.ws.context.sessions.begin() as s:
        made, last = capture.run(s, ana.ws.keyring.cipher)
    assert (made, last) == (3, -1)
    bodies = opened(ana)
    assert [len(b["records"]) for b in bodies] == [2, 2, 2]
    assert [b["seq"] for b in bodies] == [1, 2, 3]
    # a change's clock is its highest record's, and never below an earlier change's
    clocks = [b["clock"] for b in bodies]
    highest = [max(r["c"] for r in b["records"]) for b in bodies]
    assert clocks == [max(highest[: i + 1]) for i in range(3)]
    assert highest[0] == clocks[0] > highest[1]  # the peers' change holds the newest clock


def test_a_later_change_never_takes_a_lower_clock(pair: tuple[Laptop, Laptop]) -> None:
    ana, ben = pair
    group_id, (ann, *_rest) = shared_group(ana, ben)
    ana.engine.capture()
    first = opened(ana)[0]["clock"]
    with ana.ws.context.sessions.begin() as s:
        s.execute(SyncOutbox.__table__.update().values(clock=1))
    ana.ws.members.update(ann, MemberDraft("Ann", remarks="late entry"))
    with ana.ws.context.sessions.begin() as s:
        s.execute(SyncOutbox.__table__.update().values(clock=1))  # an old clock, say
    assert ana.engine.capture() == 1
    assert opened(ana)[1]["clock"] == first


# --- later captures -----------------------------------------------------------------------------


def test_an_edit_sends_only_the_changed_field_with_the_stamp_it_replaces(
    pair: tuple[Laptop, Laptop],
) -> None:
    ana, ben = pair
    group_id, (ann, *_rest) = shared_group(ana, ben)
    ana.engine.capture()
    [body] = opened(ana)
    before = first_member(body)
    device = device_of(ana)
    ana.ws.members.update(ann, MemberDraft("Ann", full_name="Ann Fullname", remarks="calmer"))
    assert ana.engine.capture() == 1
    [record] = opened(ana)[1]["records"]
    assert (record["t"], record["k"], record["x"]) == ("members", before["k"], 0)
    assert set(record["f"]) == {"remarks"}
    assert open_field(ana, record, "remarks") == "calmer"
    assert record["b"] == {"remarks": [0, before["c"], device]}
    assert record["c"] > before["c"]
    # the same value written again sends nothing
    ana.ws.members.update(ann, MemberDraft("Ann", full_name="Ann Fullname", remarks="calmer"))
    assert ana.engine.capture() == 0
    assert outbox_count(ana) == 0


def test_a_record_touched_twice_goes_once_with_its_latest_clock(
    pair: tuple[Laptop, Laptop],
) -> None:
    ana, ben = pair
    group_id, (ann, *_rest) = shared_group(ana, ben)
    ana.engine.capture()
    ana.ws.members.update(ann, MemberDraft("Ann", full_name="Ann Fullname", remarks="one"))
    ana.ws.members.update(ann, MemberDraft("Ann", full_name="Ann Fullname", remarks="two"))
    with ana.ws.context.sessions.begin() as s:
        clocks = list(s.scalars(select(SyncOutbox.clock).order_by(SyncOutbox.id)))
    assert len(clocks) == 2
    ana.engine.capture()
    [record] = opened(ana)[1]["records"]
    assert record["c"] == max(clocks)
    assert open_field(ana, record, "remarks") == "two"


def test_a_deletion_goes_as_a_tombstone_and_takes_its_conflicts(
    pair: tuple[Laptop, Laptop],
) -> None:
    ana, ben = pair
    group_id, (ann, *_rest) = shared_group(ana, ben)
    ana.engine.capture()
    key = first_member(opened(ana)[0])["k"]
    bo_key = [r for r in opened(ana)[0]["records"] if r["t"] == "members"][1]["k"]
    with ana.ws.context.sessions.begin() as s:
        [shared] = s.scalars(select(SharedGroup))
        # the same key in another table, and another member, are other records
        for tbl, row_key in (("members", key), ("notes", key), ("members", bo_key)):
            s.add(
                SyncConflict(
                    shared_group_id=shared.id,
                    tbl=tbl,
                    row_key=row_key,
                    field="remarks",
                    kept_device="a",
                    other_device="b",
                    created_at=ana.wall.now,
                )
            )
    ana.ws.erasure.erase(ann)
    ana.engine.capture()
    later = records_of(opened(ana)[1:])
    tombstones = [r for r in later if r.get("del")]
    assert [(r["t"], r["k"], r["del"]) for r in tombstones] == [("members", key, 1)]
    assert set(tombstones[0]) == {"t", "k", "c", "del"}
    with ana.ws.context.sessions.begin() as s:
        row = s.scalar(select(SyncRow).where(SyncRow.key == key))
        assert row is not None and row.deleted is True and row.local_id is None
        left = s.execute(select(SyncConflict.tbl, SyncConflict.row_key))
        assert sorted(left) == [("members", bo_key), ("notes", key)]


def test_an_outbox_row_of_an_unknown_table_is_dropped_quietly(
    pair: tuple[Laptop, Laptop],
) -> None:
    ana, ben = pair
    group_id, _ = shared_group(ana, ben)
    ana.engine.capture()
    with ana.ws.context.sessions.begin() as s:
        s.add(SyncOutbox(group_id=group_id, tbl="no_such_table", row_id=1, clock=99))
        s.add(SyncOutbox(group_id=group_id, tbl="members", row_id=9999, clock=99))
    assert ana.engine.capture() == 0
    assert outbox_count(ana) == 0


def test_a_running_session_waits_in_the_outbox_until_it_ends(
    pair: tuple[Laptop, Laptop],
) -> None:
    ana, ben = pair
    group_id, members = shared_group(ana, ben)
    ana.engine.capture()
    clock = FakeClock(1000.0)
    live = ana.ws.sessions.start(group_id, monotonic=clock, rng=random.Random(1))
    live.mark(members[0], "present")
    live.toggle()
    live.record_checkin(members[0], 7, DEFAULT_SCALE)
    live.start_round(members[0])
    live.next_speaker()
    clock.advance(30)
    live.end_turn()
    waiting = outbox_count(ana)
    assert waiting > 0
    assert ana.engine.capture() == 0
    assert outbox_count(ana) == waiting  # held, not consumed
    ana.wall.advance(600)
    live.end()
    assert ana.engine.capture() == 1
    assert outbox_count(ana) == 0
    tables = {r["t"] for r in opened(ana)[1]["records"]}
    assert {"sessions", "attendance", "turns", "session_events", "checkin_scores"} <= tables


# --- the outbox in batches ----------------------------------------------------------------------


def test_a_batch_says_where_it_stopped_and_the_last_says_minus_one(
    pair: tuple[Laptop, Laptop],
) -> None:
    ana, ben = pair
    shared_group(ana, ben)
    with ana.ws.context.sessions.begin() as s:
        ids = list(s.scalars(select(SyncOutbox.id).order_by(SyncOutbox.id)))
    assert len(ids) == 6
    capture = Capture(records_per_change=400)
    cipher = ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        assert capture.run(s, cipher, after=0, limit=4) == (1, ids[3])
    with ana.ws.context.sessions.begin() as s:
        assert capture.run(s, cipher, after=ids[3], limit=2) == (1, ids[5])
    with ana.ws.context.sessions.begin() as s:
        assert capture.run(s, cipher, after=ids[5], limit=2) == (0, -1)
    assert [len(b["records"]) for b in opened(ana)] == [4, 2]
    assert outbox_count(ana) == 0


def test_a_batch_shorter_than_its_limit_is_the_last(pair: tuple[Laptop, Laptop]) -> None:
    ana, ben = pair
    shared_group(ana, ben)
    with ana.ws.context.sessions.begin() as s:
        assert Capture(400).run(s, ana.ws.keyring.cipher, after=0, limit=7) == (1, -1)


def test_nothing_is_captured_before_this_laptop_has_an_identity(tmp_path: Path) -> None:
    ana = make_laptop(tmp_path, "solo", STUB)
    try:
        new_group(ana)
        with ana.ws.context.sessions.begin() as s:
            s.add(SyncOutbox(group_id=1, tbl="members", row_id=1, clock=1))
        with ana.ws.context.sessions.begin() as s:
            assert Capture(400).run(s, ana.ws.keyring.cipher, limit=1) == (0, -1)
        assert outbox_count(ana) == 1
    finally:
        ana.ws.close()


def test_after_rules_and_a_session_are_captured_later_edits_still_go(
    pair: tuple[Laptop, Laptop],
) -> None:
    ana, ben = pair
    group_id, (ann, *_rest) = shared_group(ana, ben)
    ana.engine.capture()
    ana.ws.rules.save(group_id, [RuleCardDraft("Respect", "One person speaks at a time.")])
    run_session(ana, group_id)
    assert ana.engine.capture() == 1
    assert outbox_count(ana) == 0  # the merges after capture write nothing to send
    with ana.ws.context.sessions.begin() as s:
        assert s.get(SyncApplyGuard, 1) is None  # the triggers listen again
    ana.ws.members.update(ann, MemberDraft("Ann", remarks="after the session"))
    assert outbox_count(ana) == 1
    tables = {r["t"] for r in opened(ana)[1]["records"]}
    assert {"rule_sets", "sessions", "turns", "attendance"} <= tables


def peer_records(bodies: list[dict[str, Any]], device: str) -> list[dict[str, Any]]:
    return [r for r in records_of(bodies) if r["t"] == "peers" and r["k"] == device]


def test_a_removed_laptop_goes_out_with_its_last_change_counted(
    pair: tuple[Laptop, Laptop],
) -> None:
    ana, ben = pair
    group_id, _ = shared_group(ana, ben)
    ana.engine.capture()
    ben_device = device_of(ben)
    [joined] = peer_records(opened(ana), ben_device)
    assert joined["f"]["removed"] is False and joined["f"]["upto"] == 0
    with ana.ws.context.sessions.begin() as s:
        [shared] = s.scalars(select(SharedGroup))
        s.add(SyncCursor(shared_group_id=shared.id, device_id=ben_device, last_seq=5))
    ana.sharing.remove_co_facilitator(group_id, ben_device)
    ana.engine.capture()
    [_, removed] = peer_records(opened(ana), ben_device)
    check = removed["f"]["check"]
    assert removed["f"] == {**joined["f"], "removed": True, "upto": 5, "epoch": 2, "check": check}
    assert set(removed) == {"t", "k", "c", "f"}
    with ana.ws.context.sessions.begin() as s:
        [shared] = s.scalars(select(SharedGroup))
        new_key = held_group_key(s, ana.ws.keyring.cipher, shared, 2)
    assert key_passes_check(new_key, shared.group_uuid, 2, base64.b64decode(check))


def test_a_removal_goes_alone_and_first_sealed_with_the_key_before_it(
    pair: tuple[Laptop, Laptop],
) -> None:
    """The laptops that stay hold only the old key when they read of the removal; what was
    written after it goes with the new key, in a later change."""
    ana, ben = pair
    group_id, _ = shared_group(ana, ben)
    ana.engine.capture()
    ana.sharing.remove_co_facilitator(group_id, device_of(ben))
    ana.ws.members.add(group_id, MemberDraft("After"))
    ana.engine.capture()
    bodies = opened(ana)
    with ana.ws.context.sessions.begin() as s:
        epochs = [r.epoch for r in s.scalars(select(SyncSent).order_by(SyncSent.seq))]
    [_, removal] = [i for i, b in enumerate(bodies) if peer_records([b], device_of(ben))]
    assert [r["t"] for r in bodies[removal]["records"]] == ["peers"]
    assert epochs[removal] == 1
    assert epochs[removal + 1 :] == [2] and bodies[-1]["records"][0]["t"] == "members"


def test_a_removed_laptop_never_read_counts_none(pair: tuple[Laptop, Laptop]) -> None:
    ana, ben = pair
    group_id, _ = shared_group(ana, ben)
    ana.engine.capture()
    ana.sharing.remove_co_facilitator(group_id, device_of(ben))
    ana.engine.capture()
    [_, removed] = peer_records(opened(ana), device_of(ben))
    assert (removed["f"]["removed"], removed["f"]["upto"]) == (True, 0)


def test_a_note_unshared_goes_as_unshared_and_shared_again_goes_whole(
    pair: tuple[Laptop, Laptop],
) -> None:
    ana, ben = pair
    group_id, _ = shared_group(ana, ben)
    note = ana.ws.notes.create(NoteDraft("Ask Bo about the move", group_id=group_id))
    ana.sharing.set_note_shared(note.id, True)
    ana.engine.capture()
    [shared_note] = [r for r in records_of(opened(ana)) if r["t"] == "notes"]
    fields = set(shared_note["f"])
    assert {"shared", "body"} <= fields and shared_note["f"]["shared"] is True
    ana.sharing.set_note_shared(note.id, False)
    ana.engine.capture()
    [unshared] = opened(ana)[-1]["records"]
    assert (unshared["t"], unshared["k"], unshared["f"]) == (
        "notes",
        shared_note["k"],
        {"shared": False},
    )
    ana.sharing.set_note_shared(note.id, True)
    ana.engine.capture()
    [again] = opened(ana)[-1]["records"]
    assert set(again["f"]) == fields  # every field again, not only "shared"
    assert open_field(ana, again, "body") == "Ask Bo about the move"


def test_a_decided_write_is_stamped_as_decided(pair: tuple[Laptop, Laptop]) -> None:
    ana, ben = pair
    group_id, (ann, *_rest) = shared_group(ana, ben)
    ana.engine.capture()
    ana.ws.members.update(ann, MemberDraft("Ann", full_name="Ann Fullname", remarks="settled"))
    with ana.ws.context.sessions.begin() as s:
        s.add(SyncOutbox(group_id=group_id, tbl="members", row_id=ann, clock=500, decided=True))
    ana.engine.capture()
    [record] = opened(ana)[1]["records"]
    assert (record["x"], record["c"], set(record["f"])) == (1, 500, {"remarks"})
    with ana.ws.context.sessions.begin() as s:
        row = s.scalar(select(SyncRow).where(SyncRow.key == record["k"]))
        assert row is not None
        assert json.loads(row.stamps)["remarks"] == [1, 500, device_of(ana)]


def test_a_removal_whose_earlier_key_is_not_held_goes_with_the_newest() -> None:
    newest = GroupCipher("g", 3, bytes(32))
    removal = {"t": "peers", "k": "ben", "c": 1, "f": {"removed": True, "epoch": 2}}
    member = {"t": "members", "k": "m", "c": 2, "f": {}}
    assert _by_sealing_key([removal, member], {3: newest}) == [
        (newest, [removal]),
        (newest, [member]),
    ]
    assert _by_sealing_key([removal], {3: newest}) == [(newest, [removal]), (newest, [])]
