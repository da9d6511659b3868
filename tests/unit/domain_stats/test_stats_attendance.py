"""Exact tests for facilitator_desktop.domain.stats: attendance statuses, summaries, rates and
absences (hand-computed values, arithmetic in comments).

Rates are one int/int division in the code, so they are compared with ``==`` against the same
fraction (``7 / 9`` is the correctly rounded float either way).
"""

from __future__ import annotations

import pytest

from facilitator_desktop.domain.stats import (
    ABSENT,
    ALL_STATUSES,
    ATTENDED_STATUSES,
    EXCUSED,
    LATE,
    LEFT_EARLY,
    PRESENT,
    AttendanceStatus,
    AttendanceSummary,
    attendance_rate,
    consecutive_unexcused_absences,
    is_attended,
    needs_followup_absence,
    statuses_from_record,
    summarize_attendance,
)

P, L, LE, E, A = PRESENT, LATE, LEFT_EARLY, EXCUSED, ABSENT


# --------------------------------------------------------------------------- statuses


def test_status_constants() -> None:
    assert ALL_STATUSES == ("present", "late", "left_early", "excused", "absent")
    assert ATTENDED_STATUSES == {"present", "late", "left_early"}


@pytest.mark.parametrize(
    ("status", "expected"),
    [(P, True), (L, True), (LE, True), (E, False), (A, False)],
)
def test_is_attended(status: AttendanceStatus, expected: bool) -> None:
    assert is_attended(status) is expected


@pytest.mark.parametrize("bad", ["Present", "here", "", "left early"])
def test_unknown_status_is_rejected(bad: str) -> None:
    with pytest.raises(ValueError, match="unknown attendance status"):
        is_attended(bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown attendance status"):
        summarize_attendance([P, bad])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="unknown attendance status"):
        needs_followup_absence([bad, None])  # type: ignore[list-item]


def test_statuses_from_record_keeps_order() -> None:
    record: list[tuple[str, AttendanceStatus | None]] = [
        ("2024-01-01", None),
        ("2024-01-08", P),
        ("2024-01-15", A),
    ]
    assert statuses_from_record(record) == [None, P, A]
    assert statuses_from_record([]) == []


# --------------------------------------------------------------------------- summary


def summary(
    *,
    sessions: int,
    present: int = 0,
    late: int = 0,
    left_early: int = 0,
    excused: int = 0,
    absent: int = 0,
    rate: float | None,
    rate_excluding_excused: float | None,
    current_streak: int = 0,
    longest_streak: int = 0,
    consecutive_unexcused_absences: int = 0,
) -> AttendanceSummary:
    return AttendanceSummary(
        sessions=sessions,
        present=present,
        late=late,
        left_early=left_early,
        excused=excused,
        absent=absent,
        rate=rate,
        rate_excluding_excused=rate_excluding_excused,
        current_streak=current_streak,
        longest_streak=longest_streak,
        consecutive_unexcused_absences=consecutive_unexcused_absences,
    )


EMPTY = summary(sessions=0, rate=None, rate_excluding_excused=None)


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        pytest.param([], EMPTY, id="no-sessions"),
        # Joined after the last session so far: nothing within membership.
        pytest.param([None, None, None], EMPTY, id="all-outside-membership"),
        # 3 sessions, all excused: rate 0/3 = 0.0; excluding excused 0/0 → None.
        pytest.param(
            [E, E, E],
            summary(sessions=3, excused=3, rate=0.0, rate_excluding_excused=None),
            id="all-excused",
        ),
        pytest.param(
            [P],
            summary(
                sessions=1,
                present=1,
                rate=1.0,
                rate_excluding_excused=1.0,
                current_streak=1,
                longest_streak=1,
            ),
            id="single-present",
        ),
        pytest.param(
            [A],
            summary(
                sessions=1,
                absent=1,
                rate=0.0,
                rate_excluding_excused=0.0,
                consecutive_unexcused_absences=1,
            ),
            id="single-absent",
        ),
        pytest.param(
            [E],
            summary(sessions=1, excused=1, rate=0.0, rate_excluding_excused=None),
            id="single-excused",
        ),
        # Joined late: the two None entries are ignored → 4 sessions: P L A P.
        # attended = 2 present + 1 late = 3; rate 3/4 = 0.75; no excused → 3/4 = 0.75.
        # Runs: P L = 2, A resets, P = 1 → current 1, longest 2. Trailing absences: 0.
        pytest.param(
            [None, None, P, L, A, P],
            summary(
                sessions=4,
                present=2,
                late=1,
                absent=1,
                rate=0.75,
                rate_excluding_excused=0.75,
                current_streak=1,
                longest_streak=2,
            ),
            id="joined-late",
        ),
        # Left the group: trailing None ignored → 4 sessions: P P A A.
        # attended 2 → 2/4 = 0.5 both ways. Runs: 2 then reset → current 0, longest 2.
        # Trailing absences: A A = 2.
        pytest.param(
            [P, P, A, A, None, None],
            summary(
                sessions=4,
                present=2,
                absent=2,
                rate=0.5,
                rate_excluding_excused=0.5,
                longest_streak=2,
                consecutive_unexcused_absences=2,
            ),
            id="left",
        ),
        # Excused is neutral: P P E P → streak 3 (E skipped); rate 3/4 = 0.75;
        # excluding excused 3/3 = 1.0.
        pytest.param(
            [P, P, E, P],
            summary(
                sessions=4,
                present=3,
                excused=1,
                rate=0.75,
                rate_excluding_excused=1.0,
                current_streak=3,
                longest_streak=3,
            ),
            id="excused-does-not-break-streak",
        ),
        # Most recent session excused: streak P P = 2 carries through E, not reset.
        # rate 2/4 = 0.5; excluding excused 2/3.
        pytest.param(
            [A, P, P, E],
            summary(
                sessions=4,
                present=2,
                excused=1,
                absent=1,
                rate=0.5,
                rate_excluding_excused=2 / 3,
                current_streak=2,
                longest_streak=2,
            ),
            id="newest-excused-keeps-streak",
        ),
        # Excused neither resets nor extends the absence run: P A E A → 2 (not 3, not 1).
        # rate 1/4 = 0.25; excluding excused 1/3.
        pytest.param(
            [P, A, E, A],
            summary(
                sessions=4,
                present=1,
                excused=1,
                absent=2,
                rate=0.25,
                rate_excluding_excused=1 / 3,
                longest_streak=1,
                consecutive_unexcused_absences=2,
            ),
            id="excused-inside-absence-run",
        ),
        # Membership gap in the middle is ignored: P (gap) P → streak 2.
        pytest.param(
            [P, None, P],
            summary(
                sessions=2,
                present=2,
                rate=1.0,
                rate_excluding_excused=1.0,
                current_streak=2,
                longest_streak=2,
            ),
            id="gap-in-membership",
        ),
        # Mixed, 10 sessions: P L LE A P P E P LE A
        # present: idx 0,4,5,7 = 4; late 1; left_early idx 2,8 = 2; excused 1; absent 2.
        # attended = 4 + 1 + 2 = 7 → rate 7/10 = 0.7; excluding excused 7/9.
        # Runs: P L LE = 3 | A | P P (E) P LE = 4 | A → current 0, longest 4.
        # Trailing absences: the final A = 1 (LE before it ends the run).
        pytest.param(
            [P, L, LE, A, P, P, E, P, LE, A],
            summary(
                sessions=10,
                present=4,
                late=1,
                left_early=2,
                excused=1,
                absent=2,
                rate=7 / 10,
                rate_excluding_excused=7 / 9,
                longest_streak=4,
                consecutive_unexcused_absences=1,
            ),
            id="mixed",
        ),
    ],
)
def test_summarize_attendance(
    statuses: list[AttendanceStatus | None], expected: AttendanceSummary
) -> None:
    got = summarize_attendance(statuses)
    assert got == expected
    assert got.sessions == got.attended + got.excused + got.absent


def test_summary_attended_property_and_iterable_input() -> None:
    # Any iterable works, e.g. a generator; attended = present + late + left_early = 1+1+1.
    got = summarize_attendance(s for s in (P, L, LE, E, A))
    assert got.attended == 3
    assert got.rate == 3 / 5


def test_summary_is_frozen() -> None:
    got = summarize_attendance([P])
    with pytest.raises(AttributeError):
        got.present = 5  # type: ignore[misc]


@pytest.mark.parametrize(
    ("statuses", "rate", "rate_excl"),
    [
        ([], None, None),
        ([None], None, None),
        ([E, E], 0.0, None),  # 0/2 ; 0/0
        ([P, E], 0.5, 1.0),  # 1/2 ; 1/1
        ([P, E, A, A], 0.25, 1 / 3),  # 1/4 ; 1/3
        ([None, L, LE, P, A], 0.75, 0.75),  # 3/4 ; 3/4 (None before joining ignored)
        ([A, A], 0.0, 0.0),
    ],
)
def test_attendance_rate(
    statuses: list[AttendanceStatus | None], rate: float | None, rate_excl: float | None
) -> None:
    assert attendance_rate(statuses) == rate
    assert attendance_rate(statuses, exclude_excused=True) == rate_excl


# --------------------------------------------------------------------------- absences


@pytest.mark.parametrize(
    ("statuses", "run", "followup"),
    [
        ([], 0, False),
        ([None, None], 0, False),
        ([A], 1, False),
        ([A, A], 2, True),
        ([P, A, A], 2, True),
        ([A, A, P], 0, False),  # came back: run ended
        ([P, A, E, A], 2, True),  # excused neither resets nor extends
        ([P, A, E], 1, False),  # excused does not extend 1 → 2
        ([A, E, E], 1, False),
        ([E, E, E], 0, False),  # all excused: not a concern
        ([L, A, A, A], 3, True),
        ([LE, A], 1, False),  # left early counts as attended, ends the run
        ([None, A, A], 2, True),  # joined late, then missed twice
        ([P, A, None, A], 2, True),  # membership gap ignored
        # Left the group after two absences: the run is reported, but no follow-up.
        ([P, A, A, None], 2, False),
    ],
)
def test_unexcused_absences_and_followup(
    statuses: list[AttendanceStatus | None], run: int, followup: bool
) -> None:
    assert consecutive_unexcused_absences(statuses) == run
    assert summarize_attendance(statuses).consecutive_unexcused_absences == run
    assert needs_followup_absence(statuses) is followup


def test_needs_followup_absence_accepts_generator() -> None:
    assert needs_followup_absence(s for s in (P, A, A)) is True
