"""Two facilitators run the same meeting on two laptops: after a sync both laptops show one
session, with everyone either laptop marked and every turn either recorded, once."""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy import select

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.models import Turn
from facilitator_desktop.services.sharing_sessions import meetings, merged_mark
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import (
    Laptop,
    laptops,
    local_group,
    new_group,
    run_session,
    server_settings,
    share,
    snapshot,
)


def run(
    laptop: Laptop, group_id: int, marks: dict[str, str], speakers: list[str], lead: float = 0
) -> None:
    """A meeting as one laptop saw it: its own marks, its own turns (60 s each), the first
    `lead` seconds after its Start."""
    clock = FakeClock(500.0)
    live = laptop.ws.sessions.start(group_id, monotonic=clock, rng=random.Random(3))
    by_alias = {m.alias: m.id for m in laptop.ws.members.list(group_id)}
    for alias, status in marks.items():
        live.mark(by_alias[alias], status)  # type: ignore[arg-type]
    live.toggle()
    live.next_segment()  # the open discussion
    clock.advance(lead)
    for alias in speakers:
        live.raise_hand(by_alias[alias])
    for _ in speakers:
        live.next_speaker()
        clock.advance(60)
    live.end_turn()
    laptop.wall.advance(30 * 60)
    live.end()


Seen = tuple[dict[str, str], list[str]]  # one laptop's marks and speakers


def shared_with_ben(ana: Laptop, ben: Laptop) -> tuple[int, int, str]:
    """Ana shares a new group with Ben and both sync: (Ana's group id, Ben's, its uuid)."""
    group_id, _ = new_group(ana)
    share(ana, group_id, ben)
    ana.sync()
    ben.sync()
    [shared] = ana.sharing.shared_groups()
    ben_group = local_group(ben, shared.group_uuid)
    assert ben_group is not None
    return group_id, ben_group, shared.group_uuid


def one_meeting_on_two_laptops(ana: Laptop, ben: Laptop, hers: Seen, his: Seen) -> tuple[int, int]:
    """Ana shares a new group with Ben; both run the same meeting (Ben pressed Start 40 s
    after Ana, so hers is the session shown), each recording what they saw, and sync:
    (Ana's group id, Ben's)."""
    group_id, ben_group, _ = shared_with_ben(ana, ben)
    ben.wall.advance(40)
    run(ana, group_id, *hers)
    run(ben, ben_group, *his)
    for laptop in (ana, ben, ana):
        laptop.sync()
    return group_id, ben_group


def test_one_meeting_on_two_laptops_becomes_one_session(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, ben_group, group_uuid = shared_with_ben(ana, ben)
        ben.wall.advance(40)  # Ben pressed Start 40 s after Ana
        run(ana, group_id, {"Ann": "present", "Bo": "absent"}, ["Ann"])
        run(ben, ben_group, {"Bo": "present", "Cy": "late"}, ["Bo"])
        for laptop in (ana, ben, ana):
            laptop.sync()
        for laptop, group in ((ana, group_id), (ben, ben_group)):
            [session] = laptop.ws.history.sessions(group)
            members = {m.id: m.alias for m in laptop.ws.members.list(group)}
            with laptop.ws.context.sessions.begin() as s:
                turns = s.scalars(select(Turn.member_id).where(Turn.session_id == session.id))
                speakers = sorted(members[m] for m in turns)
            assert speakers == ["Ann", "Bo"], laptop.name
            assert session.attended == 3, laptop.name  # Ann, Bo (seen by Ben), Cy (late)
        assert snapshot(ana, group_uuid) == snapshot(ben, group_uuid)


def test_a_turn_recorded_on_both_laptops_counts_once(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, ben_group, group_uuid = shared_with_ben(ana, ben)
        ben.wall.advance(5)  # Ben pressed Start 5 s after Ana ...
        # ... and both pressed N as Ann began, at the same moment: 5 s into Ana's session
        run(ana, group_id, {"Ann": "present"}, ["Ann"], lead=5)
        run(ben, ben_group, {"Ann": "present", "Bo": "present"}, ["Ann", "Bo"], lead=0)
        for laptop in (ana, ben, ana):
            laptop.sync()
        for laptop, group in ((ana, group_id), (ben, ben_group)):
            [session] = laptop.ws.history.sessions(group)
            members = {m.id: m.alias for m in laptop.ws.members.list(group)}
            with laptop.ws.context.sessions.begin() as s:
                turns = s.scalars(select(Turn.member_id).where(Turn.session_id == session.id))
                assert sorted(members[m] for m in turns) == ["Ann", "Bo"], laptop.name
        assert snapshot(ana, group_uuid) == snapshot(ben, group_uuid)


def test_a_later_meeting_stays_a_session_of_its_own(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, ben_group, group_uuid = shared_with_ben(ana, ben)
        run_session(ana, group_id)
        ben.wall.advance(7 * 24 * 3600)  # next week, on Ben's laptop
        run_session(ben, ben_group)
        for laptop in (ana, ben, ana):
            laptop.sync()
        assert len(ana.ws.history.sessions(group_id)) == 2
        assert len(ben.ws.history.sessions(ben_group)) == 2
        assert snapshot(ana, group_uuid) == snapshot(ben, group_uuid)
        with ana.ws.context.sessions.begin() as s:
            assert s.scalar(select(Turn.id).limit(1)) is not None


def test_a_meeting_on_two_laptops_after_one_held_on_one_is_still_made_one(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    """Last week's meeting was held on Ana's laptop alone; this week's ran on both. After a
    sync each laptop shows two sessions: last week's, and this week's made one."""
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, ben_group, group_uuid = shared_with_ben(ana, ben)
        run_session(ana, group_id)  # 20 minutes on Ana's clock
        ana.wall.advance(7 * 24 * 3600)
        ben.wall.advance(7 * 24 * 3600 + 20 * 60 + 40)  # Ben pressed Start 40 s after Ana
        run(ana, group_id, {"Ann": "present"}, ["Ann"])
        run(ben, ben_group, {"Bo": "present"}, ["Bo"])
        for laptop in (ana, ben, ana):
            laptop.sync()
        for laptop, group in ((ana, group_id), (ben, ben_group)):
            assert len(laptop.ws.history.sessions(group)) == 2, laptop.name
        assert snapshot(ana, group_uuid) == snapshot(ben, group_uuid)


def test_merged_marks_keep_the_most_present_whatever_the_order() -> None:
    marks = [("absent", None, None), ("late", 120.0, None), ("present", None, None)]
    for order in (marks, marks[::-1], marks[1:] + marks[:1]):
        assert merged_mark(list(order)) == ("present", None, None)
    assert merged_mark([("excused", None, None), ("absent", None, None)])[0] == "excused"


def test_meetings_cluster_only_overlapping_sessions() -> None:
    from datetime import datetime, timedelta

    from facilitator_desktop.models import GroupSession

    start = datetime(2026, 3, 2, 18, 0)

    def session(key: str, minutes_in: int, length: int) -> GroupSession:
        begun = start + timedelta(minutes=minutes_in)
        return GroupSession(uuid=key, started_at=begun, ended_at=begun + timedelta(minutes=length))

    a, b, c = session("a", 0, 60), session("b", 30, 60), session("c", 200, 10)
    clusters = meetings([c, b, a])
    assert [[x.uuid for x in cluster] for cluster in clusters] == [["a", "b"], ["c"]]
