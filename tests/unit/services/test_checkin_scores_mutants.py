"""Scores waiting sealed in memory: one that no longer opens is left out, and the ones after
it still open. Refusals for a group, session or member that is gone, word for word; and
the reads of a member's and a group's scores, theirs alone, in date order."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from facilitator_desktop.errors import NotFound, ValidationError
from facilitator_desktop.services.checkin_scale import DEFAULT_SCALE
from facilitator_desktop.services.checkin_scores import (
    CheckinScoreService,
    HeldScore,
    hold,
    open_held,
    store_held,
)
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers.checkin_setup import finished_session

AT = datetime(2026, 3, 5, 17, 0)


def test_a_damaged_waiting_score_does_not_hide_the_ones_after_it(workspace: Workspace) -> None:
    keyring = workspace.keyring
    first = hold(keyring, DEFAULT_SCALE, 3, AT)
    damaged = HeldScore(bytes(64), AT)
    last = hold(keyring, DEFAULT_SCALE, 8, AT)
    waiting = {1: first, 2: damaged, 3: last}
    assert open_held(keyring, waiting) == {1: 3, 3: 8}
    assert open_held(keyring, {2: damaged, 3: last}) == {3: 8}


def test_refusals_for_what_is_gone_say_which_thing_and_store_nothing(
    workspace: Workspace,
) -> None:
    scores = CheckinScoreService(workspace.context)
    group = workspace.groups.create(GroupDraft("G")).id
    other = workspace.groups.create(GroupDraft("Other")).id
    stranger = workspace.members.add(other, MemberDraft("Dee")).id
    live = workspace.sessions.start(group)
    live.toggle()
    live.end()
    cases: list[tuple[Callable[[], object], str]] = [
        (lambda: scores.scale(9999), "That group no longer exists."),
        (lambda: scores.set_scale(9999, 1, 5, ""), "That group no longer exists."),
        (lambda: scores.record(9999, stranger, 5), "That session no longer exists."),
        (
            lambda: scores.record(live.session_id, stranger, 5),
            "That member is not part of this session's group.",
        ),
        (
            lambda: scores.record(live.session_id, 9999, 5),
            "That member is not part of this session's group.",
        ),
        (lambda: scores.member_scores(9999), "That member no longer exists."),
    ]
    for action, message in cases:
        with pytest.raises(NotFound) as raised:
            action()
        assert str(raised.value) == message
    assert scores.session_scores(live.session_id) == {}
    assert scores.scale(group) == DEFAULT_SCALE


def test_a_scale_leaving_recorded_scores_outside_is_refused_on_its_field_word_for_word(
    workspace: Workspace,
) -> None:
    scores = CheckinScoreService(workspace.context)
    group = workspace.groups.create(GroupDraft("G")).id
    ann = workspace.members.add(group, MemberDraft("Ann")).id
    bo = workspace.members.add(group, MemberDraft("Bo")).id
    live = workspace.sessions.start(group)
    live.toggle()
    live.end()
    scores.record(live.session_id, ann, 2)
    scores.record(live.session_id, bo, 9)
    with pytest.raises(ValidationError) as refused:
        scores.set_scale(group, 3, 10, "new")
    assert refused.value.field == "checkin_scale"
    assert str(refused.value) == (
        "Check-in scores already recorded in this group go from 2 to 9: the scale must "
        "include them."
    )
    assert scores.scale(group) == DEFAULT_SCALE


def test_a_members_and_a_groups_scores_are_theirs_in_date_order(workspace: Workspace) -> None:
    scores = CheckinScoreService(workspace.context)
    group = workspace.groups.create(GroupDraft("G")).id
    other = workspace.groups.create(GroupDraft("Other")).id
    ann = workspace.members.add(group, MemberDraft("Ann")).id
    bo = workspace.members.add(group, MemberDraft("Bo")).id
    dee = workspace.members.add(other, MemberDraft("Dee")).id
    later, earlier = datetime(2026, 3, 12, 18), datetime(2026, 3, 5, 18)
    second = finished_session(workspace, group, later)  # written first
    first = finished_session(workspace, group, earlier)
    elsewhere = finished_session(workspace, other, datetime(2026, 3, 1, 18))
    scores.record(second, ann, 4)
    scores.record(first, ann, 7)
    scores.record(first, bo, 2)
    scores.record(elsewhere, dee, 9)
    scale, recorded = scores.member_scores(ann)
    assert scale == DEFAULT_SCALE
    assert [(r.session_id, r.started_at, r.score) for r in recorded] == [
        (first, earlier, 7),
        (second, later, 4),
    ]
    assert [(p.session_id, p.score) for p in scores.member_series(ann).points] == [
        (first, 7),
        (second, 4),
    ]
    assert (scores.recorded_count(ann), scores.recorded_count(dee)) == (2, 1)
    line = scores.group_series(group)
    assert [(s.session_id, s.started_at, s.scores) for s in line.sessions] == [
        (first, earlier, (2, 7)),
        (second, later, (4,)),
    ]
    assert scores.group_series(group, last=1).sessions == line.sessions[1:]
    assert scores.session_scores(first) == {ann: 7, bo: 2}


def test_nothing_waiting_is_stored_at_once_even_while_locked(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("G")).id
    session_id = finished_session(workspace, group, datetime(2026, 3, 5, 18))
    workspace.lock()
    with workspace.context.sessions.begin() as s:
        assert store_held(s, workspace.keyring, session_id, {}) is True
        assert store_held(s, workspace.keyring, session_id, {1: HeldScore(bytes(64), AT)}) is False
