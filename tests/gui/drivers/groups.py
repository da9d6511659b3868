"""Driving the Groups page as a user would, and reading what it shows.

    groups = GroupsDriver.of(qtbot, window)
    groups.type_name("Monday Parents")
    groups.agenda.rename(1, "Open sharing")
    groups.save()
    assert groups.state() == ""

Public names only (no `page._x`): the page can change shape without its tests changing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.ui.groups_page import GroupsPage
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.widgets.agenda_editor import AgendaEditor
from tests.gui.drivers.choosing import click, click_row, pick
from tests.gui.driving import go_to, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


class AgendaDriver:
    """The default agenda's rows: name, minutes, kind, and the ↑ and ✕ buttons."""

    def __init__(self, editor: AgendaEditor, qtbot: QtBot) -> None:
        self.editor = editor
        self.qtbot = qtbot

    def row_count(self) -> int:
        return self.editor.row_count()

    def names(self) -> list[str]:
        return [self.editor.name_edit(row).text() for row in range(self.editor.row_count())]

    def segments(self) -> tuple[SegmentSpec, ...]:
        return self.editor.segments()

    def rename(self, row: int, name: str) -> None:
        """Select the name and type over it."""
        self.retype(self.editor.name_edit(row), name)

    def set_minutes(self, row: int, minutes: int) -> None:
        self.retype(self.editor.minutes_box(row), str(minutes))

    def set_kind(self, row: int, kind: str) -> None:
        """ "round" or "open"."""
        pick(self.editor.kind_box(row), kind)

    def add(self) -> None:
        click(self.editor.add_button)

    def move_up(self, row: int) -> None:
        click(self.editor.up_button(row))

    def remove(self, row: int) -> None:
        click(self.editor.remove_button(row))

    def retype(self, widget: QWidget, text: str) -> None:
        QTest.keyClick(widget, Qt.Key.Key_A, CTRL)
        type_text(self.qtbot, widget, text)


class GroupsDriver:
    def __init__(self, page: GroupsPage, qtbot: QtBot) -> None:
        self.page = page
        self.qtbot = qtbot
        self.agenda = AgendaDriver(page.agenda_editor, qtbot)

    @classmethod
    def open(cls, qtbot: QtBot, window: MainWindow) -> GroupsDriver:
        """Click Groups in the navigation."""
        go_to(qtbot, window, GroupsPage.key)
        driver = cls.of(qtbot, window)
        assert window.current_page() is driver.page
        return driver

    @classmethod
    def of(cls, qtbot: QtBot, window: MainWindow) -> GroupsDriver:
        """The window's Groups page (the first one shown in a new workspace)."""
        page = window.pages[GroupsPage.key]
        assert isinstance(page, GroupsPage)
        return cls(page, qtbot)

    # --- the list ------------------------------------------------------------------------------

    def choose(self, group_id: int) -> None:
        """A click on the group in the list."""
        groups = self.page.ctx.groups
        click_row(self.page.list_view, groups.index(groups.row_of(group_id), 0))

    def new_group(self) -> None:
        click(self.page.new_button)

    # --- the form ------------------------------------------------------------------------------

    def form_title(self) -> str:
        return self.page.form_title.text()

    def name(self) -> str:
        return self.page.name_edit.text()

    def description(self) -> str:
        return self.page.description_edit.toPlainText()

    def start_time(self) -> str:
        return self.page.time_edit.text()

    def type_name(self, text: str) -> None:
        type_text(self.qtbot, self.page.name_edit, text)

    def type_description(self, text: str) -> None:
        self.page.description_edit.setFocus()
        type_text(self.qtbot, self.page.description_edit, text)

    def type_time(self, text: str) -> None:
        type_text(self.qtbot, self.page.time_edit, text)

    def clear_time(self) -> None:
        QTest.keyClick(self.page.time_edit, Qt.Key.Key_A, CTRL)
        QTest.keyClick(self.page.time_edit, Qt.Key.Key_Delete)

    def choose_weekday(self, weekday: int | None) -> None:
        """0 = Monday … 6 = Sunday; None: no fixed day."""
        pick(self.page.weekday_combo, weekday)

    def weekday_names(self) -> list[str]:
        combo = self.page.weekday_combo
        return [combo.itemText(i) for i in range(combo.count())]

    def set_minutes(self, minutes: int) -> None:
        QTest.keyClick(self.page.minutes_spin, Qt.Key.Key_A, CTRL)
        QTest.keyClicks(self.page.minutes_spin, str(minutes))

    def set_soft_limit(self, minutes: int) -> None:
        QTest.keyClick(self.page.soft_limit_spin, Qt.Key.Key_A, CTRL)
        QTest.keyClicks(self.page.soft_limit_spin, str(minutes))

    def agenda_total(self) -> str:
        return self.page.agenda_total.text()

    # --- saving, and what the page says --------------------------------------------------------

    def save(self) -> None:
        click(self.page.save_button)

    def press_enter_in_name(self) -> None:
        QTest.keyClick(self.page.name_edit, Qt.Key.Key_Return)

    def press_enter_in_time(self) -> None:
        QTest.keyClick(self.page.time_edit, Qt.Key.Key_Return)

    def press_in_description(self, key: Qt.Key) -> None:
        """Ctrl+`key` with the focus in the description (Ctrl+S saves, Ctrl+N starts anew)."""
        QTest.keyClick(self.page.description_edit, key, CTRL)

    def state(self) -> str:
        """ "Unsaved changes", or ""."""
        return self.page.state_label.text()

    def error(self, field: str) -> str:
        """The message under a field ("name", "time", "agenda"), "" when none shows."""
        label = {
            "name": self.page.name_error,
            "time": self.page.time_error,
            "agenda": self.page.agenda_error,
        }[field]
        return label.text() if label.isVisibleTo(self.page) else ""

    def damage(self) -> str:
        """What the page says about a damaged record, "" when nothing is damaged."""
        label = self.page.damaged_label
        return label.text() if label.isVisibleTo(self.page) else ""

    def can_save(self) -> bool:
        return self.page.save_button.isEnabled()

    def can_edit_description(self) -> bool:
        return self.page.description_edit.isEnabled()

    def name_has_focus(self) -> bool:
        return QApplication.focusWidget() is self.page.name_edit

    # --- archiving -----------------------------------------------------------------------------

    def archive_label(self) -> str:
        return self.page.archive_button.text().replace("&", "")

    def click_archive(self) -> None:
        """ "Archive group…" (asks first) or "Unarchive group"."""
        click(self.page.archive_button)
