"""One meeting run on two laptops is one session after a sync; when one facilitator then
deletes their copy, the other laptop's copy stands alone again, on both laptops: history
still shows the meeting, with what that laptop recorded."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import laptops, server_settings
from tests.unit.sync.test_sharing_sessions import one_meeting_on_two_laptops


def test_the_copy_left_when_a_merged_meetings_other_copy_is_deleted_stands_alone(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, ben_group = one_meeting_on_two_laptops(
            ana, ben, ({"Ann": "present"}, ["Ann"]), ({"Bo": "present"}, ["Bo"])
        )
        [merged] = ana.ws.history.sessions(group_id)
        assert merged.attended == 2
        ana.ws.sessions.delete(merged.id, delete_notes=True)
        ana.sync()
        ben.sync()
        for laptop, group in ((ana, group_id), (ben, ben_group)):
            [left] = laptop.ws.history.sessions(group)
            assert left.attended == 1, laptop.name  # Bo, as Ben's laptop recorded him
