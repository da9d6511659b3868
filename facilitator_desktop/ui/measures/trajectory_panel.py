"""A member's outcome measures on their History page: one measure's trajectory at a time
(chart and the same told in sentences), its entries, and the actions: enter a measure from
paper, delete an entry, export the member's scores as CSV.

Everything here is private: `clear()` drops it, and the page calls it when the workspace
locks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from facilitator_desktop.domain.measures import Change, Flag
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.checkin_scores import CheckinScoreService
from facilitator_desktop.services.measures import MeasureService, Trajectory
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.measures import labels
from facilitator_desktop.ui.measures.entry_dialog import MeasureEntryDialog
from facilitator_desktop.ui.measures.export import export_scores_csv
from facilitator_desktop.ui.measures.trajectory_chart import TrajectoryChart
from facilitator_desktop.ui.runner.panel import Panel
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.prompts import confirm
from facilitator_desktop.ui.widgets.roomy_delegate import RoomyItemDelegate
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class MeasuresPanel(Panel):
    # The member's entries changed (an entry saved or deleted).
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Outcome measures"), parent)
        self.ctx = ctx
        self.member_id: int | None = None
        self.alias = ""
        self.entry_dialog: MeasureEntryDialog | None = None
        self._trajectories: list[Trajectory] = []
        self._checkins = 0  # their check-in scores go in the CSV too

        self.picker = QComboBox(self)
        self.picker.setAccessibleName(self.tr("Measure"))
        self.picker.activated.connect(self._on_picked)
        picker_label = QLabel(self.tr("Mea&sure:"), self)
        picker_label.setBuddy(self.picker)
        self.enter_button = QPushButton(self.tr("&Enter a measure…"), self)
        self.enter_button.setToolTip(self.tr("Type in a questionnaire filled in on paper"))
        self.enter_button.clicked.connect(self._on_enter)
        self.export_button = QPushButton(self.tr("E&xport scores…"), self)
        self.export_button.setToolTip(self.tr("Their scores as a CSV file"))
        self.export_button.clicked.connect(self._on_export)
        top = QHBoxLayout()
        top.addWidget(picker_label)
        top.addWidget(self.picker)
        top.addStretch(1)
        top.addWidget(self.enter_button)
        top.addWidget(self.export_button)

        self.chart = TrajectoryChart(self)
        self.summary = ToneLabel("", Tone.NORMAL, self)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.summary.setAccessibleName(self.tr("Measure summary"))
        self.legend = ToneLabel(
            self.tr(
                "Shading: the measure's bands, darker towards the worse end. Dashed lines: a "
                "reliable change from the first total. ▲▼ reliably worse or better than the "
                "first; ○ the latest; a red ring: item 9 above 0."
            ),
            Tone.MUTED,
            self,
        )
        self.entries = QListWidget(self)
        self.entries.setAccessibleName(self.tr("Entries of this measure"))
        self.entries.setItemDelegate(RoomyItemDelegate(self.entries))
        self.entries.setMaximumHeight(150)
        self.entries.currentItemChanged.connect(self._on_entry_changed)
        self.delete_button = QPushButton(self.tr("&Delete entry…"), self)
        self.delete_button.clicked.connect(self._on_delete)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.delete_button)

        self.body.addLayout(top)
        self.body.addWidget(self.chart)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.legend)
        self.body.addWidget(self.entries)
        self.body.addLayout(bottom)
        self.clear()

    # --- loading ------------------------------------------------------------------------

    def clear(self) -> None:
        self.member_id = None
        self.alias = ""
        self._trajectories = []
        self._checkins = 0
        self.picker.clear()
        self.chart.set_trajectory(None)
        self.chart.hide()
        self.summary.clear()
        self.legend.hide()
        self.entries.clear()
        self.entries.hide()
        self._update_buttons()

    def set_member(self, member_id: int | None, alias: str = "") -> None:
        keep = self.current_trajectory()
        keep_key = keep.spec.key if keep is not None and member_id == self.member_id else None
        self.clear()
        self.member_id = member_id
        self.alias = alias
        if member_id is None or self.ctx.workspace.locked:
            return
        try:
            self._trajectories = MeasureService(self.ctx.workspace.context).trajectories(member_id)
            self._checkins = CheckinScoreService(self.ctx.workspace.context).recorded_count(
                member_id
            )
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            self._trajectories = []
        for trajectory in self._trajectories:
            self.picker.addItem(trajectory.spec.name, trajectory.spec.key)
        index = self.picker.findData(keep_key) if keep_key is not None else -1
        self.picker.setCurrentIndex(index if index >= 0 else 0)
        self._show(self.picker.currentIndex())

    def trajectories(self) -> list[Trajectory]:
        return list(self._trajectories)

    def current_trajectory(self) -> Trajectory | None:
        index = self.picker.currentIndex()
        if 0 <= index < len(self._trajectories):
            return self._trajectories[index]
        return None

    def _show(self, index: int) -> None:
        trajectory = self._trajectories[index] if 0 <= index < len(self._trajectories) else None
        self.chart.set_trajectory(trajectory)
        # Without entries the chart's room is not taken: one line says so.
        self.chart.setVisible(trajectory is not None)
        if trajectory is not None:
            self.summary.setText(labels.summary(trajectory))
            self.summary.set_tone(Tone.NORMAL)
        else:
            self.summary.setText(self.tr("No measures entered for them yet."))
            self.summary.set_tone(Tone.MUTED)
        self.summary.setVisible(self.member_id is not None)
        self.legend.setVisible(trajectory is not None)
        self.picker.setVisible(len(self._trajectories) > 1)
        self.entries.clear()
        self.entries.setVisible(trajectory is not None)
        if trajectory is not None:
            spec = trajectory.spec
            for point in reversed(trajectory.points):  # the newest first
                when = formatting.short_date(point.taken_on)
                line = f"{when} · {labels.total_with_band(spec, point.total, point.band)}"
                if point.change in (Change.IMPROVED, Change.DETERIORATED):
                    line += " · " + labels.change_word(point.change)
                if Flag.SELF_HARM_THOUGHTS in point.score.flags:
                    line += " · ⚑ " + labels.safety_title()
                item = QListWidgetItem(line, self.entries)
                item.setData(ENTRY_ROLE, point.entry_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_member = self.member_id is not None
        self.enter_button.setEnabled(has_member)
        self.export_button.setEnabled(has_member and bool(self._trajectories or self._checkins))
        self.delete_button.setVisible(self.entries.count() > 0)
        self.delete_button.setEnabled(self.entries.currentItem() is not None)

    # --- slots --------------------------------------------------------------------------

    @Slot(int)
    def _on_picked(self, index: int) -> None:
        self._show(index)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_entry_changed(self, _current: object, _previous: object) -> None:
        self._update_buttons()

    @Slot()
    def _on_enter(self) -> None:
        if self.member_id is None:
            return
        current = self.current_trajectory()
        dialog = MeasureEntryDialog(
            self.ctx,
            self.member_id,
            self.alias,
            self,
            instrument_id=current.instrument.id if current is not None else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._on_recorded)
        dialog.finished.connect(self._on_dialog_finished)
        self.entry_dialog = dialog
        dialog.open()

    @Slot(int)
    def _on_recorded(self, _entry_id: int) -> None:
        self.set_member(self.member_id, self.alias)
        emit(self.changed)

    @Slot()
    def _on_dialog_finished(self) -> None:
        self.entry_dialog = None

    @Slot()
    def _on_delete(self) -> None:
        item = self.entries.currentItem()
        if item is None:
            return
        if not confirm(
            self,
            self.tr("Delete entry"),
            self.tr("Delete this entry?"),
            item.text(),
            self.tr("Delete entry"),
        ):
            return
        try:
            MeasureService(self.ctx.workspace.context).delete_entry(int(item.data(ENTRY_ROLE)))
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
        self.set_member(self.member_id, self.alias)
        emit(self.changed)
        emit(self.ctx.statusMessage, self.tr("Entry deleted."))

    @Slot()
    def _on_export(self) -> None:
        if self.member_id is not None:
            export_scores_csv(self, self.ctx, self.member_id, self.alias)
