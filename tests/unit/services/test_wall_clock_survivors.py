"""A session moment's clock time counts from the latest anchor at or before it: a moment at
the very second a session resumed after a crash is the resume's own wall time, not the
time before the downtime carried on."""

from __future__ import annotations

from datetime import datetime, timedelta

from facilitator_desktop.services.wall_clock import wall_clock_at

START = datetime(2026, 3, 5, 17, 0)
RESUMED = datetime(2026, 3, 5, 17, 40)  # crashed ten minutes in, back at twenty to
ANCHORS = [(0.0, START), (600.0, RESUMED)]


def test_a_moment_at_the_resume_is_the_resumes_wall_time() -> None:
    assert wall_clock_at(ANCHORS, 600.0) == RESUMED


def test_moments_either_side_of_the_resume_count_from_their_own_anchor() -> None:
    assert wall_clock_at(ANCHORS, 599.0) == START + timedelta(seconds=599)
    assert wall_clock_at(ANCHORS, 601.5) == RESUMED + timedelta(seconds=1.5)
    assert wall_clock_at(ANCHORS, 0.0) == START
