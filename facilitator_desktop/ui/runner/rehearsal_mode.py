"""Rehearsal on the Session page: practise a whole session on invented members, with a
clock in real time or 10× or 60× faster, and keep nothing of it.

The page, its panels, keys, room display and controller are the real ones. For the length of
a rehearsal the controller's workspace is a :class:`RehearsalWorkspace` (a database in
memory with its own key), so every action goes through the same services as in a real
session and lands where nothing is kept. A banner on the page and a band on the room display
say "Rehearsal" the whole time (rehearsal.py draws them). Ending it shows its summary once;
then it is gone.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QWidget

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.rehearsal import RehearsalWorkspace
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.runner.controller import SessionController
from facilitator_desktop.ui.runner.rehearsal import speed_text
from facilitator_desktop.ui.runner.room_control import RoomControl
from facilitator_desktop.ui.runner.view import RunnerView
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.workspace import Workspace


class ShowSummary(Protocol):
    """Shows the summary of an ended session read from a workspace (lifecycle.py)."""

    def __call__(
        self, session_id: int, stored_in: Workspace | None = None, *, rehearsal: bool = False
    ) -> None: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("Rehearsal", text)


class RehearsalMode(QObject):
    """Starts, marks and ends a rehearsal on the Session page."""

    def __init__(
        self,
        ctx: UiContext,
        controller: SessionController,
        view: RunnerView,
        room: RoomControl,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._controller = controller
        self._view = view
        self._room = room
        self.workspace: RehearsalWorkspace | None = None
        room.openChanged.connect(self._on_room_changed)
        room.blankChanged.connect(self._on_room_changed)

    @property
    def active(self) -> bool:
        """A rehearsal is open on the page."""
        controller = self._controller
        return (
            self.workspace is not None
            and controller.active
            and controller.workspace is self.workspace
        )

    # --- starting --------------------------------------------------------------------------

    @Slot()
    def ask(self) -> None:
        """The idle view's "Rehearse" button: ask for the speed, then start."""
        if self._controller.active:
            self._say(_tr("End the open session before rehearsing."))
            return
        group = self._ctx.current_group()
        self._view.dialogs.ask_rehearsal_speed(group.name if group is not None else None)

    @Slot(int)
    def start(self, speed: int) -> bool:
        """Open a rehearsal of the current group (a sample group when there is none)."""
        controller = self._controller
        if controller.active:
            self._say(_tr("End the open session before rehearsing."))
            return False
        self._drop()
        try:
            rehearsal = RehearsalWorkspace.of_group(
                self._ctx.workspace,
                self._ctx.current_group(),
                speed,
                fallback_name=_tr("Sample group"),
            )
        except FacilitatorError as exc:
            self._say(error_text(exc))
            return False
        self.workspace = rehearsal
        controller.workspace = rehearsal
        if not controller.open(rehearsal.group_id, rehearsal.outline.name):
            self._drop()
            return False
        self._say(
            _tr(
                "Rehearsal open on invented members: mark who is here, then press Space. "
                "Nothing of it is kept."
            )
        )
        return True

    # --- ending ----------------------------------------------------------------------------

    def end(self, show_summary: ShowSummary) -> None:
        """The page's End (button, or → after the last segment) during a rehearsal; its
        summary is shown with `show_summary(session_id, workspace, rehearsal=True)` while
        the rehearsal's database is still here."""
        controller, dialogs = self._controller, self._view.dialogs
        rehearsal = self.workspace
        snapshot = controller.snapshot
        if rehearsal is None or snapshot is None:
            return
        if snapshot.agenda.phase == "not_started":
            if (
                dialogs.confirm(
                    _tr("Stop rehearsal"),
                    _tr("Stop the rehearsal?"),
                    _tr("Its clock never started. Nothing of it is kept."),
                    _tr("&Stop rehearsal"),
                )
                and controller.discard()
            ):
                self._drop()
                self._say(_tr("Rehearsal stopped. Nothing of it was kept."))
            return
        if not dialogs.confirm(
            _tr("End rehearsal"),
            _tr("End the rehearsal now?"),
            _tr(
                "You see its summary once, then it is gone: nothing of a rehearsal is kept in "
                "History, attendance, follow-ups, notes or backups."
            ),
            _tr("&End rehearsal"),
        ):
            return
        session_id = controller.end()
        if session_id is None:
            return
        show_summary(session_id, rehearsal, rehearsal=True)  # read from memory
        self._drop()
        self._say(_tr("Rehearsal ended. Nothing of it was kept."))

    def may_quit(self, parent: QWidget | None) -> bool:
        """Quitting in a rehearsal asks too (a stray Ctrl+Q ends the practice), in words
        that are true of it: nothing is offered again at the next start."""
        return self._view.dialogs.confirm(
            _tr("Quit"),
            _tr("Quit in the middle of the rehearsal?"),
            _tr("Nothing of a rehearsal is kept: the next start will not offer it again."),
            _tr("&Quit"),
            parent,
        )

    def _drop(self) -> None:
        """Back to the real workspace; the rehearsal's database and key are gone."""
        rehearsal, self.workspace = self.workspace, None
        controller = self._controller
        real: Workspace = self._ctx.workspace
        if controller.workspace is not real and not controller.active:
            controller.workspace = real
        if rehearsal is not None:
            rehearsal.close()
        self.show_marks()

    # --- what says "Rehearsal" -----------------------------------------------------------------

    def session_changed(self) -> None:
        """Before the page reads anything of a session that opened or ended."""
        controller = self._controller
        if self.workspace is not None and not controller.active:
            # Ended or discarded: the page reads the real workspace again from here on (the
            # rehearsal's database stays until its summary is read, see end()).
            controller.workspace = self._ctx.workspace
        self.show_marks()

    @Slot(bool)
    def _on_room_changed(self, _state: bool) -> None:
        self.show_marks()

    def show_marks(self) -> None:
        active = self.active
        banner = None
        if active:
            assert self.workspace is not None
            banner = _tr(
                "Rehearsal · invented members · {speed}. Nothing of it is kept: not in "
                "History, attendance, follow-ups, notes or backups."
            ).format(speed=speed_text(self.workspace.speed))
        room = self._room
        band = active and room.display is not None and room.is_open() and not room.blank
        self._view.show_rehearsal(banner, band)

    def _say(self, text: str) -> None:
        emit(self._ctx.statusMessage, text)
