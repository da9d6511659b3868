"""What follow-ups and a member's page read about the latest sessions, whole: turns and
passes counted apart, a member who only passed, one who never spoke, a session still
running or of another group left out, the look-back window; the time a member held the
floor before passing is not airtime, here or on their page.

Most sessions are written as rows, so each figure is chosen, not the product of a timer."""

from __future__ import annotations

from datetime import datetime, timedelta

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.stats import SessionParticipation
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.models import Attendance, GroupSession, Turn
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.participation import (
    fair_share_ratio,
    quiet_streak,
    recent_participation,
)
from facilitator_desktop.workspace import Workspace
from tests.helpers.weekly_sessions import round_of_two

DAY = datetime(2026, 3, 10, 18, 0)


def _session(
    ws: Workspace,
    group_id: int,
    started_at: datetime,
    marks: dict[int, str],
    turns: list[tuple[int, float, bool]],
    status: str = "finished",
) -> int:
    """One stored session; `turns` are (member, seconds, passed) in order."""
    with ws.context.sessions.begin() as s:
        row = GroupSession(
            group_id=group_id,
            status=status,
            started_at=started_at,
            plan_json="[]",
            seats_json="{}",
            soft_limit_min=3,
        )
        s.add(row)
        s.flush()
        for member_id, mark in marks.items():
            s.add(Attendance(session_id=row.id, member_id=member_id, status=mark))
        for at, (member_id, seconds, passed) in enumerate(turns):
            s.add(
                Turn(
                    session_id=row.id,
                    member_id=member_id,
                    segment_index=0,
                    started_at=float(at * 100),
                    duration=seconds,
                    passed=passed,
                )
            )
        return row.id


def _part(attended: bool, spoke: int, passes: int, share: float) -> SessionParticipation:
    return SessionParticipation(
        attended=attended, turns_spoken=spoke, passes=passes, share=share, recorded=True
    )


def test_turns_and_passes_counted_apart(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G"))
    other = ws.groups.create(GroupDraft("Other"))
    ann, bo, cy = (ws.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo", "Cy"))
    zed = ws.members.add(other.id, MemberDraft("Zed")).id
    # Ann speaks twice and passes once; Bo only passes; Cy stays away.
    _session(
        ws,
        group.id,
        DAY,
        {ann: "present", bo: "late", cy: "absent"},
        [(ann, 30.0, False), (ann, 0.0, True), (bo, 0.0, True), (ann, 30.0, False)],
    )
    _session(ws, other.id, DAY + timedelta(days=1), {zed: "present"}, [(zed, 50.0, False)])
    _session(
        ws,
        group.id,
        DAY + timedelta(days=7),
        {ann: "present", bo: "present", cy: "excused"},
        [(ann, 10.0, False), (bo, 30.0, False)],
    )
    # Still running: not part of anyone's record yet.
    _session(
        ws,
        group.id,
        DAY + timedelta(days=14),
        {ann: "present", cy: "present"},
        [(cy, 100.0, False)],
        status="running",
    )
    with ws.context.sessions() as s:
        found = recent_participation(s, group.id, 8)
        latest = recent_participation(s, group.id, 1)
    assert found == {
        ann: (
            ["present", "present"],
            [_part(True, 2, 1, 1.0), _part(True, 1, 0, 0.5)],
        ),
        bo: (
            ["late", "present"],
            [_part(True, 0, 1, 0.0), _part(True, 1, 0, 1.0)],
        ),
        cy: (
            ["absent", "excused"],
            [_part(False, 0, 0, 0.0), _part(False, 0, 0, 0.0)],
        ),
    }
    assert latest == {
        ann: (["present"], [_part(True, 1, 0, 0.5)]),
        bo: (["present"], [_part(True, 1, 0, 1.0)]),
        cy: (["excused"], [_part(False, 0, 0, 0.0)]),
    }


def test_only_running_sessions_give_nothing(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G"))
    ann = ws.members.add(group.id, MemberDraft("Ann")).id
    _session(ws, group.id, DAY, {ann: "present"}, [(ann, 10.0, False)], status="running")
    with ws.context.sessions() as s:
        assert recent_participation(s, group.id, 8) == {}


def _round_with_a_long_pass(ws: Workspace) -> tuple[int, int, int]:
    """In the room: Ann holds the floor 100 s and passes, Bo speaks 30 s, Cy 10 s.
    Returns (Ann, Bo, Cy)."""
    group = ws.groups.create(GroupDraft("G", agenda=(SegmentSpec("Round", 10, "round"),)))
    ann, bo, cy = (ws.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo", "Cy"))
    clock = FakeClock()
    live = ws.sessions.start(group.id, monotonic=clock)
    for member_id in (ann, bo, cy):
        live.mark(member_id, "present")
    live.toggle()
    live.start_round(ann)
    live.next_speaker()
    clock.advance(100)
    live.pass_turn()
    clock.advance(30)
    live.next_speaker()
    clock.advance(10)
    live.next_speaker()
    live.end()
    return ann, bo, cy


def test_time_before_a_pass_is_not_airtime(workspace: Workspace) -> None:
    ws = workspace
    ann, bo, cy = _round_with_a_long_pass(ws)
    group_id = ws.groups.list()[0].id
    with ws.context.sessions() as s:
        found = recent_participation(s, group_id, 8)
    # Shares of an equal part of the 40 s said, among three present.
    assert found == {
        ann: (["present"], [_part(True, 0, 1, 0.0)]),
        bo: (["present"], [_part(True, 1, 0, 1.0)]),
        cy: (["present"], [_part(True, 1, 0, 0.75)]),
    }
    # A member's page: the pass is no speech, and no share can pass the whole.
    [ann_session] = ws.history.member_record(ann).sessions
    [bo_session] = ws.history.member_record(bo).sessions
    assert (ann_session.seconds, ann_session.share, ann_session.turns) == (0.0, 0.0, 0)
    assert (bo_session.seconds, bo_session.share, bo_session.passes) == (30.0, 0.75, 0)


def test_fair_share_ratio_at_its_edges() -> None:
    assert fair_share_ratio(0.1, 0.8, 2) == 0.25  # a total under one second still counts
    assert fair_share_ratio(5.0, 10.0, 1) == 0.5  # alone in the room: seconds over total
    assert fair_share_ratio(1.0, 10.0, 2) == 0.2
    assert fair_share_ratio(9.0, 10.0, 2) == 1.0  # capped at an equal share
    assert fair_share_ratio(0.0, 0.0, 3) == 0.0  # nothing said: no share to give
    assert fair_share_ratio(5.0, 10.0, 0) == 0.0


def test_quiet_means_under_thirty_percent_of_an_equal_share() -> None:
    def spoke(share: float) -> SessionParticipation:
        return _part(True, 1, 0, share)

    # 0.2 of an equal share: quiet here, though over the statistics' general 5 %.
    assert quiet_streak([spoke(0.5), spoke(0.2), spoke(0.29)]) == 2
    assert quiet_streak([spoke(0.2), spoke(0.3)]) == 0


def test_a_session_where_nothing_was_said_is_not_recorded(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G"))
    ann, bo = (ws.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo"))
    marks = {ann: "present", bo: "present"}
    # Everyone passed (one after holding the floor): no talk data to judge anyone by.
    _session(ws, group.id, DAY, marks, [(ann, 40.0, True), (bo, 0.0, True)])
    # Half a second said is something said.
    _session(ws, group.id, DAY + timedelta(days=7), marks, [(ann, 0.5, False)])
    with ws.context.sessions() as s:
        found = recent_participation(s, group.id, 8)
    assert [p.recorded for p in found[ann][1]] == [False, True]
    assert [p.recorded for p in found[bo][1]] == [False, True]


def test_a_session_where_nobody_is_left_present_gives_no_one_a_share(
    workspace: Workspace,
) -> None:
    """Ann spoke and Bo passed; both marks were later corrected to absent (the turns stay
    recorded): nobody was present to share the time between, so no share is measured."""
    ws = workspace
    group = ws.groups.create(GroupDraft("G", agenda=(SegmentSpec("Round", 10, "round"),)))
    ann, bo = (ws.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo"))
    session_id = round_of_two(ws, group.id, ann, bo, first_says=60)
    ws.history.correct_attendance(session_id, ann, "absent")
    ws.history.correct_attendance(session_id, bo, "absent")
    with ws.context.sessions() as s:
        found = recent_participation(s, group.id, None)
    assert found[ann][1] == [SessionParticipation(False, 1, 0, 0.0, recorded=True)]
    assert found[bo][1] == [SessionParticipation(False, 0, 1, 0.0, recorded=True)]
