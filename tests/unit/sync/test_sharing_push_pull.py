"""Two laptops share a group through a real PostgreSQL server: what one writes, the other
reads after a sync, whatever was written before the sharing began."""

from __future__ import annotations

from pathlib import Path

from facilitator_desktop.services.members import MemberDraft
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import (
    laptops,
    local_group,
    new_group,
    run_session,
    server_settings,
    share,
    snapshot,
)


def test_a_shared_group_reaches_the_co_facilitator_whole(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _members = new_group(ana)
        run_session(ana, group_id)
        group_uuid = ana.ws.groups.get(group_id)
        share(ana, group_id, ben)
        ana.sync()
        ben.sync()
        [shared] = ana.sharing.shared_groups()
        ben_group = local_group(ben, shared.group_uuid)
        assert ben_group is not None
        assert snapshot(ben, shared.group_uuid) == snapshot(ana, shared.group_uuid)
        aliases = sorted(m.alias for m in ben.ws.members.list(ben_group))
        assert aliases == ["Ann", "Bo", "Cy"]
        # and back: Ben adds a member, Ana sees her
        ben.ws.members.add(ben_group, MemberDraft("Dee"))
        ben.sync()
        ana.sync()
        assert sorted(m.alias for m in ana.ws.members.list(group_id)) == ["Ann", "Bo", "Cy", "Dee"]
        assert snapshot(ben, shared.group_uuid) == snapshot(ana, shared.group_uuid)
        del group_uuid
