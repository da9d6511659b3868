"""Correcting a turn after the session: each change recorded in words, nothing recorded for
a change that changes nothing, a pass lasting no time, refusals that say why."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import NotFound, ValidationError
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers.weekly_sessions import round_of_two


class Wall:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 6, 18, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def held(workspace: Workspace) -> tuple[Workspace, Wall, int, int, int]:
    """A finished session: Ann speaks 60 s, Bo passes. Returns (ws, wall, session, Ann, Bo)."""
    wall = Wall()
    object.__setattr__(workspace.context, "now", wall)
    group = workspace.groups.create(GroupDraft("G", agenda=(SegmentSpec("Round", 10, "round"),)))
    ann, bo = (workspace.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo"))
    session_id = round_of_two(workspace, group.id, ann, bo, first_says=60)
    return workspace, wall, session_id, ann, bo


def test_each_change_in_words(held: tuple[Workspace, Wall, int, int, int]) -> None:
    ws, wall, sid, ann, bo = held
    (spoke, passed) = ws.history.turns_of(sid)
    assert (spoke[1], spoke[4], spoke[5]) == (ann, 60.0, False)
    assert (passed[1], passed[4], passed[5]) == (bo, 0.0, True)

    # The same values again: nothing to record.
    ws.history.correct_turn(spoke[0], member_id=ann, duration=60.0, passed=False)
    assert ws.history.corrections(sid) == []

    wall.now += timedelta(hours=1)
    ws.history.correct_turn(spoke[0], duration=0.0)  # zero is a length, not a refusal
    wall.now -= timedelta(minutes=30)  # the clock went back: the list is by time made
    ws.history.correct_turn(passed[0], passed=False, duration=45.0)
    ws.history.correct_turn(spoke[0], passed=True)
    assert [t[4:] for t in ws.history.turns_of(sid)] == [(0.0, True), (45.0, False)]
    assert [what for _, what in ws.history.corrections(sid)] == [
        f"turn {passed[0]}: duration 0s -> 45s, passed True -> False",
        f"turn {spoke[0]}: passed False -> True",
        f"turn {spoke[0]}: duration 60s -> 0s",
    ]
    # A pass lasts no time, whatever the turn said before.
    ws.history.correct_turn(passed[0], passed=True)
    assert ws.history.turns_of(sid)[1][4:] == (0.0, True)


def test_refusals_say_why(held: tuple[Workspace, Wall, int, int, int]) -> None:
    ws, _, sid, _, _ = held
    turn = ws.history.turns_of(sid)[0][0]
    with pytest.raises(NotFound) as negative:
        ws.history.correct_turn(turn, duration=-1.0)
    assert negative.value.message == "A turn cannot last less than zero seconds."
    with pytest.raises(NotFound) as gone:
        ws.history.correct_turn(999, duration=1.0)
    assert gone.value.message == "That turn no longer exists."
    assert ws.history.turns_of(sid)[0][4] == 60.0 and ws.history.corrections(sid) == []


@pytest.mark.parametrize(
    ("turn", "fix"),
    [
        ("passed", {"duration": 25.0}),  # still a pass
        ("passed", {"duration": 25.0, "passed": True}),
        ("spoke", {"duration": 25.0, "passed": True}),  # made a pass, with a length
        ("spoke", {"member_id": "bo", "duration": 30.0, "passed": True}),
    ],
    ids=["length-only", "length-and-pass", "spoken-made-a-pass", "with-a-new-member"],
)
def test_a_pass_given_a_length_is_refused_and_nothing_of_it_is_made(
    held: tuple[Workspace, Wall, int, int, int], turn: str, fix: dict[str, object]
) -> None:
    """A pass takes no time: a length on one would count in one total and not another."""
    ws, _, sid, _, bo = held
    before = ws.history.turns_of(sid)
    spoke, passed = (t[0] for t in before)
    given = {k: (bo if v == "bo" else v) for k, v in fix.items()}
    with pytest.raises(ValidationError) as refused:
        ws.history.correct_turn(spoke if turn == "spoke" else passed, **given)
    assert refused.value.field == "duration"
    assert refused.value.message == "A pass has no length: mark the turn as spoken to give it one."
    assert ws.history.turns_of(sid) == before and ws.history.corrections(sid) == []
    # A pass that stays one may still be put right in other ways, and a length of 0 is no length.
    ws.history.correct_turn(passed, duration=0.0, member_id=before[0][1])
    assert ws.history.turns_of(sid)[1][1:] == (before[0][1], *before[1][2:])
