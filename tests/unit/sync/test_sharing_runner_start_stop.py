"""The sync runner's thread: a daemon named for sync, stop joins it, start after stop runs
again, the default timings, keys changing before a sync, a new runner's first status."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from facilitator_desktop.errors import KeyChanging
from facilitator_desktop.models.sync import SyncOutbox
from facilitator_desktop.services.sharing import SharingService
from facilitator_desktop.services.sharing_engine import SyncReport
from facilitator_desktop.services.sharing_runner import SyncRunner, SyncStatus
from facilitator_desktop.sync.server import ServerSettings
from tests.helpers.postgres import free_port
from tests.unit.sync.laptops import Laptop, make_laptop, new_group, share

Step = bool | Callable[[], bool]


def stub_settings() -> ServerSettings:
    return ServerSettings("127.0.0.1", free_port(), "db", "role", "pw")


@pytest.fixture
def ana(tmp_path: Path) -> Iterator[Laptop]:
    laptop = make_laptop(tmp_path, "ana", stub_settings())
    try:
        yield laptop
    finally:
        laptop.ws.close()


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
        pass


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


# --- start and stop ---------------------------------------------------------------------------


def test_the_thread_is_a_daemon_named_for_sync_and_stop_joins_it(ana: Laptop) -> None:
    runner = SyncRunner(ana.ws.context, interval_s=3600, poll_s=0.01, engine=FakeEngine(waiting=0))  # type: ignore[arg-type]
    runner.start()
    [thread] = [t for t in threading.enumerate() if t.name == "facilitator-sync"]
    assert thread.daemon
    assert runner.running
    runner.start()  # a second start while running starts nothing
    assert [t for t in threading.enumerate() if t.name == "facilitator-sync"] == [thread]
    joined: list[float | None] = []
    real_join = thread.join

    def join(timeout: float | None = None) -> None:
        joined.append(timeout)
        real_join(timeout)

    thread.join = join  # type: ignore[method-assign]
    runner.stop()
    assert joined == [10.0]
    assert not thread.is_alive() and not runner.running
    runner.stop(timeout=0.5)  # stopping again has nothing to join
    assert joined == [10.0]


def test_stop_before_start_is_harmless_and_start_after_stop_runs_again(ana: Laptop) -> None:
    runner = SyncRunner(ana.ws.context, interval_s=3600, poll_s=0.01, engine=FakeEngine(waiting=0))  # type: ignore[arg-type]
    runner.stop()
    assert not runner.running
    runner.start()
    assert runner.running
    runner.stop(timeout=5.0)
    assert not runner.running


def test_by_default_it_polls_every_half_second_and_syncs_every_minute(ana: Laptop) -> None:
    runner = SyncRunner(ana.ws.context, engine=FakeEngine(captures=[0]))  # type: ignore[arg-type]
    wake = ScriptedWake([False] * 241, runner._stop)
    polls: list[int] = []
    runner._wake = wake  # type: ignore[assignment]
    runner.sync_once = lambda: polls.append(len(wake.timeouts))  # type: ignore[assignment,method-assign,return-value]
    runner._run()
    assert set(wake.timeouts) == {0.5}
    assert polls == [1, 121, 241]


def test_keys_changing_before_a_sync_say_locked_and_clear_its_progress(
    tmp_path: Path, ana: Laptop, monkeypatch: pytest.MonkeyPatch
) -> None:
    ben = shared_with_server(tmp_path, ana)
    try:
        engine = FakeEngine(waiting=4)
        engine.progress_calls = [(1, 2)]
        engine.outcome = RuntimeError("the engine broke mid-way")
        seen: list[SyncStatus] = []
        runner = SyncRunner(ana.ws.context, engine=engine, on_status=seen.append)  # type: ignore[arg-type]
        with pytest.raises(RuntimeError):
            runner.sync_once()
        assert runner.status() == SyncStatus("syncing", progress=(1, 2))
        # the next sync starts without the old progress
        engine.progress_calls = []
        engine.outcome = SyncReport(waiting=4)
        runner.sync_once()
        assert seen[-2] == SyncStatus("syncing")
        # progress again, then the workspace key changes before the next sync
        engine.progress_calls = [(3, 3)]
        engine.outcome = RuntimeError("broke again")
        with pytest.raises(RuntimeError):
            runner.sync_once()
        at = runner.status().synced_at

        def changing(self: object) -> None:
            raise KeyChanging()

        with monkeypatch.context() as patch:
            patch.setattr(SharingService, "server_settings", changing)
            assert runner.sync_once() == SyncStatus("locked", synced_at=at, waiting=4)
        # and progress again, then the workspace locks before the next sync
        with pytest.raises(RuntimeError):
            runner.sync_once()
        assert runner.status().progress == (3, 3)
        ana.ws.lock()
        assert runner.sync_once() == SyncStatus("locked", synced_at=at, waiting=4)
    finally:
        ben.ws.close()


def test_a_new_runner_says_off_and_a_first_outbox_row_is_new(ana: Laptop) -> None:
    engine = FakeEngine(captures=[1])
    runner = SyncRunner(ana.ws.context, interval_s=3600, poll_s=1.0, engine=engine)  # type: ignore[arg-type]
    assert runner.status() == SyncStatus("off")
    assert add_outbox_rows(ana, 1) == [1]
    assert drive(runner, [False, False]) == [1, 2]
    assert engine.captured == 1
