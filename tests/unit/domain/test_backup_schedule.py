"""When the next automatic backup is due, with the wall clock set back or forward."""

from __future__ import annotations

from datetime import datetime, timedelta

from facilitator_desktop.domain.backup_schedule import (
    BackupSchedule,
    MadeThisRun,
    NewestBackup,
    backup_due,
)

DAY = timedelta(hours=24)
NOW = datetime(2026, 3, 1, 9, 0)
YEAR = timedelta(days=365)


class Monotonic:
    def __init__(self) -> None:
        self.seconds = 1000.0

    def __call__(self) -> float:
        return self.seconds


def test_nothing_yet_is_due() -> None:
    assert backup_due(None, NOW, DAY, None, 0.0)


def test_an_earlier_runs_backup_waits_a_day_of_wall_time() -> None:
    newest = NewestBackup(4, NOW - timedelta(hours=23))
    assert not backup_due(newest, NOW, DAY, None, 0.0)
    assert backup_due(newest, NOW + timedelta(hours=1), DAY, None, 0.0)


def test_an_earlier_runs_backup_stamped_in_the_future_is_no_reason_to_wait() -> None:
    """The clock was set back (or was ahead when that backup was made)."""
    assert backup_due(NewestBackup(4, NOW + YEAR), NOW, DAY, None, 0.0)
    assert backup_due(NewestBackup(None, NOW + timedelta(minutes=5)), NOW, DAY, None, 0.0)


def test_this_runs_backup_counts_on_the_monotonic_clock_when_the_wall_clock_went_back() -> None:
    ours = MadeThisRun(7, at=100.0)
    newest = NewestBackup(7, NOW + YEAR)  # made before the clock was set back a year
    assert not backup_due(newest, NOW, DAY, ours, 100.0 + 3600)
    assert backup_due(newest, NOW, DAY, ours, 100.0 + DAY.total_seconds())


def test_the_wall_clock_still_counts_sleep_the_monotonic_clock_missed() -> None:
    ours = MadeThisRun(7, at=100.0)
    newest = NewestBackup(7, NOW)
    assert backup_due(newest, NOW + timedelta(hours=30), DAY, ours, 100.0 + 60)


def test_a_newest_backup_this_run_did_not_make_is_judged_by_its_stamp() -> None:
    ours = MadeThisRun(7, at=100.0)
    restored_elsewhere = NewestBackup(9, NOW - timedelta(hours=2))
    assert not backup_due(restored_elsewhere, NOW, DAY, ours, 100.0 + 2 * DAY.total_seconds())


def test_schedule_remembers_sequence_and_monotonic_time() -> None:
    clock = Monotonic()
    schedule = BackupSchedule(clock)
    assert schedule.last_sequence == 0
    schedule.record(3)
    assert schedule.last_sequence == 3
    newest = NewestBackup(3, NOW)
    assert not schedule.due(newest, NOW - YEAR, DAY)  # clock back a year: not a day yet
    clock.seconds += DAY.total_seconds()
    assert schedule.due(newest, NOW - YEAR, DAY)
