"""The series the member page and group insights draw: each point keeps its session's date,
the group's own scale and question come back with the line, `last` keeps the latest
sessions only, and every damaged score is counted."""

from __future__ import annotations

from datetime import timedelta

from facilitator_desktop.services.checkin_scale import CheckinScale
from facilitator_desktop.services.checkin_scores import CheckinScoreService
from facilitator_desktop.workspace import Workspace
from tests.helpers.checkin_setup import MONDAY, finished_session, group_of


def _spoil(ws: Workspace, session_id: int, member_id: int) -> None:
    with ws.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE checkin_scores SET score_ct = ? WHERE session_id = ? AND member_id = ?",
            (bytes(64), session_id, member_id),
        )


def test_series_points_carry_dates_and_the_groups_own_scale(workspace: Workspace) -> None:
    """Member line: each point's session date; group line: the scale and question set."""
    scores = CheckinScoreService(workspace.context)
    group, (ann,) = group_of(workspace, "Ann")
    scores.set_scale(group, 1, 5, "How was your week?")
    days = [MONDAY + timedelta(weeks=n) for n in range(2)]
    weeks = [finished_session(workspace, group, day) for day in days]
    scores.record(weeks[0], ann, 2)
    scores.record(weeks[1], ann, 4)
    series = scores.member_series(ann)
    assert [(p.session_id, p.started_at, p.score) for p in series.points] == [
        (weeks[0], days[0], 2),
        (weeks[1], days[1], 4),
    ]
    line = scores.group_series(group)
    assert line.scale == CheckinScale(1, 5, "How was your week?")
    assert scores.group_series(group, last=1).scale == CheckinScale(1, 5, "How was your week?")


def test_group_series_last_one_keeps_only_the_newest_and_counts_each_damaged(
    workspace: Workspace,
) -> None:
    """`last=1` of three sessions is the newest alone; two damaged scores count as two."""
    scores = CheckinScoreService(workspace.context)
    group, (ann, bo) = group_of(workspace, "Ann", "Bo")
    weeks = [finished_session(workspace, group, MONDAY + timedelta(weeks=n)) for n in range(3)]
    for week in weeks:
        scores.record(week, ann, 5)
        scores.record(week, bo, 7)
    _spoil(workspace, weeks[0], ann)
    _spoil(workspace, weeks[1], bo)
    line = scores.group_series(group, last=1)
    assert [(s.session_id, s.scores) for s in line.sessions] == [(weeks[2], (5, 7))]
    assert line.damaged == 2
