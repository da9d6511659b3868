"""Session time to wall-clock time.

A session's timeline is in seconds since it started, and a resume after a crash skips the
downtime, as does a laptop's sleep the facilitator did not count. So a session moment's
clock time counts from the latest anchor before it: the start, or a resume or sleep decision
that recorded its wall time (SessionRecovered, LaptopSlept).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_desktop.domain.event_kinds import event_from_dict
from facilitator_desktop.domain.events import Event, SessionError
from facilitator_desktop.domain.session_events import LaptopSlept, SessionRecovered
from facilitator_desktop.models import SessionEvent

# (session seconds, wall time as stored: naive UTC)
Anchor = tuple[float, datetime]


def clock_anchors(started: datetime, events: Iterable[Event]) -> list[Anchor]:
    """The start, then every resume after a crash or sleep decision that recorded its wall
    time."""
    anchors = [(0.0, started)]
    for event in events:
        if (anchor := _anchor_of(event)) is not None:
            anchors.append(anchor)
    return anchors


def _anchor_of(event: Event) -> Anchor | None:
    if isinstance(event, SessionRecovered | LaptopSlept) and event.wall:
        return event.at, datetime.fromisoformat(event.wall)
    return None


def wall_clock_at(anchors: Iterable[Anchor], session_seconds: float) -> datetime:
    """The wall time of a session moment, counted from the latest anchor before it."""
    ordered = list(anchors)
    since, wall = ordered[0]
    for anchor_since, anchor_wall in ordered:
        if anchor_since <= session_seconds:
            since, wall = anchor_since, anchor_wall
    return wall + timedelta(seconds=session_seconds - since)


def stored_anchors(s: Session, session_id: int, started: datetime) -> list[Anchor]:
    """The anchors of a stored session (only its resume and sleep events are read). One
    that does not read, changed outside the app, is left out: the moments after it count
    from the anchor before, and the session's summary and note still open."""
    payloads = s.scalars(
        select(SessionEvent.payload)
        .where(
            SessionEvent.session_id == session_id,
            SessionEvent.kind.in_((SessionRecovered.kind, LaptopSlept.kind)),
        )
        .order_by(SessionEvent.seq)
    )
    anchors = [(0.0, started)]
    for payload in payloads:
        try:
            data = json.loads(payload)
            anchor = _anchor_of(event_from_dict(data if isinstance(data, dict) else {}))
        except (ValueError, TypeError, SessionError):
            continue
        if anchor is not None:
            anchors.append(anchor)
    return anchors
