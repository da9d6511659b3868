"""A run of absences counted back past the sessions read first ends at the last finished
session of the member's own group they attended: a mark in the session still running, or
a stray mark in another group's session, does not cut it short."""

from __future__ import annotations

import pytest

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers.weekly_sessions import absences, meet_weekly, session


def _three_absences(ws: Workspace) -> tuple[int, int]:
    """Ann came once, then missed three sessions without notice."""
    meet_weekly(ws)
    group = ws.groups.create(GroupDraft("G")).id
    ann = ws.members.add(group, MemberDraft("Ann")).id
    bo = ws.members.add(group, MemberDraft("Bo")).id
    session(ws, group, {ann: "present", bo: "present"})
    for _ in range(3):
        session(ws, group, {ann: "absent", bo: "present"})
    return group, ann


@pytest.mark.parametrize("lookback", [2, 8])
def test_a_mark_in_the_running_session_does_not_end_a_run_of_absences(
    workspace: Workspace, lookback: int
) -> None:
    group, ann = _three_absences(workspace)
    live = workspace.sessions.start(group, monotonic=FakeClock())
    live.mark(ann, "present")
    assert absences(workspace, group, lookback=lookback, absences=1) == {ann: 3}


@pytest.mark.parametrize("lookback", [2, 8])
def test_a_stray_mark_in_another_groups_session_does_not_end_a_run_of_absences(
    workspace: Workspace, lookback: int
) -> None:
    """The app never writes such a row; a hand-edited file can hold one."""
    group, ann = _three_absences(workspace)
    other = workspace.groups.create(GroupDraft("H")).id
    session(workspace, other, {})
    with workspace.engine.begin() as conn:
        latest = conn.exec_driver_sql(
            "SELECT id FROM sessions WHERE group_id = ? ORDER BY started_at DESC LIMIT 1",
            (other,),
        ).scalar_one()
        conn.exec_driver_sql(
            "INSERT INTO attendance (session_id, member_id, status) VALUES (?, ?, 'present')",
            (latest, ann),
        )
    assert absences(workspace, group, lookback=lookback, absences=1) == {ann: 3}
