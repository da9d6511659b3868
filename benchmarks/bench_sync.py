"""Sharing a group through PostgreSQL, against a throwaway local cluster (as the tests start
it: Debian's server, 127.0.0.1, a random port, a temporary folder).

Figures, each next to a baseline measured in the same run:
- first sync of one group with ten years of history (520 weekly sessions, demo data) onto a
  new laptop: keys, pull, verify, apply. Goal ≤ 10 s. Baseline: only pulling the same
  changes from the server (bytes, no checks).
- a session's changes on the server after it ends, with the background runner as the app
  starts it. Goal ≤ 1 s. Baseline: one sync with nothing to send.
- the runner's CPU with sync on (a shared group, runner polling, nothing written), as % of
  one core. Goal ≤ 1 %. Baseline: the same window with no runner.
- load: 50 laptops in 20 groups adding members and syncing at once (8 threads): changes per
  second, the slowest sync, changes lost and doubled (goal 0 and 0).

    python benchmarks/bench_sync.py [--quick]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # the simulated laptops and the cluster live with the tests
    sys.path.insert(0, str(ROOT))

from common import print_table  # noqa: E402

from facilitator_desktop import demo  # noqa: E402
from facilitator_desktop.services.sharing_runner import SyncRunner  # noqa: E402
from facilitator_desktop.sync.server import Server  # noqa: E402
from tests.helpers.postgres import PostgresCluster, remove_cluster, start_cluster  # noqa: E402
from tests.unit.sync.laptops import (  # noqa: E402
    laptops,
    local_group,
    new_group,
    run_session,
    server_settings,
    share,
)
from tests.unit.sync.load import load_run  # noqa: E402

HEADER = ("figure", "value", "unit", "baseline (same run)", "baseline value", "goal")


def first_sync(cluster: PostgresCluster, weeks: int) -> tuple[float, float, int]:
    """(seconds for the new laptop's first sync, seconds to only pull, changes)."""
    database = cluster.create_database()
    folder = Path(tempfile.mkdtemp(prefix="fd-bench-sync-"))
    try:
        with laptops(folder, server_settings(cluster, database), 2) as (ana, ben):
            demo.populate(ana.ws, groups=1, weeks=weeks, seed=0)
            group_id = ana.ws.groups.list()[0].id
            share(ana, group_id, ben)
            ana.sync()
            [shared] = ana.sharing.shared_groups()
            device = ana.sharing.identity().device_id
            started = time.perf_counter()
            with Server.connect(ana.settings) as server:
                pulled = server.pull(shared.group_uuid, device, 0, 1_000_000)
            pull_only = time.perf_counter() - started
            started = time.perf_counter()
            ben.sync()
            seconds = time.perf_counter() - started
            assert local_group(ben, shared.group_uuid) is not None
            return seconds, pull_only, len(pulled)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        cluster.drop_database(database)


def session_to_server(cluster: PostgresCluster) -> tuple[float, float]:
    """(seconds from a session's end to its changes on the server, an idle sync)."""
    database = cluster.create_database()
    folder = Path(tempfile.mkdtemp(prefix="fd-bench-sync-"))
    try:
        settings = server_settings(cluster, database)
        with laptops(folder, settings, 2) as (ana, ben):
            group_id, _ = new_group(ana)
            share(ana, group_id, ben)
            ana.sharing.set_server(
                settings.host, settings.port, settings.dbname, settings.role, settings.password
            )
            ana.sync()
            started = time.perf_counter()
            ana.sync()
            idle = time.perf_counter() - started
            runner = SyncRunner(ana.ws.context)  # the app's defaults
            runner.start()
            try:
                time.sleep(1.5)  # its first sync is done
                with Server.connect(settings) as server:
                    before = sum(server.heads(ana.sharing.shared_groups()[0].group_uuid).values())
                    run_session(ana, group_id, minutes=1)  # returns when the session has ended
                    ended = time.perf_counter()
                    uuid = ana.sharing.shared_groups()[0].group_uuid
                    while sum(server.heads(uuid).values()) == before:
                        time.sleep(0.01)
                        if time.perf_counter() - ended > 30:
                            raise RuntimeError("the session's changes never reached the server")
                    return time.perf_counter() - ended, idle
            finally:
                runner.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        cluster.drop_database(database)


def runner_cpu(cluster: PostgresCluster, seconds: float) -> tuple[float, float]:
    """(% of one core with the runner on, % without), over `seconds` of wall time."""
    database = cluster.create_database()
    folder = Path(tempfile.mkdtemp(prefix="fd-bench-sync-"))
    try:
        settings = server_settings(cluster, database)
        with laptops(folder, settings, 2) as (ana, ben):
            group_id, _ = new_group(ana)
            share(ana, group_id, ben)
            ana.sharing.set_server(
                settings.host, settings.port, settings.dbname, settings.role, settings.password
            )
            ana.sync()

            def window() -> float:
                cpu, wall = time.process_time(), time.perf_counter()
                time.sleep(seconds)
                return 100 * (time.process_time() - cpu) / (time.perf_counter() - wall)

            without = window()
            runner = SyncRunner(ana.ws.context)
            runner.start()
            try:
                time.sleep(1.5)  # past its first sync
                with_runner = window()
            finally:
                runner.stop()
            return with_runner, without
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        cluster.drop_database(database)


def load(cluster: PostgresCluster, devices: int, groups: int) -> tuple[float, float, int, int]:
    database = cluster.create_database()
    folder = Path(tempfile.mkdtemp(prefix="fd-bench-sync-"))
    try:
        result = load_run(
            cluster, database, folder, devices=devices, groups=groups, rounds=3, edits=2
        )
        return (
            result.changes_on_server / result.seconds,
            result.slowest_sync_s,
            result.lost,
            result.doubled + result.replicas_differing,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        cluster.drop_database(database)


def measure(quick: bool = False) -> list[tuple[object, ...]]:
    """Headline figures (for a run_all-style table)."""
    cluster = start_cluster()
    try:
        weeks = 52 if quick else 520
        first, pull_only, changes = first_sync(cluster, weeks)
        ended, idle = session_to_server(cluster)
        cpu_on, cpu_off = runner_cpu(cluster, 5.0 if quick else 20.0)
        devices, groups = (12, 5) if quick else (50, 20)
        rate, slowest, lost, doubled = load(cluster, devices, groups)
    finally:
        remove_cluster(cluster)
    return [
        (
            f"first sync, {weeks} weeks of one group ({changes} changes)",
            first,
            "s",
            "pull only, no checks",
            pull_only,
            "≤ 10 s",
        ),
        ("session on the server after it ends", ended, "s", "idle sync", idle, "≤ 1 s"),
        ("runner CPU with sync on", cpu_on, "% core", "no runner", cpu_off, "≤ 1 %"),
        (f"load: {devices} laptops, {groups} groups", rate, "changes/s", "", "", ""),
        (f"load: slowest sync of {devices}", slowest, "s", "", "", ""),
        (
            "load: changes lost / doubled or replicas differing",
            f"{lost} / {doubled}",
            "",
            "",
            "",
            "0 / 0",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one year, 12 laptops")
    args = parser.parse_args()
    print_table("Sharing through PostgreSQL", HEADER, measure(args.quick))
    return 0


if __name__ == "__main__":
    sys.exit(main())
