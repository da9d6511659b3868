"""The background runner at its edges: when its loop syncs (poll by poll, at the exact edge of
the interval), when a local write is worth a sync, what a failure shows, exactly what each
status holds, and that it stops and joins its thread.

The loop is driven on the test's thread with a scripted wake event, so the poll at which
each sync happens is counted, never timed: the test cannot depend on the machine's load.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator_desktop.errors import KeyChanging, VaultLocked
from facilitator_desktop.services.sharing_engine import SyncReport
from facilitator_desktop.services.sharing_runner import SyncRunner, SyncStatus
from facilitator_desktop.sync.server import ServerUnavailable
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


# --- minutes since the last sync ----------------------------------------------------------------


def test_minutes_since_sync_at_each_whole_minute() -> None:
    from datetime import datetime, timedelta

    at = datetime(2026, 3, 2, 18, 0)
    status = SyncStatus("synced", synced_at=at)
    for seconds, minutes in ((0, 0), (59.999999, 0), (60, 1), (119, 1), (120, 2), (3600, 60)):
        assert status.minutes_since_sync(at + timedelta(seconds=seconds)) == minutes, seconds
    assert status.minutes_since_sync(at - timedelta(hours=3)) == 0  # a clock set back


# --- the loop ---------------------------------------------------------------------------------


def test_the_loop_syncs_at_once_then_exactly_when_the_interval_is_reached(ana: Laptop) -> None:
    engine = FakeEngine(captures=[0])
    runner = SyncRunner(ana.ws.context, interval_s=0.5, poll_s=0.25, engine=engine)  # type: ignore[arg-type]
    # poll 1 is due (a first sync at once); then every second poll: 0.25 + 0.25 == 0.5.
    assert drive(runner, [False] * 7) == [1, 3, 5, 7]


def test_a_long_interval_syncs_once_a_full_interval_after_the_last(ana: Laptop) -> None:
    engine = FakeEngine(captures=[0])
    runner = SyncRunner(ana.ws.context, interval_s=4.0, poll_s=1.0, engine=engine)  # type: ignore[arg-type]
    assert drive(runner, [False] * 10) == [1, 5, 9]


def test_sync_now_wakes_a_sync_before_the_interval(ana: Laptop) -> None:
    engine = FakeEngine(captures=[0])
    runner = SyncRunner(ana.ws.context, interval_s=3600, poll_s=1.0, engine=engine)  # type: ignore[arg-type]
    assert drive(runner, [False, False, True, False, True]) == [1, 3, 5]


def test_a_stop_during_the_wait_syncs_no_more(ana: Laptop) -> None:
    engine = FakeEngine(captures=[0])
    runner = SyncRunner(ana.ws.context, interval_s=0.5, poll_s=0.5, engine=engine)  # type: ignore[arg-type]

    def stopped_while_waiting() -> bool:
        runner._stop.set()
        return True

    assert drive(runner, [False, stopped_while_waiting, False]) == [1]


def test_a_stop_before_the_loop_starts_never_waits(ana: Laptop) -> None:
    runner = SyncRunner(ana.ws.context, engine=FakeEngine())  # type: ignore[arg-type]
    runner._stop.set()
    wake = ScriptedWake([True], runner._stop)
    runner._wake = wake  # type: ignore[assignment]
    runner._run()
    assert wake.timeouts == []


def test_a_failed_sync_is_logged_shown_and_tried_again(
    ana: Laptop, caplog: pytest.LogCaptureFixture
) -> None:
    engine = FakeEngine(waiting=3)
    seen: list[SyncStatus] = []
    runner = SyncRunner(
        ana.ws.context,
        interval_s=1.0,
        poll_s=1.0,
        engine=engine,  # type: ignore[arg-type]
        on_status=seen.append,
    )
    real_sync = runner.sync_once
    calls: list[int] = []

    def sync() -> None:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("no such table: outbox")
        real_sync()

    with caplog.at_level(logging.ERROR, logger="facilitator_desktop.services.sharing_runner"):
        assert drive(runner, [False, False, False], sync) == [1, 2, 3]
    failed = SyncStatus("failed", waiting=3, detail="unexpected error")
    assert seen == [SyncStatus("off", waiting=3), failed, SyncStatus("off", waiting=3)]
    [record] = caplog.records
    assert record.name == "facilitator_desktop.services.sharing_runner"
    assert record.levelno == logging.ERROR
    assert record.getMessage() == "sync failed"
    assert record.exc_info is not None and isinstance(record.exc_info[1], RuntimeError)
    assert "no such table" not in record.getMessage()  # the words stay in the traceback


def test_a_failure_keeps_what_the_status_already_said(ana: Laptop) -> None:
    engine = FakeEngine(waiting=7)
    runner = SyncRunner(ana.ws.context, interval_s=1.0, poll_s=1.0, engine=engine)  # type: ignore[arg-type]
    runner.sync_once()  # "off", 7 waiting

    def fails() -> None:
        raise ValueError("boom")

    drive(runner, [False], fails)
    assert runner.status() == SyncStatus("failed", waiting=7, detail="unexpected error")


# --- a local write worth a sync -----------------------------------------------------------------


def test_only_a_capture_that_made_changes_syncs_before_the_interval(ana: Laptop) -> None:
    engine = FakeEngine(captures=[0, 1, 2])
    runner = SyncRunner(ana.ws.context, interval_s=3600, poll_s=1.0, engine=engine)  # type: ignore[arg-type]
    captured_at: list[int] = []
    real_capture = engine.capture

    def capture() -> int:
        captured_at.append(len(runner._wake.timeouts))  # type: ignore[attr-defined]
        return real_capture()

    engine.capture = capture  # type: ignore[method-assign]

    def write_one() -> bool:
        assert add_outbox_rows(ana, 1) == [1]  # the first row of an empty outbox
        return False

    def write_two() -> bool:
        add_outbox_rows(ana, 2)
        return False

    # 1: due at once; 2: an empty outbox is new (capture makes 0: no sync); 3: nothing new;
    # 4: row 1 written, capture makes 1: sync; 5: nothing new; 6: two rows, capture makes 2.
    polls = drive(runner, [False, False, False, write_one, False, write_two, False])
    assert polls == [1, 4, 6]
    assert captured_at == [2, 4, 6]


def test_a_locked_workspace_neither_captures_nor_syncs_before_the_interval(ana: Laptop) -> None:
    engine = FakeEngine(captures=[5, 5, 5])
    runner = SyncRunner(ana.ws.context, interval_s=3600, poll_s=1.0, engine=engine)  # type: ignore[arg-type]
    add_outbox_rows(ana, 1)
    ana.ws.lock()
    assert drive(runner, [False] * 4) == [1]
    assert engine.captured == 0


@pytest.mark.parametrize("error", [VaultLocked, KeyChanging], ids=["locked", "key-changing"])
def test_a_capture_refused_by_the_keys_waits_quietly(ana: Laptop, error: type[Exception]) -> None:
    engine = FakeEngine(captures=[error(), 1])
    seen: list[SyncStatus] = []
    runner = SyncRunner(
        ana.ws.context,
        interval_s=3600,
        poll_s=1.0,
        engine=engine,  # type: ignore[arg-type]
        on_status=seen.append,
    )

    def write() -> bool:
        add_outbox_rows(ana, 1)
        return False

    assert drive(runner, [False, False, False, write]) == [1, 4]
    assert engine.captured == 2
    assert seen == []  # no "failed"


# --- one sync: what the status says -------------------------------------------------------------


def test_a_sync_that_reached_the_server_says_when_and_adds_up_refusals(
    tmp_path: Path, ana: Laptop
) -> None:
    ben = shared_with_server(tmp_path, ana)
    try:
        engine = FakeEngine(waiting=9)
        engine.outcome = SyncReport(pushed=1, applied=2, refused=3, waiting=4, seconds=0.5)
        engine.progress_calls = [(0, 5), (2, -1)]
        seen: list[SyncStatus] = []
        runner = SyncRunner(ana.ws.context, engine=engine, on_status=seen.append)  # type: ignore[arg-type]
        first = runner.sync_once()
        synced = SyncStatus("synced", synced_at=ana.wall.now, waiting=4, refused=3)
        assert first == synced and runner.status() == synced
        assert seen == [
            SyncStatus("syncing"),
            SyncStatus("syncing", progress=(0, 5)),
            SyncStatus("syncing", progress=(2, 0)),  # never a negative count left
            synced,
        ]
        assert engine.synced_with == [ana.sharing.server_settings()]
        assert runner.syncs == 1
        ana.wall.advance(90)
        engine.progress_calls = []
        again = runner.sync_once()
        assert again == SyncStatus("synced", synced_at=ana.wall.now, waiting=4, refused=6)
        assert runner.syncs == 2
        # A new sync starts from what was said, without its progress or detail.
        assert seen[-2] == SyncStatus("syncing", synced_at=synced.synced_at, waiting=4, refused=3)
    finally:
        ben.ws.close()


def test_an_unreachable_server_says_offline_with_a_short_reason(
    tmp_path: Path, ana: Laptop
) -> None:
    ben = shared_with_server(tmp_path, ana)
    try:
        engine = FakeEngine(waiting=14)
        engine.outcome = ServerUnavailable("x" * 199 + "yz")
        engine.progress_calls = [(1, 3)]
        seen: list[SyncStatus] = []
        runner = SyncRunner(ana.ws.context, engine=engine, on_status=seen.append)  # type: ignore[arg-type]
        offline = SyncStatus("offline", waiting=14, detail="x" * 199 + "y")
        assert runner.sync_once() == offline
        assert runner.syncs == 0
        # The next try clears the reason while it runs.
        engine.outcome = SyncReport(waiting=0)
        engine.progress_calls = []
        runner.sync_once()
        assert seen[-2] == SyncStatus("syncing", waiting=14)
    finally:
        ben.ws.close()


@pytest.mark.parametrize("error", [VaultLocked, KeyChanging], ids=["locked", "key-changing"])
def test_keys_lost_during_a_sync_say_locked(
    tmp_path: Path, ana: Laptop, error: type[Exception]
) -> None:
    ben = shared_with_server(tmp_path, ana)
    try:
        engine = FakeEngine(waiting=2)
        engine.outcome = ServerUnavailable("down")
        runner = SyncRunner(ana.ws.context, engine=engine)  # type: ignore[arg-type]
        runner.sync_once()
        engine.outcome = error()
        engine.progress_calls = [(1, 1)]
        locked = runner.sync_once()
        assert locked == SyncStatus("locked", waiting=2, detail="")
        assert runner.syncs == 0
    finally:
        ben.ws.close()


def test_offline_keeps_the_last_count_when_the_count_itself_is_locked(
    tmp_path: Path, ana: Laptop
) -> None:
    ben = shared_with_server(tmp_path, ana)
    try:
        engine = FakeEngine(waiting=6)
        engine.outcome = ServerUnavailable("down")
        runner = SyncRunner(ana.ws.context, engine=engine)  # type: ignore[arg-type]
        assert runner.sync_once().waiting == 6
        engine.waiting_count = VaultLocked()
        assert runner.sync_once() == SyncStatus("offline", waiting=6, detail="down")
    finally:
        ben.ws.close()


def test_a_locked_workspace_says_locked_and_keeps_the_rest(ana: Laptop) -> None:
    engine = FakeEngine(waiting=5)
    runner = SyncRunner(ana.ws.context, engine=engine)  # type: ignore[arg-type]
    assert runner.sync_once() == SyncStatus("off", waiting=5)
    ana.ws.lock()
    assert runner.sync_once() == SyncStatus("locked", waiting=5)
    assert engine.synced_with == []


def test_nothing_shared_is_off_even_with_a_server_named(ana: Laptop) -> None:
    ana.sharing.set_server("127.0.0.1", 5432, "groups", "ana", "pw")
    engine = FakeEngine(waiting=0)
    runner = SyncRunner(ana.ws.context, engine=engine)  # type: ignore[arg-type]
    assert runner.sync_once() == SyncStatus("off")
    assert engine.synced_with == []


def test_the_same_status_twice_is_told_once(ana: Laptop) -> None:
    seen: list[SyncStatus] = []
    runner = SyncRunner(ana.ws.context, engine=FakeEngine(waiting=1), on_status=seen.append)  # type: ignore[arg-type]
    runner.sync_once()
    runner.sync_once()
    assert seen == [SyncStatus("off", waiting=1)]
