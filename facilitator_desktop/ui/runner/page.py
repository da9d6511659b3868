"""The Session page: runs a group's session in the room.

Eyes stay on people: every action is one key or one click (see keys.py; "?" lists them).
The page composes the panels, turns keys and clicks into actions on the
:class:`SessionController` and paints what changed after each action and on each tick
(the controller's timer only reads the clock; nothing counts ticks).

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
from operator import methodcaller
from typing import TypeVar

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.domain.agenda import SegmentPlan
from facilitator_desktop.domain.attendance import AttendanceStatus, lost_times
from facilitator_desktop.domain.member_numbers import Prefix, member_numbers
from facilitator_desktop.domain.session_state import SessionSnapshot
from facilitator_desktop.domain.talk_reads import previous_member
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.live_session import LiveSession
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.services.session_summary import with_notes
from facilitator_desktop.services.sessions import SessionInfo
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.formatting import guests
from facilitator_desktop.ui.page import Page
from facilitator_desktop.ui.room_display import RoomCard, RoomDisplay
from facilitator_desktop.ui.runner import chime as chime_module
from facilitator_desktop.ui.runner import shortcuts
from facilitator_desktop.ui.runner.agenda_panel import AgendaPanel
from facilitator_desktop.ui.runner.airtime_bars import AirtimeBars
from facilitator_desktop.ui.runner.attendance_panel import AttendancePanel
from facilitator_desktop.ui.runner.chime import Chime
from facilitator_desktop.ui.runner.controller import Monotonic, SessionController
from facilitator_desktop.ui.runner.header import SessionHeader
from facilitator_desktop.ui.runner.idle_view import IdleView
from facilitator_desktop.ui.runner.key_router import KeyRouter
from facilitator_desktop.ui.runner.keys_dialog import KeysDialog
from facilitator_desktop.ui.runner.names import SETTING_KEY, NameMode, next_mode, parse_mode
from facilitator_desktop.ui.runner.note_panel import NOBODY, NotePanel
from facilitator_desktop.ui.runner.panel import Panel
from facilitator_desktop.ui.runner.rehearsal import RehearsalMode
from facilitator_desktop.ui.runner.resume_offer import ResumeChoice, ask_about_interrupted
from facilitator_desktop.ui.runner.room_control import RoomControl
from facilitator_desktop.ui.runner.rules_rail import RulesRail
from facilitator_desktop.ui.runner.save_state import not_saved_text, quit_loses_text
from facilitator_desktop.ui.runner.segment_dialog import SegmentDialog
from facilitator_desktop.ui.runner.sleep_question import SleepQuestion
from facilitator_desktop.ui.runner.talk_panel import TalkPanel
from facilitator_desktop.ui.runner.timer_panel import TimerPanel
from facilitator_desktop.ui.runner.view_rows import airtime_bars, attendance_rows
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.summary_dialog import SummaryDialog
from facilitator_desktop.ui.widgets.banner import Banner
from facilitator_desktop.ui.widgets.prompts import confirm
from facilitator_desktop.workspace import Workspace

T = TypeVar("T")
LEFT_COLUMN = 268
RIGHT_COLUMN = 300
GAP = 14


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
        settings = ctx.workspace.settings
        self.controller = SessionController(ctx.workspace, self, monotonic=monotonic, rng=rng)
        self.chime = Chime(self)
        self.chime.set_enabled(settings.get(chime_module.SETTING_KEY) == "1")
        self.room_control = RoomControl(self, parse_mode(settings.get(SETTING_KEY)))
        # Before the page's own slots: a rehearsal's end hands the real workspace back first.
        self.rehearsal = RehearsalMode(self)
        self.summary_dialog: SummaryDialog | None = None
        self.keys_dialog: KeysDialog | None = None
        self.segment_dialog: SegmentDialog | None = None
        self.sleep_question: SleepQuestion | None = None
        self._segment_index: int | None = None
        self._aliases: dict[int, str] = {}
        self._names_version = 0
        self._cards: tuple[RuleCardDraft, ...] = ()
        self._locked = False
        self._structure: tuple[object, ...] = ()
        self._subtitle_key: tuple[object, ...] = ()
        #: Every member's number for the open session (seat order, fixed when it opens).
        self._numbers: dict[int, int] = {}
        self.key_router = KeyRouter(self, self)
        self.key_router.message.connect(self._say)
        self._status_names: dict[str, str] = {
            "present": self.tr("here"),
            "late": self.tr("late"),
            "left_early": self.tr("left early"),
            "excused": self.tr("excused"),
            "absent": self.tr("absent"),
        }

        self.header = SessionHeader(self.title(), self)
        self.room_button = self.header.room_button
        self.blank_button = self.header.blank_button
        self.names_combo = self.header.names_combo
        self.end_button = self.header.end_button
        self.header.set_name_mode(self.room_control.name_mode)
        self.room_button.clicked.connect(self.toggle_room)
        self.blank_button.clicked.connect(self.toggle_blank)
        self.names_combo.currentIndexChanged.connect(self._on_names_mode)
        self.header.keys_button.clicked.connect(self.show_keys)
        self.end_button.clicked.connect(self.end_session)
        self.room_control.openChanged.connect(self.room_button.setChecked)
        self.room_control.blankChanged.connect(self.blank_button.setChecked)
        self.room_control.message.connect(self._say)

        self.idle = IdleView(self)
        self.idle.openRequested.connect(self.open_session)
        self.idle.resumeRequested.connect(self._on_resume_clicked)
        self.idle.endInterruptedRequested.connect(self._on_end_interrupted_clicked)
        self.idle.rehearseRequested.connect(self.rehearsal.ask)
        self.running_view = self._build_panels()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.idle)
        self.stack.addWidget(self.running_view)
        # Changes from the room that wait for the disk: said here until they are stored.
        self.save_banner = Banner("", self)
        self.save_banner.setObjectName("saveBanner")
        self.save_banner.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.rehearsal.banner)
        layout.addWidget(self.save_banner)
        layout.addWidget(self.stack, 1)

        # Page keys work while this page is shown; B and F11 from every page of the window.
        self.room_control.keys = self.key_router
        self.shortcuts: list[QShortcut] = shortcuts.install(
            self,
            self.key_router,
            wanted=shortcuts.page_bindings(),
            context=Qt.ShortcutContext.WindowShortcut,
            digits=True,
        )
        self.global_shortcuts = shortcuts.install(
            self.window(),
            self.key_router,
            wanted=shortcuts.global_bindings(),
            context=Qt.ShortcutContext.ApplicationShortcut,
            digits=False,
        )
        self.controller.updated.connect(self._render)
        self.controller.message.connect(self._say)
        self.controller.sessionChanged.connect(self._on_session_changed)
        self.controller.saveStateChanged.connect(self._show_save_state)
        self.controller.endSaved.connect(self._on_end_saved)
        self.controller.sleepNoticed.connect(self.ask_about_sleep)
        ctx.currentGroupChanged.connect(self._on_group_changed)
        ctx.groupsChanged.connect(self._refresh_idle)
        self._on_session_changed()

    def title(self) -> str:
        return self.tr("Session")

    def _build_panels(self) -> QWidget:
        self.timer_panel = TimerPanel(self)
        self.timer_panel.toggleRequested.connect(self.toggle)
        self.timer_panel.previousRequested.connect(self.previous_segment)
        self.timer_panel.nextRequested.connect(self.next_segment)
        self.timer_panel.extendRequested.connect(self._on_extend)
        self.chime_box = QCheckBox(self.tr("Soft chime when a segment ends"), self)
        self.chime_box.setToolTip(
            self.tr("A soft chime when a segment's time runs out (off: silent)")
        )
        self.chime_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chime_box.setChecked(self.chime.enabled)
        self.chime_box.toggled.connect(self._on_chime_toggled)
        self.timer_panel.body.addWidget(self.chime_box)
        self.agenda_panel = AgendaPanel(self)
        self.agenda_panel.addRequested.connect(self._on_add_segment)
        self.agenda_panel.minutesRequested.connect(self._on_segment_minutes)
        self.agenda_panel.removeRequested.connect(self._on_remove_segment)
        self.agenda_panel.moveRequested.connect(self._on_move_segment)
        self.talk_panel = TalkPanel(self)
        self.talk_panel.nextRequested.connect(self.next_speaker)
        self.talk_panel.passRequested.connect(self.pass_turn)
        self.talk_panel.laterRequested.connect(self.come_back_later)
        self.talk_panel.endTurnRequested.connect(self.end_turn)
        self.talk_panel.randomRoundRequested.connect(self._on_random_round)
        self.talk_panel.fewerTurnsFirstToggled.connect(self._on_fewer_turns_first)
        self.talk_panel.moveRequested.connect(self._on_queue_move)
        self.talk_panel.removeRequested.connect(self._on_queue_remove)
        self.talk_panel.previousRequested.connect(self.previous_speaker)
        self.talk_panel.stepRequested.connect(self._on_queue_step)
        self.airtime_panel = Panel(self.tr("Airtime · only you see this"), self)
        self.airtime = AirtimeBars(self.airtime_panel)
        self.airtime.set_empty_text(self.tr("Nobody present yet."))
        self.airtime_panel.body.addWidget(self.airtime)
        self.airtime_panel.body.addStretch(1)
        self.attendance_panel = AttendancePanel(self)
        self.attendance_panel.markRequested.connect(self._on_mark)
        self.attendance_panel.memberActivated.connect(self._on_member_chosen)
        self.attendance_panel.allPresentRequested.connect(self._on_all_present)
        self.attendance_panel.guestsRequested.connect(self._on_guests)
        self.attendance_panel.message.connect(self._say)
        self.attendance_panel.keyUsed.connect(self.key_router.cancel)
        self.rules_rail = RulesRail(self)
        # The card list takes what room is left (at least its minimum). Its preferred height
        # would otherwise hold: the rail's wrapped caption makes the column lay out by
        # height-for-width, which never shrinks a panel below it, and the airtime list of a
        # large group lost rows on a 1366×768 laptop.
        rule_list = self.rules_rail.list.sizePolicy()
        rule_list.setVerticalPolicy(rule_list.Policy.Ignored)
        self.rules_rail.list.setSizePolicy(rule_list)
        self.rules_rail.showRequested.connect(self._on_show_card_row)
        self.rules_rail.hideRequested.connect(self.hide_card)
        self.note_panel = NotePanel(self)
        self.note_panel.saveRequested.connect(self._on_save_note)
        self.note_panel.leaveRequested.connect(self._on_focus_back)
        self.timer_panel.plus_five_button.setToolTip(
            self.tr("Five more minutes for this segment (F)")
        )
        # Tab goes through the lists as they read, left to right; each list is one stop
        # and the arrows move inside it.
        chain = (
            self.agenda_panel.list,
            self.talk_panel.order_view,
            self.attendance_panel.view,
            self.rules_rail.list,
            self.note_panel.box,
        )
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        # Timer and agenda | talking order and attendance | airtime, rule cards, note.
        columns = (
            ((self.timer_panel, 0), (self.agenda_panel, 1)),
            ((self.talk_panel, 0), (self.attendance_panel, 1)),
            ((self.airtime_panel, 3), (self.rules_rail, 2), (self.note_panel, 0)),
        )
        view = QWidget(self)
        grid = QGridLayout(view)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(GAP)
        for index, panels in enumerate(columns):
            column = QVBoxLayout()
            column.setSpacing(GAP)
            for panel, stretch in panels:
                column.addWidget(panel, stretch)
                if index == 0:
                    panel.setFixedWidth(LEFT_COLUMN)
                elif index == 2:
                    panel.setFixedWidth(RIGHT_COLUMN)
            grid.addLayout(column, 0, index)
        grid.setColumnStretch(1, 1)
        return view

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

    # --- Page contract ----------------------------------------------------------------------

    def focus_first(self) -> None:
        if self.controller.active:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.idle.focus_open()

    def workspace_locked(self) -> bool:
        """Drop names and the note being typed; the room display keeps only the timer.

        The session itself goes on: locking is not a pause.
        """
        self._locked = True
        self.room_control.set_locked(True)
        self.hide_card()
        self.key_router.cancel()
        self.attendance_panel.close_status_menu()  # it names a member
        dropped = self.note_panel.clear()
        self._set_aliases({})
        for dialog in (self.summary_dialog, self.segment_dialog, self.keys_dialog):
            if dialog is not None:
                dialog.reject()
        self._close_sleep_question()  # unanswered: asked again after the unlock
        if self.summary_dialog is not None:
            self.summary_dialog.deleteLater()
            self.summary_dialog = None
        for item in self.global_shortcuts:
            # B still blanks the room display from the room display window itself.
            item.setEnabled(False)
        self._render()
        return dropped

    def workspace_unlocked(self) -> None:
        self._locked = False
        self.room_control.set_locked(False)
        for item in self.global_shortcuts:
            item.setEnabled(True)
        self._load_session_texts()
        self._refresh_idle()
        self._render()
        self.ask_about_sleep()

    # --- resuming after a crash ------------------------------------------------------------

    def offer_resume(self) -> bool:
        """Ask about a session a crash left running; True when it was resumed."""
        if self.controller.active:
            return False
        running = self.controller.running_elsewhere()
        if not running:
            return False
        info = running[0]
        choice = ask_about_interrupted(
            self, info.group_name, self.controller.interrupted_text(info)
        )
        if choice is ResumeChoice.RESUME:
            return self.resume_session(info)
        if choice is ResumeChoice.END:
            self._end_interrupted(info)
        return False

    def resume_session(self, info: SessionInfo) -> bool:
        if not self.controller.resume(info):
            return False
        self._say(self.tr("Session resumed. It waits, paused: press Space to go on."))
        return True

    def _end_interrupted(self, info: SessionInfo) -> None:
        if self.controller.end_interrupted(info):
            self._say(self.tr("The interrupted session was ended and saved to the history."))
            self._show_summary(info.id)
        self._refresh_idle()

    @Slot()
    def _on_resume_clicked(self) -> None:
        running = self.controller.running_elsewhere()
        if running:
            self.resume_session(running[0])

    @Slot()
    def _on_end_interrupted_clicked(self) -> None:
        running = self.controller.running_elsewhere()
        if running and confirm(
            self,
            self.tr("End the interrupted session"),
            self.tr("End it now, as it was when it stopped?"),
            self.tr("It is saved to the history; members not marked count as absent."),
            self.tr("&End it"),
        ):
            self._end_interrupted(running[0])

    # --- opening and ending ------------------------------------------------------------------

    @Slot()
    def open_session(self) -> None:
        group = self.ctx.current_group()
        if group is None:
            self._say(self.tr("Choose or create a group first."))
            return
        if self.controller.open(group.id, group.name):
            self._say(self.tr("Session open. Mark who is here, then press Space to start."))

    @Slot()
    def end_session(self) -> None:
        if self.rehearsal.active:  # its own questions: nothing of it becomes history
            self.rehearsal.end()
            return
        snapshot = self.controller.snapshot
        if snapshot is None:
            return
        if snapshot.agenda.phase == "not_started":
            if (
                confirm(
                    self,
                    self.tr("Discard session"),
                    self.tr("Discard this session?"),
                    self.tr("It never started, so nothing is kept (attendance marked is dropped)."),
                    self.tr("&Discard"),
                )
                and self.controller.discard()
            ):
                self._say(self.tr("Session discarded."))
            return
        if not confirm(
            self,
            self.tr("End session"),
            self.tr("End the session now?"),
            self.tr(
                "It becomes history: planned and actual times, attendance and turns are saved. "
                "Members not marked count as absent."
            ),
            self.tr("&End session"),
        ):
            return
        session_id = self.controller.end()
        if session_id is not None:
            self._show_summary(session_id)

    def may_quit(self, parent: QWidget | None = None) -> bool:
        """Quitting while a session is open asks first (True: go on and quit). The
        session stays open and is offered for resuming at the next start."""
        if self.rehearsal.active:  # nothing to resume: it is asked in its own words
            return self.rehearsal.may_quit(parent or self)
        self.controller.heartbeat()  # a last try for what waits (an end may finish here)
        snapshot = self.controller.snapshot
        live = self.controller.live
        if snapshot is None or live is None:
            return True
        if snapshot.agenda.phase == "not_started":
            informative = self.tr(
                "It has not started: the next start offers it again, or you can discard it."
            )
        else:
            informative = self.tr(
                "The session stays open: the next start offers to resume it, paused where "
                "you quit. To save it to the history, end the session instead."
            )
        if live.unsaved:
            informative = quit_loses_text() + " " + informative
        if not confirm(
            parent or self,
            self.tr("Quit"),
            self.tr("Quit while a session is open?"),
            informative,
            self.tr("&Quit"),
        ):
            return False
        self.controller.heartbeat()  # a resume ends the turn where the facilitator quit
        return True

    def _show_summary(self, session_id: int, stored_in: Workspace | None = None) -> None:
        """The summary dialog of a session of `stored_in` (default: the real workspace; a
        rehearsal passes its own)."""
        workspace = stored_in or self.ctx.workspace
        try:
            summary = with_notes(
                workspace.sessions.summary(session_id), workspace.notes, workspace.members
            )
        except FacilitatorError as exc:
            self._say(exc.message)
            return
        if self.summary_dialog is not None:
            self.summary_dialog.deleteLater()
        self.summary_dialog = SummaryDialog(summary, self)
        self.summary_dialog.open()

    @Slot(int)
    def _on_end_saved(self, session_id: int) -> None:
        """An end that waited for the disk is stored: its summary, as after any end (a
        rehearsal's is read from the rehearsal, which stays until then)."""
        self._show_summary(session_id, self.rehearsal.workspace)

    @Slot()
    def _show_save_state(self) -> None:
        problem = self.controller.unsaved_problem
        if problem is not None:
            self.save_banner.label.setText(not_saved_text(problem))
        self.save_banner.setVisible(problem is not None)

    # --- a laptop that slept ---------------------------------------------------------------

    @Slot()
    def ask_about_sleep(self) -> None:
        """ "The laptop slept for 14 minutes. Count it as session time?" (not while locked:
        then after the unlock)."""
        seconds = self.controller.pending_sleep_seconds()
        if seconds is None or self._locked:
            return
        question = self.sleep_question
        if question is not None and question.isVisible():
            question.set_seconds(seconds)  # it slept again while asking
            return
        self._close_sleep_question()
        question = self.sleep_question = SleepQuestion(seconds, self)
        question.answered.connect(self._on_sleep_answered)
        question.open()

    @Slot(bool)
    def _on_sleep_answered(self, counted: bool) -> None:
        self.controller.decide_sleep(counted)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close_sleep_question(self) -> None:
        question, self.sleep_question = self.sleep_question, None
        if question is not None:
            question.answered.disconnect(self._on_sleep_answered)
            question.reject()
            question.deleteLater()

    # --- in-room actions (the names match keys.BINDINGS) ------------------------------------

    def _act(self, operation: Callable[[LiveSession], T]) -> T | None:
        result: list[T] = []

        def run(live: LiveSession) -> None:
            result.append(operation(live))

        return result[0] if self.controller.act(run) and result else None

    def _in_session(self) -> SessionSnapshot | None:
        """The snapshot when the clock has started and not ended; else says what to do."""
        snapshot = self.controller.snapshot
        if snapshot is None:
            self._say(self.tr("Open a session first (Space)."))
            return None
        if snapshot.agenda.phase == "not_started":
            self._say(self.tr("Press Space to start the session first."))
            return None
        return snapshot

    @Slot()
    def toggle(self) -> None:
        if not self.controller.active:
            self.open_session()
            return
        self._act(methodcaller("toggle"))

    @Slot()
    def next_segment(self) -> None:
        snapshot = self._in_session()
        if snapshot is None:
            return
        agenda = snapshot.agenda
        if agenda.index == len(agenda.segments) - 1:
            self.end_session()
            return
        self._act(methodcaller("next_segment"))

    @Slot()
    def previous_segment(self) -> None:
        snapshot = self._in_session()
        if snapshot is None:
            return
        if snapshot.agenda.index == 0:
            self._say(self.tr("This is the first segment."))
            return
        self._act(methodcaller("previous_segment"))

    @Slot()
    def extend_one(self) -> None:
        self._on_extend(1)

    @Slot()
    def extend_five(self) -> None:
        self._on_extend(5)

    @Slot(int)
    def _on_extend(self, minutes: int) -> None:
        if self.controller.snapshot is None:
            return
        if self._act(methodcaller("extend", minutes)) is not None:
            self._say(self.tr("%Ln more minutes for this segment.", "", minutes))

    @Slot()
    def next_speaker(self) -> None:
        snapshot = self._in_session()
        if snapshot is None:
            return
        events = self._act(methodcaller("next_speaker"))
        if events == []:
            talk = snapshot.talk
            if talk.round_finished:
                self._say(self.tr("The round is complete. → moves on to the next segment."))
            elif talk.mode == "round" and not talk.present:
                self._say(self.tr("Mark who is here first (M, or All present)."))
            else:
                self._say(self.tr("Nobody is waiting. A member's number adds them to the queue."))

    @Slot()
    def pass_turn(self) -> None:
        if self._in_session() is not None:
            self._act(methodcaller("pass_turn"))

    @Slot()
    def come_back_later(self) -> None:
        snapshot = self._in_session()
        if snapshot is None:
            return
        if snapshot.talk.mode != "round":
            self._say(self.tr("“Come back to me” is for rounds; in open discussion use N."))
            return
        self._act(methodcaller("come_back_later"))

    @Slot()
    def end_turn(self) -> None:
        if self._in_session() is not None and self._act(methodcaller("end_turn")) == []:
            self._say(self.tr("Nobody is speaking."))

    @Slot()
    def previous_speaker(self) -> None:
        """PgUp (a clicker's back): the turn just started is withdrawn, unrecorded, and the
        member before speaks again."""
        snapshot = self._in_session()
        if snapshot is None:
            return
        talk = snapshot.talk
        speaker = talk.speaker.member_id if talk.speaker is not None else None
        previous = previous_member(talk.turns, talk.segment_index, speaker)
        if previous is None:
            self._say(self.tr("Nobody spoke before in this segment: nobody to go back to."))
            return
        if previous not in talk.present:
            name = self._aliases.get(previous, "—")
            self._say(self.tr("{name} is no longer here: nobody to go back to.").format(name=name))
            return
        self._act(methodcaller("previous_speaker"))

    # --- keys and numbers (key_router.py decides where a key goes) -----------------------------

    def _member_by_number(self, number: int) -> int | None:
        member_id = next((m for m, n in self._numbers.items() if n == number), None)
        if member_id is None:
            if self._numbers:
                self._say(
                    self.tr("Nobody has number {n}: the numbers go from 1 to {last}.").format(
                        n=number, last=len(self._numbers)
                    )
                )
            else:
                self._say(self.tr("Open a session first (Space)."))
        return member_id

    def choose_member_number(self, number: int) -> None:
        """A member's number: queue them, or start the round with them speaking."""
        if self._in_session() is None:
            return
        member_id = self._member_by_number(number)
        if member_id is not None:
            self._on_member_chosen(member_id)

    def queue_digit(self, digit: int) -> None:
        """The member with this number (scripts and benchmarks call it like the key)."""
        self.choose_member_number(digit)

    def mark_member_number(self, number: int) -> None:
        """M then a number: the choice of that member's status."""
        member_id = self._member_by_number(number)
        if member_id is not None and self.controller.active:
            self.attendance_panel.focus_list()
            self.attendance_panel.open_status_menu(member_id)

    @Slot(int)
    def _on_member_chosen(self, member_id: int) -> None:
        """A member's number or a click on their name: queue them (open discussion), or
        start the round with them speaking (one input)."""
        snapshot = self._in_session()
        if snapshot is None:
            return
        talk = snapshot.talk
        name = self._aliases.get(member_id, "")
        if member_id not in talk.present:
            number = self._numbers.get(member_id, 0)
            self._say(
                self.tr("Mark {name} as here first (M {n}, or a click on their status).").format(
                    name=name or "—", n=number
                )
            )
            return
        if talk.mode == "open":
            if member_id in talk.order:
                self._say(self.tr("{name} is already in the queue.").format(name=name))
            else:
                self._act(methodcaller("raise_hand", member_id))
            self.talk_panel.select_member(member_id)  # Alt+↑ / Alt+↓ move them
        elif talk.mode == "round":
            if talk.round_started and not talk.round_finished:
                self._say(self.tr("The round is under way: N calls the next member."))
                return
            self._act(methodcaller("start_round_with", member_id))

    @Slot()
    def _on_random_round(self) -> None:
        if self._in_session() is not None:
            self._act(methodcaller("start_round", None))

    @Slot(bool)
    def _on_fewer_turns_first(self, enabled: bool) -> None:
        self._act(methodcaller("set_fewer_turns_first", enabled))

    @Slot(int, int)
    def _on_queue_move(self, member_id: int, position: int) -> None:
        self._act(methodcaller("move", member_id, position))

    @Slot(int)
    def _on_queue_remove(self, member_id: int) -> None:
        self._act(methodcaller("remove", member_id))

    @Slot()
    def queue_up(self) -> None:
        self._on_queue_step(-1)

    @Slot()
    def queue_down(self) -> None:
        self._on_queue_step(+1)

    @Slot(int)
    def _on_queue_step(self, step: int) -> None:
        """Move the member selected in the queue one place up (-1) or down (+1)."""
        snapshot = self._in_session()
        if snapshot is None:
            return
        talk = snapshot.talk
        if talk.mode != "open":
            self._say(self.tr("A round goes in seat order; the queue of an open discussion moves."))
            return
        member_id = self.talk_panel.selected_member()
        if member_id is None or member_id not in talk.order:
            self._say(self.tr("Choose a member in the queue first (a number, or Tab and ↑↓)."))
            return
        position = talk.order.index(member_id) + step
        if not 0 <= position < len(talk.order):
            return  # already first / last
        self._act(methodcaller("move", member_id, position))
        self.talk_panel.select_member(member_id)

    # --- attendance ----------------------------------------------------------------------------

    @Slot(int, str)
    def _on_mark(self, member_id: int, status: str) -> None:
        """An explicit choice of a member's status. Marking the same again changes nothing;
        a change that would drop a recorded arrival or leaving time asks first."""
        live = self.controller.live
        if live is None or status not in self._status_names:
            return
        chosen: AttendanceStatus = status  # type: ignore[assignment]
        previous = live.marks.get(member_id)
        name = self._aliases.get(member_id, "—")
        if previous is not None and previous.status == status:
            self._say(
                self.tr("{name} is already marked {status}: nothing changed.").format(
                    name=name, status=self._status_names[status]
                )
            )
            return
        lost = lost_times(previous, chosen)
        if lost and not self._confirm_remark(member_id, chosen, lost):
            self._say(self.tr("Nothing changed."))
            return
        self._act(methodcaller("mark", member_id, chosen))

    def _confirm_remark(
        self, member_id: int, status: AttendanceStatus, lost: tuple[str, ...]
    ) -> bool:
        live = self.controller.live
        previous = live.marks.get(member_id) if live is not None else None
        if live is None or previous is None:
            return False
        name = self._aliases.get(member_id, "—")
        times = []
        if "arrival" in lost and previous.arrived_at is not None:
            times.append(self.tr("came at {time}").format(time=live.wall_time(previous.arrived_at)))
        if "leaving" in lost and previous.left_at is not None:
            times.append(self.tr("left at {time}").format(time=live.wall_time(previous.left_at)))
        return confirm(
            self,
            self.tr("Change attendance"),
            self.tr("Mark {name} {status}?").format(name=name, status=self._status_names[status]),
            self.tr("{name} {times}; that time is removed from the record.").format(
                name=name, times=self.tr(" and ").join(times)
            ),
            self.tr("&Change it"),
        )

    @Slot()
    def _on_all_present(self) -> None:
        self._act(methodcaller("mark_all_unmarked_present"))

    @Slot(int)
    def _on_guests(self, guests: int) -> None:
        self._act(methodcaller("set_guests", guests))

    @Slot()
    def focus_attendance(self) -> None:
        """M: to the attendance list, and a member's number may follow."""
        if self.controller.active:
            self.attendance_panel.focus_list()
            self.key_router.begin(Prefix.MARK)

    @Slot()
    def _on_focus_back(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- agenda ---------------------------------------------------------------------------------

    @Slot()
    def _on_add_segment(self) -> None:
        self._open_segment_dialog(None)

    @Slot(int)
    def _on_segment_minutes(self, index: int) -> None:
        self._open_segment_dialog(index)

    def _open_segment_dialog(self, index: int | None) -> None:
        snapshot = self.controller.snapshot
        if snapshot is None:
            return
        if self.segment_dialog is not None:
            self.segment_dialog.deleteLater()
        if index is None:
            dialog = SegmentDialog(self)
        else:
            segment = snapshot.agenda.segments[index]
            dialog = SegmentDialog(
                self, name=segment.name, minutes=segment.minutes, kind=segment.kind
            )
        self.segment_dialog = dialog
        self._segment_index = index
        dialog.accepted.connect(self._on_segment_dialog_accepted)
        dialog.open()

    @Slot()
    def _on_segment_dialog_accepted(self) -> None:
        dialog = self.segment_dialog
        if dialog is None:
            return
        if dialog.adding:
            plan = SegmentPlan(dialog.name(), dialog.minutes(), dialog.kind())
            if self._act(methodcaller("add_segment", plan)) is not None:
                self.agenda_panel.select_row(self.agenda_panel.list.count() - 1)
        elif self._segment_index is not None:
            self._act(
                methodcaller(
                    "edit_segment",
                    self._segment_index,
                    name=dialog.name(),
                    minutes=dialog.minutes(),
                )
            )

    @Slot(int)
    def _on_remove_segment(self, index: int) -> None:
        self._act(methodcaller("remove_segment", index))

    @Slot(int, int)
    def _on_move_segment(self, source: int, target: int) -> None:
        if self._act(methodcaller("move_segment", source, target)) is not None:
            self.agenda_panel.select_row(target)

    # --- rule cards and the room display ------------------------------------------------------

    @Slot()
    def card_key(self) -> None:
        """R: a card's number may follow (R alone shows the selected card after a moment)."""
        if not self._cards:
            self._say(self.tr("This group has no rule cards yet."))
            return
        self.key_router.begin(Prefix.CARD)

    @Slot()
    def show_card(self) -> None:
        """Show the card selected in the rail now."""
        row = self.rules_rail.selected_row()
        if row < 0:
            self._say(self.tr("This group has no rule cards yet."))
            return
        self._on_show_card_row(row)

    def show_card_number(self, number: int) -> None:
        """R then a number: the card with that number in the rail."""
        if not 1 <= number <= len(self._cards):
            self._say(
                self.tr("No rule card {n}: this group's cards go from 1 to {last}.").format(
                    n=number, last=len(self._cards)
                )
                if self._cards
                else self.tr("This group has no rule cards yet.")
            )
            return
        self._on_show_card_row(number - 1)

    @Slot()
    def escape(self) -> None:
        """Esc: hide the rule card, and leave a list for the page."""
        self.hide_card()
        self.leave_list()

    def leave_list(self) -> None:
        """The keyboard focus back on the page itself (from a list of the page)."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot(int)
    def _on_show_card_row(self, row: int) -> None:
        if not 0 <= row < len(self._cards):
            return
        rule = self._cards[row]
        self.room_control.card = RoomCard(rule.title, rule.statement, rule.why)
        self.rules_rail.select_row(row)
        self.rules_rail.set_showing(row)
        if not self.room_control.is_open():
            self._say(self.tr("The card shows when the room display is open (F11)."))
        self._update_room()

    @Slot()
    def hide_card(self) -> None:
        if self.room_control.card is None:
            return
        self.room_control.card = None
        self.rules_rail.set_showing(None)
        self._update_room()

    @Slot()
    def toggle_room(self) -> None:
        self.room_control.toggle(self.controller.snapshot, self._aliases)
        self.room_button.setChecked(self.room_control.is_open())

    @Slot()
    def toggle_blank(self) -> None:
        if self.room_control.toggle_blank():
            self._update_room()
            return
        self.blank_button.setChecked(False)
        if self.isVisible():
            self._say(self.tr("The room display is not open (F11)."))

    def set_name_mode(self, mode: NameMode) -> None:
        self.header.set_name_mode(mode)

    @Slot()
    def cycle_names(self) -> None:
        """I: how the room display names members, in turn aliases, initials, none."""
        if not self.controller.active:
            return
        mode = next_mode(self.header.name_mode())
        self.set_name_mode(mode)
        texts = {
            NameMode.ALIASES: self.tr("The room display shows aliases."),
            NameMode.INITIALS: self.tr("The room display shows initials."),
            NameMode.NONE: self.tr("The room display shows no names."),
        }
        self._say(texts[mode])

    @Slot(int)
    def _on_names_mode(self, _index: int) -> None:
        mode = self.header.name_mode()
        self.room_control.name_mode = mode
        try:
            self.ctx.workspace.settings.set(SETTING_KEY, mode.value)
        except FacilitatorError as exc:
            self._say(exc.message)
        self._update_room()

    @Slot(bool)
    def _on_chime_toggled(self, enabled: bool) -> None:
        self.chime.set_enabled(enabled)
        try:
            self.ctx.workspace.settings.set(chime_module.SETTING_KEY, "1" if enabled else "0")
        except FacilitatorError as exc:
            self._say(exc.message)

    def _update_room(self) -> None:
        self.room_control.update(self.controller.snapshot, self._aliases)

    # --- notes and keys -------------------------------------------------------------------------

    @Slot()
    def focus_note(self) -> None:
        if self.controller.active:
            self.note_panel.focus_box()

    @Slot(str, int)
    def _on_save_note(self, text: str, member_id: int) -> None:
        """`member_id`: whom the note panel shows it is about (NOBODY: not linked)."""
        live = self.controller.live
        snapshot = self.controller.snapshot
        if live is None or snapshot is None:
            return
        members = (member_id,) if member_id != NOBODY else ()
        draft = NoteDraft(
            body=text,
            group_id=live.group_id,
            session_id=live.session_id,
            segment_index=snapshot.agenda.index,
            member_ids=members,
        )
        try:
            self.controller.workspace.notes.create(draft)  # a rehearsal's stays in memory
        except FacilitatorError as exc:
            self._say(exc.message)  # the text stays in the box
            return
        self.note_panel.saved()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def show_keys(self) -> None:
        if self.keys_dialog is None:
            self.keys_dialog = KeysDialog(self)
        self.keys_dialog.show()
        self.keys_dialog.raise_()

    # --- rendering ------------------------------------------------------------------------------

    @Slot()
    def _on_session_changed(self) -> None:
        active = self.controller.active
        self.stack.setCurrentWidget(self.running_view if active else self.idle)
        self.room_control.card = None
        self.rules_rail.set_showing(None)
        self.chime.reset()
        self.header.set_session_controls(active)
        self.key_router.cancel()
        live = self.controller.live
        # Numbers are fixed when the session opens: nobody is renumbered by who arrives.
        self._numbers = member_numbers(live.seats) if live is not None else {}
        if active:
            self._load_session_texts()
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._close_sleep_question()
            self.attendance_panel.close_status_menu()
            self.note_panel.clear()
            self._set_aliases({})
            self._refresh_idle()
            self.header.subtitle_label.setText(
                self.tr("Run a group's session: timer, talking order, rule cards and notes.")
            )
            self._subtitle_key = ()
        self._update_room()

    def _set_aliases(self, aliases: dict[int, str]) -> None:
        self._aliases = aliases
        self._names_version += 1

    def _load_session_texts(self) -> None:
        """Aliases and rule cards of the session's group (needs the vault unlocked)."""
        live = self.controller.live
        if live is None or self._locked:
            return
        try:
            # The session's own workspace: a rehearsal's invented members and copied cards.
            members = self.controller.workspace.members.list(live.group_id, include_left=True)
            current = self.controller.workspace.rules.current(live.group_id)
            group = self.controller.workspace.groups.get(live.group_id)
        except FacilitatorError as exc:
            self._say(exc.message)
            return
        self.room_control.set_language(group.handout_language)  # what the room reads
        self._set_aliases({m.id: m.alias for m in members})
        self._cards = current.cards if current is not None else ()
        self.rules_rail.set_cards(self._cards)

    @Slot()
    def _refresh_idle(self) -> None:
        if self.controller.active or self._locked:
            return
        self.idle.show_group(self.ctx.current_group(), self.ctx.today())
        try:
            running = self.controller.running_elsewhere()
        except FacilitatorError:
            running = []
        if running:
            info = running[0]
            self.idle.show_interrupted(
                self.tr("A session of {group} was interrupted at {time}.").format(
                    group=info.group_name, time=self.controller.interrupted_text(info)
                )
            )
        else:
            self.idle.show_interrupted("")

    @Slot(int)
    def _on_group_changed(self, _group_id: int) -> None:
        self._refresh_idle()

    @Slot(str)
    def _say(self, message: str) -> None:
        emit(self.ctx.statusMessage, message)

    @Slot()
    def _render(self) -> None:
        live = self.controller.live
        snapshot = self.controller.snapshot
        if live is None or snapshot is None:
            self._update_room()
            return
        agenda, talk = snapshot.agenda, snapshot.talk
        names = self._aliases
        # What the clock moves (about once a second): the timer, the speaker's time, airtime.
        self.timer_panel.render(
            agenda, self.controller.clock_text(self.controller.planned_end(agenda))
        )
        self.talk_panel.render_speaking(talk)
        self.airtime.set_bars(airtime_bars(talk, names))
        # Everything else changes only with an action, a lock or an unlock.
        structure = (self.controller.revision, self._names_version, self._locked)
        if structure != self._structure:
            self._structure = structure
            in_session = agenda.phase in ("running", "paused")
            reached = max((s.index for s in agenda.segments if s.visited), default=-1)
            self.agenda_panel.render(agenda, reached + 1)
            speaking = talk.speaker.member_id if talk.speaker is not None else None
            self.talk_panel.render(
                talk,
                names,
                live.runner.soft_limit_minutes,
                in_session,
                self._numbers,
                previous_member(talk.turns, talk.segment_index, speaking),
            )
            self.attendance_panel.render(
                attendance_rows(snapshot, live, names, self._numbers), live.guests
            )
            speaker = talk.speaker.member_id if talk.speaker is not None else None
            self.note_panel.set_speaker(speaker, names.get(speaker, "") if speaker else "")
            self._update_subtitle(live, snapshot)
        self._update_room()
        self.chime.observe(agenda)

    def _update_subtitle(self, live: LiveSession, snapshot: SessionSnapshot) -> None:
        present = len(snapshot.talk.present)
        key = (self.controller.group_name, present, live.guests, self._locked)
        if key == self._subtitle_key:
            return
        self._subtitle_key = key
        text = self.tr("{group} · opened {time} · {present} here").format(
            group=self.controller.group_name, time=live.wall_time(0.0), present=present
        )
        if live.guests:
            text += " + " + guests(live.guests)
        self.header.subtitle_label.setText(text)
