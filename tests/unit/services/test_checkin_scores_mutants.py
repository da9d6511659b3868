"""Scores waiting sealed in memory: one that no longer opens is left out, and the ones after
it still open. Refusals for a group, session or member that is gone, word for word."""

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
)
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace

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
