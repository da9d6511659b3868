"""Driving the Members page as a user would, and reading what it shows.

    members = MembersDriver.open(qtbot, window)
    members.add("Søren", full_name="Søren Nilsen")     # Add member, type, Enter
    members.select(1)                                  # a click on the second seat
    members.press_alt(Qt.Key.Key_Down)                 # one seat later
    assert members.aliases() == ["Anna", "Søren"]

Public names only (no `page._x`): the page can change shape without its tests changing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.services.members import MemberInfo
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.members_page import MembersPage
from facilitator_desktop.ui.vault.export_review import ExportReviewDialog
from facilitator_desktop.ui.vault.member_rights import EraseMemberDialog
from tests.gui.drivers.choosing import click, click_row, tick
from tests.gui.driving import go_to, type_text


class MembersDriver:
    def __init__(self, page: MembersPage, qtbot: QtBot) -> None:
        self.page = page
        self.qtbot = qtbot

    @classmethod
    def open(cls, qtbot: QtBot, window: MainWindow) -> MembersDriver:
        """Click Members in the navigation."""
        go_to(qtbot, window, MembersPage.key)
        page = window.pages[MembersPage.key]
        assert isinstance(page, MembersPage) and window.current_page() is page
        return cls(page, qtbot)

    # --- the list ------------------------------------------------------------------------------

    def listed(self) -> list[MemberInfo]:
        model = self.page.model
        return [model.item(row) for row in range(model.rowCount())]

    def aliases(self) -> list[str]:
        """As listed: seat order, then those who left (when shown)."""
        return [member.alias for member in self.listed()]

    def row_text(self, row: int) -> str:
        """The line as drawn ("3.  Anna", "Kofi — left")."""
        return str(self.page.model.index(row, 0).data())

    def row_tooltip(self, row: int) -> str:
        return str(self.page.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))

    def row_greyed(self, row: int) -> bool:
        return self.page.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None

    def row_draggable(self, row: int) -> bool:
        flags = self.page.model.flags(self.page.model.index(row, 0))
        return bool(flags & Qt.ItemFlag.ItemIsDragEnabled)

    def drop(self, row: int, before: int) -> bool:
        """Drag row `row` and drop it before row `before`: a drop in the list moves the row
        through the model's moveRows, so do what it does."""
        return self.page.model.moveRow(QModelIndex(), row, QModelIndex(), before)

    def select(self, row: int) -> None:
        """A click on the row."""
        click_row(self.page.list_view, self.page.model.index(row, 0))

    def selected_row(self) -> int:
        return self.page.list_view.current_row()

    def press_alt(self, key: Qt.Key) -> None:
        """Alt+Up or Alt+Down in the list: one seat earlier or later."""
        self.page.list_view.setFocus()
        QTest.keyClick(self.page.list_view, key, Qt.KeyboardModifier.AltModifier)

    def move_up(self) -> None:
        click(self.page.up_button)

    def can_move_down(self) -> bool:
        return self.page.down_button.isEnabled()

    def show_those_who_left(self) -> None:
        """Tick (or untick) "Show members who left"."""
        tick(self.page.show_left_box)

    def subtitle(self) -> str:
        return self.page.header.subtitle.text()

    # --- the form ------------------------------------------------------------------------------

    def form_title(self) -> str:
        return self.page.form_title.text()

    def private_title(self) -> str:
        return self.page.private_box.title()

    def click_add(self) -> None:
        click(self.page.add_button)

    def add(self, alias: str, full_name: str = "") -> None:
        """Add member, type the alias (and full name), Enter."""
        self.click_add()
        assert self.form_title() == "New member"
        self.type_alias(alias)
        if full_name:
            self.type_full_name(full_name)
        QTest.keyClick(self.page.alias_edit, Qt.Key.Key_Return)

    def type_alias(self, text: str) -> None:
        type_text(self.qtbot, self.page.alias_edit, text)

    def type_full_name(self, text: str) -> None:
        type_text(self.qtbot, self.page.full_name_edit, text)

    def type_contact(self, text: str) -> None:
        type_text(self.qtbot, self.page.contact_edit, text)

    def type_remarks(self, text: str) -> None:
        self.page.remarks_edit.setFocus()
        type_text(self.qtbot, self.page.remarks_edit, text)

    def alias(self) -> str:
        return self.page.alias_edit.text()

    def full_name(self) -> str:
        return self.page.full_name_edit.text()

    def save(self) -> None:
        click(self.page.save_button)

    def can_edit(self) -> bool:
        """The alias and Save can be used (not for a damaged record)."""
        return self.page.alias_edit.isEnabled() and self.page.save_button.isEnabled()

    def alias_error(self) -> str:
        """The message under the alias, "" when none shows."""
        label = self.page.alias_error
        return label.text() if label.isVisibleTo(self.page) else ""

    def unsaved(self) -> str | None:
        """What has unsaved edits ("the new member", "this member"), or None."""
        return self.page.unsaved_what()

    def state(self) -> str:
        return self.page.state_label.text()

    # --- leaving, and a member's rights --------------------------------------------------------

    def left_label(self) -> str:
        """ "Mark as left" or "Rejoin"."""
        return self.page.left_button.text().replace("&", "")

    def click_left(self) -> None:
        click(self.page.left_button)

    def choose_export_path_with(self, chooser: Callable[[QWidget, str], Path | None]) -> None:
        """Answer the file dialog of the next exports with `chooser(parent, suggested)`."""
        self.page.choose_export_path = chooser

    def export(self) -> ExportReviewDialog:
        """Export member record…: the review shown before anything is written."""
        click(self.page.export_button)
        review = next(
            (d for d in self.page.findChildren(ExportReviewDialog) if d.isVisible()), None
        )
        assert review is not None, "no export review opened"
        return review

    def erase(self) -> EraseMemberDialog:
        """Erase member…: the dialog that asks for their alias."""
        click(self.page.erase_button)
        dialog = self.page.erase_dialog
        assert dialog is not None and dialog.isVisible()
        return dialog

    def erase_dialog_open(self) -> bool:
        dialog = self.page.erase_dialog
        return dialog is not None and dialog.isVisible()
