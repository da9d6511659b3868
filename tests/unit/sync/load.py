"""A bounded load run: many simulated laptops in many shared groups pushing and pulling at
once against one server, then a check that no change was lost or doubled. Used by the
test (small) and by benchmarks/bench_sync.py (50 laptops in 20 groups)."""

from __future__ import annotations

import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import psycopg

from facilitator_desktop.services.members import MemberDraft
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import (
    Laptop,
    local_group,
    make_laptop,
    new_group,
    server_settings,
    share,
    snapshot,
)


@dataclass(frozen=True)
class LoadResult:
    devices: int
    groups: int
    members_added: int  # the changes made during the run (one member each)
    changes_on_server: int
    seconds: float  # the concurrent phase
    syncs: int
    slowest_sync_s: float
    lost: int
    doubled: int
    replicas_differing: int


def load_run(
    cluster: PostgresCluster,
    dbname: str,
    folder: Path,
    *,
    devices: int,
    groups: int,
    rounds: int,
    edits: int,
    workers: int = 8,
) -> LoadResult:
    settings = server_settings(cluster, dbname)
    fleet = [make_laptop(folder, f"d{i:02d}", settings) for i in range(devices)]
    try:
        teams: list[list[Laptop]] = [fleet[g::groups] for g in range(groups)]
        uuids: list[str] = []
        for g, team in enumerate(teams):
            group_id, _ = new_group(team[0], name=f"Group {g}", members=("Ann", "Bo"))
            share(team[0], group_id, *team[1:])
            uuids.append(team[0].sharing.shared_groups()[0].group_uuid)
        with ThreadPoolExecutor(workers) as pool:  # everyone's first sync, at once
            list(pool.map(lambda laptop: laptop.sync(), [t[0] for t in teams]))
            list(pool.map(lambda laptop: laptop.sync(), fleet))
        durations: list[float] = []
        added: dict[str, list[str]] = {u: ["Ann", "Bo"] for u in uuids}
        home = {laptop.name: uuids[g] for g, team in enumerate(teams) for laptop in team}

        def work(laptop: Laptop) -> None:
            group_uuid = home[laptop.name]
            for r in range(rounds):
                group_id = local_group(laptop, group_uuid)
                if group_id is not None:
                    for e in range(edits):
                        alias = f"{laptop.name}r{r}e{e}"
                        laptop.ws.members.add(group_id, MemberDraft(alias))
                        added[group_uuid].append(alias)
                started = time.perf_counter()
                laptop.sync()
                durations.append(time.perf_counter() - started)

        started = time.perf_counter()
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(work, fleet))
        seconds = time.perf_counter() - started
        for team in teams:  # settle: every laptop of a group syncs until nothing moves
            for _ in range(4):
                reports = [laptop.sync() for laptop in team]
                if not any(report.pushed or report.applied for report in reports):
                    break
        lost = doubled = differing = 0
        for g, team in enumerate(teams):
            expected = Counter(added[uuids[g]])
            first = snapshot(team[0], uuids[g])
            for laptop in team:
                group_id = local_group(laptop, uuids[g])
                held = Counter(
                    m.alias for m in laptop.ws.members.list(group_id or -1, include_left=True)
                )
                lost += sum((expected - held).values())
                doubled += sum((held - expected).values())
                differing += snapshot(laptop, uuids[g]) != first
        with psycopg.connect(cluster.conninfo(dbname)) as db:
            on_server = db.execute("SELECT count(*) FROM changes").fetchone()
            gaps = db.execute(
                "SELECT count(*) FROM (SELECT device_id, max(seq) - count(*) AS gap "
                "FROM changes GROUP BY device_id) x WHERE gap <> 0"
            ).fetchone()
        assert gaps is not None and gaps[0] == 0, "a device's stream has a gap on the server"
        return LoadResult(
            devices,
            groups,
            sum(len(v) - 2 for v in added.values()),
            int(on_server[0]) if on_server else 0,
            seconds,
            len(durations),
            max(durations, default=0.0),
            lost,
            doubled,
            differing,
        )
    finally:
        for laptop in fleet:
            laptop.ws.close()
