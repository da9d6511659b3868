"""What the room has done that the disk does not have yet, and the one write that stores it.

A running session keeps every change made in the room until it is stored: the session
events and turns (the runner's log past what is stored), and here the attendance marks
(with late and leaving times), the guest count, the check-in scores (held sealed; see
services/checkin_scores.py), the sign of life the heartbeat gives and, at the end, the
session's closing record. Each action stores all of it in one transaction;
when the disk refuses (full, read-only, the key being changed), everything waits and goes
with the next write. Marks and the guest count wait as their latest value (the screen shows
no older one). Check-in scores also wait while the workspace is locked (the key that seals
them is gone), and the end waits with them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from facilitator_desktop.crypto.keyring import KeyRing
from facilitator_desktop.domain.attendance import Mark
from facilitator_desktop.domain.events import Event
from facilitator_desktop.domain.talk_state import Turn
from facilitator_desktop.models import Attendance, GroupSession, SessionEvent, SessionSegment
from facilitator_desktop.models import Turn as TurnRow
from facilitator_desktop.services.checkin_scores import HeldScore, store_held


@dataclass(frozen=True, slots=True)
class SegmentRecord:
    """One segment as it went: planned against actual seconds."""

    name: str
    kind: str
    planned_seconds: float
    actual_seconds: float


@dataclass(frozen=True, slots=True)
class EndRecord:
    """What ending a session stores besides its events (taken when the facilitator ended
    it, however much later the disk takes it)."""

    segments: tuple[SegmentRecord, ...]
    ended_at: datetime
    elapsed_seconds: float
    planned_seconds: float


@dataclass(slots=True)
class UnsavedChanges:
    marks: dict[int, Mark] = field(default_factory=dict)
    guests: int | None = None
    #: Check-in scores by member, each its latest.
    checkins: dict[int, HeldScore] = field(default_factory=dict)
    #: The latest session time the session is known to have been alive at.
    alive_at: float | None = None
    end: EndRecord | None = None

    def count(self) -> int:
        """How many of these changes wait to be stored (the heartbeat's sign of life is
        not one of them)."""
        return (
            len(self.marks)
            + len(self.checkins)
            + (self.guests is not None)
            + (self.end is not None)
        )

    def note_alive(self, at: float) -> None:
        self.alive_at = at if self.alive_at is None else max(self.alive_at, at)

    def clear(self, *, keep_checkins: bool = False) -> None:
        """After a write: all of it stored, or (`keep_checkins`) all but the check-in
        scores and the end, which wait for the unlock."""
        self.marks.clear()
        self.guests = None
        self.alive_at = None
        if not keep_checkins:
            self.checkins.clear()
            self.end = None


def store(
    s: Session,
    session_id: int,
    first_seq: int,
    events: Sequence[Event],
    new_turns: Sequence[Turn],
    changes: UnsavedChanges,
    keyring: KeyRing | None = None,
) -> bool:
    """Write every waiting change of one session (inside the caller's transaction). False
    when the check-in scores (and the end, after them) still wait: the workspace is locked."""
    if events:
        s.execute(
            insert(SessionEvent),
            [
                {
                    "session_id": session_id,
                    "seq": first_seq + i,
                    "at": e.at,
                    "kind": e.kind,
                    "payload": json.dumps(e.to_dict()),
                }
                for i, e in enumerate(events)
            ],
        )
    if new_turns:
        s.execute(
            insert(TurnRow),
            [
                {
                    "session_id": session_id,
                    "member_id": t.member_id,
                    "segment_index": t.segment_index,
                    "started_at": t.started_at,
                    "duration": t.duration,
                    "passed": t.passed,
                }
                for t in new_turns
            ],
        )
    store_marks(s, session_id, changes.marks.items())
    if changes.guests is not None:
        s.execute(
            update(GroupSession).where(GroupSession.id == session_id).values(guests=changes.guests)
        )
    moments = [events[-1].at] if events else []
    if changes.alive_at is not None:
        moments.append(changes.alive_at)
    if moments:
        alive = max(moments)
        s.execute(
            update(GroupSession)
            .where(GroupSession.id == session_id, GroupSession.alive_at < alive)
            .values(alive_at=alive)
        )
    scores_stored = not changes.checkins or (
        keyring is not None and store_held(s, keyring, session_id, changes.checkins)
    )
    if changes.end is not None and scores_stored:
        _store_end(s, session_id, changes.end)
    return scores_stored


def store_marks(s: Session, session_id: int, marks: Iterable[tuple[int, Mark]]) -> None:
    for member_id, mark in marks:
        s.merge(
            Attendance(
                session_id=session_id,
                member_id=member_id,
                status=mark.status,
                arrived_at=mark.arrived_at,
                left_at=mark.left_at,
            )
        )


def _store_end(s: Session, session_id: int, end: EndRecord) -> None:
    if end.segments:
        s.execute(
            insert(SessionSegment),
            [
                {
                    "session_id": session_id,
                    "position": i,
                    "name": segment.name,
                    "kind": segment.kind,
                    "planned_seconds": segment.planned_seconds,
                    "actual_seconds": segment.actual_seconds,
                }
                for i, segment in enumerate(end.segments)
            ],
        )
    s.execute(
        update(GroupSession)
        .where(GroupSession.id == session_id)
        .values(
            status="finished",
            ended_at=end.ended_at,
            elapsed_seconds=end.elapsed_seconds,
            planned_seconds=end.planned_seconds,
        )
    )
