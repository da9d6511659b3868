"""A removal read in the same round as what the removed laptop wrote after it: every laptop
refuses the same changes. Ana removes Ben before she has read his latest change; Cat then
reads both at once and must not keep what Ana refuses."""

from __future__ import annotations

from pathlib import Path

from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.sharing_engine import _removed_upto
from facilitator_desktop.sync.protocol import Opened, WireChange
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import aliases_in, laptops, local_group, server_settings
from tests.unit.sync.removal_support import shared_by, shared_by_three


def test_a_change_the_remover_refuses_is_refused_by_a_laptop_reading_both_at_once(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 3) as (ana, ben, cat):
        group_id = shared_by_three(ana, ben, cat)
        [shared] = ana.sharing.shared_groups()
        ben_group = local_group(ben, shared.group_uuid)
        assert ben_group is not None
        ben.ws.members.add(ben_group, MemberDraft("Written as he was removed"))
        ben.sync()
        ana.sharing.remove_co_facilitator(group_id, ben.sharing.identity().device_id)
        ana.sync()  # the removal goes out first; Ben's change then comes in, past it
        assert "Written as he was removed" not in aliases_in(ana, shared.group_uuid)
        report = cat.sync()
        assert "Written as he was removed" not in aliases_in(cat, shared.group_uuid)
        assert report.refused == 1
        assert [p.reason for p in cat.sharing.problems()] == ["removed"]
        cat.sync()  # and it stays refused
        assert "Written as he was removed" not in aliases_in(cat, shared.group_uuid)
        assert [p.reason for p in cat.sharing.problems()] == ["removed"]


def _opened(*records: object) -> Opened:
    change = WireChange("g", "ana", 1, 1, 1, b"", b"")
    return Opened(change, {"records": list(records)}, b"")


def test_the_removals_of_a_round_name_who_is_cut_and_where() -> None:
    removal = {"t": "peers", "k": "ben", "f": {"removed": True, "upto": 4}}
    again = {"t": "peers", "k": "ben", "f": {"removed": True, "upto": 9}}
    joined = {"t": "peers", "k": "dot", "f": {"removed": False, "upto": 0}}
    no_upto = {"t": "peers", "k": "eve", "f": {"removed": True}}
    member = {"t": "members", "k": "m1", "f": {"removed": True, "upto": 1}}
    ready = [_opened(removal, joined), _opened(again, no_upto, member)]
    assert _removed_upto(ready) == {"ben": 4, "eve": 0}


def test_a_malformed_removal_cuts_nothing_and_breaks_nothing() -> None:
    """What the applier cannot read as a removal (it refuses the record) cuts nothing."""
    hostile = [
        "not a record",
        {"t": "peers", "k": "ben", "f": "not fields"},
        {"t": "peers", "k": "ben", "f": {"removed": True, "upto": "four"}},
        {"t": "peers", "k": "ben", "f": {"removed": True, "upto": None}},
        {"t": "peers", "f": {"removed": True, "upto": 4}},
    ]
    assert _removed_upto([_opened(*hostile)]) == {}
    # read as the applier reads it: a number written as text is that number
    text = {"t": "peers", "k": "ben", "f": {"removed": True, "upto": "4"}}
    assert _removed_upto([_opened(text)]) == {"ben": 4}
    assert _removed_upto([Opened(WireChange("g", "a", 1, 1, 1, b"", b""), {}, b"")]) == {}


def test_a_change_past_an_unread_removal_waits_for_it_when_one_pull_takes_less(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    """The pull's frontier: with one change read per pull, Ana's removal of Ben is not read
    in the first round, and Ben's change (later in clock order than what was read of Ana)
    waits for it instead of being applied: Cat then refuses it, as Ana does."""
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 3, pull_limit=1) as (ana, ben, cat):
        group_id = shared_by_three(ana, ben, cat)
        [shared] = ana.sharing.shared_groups()
        ben_group = local_group(ben, shared.group_uuid)
        assert ben_group is not None
        for alias in ("Ben 1", "Ben 2", "Ben 3", "Ben 4", "Ben 5"):  # his clock runs ahead
            ben.ws.members.add(ben_group, MemberDraft(alias))
        ben.sync()
        ana.ws.members.add(group_id, MemberDraft("Ana's before"))
        ana.engine.capture()
        ana.sharing.remove_co_facilitator(group_id, ben.sharing.identity().device_id)
        ana.sync()
        assert "Ben 1" not in aliases_in(ana, shared.group_uuid)
        cat.sync()
        assert "Ana's before" in aliases_in(cat, shared.group_uuid)
        assert "Ben 1" not in aliases_in(cat, shared.group_uuid)
        assert [p.reason for p in cat.sharing.problems()] == ["removed"]


def test_the_frontier_is_the_earliest_of_the_streams_cut_short(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    """Two streams cut short in one pull: the remover's, read up to an earlier clock, and
    Dot's, read up to a later one. Changes wait until the earlier of the two: Ben's change,
    past the unread removal, is not applied before it. (The remover is the laptop whose id
    sorts first, so taking the last stream's clock instead of the earliest would let it in.)"""
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 4, pull_limit=1) as (ana, ben, cat, dot):
        shared_by(ana, ben, cat, dot)
        dot.sync()
        [shared] = ana.sharing.shared_groups()
        remover, other = sorted((ana, dot), key=lambda x: x.sharing.identity().device_id)
        remover_group = local_group(remover, shared.group_uuid)
        other_group = local_group(other, shared.group_uuid)
        ben_group = local_group(ben, shared.group_uuid)
        assert remover_group is not None and other_group is not None and ben_group is not None
        for alias in ("Ben 1", "Ben 2", "Ben 3"):  # his clock runs ahead of the remover's
            ben.ws.members.add(ben_group, MemberDraft(alias))
        ben.sync()
        for n in range(1, 6):  # one change, later in clock order than Ben's
            other.ws.members.add(other_group, MemberDraft(f"Other {n}"))
        other.engine.capture()
        for n in range(6, 9):  # and more than one pull takes
            other.ws.members.add(other_group, MemberDraft(f"Other {n}"))
            other.engine.capture()
        other.sync()
        remover.ws.members.add(remover_group, MemberDraft("Before the removal"))
        remover.engine.capture()
        remover.sharing.remove_co_facilitator(remover_group, ben.sharing.identity().device_id)
        remover.sync()
        cat.sync()
        seen = aliases_in(cat, shared.group_uuid)
        assert {"Before the removal", "Other 8"} <= seen
        assert "Ben 1" not in seen
        assert [p.reason for p in cat.sharing.problems()] == ["removed"]
