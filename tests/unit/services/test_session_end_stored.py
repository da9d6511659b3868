"""What a session's end stores for History: how long it ran and how long was planned."""

from __future__ import annotations

from datetime import datetime

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace

AGENDA = (SegmentSpec("Check-in", 2, "round"), SegmentSpec("Talk", 3, "open"))


def test_the_end_stores_the_time_run_and_the_time_planned(workspace: Workspace) -> None:
    object.__setattr__(workspace.context, "now", lambda: datetime(2026, 3, 2, 18, 0))
    group = workspace.groups.create(GroupDraft("G", agenda=AGENDA)).id
    workspace.members.add(group, MemberDraft("Ann"))
    clock = FakeClock()
    live = workspace.sessions.start(group, monotonic=clock)
    live.toggle()  # the timer runs
    clock.advance(125)
    live.end()
    (row,) = workspace.history.sessions(group)
    assert (row.elapsed_seconds, row.planned_seconds) == (125.0, 5 * 60.0)
