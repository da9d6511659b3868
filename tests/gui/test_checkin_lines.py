"""Check-in scores as a line over the weeks, as a facilitator meets them in History: on a
member's page (their own scores, nobody else's) and in Group insights (the group's average
per session), each told in a sentence that assistive technology reads too; a damaged score
said, not drawn; a click on a dot opens that session; a lock leaves nothing on screen."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.services.checkin_scores import CheckinScoreService
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.ui.history.checkin_line import CheckinLine
from facilitator_desktop.ui.widgets.tone import Tone
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.drivers.choosing import click, click_chart
from tests.gui.drivers.history import HistoryDriver
from tests.gui.driving import Launch, PromptAnswerer, unlock

# Midday UTC: the same calendar day in every time zone a test machine may be in.
DAYS = [datetime(2025, 3, 3, 12), datetime(2025, 3, 10, 12), datetime(2025, 3, 17, 12)]
DAYS.append(datetime(2025, 5, 26, 12))
ANN = (2, 9, None, 6)  # no score in the third session
BO = (4, 5, 7, 3)


class Story:
    def __init__(self, members: dict[str, int], sessions: list[int]) -> None:
        self.members = members
        self.sessions = sessions


@pytest.fixture
def story(data_dir: Path) -> Story:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        group = ws.groups.create(GroupDraft("Thursday circle"))
        members = {a: ws.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo", "Cy")}
        scores = CheckinScoreService(ws.context)
        sessions = []
        for day, ann, bo in zip(DAYS, ANN, BO, strict=True):
            live = ws.sessions.start(group.id, monotonic=FakeClock(0.0))
            live.mark_all_unmarked_present()
            live.toggle()
            live.end()
            with ws.engine.begin() as conn:
                conn.exec_driver_sql(
                    "UPDATE sessions SET started_at = ? WHERE id = ?",
                    (day.isoformat(sep=" "), live.session_id),
                )
            if ann is not None:
                scores.record(live.session_id, members["Ann"], ann)
            scores.record(live.session_id, members["Bo"], bo)
            sessions.append(live.session_id)
    return Story(members, sessions)


def told(line: CheckinLine) -> tuple[str, str, str]:
    """What the chart says to assistive technology, and the sentence under it."""
    return (
        line.chart.accessibleName(),
        line.chart.accessibleDescription(),
        line.summary.text(),
    )


def test_a_members_page_shows_their_check_ins_as_a_line_and_says_it(
    qtbot: QtBot, launch: Launch, story: Story
) -> None:
    window = unlock(qtbot, launch())
    history = HistoryDriver.open(qtbot, window)
    assert history.open_member(story.members["Ann"])
    line = history.page.member_view.checkins
    assert [(p.session_id, p.value) for p in line.points()] == [
        (story.sessions[0], 2.0),
        (story.sessions[1], 9.0),
        (story.sessions[3], 6.0),
    ]
    sentence = (
        "Check-in scores, 3 sessions from 3 Mar 2025 to 26 May 2025: latest 6, lowest 2, "
        "highest 9 (scale 0 to 10)."
    )
    assert told(line) == ("Check-in scores", sentence, sentence)
    assert line.chart.isVisible() and line.summary.tone() is Tone.NORMAL
    assert [hit.tip for hit in line.chart.hits()] == [
        "3 Mar 2025: check-in 2",
        "10 Mar 2025: check-in 9",
        "26 May 2025: check-in 6",
    ]

    click_chart(line.chart, story.sessions[1])  # the dot of 10 March opens that session
    assert history.tab() == "sessions" and history.session.shown() == story.sessions[1]


def test_another_members_page_shows_only_their_own_scores(
    qtbot: QtBot, launch: Launch, story: Story
) -> None:
    window = unlock(qtbot, launch())
    history = HistoryDriver.open(qtbot, window)
    history.open_member(story.members["Bo"])
    line = history.page.member_view.checkins
    assert [p.value for p in line.points()] == [4.0, 5.0, 7.0, 3.0]
    history.open_member(story.members["Cy"])
    assert line.points() == ()
    assert line.summary.text() == "No check-in scores recorded for them yet."
    assert not line.chart.isVisible()  # no empty chart taking the room


def test_group_insights_show_the_average_per_session(
    qtbot: QtBot, launch: Launch, story: Story
) -> None:
    window = unlock(qtbot, launch())
    history = HistoryDriver.open(qtbot, window)
    history.show_tab("insights")
    line = history.page.insights.checkins
    assert [p.value for p in line.points()] == [3.0, 7.0, 7.0, 4.5]
    sentence = (
        "Group check-in average, 4 sessions from 3 Mar 2025 to 26 May 2025: latest 4.5, "
        "lowest 3, highest 7 (scale 0 to 10)."
    )
    assert told(line) == ("Group check-in average", sentence, sentence)
    click_chart(line.chart, story.sessions[3])
    assert history.tab() == "sessions" and history.session.shown() == story.sessions[3]


def test_a_damaged_score_is_said_and_left_out_never_guessed(
    qtbot: QtBot, launch: Launch, data_dir: Path, story: Story
) -> None:
    with Workspace.open(data_dir, PASSPHRASE) as ws, ws.engine.begin() as conn:
        conn.exec_driver_sql(  # Ann's 9 now holds Bo's ciphertext of the same session
            "UPDATE checkin_scores SET score_ct = (SELECT score_ct FROM checkin_scores "
            "WHERE session_id = ? AND member_id = ?) WHERE session_id = ? AND member_id = ?",
            (story.sessions[1], story.members["Bo"], story.sessions[1], story.members["Ann"]),
        )
    window = unlock(qtbot, launch())
    history = HistoryDriver.open(qtbot, window)
    history.open_member(story.members["Ann"])
    line = history.page.member_view.checkins
    assert [p.value for p in line.points()] == [2.0, 6.0]
    assert line.summary.text() == (
        "Check-in scores, 2 sessions from 3 Mar 2025 to 26 May 2025: latest 6, lowest 2, "
        "highest 6 (scale 0 to 10). One score could not be read (damaged) and is left out."
    )
    assert line.summary.tone() is Tone.WARNING
    assert line.chart.accessibleDescription() == line.summary.text()
    history.show_tab("insights")
    group = history.page.insights.checkins
    assert [p.value for p in group.points()] == [3.0, 5.0, 7.0, 4.5]
    assert group.summary.text().endswith("One score could not be read (damaged) and is left out.")


def test_a_narrow_scale_is_said(qtbot: QtBot, launch: Launch, data_dir: Path, story: Story) -> None:
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        group_id = ws.groups.list()[0].id
        CheckinScoreService(ws.context).set_scale(group_id, 2, 9, "")
    window = unlock(qtbot, launch())
    history = HistoryDriver.open(qtbot, window)
    history.open_member(story.members["Ann"])
    line = history.page.member_view.checkins
    assert line.summary.text().endswith("(scale 2 to 9).")
    assert [p.value for p in line.points()] == [2.0, 9.0, 6.0]


def test_a_lock_leaves_no_score_on_screen(qtbot: QtBot, launch: Launch, story: Story) -> None:
    app = launch()
    window = unlock(qtbot, app)
    history = HistoryDriver.open(qtbot, window)
    history.open_member(story.members["Ann"])
    history.show_tab("insights")
    member_line = history.page.member_view.checkins
    group_line = history.page.insights.checkins
    assert member_line.points() and group_line.points()
    app.lock()
    for line in (member_line, group_line):
        assert line.points() == () and line.summary.text() == ""
        assert line.chart.accessibleDescription() == ""


def test_a_member_with_only_check_ins_can_export_them_as_csv(
    qtbot: QtBot,
    launch: Launch,
    story: Story,
    tmp_path: Path,
    answer: Callable[[str], PromptAnswerer],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = unlock(qtbot, launch())
    history = HistoryDriver.open(qtbot, window)
    history.open_member(story.members["Ann"])
    measures = history.page.member_view.measures  # no measure entered for Ann
    target = tmp_path / "ann-scores.csv"
    monkeypatch.setattr(
        "facilitator_desktop.ui.measures.export.QFileDialog.getSaveFileName",
        lambda *_a, **_k: (str(target), "CSV files (*.csv)"),
    )
    warned = answer("Choose where to save…")
    click(measures.export_button)
    warned.check()
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    assert [(r[0], r[1], r[2], r[3], r[-1]) for r in rows[1:]] == [
        ("2025-03-03", "Ann", "Check-in", "2", "0–10"),
        ("2025-03-10", "Ann", "Check-in", "9", "0–10"),
        ("2025-05-26", "Ann", "Check-in", "6", "0–10"),
    ]

    history.open_member(story.members["Cy"])  # nothing to export: not offered
    assert not measures.export_button.isEnabled()
