"""Driving the Session page as a facilitator would, and reading what it shows.

    runner = RunnerDriver.of(window)
    runner.press(Qt.Key.Key_Space)             # a key on whatever has the focus
    runner.click_attendance(member_id, "late")  # one click in the member's row
    assert runner.speaker() == "Anna" and runner.queue() == [bo, chidi]
    assert runner.remaining() == "09:30"

Tests say what a facilitator does and sees; where each part of the page lives (its panels,
dialogs, presenter) is known here only, so the page can change shape without its tests
changing. Public names only: no `page._x`.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QListWidget,
    QWidget,
)

from facilitator_desktop.domain.member_numbers import Prefix
from facilitator_desktop.rehearsal import RehearsalWorkspace
from facilitator_desktop.services.live_session import LiveSession
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.runner.actions import RoomActions
from facilitator_desktop.ui.runner.agenda_panel import AgendaPanel
from facilitator_desktop.ui.runner.airtime_bars import AirtimeBars, Bar
from facilitator_desktop.ui.runner.controller import SessionController
from facilitator_desktop.ui.runner.header import SessionHeader
from facilitator_desktop.ui.runner.idle_view import IdleView
from facilitator_desktop.ui.runner.keys_dialog import KeysDialog
from facilitator_desktop.ui.runner.note_panel import NoteBox, NotePanel
from facilitator_desktop.ui.runner.page import RunnerPage
from facilitator_desktop.ui.runner.rehearsal import RoomBand, SpeedDialog
from facilitator_desktop.ui.runner.score_strip import ScoreStrip
from facilitator_desktop.ui.runner.segment_dialog import SegmentDialog
from facilitator_desktop.ui.runner.sleep_question import SleepQuestion
from facilitator_desktop.ui.runner.talk_panel import TalkPanel
from facilitator_desktop.ui.runner.timer_panel import TimerPanel
from facilitator_desktop.ui.summary_dialog import SummaryDialog
from facilitator_desktop.ui.widgets.tone import Tone
from tests.gui.drivers.runner_attendance import AttendanceDriving
from tests.gui.drivers.runner_clicks import NO_MODIFIER, click, focused
from tests.gui.drivers.runner_room import RoomDriving

__all__ = ["RunnerDriver", "focused"]


class RunnerDriver(AttendanceDriving, RoomDriving):
    def __init__(self, page: RunnerPage) -> None:
        self.page = page

    @classmethod
    def of(cls, window: MainWindow) -> RunnerDriver:
        """The window's Session page, whichever page is shown."""
        page = window.pages[RunnerPage.key]
        assert isinstance(page, RunnerPage)
        return cls(page)

    # --- the session and its clock ---------------------------------------------------------

    @property
    def live(self) -> LiveSession | None:
        return self.page.live

    def session(self) -> LiveSession:
        """The open session (there must be one)."""
        live = self.page.live
        assert live is not None, "no session is open"
        return live

    @property
    def controller(self) -> SessionController:
        return self.page.controller

    @property
    def actions(self) -> RoomActions:
        """What each key and click does (for scripts that act without the keyboard)."""
        return self.page.room_actions

    def use_clock(
        self,
        monotonic: Callable[[], float],
        *,
        rng: random.Random | None = None,
        wall: Callable[[], float] | None = None,
        suspend_aware: Callable[[], float] | None = None,
        monotonic_counts_sleep: bool | None = None,
    ) -> None:
        """The clocks the next session opened or resumed runs on (see RunnerPage.use_clock)."""
        self.page.use_clock(
            monotonic,
            rng=rng,
            wall=wall,
            suspend_aware=suspend_aware,
            monotonic_counts_sleep=monotonic_counts_sleep,
        )

    def open_session(self) -> None:
        """The idle view's "Open a session" (the current group's)."""
        self.page.presenter.lifecycle.open_session()

    def tick(self) -> None:
        """The page reads the clock now, as its 200 ms timer would."""
        self.page.tick()

    def heartbeat(self) -> None:
        """What the ten-second heartbeat does."""
        self.page.heartbeat()

    def timer_fires(self) -> None:
        """The 200 ms repaint timer fires (it repaints only when a shown second changed)."""
        self.page.controller.tick_timer.timeout.emit()

    # --- keys --------------------------------------------------------------------------------

    def press_on_page(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
        """A key sent to the page itself, wherever the focus is."""
        QTest.keyClick(self.page, key, modifier)

    def focus_page(self) -> None:
        """The keyboard focus on the page itself (no list, no field)."""
        self.page.setFocus()

    def number_pending(self) -> Prefix | None:
        """What a number being typed is for (None: no number is being typed)."""
        return self.page.room_actions.router.pending

    def number_wait_ends(self) -> None:
        """The wait for the rest of a number runs out."""
        self.page.room_actions.router.time_out()

    # --- the timer and the agenda ------------------------------------------------------------

    @property
    def timer_panel(self) -> TimerPanel:
        return self.page.panels.timer_panel

    def remaining(self) -> str:
        return self.timer_panel.remaining_label.text()

    def segment(self) -> str:
        return self.timer_panel.segment_label.text()

    def timer_state(self) -> str:
        """ "Paused", "Nearly done", "Over time" … ("" while it runs on plan)."""
        return self.timer_panel.state_label.text()

    def plan(self) -> str:
        return self.timer_panel.plan_label.text()

    def planned_end(self) -> str:
        return self.timer_panel.end_label.text()

    def toggle_text(self) -> str:
        return self.timer_panel.toggle_button.text()

    def click_plus_five(self) -> None:
        click(self.timer_panel.plus_five_button)

    @property
    def agenda_panel(self) -> AgendaPanel:
        return self.page.panels.agenda_panel

    def select_segment(self, row: int) -> None:
        self.agenda_panel.select_row(row)

    def selected_segment(self) -> int:
        return self.agenda_panel.selected_row()

    @property
    def agenda_list(self) -> QListWidget:
        return self.agenda_panel.list

    def segment_text(self, row: int) -> str:
        return self.agenda_panel.list.item(row).text()

    def click_agenda(self, button: str) -> None:
        """One of the agenda's buttons: "add", "minutes", "up", "down" or "remove"."""
        click(self.agenda_button(button))

    def agenda_button(self, button: str) -> QAbstractButton:
        panel = self.agenda_panel
        buttons = {
            "add": panel.add_button,
            "minutes": panel.minutes_button,
            "up": panel.up_button,
            "down": panel.down_button,
            "remove": panel.remove_button,
        }
        return buttons[button]

    # --- who speaks ----------------------------------------------------------------------------

    @property
    def talk_panel(self) -> TalkPanel:
        return self.page.panels.talk_panel

    def speaker(self) -> str:
        """The name of who speaks now ("" when nobody does)."""
        return self.talk_panel.speaker_label.text()

    def speaker_caption(self) -> str:
        return self.talk_panel.speaker_caption.text()

    def speaking(self) -> str:
        """How long the speaker has spoken, as shown."""
        return self.talk_panel.speaking_label.text()

    def speaking_tone(self) -> Tone:
        return self.talk_panel.speaking_label.tone()

    def next_up(self) -> str:
        return self.talk_panel.next_label.text()

    def round_text(self) -> str:
        return self.talk_panel.round_label.text()

    def queue(self) -> list[int]:
        """Member ids waiting to speak, in calling order."""
        model = self.talk_panel.model
        return [model.item(row) for row in range(model.rowCount())]

    def queue_row_text(self, row: int) -> str:
        return str(self.talk_panel.model.index(row, 0).data())

    @property
    def queue_list(self) -> QWidget:
        return self.talk_panel.order_view

    def drag_in_queue(self, source: int, target: int) -> bool:
        """A drag in the queue list (what the list's internal move does to its model)."""
        return self.talk_panel.model.moveRow(QModelIndex(), source, QModelIndex(), target)

    def delete_in_queue(self, row: int) -> None:
        """Delete on a member of the queue list."""
        view = self.talk_panel.order_view
        view.select_row(row)
        view.setFocus()
        QTest.keyClick(view, Qt.Key.Key_Delete)

    def click_fewer_turns_first(self) -> None:
        click(self.talk_panel.fewer_box)

    # --- check-in scores ---------------------------------------------------------------------

    @property
    def score_strip(self) -> ScoreStrip:
        return self.talk_panel.score_strip

    def score_strip_shown(self) -> bool:
        return self.score_strip.isVisibleTo(self.talk_panel)

    def score_label(self) -> str:
        """Whom the strip's score goes to, as it says ("Check-in · Anna")."""
        return self.score_strip.label.text()

    def score_points(self) -> list[str]:
        """The scale's points as the strip's buttons read."""
        return [button.text() for button in self.score_strip.buttons]

    def score_pressed(self) -> str | None:
        """The point shown pressed: the member's score so far (None: no score)."""
        pressed = [b.text() for b in self.score_strip.buttons if b.isChecked()]
        assert len(pressed) <= 1, pressed
        return pressed[0] if pressed else None

    def known_scores(self) -> dict[int, int]:
        """The check-in scores the page holds, by member (empty while locked)."""
        return dict(self.page.presenter.state.scores)

    def click_score(self, score: int) -> None:
        """A click on a point of the strip."""
        button = next(b for b in self.score_strip.buttons if b.score == score)
        click(button)

    # --- the header, the idle view and the page's notes ---------------------------------------

    @property
    def header(self) -> SessionHeader:
        return self.page.header

    @property
    def end_button(self) -> QAbstractButton:
        return self.header.end_button

    def click_end(self) -> None:
        click(self.header.end_button)

    @property
    def room_button(self) -> QAbstractButton:
        return self.header.room_button

    @property
    def blank_button(self) -> QAbstractButton:
        return self.header.blank_button

    @property
    def idle(self) -> IdleView:
        return self.page.idle

    def is_idle(self) -> bool:
        """The page shows the idle view (no session open)."""
        return self.page.stack.currentWidget() is self.page.idle

    @property
    def panels(self) -> QWidget:
        """The panels of an open session, all three columns."""
        return self.page.panels

    def interrupted(self) -> str | None:
        """The idle view's line about a session a crash left running (None: not shown)."""
        idle = self.page.idle
        shown = idle.interrupted_row.isVisibleTo(idle)
        return idle.interrupted_banner.text() if shown else None

    def save_banner(self) -> str | None:
        """The note about changes that wait for the disk (None: not shown)."""
        banner = self.page.save_banner
        return banner.text() if banner.isVisible() else None

    # --- airtime and the quick note ------------------------------------------------------------

    @property
    def airtime_bars(self) -> AirtimeBars:
        return self.page.panels.airtime

    def airtime(self) -> tuple[Bar, ...]:
        return self.page.panels.airtime.bars()

    @property
    def note_panel(self) -> NotePanel:
        return self.page.panels.note_panel

    @property
    def note_box(self) -> NoteBox:
        return self.note_panel.box

    def note_text(self) -> str:
        return self.note_panel.box.text()

    # --- windows ---------------------------------------------------------------------------------

    @property
    def summary(self) -> SummaryDialog | None:
        return self.page.dialogs.summary_dialog

    @property
    def segment_dialog(self) -> SegmentDialog | None:
        return self.page.dialogs.segment_dialog

    @property
    def keys_dialog(self) -> KeysDialog | None:
        return self.page.dialogs.keys_dialog

    @property
    def sleep_question(self) -> SleepQuestion | None:
        return self.page.dialogs.sleep_question

    @property
    def speed_dialog(self) -> SpeedDialog | None:
        """The rehearsal's question about its clock's speed."""
        return self.page.dialogs.speed_dialog

    def note_headings(self) -> list[str]:
        """The line above each note in the summary (time, segment, whom it is about)."""
        dialog = self.summary
        assert dialog is not None, "no summary is shown"
        labels = dialog.findChildren(QLabel)
        return [labels[labels.index(body) - 1].text() for body in dialog.note_labels]

    # --- a rehearsal -------------------------------------------------------------------------

    def rehearsing(self) -> bool:
        return self.page.presenter.rehearsal.active

    def rehearsal_workspace(self) -> RehearsalWorkspace | None:
        return self.page.presenter.rehearsal.workspace

    def rehearsal_banner(self) -> str | None:
        """The "Rehearsal" note above the panels (None: not shown)."""
        banner = self.page.rehearsal_banner
        return banner.text() if banner.isVisible() else None

    def rehearsal_band(self) -> RoomBand | None:
        """The "Rehearsal" band on the room display, while it shows."""
        return self.page.rehearsal_band
