"""The services' clock stores moments in UTC whatever the computer's time zone, and shows
them in the computer's local time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from facilitator_desktop.services.context import to_local, utc_now


def test_now_is_stored_in_utc_not_in_the_computers_zone(time_zone: Callable[[str], None]) -> None:
    time_zone("XXX-13")  # UTC+13
    before = datetime.now(UTC).replace(tzinfo=None)
    stored = utc_now()
    after = datetime.now(UTC).replace(tzinfo=None)
    assert stored.tzinfo is None  # SQLite keeps no zone
    assert before <= stored <= after  # not 13 hours ahead
    assert to_local(stored) - stored == timedelta(hours=13)
