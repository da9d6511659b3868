"""A run of absences goes on across sessions a member was away for (marked as left, then
brought back): those neither end nor extend it, so the run listed is the whole record's
however many sessions are read first, also when the oldest one read is such a session."""

from __future__ import annotations

import pytest

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers.weekly_sessions import absences, meet_weekly, session


def _absent_then_away_then_absent(ws: Workspace, after: int) -> tuple[int, int]:
    """Cy came once and missed two sessions; was marked as left for one; brought back,
    missed `after` more. Ann came every time."""
    weeks = meet_weekly(ws)
    group = ws.groups.create(GroupDraft("G")).id
    ann = ws.members.add(group, MemberDraft("Ann")).id
    cy = ws.members.add(group, MemberDraft("Cy")).id
    session(ws, group, {ann: "present", cy: "present"})
    for _ in range(2):
        session(ws, group, {ann: "present", cy: "absent"})
    ws.members.set_left(cy, weeks.now.date())
    session(ws, group, {ann: "present"})
    ws.members.set_left(cy, None)
    for _ in range(after):
        session(ws, group, {ann: "present", cy: "absent"})
    return group, cy


@pytest.mark.parametrize("first_read", [1, 2, 3, 4, 8])
def test_a_run_of_absences_goes_on_across_a_session_the_member_was_away_for(
    workspace: Workspace, first_read: int
) -> None:
    """Read two sessions first, the oldest is the one Cy was away for: still 3, not 1."""
    group, cy = _absent_then_away_then_absent(workspace, after=1)
    assert absences(workspace, group, lookback=first_read, absences=1) == {cy: 3}
    assert workspace.history.member_record(cy).attendance.consecutive_unexcused_absences == 3


def test_the_follow_up_counts_the_absences_before_the_away_session_too(
    workspace: Workspace,
) -> None:
    """The usual first read of eight starts at the session Cy was away for."""
    group, cy = _absent_then_away_then_absent(workspace, after=7)
    (item,) = [i for i in workspace.history.follow_ups(group_id=group) if i.kind == "absence"]
    assert (item.member_id, item.count) == (cy, 9)
    assert item.text == "Cy missed 9 sessions in a row without notice"
