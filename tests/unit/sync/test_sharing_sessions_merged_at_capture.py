"""A meeting this laptop ends after the other laptop's copy of it arrived is merged when
its end is captured, as after applying: the merge's own writes are not sent (each laptop
merges alike), so nothing of it is left in the outbox."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from facilitator_desktop.models.sync import SyncOutbox
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import laptops, server_settings
from tests.unit.sync.test_sharing_sessions import run, shared_with_ben


def test_a_meeting_ended_after_the_others_copy_arrived_merges_without_sending_the_merge(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, his_group, _ = shared_with_ben(ana, ben)
        ben.wall.advance(40)
        run(ana, group_id, {"Ann": "present", "Bo": "absent"}, ["Ann"])
        ana.sync()
        ben.sync()  # her copy arrives before his meeting ends
        run(ben, his_group, {"Bo": "present", "Cy": "late"}, ["Bo"])
        ben.engine.capture()
        with ben.ws.context.sessions.begin() as s:
            assert s.scalar(select(func.count()).select_from(SyncOutbox)) == 0
        [session] = ben.ws.history.sessions(his_group)  # merged there and then
        assert session.attended == 3
