"""What one sync asks of the server and sends while it runs: a member added on the laptop
while a long pull is under way goes up between its rounds (as when the background runner
syncs while the facilitator writes), and the keys are looked at again only when a removal
read in the round left a key awaited."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.sharing_engine import SyncEngine
from facilitator_desktop.sync.server import Server
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import laptops, local_group, new_group, server_settings, share


def test_a_member_added_while_a_long_pull_runs_goes_up_in_the_same_sync(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2, records_per_change=2) as (ana, ben):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        ana.sync()
        ben.sync()
        [shared] = ana.sharing.shared_groups()
        for alias in ("Dee", "Eli", "Fay", "Gus", "Hal", "Ivy"):  # three changes of two
            ana.ws.members.add(group_id, MemberDraft(alias))
        ana.sync()
        ben_group = local_group(ben, shared.group_uuid)
        assert ben_group is not None
        ben.ws.members.add(ben_group, MemberDraft("Before the sync"))
        engine = SyncEngine(ben.ws.context, records_per_change=2, pull_limit=1)
        added: list[str] = []

        def write_meanwhile(done: int, left: int) -> None:
            if done == 1:  # the facilitator adds someone between two rounds of the pull
                ben.ws.members.add(ben_group, MemberDraft("During the sync"))
                added.append("During the sync")

        report = engine.sync(settings, write_meanwhile)
        # taken in by the next round's apply, sent before the round after it
        assert added and (report.pushed, report.applied, report.waiting) == (2, 3, 0)
        assert 0 < report.seconds < 60  # how long it took, as the status line may say
        ana.sync()
        names = {m.alias for m in ana.ws.members.list(group_id)}
        assert {"Before the sync", "During the sync"} <= names


def test_a_round_with_no_key_awaited_asks_the_server_for_no_key(
    tmp_path: Path,
    postgres_cluster: PostgresCluster,
    sync_database: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        for laptop in (ana, ben, ana):
            laptop.sync()
        ana.ws.members.add(group_id, MemberDraft("Dee"))
        ana.sync()
        asked: list[str | None] = []
        key_grants = Server.key_grants

        def counted(self: Server, group_id: str, device_id: str | None = None) -> list:  # type: ignore[type-arg]
            asked.append(device_id)
            return key_grants(self, group_id, device_id)

        monkeypatch.setattr(Server, "key_grants", counted)
        report = ben.sync()
        assert report.applied == 1
        # once at the start: who holds which key, and what is granted to this laptop
        assert asked == [None, ben.sharing.identity().device_id]
