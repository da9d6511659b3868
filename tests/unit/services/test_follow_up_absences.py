"""The first absence without notice is a follow-up by default; a setting says how many in a
row it takes. Excused sessions neither count nor break the run; a member who left is not
chased; a setting edited into nonsense reads as the default."""

from __future__ import annotations

import pytest

from facilitator_desktop.errors import ValidationError
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.settings import FOLLOW_UP_ABSENCES
from facilitator_desktop.workspace import Workspace
from tests.helpers.weekly_sessions import absences, meet_weekly, session

Setup = tuple[Workspace, int, dict[str, int]]


@pytest.fixture
def setup(workspace: Workspace) -> Setup:
    meet_weekly(workspace)
    group = workspace.groups.create(GroupDraft("G"))
    ids = {a: workspace.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo", "Cy")}
    return workspace, group.id, ids


def test_the_first_absence_without_notice_is_a_follow_up_by_default(setup: Setup) -> None:
    ws, gid, m = setup
    assert ws.settings.get(FOLLOW_UP_ABSENCES) == 1
    session(ws, gid, {m["Ann"]: "present", m["Bo"]: "present", m["Cy"]: "present"})
    assert absences(ws, gid) == {}
    session(ws, gid, {m["Ann"]: "present", m["Bo"]: "excused"})  # Cy: no mark, no notice
    assert absences(ws, gid) == {m["Cy"]: 1}  # Bo told ahead: not followed up
    (item,) = [i for i in ws.history.follow_ups(group_id=gid) if i.kind == "absence"]
    assert item.text == "Cy missed a session without notice"


def test_the_setting_says_how_many_in_a_row(setup: Setup) -> None:
    ws, gid, m = setup
    session(ws, gid, {m["Ann"]: "present", m["Bo"]: "absent", m["Cy"]: "absent"})
    session(ws, gid, {m["Ann"]: "present", m["Bo"]: "absent", m["Cy"]: "excused"})
    # Cy's excused week neither counts nor breaks the run: still 1 in a row for Cy.
    assert absences(ws, gid) == {m["Bo"]: 2, m["Cy"]: 1}
    ws.settings.set(FOLLOW_UP_ABSENCES, 2)
    assert absences(ws, gid) == {m["Bo"]: 2}
    ws.settings.set(FOLLOW_UP_ABSENCES, 3)
    assert absences(ws, gid) == {}
    assert absences(ws, gid, absences=1) == {m["Bo"]: 2, m["Cy"]: 1}  # asked explicitly
    (item,) = [i for i in ws.history.follow_ups(absences=2) if i.kind == "absence"]
    assert item.text == "Bo missed 2 sessions in a row without notice"


def test_coming_back_ends_the_run_and_leaving_ends_the_chase(setup: Setup) -> None:
    ws, gid, m = setup
    session(ws, gid, {m["Ann"]: "absent", m["Bo"]: "absent", m["Cy"]: "present"})
    session(ws, gid, {m["Ann"]: "present", m["Bo"]: "absent", m["Cy"]: "present"})
    assert absences(ws, gid) == {m["Bo"]: 2}  # Ann came back
    ws.members.set_left(m["Bo"], ws.context.now().date())
    assert absences(ws, gid) == {}


def test_a_run_longer_than_the_usual_look_back_is_still_found(setup: Setup) -> None:
    ws, gid, m = setup
    for _ in range(FOLLOW_UP_ABSENCES.high):
        session(ws, gid, {m["Ann"]: "present", m["Bo"]: "present"})
    ws.settings.set(FOLLOW_UP_ABSENCES, FOLLOW_UP_ABSENCES.high)
    assert absences(ws, gid, lookback=2) == {m["Cy"]: FOLLOW_UP_ABSENCES.high}


@pytest.mark.parametrize("bad", [0, -1, FOLLOW_UP_ABSENCES.high + 1, 10**9])
def test_out_of_range_is_refused_with_a_reason_and_keeps_the_value(
    workspace: Workspace, bad: int
) -> None:
    workspace.settings.set(FOLLOW_UP_ABSENCES, 3)
    with pytest.raises(ValidationError) as info:
        workspace.settings.set(FOLLOW_UP_ABSENCES, bad)
    assert info.value.field == "follow_up_absences"
    assert info.value.message == f"Choose 1 to {FOLLOW_UP_ABSENCES.high} absences in a row."
    assert workspace.settings.get(FOLLOW_UP_ABSENCES) == 3


@pytest.mark.parametrize(
    ("stored", "read"), [("abc", 1), ("", 1), ("0", 1), ("-4", 1), ("99", 6), (" 2 ", 2)]
)
def test_a_stored_value_edited_by_hand_reads_sensibly(
    workspace: Workspace, stored: str, read: int
) -> None:
    with workspace.engine.begin() as conn:  # as if edited in the file by hand
        conn.exec_driver_sql(
            "INSERT INTO settings (key, value) VALUES (?, ?)", (FOLLOW_UP_ABSENCES.key, stored)
        )
    assert workspace.settings.get(FOLLOW_UP_ABSENCES) == read


def test_asking_for_zero_absences_is_a_programming_error(setup: Setup) -> None:
    ws, gid, _ = setup
    with pytest.raises(ValueError):
        ws.history.follow_ups(group_id=gid, absences=0)
