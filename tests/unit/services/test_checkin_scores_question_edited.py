"""A group's check-in question edited by hand into bytes (a blob where text belongs) reads as
no question: the group keeps its own scale, and its check-ins read and record as before."""

from __future__ import annotations

from facilitator_desktop.services.checkin_scores import CheckinScale, CheckinScoreService
from facilitator_desktop.workspace import Workspace
from tests.helpers.checkin_setup import MONDAY, finished_session, group_of


def test_a_question_stored_as_bytes_reads_as_none_and_the_scale_stays(
    workspace: Workspace,
) -> None:
    scores = CheckinScoreService(workspace.context)
    group, (ann,) = group_of(workspace, "Ann")
    scores.set_scale(group, 1, 5, "How are you arriving?")
    week = finished_session(workspace, group, MONDAY)
    with workspace.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE groups SET checkin_question = X'486921' WHERE id = ?", (group,)
        )
    assert scores.scale(group) == CheckinScale(1, 5, "")
    scores.record(week, ann, 5)
    assert scores.session_scores(week) == {ann: 5}
    assert scores.group_series(group).scale == CheckinScale(1, 5, "")
