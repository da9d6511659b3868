"""A removal read in the same round as what the removed laptop wrote after it: every laptop
refuses the same changes. Ana removes Ben before she has read his latest change; Cat then
reads both at once and must not keep what Ana refuses."""

from __future__ import annotations

from pathlib import Path

from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.sharing_engine import _removed_upto
from facilitator_desktop.sync.protocol import Opened, WireChange
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import laptops, local_group, server_settings
from tests.unit.sync.removal_support import shared_by_three


def _aliases(laptop, group_uuid: str) -> set[str]:  # type: ignore[no-untyped-def]
    group_id = local_group(laptop, group_uuid)
    assert group_id is not None
    return {m.alias for m in laptop.ws.members.list(group_id)}


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
        assert "Written as he was removed" not in _aliases(ana, shared.group_uuid)
        report = cat.sync()
        assert "Written as he was removed" not in _aliases(cat, shared.group_uuid)
        assert report.refused == 1
        assert [p.reason for p in cat.sharing.problems()] == ["removed"]
        cat.sync()  # and it stays refused
        assert "Written as he was removed" not in _aliases(cat, shared.group_uuid)
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
