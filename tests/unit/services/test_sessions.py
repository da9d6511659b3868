"""Running a session through the service: every event written at once; resume after a crash."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.live_session import LiveSession, last_alive
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.sessions import SessionAlreadyRunning
from facilitator_desktop.workspace import Workspace

AGENDA = (
    SegmentSpec("Check-in", 10, "round"),
    SegmentSpec("Discussion", 30, "open"),
    SegmentSpec("Check-out", 5, "round"),
)


@pytest.fixture
def group(workspace: Workspace) -> tuple[int, list[int]]:
    group = workspace.groups.create(GroupDraft("G", agenda=AGENDA, speaker_soft_limit_min=3))
    ids = [workspace.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo", "Cy")]
    return group.id, ids


def start(ws: Workspace, group_id: int, clock: FakeClock) -> LiveSession:
    return ws.sessions.start(group_id, monotonic=clock, rng=random.Random(1))


def test_a_round_and_a_queue_are_stored_as_they_happen(
    workspace: Workspace, group: tuple[int, list[int]]
) -> None:
    group_id, (ann, bo, cy) = group
    clock = FakeClock(1000.0)
    live = start(workspace, group_id, clock)
    live.mark(ann, "present")
    live.mark(bo, "present")
    live.toggle()  # Space: start
    live.start_round(ann)
    live.next_speaker()  # N: Ann, the chosen first member, speaks
    clock.advance(60)
    live.next_speaker()  # Ann spoke 60 s, Bo starts
    clock.advance(5)
    live.pass_turn()  # Bo passes after 5 s
    clock.advance(30)
    live.mark(cy, "late")  # Cy arrives 95 s in
    assert live.marks[cy].arrived_at == 95.0
    live.next_segment()  # Discussion (open)
    live.raise_hand(cy)
    live.raise_hand(ann)
    live.next_speaker()
    clock.advance(100)
    live.next_speaker()
    clock.advance(20)
    live.end()
    summary = workspace.sessions.summary(live.session_id)
    by_alias = {a.alias: a for a in summary.airtime}
    assert by_alias["Ann"].seconds == 80 and by_alias["Ann"].turns == 2
    assert by_alias["Cy"].seconds == 100
    assert by_alias["Bo"].passes == 1 and by_alias["Bo"].seconds == 0
    assert [(a.alias, a.status) for a in summary.attendance] == [
        ("Ann", "present"),
        ("Bo", "present"),
        ("Cy", "late"),
    ]
    assert [s.name for s in summary.segments] == ["Check-in", "Discussion", "Check-out"]
    assert [s.actual_seconds for s in summary.segments] == [95.0, 120.0, 0.0]
    assert summary.turn_count == 3 and summary.pass_count == 1
    assert workspace.sessions.running() == []


def test_unmarked_members_are_absent_at_the_end(
    workspace: Workspace, group: tuple[int, list[int]]
) -> None:
    group_id, (ann, bo, cy) = group
    live = start(workspace, group_id, FakeClock())
    live.mark(ann, "present")
    live.mark(bo, "excused")
    live.toggle()
    live.end()
    statuses = {a.alias: a.status for a in workspace.sessions.summary(live.session_id).attendance}
    assert statuses == {"Ann": "present", "Bo": "excused", "Cy": "absent"}


def test_one_running_session_per_group(workspace: Workspace, group: tuple[int, list[int]]) -> None:
    start(workspace, group[0], FakeClock())
    with pytest.raises(SessionAlreadyRunning):
        start(workspace, group[0], FakeClock())


def test_resume_after_a_crash_ends_the_speaker_at_the_last_heartbeat(
    workspace: Workspace, group: tuple[int, list[int]]
) -> None:
    group_id, (ann, bo, _) = group
    clock = FakeClock(50.0)
    live = start(workspace, group_id, clock)
    live.mark_all_unmarked_present()
    live.toggle()
    live.start_round(bo)
    live.next_speaker()
    clock.advance(42)
    live.heartbeat()  # the last sign of life: 42 s into the session
    clock.advance(3)
    del live  # the crash: nothing more is written

    (running,) = workspace.sessions.running()
    later = FakeClock(9000.0)  # a new process, a new monotonic clock
    resumed = workspace.sessions.resume(running.id, monotonic=later, rng=random.Random(1))
    snap = resumed.snapshot()
    assert snap.agenda.phase == "paused"
    assert snap.talk.speaker is None
    (turn,) = resumed.runner.turns
    assert (turn.member_id, turn.started_at, turn.ended_at) == (bo, 0.0, 42.0)
    assert snap.agenda.session_elapsed == 42.0
    resumed.toggle()  # Space: carry on
    later.advance(10)
    resumed.next_speaker()  # Cy (seat after Bo)
    later.advance(7)
    resumed.end()
    summary = workspace.sessions.summary(resumed.session_id)
    seconds = {a.alias: a.seconds for a in summary.airtime}
    assert seconds == {"Ann": 0.0, "Bo": 42.0, "Cy": 7.0}
    assert summary.attendance[0].member_id == ann


def test_a_failed_write_is_kept_and_saved_with_the_next_action(
    workspace: Workspace, group: tuple[int, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator_desktop.services import live_session

    group_id, (ann, _, _) = group
    clock = FakeClock()
    live = start(workspace, group_id, clock)
    live.mark(ann, "present")
    original = live._write
    calls = {"n": 0}

    def full_disk(body):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 1:
            raise live_session.SaveFailed()
        return original(body)

    monkeypatch.setattr(live, "_write", full_disk)
    with pytest.raises(live_session.SaveFailed):
        live.toggle()
    assert live.unsaved == 1
    clock.advance(5)
    live.start_round(ann)
    assert live.unsaved == 0
    monkeypatch.undo()
    del live
    (running,) = workspace.sessions.running()
    resumed = workspace.sessions.resume(running.id, monotonic=FakeClock())
    assert resumed.runner.events[0].kind == "member_arrived"
    assert resumed.runner.events[1].kind == "session_started"


def test_a_retried_end_saves_what_failed_first(
    workspace: Workspace, group: tuple[int, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator_desktop.services import live_session

    group_id, (ann, _, _) = group
    live = start(workspace, group_id, FakeClock())
    live.mark(ann, "present")
    live.toggle()
    original = live._write
    failures = iter([True])

    def full_once(body):  # type: ignore[no-untyped-def]
        if next(failures, False):
            raise live_session.SaveFailed()
        return original(body)

    monkeypatch.setattr(live, "_write", full_once)
    with pytest.raises(live_session.SaveFailed):
        live.end()
    # The session_ended event, the two members never marked (absent), the guest count and
    # the closing record wait in memory.
    assert live.unsaved == 5
    live.end()  # the facilitator tries again once there is space
    assert live.unsaved == 0
    assert workspace.sessions.running() == []
    with workspace.engine.connect() as conn:
        last = conn.exec_driver_sql(
            "SELECT kind FROM session_events WHERE session_id = ? ORDER BY seq DESC LIMIT 1",
            (live.session_id,),
        ).scalar()
    assert last == "session_ended"


def test_wall_times_after_a_resume_count_from_the_resume(
    workspace: Workspace, group: tuple[int, list[int]]
) -> None:
    wall = {"now": datetime(2026, 5, 4, 17, 0)}
    object.__setattr__(workspace.context, "now", lambda: wall["now"])
    clock = FakeClock()
    live = start(workspace, group[0], clock)
    live.toggle()
    clock.advance(600)
    live.heartbeat()  # 17:10, then the battery dies
    wall["now"] = datetime(2026, 5, 4, 17, 30)  # back twenty minutes later
    resumed = workspace.sessions.resume(live.session_id, monotonic=FakeClock())
    after_resume = resumed.snapshot().at + 120.0
    assert resumed.wall_time(300.0) == local_hhmm(datetime(2026, 5, 4, 17, 5))
    assert resumed.wall_time(after_resume) == local_hhmm(datetime(2026, 5, 4, 17, 32))


def local_hhmm(utc: datetime) -> str:
    return utc.replace(tzinfo=UTC).astimezone().strftime("%H:%M")


def test_clock_times_survive_a_second_crash(
    workspace: Workspace, group: tuple[int, list[int]]
) -> None:
    group_id, (ann, bo, cy) = group
    wall = {"now": datetime(2026, 5, 4, 17, 0)}
    object.__setattr__(workspace.context, "now", lambda: wall["now"])
    clock = FakeClock()
    live = start(workspace, group_id, clock)
    live.mark(ann, "present")
    live.toggle()
    clock.advance(600)
    live.heartbeat()  # 17:10, then the battery dies

    wall["now"] = datetime(2026, 5, 4, 17, 30)  # back twenty minutes later
    clock = FakeClock()
    first = workspace.sessions.resume(live.session_id, monotonic=clock)
    first.toggle()
    clock.advance(120)
    first.mark(bo, "late")  # 17:32
    arrived = first.marks[bo].arrived_at
    assert arrived is not None
    clock.advance(180)
    first.heartbeat()  # 17:35, and it crashes again

    wall["now"] = datetime(2026, 5, 4, 17, 50)
    assert last_alive(workspace.context, live.session_id) == datetime(2026, 5, 4, 17, 35)
    second = workspace.sessions.resume(live.session_id, monotonic=FakeClock())
    assert second.wall_time(300.0) == local_hhmm(datetime(2026, 5, 4, 17, 5))
    assert second.wall_time(arrived) == local_hhmm(datetime(2026, 5, 4, 17, 32))
    assert second.wall_time(second.snapshot().at + 60) == local_hhmm(datetime(2026, 5, 4, 17, 51))
    second.end()
    summary = workspace.sessions.summary(live.session_id)
    assert summary.wall_at(arrived) == datetime(2026, 5, 4, 17, 32)
    assert summary.wall_at(300.0) == datetime(2026, 5, 4, 17, 5)
