"""A co-facilitator who joins after another was removed still takes what the removed one
wrote before the removal (up to the change the removal names), and lists no refusal; a
laptop not of the group is listed once, however often a sync sees it, and keeps no other
laptop from being read."""

from __future__ import annotations

from pathlib import Path

from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.sharing import ProblemInfo
from facilitator_desktop.sync.protocol import WireChange
from facilitator_desktop.sync.server import Server
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.grants_support import STRANGER
from tests.unit.sync.laptops import (
    laptops,
    local_group,
    new_group,
    server_settings,
    share,
    share_and_sync,
)


def test_what_a_removed_laptop_wrote_before_its_removal_reaches_a_later_newcomer(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 3) as (ana, ben, cat):
        group_id, _ = new_group(ana)
        share_and_sync(ana, group_id, ben)
        [shared] = ana.sharing.shared_groups()
        ben_group = local_group(ben, shared.group_uuid)
        assert ben_group is not None
        ben.ws.members.add(ben_group, MemberDraft("Dot"))
        ben.sync()
        ana.sync()
        ana.sharing.remove_co_facilitator(group_id, ben.sharing.identity().device_id)
        ana.sync()
        share(ana, group_id, cat)
        for _ in range(3):
            ana.sync()
            cat.sync()
        assert cat.sharing.problems() == []
        cat_group = local_group(cat, shared.group_uuid)
        assert cat_group is not None
        names = sorted(m.alias for m in cat.ws.members.list(cat_group))
        assert names == ["Ann", "Bo", "Cy", "Dot"]


def test_a_laptop_not_of_the_group_is_listed_once_however_often_it_is_seen(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _ = new_group(ana)
        share_and_sync(ana, group_id, ben)
        [info] = ben.sharing.shared_groups()
        with Server.connect(settings) as server:
            server.register_device(STRANGER, bytes(32), bytes(32))
            server.push([WireChange(info.group_uuid, STRANGER, 1, 99, 1, b"junk", bytes(64))])
        ben.wall.advance(10)
        ben.sync()
        listed = [ProblemInfo(info.group_uuid, STRANGER, 0, "unknown", ben.wall.now)]
        assert ben.sharing.problems() == listed
        for _ in range(2):
            ben.wall.advance(60)
            ben.sync()
        assert ben.sharing.problems() == listed


def test_a_laptop_not_of_the_group_stops_no_one_else_being_read(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    """The stranger's id sorts before every other laptop's: Ana's edit still reaches Ben."""
    settings = server_settings(postgres_cluster, sync_database)
    first = "00000000-0000-4000-8000-000000000000"
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, (ann, *_rest) = new_group(ana)
        share_and_sync(ana, group_id, ben)
        [info] = ben.sharing.shared_groups()
        with Server.connect(settings) as server:
            server.register_device(first, bytes(32), bytes(32))
            server.push([WireChange(info.group_uuid, first, 1, 99, 1, b"junk", bytes(64))])
        ana.ws.members.update(ann, MemberDraft("Ann", remarks="moved to Thursdays"))
        ana.sync()
        ben.sync()
        assert [p.device_id for p in ben.sharing.problems()] == [first]
        ben_group = local_group(ben, info.group_uuid)
        assert ben_group is not None
        [ben_ann] = [m for m in ben.ws.members.list(ben_group) if m.alias == "Ann"]
        assert ben.ws.members.get(ben_ann.id).remarks == "moved to Thursdays"
