"""What the measures service gives the screens: frozen values, no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from facilitator_desktop.domain.measures import (
    Band,
    Change,
    Instrument,
    Score,
    change_between,
)


@dataclass(frozen=True, slots=True)
class InstrumentInfo:
    id: int
    spec: Instrument
    archived: bool
    entries: int  # how many entries use it (its shape is fixed once there are any)

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def shipped(self) -> bool:
        return self.spec.shipped


@dataclass(frozen=True, slots=True)
class EntryInfo:
    id: int
    member_id: int
    instrument_id: int
    instrument_name: str
    session_id: int | None
    taken_on: date
    created_at: datetime
    score: Score | None  # None when damaged
    damaged: bool = False


@dataclass(frozen=True, slots=True)
class TrajectoryPoint:
    entry_id: int
    taken_on: date
    session_id: int | None
    score: Score
    change: Change  # against the first entry

    @property
    def total(self) -> float:
        return self.score.total

    @property
    def band(self) -> Band | None:
        return self.score.band


@dataclass(frozen=True, slots=True)
class Trajectory:
    """One instrument's entries for a member, oldest first."""

    instrument: InstrumentInfo
    points: tuple[TrajectoryPoint, ...]
    damaged: int = 0  # entries that could not be read (left out of the points)

    @property
    def spec(self) -> Instrument:
        return self.instrument.spec

    @property
    def change(self) -> Change:
        """First to latest; within error with fewer than two entries."""
        if len(self.points) < 2:
            return Change.WITHIN_ERROR if self.spec.reliable_change else Change.UNKNOWN
        return change_between(self.spec, self.points[0].total, self.points[-1].total)


@dataclass(frozen=True, slots=True)
class OffTrack:
    """A member who is not on track, and why (for the Follow-ups list)."""

    kind: Literal["measure", "checkin"]
    group_id: int
    member_id: int
    instrument_id: int | None  # for "measure"
    instrument_name: str  # "" for "checkin"
    before: float  # the first total, or the highest of the earlier check-ins
    latest: float
    since: date  # when `before` was taken
    latest_on: date
    threshold: float  # the reliable change, or the check-in fall
