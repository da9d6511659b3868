"""What a session records as it starts: the group's ground rules in force then (its
note says so after the end, whatever is saved later), its group, soft limit, guests and
random source, and a refusal in words when there is no agenda to run."""

from __future__ import annotations

import pytest

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers.counted_random import Counted
from tests.helpers.session_notes import small_group

AGENDA = (SegmentSpec("Check-in", 2, "round"), SegmentSpec("Talk", 3, "open"))


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


def test_a_new_session_belongs_to_its_group_with_its_soft_limit_and_no_guests(
    workspace: Workspace,
) -> None:
    """The group's speaker soft limit (7 minutes) holds from the start; no guest is
    counted until the facilitator counts one, and an end stores none."""
    group_id = workspace.groups.create(GroupDraft("G", agenda=AGENDA, speaker_soft_limit_min=7)).id
    live = workspace.sessions.start(group_id, monotonic=FakeClock(10.0))
    assert (live.group_id, live.runner.soft_limit_minutes, live.guests) == (group_id, 7.0, 0)
    live.toggle()
    live.end()
    assert workspace.sessions.summary(live.session_id).guests == 0


def test_a_new_session_draws_from_the_random_source_given(workspace: Workspace) -> None:
    """Who starts a round comes from the rng the caller passed."""
    group = small_group(workspace)
    rng = Counted(1)
    live = workspace.sessions.start(group.group_id, monotonic=FakeClock(), rng=rng)
    live.mark_all_unmarked_present()
    live.toggle()
    live.start_round()
    assert rng.draws > 0
