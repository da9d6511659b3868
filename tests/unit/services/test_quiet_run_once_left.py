"""A quiet run is kept only for a member marked in the group's latest session, as an absence
is only chased then: one who has stopped being marked (left, never marked as left) is not
listed as quiet, whether their last mark falls inside the sessions read first or further
back, and the member's page says the same. Marked again, the run goes on where it was."""

from __future__ import annotations

from datetime import datetime

import pytest

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers.session_notes import Sitting, TurnSpec, write_session

QUIET_DAYS = (datetime(2026, 3, 5, 17), datetime(2026, 3, 12, 17), datetime(2026, 3, 19, 17))
UNMARKED_DAYS = (datetime(2026, 3, 26, 17), datetime(2026, 4, 2, 17))
BACK_DAY = datetime(2026, 4, 9, 17)


def _sitting(ws: Workspace, group: int, day: datetime, bo: int, ann: int | None) -> None:
    """Bo talks ten minutes; Ann, when marked, says five seconds (quiet)."""
    marks = {bo: ("present", None, None)}
    turns = [TurnSpec(bo, 0, 10, 600)]
    if ann is not None:
        marks[ann] = ("present", None, None)
        turns.append(TurnSpec(ann, 0, 700, 5))
    write_session(ws, group, Sitting(started_at=day, marks=marks, turns=tuple(turns)))


def _silences(ws: Workspace, group: int, lookback: int) -> dict[int, int]:
    items = ws.history.follow_ups(group_id=group, lookback=lookback)
    return {i.member_id: i.count for i in items if i.kind == "silence" and i.member_id}


@pytest.fixture
def left_quiet(workspace: Workspace) -> tuple[Workspace, int, int, int]:
    """Ann quiet at three sessions, then not marked at the two since."""
    ws = workspace
    group = ws.groups.create(GroupDraft("G")).id
    ann = ws.members.add(group, MemberDraft("Ann")).id
    bo = ws.members.add(group, MemberDraft("Bo")).id
    for day in QUIET_DAYS:
        _sitting(ws, group, day, bo, ann)
    for day in UNMARKED_DAYS:
        _sitting(ws, group, day, bo, None)
    return ws, group, ann, bo


@pytest.mark.parametrize("lookback", [1, 2, 3, 8])
def test_a_member_no_longer_marked_is_not_listed_as_quiet_whatever_is_read_first(
    left_quiet: tuple[Workspace, int, int, int], lookback: int
) -> None:
    ws, group, ann, _ = left_quiet
    assert ann not in _silences(ws, group, lookback)
    assert ws.history.quiet_streak(ann, lookback=lookback) == 0


def test_the_page_of_a_member_no_longer_marked_shows_no_quiet_run(
    left_quiet: tuple[Workspace, int, int, int],
) -> None:
    ws, _, ann, _ = left_quiet
    assert ws.history.member_record(ann).silent_streak == 0
    assert ws.history.quiet_streak(ann) == 0


@pytest.mark.parametrize("lookback", [1, 2, 3, 8])
def test_marked_again_the_quiet_run_goes_on_past_the_sessions_without_them(
    left_quiet: tuple[Workspace, int, int, int], lookback: int
) -> None:
    ws, group, ann, bo = left_quiet
    _sitting(ws, group, BACK_DAY, bo, ann)
    assert _silences(ws, group, lookback) == {ann: 4}
    assert ws.history.quiet_streak(ann, lookback=lookback) == 4
    assert ws.history.member_record(ann).silent_streak == 4
