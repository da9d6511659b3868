"""Every change made in the room waits for a disk that refuses it and is stored, whole, once
the disk takes writes again: marks with their times, the guest count, agenda edits, the end.
And the wall-clock times after a laptop slept. The disk here fails at the storage layer
(SQLite's own errors); tests/gui/test_runner_full_disk.py fills a real filesystem."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest

from facilitator_desktop.domain.agenda import SegmentPlan
from facilitator_desktop.domain.attendance import Mark
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.sleep import Sleep
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import KeyChanging, StorageError, StorageFull, WorkspaceReadOnly
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.live_session import (
    LiveSession,
    SaveFailed,
    count_rows,
    last_alive,
    save_problem,
)
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers.faults import failing_writes

AGENDA = (SegmentSpec("Check-in", 10, "round"), SegmentSpec("Sharing", 30, "open"))
Stored = dict[int, tuple[str, float | None, float | None]]


@pytest.fixture
def group(workspace: Workspace) -> tuple[int, list[int]]:
    group = workspace.groups.create(GroupDraft("G", agenda=AGENDA))
    ids = [workspace.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo", "Cy")]
    return group.id, ids


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(500.0)


@pytest.fixture
def live(workspace: Workspace, group: tuple[int, list[int]], clock: FakeClock) -> LiveSession:
    live = workspace.sessions.start(group[0], monotonic=clock, rng=random.Random(3))
    live.mark(group[1][0], "present")
    live.toggle()
    return live


class Disk:
    """The workspace's disk at the storage layer: fill() refuses every write as SQLite
    does on a full disk, free() gives the room back."""

    def __init__(self, workspace: Workspace) -> None:
        self._engine = workspace.engine
        self._free: Callable[[], None] | None = None

    def fill(self) -> None:
        self._free = failing_writes(self._engine)

    def free(self) -> None:
        if self._free is not None:
            self._free()
            self._free = None


@pytest.fixture
def disk(workspace: Workspace) -> Iterator[Disk]:
    disk = Disk(workspace)
    yield disk
    disk.free()


def stored_marks(ws: Workspace, session_id: int) -> Stored:
    with ws.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT member_id, status, arrived_at, left_at FROM attendance WHERE session_id = ?",
            (session_id,),
        ).all()
    return {member: (status, arrived, left) for member, status, arrived, left in rows}


def stored_session(ws: Workspace, session_id: int) -> tuple[str, int]:
    with ws.engine.connect() as conn:
        status, guests = conn.exec_driver_sql(
            "SELECT status, guests FROM sessions WHERE id = ?", (session_id,)
        ).one()
    return status, guests


def shown_marks(live: LiveSession) -> Stored:
    return {m: (mark.status, mark.arrived_at, mark.left_at) for m, mark in live.marks.items()}


def refused(action: Callable[[], object]) -> SaveFailed:
    with pytest.raises(SaveFailed) as info:
        action()
    return info.value


def test_changes_on_a_full_disk_are_kept_and_stored_once_there_is_room(
    workspace: Workspace,
    group: tuple[int, list[int]],
    live: LiveSession,
    clock: FakeClock,
    disk: Disk,
) -> None:
    ann, bo, cy = group[1]
    before = stored_marks(workspace, live.session_id)
    events_before = count_rows(workspace.context, live.session_id)[0]
    disk.fill()
    clock.advance(120)
    assert refused(lambda: live.mark(bo, "late")).problem == "full"
    clock.advance(60)
    refused(lambda: live.mark(ann, "left_early"))
    refused(lambda: live.set_guests(2))
    refused(lambda: live.set_guests(3))
    refused(lambda: live.add_segment(SegmentPlan("Breathing", 5, "open")))
    refused(lambda: live.set_segment_minutes(1, 40))
    refused(live.mark_all_unmarked_present)  # Cy too: one refusal marks everyone shown
    refused(live.heartbeat)
    # On screen: everything; on disk: nothing of it.
    assert live.marks[bo] == Mark("late", 120.0, None)
    assert live.marks[ann].status == "left_early" and live.marks[ann].left_at == 180.0
    assert live.marks[cy].status == "present"
    assert live.guests == 3
    assert [p.name for p in live.runner.plans] == ["Check-in", "Sharing", "Breathing"]
    assert stored_marks(workspace, live.session_id) == before
    assert stored_session(workspace, live.session_id) == ("running", 0)
    assert count_rows(workspace.context, live.session_id)[0] == events_before
    assert live.unsaved > 0

    disk.free()
    live.heartbeat()  # the ten-second heartbeat stores what waited
    assert live.unsaved == 0
    assert stored_marks(workspace, live.session_id) == shown_marks(live)
    assert stored_session(workspace, live.session_id) == ("running", 3)
    assert count_rows(workspace.context, live.session_id)[0] == len(live.runner.events)
    (running,) = workspace.sessions.running()
    resumed = workspace.sessions.resume(running.id, monotonic=FakeClock())
    assert resumed.runner.plans == live.runner.plans
    assert resumed.guests == 3


def test_an_end_on_a_full_disk_waits_and_stores_the_guest_count(
    workspace: Workspace,
    group: tuple[int, list[int]],
    live: LiveSession,
    clock: FakeClock,
    disk: Disk,
) -> None:
    ann, bo, cy = group[1]
    live.set_guests(1)
    clock.advance(300)
    disk.fill()
    refused(lambda: live.set_guests(2))
    error = refused(live.end)
    assert error.problem == "full"
    assert live.finished and not live.ended_and_stored
    assert stored_session(workspace, live.session_id) == ("running", 1)
    refused(live.heartbeat)  # still full
    disk.free()
    live.heartbeat()
    assert live.ended_and_stored and live.unsaved == 0
    assert stored_session(workspace, live.session_id) == ("finished", 2)
    assert workspace.sessions.running() == []
    summary = workspace.sessions.summary(live.session_id)
    assert [s.name for s in summary.segments] == ["Check-in", "Sharing"]
    assert stored_marks(workspace, live.session_id) == {
        ann: ("present", None, None),
        bo: ("absent", None, None),  # never marked: absent without notice, as shown
        cy: ("absent", None, None),
    }
    live.end()  # ending again is a no-op, not a second record
    assert len(workspace.sessions.summary(live.session_id).segments) == 2


def test_ending_stores_the_guest_count_even_if_its_own_write_failed(
    workspace: Workspace, live: LiveSession, disk: Disk
) -> None:
    disk.fill()
    refused(lambda: live.set_guests(4))
    disk.free()
    live.end()
    assert stored_session(workspace, live.session_id) == ("finished", 4)


@pytest.mark.parametrize(
    ("sqlite_says", "problem"),
    [
        ("database or disk is full", "full"),
        ("attempt to write a readonly database", "read_only"),
        ("disk I/O error", "disk"),
    ],
)
def test_the_reason_is_named(
    workspace: Workspace, live: LiveSession, sqlite_says: str, problem: str
) -> None:
    free = failing_writes(workspace.engine, sqlite_says)
    try:
        assert refused(live.toggle).problem == problem
    finally:
        free()
    live.toggle()
    assert live.unsaved == 0


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (StorageFull(), "full"),
        (WorkspaceReadOnly(), "read_only"),
        (KeyChanging(), "key_changing"),
        (StorageError(), "disk"),
    ],
)
def test_every_storage_error_has_its_reason(error: StorageError, problem: str) -> None:
    assert save_problem(error) == problem


# --------------------------------------------------------------------------- a laptop that slept


def local_hhmm(utc: datetime) -> str:
    return utc.replace(tzinfo=UTC).astimezone().strftime("%H:%M")


@pytest.fixture
def wall(workspace: Workspace) -> dict[str, datetime]:
    now = {"now": datetime(2026, 5, 4, 17, 0)}
    object.__setattr__(workspace.context, "now", lambda: now["now"])
    return now


@pytest.mark.parametrize("counted", [True, False])
def test_clock_times_after_a_sleep_are_the_wall_clock_times(
    workspace: Workspace,
    group: tuple[int, list[int]],
    clock: FakeClock,
    wall: dict[str, datetime],
    counted: bool,
) -> None:
    bo = group[1][1]
    live = workspace.sessions.start(group[0], monotonic=clock)
    live.toggle()
    clock.advance(600)  # 17:10, then the lid closes for 14 minutes
    live.note_sleep(Sleep(seconds=840.0, counted=0.0, awake=0.0))
    wall["now"] = datetime(2026, 5, 4, 17, 24)
    live.decide_sleep(counted)
    clock.advance(120)
    live.mark(bo, "late")  # 17:26 on the wall, whichever the answer
    arrived = live.marks[bo].arrived_at
    assert arrived == (600.0 + 840.0 + 120.0 if counted else 600.0 + 120.0)
    assert live.wall_time(arrived) == local_hhmm(datetime(2026, 5, 4, 17, 26))
    live.heartbeat()  # and then the battery dies
    assert last_alive(workspace.context, live.session_id) == datetime(2026, 5, 4, 17, 26)
    live.end()
    summary = workspace.sessions.summary(live.session_id)
    assert summary.wall_at(arrived) == datetime(2026, 5, 4, 17, 26)
    assert summary.wall_at(300.0) == datetime(2026, 5, 4, 17, 5)


def test_a_crash_before_the_answer_is_interrupted_when_the_laptop_went_to_sleep(
    workspace: Workspace, group: tuple[int, list[int]], clock: FakeClock, wall: dict[str, datetime]
) -> None:
    live = workspace.sessions.start(group[0], monotonic=clock)
    live.toggle()
    clock.advance(600)
    live.heartbeat()  # 17:10
    live.note_sleep(Sleep(seconds=840.0, counted=0.0, awake=0.0))
    clock.advance(20)
    live.heartbeat()  # awake again, the question open: no time that cannot be placed
    assert last_alive(workspace.context, live.session_id) == datetime(2026, 5, 4, 17, 10)
