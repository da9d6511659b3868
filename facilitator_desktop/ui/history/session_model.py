"""A group's past sessions, newest first, fetched a page at a time.

The view asks for more (Qt's canFetchMore/fetchMore) when it is scrolled near the end, so
ten years of sessions never load for one screen: each page is one indexed query that
starts before the last row already shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from facilitator_desktop.services.history import SessionRow
from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.tone import Tone, tone_color

AnyIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 50
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# (group_id, since, until, limit, before) -> rows
Fetch = Callable[[int, date | None, date | None, int, datetime | None], list[SessionRow]]

DATE, LENGTH, ATTENDED, SEGMENTS, OVERRUNS = range(5)


class SessionListModel(QAbstractTableModel):
    def __init__(self, fetch: Fetch, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._rows: list[SessionRow] = []
        self._group_id: int | None = None
        self._since: date | None = None
        self._until: date | None = None
        self._exhausted = True
        self.page_size = PAGE_SIZE
        self.pages_fetched = 0

    # --- loading -----------------------------------------------------------------------------

    def load(self, group_id: int | None, since: date | None, until: date | None) -> None:
        """Start over for a group and date range with the first page."""
        self.beginResetModel()
        self._group_id = group_id
        self._since, self._until = since, until
        self._rows = []
        self._exhausted = group_id is None
        self.pages_fetched = 0
        self.endResetModel()
        if group_id is not None:
            self.fetchMore(QModelIndex())

    def clear(self) -> None:
        self.load(None, None, None)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid() or self._exhausted or self._group_id is None:
            return
        before = self._rows[-1].started_at if self._rows else None
        page = self._fetch(self._group_id, self._since, self._until, self.page_size, before)
        self.pages_fetched += 1
        if len(page) < self.page_size:
            self._exhausted = True
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # --- reading -----------------------------------------------------------------------------

    def row_at(self, row: int) -> SessionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, session_id: int) -> int:
        for index, row in enumerate(self._rows):
            if row.id == session_id:
                return index
        return -1

    def first_id(self) -> int | None:
        return self._rows[0].id if self._rows else None

    def replace(self, row: SessionRow) -> None:
        index = self.row_of(row.id)
        if index >= 0:
            self._rows[index] = row
            emit(self.dataChanged, self.index(index, 0), self.index(index, OVERRUNS))

    # --- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Date"),
                self.tr("Length"),
                self.tr("Attended"),
                self.tr("Segments"),
                self.tr("Overruns"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("When the session started (✎ = corrected afterwards)"),
                self.tr("How long it ran"),
                self.tr("Members present, late or leaving early (+ guests)"),
                self.tr("Agenda segments"),
                self.tr("Segments that ran more than a minute over their plan"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section != DATE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == SESSION_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column != DATE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == OVERRUNS and row.overruns:
            return tone_color(Tone.WARNING, QApplication.palette())
        if role == Qt.ItemDataRole.FontRole and column == OVERRUNS and row.overruns:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: SessionRow, column: int) -> str:
        if column == DATE:
            text = look.session_date(row.started_at)
            return f"{text}  ✎" if row.corrected else text
        if column == LENGTH:
            return look.minutes(row.elapsed_seconds)
        if column == ATTENDED:
            attended = look.number(row.attended)
            return f"{attended} + {look.number(row.guests)}" if row.guests else attended
        if column == SEGMENTS:
            return look.number(row.segments)
        return look.number(row.overruns) if row.overruns else "–"

    def _tip(self, row: SessionRow, column: int) -> str:
        if column == DATE:
            tip = self.tr("{date}, started {clock}").format(
                date=look.session_date(row.started_at), clock=look.session_clock(row.started_at)
            )
            if row.corrected:
                tip += "\n" + self.tr("✎ Corrected afterwards: open it to see what changed.")
            return tip
        if column == LENGTH:
            return self.tr("{actual} of {planned} planned").format(
                actual=look.minutes(row.elapsed_seconds), planned=look.minutes(row.planned_seconds)
            )
        if column == ATTENDED and row.guests:
            return self.tr("{members} and {guests}").format(
                members=look.members(row.attended), guests=look.guests(row.guests)
            )
        if column == OVERRUNS:
            return self.tr("%Ln of {m} segments ran over", "", row.overruns).format(
                m=look.number(row.segments)
            )
        return ""
