"""How a group is doing over the weeks: who comes (an attendance grid), how evenly the
airtime is shared (a trend per session), and which segments keep running long."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.domain import stats
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.group_insights import EquityPoint
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.history.charts.attendance_grid import AttendanceGridView, GridRow
from facilitator_desktop.ui.history.charts.status_legend import StatusLegend
from facilitator_desktop.ui.history.charts.trend import TrendChart, TrendPoint
from facilitator_desktop.ui.history.checkin_line import CheckinLine
from facilitator_desktop.ui.history.session_split import table_width
from facilitator_desktop.ui.runner.panel import Panel
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

GRID_SESSIONS = 26
EQUITY_SESSIONS = 52
FRACTION_ROLE = Qt.ItemDataRole.UserRole + 1
CONCERN_ROLE = Qt.ItemDataRole.UserRole + 2
#: Room between the panels and the scroll bar.
CONTENT_RIGHT_MARGIN = 8


class FractionBarDelegate(QStyledItemDelegate):
    """Draws a cell's FRACTION_ROLE (0..1) as a bar behind its text; the warning colour
    when CONCERN_ROLE is set (the text says the same in words)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        fraction = index.data(FRACTION_ROLE)
        if isinstance(fraction, float):
            palette = option.palette
            rect = QRectF(option.rect).adjusted(4, 6, -4, -6)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(look.track(palette))
            painter.drawRoundedRect(rect, 3, 3)
            filled = QRectF(
                rect.left(), rect.top(), rect.width() * min(1.0, fraction), rect.height()
            )
            colour = (
                look.warning(palette)
                if index.data(CONCERN_ROLE)
                else look.soft_accent(palette, 0.7)
            )
            painter.setBrush(colour)
            painter.drawRoundedRect(filled, 3, 3)
            painter.restore()
            return
        super().paint(painter, option, index)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), 140), size.height() + 10)


class InsightsView(QWidget):
    # A member's name or cell was clicked: open their page.
    memberActivated = Signal(int)
    # A session (grid column, equity point) was clicked: open it.
    sessionActivated = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._equity: list[EquityPoint] = []
        self.overrun_stats: list[stats.OverrunStat] = []

        # --- attendance grid ---------------------------------------------------------------
        self.grid_panel = Panel(self.tr("Attendance, last %Ln sessions", "", GRID_SESSIONS), self)
        self.grid = AttendanceGridView(self.grid_panel)
        self.grid.set_empty_text(self.tr("No finished sessions yet."))
        self.grid.activated.connect(self._on_member)
        self.grid.sessionActivated.connect(self._on_session)
        grid_scroll = QScrollArea(self.grid_panel)
        grid_scroll.setAccessibleName(self.tr("Attendance over the weeks"))
        grid_scroll.setWidget(self.grid)
        grid_scroll.setWidgetResizable(False)
        # On the panel's own fill, not the window grey a scroll area paints.
        self.grid.setAutoFillBackground(False)
        grid_scroll.viewport().setAutoFillBackground(False)
        grid_scroll.setFrameShape(QFrame.Shape.NoFrame)
        grid_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid_scroll = grid_scroll
        grid_hint = ToneLabel(
            self.tr("Click a name or a date to open it."),
            Tone.MUTED,
            self.grid_panel,
        )
        grid_hint.setWordWrap(False)
        legend_row = QHBoxLayout()
        legend_row.addWidget(StatusLegend(self.grid_panel))
        legend_row.addStretch(1)
        legend_row.addWidget(grid_hint)
        self.grid_panel.body.addLayout(legend_row)
        self.grid_panel.body.addWidget(grid_scroll)

        # --- equity --------------------------------------------------------------------------
        self.equity_panel = Panel(self.tr("How evenly the airtime is shared"), self)
        self.measure_box = QComboBox(self.equity_panel)
        self.measure_box.addItem(self.tr("Top speaker's share"), "top")
        self.measure_box.addItem(self.tr("Gini coefficient"), "gini")
        self.measure_box.currentIndexChanged.connect(self._on_measure_changed)
        measure_label = QLabel(self.tr("&Show:"), self.equity_panel)
        measure_label.setBuddy(self.measure_box)
        measure_row = QHBoxLayout()
        measure_row.addWidget(measure_label)
        measure_row.addWidget(self.measure_box)
        measure_row.addStretch(1)
        self.equity_chart = TrendChart(self.equity_panel)
        self.equity_chart.set_empty_text(self.tr("No airtime recorded yet."))
        self.equity_chart.activated.connect(self._on_session)
        self.equity_hint = ToneLabel("", Tone.MUTED, self.equity_panel)
        self.equity_panel.body.addLayout(measure_row)
        self.equity_panel.body.addWidget(self.equity_chart)
        self.equity_panel.body.addWidget(self.equity_hint)

        # --- overruns ------------------------------------------------------------------------
        self.overrun_panel = Panel(self.tr("Segments that run long"), self)
        self.overrun_table = QTableWidget(0, 4, self.overrun_panel)
        self.overrun_table.setHorizontalHeaderLabels(
            [self.tr("Segment"), self.tr("Ran over"), "", self.tr("On average")]
        )
        bar_header = self.overrun_table.horizontalHeaderItem(2)
        if bar_header is not None:  # the bars' column has no title on screen, but a name
            bar_header.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Share that ran over"))
        self.overrun_table.verticalHeader().setVisible(False)
        self.overrun_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overrun_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # A Tab stop of its own (its rows are read with the arrows), never a Tab trap.
        self.overrun_table.setAccessibleName(self.tr("Segments that run long"))
        self.overrun_table.setTabKeyNavigation(False)
        self.overrun_table.setShowGrid(False)
        self.overrun_table.setFrameShape(QFrame.Shape.NoFrame)
        self.overrun_table.setItemDelegateForColumn(2, FractionBarDelegate(self.overrun_table))
        header = self.overrun_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.overrun_hint = ToneLabel("", Tone.MUTED, self.overrun_panel)
        self.overrun_panel.body.addWidget(self.overrun_table)
        self.overrun_panel.body.addWidget(self.overrun_hint)
        self.overrun_panel.body.addStretch(1)

        # --- check-ins -----------------------------------------------------------------------
        self.checkins = CheckinLine(ctx, group=True, parent=self)
        self.checkins.sessionActivated.connect(self._on_session)

        lower = QHBoxLayout()
        lower.setSpacing(14)
        self.lower_row = lower
        lower.addWidget(self.equity_panel, 3)
        lower.addWidget(self.overrun_panel, 2)
        content = QWidget(self)
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, CONTENT_RIGHT_MARGIN, 0)
        body.setSpacing(14)
        body.addWidget(self.grid_panel)
        body.addLayout(lower)
        body.addWidget(self.checkins)
        body.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Group insights"))
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content_scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # --- loading -------------------------------------------------------------------------------

    def clear(self) -> None:
        self.grid.clear()
        self._equity = []
        self.equity_chart.set_points((), label="", value_format=look.percent)
        self.equity_hint.clear()
        self.overrun_stats = []
        self.overrun_table.setRowCount(0)
        self.checkins.clear()

    def load(self, group_id: int | None) -> None:
        self.clear()
        if group_id is None or self.ctx.workspace.locked:
            return
        history = self.ctx.workspace.history
        try:
            grid = history.attendance_grid(group_id, last=GRID_SESSIONS)
            self._equity = history.equity(group_id, last=EQUITY_SESSIONS)
            self.overrun_stats = history.overruns(group_id, last=EQUITY_SESSIONS)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return
        self.grid.set_grid(
            [(c.session_id, c.started_at) for c in grid.columns],
            [GridRow(m.id, m.alias, statuses, m.active) for m, statuses in grid.rows],
        )
        self._fit_grid()
        self._show_equity()
        self._fill_overruns()
        self.checkins.set_group(group_id)

    def _fit_grid(self) -> None:
        """As tall as the grid (and its scroll bar when it is wider than the panel),
        scrolled to the newest sessions."""
        bar = self.grid_scroll.horizontalScrollBar()
        wider = self.grid.sizeHint().width() > self.grid_scroll.viewport().width()
        extra = bar.sizeHint().height() if wider else 0
        self.grid_scroll.setFixedHeight(self.grid.sizeHint().height() + extra)
        bar.setValue(bar.maximum())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.grid.rows():
            self._fit_grid()
        self._arrange_lower()

    def _arrange_lower(self) -> None:
        """The airtime chart and the overrun table side by side when the whole table fits
        beside the chart, else (a large font) one under the other: neither scrolls sideways."""
        around_table = (
            self.overrun_panel.minimumSizeHint().width()
            - self.overrun_table.minimumSizeHint().width()
        )
        overruns = around_table + table_width(self.overrun_table)
        self.overrun_panel.setMinimumWidth(overruns)
        needed = self.equity_panel.minimumSizeHint().width() + self.lower_row.spacing() + overruns
        room = self.content_scroll.viewport().width() - CONTENT_RIGHT_MARGIN
        beside = needed <= room
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self.lower_row.direction() != direction:
            self.lower_row.setDirection(direction)

    def _show_equity(self) -> None:
        measure = self.measure_box.currentData()
        # Sessions with no recorded airtime have nothing to compare.
        points = [p for p in self._equity if p.top_share > 0]
        if measure == "gini":
            self.equity_chart.set_points(
                [TrendPoint(p.session_id, p.started_at, p.gini) for p in points],
                label=self.tr("Gini"),
                value_format=_two_places,
            )
            self.equity_hint.setText(
                self.tr(
                    "0 = everyone present spoke equally; towards 1 = one or two voices took "
                    "most of the time. Dots: sessions; dashed line: average of the last 4."
                )
            )
        else:
            self.equity_chart.set_points(
                [TrendPoint(p.session_id, p.started_at, p.top_share) for p in points],
                label=self.tr("top speaker"),
                value_format=look.percent,
            )
            self.equity_hint.setText(
                self.tr(
                    "The share of the airtime taken by whoever spoke most. Lower is more even. "
                    "Dots: sessions; dashed line: average of the last 4."
                )
            )

    def _fill_overruns(self) -> None:
        rows = self.overrun_stats
        sessions = max((stat.sessions for stat in rows), default=0)
        self.overrun_hint.setText(
            self.tr(
                "Over the last %Ln sessions. More than a minute past the plan counts as "
                "running over; ⚠ = in at least half of them.",
                "",
                sessions,
            )
            if rows
            else self.tr("No finished sessions yet.")
        )
        self.overrun_table.setRowCount(len(rows))
        for row, stat in enumerate(rows):
            fraction = stat.overran / stat.sessions if stat.sessions else 0.0
            name = QTableWidgetItem(stat.segment_name)
            ran = QTableWidgetItem(
                self.tr("{n} of {m}").format(
                    n=look.number(stat.overran), m=look.number(stat.sessions)
                )
                + ("  ⚠" if stat.regularly_overruns else "")
            )
            ran.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if stat.regularly_overruns:
                ran.setToolTip(self.tr("Runs long in at least half of the sessions."))
            bar = QTableWidgetItem()
            bar.setData(FRACTION_ROLE, fraction)
            bar.setData(CONCERN_ROLE, stat.regularly_overruns)
            bar.setToolTip(look.percent(fraction))
            # The bar and the ⚠ in words, for a screen reader.
            bar.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{share} of the sessions ran over").format(share=look.percent(fraction)),
            )
            if stat.regularly_overruns:
                ran.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("{n} of {m}, runs long in at least half").format(
                        n=look.number(stat.overran), m=look.number(stat.sessions)
                    ),
                )
            average = QTableWidgetItem(formatting.signed(stat.mean_delta_s))
            average.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            average.setToolTip(
                self.tr(
                    "On average {delta} against the plan; {over} over when it ran long."
                ).format(
                    delta=formatting.signed(stat.mean_delta_s),
                    over=formatting.clock(stat.mean_overrun_s),
                )
            )
            average.setData(Qt.ItemDataRole.AccessibleTextRole, average.toolTip())
            for column, item in enumerate((name, ran, bar, average)):
                self.overrun_table.setItem(row, column, item)
        long_ones = [stat.segment_name for stat in rows if stat.regularly_overruns]
        self.overrun_table.setAccessibleDescription(
            self.tr("Runs long in at least half of the sessions: {segments}.").format(
                segments=", ".join(long_ones)
            )
            if long_ones
            else self.overrun_hint.text()
        )
        self.overrun_table.resizeRowsToContents()
        height = self.overrun_table.horizontalHeader().height() + sum(
            self.overrun_table.rowHeight(r) for r in range(len(rows))
        )
        self.overrun_table.setFixedHeight(height + 4)
        self._arrange_lower()

    def overrun_rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (for tests and screen readers)."""
        return [
            tuple(_text(self.overrun_table.item(r, c)) for c in range(4))
            for r in range(self.overrun_table.rowCount())
        ]

    # --- slots ---------------------------------------------------------------------------------

    @Slot(int)
    def _on_measure_changed(self, _index: int) -> None:
        self._show_equity()

    @Slot(int)
    def _on_member(self, member_id: int) -> None:
        emit(self.memberActivated, member_id)

    @Slot(int)
    def _on_session(self, session_id: int) -> None:
        emit(self.sessionActivated, session_id)


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""


def _two_places(value: float) -> str:
    return f"{value:.2f}"
