"""How long a member has been quiet: the follow-ups' measure, the member page's number."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import NotFound
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers.weekly_sessions import round_of_two


class Wall:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 6, 18, 0)

    def __call__(self) -> datetime:
        return self.now


def test_quiet_streak_counts_back_from_the_newest(workspace: Workspace) -> None:
    ws = workspace
    wall = Wall()
    object.__setattr__(ws.context, "now", wall)
    group = ws.groups.create(GroupDraft("G", agenda=(SegmentSpec("Round", 10, "round"),)))
    ann, bo = (ws.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo"))
    for bo_speaks in (60, 0, 0, 0, 0):
        round_of_two(ws, group.id, ann, bo, first_says=120, second_says=bo_speaks)
        wall.now += timedelta(weeks=1)

    assert ws.history.quiet_streak(bo) == 4
    assert ws.history.quiet_streak(bo, lookback=2) == 4  # read past the first two: whole
    assert ws.history.member_record(bo).silent_streak == 4
    assert ws.history.quiet_streak(ann) == 0
    other = ws.groups.create(GroupDraft("New"))
    newcomer = ws.members.add(other.id, MemberDraft("Cy")).id
    assert ws.history.quiet_streak(newcomer) == 0  # no sessions yet
    with pytest.raises(NotFound) as gone:
        ws.history.quiet_streak(999)
    assert gone.value.message == "That member no longer exists."
