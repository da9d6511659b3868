"""The Session page's logic (no widgets): what the page shows, and what each user action does.

It reacts to the :class:`SessionController` (a session opened or ended, a fresh snapshot, a
change waiting for the disk, a laptop that slept) and paints through the view (view.py):
what the clock moves about once a second, everything else only after an action, a lock or
an unlock. The actions themselves are in actions.py (keys and clicks in the room),
attendance_actions.py, agenda_actions.py and lifecycle.py (opening, resuming, ending).

Locking is not a pause: the session goes on, the page drops names and the note being typed,
and the room display keeps only the timer. After the laptop slept mid-session the room's
keys wait until the facilitator says whether the sleep counts as session time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Slot

from facilitator_desktop.domain.talk_reads import previous_member
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.live_session import LiveSession
from facilitator_desktop.services.settings import CHIME, ROOM_NAMES
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.formatting import guests
from facilitator_desktop.ui.runner.actions import RoomActions
from facilitator_desktop.ui.runner.agenda_actions import AgendaActions
from facilitator_desktop.ui.runner.attendance_actions import AttendanceActions
from facilitator_desktop.ui.runner.checkin_actions import CheckinActions
from facilitator_desktop.ui.runner.chime import Chime
from facilitator_desktop.ui.runner.controller import SessionController
from facilitator_desktop.ui.runner.lifecycle import SessionLifecycle
from facilitator_desktop.ui.runner.names import NameMode
from facilitator_desktop.ui.runner.rehearsal_mode import RehearsalMode
from facilitator_desktop.ui.runner.room_control import RoomControl
from facilitator_desktop.ui.runner.save_state import not_saved_text
from facilitator_desktop.ui.runner.state import PageState
from facilitator_desktop.ui.runner.view import RunnerView, SessionShown
from facilitator_desktop.ui.runner.view_rows import airtime_bars, attendance_rows
from facilitator_desktop.ui.signals import emit


def _tr(text: str) -> str:
    # The page's words keep the context they are translated under.
    return QCoreApplication.translate("RunnerPage", text)


class RunnerPresenter(QObject):
    def __init__(
        self,
        ctx: UiContext,
        controller: SessionController,
        view: RunnerView,
        room: RoomControl,
        chime: Chime,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = controller
        self.room = room
        self.chime = chime
        self.state = PageState()
        self._view = view
        #: What the structural panels were last painted from (see render).
        self._structure: tuple[object, ...] = ()
        self._subtitle_key: tuple[object, ...] = ()
        self.rehearsal = RehearsalMode(ctx, controller, view, room, self)
        self.lifecycle = SessionLifecycle(
            ctx, controller, view, self.rehearsal, self.refresh_idle, self
        )
        self.checkins = CheckinActions(ctx, controller, self.state, self)
        self.actions = RoomActions(
            ctx, controller, self.state, view, room, self.lifecycle, self.checkins, self
        )
        self.attendance = AttendanceActions(ctx, controller, self.state, view, self)
        self.agenda = AgendaActions(controller, view, self)
        controller.updated.connect(self.render)
        controller.message.connect(self.say)
        controller.sessionChanged.connect(self.session_changed)
        controller.saveStateChanged.connect(self._show_save_state)
        controller.endSaved.connect(self.lifecycle.show_stored_end)
        controller.sleepNoticed.connect(self.ask_about_sleep)
        room.message.connect(self.say)
        ctx.currentGroupChanged.connect(self._on_group_changed)
        ctx.groupsChanged.connect(self.refresh_idle)

    @property
    def live(self) -> LiveSession | None:
        return self.controller.live

    @Slot(str)
    def say(self, message: str) -> None:
        emit(self.ctx.statusMessage, message)

    # --- a session opened or ended -------------------------------------------------------------

    @Slot()
    def session_changed(self) -> None:
        self.rehearsal.session_changed()  # first: a rehearsal's end gives the real workspace back
        view, state = self._view, self.state
        active = self.controller.active
        view.show_running(active)
        self.room.card = None
        view.panels.mark_card(None)
        self.chime.reset()
        self.actions.router.cancel()
        live = self.controller.live
        # Numbers are fixed when the session opens: nobody is renumbered by who arrives.
        state.number_seats(live.seats if live is not None else None)
        if active:
            self.load_session_texts()
            self.checkins.load()
            view.focus_page()
        else:
            view.dialogs.close_sleep_question()
            view.panels.close_status_menu()
            view.panels.clear_note()
            state.set_aliases({})
            self.checkins.forget()
            self.refresh_idle()
            view.set_subtitle(
                _tr("Run a group's session: timer, talking order, rule cards and notes.")
            )
            self._subtitle_key = ()
        self.actions.update_room()

    def load_session_texts(self) -> None:
        """Aliases and rule cards of the session's group (needs the vault unlocked)."""
        controller = self.controller
        live = controller.live
        if live is None or self.state.locked:
            return
        try:
            # The session's own workspace: a rehearsal's invented members and copied cards.
            members = controller.workspace.members.list(live.group_id, include_left=True)
            current = controller.workspace.rules.current(live.group_id)
            group = controller.workspace.groups.get(live.group_id)
        except FacilitatorError as exc:
            self.say(error_text(exc))
            return
        self.room.set_language(group.handout_language)  # what the room reads
        self.state.set_aliases({m.id: m.alias for m in members})
        self.state.cards = current.cards if current is not None else ()
        self._view.panels.set_cards(self.state.cards)

    @Slot()
    def refresh_idle(self) -> None:
        if self.controller.active or self.state.locked:
            return
        try:
            running = self.controller.running_elsewhere()
        except FacilitatorError:
            running = []
        interrupted = ""
        if running:
            info = running[0]
            interrupted = _tr("A session of {group} was interrupted at {time}.").format(
                group=info.group_name, time=self.controller.interrupted_text(info)
            )
        self._view.show_idle(self.ctx.current_group(), self.ctx.today(), interrupted)

    @Slot(int)
    def _on_group_changed(self, _group_id: int) -> None:
        self.refresh_idle()

    # --- painting ------------------------------------------------------------------------------

    @Slot()
    def render(self) -> None:
        controller, state = self.controller, self.state
        live, snapshot = controller.live, controller.snapshot
        if live is None or snapshot is None:
            self.actions.update_room()
            return
        agenda, talk = snapshot.agenda, snapshot.talk
        names = state.aliases
        panels = self._view.panels
        # What the clock moves (about once a second): the timer, the speaker's time, airtime.
        panels.render_clock(
            agenda,
            controller.clock_text(controller.planned_end(agenda)),
            talk,
            airtime_bars(talk, names),
        )
        # Everything else changes only with an action, a lock or an unlock.
        structure = (
            controller.revision,
            state.names_version,
            state.scores_version,
            state.locked,
        )
        if structure != self._structure:
            self._structure = structure
            reached = max((s.index for s in agenda.segments if s.visited), default=-1)
            speaker = talk.speaker.member_id if talk.speaker is not None else None
            panels.render_session(
                SessionShown(
                    agenda=agenda,
                    first_editable=reached + 1,
                    talk=talk,
                    names=names,
                    soft_limit=live.runner.soft_limit_minutes,
                    in_session=agenda.phase in ("running", "paused"),
                    numbers=state.numbers,
                    previous=previous_member(talk.turns, talk.segment_index, speaker),
                    attendance=attendance_rows(snapshot, live, names, state.numbers),
                    guests=live.guests,
                    speaker=(speaker, names.get(speaker, "")) if speaker else None,
                    checkin=self.checkins.shown(talk, agenda.phase in ("running", "paused")),
                )
            )
            self._update_subtitle(live, len(talk.present))
        self.actions.update_room()
        self.chime.observe(agenda)

    def _update_subtitle(self, live: LiveSession, present: int) -> None:
        group = self.controller.group_name
        key = (group, present, live.guests, self.state.locked)
        if key == self._subtitle_key:
            return
        self._subtitle_key = key
        text = _tr("{group} · opened {time} · {present} here").format(
            group=group, time=live.wall_time(0.0), present=present
        )
        if live.guests:
            text += " + " + guests(live.guests)
        self._view.set_subtitle(text)

    @Slot()
    def _show_save_state(self) -> None:
        problem = self.controller.unsaved_problem
        self._view.show_save_problem(not_saved_text(problem) if problem is not None else None)

    # --- locking -------------------------------------------------------------------------------

    def lock(self) -> bool:
        """Drop names and the note being typed; the room display keeps only the timer.
        True when typed text was dropped. The session itself goes on."""
        view = self._view
        self.state.locked = True
        self.room.set_locked(True)
        self.actions.hide_card()
        self.actions.router.cancel()
        view.panels.close_status_menu()  # it names a member
        dropped = view.panels.clear_note()
        self.state.set_aliases({})
        self.checkins.forget()
        view.dialogs.close_all()
        view.dialogs.close_sleep_question()  # unanswered: asked again after the unlock
        view.enable_window_keys(False)  # B still blanks the room display from the display
        self.render()
        return dropped

    def unlock(self) -> None:
        self.state.locked = False
        self.room.set_locked(False)
        self._view.enable_window_keys(True)
        self.load_session_texts()
        self.checkins.load()
        self.refresh_idle()
        self.render()
        self.ask_about_sleep()

    # --- a laptop that slept -------------------------------------------------------------------

    @Slot()
    def ask_about_sleep(self) -> None:
        """ "The laptop slept for 14 minutes. Count it as session time?" (not while locked:
        then after the unlock)."""
        seconds = self.controller.pending_sleep_seconds()
        if seconds is not None and not self.state.locked:
            self._view.dialogs.ask_about_sleep(seconds)

    @Slot(bool)
    def decide_sleep(self, counted: bool) -> None:
        self.controller.decide_sleep(counted)
        self._view.focus_page()

    # --- preferences kept in the workspace -----------------------------------------------------

    @Slot(object)
    def set_name_mode(self, mode: NameMode) -> None:
        """How the room display names members (the header's menu, or I)."""
        self.room.name_mode = mode
        try:
            self.ctx.workspace.settings.set(ROOM_NAMES, mode.value)
        except FacilitatorError as exc:
            self.say(error_text(exc))
        self.actions.update_room()

    @Slot(bool)
    def set_chime(self, enabled: bool) -> None:
        self.chime.set_enabled(enabled)
        try:
            self.ctx.workspace.settings.set(CHIME, enabled)
        except FacilitatorError as exc:
            self.say(error_text(exc))
