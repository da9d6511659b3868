"""The pull's frontier holds back only what a stream will still bring: with one change read
per pull, a stream stopped by a change altered on the server (it is refused, and the rest of
that laptop's stream is never applied) does not keep another laptop's later changes out,
sync after sync."""

from __future__ import annotations

from pathlib import Path

import psycopg

from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.sync.server import Server
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import aliases_in, laptops, local_group, server_settings
from tests.unit.sync.removal_support import shared_by_three


def test_a_stream_stopped_by_a_refused_change_holds_no_other_laptop_back(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 3, pull_limit=1) as (ana, ben, cat):
        group_id = shared_by_three(ana, ben, cat)
        [shared] = ana.sharing.shared_groups()
        ana_device = ana.sharing.identity().device_id
        with Server.connect(settings) as server:
            before = server.heads(shared.group_uuid)[ana_device]
        for alias in ("Ana 1", "Ana 2"):  # two changes: one pull takes one
            ana.ws.members.add(group_id, MemberDraft(alias))
            ana.engine.capture()
        ana.sync()
        ben.sync()  # Ben reads them, so what he writes next is later in clock order
        ben_group = local_group(ben, shared.group_uuid)
        assert ben_group is not None
        ben.ws.members.add(ben_group, MemberDraft("Ben 1"))
        ben.sync()
        with psycopg.connect(postgres_cluster.conninfo(sync_database), autocommit=True) as db:
            db.execute(
                "UPDATE changes SET payload = payload || '\\x00'::bytea"
                " WHERE device_id = %s AND seq = %s",
                (ana_device, before + 1),
            )
        for _ in range(2):
            cat.sync()
            seen = aliases_in(cat, shared.group_uuid)
            assert "Ben 1" in seen
            assert not {"Ana 1", "Ana 2"} & seen
        assert [p.reason for p in cat.sharing.problems()] == ["signature"]
