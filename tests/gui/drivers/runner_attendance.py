"""The Session page's attendance list, driven as a facilitator would: one click in a member's
row, the all-present and guest buttons, the keyboard in the list (a part of RunnerDriver)."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from facilitator_desktop.ui.runner.attendance_model import AttendanceRow
from facilitator_desktop.ui.runner.attendance_panel import AttendancePanel
from facilitator_desktop.ui.runner.page import RunnerPage
from tests.gui.drivers.runner_clicks import LEFT, NO_MODIFIER, click

#: The attendance list's column for each status (a click there marks it).
STATUS_COLUMN = {"present": 2, "late": 3, "left_early": 4, "excused": 5, "absent": 6}
NAME_COLUMN = 1


class AttendanceDriving:
    page: RunnerPage

    @property
    def attendance_panel(self) -> AttendancePanel:
        return self.page.panels.attendance_panel

    def attendance(self) -> tuple[AttendanceRow, ...]:
        """Every member's row as the list shows it, in seat order."""
        return self.attendance_panel.model.rows()

    def attendance_row(self, member_id: int) -> AttendanceRow:
        row = self.attendance_panel.row_of(member_id)
        assert row is not None, f"member {member_id} is not listed"
        return row

    def statuses(self) -> list[str | None]:
        return [row.status for row in self.attendance()]

    def attendance_name_text(self, row: int) -> str:
        """The name column as drawn (with the talking-order mark)."""
        return str(self.attendance_panel.model.index(row, NAME_COLUMN).data())

    def attendance_counts(self) -> str:
        return self.attendance_panel.counts_label.text()

    def guests(self) -> str:
        return self.attendance_panel.guests_label.text()

    def status_menu(self) -> QMenu | None:
        """The status choice open on a member's row (None: none is)."""
        menu = self.attendance_panel.status_menu
        return menu if menu is not None and menu.isVisible() else None

    def click_attendance(self, member_id: int, what: str) -> None:
        """One click in a member's row: on the name ("name") or on a status column
        ("present", "late", "left_early", "excused", "absent")."""
        panel = self.attendance_panel
        rows = panel.model.rows()
        row = next(i for i, r in enumerate(rows) if r.member_id == member_id)
        column = NAME_COLUMN if what == "name" else STATUS_COLUMN[what]
        index = panel.model.index(row, column)
        QApplication.processEvents()  # the list's pending layout sets its scroll range
        panel.view.scrollTo(index)
        rect = panel.view.visualRect(index)
        assert panel.view.viewport().rect().contains(rect.center()), f"row {row} is not shown"
        QTest.mouseClick(panel.view.viewport(), LEFT, NO_MODIFIER, rect.center())

    def mark(self, member_id: int, status: str) -> None:
        """A member's status chosen (as a click on it does), the keyboard focus left where
        it is."""
        self.page.presenter.attendance.mark(member_id, status)

    def click_all_present(self) -> None:
        click(self.attendance_panel.all_button)

    def click_guest_plus(self) -> None:
        click(self.attendance_panel.guests_plus)

    def click_guest_minus(self) -> None:
        click(self.attendance_panel.guests_minus)

    @property
    def attendance_list(self) -> QWidget:
        return self.attendance_panel.view

    def focus_attendance(self) -> None:
        self.attendance_panel.focus_list()

    def attendance_current_row(self) -> int:
        return self.attendance_panel.view.currentIndex().row()
