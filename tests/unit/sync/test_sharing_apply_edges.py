"""Applying others' changes at its edges: a field that is not text, edited on two laptops at
once, keeps one value and lists the other exactly as it was written (as JSON), with who kept
which."""

from __future__ import annotations

import json
from pathlib import Path

from facilitator_desktop.services.groups import GroupDraft
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import laptops, local_group, new_group, server_settings, share

NAME = "Tuesday grief group"


def draft(minutes: int) -> GroupDraft:
    return GroupDraft(NAME, description=f"{NAME} description", default_minutes=minutes)


def test_a_number_edited_on_two_laptops_lists_the_other_number_as_json(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _ = new_group(ana, NAME)
        share(ana, group_id, ben)
        ana.sync()
        ben.sync()
        [shared] = ana.sharing.shared_groups()
        ben_group = local_group(ben, shared.group_uuid)
        assert ben_group is not None
        ana.ws.groups.update(group_id, draft(75))
        ben.ws.groups.update(ben_group, draft(105))
        for laptop in (ana, ben, ana):
            laptop.sync()
        kept = ana.ws.groups.get(group_id).default_minutes
        assert kept == ben.ws.groups.get(ben_group).default_minutes
        assert kept in (75, 105)
        other = 180 - kept
        devices = {75: ana.sharing.identity().device_id, 105: ben.sharing.identity().device_id}
        for laptop in (ana, ben):
            [conflict] = laptop.sharing.conflicts()
            assert (conflict.group_uuid, conflict.table, conflict.row_key, conflict.field) == (
                shared.group_uuid,
                "groups",
                shared.group_uuid,
                "default_minutes",
            )
            assert conflict.other_value == json.dumps(other) == str(other)
            assert (conflict.kept_device, conflict.other_device) == (
                devices[kept],
                devices[other],
            )
            assert conflict.created_at == laptop.wall.now
