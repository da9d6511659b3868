"""The merges run after others' changes arrive, on rows written straight into one laptop's
database (no server needed): which sessions are one meeting (at the exact edges of their
times), what the merged session holds (marks, turns a few seconds apart, copies' keys and
times), that a second merge changes nothing, and rule-set versions numbered alike."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_desktop.models import Attendance, GroupSession, RuleSet, Turn
from facilitator_desktop.models.sync import SyncFact
from facilitator_desktop.services.sharing_sessions import (
    MERGED,
    copy_key,
    meetings,
    merge_sessions,
    merged_mark,
    renumber_rule_sets,
)
from facilitator_desktop.sync.server import ServerSettings
from tests.unit.sync.laptops import Laptop, make_laptop, new_group

START = datetime(2026, 3, 2, 18, 0)


@pytest.fixture
def ana(tmp_path: Path) -> Iterator[Laptop]:
    laptop = make_laptop(tmp_path, "ana", ServerSettings("127.0.0.1", 1, "db", "role", "pw"))
    try:
        yield laptop
    finally:
        laptop.ws.close()


def session_row(
    key: str | None,
    begun_s: float,
    minutes: float | None = 60,
    *,
    elapsed: float = 0.0,
    group_id: int = 1,
    status: str = "finished",
) -> GroupSession:
    begun = START + timedelta(seconds=begun_s)
    return GroupSession(
        uuid=key,
        group_id=group_id,
        status=status,
        started_at=begun,
        ended_at=None if minutes is None else begun + timedelta(minutes=minutes),
        plan_json="[]",
        seats_json="{}",
        soft_limit_min=3,
        elapsed_seconds=elapsed,
    )


def keys(clusters: list[list[GroupSession]]) -> list[list[str | None]]:
    return [[row.uuid for row in cluster] for cluster in clusters]


# --- which sessions are one meeting -------------------------------------------------------------


def test_a_session_starting_as_the_other_ends_is_another_meeting() -> None:
    a, b = session_row("a", 0, 60), session_row("b", 3600, 60)
    assert keys(meetings([b, a])) == [["a"], ["b"]]
    c = session_row("c", 3599.999999, 60)
    assert keys(meetings([c, a])) == [["a", "c"]]


def test_a_session_without_an_end_lasts_its_elapsed_seconds() -> None:
    a = session_row("a", 0, None, elapsed=600)
    assert keys(meetings([a, session_row("b", 600, 10)])) == [["a"], ["b"]]
    assert keys(meetings([a, session_row("b", 599, 10)])) == [["a", "b"]]


def test_a_long_session_holds_every_meeting_inside_it() -> None:
    # b ends long before a; c starts after b ended but inside a: one meeting all the same
    a, b, c = session_row("a", 0, 120), session_row("b", 60, 1), session_row("c", 3600, 1)
    assert keys(meetings([c, b, a])) == [["a", "b", "c"]]
    # and a meeting that ends later keeps the cluster open past the first one's end
    d, e = session_row("d", 30, 120), session_row("e", 7200 + 10, 1)
    assert keys(meetings([e, d, a])) == [["a", "d", "e"]]


def test_sessions_starting_together_are_ordered_by_key() -> None:
    rows = [session_row("b", 0), session_row(None, 0), session_row("a", 0)]
    assert keys(meetings(rows)) == [[None, "a", "b"]]
    assert meetings([]) == []


# --- one member's marks as one ------------------------------------------------------------------


def test_a_mark_the_app_does_not_know_ranks_after_every_known_one() -> None:
    assert merged_mark([("gone", None, None), ("absent", None, None)]) == ("absent", None, None)
    assert merged_mark([("absent", None, None), ("gone", None, None)]) == ("absent", None, None)
    assert merged_mark([("left_early", 0.0, 30.0), ("excused", None, None)])[0] == "left_early"
    assert merged_mark([("late", 60.0, None), ("left_early", 0.0, 30.0)])[0] == "late"


def test_equal_marks_pick_the_same_one_whatever_the_order() -> None:
    one, other = ("late", 120.0, None), ("late", 60.0, None)
    assert merged_mark([one, other]) == merged_mark([other, one]) == one  # by how they read


def test_a_copy_key_is_a_fixed_name_based_uuid() -> None:
    # Pinned: every laptop, old or new, must name the copy of a turn alike.
    assert copy_key("turn-1") == "31a7288d-15a1-5e52-b98e-09990885c9bd"
    assert uuid.UUID(copy_key("turn-2")).version == 5
    assert copy_key("turn-1") != copy_key("turn-2")


# --- the merge --------------------------------------------------------------------------------


def add_rows(s: Session, *rows: Any) -> None:
    s.add_all(rows)
    s.flush()


def turns_of(s: Session, session_id: int) -> list[tuple[Any, ...]]:
    rows = s.scalars(select(Turn).where(Turn.session_id == session_id))
    return sorted(
        (t.uuid, t.member_id, t.segment_index, t.started_at, t.duration, t.passed) for t in rows
    )


def marks_of(s: Session, session_id: int) -> dict[int, tuple[Any, ...]]:
    rows = s.scalars(select(Attendance).where(Attendance.session_id == session_id))
    return {a.member_id: (a.status, a.arrived_at, a.left_at) for a in rows}


def test_one_meeting_on_two_laptops_merged_exactly_and_again_unchanged(ana: Laptop) -> None:
    group_id, (m1, m2, m3) = new_group(ana)
    with ana.ws.context.sessions.begin() as s:
        a = session_row("aaaa", 0, 60, group_id=group_id)
        b = session_row("bbbb", 40, 60, group_id=group_id)  # started 40 s after a
        add_rows(s, a, b)
        add_rows(
            s,
            Attendance(session_id=a.id, member_id=m1, status="present"),
            Attendance(session_id=a.id, member_id=m2, status="absent"),
            Attendance(session_id=b.id, member_id=m2, status="present"),
            Attendance(session_id=b.id, member_id=m3, status="late", arrived_at=120.0),
            # a: m1 in segment 1 at 45 s (wall 18:00:45)
            Turn(
                uuid="ta1",
                session_id=a.id,
                member_id=m1,
                segment_index=1,
                started_at=45.0,
                duration=60.0,
            ),
            # b: the same turn 9.9 s later on the wall: recorded on both, counted once
            Turn(
                uuid="tb1",
                session_id=b.id,
                member_id=m1,
                segment_index=1,
                started_at=14.9,
                duration=50.0,
            ),
            # b: the same member and segment exactly 10 s after a's: another turn
            Turn(
                uuid="tb2",
                session_id=b.id,
                member_id=m1,
                segment_index=1,
                started_at=15.0,
                duration=5.0,
            ),
            # b: the same moment in another segment, and another member: both kept
            Turn(
                uuid="tb3",
                session_id=b.id,
                member_id=m1,
                segment_index=2,
                started_at=5.0,
                duration=7.0,
            ),
            Turn(
                uuid="tb4",
                session_id=b.id,
                member_id=m2,
                segment_index=1,
                started_at=20.0,
                duration=30.0,
                passed=True,
            ),
        )
        merge_sessions(s, group_id)
        first = (turns_of(s, a.id), marks_of(s, a.id), turns_of(s, b.id), marks_of(s, b.id))
        assert (a.status, b.status) == ("finished", MERGED)
        assert turns_of(s, a.id) == sorted(
            [
                ("ta1", m1, 1, 45.0, 60.0, False),
                (copy_key("tb2"), m1, 1, 55.0, 5.0, False),
                (copy_key("tb3"), m1, 2, 45.0, 7.0, False),
                (copy_key("tb4"), m2, 1, 60.0, 30.0, True),
            ]
        )
        assert marks_of(s, a.id) == {
            m1: ("present", None, None),
            m2: ("present", None, None),  # seen in the room on b's laptop
            m3: ("late", 120.0, None),
        }
        # the merged-away session is kept whole
        assert [t[0] for t in turns_of(s, b.id)] == ["tb1", "tb2", "tb3", "tb4"]
        assert marks_of(s, b.id) == {m2: ("present", None, None), m3: ("late", 120.0, None)}
        facts = {
            f.key: (f.session_key, json.loads(f.value), f.clock, f.device)
            for f in s.scalars(select(SyncFact).where(SyncFact.tbl == "attendance"))
        }
        assert facts == {
            f"aaaa/{m1}": ("aaaa", [m1, "present", None, None], 0, ""),
            f"aaaa/{m2}": ("aaaa", [m2, "absent", None, None], 0, ""),
        }
    with ana.ws.context.sessions.begin() as s:
        merge_sessions(s, group_id)  # again: the same rows, a's own marks as first recorded
        again_a, again_b = s.get(GroupSession, a.id), s.get(GroupSession, b.id)
        assert again_a is not None and again_b is not None
        assert (again_a.status, again_b.status) == ("finished", MERGED)
        assert (
            turns_of(s, a.id),
            marks_of(s, a.id),
            turns_of(s, b.id),
            marks_of(s, b.id),
        ) == first


def test_the_earlier_session_is_kept_whichever_was_written_first(ana: Laptop) -> None:
    group_id, (m1, _m2, _m3) = new_group(ana)
    with ana.ws.context.sessions.begin() as s:
        later = session_row("0000", 30, 60, group_id=group_id)
        earlier = session_row("ffff", 0, 60, group_id=group_id)
        add_rows(s, later, earlier)
        add_rows(
            s,
            Turn(
                uuid="t",
                session_id=later.id,
                member_id=m1,
                segment_index=0,
                started_at=0.0,
                duration=1.0,
            ),
        )
        merge_sessions(s, group_id)
        assert (earlier.status, later.status) == ("finished", MERGED)
        assert turns_of(s, earlier.id) == [(copy_key("t"), m1, 0, 30.0, 1.0, False)]


def test_a_merged_session_left_alone_stands_again_and_running_ones_are_not_touched(
    ana: Laptop,
) -> None:
    group_id, _ = new_group(ana)
    other_group, _ = new_group(ana, "Other group")
    with ana.ws.context.sessions.begin() as s:
        alone = session_row("alone", 0, 60, group_id=group_id, status=MERGED)
        running = session_row("run", 10, 60, group_id=group_id, status="running")
        elsewhere = session_row("else", 20, 60, group_id=other_group)
        add_rows(s, alone, running, elsewhere)
        merge_sessions(s, group_id)
        assert (alone.status, running.status, elsewhere.status) == (
            "finished",
            "running",
            "finished",
        )


def test_a_merged_session_in_a_meeting_of_others_stays_merged(ana: Laptop) -> None:
    group_id, _ = new_group(ana)
    with ana.ws.context.sessions.begin() as s:
        first = session_row("a", 0, 60, group_id=group_id, status=MERGED)
        second = session_row("b", 10, 60, group_id=group_id)
        add_rows(s, first, second)
        merge_sessions(s, group_id)
        assert (first.status, second.status) == ("finished", MERGED)


# --- rule-set versions ------------------------------------------------------------------------


def versions(s: Session, group_id: int) -> list[tuple[str | None, int]]:
    rows = s.execute(
        select(RuleSet.uuid, RuleSet.version)
        .where(RuleSet.group_id == group_id)
        .order_by(RuleSet.version)
    )
    return [(key, version) for key, version in rows]


def test_rule_set_versions_are_numbered_by_time_then_key(ana: Laptop) -> None:
    group_id, _ = new_group(ana)
    other_group, _ = new_group(ana, "Other group")
    with ana.ws.context.sessions.begin() as s:
        s.execute(RuleSet.__table__.delete())
        add_rows(
            s,
            RuleSet(uuid="c", group_id=group_id, version=3, created_at=START),
            RuleSet(uuid="b", group_id=group_id, version=7, created_at=START),
            RuleSet(uuid="a", group_id=group_id, version=5, created_at=START + timedelta(1)),
            RuleSet(uuid="z", group_id=other_group, version=9, created_at=START),
        )
        renumber_rule_sets(s, group_id)
        assert versions(s, group_id) == [("b", 1), ("c", 2), ("a", 3)]
        assert versions(s, other_group) == [("z", 9)]
        renumber_rule_sets(s, group_id)  # already right: nothing changes
        assert versions(s, group_id) == [("b", 1), ("c", 2), ("a", 3)]


def test_two_version_threes_become_three_and_four(ana: Laptop) -> None:
    group_id, _ = new_group(ana)
    with ana.ws.context.sessions.begin() as s:
        s.execute(RuleSet.__table__.delete())
        add_rows(
            s,
            RuleSet(uuid="x1", group_id=group_id, version=1, created_at=START),
            RuleSet(uuid="x2", group_id=group_id, version=2, created_at=START + timedelta(1)),
            RuleSet(uuid="mine", group_id=group_id, version=3, created_at=START + timedelta(3)),
            RuleSet(uuid="theirs", group_id=group_id, version=4, created_at=START + timedelta(2)),
        )
        renumber_rule_sets(s, group_id)
        assert versions(s, group_id) == [("x1", 1), ("x2", 2), ("theirs", 3), ("mine", 4)]


def test_a_merge_again_starts_from_each_sessions_own_marks(ana: Laptop) -> None:
    group_id, (m1, m2, _m3) = new_group(ana)
    week = 7 * 24 * 3600
    with ana.ws.context.sessions.begin() as s:
        a = session_row("aaaa", 0, 60, group_id=group_id)
        b = session_row("bbbb", 40, 60, group_id=group_id)
        c = session_row("cccc", week, 60, group_id=group_id)
        d = session_row("dddd", week + 40, 60, group_id=group_id)
        add_rows(s, a, b, c, d)
        add_rows(
            s,
            Attendance(session_id=a.id, member_id=m1, status="present"),
            Attendance(session_id=a.id, member_id=m2, status="absent"),
            Attendance(session_id=b.id, member_id=m2, status="present"),
            Attendance(session_id=c.id, member_id=m1, status="excused"),
        )
        merge_sessions(s, group_id)
        assert marks_of(s, a.id) == {m1: ("present", None, None), m2: ("present", None, None)}
        assert marks_of(s, c.id) == {m1: ("excused", None, None)}
    with ana.ws.context.sessions.begin() as s:
        # b's laptop corrects its mark: m2 was not there after all
        row = s.get(Attendance, (b.id, m2))
        assert row is not None
        row.status = "absent"
        s.flush()
        merge_sessions(s, group_id)
        # a's own mark ("absent", as first recorded) counts, not what the first merge wrote
        assert marks_of(s, a.id) == {m1: ("present", None, None), m2: ("absent", None, None)}
        # and each meeting only its own: c keeps one mark
        assert marks_of(s, c.id) == {m1: ("excused", None, None)}


def test_turns_offered_by_others_are_taken_in_wall_order(ana: Laptop) -> None:
    group_id, (m1, m2, _m3) = new_group(ana)
    with ana.ws.context.sessions.begin() as s:
        a = session_row("aaaa", 0, 60, group_id=group_id)
        b = session_row("bbbb", 40, 60, group_id=group_id)
        add_rows(s, a, b)
        add_rows(
            s,
            # two recordings of one turn on b's laptop, 5 s apart: the earlier is kept,
            # whatever their keys say
            Turn(
                uuid="tz",
                session_id=b.id,
                member_id=m1,
                segment_index=1,
                started_at=100.0,
                duration=3.0,
            ),
            Turn(
                uuid="ta",
                session_id=b.id,
                member_id=m1,
                segment_index=1,
                started_at=105.0,
                duration=4.0,
            ),
            # two members starting at the same moment: both kept
            Turn(
                uuid="tm",
                session_id=b.id,
                member_id=m2,
                segment_index=1,
                started_at=100.0,
                duration=5.0,
            ),
        )
        merge_sessions(s, group_id)
        assert turns_of(s, a.id) == sorted(
            [
                (copy_key("tz"), m1, 1, 140.0, 3.0, False),
                (copy_key("tm"), m2, 1, 140.0, 5.0, False),
            ]
        )
