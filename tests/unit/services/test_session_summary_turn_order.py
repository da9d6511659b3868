"""The session summary lists turns in the order they were spoken, each with its segment
and start, and names members who have left since."""

from __future__ import annotations

from datetime import date

from facilitator_desktop.workspace import Workspace
from tests.helpers.session_notes import Sitting, TurnSpec, small_group, write_session


def test_summary_turns_come_in_speaking_order(workspace: Workspace) -> None:
    """Turns written out of order come back by start, with segment and start kept."""
    g = small_group(workspace)
    turns = (TurnSpec(g.bo, 1, 900.0, 60.0), TurnSpec(g.anna, 0, 30.0, 45.0))
    session_id = write_session(workspace, g.group_id, Sitting(turns=turns))
    summary = workspace.sessions.summary(session_id)
    assert [(t.member_id, t.segment_index, t.started_at) for t in summary.turns] == [
        (g.anna, 0, 30.0),
        (g.bo, 1, 900.0),
    ]


def test_summary_names_a_member_who_has_since_left(workspace: Workspace) -> None:
    """A member who left after the session keeps their alias in its attendance."""
    g = small_group(workspace)
    sitting = Sitting(marks={g.bo: ("present", None, None)})
    session_id = write_session(workspace, g.group_id, sitting)
    workspace.members.set_left(g.bo, date(2026, 4, 1))
    summary = workspace.sessions.summary(session_id)
    assert [(a.member_id, a.alias) for a in summary.attendance] == [(g.bo, "Bo")]
