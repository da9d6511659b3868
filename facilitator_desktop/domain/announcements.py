"""What a screen reader hears during a session, decided from two moments of the room.

Pure Python, no Qt. :func:`moment` reads what matters from a snapshot (the segment, its
status, whole minutes left, who speaks); :func:`announcements` compares the moment before a
tick with the moment after it and returns what to say, in order. The page words each one
and posts it (ui/accessibility/announcer.py).

Rules (all follow from what a facilitator would say aloud themselves):

- nothing is said for the first moment seen (a session opened or resumed), before the
  start or after the end, or when nothing changed (a pause is in the session: a segment
  chosen while paused is said);
- a new segment is said with its time left; its status is then part of it, never said
  twice;
- within a segment, reaching the warning point is "nearly done", passing zero is "over
  time" (the one assertive announcement: it is the moment a facilitator acts);
- each whole minute left only when the facilitator asked for it, and only the latest one
  after a jump of the clock (a laptop that slept says "3 minutes left" once, not 5, 4, 3);
- a new speaker is said whenever the speaker changes to someone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum
from typing import Final, Literal

from facilitator_desktop.domain.agenda import AgendaSnapshot, Phase, SegmentStatus
from facilitator_desktop.domain.clock import ceil_seconds
from facilitator_desktop.domain.talk_reads import TalkSnapshot

__all__ = [
    "AnnounceLevel",
    "Announcement",
    "Moment",
    "Politeness",
    "announcements",
    "minutes_left",
    "moment",
]

Politeness = Literal["polite", "assertive"]
Kind = Literal["segment", "nearly_done", "over_time", "minute_left", "speaker"]


class AnnounceLevel(Enum):
    """How much the session says (the facilitator's choice in Settings)."""

    OFF = "off"
    #: A new speaker, a new segment, "nearly done" and "over time".
    MOMENTS = "moments"
    #: The moments and each whole minute left in the segment.
    MINUTES = "minutes"


_IN_SESSION: Final = ("running", "paused")
#: The stored values, in the order Settings offers them.
LEVELS: Final = tuple(level.value for level in AnnounceLevel)


@dataclass(frozen=True, slots=True)
class Moment:
    """What the announcements compare, read from one snapshot."""

    phase: Phase
    segment_index: int
    status: SegmentStatus
    #: Whole minutes left, rounded up (9 from "09:00" to "08:01"); 0 or less in overtime.
    minutes_left: int
    speaker: int | None


@dataclass(frozen=True, slots=True)
class Announcement:
    kind: Kind
    politeness: Politeness
    #: The segment concerned (its index in the agenda).
    segment_index: int
    #: Whole minutes left in the segment when it is said.
    minutes_left: int
    #: The status of the segment when it is said.
    status: SegmentStatus = "normal"
    #: The new speaker (kind "speaker").
    member_id: int | None = None


def minutes_left(remaining_seconds: float) -> int:
    """Whole minutes left as the countdown reads them: 9 from "09:00" down to "08:01", 1 in
    the last minute, 0 at "00:00" and below zero in overtime."""
    shown = ceil_seconds(remaining_seconds)
    return math.ceil(shown / 60) if shown > 0 else -((-shown) // 60)


def moment(agenda: AgendaSnapshot, talk: TalkSnapshot) -> Moment:
    current = agenda.current
    return Moment(
        phase=agenda.phase,
        segment_index=current.index,
        status=current.status,
        minutes_left=minutes_left(current.remaining_seconds),
        speaker=talk.speaker.member_id if talk.speaker is not None else None,
    )


def announcements(
    before: Moment | None, after: Moment, level: AnnounceLevel
) -> tuple[Announcement, ...]:
    """What to say for the change from `before` to `after`, in the order to say it."""
    if level is AnnounceLevel.OFF or before is None or after.phase not in _IN_SESSION:
        return ()
    said: list[Announcement] = []
    time = _time_announcement(before, after, level)
    if time is not None:
        said.append(time)
    if after.speaker is not None and after.speaker != before.speaker:
        said.append(
            Announcement(
                "speaker",
                "polite",
                after.segment_index,
                after.minutes_left,
                after.status,
                member_id=after.speaker,
            )
        )
    return tuple(said)


def _time_announcement(before: Moment, after: Moment, level: AnnounceLevel) -> Announcement | None:
    index, left, status = after.segment_index, after.minutes_left, after.status
    if index != before.segment_index:
        return Announcement("segment", "polite", index, left, status)
    if status != before.status:
        if status == "overtime":
            return Announcement("over_time", "assertive", index, left, status)
        if status == "warning" and before.status == "normal":
            return Announcement("nearly_done", "polite", index, left, status)
        # Back from overtime or the warning after +1 / +5: the facilitator's own doing.
        return None
    if level is AnnounceLevel.MINUTES and status != "overtime" and 0 < left < before.minutes_left:
        return Announcement("minute_left", "polite", index, left, status)
    return None
