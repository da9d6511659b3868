"""A sync runner driven poll by poll for its tests: a scripted wake event, a fake engine,
and the laptops they run on."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from facilitator_desktop.models.sync import SyncOutbox
from facilitator_desktop.services.sharing_engine import SyncReport
from facilitator_desktop.services.sharing_runner import SyncRunner
from facilitator_desktop.sync.server import ServerSettings
from tests.helpers.postgres import free_port
from tests.unit.sync.laptops import Laptop, make_laptop, new_group, share

Step = bool | Callable[[], bool]


def stub_settings() -> ServerSettings:
    return ServerSettings("127.0.0.1", free_port(), "db", "role", "pw")


class FakeEngine:
    """What the runner asks of the sync engine, scripted: capture counts (or errors), the
    waiting count, and what one sync returns or raises."""

    def __init__(self, captures: list[int | Exception] | None = None, waiting: int = 3) -> None:
        self.captures = list(captures or [])
        self.captured = 0
        self.waiting_count: int | Exception = waiting
        self.outcome: SyncReport | Exception = SyncReport()
        self.progress_calls: list[tuple[int, int]] = []
        self.synced_with: list[ServerSettings] = []

    def capture(self) -> int:
        self.captured += 1
        got = self.captures.pop(0)
        if isinstance(got, Exception):
            raise got
        return got

    def waiting(self) -> int:
        if isinstance(self.waiting_count, Exception):
            raise self.waiting_count
        return self.waiting_count

    def sync(
        self, settings: ServerSettings, progress: Callable[[int, int], None] | None = None
    ) -> SyncReport:
        self.synced_with.append(settings)
        if progress is not None:
            for done, remaining in self.progress_calls:
                progress(done, remaining)
        if isinstance(self.outcome, Exception):
            raise self.outcome
        return self.outcome


class ScriptedWake:
    """Stands in for the runner's wake event: each wait is one poll, answered from the
    script without sleeping; when the script ends the runner is asked to stop."""

    def __init__(self, steps: list[Step], stop: threading.Event) -> None:
        self.steps = list(steps)
        self.stop = stop
        self.timeouts: list[float | None] = []
        self.clears = 0

    def wait(self, timeout: float | None = None) -> bool:
        self.timeouts.append(timeout)
        if not self.steps:
            self.stop.set()
            return True
        step = self.steps.pop(0)
        return step() if callable(step) else step

    def clear(self) -> None:
        self.clears += 1

    def set(self) -> None:
        """A wake asked for (sync now) changes nothing here: the script says when the loop
        wakes."""


def drive(
    runner: SyncRunner, steps: list[Step], sync: Callable[[], Any] | None = None
) -> list[int]:
    """Run the runner's loop on this thread over `steps` polls; returns the polls (counted
    from 1) at which it synced. `sync` stands in for one sync (default: nothing)."""
    wake = ScriptedWake(steps, runner._stop)
    runner._wake = wake  # type: ignore[assignment]
    polls: list[int] = []

    def record() -> None:
        polls.append(len(wake.timeouts))
        if sync is not None:
            sync()

    runner.sync_once = record  # type: ignore[method-assign]
    runner._run()
    assert wake.clears == len(wake.timeouts)  # every poll clears its wake, the last too
    assert set(wake.timeouts) == {runner._poll_s}
    return polls


def add_outbox_rows(laptop: Laptop, count: int) -> list[int]:
    with laptop.ws.context.sessions.begin() as s:
        rows = [SyncOutbox(group_id=1, tbl="members", row_id=1, clock=1) for _ in range(count)]
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


def shared_with_server(tmp_path: Path, ana: Laptop) -> Laptop:
    """Ana shares a group with Ben (offline: no server is needed to share) and names a
    server; returns Ben, for the caller to close."""
    ben = make_laptop(tmp_path, "ben", stub_settings())
    group_id, _ = new_group(ana)
    share(ana, group_id, ben)
    ana.sharing.set_server("127.0.0.1", 5432, "groups", "ana", "pw")
    return ben
