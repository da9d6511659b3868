"""Load, small: twelve laptops in five shared groups adding members and syncing at once
against one server lose and double nothing, and every replica of a group ends equal
(benchmarks/bench_sync.py runs fifty laptops in twenty groups)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.load import load_run


def test_many_laptops_at_once_lose_and_double_nothing(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    result = load_run(
        postgres_cluster, sync_database, tmp_path, devices=12, groups=5, rounds=2, edits=2
    )
    assert result.members_added == 12 * 2 * 2
    assert (result.lost, result.doubled, result.replicas_differing) == (0, 0, 0)
    assert result.changes_on_server >= result.members_added // 2
