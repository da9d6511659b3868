"""The session summary lists turns in the order they were spoken, each with its segment
and start."""

from __future__ import annotations

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
