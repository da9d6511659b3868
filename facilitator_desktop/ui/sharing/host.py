"""The background sync of one open workspace, as the window sees it.

`SyncHost` owns the SyncRunner (a thread of its own) and hands its status to the GUI
thread through a queued signal, so no widget ever waits for the server. It starts only when
the workspace is unlocked, a server is set and a group is shared; a lock or quitting stops
it before the data key goes. One host per UiContext (a child of it, found by `sync_host`):
the status line, the Settings' Sharing page and the main window share it without a
module-level singleton.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.signals import emit

# The sync engine brings psycopg: loaded when sharing is first looked at, not at start.
if TYPE_CHECKING:
    from facilitator_desktop.services.sharing import SharingService
    from facilitator_desktop.services.sharing_runner import State, SyncRunner, SyncStatus

log = logging.getLogger(__name__)

# How often the runner fetches the co-facilitators' changes when nothing is written here.
INTERVAL_S = 60.0
# How long a lock or quitting waits for a sync step under way (then the key goes anyway:
# the runner meets a locked key ring and stops at its next step).
STOP_WAIT_S = 10.0

RunnerFactory = Callable[["UiContext", Callable[["SyncStatus"], None]], "SyncRunner"]


def _default_runner(ctx: UiContext, on_status: Callable[[SyncStatus], None]) -> SyncRunner:
    from facilitator_desktop.services.sharing_runner import SyncRunner

    return SyncRunner(ctx.workspace.context, interval_s=INTERVAL_S, on_status=on_status)


class SyncHost(QObject):
    # The runner's latest SyncStatus, on the GUI thread.
    statusChanged = Signal(object)
    # (generation, SyncStatus) emitted on the runner's thread; delivered on the GUI thread.
    _reported = Signal(int, object)

    def __init__(self, ctx: UiContext, runner_factory: RunnerFactory | None = None) -> None:
        super().__init__(ctx)
        self.setObjectName("syncHost")
        self.ctx = ctx
        self._factory = runner_factory or _default_runner
        self._runner: SyncRunner | None = None
        self._status: SyncStatus | None = None
        self._generation = 0  # which runner a report comes from (a stopped one's is stale)
        self._reported.connect(self._on_reported, Qt.ConnectionType.QueuedConnection)

    def set_runner_factory(self, factory: RunnerFactory) -> None:
        """The runner to start from now on (screenshots: one that reports a chosen status)."""
        self.stop()
        self._factory = factory

    # --- what the window and the Sharing page ask ------------------------------------------

    def sharing(self) -> SharingService:
        from facilitator_desktop.services.sharing import SharingService

        return SharingService(self.ctx.workspace.context)

    def status(self) -> SyncStatus | None:
        """The last status reported (None: sync has not run since the window opened)."""
        return self._status

    @property
    def running(self) -> bool:
        return self._runner is not None and self._runner.running

    def wanted(self) -> bool:
        """Sync runs when a server is set and a group is shared (or an invitation accepted)."""
        if self.ctx.workspace.locked:
            return False
        try:
            sharing = self.sharing()
            if sharing.server() is None:
                return False
            return any(g.state in ("active", "pending") for g in sharing.shared_groups())
        except FacilitatorError:
            return False

    @Slot()
    def refresh(self) -> None:
        """Start or stop the runner as the settings now ask (after unlock, after a change
        on the Sharing page)."""
        if self.wanted():
            self._start()
        else:
            self.stop()
            if self._status is not None and self._status.state != "off":
                self._publish(_status("off"))

    @Slot()
    def sync_now(self) -> None:
        """Sync as soon as possible (the Sharing page's Sync now, a server just set)."""
        self.refresh()
        if self._runner is not None:
            self._runner.sync_now()

    def stop(self) -> None:
        """Stop the runner and wait for a step under way (lock, quit): it must not touch the
        workspace after its key is gone or its database closed."""
        runner, self._runner = self._runner, None
        if runner is not None:
            runner.stop(STOP_WAIT_S)

    def workspace_locked(self) -> None:
        was_running = self._runner is not None
        self.stop()
        if was_running:
            self._publish(_status("locked"))

    # --- the runner's thread ---------------------------------------------------------------

    def _start(self) -> None:
        if self._runner is not None and self._runner.running:
            return
        self._generation += 1
        generation = self._generation

        def report(status: SyncStatus) -> None:
            # The runner's thread: only a queued signal crosses to the widgets.
            emit(self._reported, generation, status)

        self._runner = self._factory(self.ctx, report)
        self._publish(_status("waiting"))
        self._runner.start()

    @Slot(int, object)
    def _on_reported(self, generation: int, status: SyncStatus) -> None:
        if self._runner is None or generation != self._generation:
            return  # a stopped runner's last word: stale
        self._publish(status)

    def _publish(self, status: SyncStatus) -> None:
        self._status = status
        emit(self.statusChanged, status)


def _status(state: State) -> SyncStatus:
    from facilitator_desktop.services.sharing_runner import SyncStatus

    return SyncStatus(state)


def sync_host(ctx: UiContext) -> SyncHost:
    """The workspace's one SyncHost (made the first time it is asked for)."""
    found = ctx.findChild(SyncHost, "syncHost", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, SyncHost) else SyncHost(ctx)
