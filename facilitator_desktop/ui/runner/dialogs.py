"""The Session page's questions and windows: yes/no questions, the offer to resume, the
segment dialog, the summary after an end, the question after a sleep, the list of keys and
the rehearsal's speed. Each answer that comes later (a window-modal dialog) is a signal.

A lock closes every one of them (`close_all`, `close_sleep_question`): they can name
members. An unanswered question about a sleep is asked again after the unlock.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from facilitator_desktop.domain.agenda import SegmentPlan
from facilitator_desktop.services.session_summary import SessionSummary
from facilitator_desktop.ui.page import Page
from facilitator_desktop.ui.runner.keys_dialog import KeysDialog
from facilitator_desktop.ui.runner.rehearsal import SpeedDialog, mark_as_rehearsal
from facilitator_desktop.ui.runner.resume_offer import ResumeChoice, ask_about_interrupted
from facilitator_desktop.ui.runner.segment_dialog import SegmentDialog
from facilitator_desktop.ui.runner.sleep_question import SleepQuestion
from facilitator_desktop.ui.runner.view import SegmentEntry
from facilitator_desktop.ui.session_note.windows import open_session_note
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.summary_dialog import SummaryDialog
from facilitator_desktop.ui.widgets.prompts import confirm


class RunnerDialogs(QObject):
    # A segment as entered in the segment dialog (a SegmentEntry).
    segmentEntered = Signal(object)
    # The answer about a sleep: True counts it as session time.
    sleepAnswered = Signal(bool)
    # The clock speed chosen for a rehearsal.
    rehearsalSpeedChosen = Signal(int)

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self._page = page
        self.summary_dialog: SummaryDialog | None = None
        self.keys_dialog: KeysDialog | None = None
        self.segment_dialog: SegmentDialog | None = None
        self.sleep_question: SleepQuestion | None = None
        self.speed_dialog: SpeedDialog | None = None
        self._segment_index: int | None = None

    def confirm(
        self, title: str, text: str, informative: str, action: str, parent: QWidget | None = None
    ) -> bool:
        return confirm(parent or self._page, title, text, informative, action)

    def ask_about_interrupted(self, group: str, at: str) -> ResumeChoice:
        return ask_about_interrupted(self._page, group, at)

    # --- the segment dialog ------------------------------------------------------------------

    def ask_segment(self, index: int | None, current: SegmentPlan | None) -> None:
        """A new segment (index None), or the name and minutes of segment `index`."""
        if self.segment_dialog is not None:
            self.segment_dialog.deleteLater()
        if current is None:
            dialog = SegmentDialog(self._page)
        else:
            dialog = SegmentDialog(
                self._page, name=current.name, minutes=current.minutes, kind=current.kind
            )
        self.segment_dialog = dialog
        self._segment_index = index
        dialog.accepted.connect(self._on_segment_accepted)
        dialog.open()

    @Slot()
    def _on_segment_accepted(self) -> None:
        dialog = self.segment_dialog
        if dialog is None:
            return
        plan = SegmentPlan(dialog.name(), dialog.minutes(), dialog.kind())
        index = None if dialog.adding else self._segment_index
        if dialog.adding or index is not None:
            emit(self.segmentEntered, SegmentEntry(index, plan))

    # --- after the end -----------------------------------------------------------------------

    def show_summary(self, summary: SessionSummary, *, rehearsal: bool) -> None:
        if self.summary_dialog is not None:
            self.summary_dialog.deleteLater()
        self.summary_dialog = SummaryDialog(summary, self._page)
        if rehearsal:
            mark_as_rehearsal(self.summary_dialog)
        elif isinstance(self._page, Page):  # a session kept in the history: its note
            self.summary_dialog.offer_session_note()
            self.summary_dialog.noteRequested.connect(self._on_session_note)
        self.summary_dialog.open()

    @Slot(int)
    def _on_session_note(self, session_id: int) -> None:
        if isinstance(self._page, Page):
            open_session_note(self._page.ctx, session_id, self._page.window())

    # --- a laptop that slept -----------------------------------------------------------------

    def ask_about_sleep(self, seconds: float) -> None:
        question = self.sleep_question
        if question is not None and question.isVisible():
            question.set_seconds(seconds)  # it slept again while asking
            return
        self.close_sleep_question()
        question = self.sleep_question = SleepQuestion(seconds, self._page)
        question.answered.connect(self.sleepAnswered)
        question.open()

    def close_sleep_question(self) -> None:
        question, self.sleep_question = self.sleep_question, None
        if question is not None:
            question.answered.disconnect(self.sleepAnswered)
            question.reject()
            question.deleteLater()

    # --- the keys and a rehearsal ------------------------------------------------------------

    def show_keys(self) -> None:
        if self.keys_dialog is None:
            self.keys_dialog = KeysDialog(self._page)
        self.keys_dialog.show()
        self.keys_dialog.raise_()

    def ask_rehearsal_speed(self, group_name: str | None) -> None:
        if self.speed_dialog is not None:
            self.speed_dialog.deleteLater()
        self.speed_dialog = SpeedDialog(group_name, self._page)
        self.speed_dialog.accepted.connect(self._on_speed_accepted)
        self.speed_dialog.open()

    @Slot()
    def _on_speed_accepted(self) -> None:
        if self.speed_dialog is not None:
            emit(self.rehearsalSpeedChosen, self.speed_dialog.speed())

    # --- a lock ------------------------------------------------------------------------------

    def close_all(self) -> None:
        """Every window that may name a member closes (the sleep question: see
        close_sleep_question)."""
        for dialog in (self.summary_dialog, self.segment_dialog, self.keys_dialog):
            if dialog is not None:
                dialog.reject()
        if self.summary_dialog is not None:
            self.summary_dialog.deleteLater()
            self.summary_dialog = None
