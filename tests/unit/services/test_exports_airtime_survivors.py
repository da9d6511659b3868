"""The airtime CSV counts no seconds for a turn that ended in a pass, even when the member
held the floor a while before passing: a pass is not speech."""

from __future__ import annotations

import csv
import io
from datetime import datetime

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace

AGENDA = (SegmentSpec("Check-in", 10, "round"),)


def test_airtime_leaves_out_the_seconds_before_a_pass(workspace: Workspace) -> None:
    """Ann speaks 30 s; Bo is called, waits 20 s and passes: Ann has all of the share."""
    object.__setattr__(workspace.context, "now", lambda: datetime(2026, 1, 6, 18, 0))
    group = workspace.groups.create(GroupDraft("Tuesdays", agenda=AGENDA)).id
    ann = workspace.members.add(group, MemberDraft("Ann")).id
    bo = workspace.members.add(group, MemberDraft("Bo")).id
    clock = FakeClock()
    live = workspace.sessions.start(group, monotonic=clock)
    live.mark(ann, "present")
    live.mark(bo, "present")
    live.toggle()
    live.start_round(ann)
    live.next_speaker()
    clock.advance(30)
    live.next_speaker()
    clock.advance(20)
    live.pass_turn()
    live.end()
    data = workspace.exports.airtime_csv(group)
    assert list(csv.reader(io.StringIO(data.decode("utf-8-sig")))) == [
        ["session_start", "member", "seconds", "share", "turns", "passes"],
        ["2026-01-06 18:00", "Ann", "30", "1.000", "1", "0"],
        ["2026-01-06 18:00", "Bo", "0", "0.000", "0", "1"],
    ]
