"""Driving Follow-ups (what needs attention) as a user would, and reading what it shows.

    follow_ups = FollowUpsDriver.open(qtbot, window)
    line = next(x for x in follow_ups.lines() if x.kind == "silence")
    follow_ups.select(line)                 # a click on the line
    follow_ups.press_enter()                # opens the member's page in History

Public names only (no `page._x`): the screen can change shape without its tests changing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from facilitator_desktop.ui.history import AttentionPage
from facilitator_desktop.ui.history.attention_presenter import Line
from facilitator_desktop.ui.history.charts.share_history import ShareBar
from facilitator_desktop.ui.main_window import MainWindow
from tests.gui.drivers.choosing import LEFT, click, tick
from tests.gui.driving import go_to


class FollowUpsDriver:
    def __init__(self, page: AttentionPage) -> None:
        self.page = page

    @classmethod
    def open(cls, qtbot: QtBot, window: MainWindow) -> FollowUpsDriver:
        """Click Follow-ups in the navigation."""
        go_to(qtbot, window, AttentionPage.key)
        return cls.of(window)

    @classmethod
    def of(cls, window: MainWindow) -> FollowUpsDriver:
        page = window.pages[AttentionPage.key]
        assert isinstance(page, AttentionPage)
        return cls(page)

    # --- the list ------------------------------------------------------------------------------

    def lines(self) -> list[Line]:
        return self.page.lines()

    def headings(self) -> list[str]:
        """The list's top-level lines: section headings, or the line saying there is
        nothing to follow up."""
        tree = self.page.tree
        items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    def item_of(self, line: Line) -> QTreeWidgetItem:
        item = self.page.item_for(line)
        assert item is not None, f"{line.text!r} is not listed"
        return item

    def select(self, line: Line) -> None:
        """A click on the line."""
        tree = self.page.tree
        item = self.item_of(line)
        tree.scrollToItem(item)
        QTest.mouseClick(tree.viewport(), LEFT, pos=tree.visualItemRect(item).center())
        assert tree.currentItem() is item

    def double_click(self, line: Line) -> None:
        """As a mouse sends it: press and release, then the double-click."""
        tree = self.page.tree
        item = self.item_of(line)
        tree.scrollToItem(item)
        centre = tree.visualItemRect(item).center()
        QTest.mouseClick(tree.viewport(), LEFT, pos=centre)
        QTest.mouseDClick(tree.viewport(), LEFT, pos=centre)

    def press_enter(self) -> None:
        self.page.tree.setFocus()
        QTest.keyClick(self.page.tree, Qt.Key.Key_Return)

    def only_current_group(self) -> None:
        """Tick "Only the current group"."""
        tick(self.page.only_group_box)
        assert self.page.only_group_box.isChecked()

    def reload(self) -> None:
        """Read the follow-ups again, as coming back to the page does."""
        self.page.reload()

    # --- the line in focus ---------------------------------------------------------------------

    def detail_title(self) -> str:
        return self.page.detail_title.text()

    def detail_text(self) -> str:
        return self.page.detail_text.toPlainText()

    def detail_bars(self) -> tuple[ShareBar, ...]:
        return self.page.detail_chart.bars()

    def can_mark_done(self) -> bool:
        return self.page.done_button.isVisible()

    def click_open(self) -> None:
        click(self.page.open_button)

    def click_done(self) -> None:
        click(self.page.done_button)
