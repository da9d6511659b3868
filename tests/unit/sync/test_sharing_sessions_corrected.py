"""A meeting run on two laptops is shown as one session, each member with the most present
mark either laptop gave and every turn either recorded. A facilitator who then corrects a
mark in History (Ann was there, but excused) or a turn the other laptop recorded keeps the
correction: after syncs both ways, on both laptops, it still reads as corrected, not as the
merge made it again (also with other meetings on the laptops)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from facilitator_desktop.models import Attendance
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import (
    Laptop,
    laptops,
    new_group,
    server_settings,
)
from tests.unit.sync.test_sharing_sessions import one_meeting_on_two_laptops
from tests.unit.sync.test_sharing_sessions_edges import session_row


def merged_meeting(ana: Laptop, ben: Laptop, speakers: tuple[str, str]) -> tuple[int, int]:
    """One meeting on both laptops, Ann and Bo marked present on each, one speaker each."""
    marks = {"Ann": "present", "Bo": "present"}
    return one_meeting_on_two_laptops(ana, ben, (marks, [speakers[0]]), (marks, [speakers[1]]))


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
        for laptop in (ana, ben):  # each has a meeting before, in a group of its own
            other_group, _ = new_group(laptop, "Another group")
            with laptop.ws.context.sessions.begin() as s:  # its key sorts before any other
                s.add(session_row("00000000-earlier", -86400, group_id=other_group))
        group_id, ben_group = merged_meeting(ana, ben, ("Ann", "Ann"))
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


def test_a_turn_recorded_on_the_other_laptop_stays_corrected_on_both(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, ben_group = merged_meeting(ana, ben, ("Ann", "Bo"))
        [session] = ana.ws.history.sessions(group_id)
        lengths = {turn[0]: turn[4] for turn in ana.ws.history.turns_of(session.id)}
        assert sorted(lengths.values()) == [60.0, 60.0]  # Ann's, and Bo's as Ben recorded it
        for turn_id, length in lengths.items():
            ana.ws.history.correct_turn(turn_id, duration=length + 7)
        for _ in range(2):
            ana.sync()
            ben.sync()
            for laptop, group in ((ana, group_id), (ben, ben_group)):
                [shown] = laptop.ws.history.sessions(group)
                turns = laptop.ws.history.turns_of(shown.id)
                assert [turn[4] for turn in turns] == [67.0, 67.0], laptop.name
