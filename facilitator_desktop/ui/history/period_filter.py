"""The period the History list shows: every session, the last 3 or 12 months, or the
sessions between two dates (two date fields shown only for that choice)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

ALL, LAST_3_MONTHS, LAST_12_MONTHS, CUSTOM = "all", "3m", "12m", "custom"


def _tr(text: str) -> str:
    # The History page's context: these words were the page's, and their translations stay.
    return QCoreApplication.translate("HistoryPage", text)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodFilter(QWidget):
    # The period shown changed: another choice, or a date while "between dates" is chosen.
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QComboBox(self)
        self.box.addItem(_tr("All sessions"), ALL)
        self.box.addItem(_tr("Last 3 months"), LAST_3_MONTHS)
        self.box.addItem(_tr("Last 12 months"), LAST_12_MONTHS)
        self.box.addItem(_tr("Between dates…"), CUSTOM)
        self.box.currentIndexChanged.connect(self._on_kind_changed)
        label = QLabel(_tr("S&how:"), self)
        label.setBuddy(self.box)
        shown = QDate(today.year, today.month, today.day)
        self.since_edit = QDateEdit(shown.addYears(-1), self)
        self.until_edit = QDateEdit(shown, self)
        for edit, name in ((self.since_edit, _tr("From")), (self.until_edit, _tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._on_date_changed)
        self.dash_label = QLabel("–", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (label, self.box, self.since_edit, self.dash_label, self.until_edit):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._show_dates()

    def kind(self) -> str:
        return str(self.box.currentData())

    def period(self, today: date) -> tuple[date | None, date | None]:
        """(since, until) as local days; None where the period is open."""
        kind = self.kind()
        if kind == LAST_3_MONTHS:
            return today - timedelta(days=91), None
        if kind == LAST_12_MONTHS:
            return today - timedelta(days=365), None
        if kind == CUSTOM:
            return _day(self.since_edit.date()), _day(self.until_edit.date())
        return None, None

    def _show_dates(self) -> None:
        custom = self.kind() == CUSTOM
        for widget in (self.since_edit, self.dash_label, self.until_edit):
            widget.setVisible(custom)

    @Slot(int)
    def _on_kind_changed(self, _index: int) -> None:
        self._show_dates()
        self.changed.emit()

    @Slot(QDate)
    def _on_date_changed(self, _date: QDate) -> None:
        if self.kind() == CUSTOM:
            self.changed.emit()
