"""Driving the Handouts page as a user would, and reading what it shows.

    handouts = HandoutsDriver.open(qtbot, window, group_id)   # waits for the preview
    handouts.choose(HandoutKind.RULE_CARDS)                   # a click, then the new preview
    handouts.cards_per_page(6)
    assert handouts.page_count() == 2

Builds run on a worker thread: every action that changes an option waits until the preview
shows the current options again. Public names only (no `page._x`), so the page can change
shape without its tests changing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from facilitator_desktop.handouts.data import HandoutResult, Paper
from facilitator_desktop.ui.handouts import HandoutKind, HandoutsPage
from facilitator_desktop.ui.handouts.choices import KINDS
from facilitator_desktop.ui.main_window import MainWindow
from tests.gui.drivers.widgets import click, pick, tick, type_into, wait_until
from tests.gui.driving import go_to

BUILD_TIMEOUT_MS = 15_000


class HandoutsDriver:
    def __init__(self, page: HandoutsPage) -> None:
        self.page = page

    @classmethod
    def open(cls, qtbot: QtBot, window: MainWindow, group_id: int | None = None) -> HandoutsDriver:
        """Choose the group (when given), click Handouts in the navigation, wait for the
        preview."""
        if group_id is not None:
            assert window.ctx.request_group(group_id)
        go_to(qtbot, window, HandoutsPage.key)
        driver = cls.of(window)
        assert window.current_page() is driver.page
        driver.wait_ready()
        return driver

    @classmethod
    def of(cls, window: MainWindow) -> HandoutsDriver:
        """The window's Handouts page, wherever the window is."""
        page = window.pages[HandoutsPage.key]
        assert isinstance(page, HandoutsPage)
        return cls(page)

    def ready(self) -> bool:
        """Nothing pending: the preview (or its message) shows the current options."""
        return self.page.is_ready()

    def wait_ready(self, timeout_ms: int = BUILD_TIMEOUT_MS) -> None:
        wait_until(self.page.is_ready, timeout_ms, "the preview")

    # --- which handout -------------------------------------------------------------------------

    def kind(self) -> HandoutKind:
        return self.page.kind()

    def choose(self, kind: HandoutKind) -> None:
        """Click the handout's radio button and wait for its preview."""
        tick(self.page.kind_buttons.button(KINDS.index(kind)))
        assert self.page.kind() is kind
        self.wait_ready()

    def focus_first(self) -> None:
        """What the page does when it is shown: the keyboard focus on the chosen handout."""
        self.page.focus_first()

    def kind_has_focus(self) -> bool:
        button = self.page.kind_buttons.checkedButton()
        return button is not None and button.hasFocus()

    def press_down(self) -> None:
        """The Down arrow on the chosen handout's button (arrows move between handouts)."""
        button = self.page.kind_buttons.checkedButton()
        assert button is not None
        QTest.keyClick(button, Qt.Key.Key_Down)

    # --- the preview ---------------------------------------------------------------------------

    def result(self) -> HandoutResult | None:
        """The built handout, when it matches the current options."""
        return self.page.result()

    def page_count(self) -> int:
        """Pages shown in the preview."""
        return self.page.preview.document.pageCount()

    def first_page_width(self) -> float:
        """In points."""
        return self.page.preview.document.pagePointSize(0).width()

    def status(self) -> str:
        """The line under the preview."""
        return self.page.preview.status.text()

    def message(self) -> str:
        """What the preview says instead of a handout."""
        return self.page.preview.message.text()

    def warnings_shown(self) -> bool:
        return self.page.preview.warnings.isVisible()

    def warnings_text(self) -> str:
        return self.page.preview.warnings.text()

    def warnings(self) -> tuple[str, ...]:
        return self.page.preview.warnings.warnings

    def subtitle(self) -> str:
        return self.page.header.subtitle.text()

    def showing_empty_state(self) -> bool:
        return self.page.stack.currentWidget() is self.page.empty_state

    # --- the options ---------------------------------------------------------------------------

    def paper(self) -> Paper | None:
        return self.page.paper()

    def choose_paper(self, paper: Paper) -> None:
        pick(self.page.paper_combo, paper)
        self.wait_ready()

    def tick_large_print(self) -> None:
        tick(self.page.large_print_box)
        self.wait_ready()

    def type_welcome(self, text: str) -> None:
        """Replace the welcome line by typing (the preview follows after a pause: not
        waited for)."""
        edit = self.page.ground_rules_options.welcome_edit
        edit.setFocus()
        edit.selectAll()
        QTest.keyClick(edit, Qt.Key.Key_Delete)
        type_into(edit, text)

    def welcome(self) -> str:
        return self.page.ground_rules_options.welcome_edit.text()

    def welcome_undo_available(self) -> bool:
        return self.page.ground_rules_options.welcome_edit.isUndoAvailable()

    def acknowledgement_name(self) -> str:
        """Whose name is on the acknowledgement line."""
        return self.page.ground_rules_options.member_combo.currentText()

    def acknowledgement_choices(self) -> int:
        """How many names the acknowledgement offers (a blank line counts)."""
        return self.page.ground_rules_options.member_combo.count()

    def cards_per_page(self, count: int) -> None:
        pick(self.page.rule_cards_options.per_page_combo, count)
        self.wait_ready()

    def card_layout(self, layout: str) -> None:
        """ "cut" or "tent"."""
        pick(self.page.rule_cards_options.layout_combo, layout)
        self.wait_ready()

    def guest_lines(self, count: int) -> None:
        self.page.sign_in_options.guests_spin.setValue(count)
        self.wait_ready()

    def sign_in_day(self, day: date) -> None:
        self.page.sign_in_options.set_day(day)
        self.wait_ready()

    def session(self) -> int | None:
        """The session whose summary is chosen."""
        return self.page.summary_options.session_id()

    def session_count(self) -> int:
        return self.page.summary_options.session_combo.count()

    def choose_session(self, session_id: int) -> None:
        pick(self.page.summary_options.session_combo, session_id)
        self.wait_ready()

    def tick_private_notes(self) -> None:
        """Click "Include private notes" (a warning asks first when ticking)."""
        tick(self.page.summary_options.notes_box)

    def private_notes(self) -> bool:
        return self.page.summary_options.include_notes()

    # --- the facilitator's details -------------------------------------------------------------

    def your_name(self) -> str:
        return self.page.profile_box.name_edit.text()

    def type_your_name(self, name: str) -> None:
        """Replace your name by typing (the preview follows after a pause: not waited for)."""
        edit = self.page.profile_box.name_edit
        edit.setFocus()
        edit.selectAll()
        type_into(edit, name)

    def finish_your_name(self) -> None:
        """Enter in the name field: editing is finished, and it is kept."""
        QTest.keyClick(self.page.profile_box.name_edit, Qt.Key.Key_Return)

    # --- where it goes -------------------------------------------------------------------------

    def save_enabled(self) -> bool:
        return self.page.save_button.isEnabled()

    def print_enabled(self) -> bool:
        return self.page.print_button.isEnabled()

    def click_save(self) -> None:
        """Save as PDF… (the file dialog comes next)."""
        click(self.page.save_button)

    def click_open_in_viewer(self) -> None:
        click(self.page.open_button)

    def save_pdf(self, path: Path) -> Path | None:
        """What Save as PDF… does once the file is chosen."""
        return self.page.save_pdf(path)

    def print_to(self, printer: QPrinter) -> int:
        """What Print… does once the print dialog is accepted."""
        return self.page.print_to(printer)
