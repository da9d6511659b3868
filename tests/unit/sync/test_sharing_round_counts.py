"""A round's report counts exactly: a change refused because its laptop was removed counts
once as refused, refusals from two laptops count two, and what is pushed counts every
shared group, not only the last one."""

from __future__ import annotations

from pathlib import Path

import psycopg

from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.sharing import ProblemInfo
from facilitator_desktop.sync.server import Server
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import laptops, local_group, new_group, server_settings, share
from tests.unit.sync.removal_support import ben_removed, shared_by, shared_by_three


def test_a_change_written_after_removal_counts_once_as_refused_in_the_report(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 3) as (ana, ben, cat):
        shared_uuid, ben_device, before, ben_group = ben_removed(settings, ana, ben, cat)
        ben.ws.members.add(ben_group, MemberDraft("Written after removal"))
        ben.engine.capture()
        ben.ws.members.add(ben_group, MemberDraft("Also after removal"))
        ben.sync()  # both go out before Ben's laptop reads of the removal
        with Server.connect(settings) as server:
            assert server.heads(shared_uuid)[ben_device] == before + 2
        cat.wall.advance(125)
        report = cat.sync()
        # Ben's stream stops at the first change past his removal: one refused, none applied
        assert (report.pushed, report.applied, report.refused, report.waiting) == (0, 0, 1, 0)
        assert cat.sharing.problems() == [
            ProblemInfo(shared_uuid, ben_device, before + 1, "removed", cat.wall.now)
        ]
        assert [m.alias for m in cat.ws.members.list(local_group(cat, shared_uuid) or 0)] == [
            "Ann",
            "Bo",
            "Cy",
        ]


def test_a_round_counts_what_it_pushed_for_every_shared_group(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2, records_per_change=2) as (ana, ben):
        tuesday, _ = new_group(ana)
        thursday, _ = new_group(ana, "Thursday carers group", ("Di",))
        share(ana, tuesday, ben)
        share(ana, thursday, ben)
        report = ana.sync()
        # Tuesday: peers 2, group 1, members 3 = 6 records, 3 changes;
        # Thursday: peers 2, group 1, member 1 = 4 records, 2 changes
        assert (report.pushed, report.applied, report.refused, report.waiting) == (5, 0, 0, 0)
        got = ben.sync()
        assert (got.pushed, got.applied, got.refused, got.waiting) == (0, 5, 0, 0)


def test_changes_refused_from_two_laptops_count_two(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    """Ana removes Ben and Cat; each writes once more. Dan's report counts both refusals."""
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 4) as (ana, ben, cat, dan):
        group_id = shared_by(ana, ben, cat, dan)
        [shared] = ana.sharing.shared_groups()
        for removed in (ben, cat):
            ana.sharing.remove_co_facilitator(group_id, removed.sharing.identity().device_id)
        for laptop in (ana, dan):
            laptop.sync()
        for removed in (ben, cat):  # offline meanwhile: they write before they read of it
            own_group = local_group(removed, shared.group_uuid)
            assert own_group is not None
            removed.ws.members.add(own_group, MemberDraft("Written after removal"))
            removed.sync()
        dan.wall.advance(60)
        report = dan.sync()
        assert (report.applied, report.refused) == (0, 2)
        assert {p.reason for p in dan.sharing.problems()} == {"removed"}


def test_changes_altered_on_the_server_from_two_laptops_count_two(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    """Ben's and Cat's latest changes are altered on the server: Ana's report counts both."""
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 3) as (ana, ben, cat):
        shared_by_three(ana, ben, cat)
        [shared] = ana.sharing.shared_groups()
        for writer in (ben, cat):
            own_group = local_group(writer, shared.group_uuid)
            assert own_group is not None
            writer.ws.members.add(own_group, MemberDraft(f"Added by {writer.name}"))
            writer.sync()
        with psycopg.connect(postgres_cluster.conninfo(sync_database), autocommit=True) as db:
            db.execute("UPDATE changes SET payload = payload || '\\x00'::bytea")
        ana.wall.advance(60)
        report = ana.sync()
        assert (report.applied, report.refused) == (0, 2)
        assert {p.reason for p in ana.sharing.problems()} == {"signature"}
