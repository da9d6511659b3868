"""The Session page's rule cards and the room display, driven as a facilitator would (a part
of RunnerDriver)."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListWidget

from facilitator_desktop.ui.room_display import RoomCard, RoomDisplay
from facilitator_desktop.ui.runner.names import NameMode
from facilitator_desktop.ui.runner.page import RunnerPage
from facilitator_desktop.ui.runner.room_control import RoomControl
from facilitator_desktop.ui.runner.rules_rail import RulesRail
from tests.gui.drivers.runner_clicks import LEFT, NO_MODIFIER


class RoomDriving:
    page: RunnerPage

    @property
    def rules_rail(self) -> RulesRail:
        return self.page.panels.rules_rail

    @property
    def rule_list(self) -> QListWidget:
        return self.rules_rail.list

    def card(self) -> RoomCard | None:
        """The rule card on the room display (whether or not it is open)."""
        return self.room_control.card

    def card_title(self) -> str | None:
        card = self.card()
        return card.title if card is not None else None

    def showing_text(self) -> str:
        """The rail's line about the card on the room display."""
        return self.rules_rail.showing_label.text()

    def select_card(self, row: int) -> None:
        self.rules_rail.select_row(row)

    def click_card(self, number: int) -> None:
        """A click on card `number` in the rail."""
        rail = self.rule_list
        rect = rail.visualItemRect(rail.item(number - 1))
        QTest.mouseClick(rail.viewport(), LEFT, NO_MODIFIER, rect.center())

    @property
    def room_control(self) -> RoomControl:
        return self.page.room_control

    @property
    def room(self) -> RoomDisplay | None:
        """The room display window (None until it was first opened)."""
        return self.page.room

    def room_display(self) -> RoomDisplay:
        display = self.page.room
        assert display is not None, "the room display was never opened"
        return display

    def name_mode(self) -> NameMode:
        """How the room display names members."""
        return self.room_control.name_mode

    def names_menu_mode(self) -> NameMode:
        """What the header's menu of names says."""
        return self.page.header.name_mode()

    def set_name_mode(self, mode: NameMode) -> None:
        """The header's menu of names, as a click on one of its items does."""
        self.page.set_name_mode(mode)
