"""The session's own events: the clock, the agenda and the record of interruptions.

Pure Python, no Qt, no I/O. Each class is one operation of the in-room runner that is not
about who speaks: its stored ``kind``, its fields, and :meth:`SessionEvent.apply`, how it
changes the agenda timer and the talking order it drives (the segment's kind, the pause).
:class:`~facilitator_desktop.domain.session_state.SessionRunner` applies them through this
one method, live and in a replay, with its clock pinned to the event's ``at``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from facilitator_desktop.domain.agenda import SegmentKind, SegmentPlan
from facilitator_desktop.domain.agenda_timer import AgendaTimer
from facilitator_desktop.domain.events import Event
from facilitator_desktop.domain.refusal import Reason
from facilitator_desktop.domain.talk_state import TalkingOrderError
from facilitator_desktop.domain.talking_order import TalkingOrder

__all__ = [
    "LaptopSlept",
    "Paused",
    "Resumed",
    "SegmentAdded",
    "SegmentChanged",
    "SegmentExtended",
    "SegmentMinutesChanged",
    "SegmentMoved",
    "SegmentRemoved",
    "SegmentRenamed",
    "SessionEnded",
    "SessionEvent",
    "SessionRecovered",
    "SessionStarted",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class SessionEvent(Event):
    """Base of the session's own events."""

    def apply(self, agenda: AgendaTimer, talk: TalkingOrder) -> None:
        """Change the agenda (and what the talking order follows of it) as this event says;
        both read the time from the runner's clock, pinned to ``self.at``."""
        raise NotImplementedError  # pragma: no cover - every event class overrides it


# --------------------------------------------------------------------------- the clock


@dataclass(frozen=True, slots=True, kw_only=True)
class SessionStarted(SessionEvent):
    """The session starts at segment 0 and runs."""

    kind: ClassVar[str] = "session_started"

    def apply(self, agenda: AgendaTimer, talk: TalkingOrder) -> None:
        agenda.start()
        talk.enter_segment(agenda.index, agenda.current.kind)


@dataclass(frozen=True, slots=True, kw_only=True)
class Paused(SessionEvent):
    """Space while running: the segment, session and speaker clocks stop."""

    kind: ClassVar[str] = "paused"

    def apply(self, agenda: AgendaTimer, talk: TalkingOrder) -> None:
        agenda.pause()
        talk.hold()


@dataclass(frozen=True, slots=True, kw_only=True)
class Resumed(SessionEvent):
    """Space while paused."""

    kind: ClassVar[str] = "resumed"

    def apply(self, agenda: AgendaTimer, talk: TalkingOrder) -> None:
        agenda.resume()
        talk.release()


@dataclass(frozen=True, slots=True, kw_only=True)
class SegmentChanged(SessionEvent):
    """Segment ``index`` becomes current (next, previous or a jump)."""

    kind: ClassVar[str] = "segment_changed"
    index: int

    def apply(self, agenda: AgendaTimer, talk: TalkingOrder) -> None:
        if talk.speaker is not None:
            raise TalkingOrderError(
                "a turn is running; it must end before a segment change", Reason.TURN_RUNNING
            )
        agenda.go_to(self.index)
        talk.enter_segment(agenda.index, agenda.current.kind)


@dataclass(frozen=True, slots=True, kw_only=True)
class SessionEnded(SessionEvent):
    """The session is finished (final)."""

    kind: ClassVar[str] = "session_ended"

    def apply(self, agenda: AgendaTimer, talk: TalkingOrder) -> None:
        if talk.speaker is not None:
            raise TalkingOrderError(
                "a turn is running; it must end before the session ends", Reason.TURN_RUNNING
            )
        agenda.finish()
        talk.leave_segment()
        if talk.held:
            talk.release()


# --------------------------------------------------------------------------- agenda edits


@dataclass(frozen=True, slots=True, kw_only=True)
class SegmentExtended(SessionEvent):
    """The current segment's plan grows by ``minutes`` (negative: a correction)."""

    kind: ClassVar[str] = "segment_extended"
    minutes: float

    def apply(self, agenda: AgendaTimer, talk: TalkingOrder) -> None:
        agenda.extend(self.minutes)


@dataclass(frozen=True, slots=True, kw_only=True)
class SegmentAdded(SessionEvent):
    """A segment is inserted at ``index``."""

    kind: ClassVar[str] = "segment_added"
    index: int
    name: str
    minutes: float
    segment_kind: SegmentKind

    def apply(self, agenda: AgendaTimer, talk: TalkingOrder) -> None:
        agenda.add_segment(SegmentPlan(self.name, self.minutes, self.segment_kind), self.index)


@dataclass(frozen=True, slots=True, kw_only=True)
class SegmentRemoved(SessionEvent):
    kind: ClassVar[str] = "segment_removed"
    index: int

    def apply(self, agenda: AgendaTimer, talk: TalkingOrder) -> None:
        agenda.remove_segment(self.index)


@dataclass(frozen=True, slots=True, kw_only=True)
class SegmentMoved(SessionEvent):
    """The segment at ``from_index`` ends up at ``to_index``."""

    kind: ClassVar[str] = "segment_moved"
    from_index: int
    to_index: int

    def apply(self, agenda: AgendaTimer, talk: TalkingOrder) -> None:
        agenda.move_segment(self.from_index, self.to_index)


@dataclass(frozen=True, slots=True, kw_only=True)
class SegmentMinutesChanged(SessionEvent):
    kind: ClassVar[str] = "segment_minutes_changed"
    index: int
    minutes: float

    def apply(self, agenda: AgendaTimer, talk: TalkingOrder) -> None:
        agenda.set_minutes(self.index, self.minutes)


@dataclass(frozen=True, slots=True, kw_only=True)
class SegmentRenamed(SessionEvent):
    kind: ClassVar[str] = "segment_renamed"
    index: int
    name: str

    def apply(self, agenda: AgendaTimer, talk: TalkingOrder) -> None:
        agenda.rename(self.index, self.name)


# --------------------------------------------------------------------------- interruptions


@dataclass(frozen=True, slots=True, kw_only=True)
class SessionRecovered(SessionEvent):
    """The session was resumed after a crash; the old run was last alive at ``crash_at``.
    ``wall`` is the wall-clock time of the resume as given by the caller (ISO 8601), or ""
    (events stored before it was recorded lack it)."""

    kind: ClassVar[str] = "session_recovered"
    crash_at: float
    wall: str = ""

    def apply(self, agenda: AgendaTimer, talk: TalkingOrder) -> None:
        """A marker for the record: the turn end and pause before it did the work."""


@dataclass(frozen=True, slots=True, kw_only=True)
class LaptopSlept(SessionEvent):
    """The laptop slept from ``slept_at`` for ``seconds``; at ``at`` the facilitator decided.
    ``counted``: the sleep counts as session time (the clock jumped forward by it and the
    turn running at ``slept_at`` ended there); otherwise the clock went on from where it
    stopped. ``wall`` is the wall-clock time of ``at`` (ISO 8601): it maps later session
    times back to the clock, which a sleep left out of the session has moved on from."""

    kind: ClassVar[str] = "laptop_slept"
    slept_at: float
    seconds: float
    counted: bool
    wall: str = ""

    def apply(self, agenda: AgendaTimer, talk: TalkingOrder) -> None:
        """A marker for the record: the turn end before it did the work, and the times
        recorded after it already hold the clock's jump."""
