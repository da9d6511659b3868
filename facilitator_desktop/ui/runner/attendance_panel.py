"""Attendance: one row per member, one click per status, and the guest count.

The number in the first column is the member's number for the whole session (their place
in the seat order): 1–9 (0 then two digits from 10 up) queue them once they are here. A
click on a name queues that member (open discussion) or starts the round with them. A
member nobody has marked yet reads as such: a muted, italic name and empty circles.

Attendance changes only by an explicit choice: a click on a status, or Enter on a row (or
M then the member's number), which opens the list of statuses. Keys typed while the list
has the focus are the room's keys (E ends the turn, → the segment): never a mark.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QFocusEvent, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QStyle,
    QTableView,
    QToolButton,
    QWidget,
)

from facilitator_desktop.domain.attendance import AttendanceStatus
from facilitator_desktop.ui.runner.attendance_model import (
    FIRST_STATUS_COLUMN,
    STATUS_COLUMNS,
    AttendanceModel,
    AttendanceRow,
    MemberRole,
    PillDelegate,
)
from facilitator_desktop.ui.runner.panel import Panel, action_button
from facilitator_desktop.ui.runner.tab_stops import room_tab_stop
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class AttendanceView(QTableView):
    """One Tab stop: ↑↓ Home End move inside it; Enter asks for the current member's
    status. Every other key is left to the page, so the room's keys act here too."""

    # Enter on a row: choose this member's status.
    statusMenuRequested = Signal(int)
    # A letter reached the list (it marks nothing): the page says how to mark.
    letterIgnored = Signal()
    # A key of the list's own (↑↓, Enter …): a number being typed is over.
    keyUsed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        emit(self.keyUsed)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if modifiers == Qt.KeyboardModifier.NoModifier:
            model = self.model()
            if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and model is not None and model.rowCount():
                row = 0 if key == Qt.Key.Key_Home else model.rowCount() - 1
                self.setCurrentIndex(model.index(row, 1))
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                member_id = self._current_member()
                if member_id is not None:
                    emit(self.statusMenuRequested, member_id)
                return
        if (
            event.text().isprintable()
            and event.text().strip()
            and not modifiers & ~(Qt.KeyboardModifier.ShiftModifier)
        ):
            # No type-to-find: a letter here must never look like it did something.
            emit(self.letterIgnored)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        model = self.model()
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            return  # the click chooses the row: moving now would scroll it from under it
        if model is not None and model.rowCount() and not self.currentIndex().isValid():
            # The first row in sight: keyboard focus never scrolls the list by itself.
            top = self.indexAt(QPoint(0, 0)).row()
            self.setCurrentIndex(model.index(max(top, 0), 1))

    def select_member(self, member_id: int) -> bool:
        model = self.model()
        if model is None:
            return False
        for row in range(model.rowCount()):
            if model.index(row, 1).data(MemberRole) == member_id:
                self.setCurrentIndex(model.index(row, 1))
                return True
        return False

    def _current_member(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        value = index.data(MemberRole)
        return int(value) if value is not None else None


class AttendancePanel(Panel):
    # (member id, status): a click on a status, or a choice in the status menu.
    markRequested = Signal(int, str)
    # A click on a member's name.
    memberActivated = Signal(int)
    allPresentRequested = Signal()
    guestsRequested = Signal(int)
    # A short hint for the status area (how to mark by keyboard).
    message = Signal(str)
    # The list used a key of its own (see AttendanceView.keyUsed).
    keyUsed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Attendance"), parent)
        self.all_button = action_button(
            self.tr("&All present"),
            self.tr("Mark everyone not marked yet as present (Alt+A)"),
            self,
        )
        self.all_button.clicked.connect(self.allPresentRequested)
        self.counts_label = ToneLabel("", Tone.MUTED, self)
        header = QHBoxLayout()
        header.addWidget(self.counts_label, 1)
        header.addWidget(self.all_button)

        self.model = AttendanceModel(self)
        self.view = AttendanceView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Attendance"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        # Rows and columns grow with large type; at the usual sizes they keep these.
        self.view.verticalHeader().setDefaultSectionSize(
            max(26, self.view.fontMetrics().height() + 8)
        )
        self.view.setItemDelegate(PillDelegate(self.view))
        head = self.view.horizontalHeader()
        head.setHighlightSections(False)
        head.setMinimumSectionSize(24)
        head.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        head_font = head.font()
        head_font.setPointSizeF(head_font.pointSizeF() * 0.88)
        head.setFont(head_font)
        words = QFontMetrics(head_font)
        head.resizeSection(0, max(26, words.horizontalAdvance("88") + 12))
        statuses = range(FIRST_STATUS_COLUMN, FIRST_STATUS_COLUMN + len(STATUS_COLUMNS))
        widest = max(
            words.horizontalAdvance(str(self.model.headerData(c, Qt.Orientation.Horizontal)))
            for c in statuses
        )
        margin = 2 * head.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        status_width = max(52, widest + margin)
        for column in statuses:
            head.resizeSection(column, status_width)
        if status_width > 52:  # large type: the names' column keeps room for its title
            member = words.horizontalAdvance(
                str(self.model.headerData(1, Qt.Orientation.Horizontal))
            )
            bar = self.view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            self.view.setMinimumWidth(
                head.sectionSize(0)
                + member
                + 12
                + len(statuses) * status_width
                + bar
                + 2 * self.view.frameWidth()
            )
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.clicked.connect(self._on_clicked)
        self.view.statusMenuRequested.connect(self.open_status_menu)
        self.view.letterIgnored.connect(self._on_letter_ignored)
        self.view.keyUsed.connect(self.keyUsed)
        self.status_menu: QMenu | None = None
        self._status_texts: dict[AttendanceStatus, str] = {
            "present": self.tr("&Here"),
            "late": self.tr("&Late (arrives now)"),
            "left_early": self.tr("Left &early (leaves now)"),
            "excused": self.tr("E&xcused"),
            "absent": self.tr("&Absent"),
        }
        self._current_texts: dict[AttendanceStatus, str] = {
            "present": self.tr("&Here"),
            "late": self.tr("&Late · came {time}"),
            "left_early": self.tr("Left &early · left {time}"),
            "excused": self.tr("E&xcused"),
            "absent": self.tr("&Absent"),
        }

        self.guests_minus = QToolButton(self)
        self.guests_minus.setText("−")
        self.guests_minus.setToolTip(self.tr("One guest fewer"))
        self.guests_minus.setAccessibleName(self.tr("One guest fewer"))
        self.guests_plus = QToolButton(self)
        self.guests_plus.setText("+")
        self.guests_plus.setToolTip(self.tr("One more guest"))
        self.guests_plus.setAccessibleName(self.tr("One more guest"))
        for button in (self.guests_minus, self.guests_plus):
            room_tab_stop(button)
        self.guests_minus.clicked.connect(self._on_guest_minus)
        self.guests_plus.clicked.connect(self._on_guest_plus)
        self.guests_label = QLabel("0", self)
        self.guests_label.setMinimumWidth(22)
        self.guests_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        guests = QHBoxLayout()
        guests.setSpacing(6)
        guests.addWidget(QLabel(self.tr("Guests (not members):"), self))
        guests.addWidget(self.guests_minus)
        guests.addWidget(self.guests_label)
        guests.addWidget(self.guests_plus)
        guests.addStretch(1)

        self.body.addLayout(header)
        self.body.addWidget(self.view, 1)
        self.body.addLayout(guests)
        self._guests = 0

    def refresh(self, rows: Sequence[AttendanceRow], guests: int) -> None:
        self.model.set_rows(rows)
        if guests != self._guests or self.guests_label.text() != str(guests):
            self._guests = guests
            self.guests_label.setText(str(guests))
            self.guests_minus.setEnabled(guests > 0)
        counts = self._counts(self.model.rows())
        if counts != self.counts_label.text():
            self.counts_label.setText(counts)

    def _counts(self, rows: Sequence[AttendanceRow]) -> str:
        here = sum(1 for r in rows if r.status == "present")
        late = sum(1 for r in rows if r.status == "late")
        open_ = sum(1 for r in rows if r.status is None)
        parts = [self.tr("%n here", "", here)]
        if late:
            parts.append(self.tr("%n late", "", late))
        if open_:
            parts.append(self.tr("%n not marked", "", open_))
        return " · ".join(parts)

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def row_of(self, member_id: int) -> AttendanceRow | None:
        return next((r for r in self.model.rows() if r.member_id == member_id), None)

    @Slot(int)
    def open_status_menu(self, member_id: int) -> None:
        """The explicit choice of a member's status: a menu at their row (a letter, or
        ↑↓ and Enter, chooses; Esc closes it and nothing changes)."""
        row = self.row_of(member_id)
        if row is None:
            return
        self.view.select_member(member_id)
        self.close_status_menu()
        menu = QMenu(self)
        menu.addSection(f"{row.number}  {row.name}")
        group = QActionGroup(menu)
        for status in STATUS_COLUMNS:
            text = self._status_texts[status]
            if row.status == status:  # what is recorded, not what a choice would do
                text = self._current_texts[status].format(time=row.since or "—")
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(row.status == status)
            action.setData((member_id, status))
            group.addAction(action)
            menu.addAction(action)
        menu.triggered.connect(self._on_status_chosen)
        self.status_menu = menu
        rect = self.view.visualRect(self.view.currentIndex())
        menu.popup(self.view.viewport().mapToGlobal(rect.bottomLeft()))
        chosen = next((a for a in menu.actions() if a.isChecked()), None)
        if chosen is not None:
            menu.setActiveAction(chosen)

    def close_status_menu(self) -> None:
        if self.status_menu is not None:
            self.status_menu.close()
            self.status_menu.deleteLater()
            self.status_menu = None

    @Slot(QAction)
    def _on_status_chosen(self, action: QAction) -> None:
        value = action.data()
        if isinstance(value, tuple | list) and len(value) == 2:
            member_id, status = value
            emit(self.markRequested, int(member_id), str(status))

    @Slot()
    def _on_letter_ignored(self) -> None:
        emit(
            self.message,
            self.tr(
                "Letters do not mark attendance: Enter on a member (or M then their number) "
                "opens the choice, or click the status."
            ),
        )

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        member_id = index.data(MemberRole)
        if member_id is None:
            return
        if index.column() >= FIRST_STATUS_COLUMN:
            emit(
                self.markRequested,
                int(member_id),
                STATUS_COLUMNS[index.column() - FIRST_STATUS_COLUMN],
            )
        elif index.column() == 1:
            emit(self.memberActivated, int(member_id))

    @Slot()
    def _on_guest_minus(self) -> None:
        emit(self.guestsRequested, max(0, self._guests - 1))

    @Slot()
    def _on_guest_plus(self) -> None:
        emit(self.guestsRequested, self._guests + 1)
