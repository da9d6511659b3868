"""What a caller sees of a failed save's error and of a segment edit: the problem and the
message it was given, the events each edit returns, the first and past-the-end segments."""

from __future__ import annotations

import random

import pytest

from facilitator_desktop.domain.agenda import AgendaError
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.session_events import SegmentMinutesChanged, SegmentRenamed
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.live_session import LiveSession, SaveFailed
from facilitator_desktop.workspace import Workspace

AGENDA = (
    SegmentSpec("Check-in", 10, "round"),
    SegmentSpec("Sharing", 30, "open"),
    SegmentSpec("Closing", 5, "round"),
)


@pytest.fixture
def live(workspace: Workspace) -> LiveSession:
    group = workspace.groups.create(GroupDraft("G", agenda=AGENDA))
    return workspace.sessions.start(group.id, monotonic=FakeClock(100.0), rng=random.Random(1))


def test_a_save_failure_by_default_is_a_disk_problem_with_the_default_words() -> None:
    """With nothing said, the problem is "disk" and the message the default one."""
    error = SaveFailed()
    assert error.problem == "disk"
    assert error.message == SaveFailed.default_message


def test_a_save_failure_keeps_its_message_values_and_problem() -> None:
    """The message given is filled with the values given, and both are kept."""
    error = SaveFailed("Kept: {why}", problem="full", why="no room")
    assert error.message == "Kept: no room"
    assert error.template == "Kept: {why}"
    assert error.params == {"why": "no room"}
    assert error.problem == "full"


def test_editing_the_first_segment_to_what_it_is_returns_nothing(live: LiveSession) -> None:
    """Segment 0 is compared with its plan like any other: no change, no event."""
    events = len(live.runner.events)
    assert live.edit_segment(0, name="Check-in", minutes=10) == []
    assert len(live.runner.events) == events
    assert [type(e) for e in live.edit_segment(0, name="Opening", minutes=10)] == [SegmentRenamed]


def test_editing_the_segment_just_past_the_end_is_refused(live: LiveSession) -> None:
    """Index len(plans) is not there: the agenda's refusal, with its words."""
    with pytest.raises(AgendaError, match=r"^no segment 3 \(agenda has 3\)$"):
        live.edit_segment(3, name="Talk")


def test_an_edit_of_name_and_minutes_returns_both_events_in_order(live: LiveSession) -> None:
    """One edit of both: the rename, then the minutes, both returned."""
    events = live.edit_segment(1, name="Talk", minutes=25)
    assert [type(e) for e in events] == [SegmentRenamed, SegmentMinutesChanged]
    renamed, minutes = events
    assert isinstance(renamed, SegmentRenamed) and isinstance(minutes, SegmentMinutesChanged)
    assert (renamed.index, renamed.name) == (1, "Talk")
    assert (minutes.index, minutes.minutes) == (1, 25)
