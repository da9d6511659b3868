"""Changing the agenda in the room: a segment added, renamed, given other minutes, moved or
removed. What the facilitator types is checked by the segment dialog; what the agenda
allows (history stays fixed, the future is editable) by the domain, which says why not."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from facilitator_desktop.domain.agenda import SegmentPlan
from facilitator_desktop.ui.runner.actions import act
from facilitator_desktop.ui.runner.controller import SessionController
from facilitator_desktop.ui.runner.view import RunnerView, SegmentEntry


class AgendaActions(QObject):
    def __init__(
        self, controller: SessionController, view: RunnerView, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._view = view

    @Slot()
    def ask_new_segment(self) -> None:
        if self._controller.snapshot is not None:
            self._view.dialogs.ask_segment(None, None)

    @Slot(int)
    def ask_segment_change(self, index: int) -> None:
        snapshot = self._controller.snapshot
        if snapshot is None:
            return
        segment = snapshot.agenda.segments[index]
        current = SegmentPlan(segment.name, segment.minutes, segment.kind)
        self._view.dialogs.ask_segment(index, current)

    @Slot(object)
    def enter_segment(self, entry: SegmentEntry) -> None:
        """What the segment dialog took: a new segment goes last and is selected."""
        plan, index = entry.plan, entry.index
        if index is None:
            if act(self._controller, lambda live: live.add_segment(plan)) is not None:
                snapshot = self._controller.snapshot
                if snapshot is not None:
                    self._view.panels.select_segment(len(snapshot.agenda.segments) - 1)
            return
        act(
            self._controller,
            lambda live: live.edit_segment(index, name=plan.name, minutes=plan.minutes),
        )

    @Slot(int)
    def remove_segment(self, index: int) -> None:
        act(self._controller, lambda live: live.remove_segment(index))

    @Slot(int, int)
    def move_segment(self, source: int, target: int) -> None:
        if act(self._controller, lambda live: live.move_segment(source, target)) is not None:
            self._view.panels.select_segment(target)
