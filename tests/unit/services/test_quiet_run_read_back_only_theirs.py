"""When a quiet run may go on past the sessions read first, only the quiet members' record is
read back: a member who left before those sessions, marked only further back, is not given
a run, and does not stop the list from being made."""

from __future__ import annotations

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers.weekly_sessions import meet_weekly, session


def test_a_member_who_left_before_the_sessions_read_first_gets_no_quiet_run(
    workspace: Workspace,
) -> None:
    weeks = meet_weekly(workspace)
    group = workspace.groups.create(GroupDraft("G")).id
    ann = workspace.members.add(group, MemberDraft("Ann")).id
    lee = workspace.members.add(group, MemberDraft("Lee")).id
    session(workspace, group, {ann: "present", lee: "present"})
    workspace.members.set_left(lee, weeks.now.date())
    for _ in range(8):  # the eight read first: Lee is in none of them
        session(workspace, group, {ann: "present"})
    items = workspace.history.follow_ups(group_id=group)
    assert {item.member_id for item in items} <= {ann}
    assert all(item.kind != "absence" for item in items)
    assert workspace.history.member_record(lee).attendance.consecutive_unexcused_absences == 0
