"""A member's quiet run is counted whole wherever the first read stops: a member who was
away (left, and was brought back) at the oldest session read, and quiet before and since,
has the whole run, as every other look-back gives it; so has one absent at every session
read."""

from __future__ import annotations

from datetime import datetime

import pytest

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers.session_notes import Sitting, TurnSpec, write_session


@pytest.mark.parametrize("lookback", [1, 2, 3, 8])
def test_a_quiet_run_goes_on_past_a_time_away_at_the_edge_of_the_read(
    workspace: Workspace, lookback: int
) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G")).id
    ann = ws.members.add(group, MemberDraft("Ann")).id
    bo = ws.members.add(group, MemberDraft("Bo")).id
    for day, with_ann in ((5, True), (12, False), (19, True)):  # Ann away on the 12th
        marks = {bo: ("present", None, None)}
        turns = [TurnSpec(bo, 0, 10, 600)]
        if with_ann:
            marks[ann] = ("present", None, None)
            turns.append(TurnSpec(ann, 0, 700, 5))  # a few words: quiet
        sitting = Sitting(started_at=datetime(2026, 3, day, 17), marks=marks, turns=tuple(turns))
        write_session(ws, group, sitting)
    assert ws.history.quiet_streak(ann, lookback=lookback) == 2
    assert ws.history.quiet_streak(ann) == 2


@pytest.mark.parametrize("lookback", [1, 2, 3, 8])
def test_a_quiet_run_goes_on_past_absences_that_fill_the_read(
    workspace: Workspace, lookback: int
) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G")).id
    ann = ws.members.add(group, MemberDraft("Ann")).id
    bo = ws.members.add(group, MemberDraft("Bo")).id
    for day, status in ((5, "present"), (12, "present"), (19, "absent"), (26, "absent")):
        turns = [TurnSpec(bo, 0, 10, 600)]
        if status == "present":
            turns.append(TurnSpec(ann, 0, 700, 5))  # a few words: quiet
        marks = {bo: ("present", None, None), ann: (status, None, None)}
        sitting = Sitting(started_at=datetime(2026, 3, day, 17), marks=marks, turns=tuple(turns))
        write_session(ws, group, sitting)
    assert ws.history.quiet_streak(ann, lookback=lookback) == 2
