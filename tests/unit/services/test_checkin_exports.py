"""A member's check-in scores leave the app in two ways, and only theirs: in their copy of
their record (step 7's export) and in the CSV of their scores, each with the session's date,
the score and the group's scale; a score that cannot be read is marked, not guessed."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, timedelta

import pytest

from facilitator_desktop.domain.measures import PaperTotal
from facilitator_desktop.services.checkin_scores import CheckinScoreService
from facilitator_desktop.services.context import to_local
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.measures import MeasureService
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers.checkin_setup import finished_session

# Midday UTC: the same calendar day in every time zone a test machine may be in.
FIRST = datetime(2026, 1, 6, 12, 0)


class Group:
    def __init__(self, ws: Workspace) -> None:
        group = ws.groups.create(GroupDraft("Evening circle"))
        self.id = group.id
        self.ann = ws.members.add(group.id, MemberDraft("Ann")).id
        self.bo = ws.members.add(group.id, MemberDraft("Bo")).id
        scores = CheckinScoreService(ws.context)
        self.sessions = [
            finished_session(ws, group.id, FIRST + timedelta(weeks=n)) for n in range(3)
        ]
        for session, ann, bo in zip(self.sessions, (3, 8, 5), (1, 0, 7), strict=True):
            scores.record(session, self.ann, ann)
            scores.record(session, self.bo, bo)


def _break(ws: Workspace, session_id: int, member_id: int) -> None:
    """Roll the row's revision on: its ciphertext no longer opens."""
    with ws.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE checkin_scores SET rev = rev + 3 WHERE session_id = ? AND member_id = ?",
            (session_id, member_id),
        )


def _table(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def _local(moment: datetime) -> str:
    return to_local(moment).isoformat(" ", "minutes")


@pytest.fixture
def group(workspace: Workspace) -> Group:
    return Group(workspace)


def test_the_members_copy_holds_their_check_ins_with_the_scale_and_nobody_elses(
    workspace: Workspace, group: Group
) -> None:
    CheckinScoreService(workspace.context).set_scale(group.id, 0, 10, "How are you arriving?")
    document = json.loads(workspace.member_rights.export(group.ann))
    scale = {"low": 0, "high": 10}
    assert document["checkins"] == [
        {"session": "2026-01-06T12:00:00", "score": 3, "scale": scale},
        {"session": "2026-01-13T12:00:00", "score": 8, "scale": scale},
        {"session": "2026-01-20T12:00:00", "score": 5, "scale": scale},
    ]
    theirs = json.loads(workspace.member_rights.export(group.bo))["checkins"]
    assert [c["score"] for c in theirs] == [1, 0, 7]


def test_a_damaged_check_in_is_marked_in_the_copy_and_the_rest_kept(
    workspace: Workspace, group: Group
) -> None:
    _break(workspace, group.sessions[1], group.ann)
    checkins = json.loads(workspace.member_rights.export(group.ann))["checkins"]
    assert [(c["score"], c.get("damaged", False)) for c in checkins] == [
        (3, False),
        (None, True),
        (5, False),
    ]


def test_a_member_without_check_ins_has_an_empty_list(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("Quiet group"))
    cy = workspace.members.add(group.id, MemberDraft("Cy")).id
    assert json.loads(workspace.member_rights.export(cy))["checkins"] == []


def test_the_scores_csv_has_their_check_ins_among_their_measures_and_nobody_elses(
    workspace: Workspace, group: Group
) -> None:
    measures = MeasureService(workspace.context)
    phq9 = next(i for i in measures.instruments() if i.spec.name == "PHQ-9").id
    measures.record(group.ann, phq9, PaperTotal(9), date(2026, 1, 13))
    measures.record(group.bo, phq9, PaperTotal(20), date(2026, 1, 13))
    CheckinScoreService(workspace.context).set_scale(group.id, 0, 8, "")
    table = _table(measures.scores_csv(group.ann, "Ann"))
    assert table[0][-1] == "scale" and len(set(map(len, table))) == 1
    started = [FIRST + timedelta(weeks=n) for n in range(3)]
    assert table[1:] == [
        ["2026-01-06", "Ann", "Check-in", "3", "", "", "", _local(started[0]), "0–8"],
        ["2026-01-13", "Ann", "Check-in", "8", "", "", "", _local(started[1]), "0–8"],
        ["2026-01-13", "Ann", "PHQ-9", "9", "mild", "within_error", "total from paper", "", "0–27"],
        ["2026-01-20", "Ann", "Check-in", "5", "", "", "", _local(started[2]), "0–8"],
    ]
    bo_rows = _table(measures.scores_csv(group.bo, "Bo"))[1:]
    assert [(r[2], r[3]) for r in bo_rows] == [
        ("Check-in", "1"),
        ("Check-in", "0"),
        ("PHQ-9", "20"),
        ("Check-in", "7"),
    ]


def test_a_damaged_check_in_is_a_row_that_says_so_with_no_score(
    workspace: Workspace, group: Group
) -> None:
    _break(workspace, group.sessions[0], group.ann)
    rows = _table(MeasureService(workspace.context).scores_csv(group.ann, "Ann"))[1:]
    assert [(r[3], r[6]) for r in rows] == [
        ("", "damaged: could not be read"),
        ("8", ""),
        ("5", ""),
    ]


def test_a_scale_in_the_csv_is_never_read_as_a_date(workspace: Workspace, group: Group) -> None:
    """'1-5' would open as the fifth of January in a spreadsheet; the en dash does not."""
    CheckinScoreService(workspace.context).set_scale(group.id, 0, 9, "")
    rows = _table(MeasureService(workspace.context).scores_csv(group.ann, "Ann"))[1:]
    assert {r[-1] for r in rows} == {"0–9"}


def test_the_count_of_recorded_check_ins_opens_nothing(workspace: Workspace, group: Group) -> None:
    scores = CheckinScoreService(workspace.context)
    workspace.lock()
    assert scores.recorded_count(group.ann) == 3
    assert scores.recorded_count(group.ann + 999) == 0
