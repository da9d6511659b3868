"""The live session behind the Session page: its clock, its timers and every action on it.

One :class:`SessionController` per page. It owns the :class:`LiveSession` (which writes each
event before returning), a repaint timer that only *reads* the clock (elapsed time is always
computed from the injected monotonic clock, never by counting ticks) and the heartbeat that
lets a crash end a speaker's turn close to when it really stopped. Errors never escape: they
become a short message for the status area.

The clock is injected: ``SessionController(workspace, monotonic=fake_clock)`` or
:meth:`use_clock` before a session is opened or resumed. Tests step a ``FakeClock`` and call
:meth:`tick` instead of waiting.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from facilitator_desktop.domain.agenda import AgendaSnapshot, session_planned_end
from facilitator_desktop.domain.clock import ceil_seconds, floor_seconds
from facilitator_desktop.domain.session_state import SessionSnapshot
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.live_session import LiveSession, last_alive
from facilitator_desktop.services.sessions import SessionInfo
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.workspace import Workspace

Monotonic = Callable[[], float]
WallClock = Callable[[], float]

TICK_MS = 200
HEARTBEAT_MS = 10_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionController", text)


def friendly(error: ValueError) -> str:
    """A domain refusal as a sentence (the domain's messages are plain but terse)."""
    text = str(error).replace("not_started", "not started yet").strip()
    if not text:
        return _tr("That is not possible right now.")
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def local_clock(moment: datetime) -> str:
    """A naive UTC moment (as stored) as local "HH:MM"."""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%H:%M")


def display_key(snapshot: SessionSnapshot) -> tuple[object, ...]:
    """Every clock-driven value the page shows, in whole seconds as shown. Between actions
    the page needs a repaint only when this changes (about once a second)."""
    agenda = snapshot.agenda
    speaker = snapshot.talk.speaker
    planned_end = agenda.planned_end
    return (
        agenda.phase,
        agenda.index,
        ceil_seconds(agenda.current.remaining_seconds),
        floor_seconds(agenda.session_elapsed),
        floor_seconds(planned_end) if planned_end is not None else None,
        (speaker.member_id, floor_seconds(speaker.speaking_seconds)) if speaker else None,
    )


class SessionController(QObject):
    # A fresh snapshot is ready (every tick while a session is open, and after every action).
    updated = Signal()
    # A short, non-private message for the status area.
    message = Signal(str)
    # A session was opened, resumed, ended or discarded.
    sessionChanged = Signal()

    def __init__(
        self,
        workspace: Workspace,
        parent: QObject | None = None,
        *,
        monotonic: Monotonic = time.monotonic,
        rng: random.Random | None = None,
        wall: WallClock = time.time,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._monotonic = monotonic
        self._rng = rng
        self._wall = wall
        self.live: LiveSession | None = None
        self.snapshot: SessionSnapshot | None = None
        self.group_name = ""
        #: The group's session length in minutes (the planned end is never before it).
        self.session_minutes: int | None = None
        #: Wall-clock seconds at session time 0 of this run (for "planned end 19:58").
        self._wall_anchor = 0.0
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.setTimerType(Qt.TimerType.CoarseTimer)
        self.tick_timer.timeout.connect(self._on_timer)
        self._shown_key: tuple[object, ...] = ()
        #: Counts actions (and sessions attached): what is not clock-driven can only change
        #: when this does.
        self.revision = 0
        self._clock_cache: tuple[int, str] = (-1, "")
        self.heartbeat_timer = QTimer(self)
        self.heartbeat_timer.setInterval(HEARTBEAT_MS)
        self.heartbeat_timer.setTimerType(Qt.TimerType.CoarseTimer)
        self.heartbeat_timer.timeout.connect(self.heartbeat)

    # --- clock ---------------------------------------------------------------------------------

    def use_clock(
        self,
        monotonic: Monotonic,
        *,
        rng: random.Random | None = None,
        wall: WallClock | None = None,
    ) -> None:
        """The clock (and random source) for the next session opened or resumed."""
        if self.live is not None:
            raise RuntimeError("the clock of a running session cannot change")
        self._monotonic = monotonic
        self._rng = rng
        if wall is not None:
            self._wall = wall

    def clock_text(self, session_seconds: float | None) -> str:
        """Local "HH:MM" of a moment of this run of the session ("" for None)."""
        if session_seconds is None:
            return ""
        minute = int((self._wall_anchor + session_seconds) // 60)
        if minute != self._clock_cache[0]:
            self._clock_cache = (minute, datetime.fromtimestamp(minute * 60).strftime("%H:%M"))
        return self._clock_cache[1]

    def planned_end(self, agenda: AgendaSnapshot) -> float | None:
        """When the session is planned to end: the group's session length after the start,
        or later when the agenda says so (see agenda.session_planned_end)."""
        return session_planned_end(agenda, self.session_minutes)

    # --- opening and closing -------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self.live is not None

    def open(self, group_id: int, group_name: str) -> bool:
        """Open a session for the group from its agenda template; the clock waits for Space."""
        if self.live is not None:
            emit(self.message, _tr("A session is already open."))
            return False
        try:
            live = self.workspace.sessions.start(group_id, monotonic=self._monotonic, rng=self._rng)
        except FacilitatorError as exc:
            emit(self.message, exc.message)
            return False
        self._attach(live, group_name)
        return True

    def running_elsewhere(self) -> list[SessionInfo]:
        """Sessions left running (a crash, a kill) that this page has not resumed."""
        own = self.live.session_id if self.live is not None else None
        return [info for info in self.workspace.sessions.running() if info.id != own]

    def interrupted_text(self, info: SessionInfo) -> str:
        """ "19:42": when an interrupted session was last known alive (local time)."""
        moment = last_alive(self.workspace.context, info.id) or info.started_at
        return local_clock(moment)

    def resume(self, info: SessionInfo) -> bool:
        """Rebuild an interrupted session; it waits, paused, for Space."""
        if self.live is not None:
            emit(self.message, _tr("End the open session before resuming another."))
            return False
        try:
            live = self.workspace.sessions.resume(info.id, monotonic=self._monotonic, rng=self._rng)
        except FacilitatorError as exc:
            emit(self.message, exc.message)
            return False
        except ValueError as exc:  # a log that cannot be replayed
            emit(self.message, friendly(exc))
            return False
        self._attach(live, info.group_name)
        return True

    def end(self) -> int | None:
        """Finish the session (it becomes history); returns its id, None if it failed."""
        live = self.live
        if live is None:
            return None
        try:
            live.end()
        except FacilitatorError as exc:  # e.g. the disk refused: the session stays open
            emit(self.message, exc.message)
            self.tick()
            return None
        except ValueError as exc:
            emit(self.message, friendly(exc))
            self.tick()
            return None
        self._detach()
        return live.session_id

    def end_interrupted(self, info: SessionInfo) -> bool:
        """End a session left running without opening it on the page."""
        try:
            live = self.workspace.sessions.resume(info.id, monotonic=self._monotonic)
            live.end()
        except FacilitatorError as exc:
            emit(self.message, exc.message)
            return False
        except ValueError as exc:
            emit(self.message, friendly(exc))
            return False
        emit(self.sessionChanged)
        return True

    def discard(self) -> bool:
        """Delete a session opened by mistake (only before its clock started)."""
        live = self.live
        if live is None:
            return False
        try:
            self.workspace.sessions.discard(live.session_id)
        except FacilitatorError as exc:
            emit(self.message, exc.message)
            return False
        self._detach()
        return True

    def _attach(self, live: LiveSession, group_name: str) -> None:
        self.revision += 1
        self.live = live
        self.group_name = group_name
        self.session_minutes = self._session_minutes(live.group_id)
        snapshot = live.snapshot()
        self._wall_anchor = self._wall() - snapshot.at
        self.snapshot = snapshot
        self.tick_timer.start()
        self.heartbeat_timer.start()
        emit(self.sessionChanged)
        emit(self.updated)

    def _session_minutes(self, group_id: int) -> int | None:
        """The group's session length; None when it cannot be read (the agenda alone then
        plans the end)."""
        try:
            return self.workspace.groups.get(group_id).default_minutes
        except FacilitatorError:
            return None

    def _detach(self) -> None:
        self.tick_timer.stop()
        self.heartbeat_timer.stop()
        self.live = None
        self.snapshot = None
        self.group_name = ""
        self.session_minutes = None
        emit(self.sessionChanged)

    # --- actions -------------------------------------------------------------------------------

    def act(self, operation: Callable[[LiveSession], object]) -> bool:
        """Run one action on the live session; True when it went through and was saved.

        A refused action (a ValueError from the domain) changes nothing. A failed save
        (SaveFailed) keeps the events queued for the next action and says so.
        """
        live = self.live
        if live is None:
            emit(self.message, _tr("Open a session first."))
            return False
        ok = False
        self.revision += 1
        try:
            operation(live)
            ok = True
        except FacilitatorError as exc:
            emit(self.message, exc.message)
        except ValueError as exc:
            emit(self.message, friendly(exc))
        self.tick()
        return ok

    @Slot()
    def tick(self) -> None:
        """Read the clock once and let the page repaint (after an action, or in tests)."""
        self._refresh(force=True)

    @Slot()
    def _on_timer(self) -> None:
        self._refresh(force=False)

    def _refresh(self, *, force: bool) -> None:
        """The timer only repaints when a shown second changed; actions always do."""
        if self.live is None:
            return
        snapshot = self.live.snapshot()
        self.snapshot = snapshot
        key = display_key(snapshot)
        if force or key != self._shown_key:
            self._shown_key = key
            emit(self.updated)

    @Slot()
    def heartbeat(self) -> None:
        """Record that the session is alive (a crash then ends a turn about here)."""
        if self.live is None:
            return
        try:
            self.live.heartbeat()
        except FacilitatorError as exc:
            emit(self.message, exc.message)
