"""Runs of absences and of quiet sessions are counted whole, however far back they go: the
latest few sessions are read first, and further back only for a run that goes on past
them (a member who stopped coming and was never marked as left, one who passes every week)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from facilitator_desktop.domain import stats
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.weekly_sessions import (
    absences,
    meet_weekly,
    next_week,
    round_of_two,
    session,
)

Setup = tuple[Workspace, int, dict[str, int]]


@pytest.fixture
def setup(workspace: Workspace) -> Setup:
    meet_weekly(workspace)
    group = workspace.groups.create(GroupDraft("G"))
    ids = {a: workspace.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo", "Cy")}
    return workspace, group.id, ids


def test_a_run_is_counted_whole_past_the_sessions_read_first(setup: Setup) -> None:
    """The latest few sessions are read first; a run that goes on past them is read back
    to where it began, so the count is the whole run, not the window's."""
    ws, gid, m = setup
    session(ws, gid, {m["Ann"]: "present", m["Bo"]: "present", m["Cy"]: "present"})
    session(ws, gid, {m["Ann"]: "present", m["Bo"]: "present", m["Cy"]: "excused"})
    for _ in range(6):
        session(ws, gid, {m["Ann"]: "present", m["Bo"]: "present"})
    session(ws, gid, {m["Ann"]: "present", m["Bo"]: "present", m["Cy"]: "excused"})
    for _ in range(3):
        session(ws, gid, {m["Ann"]: "present", m["Bo"]: "present"})
    # Cy: present, then 9 absences with a notice in the middle (neither counts nor breaks).
    for first_read in (1, 2, 3, 8, 12, 50):
        assert absences(ws, gid, lookback=first_read) == {m["Cy"]: 9}, first_read
    (item,) = [i for i in ws.history.follow_ups(group_id=gid) if i.kind == "absence"]
    assert item.text == "Cy missed 9 sessions in a row without notice"


def test_a_member_who_joined_since_is_counted_from_their_first_session(setup: Setup) -> None:
    ws, gid, m = setup
    for _ in range(4):
        session(ws, gid, {m["Ann"]: "present", m["Bo"]: "present", m["Cy"]: "present"})
    dee = ws.members.add(gid, MemberDraft("Dee")).id
    for _ in range(3):
        session(ws, gid, {m["Ann"]: "present", m["Bo"]: "present", m["Cy"]: "present"})
    assert absences(ws, gid, lookback=2) == {dee: 3}


def talking_session(ws: Workspace, group_id: int, ann: int, bo: int, *, bo_says: int) -> None:
    """Both present; Ann speaks two minutes, then Bo speaks `bo_says` seconds (0: passes)."""
    round_of_two(ws, group_id, ann, bo, first_says=120, second_says=bo_says)
    next_week(ws)


def test_a_quiet_run_is_counted_whole_on_the_list_and_the_members_page(setup: Setup) -> None:
    """Bo spoke a minute, then passed or said a few seconds (a share of an equal part far
    under a third: Ann's two minutes count, though only Bo's sessions are read back)."""
    ws, gid, m = setup
    ann, bo = m["Ann"], m["Bo"]
    talking_session(ws, gid, ann, bo, bo_says=60)
    for week in range(11):
        talking_session(ws, gid, ann, bo, bo_says=0 if week % 2 else 5)
    quiet = {
        i.member_id: i.count
        for i in ws.history.follow_ups(group_id=gid, lookback=3)
        if i.kind == "silence"
    }
    assert quiet == {bo: 11}
    assert ws.history.quiet_streak(bo, lookback=3) == 11
    assert ws.history.member_record(bo).silent_streak == 11  # read from the usual eight
    assert ws.history.quiet_streak(ann, lookback=3) == 0


@pytest.fixture(scope="module")
def shared_workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """One workspace for every example; each example is a group of its own."""
    ws = Workspace.create(
        Path(tmp_path_factory.mktemp("runs")) / "data", PASSPHRASE, kdf_params=FAST_KDF
    )
    meet_weekly(ws)
    try:
        yield ws
    finally:
        ws.close()


MARKS = st.sampled_from(["present", "late", "left_early", "excused", "absent"])


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(joined_after=st.integers(0, 2), marks=st.lists(MARKS, min_size=1, max_size=9))
@example(joined_after=0, marks=["absent"] * 5)  # away since they joined
@example(joined_after=1, marks=["late", "absent", "excused", "absent", "absent"])
@example(joined_after=2, marks=["absent", "present", "excused"])  # came back: no run
def test_the_run_listed_is_the_whole_records_whatever_is_read_first(
    shared_workspace: Workspace, joined_after: int, marks: list[str]
) -> None:
    ws = shared_workspace
    group = ws.groups.create(GroupDraft("G"))
    ann = ws.members.add(group.id, MemberDraft("Ann")).id
    for _ in range(joined_after):
        session(ws, group.id, {ann: "present"})
    cy = ws.members.add(group.id, MemberDraft("Cy")).id
    for mark in marks:
        session(ws, group.id, {ann: "present", cy: mark})
    run = stats.consecutive_unexcused_absences([None] * joined_after + marks)  # type: ignore[list-item]
    expected = {cy: run} if run else {}
    for first_read in (1, 2, 3, 8):
        assert absences(ws, group.id, lookback=first_read, absences=1) == expected
