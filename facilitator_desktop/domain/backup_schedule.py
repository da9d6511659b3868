"""When the next automatic backup is due, trusting the wall clock only as far as it deserves.

The wall clock can be set back a year, or forward and then corrected. The newest backup is
the one with the highest sequence (never the latest time stamp), and this run also remembers
on its monotonic clock when it made a backup, so:
- a newest backup stamped in the future (the clock went back since) is no reason to wait:
  a fresh one is made, and its stamp is the new reference;
- a backup made in this run is due again after `interval` on the monotonic clock, whatever
  the wall clock did meanwhile (monotonic clocks do not count sleep on Linux and macOS, so
  the wall clock still counts too: whichever says "due" first wins).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True, slots=True)
class NewestBackup:
    sequence: int | None  # None: named by a version that stored no sequence
    made: datetime  # the wall-clock stamp it was given (UTC, naive)


@dataclass(frozen=True, slots=True)
class MadeThisRun:
    sequence: int
    at: float  # the monotonic clock when it was made


class BackupSchedule:
    """What this run did: the sequence and monotonic time of its last backup."""

    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.monotonic = monotonic
        self.last: MadeThisRun | None = None

    def record(self, sequence: int) -> None:
        self.last = MadeThisRun(sequence, self.monotonic())

    @property
    def last_sequence(self) -> int:
        return self.last.sequence if self.last is not None else 0

    def due(self, newest: NewestBackup | None, now: datetime, interval: timedelta) -> bool:
        return backup_due(newest, now, interval, self.last, self.monotonic())


def backup_due(
    newest: NewestBackup | None,
    now: datetime,
    interval: timedelta,
    made_this_run: MadeThisRun | None,
    monotonic_now: float,
) -> bool:
    if newest is None:
        return True
    since = now - newest.made
    if since >= interval:
        return True
    if made_this_run is not None and newest.sequence == made_this_run.sequence:
        # Ours, from this run: the monotonic clock knows how long ago, whatever the wall
        # clock says now.
        return monotonic_now - made_this_run.at >= interval.total_seconds()
    # Made by an earlier run. Stamped in the future: the clock was wrong then or is wrong
    # now; either way its stamp cannot say a day has not passed.
    return since < timedelta(0)
