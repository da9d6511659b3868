"""The sync runner's thread: a daemon named for sync, stop joins it, start after stop runs
again, the default timings, keys changing before a sync, a new runner's first status."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator_desktop.errors import KeyChanging
from facilitator_desktop.services.sharing import SharingService
from facilitator_desktop.services.sharing_engine import SyncReport
from facilitator_desktop.services.sharing_runner import SyncRunner, SyncStatus
from tests.unit.sync.laptops import Laptop, make_laptop
from tests.unit.sync.runner_script import (
    FakeEngine,
    ScriptedWake,
    add_outbox_rows,
    drive,
    shared_with_server,
    stub_settings,
)


@pytest.fixture
def ana(tmp_path: Path) -> Iterator[Laptop]:
    laptop = make_laptop(tmp_path, "ana", stub_settings())
    try:
        yield laptop
    finally:
        laptop.ws.close()


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
