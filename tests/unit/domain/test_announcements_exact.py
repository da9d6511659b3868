"""Each announcement whole, as the screen reader gets it: kind, politeness, the segment,
the minutes left and the status at that moment, and the speaker."""

from __future__ import annotations

from facilitator_desktop.domain.announcements import (
    AnnounceLevel,
    Announcement,
    Moment,
    announcements,
)

MOMENTS = AnnounceLevel.MOMENTS


def test_nearly_done_and_a_new_speaker_carry_the_segment_time_and_status() -> None:
    before = Moment("running", 1, "normal", 5, None)
    after = Moment("running", 1, "warning", 2, 7)
    assert announcements(before, after, MOMENTS) == (
        Announcement("nearly_done", "polite", 1, 2, "warning"),
        Announcement("speaker", "polite", 1, 2, "warning", member_id=7),
    )


def test_over_time_is_assertive_and_says_where() -> None:
    before = Moment("running", 2, "warning", 1, 4)
    after = Moment("running", 2, "overtime", 0, 4)
    assert announcements(before, after, MOMENTS) == (
        Announcement("over_time", "assertive", 2, 0, "overtime"),
    )


def test_a_minute_left_is_polite_and_says_where() -> None:
    before = Moment("running", 3, "warning", 2, None)
    after = Moment("running", 3, "warning", 1, None)
    assert announcements(before, after, AnnounceLevel.MINUTES) == (
        Announcement("minute_left", "polite", 3, 1, "warning"),
    )
