"""Opening, resuming and ending the Session page's session, and what is asked and said then.

Opening starts nothing: the clock waits for Space. Ending asks first and shows the summary;
a session whose clock never started is discarded instead (nothing of it is kept). A session
a crash left running is offered for resuming (or ending as it stopped). Quitting with a
session open asks first; the session stays open for the next start. A rehearsal has its
own words for all of this (rehearsal_mode.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QWidget

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.session_summary import with_notes
from facilitator_desktop.services.sessions import SessionInfo
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.runner.controller import SessionController
from facilitator_desktop.ui.runner.rehearsal_mode import RehearsalMode
from facilitator_desktop.ui.runner.resume_offer import ResumeChoice
from facilitator_desktop.ui.runner.save_state import quit_loses_text
from facilitator_desktop.ui.runner.view import RunnerView
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.workspace import Workspace


def _tr(text: str) -> str:
    # The page's words keep the context they are translated under.
    return QCoreApplication.translate("RunnerPage", text)


class SessionLifecycle(QObject):
    def __init__(
        self,
        ctx: UiContext,
        controller: SessionController,
        view: RunnerView,
        rehearsal: RehearsalMode,
        refresh_idle: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._controller = controller
        self._view = view
        self._rehearsal = rehearsal
        # The idle view shows sessions left running: it is read again after one is ended.
        self._refresh_idle = refresh_idle

    def _say(self, text: str) -> None:
        emit(self._ctx.statusMessage, text)

    # --- opening -----------------------------------------------------------------------------

    @Slot()
    def open_session(self) -> None:
        group = self._ctx.current_group()
        if group is None:
            self._say(_tr("Choose or create a group first."))
            return
        if self._controller.open(group.id, group.name):
            self._say(_tr("Session open. Mark who is here, then press Space to start."))

    # --- resuming after a crash ---------------------------------------------------------------

    def has_interrupted_session(self) -> bool:
        """A session a crash left running, with none open here."""
        controller = self._controller
        return not controller.active and bool(controller.running_elsewhere())

    def offer_resume(self) -> bool:
        """Ask about a session a crash left running; True when it was resumed."""
        controller = self._controller
        if controller.active:
            return False
        running = controller.running_elsewhere()
        if not running:
            return False
        info = running[0]
        choice = self._view.dialogs.ask_about_interrupted(
            info.group_name, controller.interrupted_text(info)
        )
        if choice is ResumeChoice.RESUME:
            return self.resume_session(info)
        if choice is ResumeChoice.END:
            self._end_interrupted(info)
        return False

    def resume_session(self, info: SessionInfo) -> bool:
        if not self._controller.resume(info):
            return False
        self._say(_tr("Session resumed. It waits, paused: press Space to go on."))
        return True

    @Slot()
    def resume_interrupted(self) -> None:
        """The idle view's "Resume it"."""
        running = self._controller.running_elsewhere()
        if running:
            self.resume_session(running[0])

    @Slot()
    def end_interrupted(self) -> None:
        """The idle view's "End it now": asks first."""
        running = self._controller.running_elsewhere()
        if running and self._view.dialogs.confirm(
            _tr("End the interrupted session"),
            _tr("End it now, as it was when it stopped?"),
            _tr("It is saved to the history; members not marked count as absent."),
            _tr("&End it"),
        ):
            self._end_interrupted(running[0])

    def _end_interrupted(self, info: SessionInfo) -> None:
        if self._controller.end_interrupted(info):
            self._say(_tr("The interrupted session was ended and saved to the history."))
            self.show_summary(info.id)
        self._refresh_idle()

    # --- ending ------------------------------------------------------------------------------

    @Slot()
    def end_session(self) -> None:
        if self._rehearsal.active:  # its own questions: nothing of it becomes history
            self._rehearsal.end(self.show_summary)
            return
        controller, dialogs = self._controller, self._view.dialogs
        snapshot = controller.snapshot
        if snapshot is None:
            return
        if snapshot.agenda.phase == "not_started":
            if (
                dialogs.confirm(
                    _tr("Discard session"),
                    _tr("Discard this session?"),
                    _tr("It never started, so nothing is kept (attendance marked is dropped)."),
                    _tr("&Discard"),
                )
                and controller.discard()
            ):
                self._say(_tr("Session discarded."))
            return
        if not dialogs.confirm(
            _tr("End session"),
            _tr("End the session now?"),
            _tr(
                "It becomes history: planned and actual times, attendance and turns are saved. "
                "Members not marked count as absent."
            ),
            _tr("&End session"),
        ):
            return
        session_id = controller.end()
        if session_id is not None:
            self.show_summary(session_id)

    def may_quit(self, parent: QWidget | None = None) -> bool:
        """Quitting while a session is open asks first (True: go on and quit). The
        session stays open and is offered for resuming at the next start."""
        if self._rehearsal.active:  # nothing to resume: it is asked in its own words
            return self._rehearsal.may_quit(parent)
        controller = self._controller
        controller.heartbeat()  # a last try for what waits (an end may finish here)
        snapshot = controller.snapshot
        live = controller.live
        if snapshot is None or live is None:
            return True
        if snapshot.agenda.phase == "not_started":
            informative = _tr(
                "It has not started: the next start offers it again, or you can discard it."
            )
        else:
            informative = _tr(
                "The session stays open: the next start offers to resume it, paused where "
                "you quit. To save it to the history, end the session instead."
            )
        if live.unsaved:
            informative = quit_loses_text() + " " + informative
        if not self._view.dialogs.confirm(
            _tr("Quit"),
            _tr("Quit while a session is open?"),
            informative,
            _tr("&Quit"),
            parent,
        ):
            return False
        controller.heartbeat()  # a resume ends the turn where the facilitator quit
        return True

    # --- the summary -------------------------------------------------------------------------

    def show_summary(
        self, session_id: int, stored_in: Workspace | None = None, *, rehearsal: bool = False
    ) -> None:
        """The summary of a session of `stored_in` (default: the real workspace; a
        rehearsal passes its own)."""
        workspace = stored_in or self._ctx.workspace
        try:
            summary = with_notes(
                workspace.sessions.summary(session_id), workspace.notes, workspace.members
            )
        except FacilitatorError as exc:
            self._say(error_text(exc))
            return
        self._view.dialogs.show_summary(summary, rehearsal=rehearsal)

    @Slot(int)
    def show_stored_end(self, session_id: int) -> None:
        """An end that waited for the disk is stored: its summary, as after any end (a
        rehearsal's is read from the rehearsal, which stays until then)."""
        self.show_summary(session_id, self._rehearsal.workspace)
