"""Needs attention on demo data: the lines are what the service finds, a line leads to the
member's page (switching group when needed) or to the note, and locking empties it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.demo import populate
from facilitator_desktop.services.follow_ups import FollowUpItem
from facilitator_desktop.ui.history.attention_presenter import Line
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.drivers.follow_ups import FollowUpsDriver
from tests.gui.drivers.history import HistoryDriver
from tests.gui.driving import Launch, unlock

WEEKS = 12  # the demo's default: absences, quiet members and a note follow-up


@pytest.fixture
def opened(qtbot: QtBot, launch: Launch, data_dir: Path) -> FacilitatorApp:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        populate(ws, groups=2, weeks=WEEKS)
    app = launch()
    unlock(qtbot, app)
    return app


def history_of(qtbot: QtBot, window: MainWindow) -> HistoryDriver:
    """History, where a line led: it must be the page in view."""
    history = HistoryDriver.of(qtbot, window)
    assert history.in_view()
    return history


def test_lines_are_what_the_service_finds(qtbot: QtBot, opened: FacilitatorApp) -> None:
    window = opened.window
    assert window is not None
    follow_ups = FollowUpsDriver.open(qtbot, window)
    expected = window.ctx.workspace.history.follow_ups()
    kinds = {item.kind for item in expected}
    assert kinds == {"absence", "silence", "note"}  # the demo has one of each at least
    shown = follow_ups.lines()
    assert sorted((x.kind, x.group_id, x.member_id, x.note_id) for x in shown) == sorted(
        (x.kind, x.group_id, x.member_id, x.note_id) for x in expected
    )
    aliases = {
        m.id: m.alias
        for g in window.ctx.workspace.groups.list()
        for m in window.ctx.workspace.members.list(g.id, include_left=True)
    }
    for line, item in zip(sorted(shown, key=_key), sorted(expected, key=_key), strict=True):
        if item.kind == "note":
            assert item.text in line.text
        else:
            assert aliases[item.member_id or 0] in line.text
            assert str(item.count) in line.text
            assert line.recent  # the chips of their last sessions
    # Sections with their lines, in the order absence, silence, note.
    assert [s.split(" (")[0] for s in follow_ups.headings()] == [
        "Missed sessions without notice",
        "Quiet lately",
        "Notes to follow up",
    ]


def _key(x: Line | FollowUpItem) -> tuple[str, int, int, int]:
    return (x.kind, x.group_id, x.member_id or 0, x.note_id or 0)


def test_activating_a_line_opens_the_members_page_in_their_group(
    qtbot: QtBot, opened: FacilitatorApp
) -> None:
    window = opened.window
    assert window is not None
    follow_ups = FollowUpsDriver.open(qtbot, window)
    current_group = window.ctx.current_group_id()
    # A member of the group that is not current: the window switches group first.
    line = next(
        x for x in follow_ups.lines() if x.kind == "absence" and x.group_id != current_group
    )
    follow_ups.double_click(line)

    history = history_of(qtbot, window)
    assert window.ctx.current_group_id() == line.group_id
    assert history.tab() == "member"
    assert history.member.shown() == line.member_id
    record = window.ctx.workspace.history.member_record(line.member_id or 0)
    assert history.member.tile("absence")[0] == str(
        record.attendance.consecutive_unexcused_absences
    )


def test_a_note_line_shows_the_note_and_leads_to_it(qtbot: QtBot, opened: FacilitatorApp) -> None:
    window = opened.window
    assert window is not None
    follow_ups = FollowUpsDriver.open(qtbot, window)
    line = next(x for x in follow_ups.lines() if x.kind == "note")
    follow_ups.select(line)
    note = window.ctx.workspace.notes.get(line.note_id or 0)
    assert note.body in follow_ups.detail_text()
    assert follow_ups.can_mark_done()
    follow_ups.click_open()
    qtbot.waitUntil(lambda: window.current_page().key == "notes")


def test_marking_a_note_follow_up_done_removes_the_line(
    qtbot: QtBot, opened: FacilitatorApp
) -> None:
    window = opened.window
    assert window is not None
    follow_ups = FollowUpsDriver.open(qtbot, window)
    line = next(x for x in follow_ups.lines() if x.kind == "note")
    follow_ups.select(line)
    follow_ups.click_done()
    assert window.ctx.workspace.notes.get(line.note_id or 0).done
    assert all(x.note_id != line.note_id for x in follow_ups.lines())
    assert window.statusBar().currentMessage() == "Follow-up marked as done."


def test_only_the_current_group(qtbot: QtBot, opened: FacilitatorApp) -> None:
    window = opened.window
    assert window is not None
    follow_ups = FollowUpsDriver.open(qtbot, window)
    group = window.ctx.current_group_id()
    assert {x.group_id for x in follow_ups.lines()} != {group}  # both groups, at first
    follow_ups.only_current_group()
    expected = window.ctx.workspace.history.follow_ups(group_id=group)
    assert {x.group_id for x in follow_ups.lines()} == {group}
    assert len(follow_ups.lines()) == len(expected)


def test_locking_empties_the_list_and_unlocking_reads_it_again(
    qtbot: QtBot, opened: FacilitatorApp
) -> None:
    window = opened.window
    assert window is not None
    follow_ups = FollowUpsDriver.open(qtbot, window)
    assert follow_ups.lines() and follow_ups.detail_title()
    window.lock_action.trigger()
    assert follow_ups.lines() == [] and follow_ups.headings() == []
    assert follow_ups.detail_title() == "" and follow_ups.detail_text() == ""
    assert not follow_ups.detail_bars()
    unlock(qtbot, opened)
    qtbot.waitUntil(lambda: bool(follow_ups.lines()))


def test_enter_on_a_quiet_member_opens_their_page(qtbot: QtBot, opened: FacilitatorApp) -> None:
    window = opened.window
    assert window is not None
    follow_ups = FollowUpsDriver.open(qtbot, window)
    line = next(x for x in follow_ups.lines() if x.kind == "silence")
    follow_ups.select(line)
    assert follow_ups.detail_bars()  # their recent airtime, as bars
    follow_ups.press_enter()
    history = history_of(qtbot, window)
    assert history.member.shown() == line.member_id
    # The member's page tells the same number as the line.
    assert history.member.tile("quiet")[0] == str(line.count)
