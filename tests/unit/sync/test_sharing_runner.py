"""The background runner: it syncs on its own thread, says what it is doing in words the
status line can show, and neither blocks nor dies when the server is away or the workspace
locks."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.sharing_runner import SyncRunner, SyncStatus
from tests.helpers.postgres import PostgresCluster, free_port
from tests.unit.sync.laptops import (
    laptops,
    local_group,
    make_laptop,
    new_group,
    server_settings,
    share,
)


def wait_for(condition, timeout: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_nothing_shared_means_off(tmp_path: Path) -> None:
    laptop = make_laptop(tmp_path, "ana", server_settings_stub())
    try:
        runner = SyncRunner(laptop.ws.context)
        assert runner.sync_once().state == "off"
    finally:
        laptop.ws.close()


def server_settings_stub():  # type: ignore[no-untyped-def]
    from facilitator_desktop.sync.server import ServerSettings

    return ServerSettings("127.0.0.1", free_port(), "db", "role", "pw")


def test_offline_says_how_many_changes_wait_and_loses_none(tmp_path: Path) -> None:
    ana = make_laptop(tmp_path, "ana", server_settings_stub())
    ben = make_laptop(tmp_path, "ben", server_settings_stub())
    try:
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        port = free_port()  # nobody listens there
        ana.sharing.set_server("127.0.0.1", port, "groups", "ana", "pw")
        runner = SyncRunner(ana.ws.context)
        status = runner.sync_once()
        assert status.state == "offline"
        assert status.waiting >= 1 and status.synced_at is None
        ana.ws.members.add(group_id, MemberDraft("Dee"))
        again = runner.sync_once()
        assert again.state == "offline" and again.waiting > status.waiting - 1
        assert ana.engine.waiting() == again.waiting
    finally:
        ana.ws.close()
        ben.ws.close()


def test_a_locked_workspace_waits_quietly(tmp_path: Path) -> None:
    ana = make_laptop(tmp_path, "ana", server_settings_stub())
    try:
        ana.sharing.set_server("127.0.0.1", free_port(), "groups", "ana", "pw")
        ana.ws.lock()
        assert SyncRunner(ana.ws.context).sync_once().state == "locked"
    finally:
        ana.ws.close()


def test_minutes_since_sync() -> None:
    at = datetime(2026, 3, 2, 18, 0)
    status = SyncStatus("synced", synced_at=at)
    assert status.minutes_since_sync(at + timedelta(seconds=150)) == 2
    assert status.minutes_since_sync(at - timedelta(seconds=5)) == 0
    assert SyncStatus("off").minutes_since_sync(at) is None


def test_two_runners_carry_a_change_across_within_seconds(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        for laptop in (ana, ben):
            laptop.sharing.set_server(
                settings.host, settings.port, settings.dbname, settings.role, settings.password
            )
        seen: list[SyncStatus] = []
        threads: set[str] = set()

        def heard(status: SyncStatus) -> None:
            seen.append(status)
            threads.add(threading.current_thread().name)

        ana_runner = SyncRunner(ana.ws.context, interval_s=0.5, poll_s=0.05, on_status=heard)
        ben_runner = SyncRunner(ben.ws.context, interval_s=0.2, poll_s=0.05)
        ana_runner.start()
        ben_runner.start()
        try:
            [shared] = ana.sharing.shared_groups()
            assert wait_for(lambda: local_group(ben, shared.group_uuid) is not None)
            ben_group = local_group(ben, shared.group_uuid)
            assert ben_group is not None
            ana.ws.members.add(group_id, MemberDraft("Dee"))
            assert wait_for(lambda: "Dee" in [m.alias for m in ben.ws.members.list(ben_group)])
            assert wait_for(lambda: ana_runner.status().state == "synced")
        finally:
            ana_runner.stop()
            ben_runner.stop()
        assert not ana_runner.running and not ben_runner.running
        assert threads == {"facilitator-sync"}  # never on the caller's thread
        assert {s.state for s in seen} >= {"syncing", "synced"}
        assert ana_runner.status().waiting == 0
