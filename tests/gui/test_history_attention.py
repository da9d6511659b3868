"""Needs attention on demo data: the lines are what the service finds, a line leads to the
member's page (switching group when needed) or to the note, and locking empties it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.demo import populate
from facilitator_desktop.services.follow_ups import FollowUpItem
from facilitator_desktop.ui.history import AttentionPage, HistoryPage
from facilitator_desktop.ui.history.attention import Line
from facilitator_desktop.ui.history.page import MEMBER_TAB
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.driving import Launch, click, go_to, unlock

WEEKS = 12  # the demo's default: absences, quiet members and a note follow-up


@pytest.fixture
def opened(qtbot: QtBot, launch: Launch, data_dir: Path) -> FacilitatorApp:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        populate(ws, groups=2, weeks=WEEKS)
    app = launch()
    unlock(qtbot, app)
    return app


def attention_page(qtbot: QtBot, window: MainWindow) -> AttentionPage:
    go_to(qtbot, window, AttentionPage.key)
    page = window.pages[AttentionPage.key]
    assert isinstance(page, AttentionPage) and window.current_page() is page
    return page


def test_lines_are_what_the_service_finds(qtbot: QtBot, opened: FacilitatorApp) -> None:
    window = opened.window
    assert window is not None
    page = attention_page(qtbot, window)
    expected = window.ctx.workspace.history.follow_ups()
    kinds = {item.kind for item in expected}
    assert kinds == {"absence", "silence", "note"}  # the demo has one of each at least
    shown = page.lines()
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
    sections = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert [s.split(" (")[0] for s in sections] == [
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
    page = attention_page(qtbot, window)
    current_group = window.ctx.current_group_id()
    # A member of the group that is not current: the window switches group first.
    line = next(x for x in page.lines() if x.kind == "absence" and x.group_id != current_group)
    item = page.item_for(line)
    assert item is not None
    page.tree.scrollToItem(item)
    rect = page.tree.visualItemRect(item)
    # A double-click, as a mouse sends it: press and release, then the double-click.
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert window.current_page().key == HistoryPage.key
    history = window.pages[HistoryPage.key]
    assert isinstance(history, HistoryPage)
    assert window.ctx.current_group_id() == line.group_id
    assert history.tabs.currentIndex() == MEMBER_TAB
    assert history.member_view.member_id() == line.member_id
    record = window.ctx.workspace.history.member_record(line.member_id or 0)
    assert history.member_view.absence_tile.value.text() == str(
        record.attendance.consecutive_unexcused_absences
    )


def test_a_note_line_shows_the_note_and_leads_to_it(qtbot: QtBot, opened: FacilitatorApp) -> None:
    window = opened.window
    assert window is not None
    page = attention_page(qtbot, window)
    line = next(x for x in page.lines() if x.kind == "note")
    item = page.item_for(line)
    assert item is not None
    page.tree.setCurrentItem(item)
    note = window.ctx.workspace.notes.get(line.note_id or 0)
    assert note.body in page.detail_text.toPlainText()
    assert page.done_button.isVisible()
    click(qtbot, page.open_button)
    if "notes" in window.pages and hasattr(window.pages["notes"], "open_note"):
        qtbot.waitUntil(lambda: window.current_page().key == "notes")
    else:  # no Notes screen: the member's page, with the note selected
        history = window.pages[HistoryPage.key]
        assert isinstance(history, HistoryPage)
        assert window.current_page() is history
        assert history.member_view.member_id() == line.member_id


def test_marking_a_note_follow_up_done_removes_the_line(
    qtbot: QtBot, opened: FacilitatorApp
) -> None:
    window = opened.window
    assert window is not None
    page = attention_page(qtbot, window)
    line = next(x for x in page.lines() if x.kind == "note")
    page.tree.setCurrentItem(page.item_for(line))
    click(qtbot, page.done_button)
    assert window.ctx.workspace.notes.get(line.note_id or 0).done
    assert all(x.note_id != line.note_id for x in page.lines())


def test_only_the_current_group(qtbot: QtBot, opened: FacilitatorApp) -> None:
    window = opened.window
    assert window is not None
    page = attention_page(qtbot, window)
    group = window.ctx.current_group_id()
    page.only_group_box.setChecked(True)
    expected = window.ctx.workspace.history.follow_ups(group_id=group)
    assert {x.group_id for x in page.lines()} == {group}
    assert len(page.lines()) == len(expected)


def test_locking_empties_the_list_and_unlocking_reads_it_again(
    qtbot: QtBot, opened: FacilitatorApp
) -> None:
    window = opened.window
    assert window is not None
    page = attention_page(qtbot, window)
    assert page.lines() and page.detail_title.text()
    window.lock_action.trigger()
    assert page.lines() == [] and page.tree.topLevelItemCount() == 0
    assert page.detail_title.text() == "" and page.detail_text.toPlainText() == ""
    assert not page.detail_chart._bars
    unlock(qtbot, opened)
    qtbot.waitUntil(lambda: bool(page.lines()))


def test_enter_on_a_quiet_member_opens_their_page(qtbot: QtBot, opened: FacilitatorApp) -> None:
    window = opened.window
    assert window is not None
    page = attention_page(qtbot, window)
    line = next(x for x in page.lines() if x.kind == "silence")
    page.tree.setCurrentItem(page.item_for(line))
    assert page.detail_chart._bars  # their recent airtime, as bars
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    history = window.pages[HistoryPage.key]
    assert isinstance(history, HistoryPage) and window.current_page() is history
    assert history.member_view.member_id() == line.member_id
    # The member's page tells the same number as the line.
    assert history.member_view.quiet_tile.value.text() == str(line.count)
