"""The sync engine at its edges: a refused change is listed exactly (which group, which
laptop, which of its changes, why, when)."""

from __future__ import annotations

from pathlib import Path

from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.sharing import ProblemInfo
from facilitator_desktop.sync.server import Server
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import laptops, local_group, new_group, server_settings, share


def test_a_change_written_after_removal_is_listed_exactly(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 3) as (ana, ben, cat):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben, cat)
        for laptop in (ana, ben, cat, ana):
            laptop.sync()
        [shared] = ana.sharing.shared_groups()
        ben_device = ben.sharing.identity().device_id
        ana.sharing.remove_co_facilitator(group_id, ben_device)
        ana.sync()
        cat.sync()
        ben.sync()
        with Server.connect(settings) as server:
            before = server.heads(shared.group_uuid).get(ben_device, 0)
        ben_group = local_group(ben, shared.group_uuid)
        assert ben_group is not None
        ben.ws.members.add(ben_group, MemberDraft("Written after removal"))
        ben.sync()
        cat.wall.advance(125)
        assert cat.sharing.problems() == []
        cat.sync()
        refused = ProblemInfo(shared.group_uuid, ben_device, before + 1, "removed", cat.wall.now)
        assert cat.sharing.problems() == [refused]
        cat.wall.advance(60)
        cat.sync()  # the same refusal again is not listed twice
        assert cat.sharing.problems() == [refused]
