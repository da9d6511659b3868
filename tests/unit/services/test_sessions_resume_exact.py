"""A session resumed after a crash has exactly what was recorded: its group, every mark with
its times and nothing from another session; refusals say why."""

from __future__ import annotations

import pytest

from facilitator_desktop.domain.attendance import Mark
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import FacilitatorError, NotFound
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace

AGENDA = (SegmentSpec("Check-in", 10, "round"), SegmentSpec("Talk", 30, "open"))


def test_marks_and_group_come_back_exactly(workspace: Workspace) -> None:
    ws = workspace
    other = ws.groups.create(GroupDraft("Fridays", agenda=AGENDA))
    stranger = ws.members.add(other.id, MemberDraft("Zed")).id
    ws.groups.create(GroupDraft("Mondays", agenda=AGENDA))  # ids differ from the group's
    group = ws.groups.create(GroupDraft("Tuesdays", agenda=AGENDA))
    ann, bo, cy = (ws.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo", "Cy"))

    finished = ws.sessions.start(other.id, monotonic=FakeClock())
    finished.mark(stranger, "present")
    finished.toggle()
    finished.end()

    clock = FakeClock()
    live = ws.sessions.start(group.id, monotonic=clock)
    live.mark(ann, "present")
    live.toggle()
    clock.advance(300)
    live.mark(bo, "late")
    clock.advance(1200)
    live.mark(cy, "present")
    clock.advance(60)
    live.mark(cy, "left_early")
    recorded = dict(live.marks)
    assert recorded[bo] == Mark("late", 300.0) and recorded[cy].left_at == 1560.0
    del live  # the crash

    resumed = ws.sessions.resume(ws.sessions.running()[0].id, monotonic=FakeClock(5000.0))
    assert resumed.group_id == group.id
    assert dict(resumed.marks) == recorded
    assert stranger not in resumed.marks


def test_resuming_what_cannot_be_resumed_says_why(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("Tuesdays", agenda=AGENDA))
    live = ws.sessions.start(group.id, monotonic=FakeClock())
    live.toggle()
    live.end()
    with pytest.raises(FacilitatorError) as ended:
        ws.sessions.resume(live.session_id)
    assert ended.value.message == "That session has already ended."
    for act in (lambda: ws.sessions.resume(999), lambda: ws.sessions.discard(999)):
        with pytest.raises(NotFound) as gone:
            act()
        assert gone.value.message == "That session no longer exists."
    ws.sessions.discard(live.session_id)
    with pytest.raises(NotFound):
        ws.sessions.discard(live.session_id)
