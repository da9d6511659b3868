"""A correction of a meeting run on two laptops is made in every copy of it (or the next
merge undoes it), and in nothing else: not in another group's meeting at the same hour, not
in a session of the same group that overlaps it but was never merged (this laptop's clock
set back, the group not shared), and not through a session left running. A turn the other
laptop recorded is corrected where it was recorded, that turn and no other."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from facilitator_desktop.models import Turn
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.sharing_sessions import MERGED, merge_sessions
from facilitator_desktop.workspace import Workspace
from tests.unit.sync.test_sharing_sessions_edges import marks_of, session_row, turns_of


def _group(ws: Workspace, name: str) -> tuple[int, int]:
    group = ws.groups.create(GroupDraft(name))
    return group.id, ws.members.add(group.id, MemberDraft("Ann")).id


def _added(s: Session, *rows: object) -> None:
    s.add_all(rows)
    s.flush()


def _corrected(
    ws: Workspace, session_id: int, member_id: int, status: str, *others: int
) -> list[dict[int, tuple[Any, ...]]]:
    """The marks of the corrected session, then of `others`, after the correction."""
    ws.history.correct_attendance(session_id, member_id, status)
    with ws.context.sessions() as s:
        return [marks_of(s, each) for each in (session_id, *others)]


def test_a_correction_reaches_the_merged_copy_and_no_other_group(workspace: Workspace) -> None:
    tuesday, ann = _group(workspace, "Tuesday")
    other, _ = _group(workspace, "Other group, same hour")
    with workspace.context.sessions.begin() as s:
        ours, our_copy = (
            session_row("a1", 0, group_id=tuesday),
            session_row("a2", 60, group_id=tuesday),
        )
        theirs, their_copy = (
            session_row("b1", 0, group_id=other),
            session_row("b2", 30, group_id=other),
        )
        _added(s, ours, our_copy, theirs, their_copy)
        merge_sessions(s, tuesday)
        merge_sessions(s, other)
        assert (our_copy.status, their_copy.status) == (MERGED, MERGED)
        ids = ours.id, our_copy.id, theirs.id, their_copy.id
    excused = {ann: ("excused", None, None)}
    assert _corrected(workspace, ids[0], ann, "excused", *ids[1:]) == [excused, excused, {}, {}]


def test_an_overlapping_session_never_merged_is_left_alone(workspace: Workspace) -> None:
    tuesday, ann = _group(workspace, "Tuesday")
    with workspace.context.sessions.begin() as s:
        first, second = (
            session_row("a1", 0, group_id=tuesday),
            session_row("a2", 1800, group_id=tuesday),
        )
        _added(s, first, second)  # the laptop's clock set back half an hour between them
        ids = first.id, second.id
    assert _corrected(workspace, ids[0], ann, "present", ids[1]) == [
        {ann: ("present", None, None)},
        {},
    ]


def test_a_session_left_running_joins_no_meetings(workspace: Workspace) -> None:
    """A session still running when the next meeting began (its laptop crashed) is no copy
    of anything, and does not tie the meeting before it to a later one."""
    tuesday, ann = _group(workspace, "Tuesday")
    with workspace.context.sessions.begin() as s:
        before = session_row("a0", 0, group_id=tuesday)
        running = session_row("r", 3000, None, elapsed=2400, group_id=tuesday, status="running")
        later = session_row("a1", 4800, group_id=tuesday)
        later_copy = session_row("a2", 5100, group_id=tuesday)
        _added(s, before, running, later, later_copy)
        merge_sessions(s, tuesday)
        assert (before.status, later.status, later_copy.status) == ("finished", "finished", MERGED)
        ids = before.id, later_copy.id
    assert _corrected(workspace, ids[0], ann, "excused", ids[1]) == [
        {ann: ("excused", None, None)},
        {},
    ]


def test_a_copied_turn_is_corrected_where_it_was_recorded(workspace: Workspace) -> None:
    tuesday, ann = _group(workspace, "Tuesday")
    with workspace.context.sessions.begin() as s:
        ours, copy = session_row("a1", 0, group_id=tuesday), session_row("a2", 60, group_id=tuesday)
        _added(s, ours, copy)
        _added(
            s,
            *(
                Turn(uuid=key, session_id=copy.id, member_id=ann, segment_index=0,
                     started_at=start, duration=30.0)
                for key, start in (("first", 10.0), ("second", 100.0))
            ),
        )  # fmt: skip
        merge_sessions(s, tuesday)
        ids = ours.id, copy.id
    [_, second] = workspace.history.turns_of(ids[0])
    workspace.history.correct_turn(second[0], duration=45.0)
    with workspace.context.sessions.begin() as s:
        assert [turn[4] for turn in turns_of(s, ids[1])] == [30.0, 45.0]  # "first", "second"
        merge_sessions(s, tuesday)  # the next merge copies the corrected turn
    assert [turn[4] for turn in workspace.history.turns_of(ids[0])] == [30.0, 45.0]
