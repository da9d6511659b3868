"""Sync in the background: a plain thread the UI starts and stops, never the GUI thread.

The runner looks at the outbox every `poll_s` seconds (half a second; one indexed query).
When something was written, it seals what can go (a running session waits for its end) and,
if that made a change, syncs at once: a session's changes reach the server within a second
of its end.
Otherwise it syncs every `interval_s` seconds to fetch the co-facilitators' changes.

`status()` is what the status line shows, from any thread: "synced 2 min ago" (`state`
"synced" and `synced_at`), "offline, 14 changes waiting" (`state` "offline" and `waiting`),
a first sync's progress (`progress`). `on_status` is called from the runner's thread after
every change of status; a Qt UI forwards it to its own thread with a queued signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal

from sqlalchemy import func, select

from facilitator_desktop.errors import KeyChanging, VaultLocked
from facilitator_desktop.models.sync import SharedGroup, SyncOutbox
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.sharing import SharingService
from facilitator_desktop.services.sharing_engine import SyncEngine
from facilitator_desktop.sync.server import ServerUnavailable

log = logging.getLogger(__name__)

State = Literal["off", "waiting", "syncing", "synced", "offline", "locked", "failed"]


@dataclass(frozen=True, slots=True)
class SyncStatus:
    state: State
    synced_at: datetime | None = None  # the last sync that reached the server
    waiting: int = 0  # local changes not yet on the server
    progress: tuple[int, int] | None = None  # (applied, still to apply) while syncing
    refused: int = 0  # others' changes refused so far (listed by SharingService.problems)
    detail: str = ""  # why offline or failed, for a tooltip (never content)

    def minutes_since_sync(self, now: datetime) -> int | None:
        if self.synced_at is None:
            return None
        return max(0, int((now - self.synced_at).total_seconds() // 60))


class SyncRunner:
    def __init__(
        self,
        ctx: ServiceContext,
        *,
        interval_s: float = 60.0,
        poll_s: float = 0.5,
        on_status: Callable[[SyncStatus], None] | None = None,
        engine: SyncEngine | None = None,
    ) -> None:
        self._ctx = ctx
        self._sharing = SharingService(ctx)
        self._engine = engine or SyncEngine(ctx)
        self._interval_s = interval_s
        self._poll_s = poll_s
        self._on_status = on_status
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._status = SyncStatus("off")
        self._seen_outbox = -1
        self._syncs = 0

    # --- what the UI calls --------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="facilitator-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the runner to stop and wait for it (a sync under way finishes its step; what
        it had not applied is fetched again next time)."""
        self._stop.set()
        self._wake.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)

    def sync_now(self) -> None:
        """Sync as soon as possible (the UI calls it when a session ends, or on demand)."""
        self._wake.set()

    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def syncs(self) -> int:
        """How many syncs reached the server since start (for tests and benchmarks)."""
        return self._syncs

    # --- the thread ---------------------------------------------------------------------------

    def _run(self) -> None:
        since_sync = self._interval_s  # sync at once on start
        while not self._stop.is_set():
            woken = self._wake.wait(self._poll_s)
            self._wake.clear()
            if self._stop.is_set():
                break
            since_sync += self._poll_s
            try:
                due = woken or since_sync >= self._interval_s or self._new_local_change()
                if due:
                    since_sync = 0.0
                    self.sync_once()
            except Exception:  # a thread must not die silently: shown, and tried again later
                log.exception("sync failed")
                self._set(replace(self.status(), state="failed", detail="unexpected error"))

    def _new_local_change(self) -> bool:
        if not self._ctx.keyring.unlocked:
            return False
        with self._ctx.sessions.begin() as s:
            newest = s.scalar(select(func.max(SyncOutbox.id))) or 0
        if newest == self._seen_outbox:
            return False
        self._seen_outbox = newest
        try:
            return self._engine.capture() > 0
        except (VaultLocked, KeyChanging):
            return False

    def sync_once(self) -> SyncStatus:
        """One sync now, on the calling thread (the runner's own, or a test's)."""
        if not self._ctx.keyring.unlocked:
            return self._set(replace(self.status(), state="locked", progress=None))
        try:
            settings = self._sharing.server_settings()
            shared = self._shared_groups()
        except (VaultLocked, KeyChanging):
            return self._set(replace(self.status(), state="locked", progress=None))
        if settings is None or not shared:
            return self._set(SyncStatus("off", waiting=self._waiting()))
        self._set(replace(self.status(), state="syncing", progress=None, detail=""))

        def progress(done: int, remaining: int) -> None:
            self._set(replace(self.status(), progress=(done, max(0, remaining))))

        try:
            report = self._engine.sync(settings, progress)
        except ServerUnavailable as exc:
            return self._set(
                replace(
                    self.status(),
                    state="offline",
                    waiting=self._waiting(),
                    progress=None,
                    detail=str(exc)[:200],
                )
            )
        except (VaultLocked, KeyChanging):
            return self._set(replace(self.status(), state="locked", progress=None))
        self._syncs += 1
        before = self.status()
        return self._set(
            SyncStatus(
                "synced",
                synced_at=self._ctx.now(),
                waiting=report.waiting,
                refused=before.refused + report.refused,
            )
        )

    def _shared_groups(self) -> int:
        with self._ctx.sessions.begin() as s:
            found = s.scalar(
                select(func.count())
                .select_from(SharedGroup)
                .where(SharedGroup.state.in_(("active", "pending")))
            )
            return int(found or 0)

    def _waiting(self) -> int:
        try:
            return self._engine.waiting()
        except (VaultLocked, KeyChanging):
            return self.status().waiting

    def _set(self, status: SyncStatus) -> SyncStatus:
        with self._lock:
            changed = status != self._status
            self._status = status
        if changed and self._on_status is not None:
            self._on_status(status)
        return status
