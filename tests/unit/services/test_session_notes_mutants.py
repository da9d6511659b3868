"""The facts of a session read on their own (the member's copy asks for them): the members
present come with their names."""

from __future__ import annotations

from datetime import datetime

from facilitator_desktop.workspace import Workspace
from tests.helpers.session_notes import small_group, typical_session

NOW = datetime(2026, 3, 9, 12, 0)


def test_the_facts_name_the_members_present(workspace: Workspace) -> None:
    object.__setattr__(workspace.context, "now", lambda: NOW)
    group = small_group(workspace)
    session_id = typical_session(workspace, group)
    facts = workspace.session_notes.facts(session_id)
    assert [(m.member_id, m.alias) for m in facts.members] == [
        (group.anna, "Anna"),
        (group.bo, "Bo"),
        (group.cleo, "Cleo"),
    ]
