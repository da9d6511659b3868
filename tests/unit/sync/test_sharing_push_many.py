"""A laptop that was offline for a long stretch uploads every change it made in one sync,
however many batches that takes: none is left behind and none is skipped. A laptop still
joining has nothing to upload and says so."""

from __future__ import annotations

from pathlib import Path

from facilitator_desktop.services.members import MemberDraft
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import laptops, local_group, new_group, server_settings, share

CHANGES = 201  # one more than a batch holds


def test_more_changes_than_a_batch_all_go_up_in_one_sync(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, (ann, *_rest) = new_group(ana)
        share(ana, group_id, ben)
        for laptop in (ana, ben):
            laptop.sync()
        for n in range(CHANGES):  # offline: each edit sealed as a change of its own
            ana.ws.members.update(ann, MemberDraft("Ann", remarks=f"edit {n}"))
            assert ana.engine.capture() == 1
        report = ana.sync()
        assert (report.pushed, report.waiting) == (CHANGES, 0)
        ben.sync()
        [shared] = ben.sharing.shared_groups()
        ben_group = local_group(ben, shared.group_uuid)
        assert ben_group is not None
        [ben_ann] = [m for m in ben.ws.members.list(ben_group) if m.alias == "Ann"]
        assert ben.ws.members.get(ben_ann.id).remarks == f"edit {CHANGES - 1}"


def test_a_laptop_still_joining_reports_nothing_uploaded(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    """Before the group's first change reaches it, a laptop has nothing of the group to send:
    its sync says 0 uploaded, before and as it joins."""
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        assert ben.sync().pushed == 0  # the sharer has not synced yet: ben waits
        [waiting] = ben.sharing.shared_groups()
        assert waiting.state == "pending"
        ana.sync()
        report = ben.sync()
        assert (report.pushed, report.applied) == (0, 1)
        [joined] = ben.sharing.shared_groups()
        assert joined.state == "active"
