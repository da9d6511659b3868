"""Applying others' changes at its edges: a field that is not text, edited on two laptops at
once, keeps one value and lists the other exactly as it was written (as JSON), with who kept
which; changes handed over without a server, hostile or early: a record that cannot be used,
one for another group, one naming what has not arrived, a deletion, a laptop's keys, a
laptop introduced or removed."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from sqlalchemy import func, select

from facilitator_desktop.models import Group, Member
from facilitator_desktop.models.sync import (
    SharedGroup,
    SyncConflict,
    SyncPeer,
    SyncRow,
)
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.sharing import ProblemInfo
from facilitator_desktop.services.sharing_apply import record_problem
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.handoff import (
    NAME,
    Handoff,
    aliases,
    ana_group,
    ana_member_key,
    ben_group,
)
from tests.unit.sync.laptops import (
    laptops,
    local_group,
    new_group,
    server_settings,
    share,
    snapshot,
)


def draft(minutes: int) -> GroupDraft:
    return GroupDraft(NAME, description=f"{NAME} description", default_minutes=minutes)


def test_a_number_edited_on_two_laptops_lists_the_other_number_as_json(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _ = new_group(ana, NAME)
        share(ana, group_id, ben)
        ana.sync()
        ben.sync()
        [shared] = ana.sharing.shared_groups()
        ben_group = local_group(ben, shared.group_uuid)
        assert ben_group is not None
        ana.ws.groups.update(group_id, draft(75))
        ben.ws.groups.update(ben_group, draft(105))
        for laptop in (ana, ben, ana):
            laptop.sync()
        kept = ana.ws.groups.get(group_id).default_minutes
        assert kept == ben.ws.groups.get(ben_group).default_minutes
        assert kept in (75, 105)
        other = 180 - kept
        devices = {75: ana.sharing.identity().device_id, 105: ben.sharing.identity().device_id}
        for laptop in (ana, ben):
            [conflict] = laptop.sharing.conflicts()
            assert (conflict.group_uuid, conflict.table, conflict.row_key, conflict.field) == (
                shared.group_uuid,
                "groups",
                shared.group_uuid,
                "default_minutes",
            )
            assert conflict.other_value == json.dumps(other) == str(other)
            assert (conflict.kept_device, conflict.other_device) == (
                devices[kept],
                devices[other],
            )
            assert conflict.created_at == laptop.wall.now


# --- one laptop's changes handed to another without a server -----------------------------------
#
# The engine's transport is left out: Ana's changes (her own, or written here as a hostile or
# hurried laptop could) are opened as Ben's engine opens them and applied on his laptop.


def test_the_first_change_makes_the_group_and_again_changes_nothing(handoff: Handoff) -> None:
    h = handoff
    with h.ben.ws.context.sessions.begin() as s:
        [shared] = s.scalars(select(SharedGroup))
        assert (shared.group_id, shared.state) == (None, "pending")
    [first] = h.captured()
    assert h.apply(first) == [True]
    with h.ben.ws.context.sessions.begin() as s:
        [shared] = s.scalars(select(SharedGroup))
        assert shared.state == "active" and shared.group_id is not None
    assert aliases(h) == ["Ann", "Bo", "Cy"]
    before = snapshot(h.ben, h.ben.sharing.shared_groups()[0].group_uuid)
    assert h.apply(first) == [True]  # a retry after a crash
    assert snapshot(h.ben, h.ben.sharing.shared_groups()[0].group_uuid) == before
    assert aliases(h) == ["Ann", "Bo", "Cy"]
    assert h.ben.sharing.problems() == [] and h.ben.sharing.conflicts() == []


def test_an_unusable_record_is_left_out_alone_and_listed(handoff: Handoff) -> None:
    h = handoff
    h.apply(*h.captured())
    ann_id, _ = ana_member_key(h, "Ann")
    h.ana.ws.members.update(ann_id, MemberDraft("Ann", full_name="Ann Fullname", remarks="ok"))
    [edit] = h.captured()
    records = [*edit.body["records"], {"t": "no_such_table", "k": "x", "c": 5, "f": {}}]
    hostile = h.written(records)
    assert h.apply(hostile) == [True]
    [ann] = [m for m in h.ben.ws.members.list(ben_group(h)) if m.alias == "Ann"]
    assert ann.remarks == "ok"
    group_uuid = h.ben.sharing.shared_groups()[0].group_uuid
    ana_device = h.ana.sharing.identity().device_id
    assert h.ben.sharing.problems() == [
        ProblemInfo(group_uuid, ana_device, hostile.change.seq, "unusable", h.ben.wall.now)
    ]


def test_a_record_for_another_group_is_refused(handoff: Handoff) -> None:
    h = handoff
    h.apply(*h.captured())
    other = {"t": "groups", "k": "00000000-0000-4000-8000-000000000000", "c": 9, "f": {}}
    change = h.written([other])
    assert h.apply(change) == [True]
    assert [p.reason for p in h.ben.sharing.problems()] == ["unusable"]
    with h.ben.ws.context.sessions.begin() as s:
        assert s.scalar(select(func.count()).select_from(Group)) == 1  # the shared one only


def test_a_change_naming_a_member_not_here_yet_waits_whole(handoff: Handoff) -> None:
    h = handoff
    [first] = h.captured()
    h.ana.ws.members.add(ana_group(h), MemberDraft("Dee"))
    [second] = h.captured()
    # the second change alone: Dee's group is not on Ben's laptop yet
    assert h.apply(second) == [False]
    with h.ben.ws.context.sessions.begin() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 0
    assert h.ben.sharing.problems() == []
    assert h.apply(first, second) == [True, True]
    assert aliases(h) == ["Ann", "Bo", "Cy", "Dee"]


def test_a_deletion_is_final_and_takes_the_records_conflicts(handoff: Handoff) -> None:
    h = handoff
    h.apply(*h.captured())
    ann_id, ann_key = ana_member_key(h, "Ann")
    with h.ben.ws.context.sessions.begin() as s:
        [shared] = s.scalars(select(SharedGroup))
        s.add(
            SyncConflict(
                shared_group_id=shared.id,
                tbl="members",
                row_key=ann_key,
                field="remarks",
                kept_device="a",
                other_device="b",
                created_at=h.ben.wall.now,
            )
        )
    h.ana.ws.members.update(ann_id, MemberDraft("Ann", remarks="before erasure"))
    [edit] = h.captured()
    h.ana.ws.erasure.erase(ann_id)
    [erased] = h.captured()
    assert h.apply(erased) == [True]
    assert aliases(h) == ["Bo", "Cy"]
    with h.ben.ws.context.sessions.begin() as s:
        row = s.get(SyncRow, ("members", ann_key))
        assert row is not None
        assert (row.deleted, row.local_id, row.stamps, row.digests) == (True, None, "{}", "{}")
        assert s.scalar(select(func.count()).select_from(SyncConflict)) == 0
    # an edit made before the erasure, arriving after it, brings nobody back
    assert h.apply(edit) == [True]
    assert aliases(h) == ["Bo", "Cy"]
    assert h.ben.sharing.problems() == []


def test_a_deletion_of_a_record_never_here_is_kept_as_final(handoff: Handoff) -> None:
    h = handoff
    h.apply(*h.captured())
    key = "11111111-1111-4111-8111-111111111111"
    assert h.apply(h.written([{"t": "members", "k": key, "c": 50, "del": 1}])) == [True]
    with h.ben.ws.context.sessions.begin() as s:
        row = s.get(SyncRow, ("members", key))
        assert row is not None and row.deleted and row.local_id is None
        [shared] = s.scalars(select(SharedGroup))
        assert row.shared_group_id == shared.id


def test_a_laptop_whose_keys_change_is_refused(handoff: Handoff) -> None:
    h = handoff
    [first] = h.captured()
    h.apply(first)
    peer = next(r for r in first.body["records"] if r["t"] == "peers")
    forged = dict(peer["f"], sign=base64.b64encode(b"\x01" * 32).decode())
    change = h.written([{"t": "peers", "k": peer["k"], "c": 60, "f": forged}])
    assert h.apply(change) == [True]
    assert [p.reason for p in h.ben.sharing.problems()] == ["unusable"]
    with h.ben.ws.context.sessions.begin() as s:
        found = s.scalar(select(SyncPeer).where(SyncPeer.device_id == peer["k"]))
        assert found is not None and found.sign_public == base64.b64decode(peer["f"]["sign"])


STRANGER = "33333333-3333-4333-8333-333333333333"


def test_a_laptop_introduced_joins_and_its_unknown_problem_goes(handoff: Handoff) -> None:
    h = handoff
    h.apply(*h.captured())
    newcomer = "22222222-2222-4222-8222-222222222222"
    wrap, sign = b"\x02" * 32, b"\x03" * 32
    with h.ben.ws.context.sessions.begin() as s:
        [shared] = s.scalars(select(SharedGroup))
        record_problem(s, shared.id, newcomer, 0, "unknown", h.ben.wall.now)
        record_problem(s, shared.id, newcomer, 3, "gap", h.ben.wall.now)
        record_problem(s, shared.id, STRANGER, 0, "unknown", h.ben.wall.now)  # not introduced
    fields = {
        "wrap": base64.b64encode(wrap).decode(),
        "sign": base64.b64encode(sign).decode(),
        "removed": False,
        "upto": 0,
    }
    h.ben.wall.advance(30)
    assert h.apply(h.written([{"t": "peers", "k": newcomer, "c": 70, "f": fields}])) == [True]
    with h.ben.ws.context.sessions.begin() as s:
        found = s.scalar(select(SyncPeer).where(SyncPeer.device_id == newcomer))
        assert found is not None
        assert (found.wrap_public, found.sign_public, found.state, found.added_at) == (
            wrap,
            sign,
            "introduced",
            h.ben.wall.now,
        )
        assert found.removed_at is None
    assert sorted((p.device_id, p.reason) for p in h.ben.sharing.problems()) == [
        (newcomer, "gap"),
        (STRANGER, "unknown"),
    ]


def test_a_removal_names_up_to_which_change_the_laptop_counts(handoff: Handoff) -> None:
    h = handoff
    [first] = h.captured()
    h.apply(first)
    peers = [r for r in first.body["records"] if r["t"] == "peers"]
    ben_device = h.ben.sharing.identity().device_id
    [other] = [p for p in peers if p["k"] != ben_device]
    # a third laptop joins, then Ana's laptop says it was removed
    third = "33333333-3333-4333-8333-333333333333"
    joined = dict(other["f"], wrap=base64.b64encode(b"\x04" * 32).decode())
    joined["sign"] = base64.b64encode(b"\x05" * 32).decode()
    h.apply(h.written([{"t": "peers", "k": third, "c": 80, "f": joined}]))
    h.ben.wall.advance(45)
    check = base64.b64encode(b"\x06" * 32).decode()
    removed = dict(joined, removed=True, upto=7, epoch=2, check=check)
    assert h.apply(h.written([{"t": "peers", "k": third, "c": 81, "f": removed}])) == [True]
    with h.ben.ws.context.sessions.begin() as s:
        found = s.scalar(select(SyncPeer).where(SyncPeer.device_id == third))
        assert found is not None
        assert (found.state, found.removed_at, found.removed_upto) == (
            "removed",
            h.ben.wall.now,
            7,
        )
        assert (found.removed_epoch, found.removed_key_check) == (2, b"\x06" * 32)
        [shared] = s.scalars(select(SharedGroup))
        assert shared.state == "active"  # someone else removed: Ben stays
    # said again later, the first removal stands
    h.ben.wall.advance(45)
    again = dict(removed, upto=9, epoch=5, check=base64.b64encode(b"\x07" * 32).decode())
    h.apply(h.written([{"t": "peers", "k": third, "c": 82, "f": again}]))
    with h.ben.ws.context.sessions.begin() as s:
        found = s.scalar(select(SyncPeer).where(SyncPeer.device_id == third))
        assert found is not None and found.removed_upto == 7
        assert (found.removed_epoch, found.removed_key_check) == (2, b"\x06" * 32)


def test_a_removal_with_a_malformed_key_check_is_refused_and_listed(handoff: Handoff) -> None:
    h = handoff
    [first] = h.captured()
    h.apply(first)
    ben_device = h.ben.sharing.identity().device_id
    [other] = [r for r in first.body["records"] if r["t"] == "peers" and r["k"] != ben_device]
    removed = dict(other["f"], removed=True, upto=1, epoch=2, check="not base64!")
    change = h.written([{"t": "peers", "k": other["k"], "c": 95, "f": removed}])
    assert h.apply(change) == [True]
    with h.ben.ws.context.sessions.begin() as s:
        found = s.scalar(select(SyncPeer).where(SyncPeer.device_id == other["k"]))
        assert found is not None and found.state != "removed"
    assert "unusable" in {p.reason for p in h.ben.sharing.problems()}


def test_removing_this_laptop_leaves_the_group(handoff: Handoff) -> None:
    h = handoff
    [first] = h.captured()
    h.apply(first)
    ben_device = h.ben.sharing.identity().device_id
    [mine] = [r for r in first.body["records"] if r["t"] == "peers" and r["k"] == ben_device]
    removed = dict(mine["f"], removed=True)
    del removed["upto"]
    assert h.apply(h.written([{"t": "peers", "k": ben_device, "c": 90, "f": removed}])) == [True]
    with h.ben.ws.context.sessions.begin() as s:
        [shared] = s.scalars(select(SharedGroup))
        assert shared.state == "left"
        found = s.scalar(select(SyncPeer).where(SyncPeer.device_id == ben_device))
        assert found is not None and (found.state, found.removed_upto) == ("removed", 0)
