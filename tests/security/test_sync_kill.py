"""kill -9 in the middle of a sync loses and doubles nothing: a laptop's sync process is
killed again and again while it pushes or applies; afterwards ordinary syncs bring both
laptops to the same group, every change once, nothing waiting and no problem."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitator_desktop import demo
from facilitator_desktop.services.members import MemberDraft
from tests.conftest import PASSPHRASE
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import (
    Laptop,
    laptops,
    local_group,
    make_laptop,
    server_settings,
    share,
    snapshot,
)

# Opens one laptop's workspace and syncs in a loop, saying "synced" after each round.
WORKER = """
import sys
from facilitator_desktop.services.sharing_engine import SyncEngine
from facilitator_desktop.sync.server import ServerSettings
from facilitator_desktop.workspace import Workspace

folder, passphrase, host, port, dbname, role, password = sys.argv[1:8]
ws = Workspace.open(folder, passphrase)
settings = ServerSettings(host, int(port), dbname, role, password)
engine = SyncEngine(ws.context, records_per_change=40, pull_limit=5)
print("open", flush=True)
while True:
    engine.sync(settings)
    print("synced", flush=True)
"""


def kill_during_syncs(laptop: Laptop, kills: int, rng: random.Random) -> None:
    settings = laptop.settings
    folder = laptop.ws.data_dir
    for _ in range(kills):
        proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                WORKER,
                str(folder),
                PASSPHRASE,
                settings.host,
                str(settings.port),
                settings.dbname,
                settings.role,
                settings.password,
            ],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "open"
        time.sleep(rng.uniform(0.05, 0.6))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()


@pytest.mark.slow
def test_sync_killed_mid_way_again_and_again_loses_and_doubles_nothing(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    rng = random.Random(7)
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 1) as (ana,):
        demo.populate(ana.ws, groups=1, weeks=8, seed=1)
        group_id = ana.ws.groups.list()[0].id
        ben = make_laptop(tmp_path, "ben", settings)
        try:
            share(ana, group_id, ben)
            [shared] = ana.sharing.shared_groups()
            ana.ws.close()  # the killed processes open it themselves
            kill_during_syncs(ana, 2, rng)
            ana = reopen(ana)
            ana.ws.members.add(group_id, MemberDraft("After the kills"))
            ana.sync()
            ben.ws.close()
            kill_during_syncs(ben, 3, rng)
            ben = reopen(ben)
            for laptop in (ben, ana, ben):
                laptop.sync()
            assert local_group(ben, shared.group_uuid) is not None
            assert snapshot(ben, shared.group_uuid) == snapshot(ana, shared.group_uuid)
            for laptop in (ana, ben):
                assert laptop.engine.waiting() == 0
                assert laptop.sharing.problems() == []
            # every change of Ana's stream is on the server once, in sequence
            import psycopg

            with psycopg.connect(postgres_cluster.conninfo(sync_database)) as db:
                seqs = [
                    r[0]
                    for r in db.execute(
                        "SELECT seq FROM changes WHERE device_id = %s ORDER BY seq",
                        (ana.sharing.identity().device_id,),
                    )
                ]
            assert seqs == list(range(1, len(seqs) + 1))
        finally:
            ben.ws.close()
            ana.ws.close()


def reopen(laptop: Laptop) -> Laptop:
    from facilitator_desktop.services.sharing import SharingService
    from facilitator_desktop.services.sharing_engine import SyncEngine
    from facilitator_desktop.workspace import Workspace

    ws = Workspace.open(laptop.ws.data_dir, PASSPHRASE, now=laptop.wall)
    return Laptop(
        laptop.name,
        ws,
        SharingService(ws.context),
        SyncEngine(ws.context, records_per_change=40, pull_limit=5),
        laptop.settings,
        laptop.wall,
    )
