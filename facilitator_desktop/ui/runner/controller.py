"""The live session behind the Session page: its clock, its timers and every action on it.

One :class:`SessionController` per page. It owns the :class:`LiveSession` (which writes each
event before returning), a repaint timer that only *reads* the clock (elapsed time is always
computed from the injected monotonic clock, never by counting ticks) and the heartbeat that
lets a crash end a speaker's turn close to when it really stopped. Errors never escape: they
become a short message for the status area.

A change the disk refuses (full, read-only) is kept by the LiveSession and stored with the
next action or heartbeat; the controller says so once (:attr:`unsaved_problem`,
``saveStateChanged``) and says again when it is stored. An end that had to wait is finished
by the heartbeat that stores it (``endSaved``).

At every look at the clock (each tick, action and heartbeat) the controller also compares
the monotonic clock with one that counts a laptop's sleep (domain/sleep.py). A sleep sets
the session's clock to "not counted" on every system and, while the session runs, waits for
the facilitator's decision (``sleepNoticed``, :meth:`decide_sleep`); actions wait too. A
sleep while paused or before the start counts as the pause it was, and is said so.

The clocks are injected: ``SessionController(workspace, monotonic=fake_clock)`` or
:meth:`use_clock` before a session is opened or resumed. Tests step a ``FakeClock`` and call
:meth:`tick` instead of waiting. A monotonic clock of a test's own without a suspend-aware
one sees no sleep.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from facilitator_desktop.domain.agenda import AgendaSnapshot, session_planned_end
from facilitator_desktop.domain.session_state import SessionSnapshot
from facilitator_desktop.domain.sleep import Sleep, SleepDetector
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.rehearsal import RehearsalWorkspace
from facilitator_desktop.services.live_session import (
    LiveSession,
    SaveFailed,
    SaveProblem,
    last_alive,
)
from facilitator_desktop.services.sessions import SessionInfo
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.formatting import local_time, short_time
from facilitator_desktop.ui.idle import SuspendAware, suspend_aware_clock
from facilitator_desktop.ui.runner.refusals import refusal_text
from facilitator_desktop.ui.runner.save_state import end_waits_text, not_saved_text, saved_text
from facilitator_desktop.ui.runner.session_reads import display_key
from facilitator_desktop.ui.runner.sleep_question import sleep_duration
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.workspace import Workspace

Monotonic = Callable[[], float]
WallClock = Callable[[], float]

#: Where the monotonic clock may go on counting while the machine sleeps.
MONOTONIC_COUNTS_SLEEP = sys.platform == "win32"

TICK_MS = 200
HEARTBEAT_MS = 10_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionController", text)


class SessionController(QObject):
    # A fresh snapshot is ready (every tick while a session is open, and after every action).
    updated = Signal()
    # A short, non-private message for the status area.
    message = Signal(str)
    # A session was opened, resumed, ended or discarded.
    sessionChanged = Signal()
    # Changes wait for the disk, or all are stored again (see unsaved_problem).
    saveStateChanged = Signal()
    # An end that waited for the disk is stored: the session (this id) is history now.
    endSaved = Signal(int)
    # The laptop slept while the session ran: ask whether it counts (decide_sleep).
    sleepNoticed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        parent: QObject | None = None,
        *,
        monotonic: Monotonic = time.monotonic,
        rng: random.Random | None = None,
        wall: WallClock = time.time,
        suspend_aware: SuspendAware | None = None,
        monotonic_counts_sleep: bool = MONOTONIC_COUNTS_SLEEP,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._monotonic = monotonic
        self._rng = rng
        self._wall = wall
        self._suspend_aware = _sleep_clock(monotonic, suspend_aware)
        self._sleeps = SleepDetector(monotonic_counts_sleep=monotonic_counts_sleep)
        #: Why changes from the room wait for the disk; None when everything is stored.
        self.unsaved_problem: SaveProblem | None = None
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
        suspend_aware: SuspendAware | None = None,
        monotonic_counts_sleep: bool | None = None,
    ) -> None:
        """The clocks (and random source) for the next session opened or resumed.
        `suspend_aware` counts a laptop's sleep (None: none for a clock of the caller's
        own, the platform's for time.monotonic); `monotonic_counts_sleep` says whether
        `monotonic` goes on counting in a sleep, as Windows' may (None: the platform's)."""
        if self.live is not None:
            raise RuntimeError("the clock of a running session cannot change")
        self._monotonic = monotonic
        self._rng = rng
        if wall is not None:
            self._wall = wall
        self._suspend_aware = _sleep_clock(monotonic, suspend_aware)
        self._sleeps = SleepDetector(
            monotonic_counts_sleep=MONOTONIC_COUNTS_SLEEP
            if monotonic_counts_sleep is None
            else monotonic_counts_sleep
        )

    def clock_text(self, session_seconds: float | None) -> str:
        """Local "HH:MM" of a moment of this run of the session ("" for None)."""
        if session_seconds is None:
            return ""
        minute = int((self._wall_anchor + session_seconds) // 60)
        if minute != self._clock_cache[0]:
            self._clock_cache = (minute, short_time(datetime.fromtimestamp(minute * 60)))
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
            emit(self.message, error_text(exc))
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
        return local_time(moment)

    def resume(self, info: SessionInfo) -> bool:
        """Rebuild an interrupted session; it waits, paused, for Space."""
        if self.live is not None:
            emit(self.message, _tr("End the open session before resuming another."))
            return False
        try:
            live = self.workspace.sessions.resume(info.id, monotonic=self._monotonic, rng=self._rng)
        except FacilitatorError as exc:
            emit(self.message, error_text(exc))
            return False
        except ValueError:  # a log that cannot be replayed
            emit(self.message, _tr("This session's record cannot be read back to resume it."))
            return False
        self._attach(live, info.group_name)
        return True

    def end(self) -> int | None:
        """Finish the session (it becomes history); returns its id, None if it failed or
        waits for the disk (then the heartbeat that stores it emits endSaved)."""
        live = self.live
        if live is None:
            return None
        self.revision += 1  # the unmarked now show as absent, as ending marks them
        try:
            live.end()
        except SaveFailed as exc:  # ended in the room; the end waits with what came before
            self._not_saved(exc)
            emit(self.message, end_waits_text())
            self.tick()
            return None
        except FacilitatorError as exc:
            emit(self.message, error_text(exc))
            self.tick()
            return None
        except ValueError as exc:
            emit(self.message, refusal_text(exc, self._member_name))
            self.tick()
            return None
        self._all_saved()
        self._detach()
        return live.session_id

    def end_interrupted(self, info: SessionInfo) -> bool:
        """End a session left running without opening it on the page."""
        try:
            live = self.workspace.sessions.resume(info.id, monotonic=self._monotonic)
            live.end()
        except FacilitatorError as exc:
            emit(self.message, error_text(exc))
            return False
        except ValueError as exc:
            emit(self.message, refusal_text(exc, self._member_name))
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
            emit(self.message, error_text(exc))
            return False
        self._detach()
        return True

    def _attach(self, live: LiveSession, group_name: str) -> None:
        self.revision += 1
        self.live = live
        self.group_name = group_name
        self.session_minutes = self._session_minutes(live.group_id)
        self._sleeps.reset()
        self._watch_sleep()  # the first look, from which a sleep is measured
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

    def _member_name(self, member_id: int) -> str:
        try:
            return self.workspace.members.get(member_id).alias
        except FacilitatorError:  # erased meanwhile, or unreadable
            return "—"

    def _detach(self) -> None:
        self.tick_timer.stop()
        self.heartbeat_timer.stop()
        self.live = None
        self.snapshot = None
        self.group_name = ""
        self.session_minutes = None
        if self.unsaved_problem is not None:
            self.unsaved_problem = None
            emit(self.saveStateChanged)
        emit(self.sessionChanged)

    # --- actions -------------------------------------------------------------------------------

    def act(self, operation: Callable[[LiveSession], object]) -> bool:
        """Run one action on the live session; True when it went through (stored, or kept
        until the disk takes it).

        A refused action (a ValueError from the domain) changes nothing. A failed save
        (SaveFailed) keeps the change for the next write and says so once; the action
        itself went through. While a sleep waits for the facilitator's decision, actions
        wait too (the question is shown again).
        """
        live = self.live
        if live is None:
            emit(self.message, _tr("Open a session first."))
            return False
        if self._watch_sleep():
            emit(self.message, _tr("First say whether the laptop's sleep counts as session time."))
            emit(self.sleepNoticed)
            return False
        ok = False
        self.revision += 1
        try:
            operation(live)
            ok = True
        except SaveFailed as exc:
            ok = True
            self._not_saved(exc)
        except FacilitatorError as exc:
            emit(self.message, error_text(exc))
        except ValueError as exc:
            emit(self.message, refusal_text(exc, self._member_name))
        else:
            self._all_saved()
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
        self._watch_sleep()
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
        """Record that the session is alive (a crash then ends a turn about here), and
        store whatever waits for the disk; an end that waited becomes history here."""
        live = self.live
        if live is None:
            return
        self._watch_sleep()
        try:
            live.heartbeat()
        except SaveFailed as exc:
            self._not_saved(exc)
            return
        except FacilitatorError as exc:
            emit(self.message, error_text(exc))
            return
        self._all_saved()
        if live.ended_and_stored and self.live is live:
            self._detach()
            emit(self.endSaved, live.session_id)

    # --- changes the disk could not take yet -------------------------------------------------

    def _not_saved(self, error: SaveFailed) -> None:
        """Say once that changes wait (again only if the reason changes). A heartbeat that
        only failed to note the time says nothing: no change of the room waits."""
        live = self.live
        if live is None or live.unsaved == 0 or self.unsaved_problem == error.problem:
            return
        self.unsaved_problem = error.problem
        emit(self.message, not_saved_text(error.problem))
        emit(self.saveStateChanged)

    def _all_saved(self) -> None:
        live = self.live
        if self.unsaved_problem is None or live is None or live.unsaved:
            return
        self.unsaved_problem = None
        emit(self.message, saved_text())
        emit(self.saveStateChanged)

    # --- a laptop that slept -------------------------------------------------------------------

    def pending_sleep_seconds(self) -> float | None:
        """How long the laptop slept (real seconds), while the decision waits; else None."""
        live = self.live
        pending = live.pending_sleep if live is not None else None
        return pending.seconds / self._time_scale() if pending is not None else None

    def decide_sleep(self, counted: bool) -> bool:
        """The facilitator's answer: the sleep counts as session time, or not."""
        live = self.live
        seconds = self.pending_sleep_seconds()
        if live is None or seconds is None:
            return False
        self.revision += 1
        try:
            live.decide_sleep(counted)
        except SaveFailed as exc:
            self._not_saved(exc)
        except FacilitatorError as exc:
            emit(self.message, error_text(exc))
        except ValueError as exc:
            emit(self.message, refusal_text(exc, self._member_name))
        else:
            self._all_saved()
        self._wall_anchor = self._wall() - live.snapshot().at
        duration = sleep_duration(seconds)
        if counted:
            text = _tr(
                "Counted as session time: {duration} of sleep. A turn under way ended when "
                "the laptop went to sleep."
            )
        else:
            text = _tr("Not counted: {duration} of sleep. The clock goes on from where it stopped.")
        emit(self.message, text.format(duration=duration))
        self.tick()
        return True

    def _watch_sleep(self) -> bool:
        """One look at both clocks. True while a sleep waits for the decision."""
        live = self.live
        if live is None:
            return False
        sleep = self._sleeps.observe(self._monotonic(), self._suspend_aware())
        if sleep is not None and not live.finished:
            scale = self._time_scale()
            live.note_sleep(
                Sleep(sleep.seconds * scale, sleep.counted * scale, sleep.awake * scale)
            )
            self._wall_anchor = self._wall() - live.snapshot().at
            self.revision += 1
            if live.runner.phase == "running":
                emit(self.sleepNoticed)
            else:
                self._count_stopped_time(live, sleep.seconds)
        return live.pending_sleep is not None

    def _count_stopped_time(self, live: LiveSession, seconds: float) -> None:
        """A sleep while the session's clock stood still (paused, not started): no
        segment or turn was timed, so it counts as the pause it was."""
        paused = live.runner.phase == "paused"
        try:
            live.decide_sleep(True)
        except SaveFailed as exc:
            self._not_saved(exc)
        except FacilitatorError as exc:
            emit(self.message, error_text(exc))
        self._wall_anchor = self._wall() - live.snapshot().at
        text = (
            _tr("The laptop slept for {duration} while the session was paused.")
            if paused
            else _tr("The laptop slept for {duration} before the session started.")
        )
        emit(self.message, text.format(duration=sleep_duration(seconds)))

    def _time_scale(self) -> float:
        """Session seconds per real second (a rehearsal's clock runs faster)."""
        workspace = self.workspace
        return float(workspace.speed) if isinstance(workspace, RehearsalWorkspace) else 1.0


def _sleep_clock(monotonic: Monotonic, suspend_aware: SuspendAware | None) -> SuspendAware:
    """The clock a sleep is measured against: the one given; else the platform's for the
    real monotonic clock, and for a clock of the caller's own that same clock (no sleep)."""
    if suspend_aware is not None:
        return suspend_aware
    return suspend_aware_clock() if monotonic is time.monotonic else monotonic
