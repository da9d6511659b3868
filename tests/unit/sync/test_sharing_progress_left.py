"""The sync engine: what a round says is left to read counts the changes of every
other laptop in the group, not of one of them."""

from __future__ import annotations

from pathlib import Path

from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.sharing_engine import SyncEngine
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import laptops, local_group, new_group, server_settings, share


def test_progress_counts_what_is_left_from_every_other_laptop(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 3) as (ana, ben, cat):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben, cat)
        for laptop in (ana, ben, cat, ana, ben, cat):
            laptop.sync()
        [shared] = ana.sharing.shared_groups()
        ben_group = local_group(ben, shared.group_uuid)
        cat_group = local_group(cat, shared.group_uuid)
        assert ben_group is not None and cat_group is not None
        # Ana and Ben each add two members, a sync after each: two changes from each laptop.
        for alias in ("Dee", "Eve"):
            ana.wall.advance(60)
            ana.ws.members.add(group_id, MemberDraft(alias))
            ana.sync()
        for alias in ("Fay", "Gus"):
            ben.wall.advance(60)
            ben.ws.members.add(ben_group, MemberDraft(alias))
            ben.sync()
        # Cat reads one change per laptop at a time: after the first of Ana's and of Ben's,
        # one of each is still left, two in all.
        seen: list[tuple[int, int]] = []
        engine = SyncEngine(cat.ws.context, pull_limit=1)
        report = engine.sync(settings, lambda done, left: seen.append((done, left)))
        assert seen == [(2, 2), (4, 0)]
        assert (report.pushed, report.applied, report.refused, report.waiting) == (0, 4, 0, 0)
        assert sorted(m.alias for m in cat.ws.members.list(cat_group)) == [
            "Ann",
            "Bo",
            "Cy",
            "Dee",
            "Eve",
            "Fay",
            "Gus",
        ]
