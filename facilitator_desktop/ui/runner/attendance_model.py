"""The attendance list's rows and how they look: one row per member (their number for the
session, their name with where they are in the talking order, a column per status) and the
pill that marks the chosen status.

A member nobody has marked yet reads as such: a muted, italic name and dashed circles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from facilitator_desktop.domain.attendance import AttendanceStatus
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.theme_colours import outline
from facilitator_desktop.ui.widgets.tone import is_dark

AnyIndex = QModelIndex | QPersistentModelIndex
STATUS_COLUMNS: Final[tuple[AttendanceStatus, ...]] = (
    "present",
    "late",
    "left_early",
    "excused",
    "absent",
)
FIRST_STATUS_COLUMN: Final = 2
#: Where a member is in the talking order, as the name column says it.
TurnState = Literal["", "speaking", "next", "waiting"]
PILL_LIGHT: Final = {
    "present": "#2f7d4f",
    "late": "#a86400",
    "left_early": "#4a6b9a",
    "excused": "#5d7a74",
    "absent": "#a23a3a",
}
PILL_DARK: Final = {
    "present": "#4fae76",
    "late": "#d69530",
    "left_early": "#7a9bd0",
    "excused": "#86a79f",
    "absent": "#d06a6a",
}
#: What a chosen pill says without a time: present and absent differ without colour.
PILL_GLYPHS: Final = {
    "present": "✓",
    "late": "✓",
    "left_early": "✓",
    "excused": "✉",
    "absent": "✕",
}
StatusRole: Final = Qt.ItemDataRole.UserRole + 1
MemberRole: Final = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    member_id: int
    #: Their number for the whole session (seat order); it queues them once in the room.
    number: int
    #: Here now (present or late): only then does the number queue them.
    in_room: bool
    name: str
    status: AttendanceStatus | None
    #: "18:41" for a late arrival or an early leaving.
    since: str
    turn: TurnState


class AttendanceModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[AttendanceRow, ...] = ()
        self._headers = (
            "#",
            self.tr("Member"),
            self.tr("Here"),
            self.tr("Late"),
            self.tr("Left"),
            self.tr("Excused"),
            self.tr("Absent"),
        )
        self._header_tips = (
            self.tr(
                "The member's number for the whole session: press it to queue them once "
                "they are here (0 then two digits from 10 up)"
            ),
            self.tr("Click a name to add the member to the queue"),
            self.tr("Present: click, or Enter on the row"),
            self.tr("Late: the first arrival time is kept"),
            self.tr("Left early: the time is kept"),
            self.tr("Excused: told ahead they could not come"),
            self.tr("Absent without notice"),
        )
        # A mark after the name, never a number (the row's one number is the member's own).
        self._turn_marks = {"speaking": "▶", "next": "▷", "waiting": "◦"}
        self._turn_tips = {
            "speaking": self.tr("Speaking now"),
            "next": self.tr("Up next"),
            "waiting": self.tr("Waiting to speak"),
        }
        # What a screen reader says of a row: the glyphs and the pills in words.
        self._turn_words = {
            "speaking": self.tr("speaking now"),
            "next": self.tr("up next"),
            "waiting": self.tr("waiting to speak"),
        }
        self._status_words: dict[AttendanceStatus | None, str] = {
            "present": self.tr("here"),
            "late": self.tr("late"),
            "left_early": self.tr("left early"),
            "excused": self.tr("excused"),
            "absent": self.tr("absent"),
            None: self.tr("not marked yet"),
        }

    def rows(self) -> tuple[AttendanceRow, ...]:
        return self._rows

    def set_rows(self, rows: Sequence[AttendanceRow]) -> None:
        new = tuple(rows)
        if new == self._rows:
            return
        if [r.member_id for r in new] != [r.member_id for r in self._rows]:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        old, self._rows = self._rows, new
        for row, (before, after) in enumerate(zip(old, new, strict=True)):
            if before != after:
                emit(self.dataChanged, self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= FIRST_STATUS_COLUMN:
            # Checkable to assistive technology (one checked per row, like radio buttons);
            # a click marks through the panel, never by toggling (PillDelegate.editorEvent).
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == MemberRole:
            return row.member_id
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(row.number)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            if role == Qt.ItemDataRole.ForegroundRole and not row.in_room:
                return QPalette().color(QPalette.ColorRole.PlaceholderText)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Number {n} for the whole session").format(n=row.number)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("Number {n}").format(n=row.number)
            return None
        if column == 1:
            return self._name_data(row, role)
        status = STATUS_COLUMNS[column - FIRST_STATUS_COLUMN]
        if role == StatusRole:
            return (status, row.status == status, row.status is None, row.since)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.status == status else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            chosen = self.tr("chosen") if row.status == status else self.tr("not chosen")
            text = f"{self._headers[column]}: {chosen}"
            return f"{text} · {row.since}" if row.status == status and row.since else text
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.tr("Attendance of {name}: one choice of {count}").format(
                name=row.name, count=len(STATUS_COLUMNS)
            )
        return None

    def _name_data(self, row: AttendanceRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            mark = self._turn_marks.get(row.turn, "")
            return f"{row.name}  {mark}" if mark else row.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [row.name, self._status_words[row.status]]
            if row.turn:
                parts.append(self._turn_words[row.turn])
            return ", ".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole name: a long one ends in "…" in a narrow column.
            return f"{row.name}\n{self._turn_tips[row.turn]}" if row.turn else row.name
        if role == Qt.ItemDataRole.FontRole and row.status is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.status is None:
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole and row.status is None:
            return self.tr("Not marked yet")
        return None


class PillDelegate(QStyledItemDelegate):
    """A filled pill for the chosen status (with the time for late / left early), an empty
    circle for the others; dashed circles while the member is not marked at all."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        value = index.data(StatusRole)
        if value is None:
            super().paint(painter, option, index)
            return
        status, chosen, unmarked, since = value
        palette = option.palette
        rect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if option.state & QStyle.StateFlag.State_Selected:
            selected = QColor(palette.color(QPalette.ColorRole.Highlight))
            selected.setAlphaF(0.16)
            painter.fillRect(rect, selected)
        centre = QRectF(rect).center()
        if chosen:
            colours = PILL_DARK if is_dark(palette) else PILL_LIGHT
            text = since if since else PILL_GLYPHS[status]
            width = max(26.0, option.fontMetrics.horizontalAdvance(text) + 14.0)
            height = min(22.0, rect.height() - 6.0)
            pill = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours[status]))
            painter.drawRoundedRect(pill, height / 2, height / 2)
            # Light pills on a dark theme carry dark text (contrast), dark pills white text.
            painter.setPen(QColor("#10151a" if is_dark(palette) else "#ffffff"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        else:
            # The outline reads at 3:1 or more on both themes (a low-vision user sees it).
            muted = (
                palette.color(QPalette.ColorRole.PlaceholderText) if unmarked else outline(palette)
            )
            pen = QPen(muted, 1.2, Qt.PenStyle.DashLine if unmarked else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, 6.5, 6.5)
        painter.restore()

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        # Status cells are checkable only to tell assistive technology which one is chosen:
        # a click or a key never toggles one here (a click marks through the panel).
        if index.data(StatusRole) is not None:
            return False
        return super().editorEvent(event, model, option, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), 48), max(size.height(), 26))
