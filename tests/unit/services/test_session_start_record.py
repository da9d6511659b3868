"""What a session records as it starts: the group's ground rules in force then (its
note says so after the end, whatever is saved later), and a refusal in words when there
is no agenda to run."""

from __future__ import annotations

import pytest

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers.session_notes import small_group


def _save_rules(ws: Workspace, group_id: int, words: str) -> int:
    return ws.rules.save(group_id, [RuleCardDraft("Kind", words)]).version


def test_a_session_keeps_the_rules_in_force_when_it_started(workspace: Workspace) -> None:
    """Version 2 was current at the start; version 3, saved during the session, is not
    the one the session ran with. Another group's rules play no part."""
    group = small_group(workspace)
    other = small_group(workspace, "Other")
    _save_rules(workspace, group.group_id, "We are kind.")
    assert _save_rules(workspace, group.group_id, "We are kind to each other.") == 2
    for version in range(3):
        _save_rules(workspace, other.group_id, f"Elsewhere, take {version}.")
    live = workspace.sessions.start(group.group_id, monotonic=FakeClock(10.0))
    live.mark(group.anna, "present")
    live.toggle()
    assert _save_rules(workspace, group.group_id, "We are kind, always.") == 3
    live.end()
    anna = workspace.session_notes.open(live.session_id).facts.member(group.anna)
    assert anna is not None and anna.rules_in_force == 2


def test_a_session_of_a_group_without_rules_has_none_in_force(workspace: Workspace) -> None:
    group = small_group(workspace)
    live = workspace.sessions.start(group.group_id, monotonic=FakeClock(10.0))
    live.mark(group.anna, "present")
    live.toggle()
    live.end()
    anna = workspace.session_notes.open(live.session_id).facts.member(group.anna)
    assert anna is not None and anna.rules_in_force is None


def test_a_session_without_an_agenda_is_refused_in_words(workspace: Workspace) -> None:
    group = small_group(workspace)
    with pytest.raises(FacilitatorError) as refused:
        workspace.sessions.start(group.group_id, [], monotonic=FakeClock())
    assert refused.value.message == "Give the group at least one agenda segment first."
    assert workspace.sessions.running() == []
