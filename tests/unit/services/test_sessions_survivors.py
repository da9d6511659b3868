"""Reading, deleting and resuming sessions, as a caller sees it: the words of each refusal,
counts of nothing as 0, one session's delete leaving the others, running sessions oldest
first, and a resumed session with its soft limit, its random source and its clock."""

from __future__ import annotations

import random
from datetime import datetime

import pytest
from sqlalchemy import update

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.session_events import SessionRecovered
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import FacilitatorError, NotFound
from facilitator_desktop.models import GroupSession
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers.counted_random import Counted

AGENDA = (SegmentSpec("Check-in", 2, "round"), SegmentSpec("Talk", 3, "open"))
GONE = r"^That session no longer exists\.$"


class Wall:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 6, 18, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def wall(workspace: Workspace) -> Wall:
    clock = Wall()
    object.__setattr__(workspace.context, "now", clock)
    return clock


def group(ws: Workspace, name: str = "G") -> int:
    group_id = ws.groups.create(GroupDraft(name, agenda=AGENDA)).id
    for member in ("Ann", "Bo", "Cy"):
        ws.members.add(group_id, MemberDraft(member))
    return group_id


def test_counting_a_session_that_is_gone_says_so(workspace: Workspace) -> None:
    """The words of the refusal, not the generic "item" ones."""
    with pytest.raises(NotFound, match=GONE):
        workspace.sessions.contents(404)
    with pytest.raises(NotFound, match=GONE):
        workspace.sessions.delete(404)


def test_starting_a_session_for_a_group_that_is_gone_says_so(workspace: Workspace) -> None:
    """The group's own words, not the generic "item" ones."""
    with pytest.raises(NotFound, match=r"^That group no longer exists\.$"):
        workspace.sessions.start(404, monotonic=FakeClock())


def test_a_session_just_started_has_not_ended(workspace: Workspace) -> None:
    """A session is not "ended and stored" (a plain no) until its end is on the disk."""
    live = workspace.sessions.start(group(workspace), monotonic=FakeClock())
    assert live.ended_and_stored is False


def test_a_new_session_counts_nothing_and_its_start(workspace: Workspace, wall: Wall) -> None:
    """Nothing recorded counts 0 (not 1); the start is the wall time it began."""
    live = workspace.sessions.start(group(workspace), monotonic=FakeClock())
    gone = workspace.sessions.contents(live.session_id)
    assert gone.started_at == datetime(2026, 1, 6, 18, 0)
    counts = (gone.attendance, gone.turns, gone.events, gone.segments, gone.corrections)
    assert counts == (0, 0, 0, 0, 0)


def test_deleting_a_running_session_is_refused_in_words(workspace: Workspace) -> None:
    """The message says what to do, word for word."""
    live = workspace.sessions.start(group(workspace), monotonic=FakeClock())
    with pytest.raises(FacilitatorError) as caught:
        workspace.sessions.delete(live.session_id)
    assert caught.value.message == (
        "That session is still running: end it (or discard it) on the Session page first."
    )


def test_deleting_one_session_leaves_another_groups_records(workspace: Workspace) -> None:
    """Only the deleted session's rows go; a session of another group keeps all of its."""
    clock = FakeClock()
    sessions = []
    for name in ("A", "B"):
        group_id = group(workspace, name)
        live = workspace.sessions.start(group_id, monotonic=clock, rng=random.Random(1))
        live.mark_all_unmarked_present()
        live.toggle()
        live.start_round()
        live.next_speaker()
        clock.advance(20)
        live.next_speaker()
        live.end()
        sessions.append(live.session_id)
    kept = workspace.sessions.contents(sessions[1])
    assert kept.attendance and kept.turns and kept.events
    workspace.sessions.delete(sessions[0])
    assert workspace.sessions.contents(sessions[1]) == kept


def test_running_sessions_are_listed_by_when_they_started(workspace: Workspace, wall: Wall) -> None:
    """Oldest first, by start time, not by the order they were stored."""
    later, earlier = group(workspace, "Later"), group(workspace, "Earlier")
    workspace.sessions.start(later, monotonic=FakeClock())
    wall.now = datetime(2026, 1, 6, 17, 0)
    workspace.sessions.start(earlier, monotonic=FakeClock())
    assert [info.group_name for info in workspace.sessions.running()] == ["Earlier", "Later"]


def test_a_resumed_session_keeps_the_groups_soft_limit(workspace: Workspace) -> None:
    """The speaker soft limit stored with the session comes back."""
    group_id = workspace.groups.create(GroupDraft("G", agenda=AGENDA, speaker_soft_limit_min=7)).id
    live = workspace.sessions.start(group_id, monotonic=FakeClock())
    resumed = workspace.sessions.resume(live.session_id, monotonic=FakeClock())
    assert resumed.runner.soft_limit_minutes == 7.0


def test_a_resumed_session_draws_from_the_random_source_given(workspace: Workspace) -> None:
    """Who starts a round after a resume comes from the rng the caller passed."""
    group_id = group(workspace)
    clock = FakeClock()
    live = workspace.sessions.start(group_id, monotonic=clock)
    live.mark_all_unmarked_present()
    rng = Counted(1)
    resumed = workspace.sessions.resume(live.session_id, monotonic=clock, rng=rng)
    resumed.toggle()
    resumed.start_round()
    assert rng.draws > 0


def test_a_session_with_nothing_recorded_resumes_at_its_start(workspace: Workspace) -> None:
    """No events: the clock goes on from 0, not from a second in."""
    clock = FakeClock(100.0)
    live = workspace.sessions.start(group(workspace), monotonic=clock)
    resumed = workspace.sessions.resume(live.session_id, monotonic=clock)
    assert resumed.runner.events == ()
    assert [event.at for event in resumed.toggle()] == [0.0]


def test_a_resume_ends_at_the_last_event_when_it_is_later(workspace: Workspace) -> None:
    """The crash is put at the last stored event when that is later than alive_at."""
    clock = FakeClock(100.0)
    live = workspace.sessions.start(group(workspace), monotonic=clock)
    live.toggle()
    clock.advance(30)
    live.toggle()
    with workspace.context.sessions.begin() as s:
        s.execute(update(GroupSession).values(alive_at=0.0))
    resumed = workspace.sessions.resume(live.session_id, monotonic=clock)
    recovered = resumed.runner.events[-1]
    assert isinstance(recovered, SessionRecovered)
    assert (recovered.at, recovered.crash_at) == (30.0, 30.0)
