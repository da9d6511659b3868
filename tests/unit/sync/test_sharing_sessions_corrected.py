"""A meeting run on two laptops is shown as one session, each member with the most present
mark either laptop gave. A facilitator who then corrects a mark in History (Ann was there,
but excused) keeps the correction: after syncs both ways, on both laptops, it still reads
as corrected, not as the merge's "present" again."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from facilitator_desktop.models import Attendance
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import (
    Laptop,
    laptops,
    local_group,
    new_group,
    server_settings,
    share,
)
from tests.unit.sync.test_sharing_sessions import run


def anns_mark(laptop: Laptop, group_id: int) -> tuple[int, int, str | None]:
    """(session shown in History, Ann's id, her mark there)."""
    [session] = laptop.ws.history.sessions(group_id)
    [ann] = [m.id for m in laptop.ws.members.list(group_id) if m.alias == "Ann"]
    with laptop.ws.context.sessions.begin() as s:
        status = s.scalar(
            select(Attendance.status).where(
                Attendance.session_id == session.id, Attendance.member_id == ann
            )
        )
    return session.id, ann, status


def test_a_mark_corrected_after_a_merge_stays_corrected_on_both_laptops(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben)
        ana.sync()
        ben.sync()
        [shared] = ana.sharing.shared_groups()
        ben_group = local_group(ben, shared.group_uuid)
        assert ben_group is not None
        ben.wall.advance(40)  # Ben pressed Start 40 s after Ana
        run(ana, group_id, {"Ann": "present"}, ["Ann"])
        run(ben, ben_group, {"Ann": "present"}, ["Ann"])
        for laptop in (ana, ben, ana):
            laptop.sync()
        session_id, ann, status = anns_mark(ana, group_id)
        assert (status, anns_mark(ben, ben_group)[2]) == ("present", "present")
        ana.ws.history.correct_attendance(session_id, ann, "excused")
        assert anns_mark(ana, group_id)[2] == "excused"
        for _ in range(2):  # and again, once each has merged what the other sent
            ana.sync()
            ben.sync()
            assert anns_mark(ana, group_id)[2] == "excused"
            assert anns_mark(ben, ben_group)[2] == "excused"
        assert [text for _, text in ana.ws.history.corrections(session_id)] == [
            f"attendance member={ann}: present -> excused"
        ]
