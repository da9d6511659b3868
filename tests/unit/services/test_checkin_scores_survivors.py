"""Check-in scores read back from rows written by another form or edited by hand: a score
sealed as {"score": n} or as a whole float reads as its number, and a row whose revision
is not a number is reported as damaged, never a crash."""

from __future__ import annotations

import pytest

from facilitator_desktop.services.checkin_scores import CheckinScoreService, RecordedScore
from facilitator_desktop.workspace import Workspace
from tests.helpers.checkin_setup import MONDAY, finished_session, group_of, seal_as


@pytest.mark.parametrize(
    "plain", ['{"score": 7}', "7.0", '{"score": 7.0}'], ids=["object", "float", "object-float"]
)
def test_a_score_sealed_as_an_object_or_a_whole_float_reads_as_the_number(
    workspace: Workspace, plain: str
) -> None:
    """The other forms the session note's facts read give the same whole number here."""
    scores = CheckinScoreService(workspace.context)
    group, (ann,) = group_of(workspace, "Ann")
    week = finished_session(workspace, group, MONDAY)
    scores.record(week, ann, 3)
    seal_as(workspace, week, ann, plain)
    found = scores.session_scores(week)
    assert found == {ann: 7} and type(found[ann]) is int
    assert scores.member_scores(ann)[1] == (RecordedScore(week, MONDAY, 7),)
    assert [p.score for p in scores.member_series(ann).points] == [7]


def test_a_score_row_whose_revision_is_not_a_number_reads_as_damaged(
    workspace: Workspace,
) -> None:
    """A revision edited into text: the score is left out and counted, nothing raises."""
    scores = CheckinScoreService(workspace.context)
    group, (ann, bo) = group_of(workspace, "Ann", "Bo")
    week = finished_session(workspace, group, MONDAY)
    scores.record(week, ann, 4)
    scores.record(week, bo, 6)
    with workspace.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE checkin_scores SET rev = 'one' WHERE session_id = ? AND member_id = ?",
            (week, ann),
        )
    assert scores.session_scores(week) == {bo: 6}
    assert scores.member_scores(ann)[1] == (RecordedScore(week, MONDAY, None),)
    assert scores.member_series(ann).damaged == 1
    series = scores.group_series(group)
    assert [s.scores for s in series.sessions] == [(6,)] and series.damaged == 1
