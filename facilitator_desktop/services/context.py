"""What every service needs: a session factory, the key ring and the wall clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from facilitator_desktop.crypto.keyring import KeyRing


def utc_now() -> datetime:
    # Stored naive in UTC (SQLite has no time zones); the UI converts to local time.
    return datetime.now(UTC).replace(tzinfo=None)


def to_local(moment: datetime) -> datetime:
    """A stored (naive UTC) time in the computer's local time zone, still naive."""
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class ServiceContext:
    engine: Engine
    sessions: sessionmaker[Session]
    keyring: KeyRing
    now: Callable[[], datetime] = utc_now
