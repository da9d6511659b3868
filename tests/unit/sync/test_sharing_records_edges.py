"""A replicated record at its edges: ids and uuids both ways (cached per transaction, never
mixed between tables), members named inside a field (arrived, erased, not yet arrived),
wire values of each column type, member ids inside event payloads, and a record read,
created, updated and deleted row by row with its sealed fields under the right revision.
One laptop, no server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from facilitator_desktop.models import (
    Group,
    Member,
)
from facilitator_desktop.models.sync import SharedGroup, SyncRow
from facilitator_desktop.services.sharing_records import (
    Ids,
    MissingOwner,
    event_payload,
    from_wire,
    member_keys,
)
from tests.unit.sync.laptops import Laptop, make_laptop, new_group
from tests.unit.sync.records_support import NOBODY, OFFLINE, START, member_row, missing


@pytest.fixture
def ana(tmp_path: Path) -> Iterator[Laptop]:
    laptop = make_laptop(tmp_path, "ana", OFFLINE, START)
    yield laptop
    laptop.ws.close()


# --- ids <-> uuids ---------------------------------------------------------------------------


def test_ids_and_uuids_both_ways_never_mixed_between_tables(ana: Laptop) -> None:
    group_id, members = new_group(ana)
    assert group_id == members[0] == 1  # a group and a member with the same local id
    with ana.ws.context.sessions.begin() as s:
        ids = Ids(s)
        member_uuid = member_row(s, 1).uuid
        group_uuid = s.scalar(select(Group.uuid).where(Group.id == 1))
        assert member_uuid and group_uuid and member_uuid != group_uuid
        assert ids.uuid(Member, None) is None
        assert ids.uuid(Member, 10_000) is None
        assert ids.uuid(Member, 1) == member_uuid
        assert ids.uuid(Group, 1) == group_uuid
        assert ids.uuid(Member, 1) == member_uuid
        assert ids.local(Member, None) is None
        assert ids.local(Member, NOBODY) is None
        assert ids.local(Member, member_uuid) == 1
        assert ids.local(Group, member_uuid) is None
        assert ids.local(Group, group_uuid) == 1
        assert ids.local(Member, group_uuid) is None
        assert ids.need(Member, member_uuid) == 1
        assert ids.member(member_uuid) == 1
        assert ids.member(None) is None


def test_ids_are_cached_for_the_transaction_until_forgotten(ana: Laptop) -> None:
    _, members = new_group(ana)
    with ana.ws.context.sessions.begin() as s:
        ids = Ids(s)
        old = member_row(s, members[0]).uuid
        assert old is not None
        assert ids.uuid(Member, members[0]) == old
        assert ids.local(Member, old) == members[0]
        s.execute(update(Member).where(Member.id == members[0]).values(uuid=NOBODY))
        # the cache answers, as it does for every row named twice in one apply
        assert ids.uuid(Member, members[0]) == old
        assert ids.local(Member, old) == members[0]
        assert ids.local(Member, NOBODY) == members[0]
        ids.forget(Group, old)  # another table's entry: this one stays
        assert ids.local(Member, old) == members[0]
        ids.forget(Member, old)
        assert ids.local(Member, old) is None
        ids.forget(Member, "never asked")  # forgetting what was never cached is fine
        assert ids.member(NOBODY) == members[0]


def test_a_member_named_in_a_field_is_found_erased_or_waited_for(ana: Laptop) -> None:
    new_group(ana)
    with ana.ws.context.sessions.begin() as s:
        shared = SharedGroup(
            group_uuid="a1b2c3d4-e5f6-4789-8abc-def012345678",
            group_id=None,
            state="pending",
            epoch=0,
            next_seq=1,
            chain=b"",
            joined_at=START,
        )
        s.add(shared)
        s.flush()
        erased, alive = "e" * 8 + NOBODY[8:], "a" * 8 + NOBODY[8:]
        s.add(SyncRow(tbl="members", key=erased, shared_group_id=shared.id, deleted=True))
        s.add(SyncRow(tbl="members", key=alive, shared_group_id=shared.id, deleted=False))
        s.add(SyncRow(tbl="groups", key=NOBODY, shared_group_id=shared.id, deleted=True))
        s.flush()
        ids = Ids(s)
        assert ids.member(erased) is None
        for waited in (alive, NOBODY):  # known but not deleted, or not known at all
            with pytest.raises(MissingOwner) as error:
                ids.member(waited)
            assert missing(error) == (f"members {waited}", "members", waited)
        with pytest.raises(MissingOwner) as needed:
            ids.need(Group, NOBODY)
        assert missing(needed) == (f"groups {NOBODY}", "groups", NOBODY)
        with pytest.raises(MissingOwner) as none:
            ids.need(Member, None)
        assert missing(none) == ("members None", "members", None)


# --- values on the wire -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        (datetime, "2026-03-02T18:05:06.500000", datetime(2026, 3, 2, 18, 5, 6, 500000)),
        (date, "2026-03-02", date(2026, 3, 2)),
        (float, 2, 2.0),
        (float, "2.5", 2.5),
        (bool, 1, True),
        (bool, 0, False),
        (int, "3", 3),
        (int, 3.0, 3),
        (str, "text", "text"),
        (bytes, b"raw", b"raw"),
    ],
    ids=[
        "datetime",
        "date",
        "float-int",
        "float-text",
        "bool-1",
        "bool-0",
        "int-text",
        "int-float",
        "str",
        "other",
    ],
)
def test_wire_values_come_back_as_their_column_type(kind: type, value: Any, expected: Any) -> None:
    got = from_wire(kind, value)
    assert got == expected
    assert type(got) is type(expected)


@pytest.mark.parametrize("value", ["false", "0", "", 2, -1, 1.0, [], {}], ids=repr)
def test_a_flag_is_only_true_or_false_never_what_bool_would_make_of_it(value: Any) -> None:
    # bool("false") is True: a flag sent as text would have turned on whatever it guards.
    with pytest.raises(ValueError, match="a flag cannot be"):
        from_wire(bool, value)


@pytest.mark.parametrize("kind", [datetime, date, float, bool, int, str])
def test_a_null_stays_null_for_every_type(kind: type) -> None:
    assert from_wire(kind, None) is None


def test_member_ids_in_a_payload_are_translated_wherever_they_are() -> None:
    payload = {
        "member_id": 1,
        "zero_member_id": 0,
        "speaker_member_id": 2,
        "next_member_id": None,
        "flag_member_id": True,
        "member_ids": [1, 2],
        "order": [2, 1],
        "queue": {"member_ids": [3], "since": 4},
        "items": [{"member_id": 3}, 5, [{"order": [1]}]],
        "member_idx": 7,
        "seat": 4,
        "other_member_ids": "not a list",
        "order_by": [1],
        "orders": [1],
    }
    assert member_keys(payload, lambda v: f"m{v}") == {
        "member_id": "m1",
        "zero_member_id": "m0",
        "speaker_member_id": "m2",
        "next_member_id": None,
        "flag_member_id": True,
        "member_ids": ["m1", "m2"],
        "order": ["m2", "m1"],
        "queue": {"member_ids": ["m3"], "since": 4},
        "items": [{"member_id": "m3"}, 5, [{"order": ["m1"]}]],
        "member_idx": 7,
        "seat": 4,
        "other_member_ids": "not a list",
        "order_by": [1],
        "orders": [1],
    }
    assert member_keys([{"member_id": 1}, 2], lambda v: f"m{v}") == [{"member_id": "m1"}, 2]
    assert member_keys(5, lambda v: f"m{v}") == 5
    assert member_keys("member_id", lambda v: f"m{v}") == "member_id"


def test_an_event_payload_is_stored_compact_with_local_ids(ana: Laptop) -> None:
    _, members = new_group(ana)
    with ana.ws.context.sessions.begin() as s:
        key = member_row(s, members[1]).uuid
        ids = Ids(s)
        text = event_payload({"member_id": key, "order": [key, None], "note": "Zoë"}, ids)
    assert text == f'{{"member_id":{members[1]},"order":[{members[1]},null],"note":"Zo\\u00eb"}}'
    assert json.loads(text) == {"member_id": members[1], "order": [members[1], None], "note": "Zoë"}
