"""The Session page: runs a group's session in the room.

Eyes stay on people: every action is one key or one click (see keys.py; "?" lists them).
This module is the page's view: the header, the idle view, the panels of an open session
(panels.py), its dialogs (dialogs.py) and the room display's controls. What happens on each
key and click, and what is shown, is decided by the presenter (presenter.py and the action
modules it composes), which paints through the methods below (view.RunnerView).

Changes the disk cannot take yet are said once and shown in a note above the panels until
they are stored (save_state.py). After the laptop slept mid-session the page asks whether
the sleep counts as session time (sleep_question.py) before the room's keys act again.

The clock is injected: ``RunnerPage(ctx, monotonic=...)`` or :meth:`use_clock` before a
session is opened or resumed (tests use a ``FakeClock`` and call :meth:`tick`).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import UTC, date

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from facilitator_desktop.services.groups import GroupInfo
from facilitator_desktop.services.live_session import LiveSession
from facilitator_desktop.services.settings import CHIME, ROOM_NAMES
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.page import Page
from facilitator_desktop.ui.room_display import RoomDisplay
from facilitator_desktop.ui.runner import shortcuts
from facilitator_desktop.ui.runner.chime import Chime
from facilitator_desktop.ui.runner.controller import Monotonic, SessionController
from facilitator_desktop.ui.runner.dialogs import RunnerDialogs
from facilitator_desktop.ui.runner.header import SessionHeader
from facilitator_desktop.ui.runner.idle_view import IdleView
from facilitator_desktop.ui.runner.names import NameMode, parse_mode
from facilitator_desktop.ui.runner.panels import SessionPanels
from facilitator_desktop.ui.runner.presenter import RunnerPresenter
from facilitator_desktop.ui.runner.rehearsal import RoomBand
from facilitator_desktop.ui.runner.room_control import RoomControl
from facilitator_desktop.ui.runner.room_voice import RoomVoice
from facilitator_desktop.ui.widgets.banner import Banner


def wall_seconds(ctx: UiContext) -> Callable[[], float]:
    """The app's injected wall clock (UiContext.now, naive UTC) as POSIX seconds: the
    planned end and the session's clock times read the same "now" as the rest of the app."""

    def now() -> float:
        return ctx.now().replace(tzinfo=UTC).timestamp()

    return now


class RunnerPage(Page):
    key = "session"

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        monotonic: Monotonic = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The room's keys act while the page itself has the focus: a reader names it.
        self.setAccessibleName(self.nav_title())
        settings = ctx.workspace.settings
        self.controller = SessionController(
            ctx.workspace, self, monotonic=monotonic, rng=rng, wall=wall_seconds(ctx)
        )
        chime = Chime(self)
        chime.set_enabled(settings.get(CHIME))
        self.room_control = RoomControl(self, parse_mode(settings.get(ROOM_NAMES)))
        self.header = SessionHeader(self.title(), self)
        self.header.set_name_mode(self.room_control.name_mode)
        self.idle = IdleView(self)
        self.panels = SessionPanels(chime.enabled, self)
        self.dialogs = RunnerDialogs(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.idle)
        self.stack.addWidget(self.panels)
        # "Rehearsal": said above the panels, and on the room display (RoomBand).
        self.rehearsal_banner = Banner("", self)
        self.rehearsal_banner.setObjectName("rehearsalBanner")
        self.rehearsal_banner.hide()
        self.rehearsal_band: RoomBand | None = None
        # Changes from the room that wait for the disk: said here until they are stored.
        self.save_banner = Banner("", self)
        self.save_banner.setObjectName("saveBanner")
        self.save_banner.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.rehearsal_banner)
        layout.addWidget(self.save_banner)
        layout.addWidget(self.stack, 1)

        self.presenter = RunnerPresenter(ctx, self.controller, self, self.room_control, chime, self)
        self.room_actions = self.presenter.actions
        # What a screen reader hears (after the presenter: it speaks of what was painted).
        self.voice = RoomVoice(
            self.controller,
            self.presenter.state,
            self.panels.timer_panel,
            lambda: ctx.workspace.settings,
            self,
        )
        self._connect()
        # Page keys work while this page is shown; B and F11 from every page of the window.
        router = self.room_actions.router
        self.room_control.keys = router
        self.shortcuts: list[QShortcut] = shortcuts.install(
            self,
            router,
            wanted=shortcuts.page_bindings(),
            context=Qt.ShortcutContext.WindowShortcut,
            digits=True,
        )
        self.global_shortcuts = shortcuts.install(
            self.window(),
            router,
            wanted=shortcuts.global_bindings(),
            context=Qt.ShortcutContext.ApplicationShortcut,
            digits=False,
        )
        self.presenter.session_changed()

    def _connect(self) -> None:
        """What the facilitator does on the page goes to the presenter's actions."""
        presenter, actions = self.presenter, self.room_actions
        lifecycle, attendance, agenda = presenter.lifecycle, presenter.attendance, presenter.agenda
        header, room, dialogs = self.header, self.room_control, self.dialogs
        header.room_button.clicked.connect(actions.toggle_room)
        header.blank_button.clicked.connect(actions.toggle_blank)
        header.names_combo.currentIndexChanged.connect(self._on_names_chosen)
        header.keys_button.clicked.connect(actions.show_keys)
        header.end_button.clicked.connect(lifecycle.end_session)
        room.openChanged.connect(header.room_button.setChecked)
        room.blankChanged.connect(header.blank_button.setChecked)
        self.idle.openRequested.connect(lifecycle.open_session)
        self.idle.resumeRequested.connect(lifecycle.resume_interrupted)
        self.idle.endInterruptedRequested.connect(lifecycle.end_interrupted)
        self.idle.rehearseRequested.connect(presenter.rehearsal.ask)
        dialogs.segmentEntered.connect(agenda.enter_segment)
        dialogs.sleepAnswered.connect(presenter.decide_sleep)
        dialogs.rehearsalSpeedChosen.connect(presenter.rehearsal.start)

        panels = self.panels
        timer = panels.timer_panel
        timer.toggleRequested.connect(actions.toggle)
        timer.previousRequested.connect(actions.previous_segment)
        timer.nextRequested.connect(actions.next_segment)
        timer.extendRequested.connect(actions.extend)
        panels.chime_box.toggled.connect(presenter.set_chime)
        panels.agenda_panel.addRequested.connect(agenda.ask_new_segment)
        panels.agenda_panel.minutesRequested.connect(agenda.ask_segment_change)
        panels.agenda_panel.removeRequested.connect(agenda.remove_segment)
        panels.agenda_panel.moveRequested.connect(agenda.move_segment)
        talk = panels.talk_panel
        talk.nextRequested.connect(actions.next_speaker)
        talk.passRequested.connect(actions.pass_turn)
        talk.laterRequested.connect(actions.come_back_later)
        talk.endTurnRequested.connect(actions.end_turn)
        talk.randomRoundRequested.connect(actions.random_round)
        talk.fewerTurnsFirstToggled.connect(actions.set_fewer_turns_first)
        talk.moveRequested.connect(actions.move_in_queue)
        talk.removeRequested.connect(actions.remove_from_queue)
        talk.previousRequested.connect(actions.previous_speaker)
        talk.stepRequested.connect(actions.step_in_queue)
        talk.score_strip.scoreChosen.connect(presenter.checkins.record_click)
        marks = panels.attendance_panel
        marks.markRequested.connect(attendance.mark)
        marks.memberActivated.connect(actions.choose_member)
        marks.allPresentRequested.connect(attendance.mark_all_present)
        marks.guestsRequested.connect(attendance.set_guests)
        marks.message.connect(presenter.say)
        marks.keyUsed.connect(actions.router.cancel)
        panels.rules_rail.showRequested.connect(actions.show_card_row)
        panels.rules_rail.hideRequested.connect(actions.hide_card)
        panels.note_panel.saveRequested.connect(actions.save_note)
        panels.note_panel.leaveRequested.connect(self._on_note_left)

    def title(self) -> str:
        return self.tr("Session")

    # --- clock injection and reads (tests, benchmarks, app) --------------------------------

    def use_clock(
        self,
        monotonic: Monotonic,
        *,
        rng: random.Random | None = None,
        wall: Callable[[], float] | None = None,
        suspend_aware: Callable[[], float] | None = None,
        monotonic_counts_sleep: bool | None = None,
    ) -> None:
        """The clocks (and random source) for the next session opened or resumed (see
        SessionController.use_clock)."""
        self.controller.use_clock(
            monotonic,
            rng=rng,
            wall=wall,
            suspend_aware=suspend_aware,
            monotonic_counts_sleep=monotonic_counts_sleep,
        )

    @property
    def live(self) -> LiveSession | None:
        return self.controller.live

    @property
    def room(self) -> RoomDisplay | None:
        return self.room_control.display

    @Slot()
    def tick(self) -> None:
        """Read the clock now and repaint what changed (the timer does this every 200 ms)."""
        self.controller.tick()

    @Slot()
    def heartbeat(self) -> None:
        self.controller.heartbeat()

    # --- Page contract and the main window's questions -------------------------------------

    def focus_first(self) -> None:
        if self.controller.active:
            self.focus_page()
        else:
            self.idle.focus_open()

    def workspace_locked(self) -> bool:
        """Drop names and the note being typed; the room display keeps only the timer.

        The session itself goes on: locking is not a pause.
        """
        return self.presenter.lock()

    def workspace_unlocked(self) -> None:
        self.presenter.unlock()

    def has_interrupted_session(self) -> bool:
        """Whether a session a crash left running waits to be offered for resuming."""
        return self.presenter.lifecycle.has_interrupted_session()

    def offer_resume(self) -> bool:
        """Ask about a session a crash left running; True when it was resumed."""
        return self.presenter.lifecycle.offer_resume()

    def may_quit(self, parent: QWidget | None = None) -> bool:
        """Quitting while a session is open asks first (True: go on and quit)."""
        return self.presenter.lifecycle.may_quit(parent)

    # --- view.RunnerView -----------------------------------------------------------------------

    def show_running(self, active: bool) -> None:
        self.stack.setCurrentWidget(self.panels if active else self.idle)
        self.header.set_session_controls(active)

    def set_subtitle(self, text: str) -> None:
        self.header.subtitle_label.setText(text)

    def show_idle(self, group: GroupInfo | None, today: date, interrupted: str) -> None:
        self.idle.show_group(group, today)
        self.idle.show_interrupted(interrupted)

    def show_save_problem(self, text: str | None) -> None:
        if text is not None:
            self.save_banner.label.setText(text)
        self.save_banner.setVisible(text is not None)

    def show_rehearsal(self, banner: str | None, band: bool) -> None:
        if banner is not None:
            self.rehearsal_banner.label.setText(banner)
        self.rehearsal_banner.setVisible(banner is not None)
        display = self.room_control.display
        if band and self.rehearsal_band is None and display is not None:
            self.rehearsal_band = RoomBand(display)
        elif not band and self.rehearsal_band is not None:
            self.rehearsal_band.remove()
            self.rehearsal_band = None

    def name_mode(self) -> NameMode:
        return self.header.name_mode()

    def set_name_mode(self, mode: NameMode) -> None:
        self.header.set_name_mode(mode)

    def set_room_open(self, shown: bool) -> None:
        self.header.room_button.setChecked(shown)

    def set_blank(self, blank: bool) -> None:
        self.header.blank_button.setChecked(blank)

    def focus_page(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def leave_list(self) -> None:
        """The keyboard focus back on the page itself (from a list of the page)."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def is_shown(self) -> bool:
        return self.isVisible()

    def enable_window_keys(self, enabled: bool) -> None:
        """B and F11 from every page of the window (off while locked: B still blanks the
        room display from the room display itself)."""
        for item in self.global_shortcuts:
            item.setEnabled(enabled)

    # --- slots ---------------------------------------------------------------------------------

    @Slot(int)
    def _on_names_chosen(self, _index: int) -> None:
        self.presenter.set_name_mode(self.header.name_mode())

    @Slot()
    def _on_note_left(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
