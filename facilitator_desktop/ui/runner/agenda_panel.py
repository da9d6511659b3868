"""The session's agenda: done, current and coming segments, editable during the session.

Segments already reached are history: their minutes can change but they cannot be removed
or moved (the domain refuses it, so the buttons say so before the facilitator tries).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QToolButton, QWidget

from facilitator_desktop.domain.agenda import AgendaSnapshot
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.runner.panel import Panel
from facilitator_desktop.ui.runner.tab_stops import room_tab_stop
from facilitator_desktop.ui.signals import emit


def _minutes(value: float) -> str:
    return f"{value:g}"


class AgendaPanel(Panel):
    addRequested = Signal()
    # Segment index whose minutes to change.
    minutesRequested = Signal(int)
    removeRequested = Signal(int)
    # (from index, to index)
    moveRequested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Agenda"), parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Agenda"))
        self.list.setMinimumHeight(60)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemDoubleClicked.connect(self._on_double_clicked)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.add_button = self._tool(self.tr("Add…"), self.tr("Add a segment"))
        self.minutes_button = self._tool(
            self.tr("Minutes…"), self.tr("Change the selected segment's minutes")
        )
        self.remove_button = self._tool("✕", self.tr("Remove the selected segment"))
        self.up_button = self._tool("↑", self.tr("Move the selected segment earlier"))
        self.down_button = self._tool("↓", self.tr("Move the selected segment later"))
        self.add_button.clicked.connect(self.addRequested)
        self.minutes_button.clicked.connect(self._on_minutes)
        self.remove_button.clicked.connect(self._on_remove)
        self.up_button.clicked.connect(self._on_up)
        self.down_button.clicked.connect(self._on_down)
        # One row; with large type the symbols move to a second (see _place_buttons).
        self._rows = (QHBoxLayout(), QHBoxLayout())
        for row in self._rows:
            row.setSpacing(4)
            row.addStretch(1)
        for button in self._tools():
            self._rows[0].insertWidget(self._rows[0].count() - 1, button)
        self._two_rows = False
        self.body.addWidget(self.list, 1)
        for row in self._rows:
            self.body.addLayout(row)
        self._shown: tuple[object, ...] = ()
        self._first_editable = 0
        self._finished = False

    def _tools(self) -> tuple[QToolButton, ...]:
        return (
            self.add_button,
            self.minutes_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_buttons()

    def _place_buttons(self) -> None:
        """Remove and the arrows go to a row of their own when one row is too narrow for
        all five buttons' words (large type in a fixed-width column)."""
        tools = self._tools()
        margins = self.body.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        spacing = self._rows[0].spacing()
        needed = sum(b.sizeHint().width() for b in tools) + spacing * (len(tools) - 1)
        two_rows = needed > room
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        target = self._rows[1] if two_rows else self._rows[0]
        for button in tools[2:]:
            for row in self._rows:
                row.removeWidget(button)
            target.insertWidget(target.count() - 1, button)

    def _tool(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        room_tab_stop(button)
        return button

    def selected_row(self) -> int:
        return self.list.currentRow()

    def select_row(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def refresh(self, agenda: AgendaSnapshot, first_editable: int) -> None:
        rows = tuple(
            (
                seg.name,
                seg.kind,
                seg.minutes,
                seg.extra_minutes,
                seg.visited,
                seg.current,
                formatting.clock(seg.elapsed_seconds) if seg.visited and not seg.current else "",
            )
            for seg in agenda.segments
        )
        key = (rows, first_editable, agenda.phase)
        if key == self._shown:
            return
        self._shown = key
        self._first_editable = first_editable
        self._finished = agenda.phase == "finished"
        started = agenda.phase != "not_started"
        selected = self.list.currentRow()
        self.list.clear()
        for name, kind, minutes, extra, visited, current, took in rows:
            planned = _minutes(minutes)
            if extra:
                planned += f" {'+' if extra > 0 else '−'}{_minutes(abs(extra))}"
            kind_text = self.tr("round") if kind == "round" else self.tr("open")
            if current and started:
                mark = "▶"
            elif visited:
                mark = "✓"
            else:
                mark = "·"
            text = self.tr("{mark}  {name} · {minutes} min · {kind}").format(
                mark=mark, name=name, minutes=planned, kind=kind_text
            )
            if took:
                text += self.tr(" · took {took}").format(took=took)
            item = QListWidgetItem(text, self.list)
            if current and started:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
        if 0 <= selected < self.list.count():
            self.list.setCurrentRow(selected)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        count = self.list.count()
        editable = not self._finished
        self.add_button.setEnabled(editable)
        self.minutes_button.setEnabled(editable and row >= 0)
        movable = editable and row >= self._first_editable and row >= 0
        self.remove_button.setEnabled(movable and count > 1)
        self.up_button.setEnabled(movable and row - 1 >= self._first_editable)
        self.down_button.setEnabled(movable and row + 1 < count)

    @Slot(QListWidgetItem)
    def _on_double_clicked(self, item: QListWidgetItem) -> None:
        emit(self.minutesRequested, self.list.row(item))

    @Slot()
    def _on_minutes(self) -> None:
        if self.list.currentRow() >= 0:
            emit(self.minutesRequested, self.list.currentRow())

    @Slot()
    def _on_remove(self) -> None:
        if self.list.currentRow() >= 0:
            emit(self.removeRequested, self.list.currentRow())

    @Slot()
    def _on_up(self) -> None:
        row = self.list.currentRow()
        if row > 0:
            emit(self.moveRequested, row, row - 1)

    @Slot()
    def _on_down(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < self.list.count() - 1:
            emit(self.moveRequested, row, row + 1)
