"""Reading check-in scores back for the member page, group insights, the member's copy of
their record and their scores' CSV: oldest first, on the group's scale, one member's only,
and a score that does not open is reported as damaged, never guessed."""

from __future__ import annotations

from datetime import timedelta

import pytest

from facilitator_desktop.errors import NotFound, VaultLocked
from facilitator_desktop.services.checkin_scores import (
    CheckinScale,
    CheckinScoreService,
    ExportCheckin,
    RecordedScore,
    checkins_document,
    export_checkins,
)
from facilitator_desktop.workspace import Workspace
from tests.helpers.checkin_setup import MONDAY, finished_session, group_of, seal_as


@pytest.fixture
def scores(workspace: Workspace) -> CheckinScoreService:
    return CheckinScoreService(workspace.context)


def test_a_members_scores_come_oldest_first_with_their_sessions_and_nobody_elses(
    workspace: Workspace, scores: CheckinScoreService
) -> None:
    group_id, (ann, bo) = group_of(workspace, "Ann", "Bo")
    weeks = [finished_session(workspace, group_id, MONDAY + timedelta(weeks=n)) for n in (2, 0, 1)]
    for week, mine, theirs in zip(weeks, (4, 9, 6), (1, 2, 3), strict=True):
        scores.record(week, ann, mine)
        scores.record(week, bo, theirs)
    scale, recorded = scores.member_scores(ann)
    assert scale == CheckinScale(0, 10, "")
    assert recorded == (
        RecordedScore(weeks[1], MONDAY, 9),
        RecordedScore(weeks[2], MONDAY + timedelta(weeks=1), 6),
        RecordedScore(weeks[0], MONDAY + timedelta(weeks=2), 4),
    )


def test_a_member_without_check_ins_reads_empty_and_an_unknown_member_is_not_found(
    workspace: Workspace, scores: CheckinScoreService
) -> None:
    _, (ann,) = group_of(workspace, "Ann")
    assert scores.member_scores(ann)[1] == ()
    assert scores.member_series(ann).points == () and scores.member_series(ann).damaged == 0
    with pytest.raises(NotFound):
        scores.member_scores(ann + 999)


@pytest.mark.parametrize(
    "plain",
    ['"7"', "seven", "7.5", "true", "null", "[7]", '{"mood": 7}', "NaN", "1e400", ""],
)
def test_a_score_that_opens_to_no_whole_number_is_damaged_not_guessed(
    workspace: Workspace, scores: CheckinScoreService, plain: str
) -> None:
    group_id, (ann,) = group_of(workspace, "Ann")
    first = finished_session(workspace, group_id, MONDAY)
    second = finished_session(workspace, group_id, MONDAY + timedelta(weeks=1))
    scores.record(first, ann, 3)
    scores.record(second, ann, 8)
    seal_as(workspace, first, ann, plain)
    _, recorded = scores.member_scores(ann)
    assert [item.score for item in recorded] == [None, 8]
    series = scores.member_series(ann)
    assert [p.score for p in series.points] == [8] and series.damaged == 1
    group = scores.group_series(group_id)
    assert [s.scores for s in group.sessions] == [(8,)] and group.damaged == 1


def test_a_ciphertext_bit_flipped_or_moved_to_another_session_is_damaged(
    workspace: Workspace, scores: CheckinScoreService
) -> None:
    group_id, (ann,) = group_of(workspace, "Ann")
    first = finished_session(workspace, group_id, MONDAY)
    second = finished_session(workspace, group_id, MONDAY + timedelta(weeks=1))
    scores.record(first, ann, 3)
    scores.record(second, ann, 8)
    with workspace.engine.begin() as conn:
        (blob,) = conn.exec_driver_sql(
            "SELECT score_ct FROM checkin_scores WHERE session_id = ?", (second,)
        ).one()
        flipped = bytes([blob[0]]) + bytes([blob[1] ^ 1]) + blob[2:]
        conn.exec_driver_sql(  # week two's score copied onto week one's row
            "UPDATE checkin_scores SET score_ct = ? WHERE session_id = ?", (blob, first)
        )
        conn.exec_driver_sql(
            "UPDATE checkin_scores SET score_ct = ? WHERE session_id = ?", (flipped, second)
        )
    assert [item.score for item in scores.member_scores(ann)[1]] == [None, None]


def test_the_export_holds_every_check_in_on_the_groups_scale_and_marks_the_damaged(
    workspace: Workspace, scores: CheckinScoreService
) -> None:
    group_id, (ann, bo) = group_of(workspace, "Ann", "Bo")
    first = finished_session(workspace, group_id, MONDAY)
    second = finished_session(workspace, group_id, MONDAY + timedelta(weeks=1, microseconds=7))
    scores.set_scale(group_id, 1, 5, "Wie geht's?")
    scores.record(first, ann, 5)
    scores.record(second, ann, 1)
    scores.record(second, bo, 4)
    seal_as(workspace, first, ann, "five")
    exported = export_checkins(workspace.context, ann)
    assert exported == (
        ExportCheckin(MONDAY, None, 1, 5),
        ExportCheckin(MONDAY + timedelta(weeks=1, microseconds=7), 1, 1, 5),
    )
    assert checkins_document(exported) == [
        {
            "session": "2025-03-03T18:30:00",
            "score": None,
            "scale": {"low": 1, "high": 5},
            "damaged": True,
        },
        {"session": "2025-03-10T18:30:00", "score": 1, "scale": {"low": 1, "high": 5}},
    ]


def test_nothing_is_read_while_the_workspace_is_locked(
    workspace: Workspace, scores: CheckinScoreService
) -> None:
    group_id, (ann,) = group_of(workspace, "Ann")
    scores.record(finished_session(workspace, group_id, MONDAY), ann, 6)
    workspace.lock()
    with pytest.raises(VaultLocked):
        scores.member_scores(ann)
    with pytest.raises(VaultLocked):
        scores.group_series(group_id)
