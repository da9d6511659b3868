"""Between-session statistics: attendance, airtime equity, silence, segment overruns.

Pure functions over plain values. No Qt, no SQLAlchemy, no I/O: services read the database
and hand these functions lists of statuses, seconds and counts.

Conventions used throughout
---------------------------
* A member's attendance record is ordered **oldest → newest**, one entry per session of the
  group. An entry is an :data:`AttendanceStatus`, or ``None`` when the session lies outside
  the member's membership (before they joined, after they left, or during a gap). ``None``
  entries are dropped before anything is counted; the remaining sessions are treated as
  consecutive, so a gap in membership neither breaks nor extends a streak.
* ``present``, ``late`` and ``left_early`` count as *attended*. ``excused`` means the member
  told the facilitator ahead of time: not attended, but not a concern. ``absent`` means no
  notice was given.
* **Excused sessions are neutral for runs.** They neither break nor extend an attendance
  streak, and they neither break nor extend a run of unexcused absences. Telling the group
  ahead of time is what the ground rules ask, so it must not cost a member their streak; it
  is also not a sign of the member drifting away, so it does not add to an absence run.
* Rates are ``None`` (not ``0.0``) when their denominator is empty, so a screen can show
  "no data" instead of a misleading 0 %.
* Invalid input (unknown status, negative or non-finite seconds, shares outside 0..1)
  raises :class:`ValueError`; the numbers come from the database and a wrong value there is
  a bug to surface, not to average away.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Literal, NamedTuple, TypeVar

__all__ = [
    "ABSENT",
    "ALL_STATUSES",
    "ATTENDED_STATUSES",
    "DEFAULT_OVERRUN_TOLERANCE_S",
    "DEFAULT_SILENCE_SHARE",
    "EXCUSED",
    "FOLLOWUP_ABSENCE_RUN",
    "FOLLOWUP_SILENCE_STREAK",
    "LATE",
    "LEFT_EARLY",
    "PRESENT",
    "REGULAR_OVERRUN_FRACTION",
    "REGULAR_OVERRUN_MIN_SESSIONS",
    "AttendanceStatus",
    "AttendanceSummary",
    "OverrunStat",
    "SegmentTiming",
    "SessionParticipation",
    "airtime_shares",
    "attendance_rate",
    "consecutive_unexcused_absences",
    "gini",
    "is_attended",
    "is_silent",
    "needs_followup_absence",
    "needs_followup_silence",
    "segment_overruns",
    "silent_streak",
    "statuses_from_record",
    "summarize_attendance",
    "top_speaker_share",
]

# --------------------------------------------------------------------------- attendance

AttendanceStatus = Literal["present", "late", "left_early", "excused", "absent"]

PRESENT: Final[Literal["present"]] = "present"
LATE: Final[Literal["late"]] = "late"
LEFT_EARLY: Final[Literal["left_early"]] = "left_early"
EXCUSED: Final[Literal["excused"]] = "excused"
ABSENT: Final[Literal["absent"]] = "absent"

#: Every valid status, in the order a sign-in sheet or legend lists them.
ALL_STATUSES: Final[tuple[AttendanceStatus, ...]] = (PRESENT, LATE, LEFT_EARLY, EXCUSED, ABSENT)
#: Statuses that count as having attended the session.
ATTENDED_STATUSES: Final[frozenset[AttendanceStatus]] = frozenset({PRESENT, LATE, LEFT_EARLY})

#: Trailing unexcused absences (excused sessions skipped) that call for a follow-up.
FOLLOWUP_ABSENCE_RUN: Final = 2

_K = TypeVar("_K")


def _check_status(status: str) -> AttendanceStatus:
    for known in ALL_STATUSES:
        if status == known:
            return known
    raise ValueError(f"unknown attendance status: {status!r}")


def _within_membership(statuses: Iterable[AttendanceStatus | None]) -> list[AttendanceStatus]:
    """Validate and drop the ``None`` (outside membership) entries, keeping the order."""
    return [_check_status(s) for s in statuses if s is not None]


def is_attended(status: AttendanceStatus) -> bool:
    """True for ``present``, ``late`` and ``left_early``; False for ``excused``/``absent``.

    Raises ValueError for an unknown status.
    """
    return _check_status(status) in ATTENDED_STATUSES


def statuses_from_record(
    record: Iterable[tuple[_K, AttendanceStatus | None]],
) -> list[AttendanceStatus | None]:
    """The statuses of a ``(session_id or date, status)`` record, order kept.

    Convenience for callers that hold the record as pairs; the other attendance functions
    take the bare statuses. The record must already be ordered oldest → newest.
    """
    return [status for _key, status in record]


@dataclass(frozen=True, slots=True)
class AttendanceSummary:
    """Attendance of one member over the sessions within their membership.

    ``sessions`` counts only sessions within membership (``None`` entries excluded) and
    equals ``present + late + left_early + excused + absent``.

    ``rate`` = attended / sessions; ``None`` when there are no sessions.
    ``rate_excluding_excused`` = attended / (sessions − excused); ``None`` when every session
    was excused or there are no sessions. This is the rate to judge commitment by: a
    member who tells the group ahead is not penalised.

    ``current_streak``: attended sessions in a row ending at the most recent session, with
    excused sessions skipped (an excused most-recent session does not reset it). Only an
    ``absent`` session ends a streak.
    ``longest_streak``: the longest such run anywhere in the record.
    ``consecutive_unexcused_absences``: ``absent`` sessions in a row ending at the most
    recent session, with excused sessions skipped. Only an attended session ends the run.
    """

    sessions: int
    present: int
    late: int
    left_early: int
    excused: int
    absent: int
    rate: float | None
    rate_excluding_excused: float | None
    current_streak: int
    longest_streak: int
    consecutive_unexcused_absences: int

    @property
    def attended(self) -> int:
        """Sessions attended: ``present + late + left_early``."""
        return self.present + self.late + self.left_early


def summarize_attendance(statuses: Iterable[AttendanceStatus | None]) -> AttendanceSummary:
    """Counts, rates and runs for one member's record (oldest → newest).

    ``None`` entries (outside membership) are ignored. With no sessions within membership
    every count and run is 0 and both rates are ``None``. Raises ValueError for an unknown
    status.
    """
    within = _within_membership(statuses)
    counts = {status: 0 for status in ALL_STATUSES}
    for status in within:
        counts[status] += 1
    attended = counts[PRESENT] + counts[LATE] + counts[LEFT_EARLY]
    sessions = len(within)
    not_excused = sessions - counts[EXCUSED]

    longest = 0
    run = 0
    for status in within:
        if status in ATTENDED_STATUSES:
            run += 1
            longest = max(longest, run)
        elif status == ABSENT:
            run = 0
        # EXCUSED: neutral, the run carries on unchanged.

    return AttendanceSummary(
        sessions=sessions,
        present=counts[PRESENT],
        late=counts[LATE],
        left_early=counts[LEFT_EARLY],
        excused=counts[EXCUSED],
        absent=counts[ABSENT],
        rate=attended / sessions if sessions else None,
        rate_excluding_excused=attended / not_excused if not_excused else None,
        current_streak=run,
        longest_streak=longest,
        consecutive_unexcused_absences=_trailing_absences(within),
    )


def attendance_rate(
    statuses: Iterable[AttendanceStatus | None], *, exclude_excused: bool = False
) -> float | None:
    """Share of sessions within membership that the member attended, 0.0..1.0.

    By default excused sessions stay in the denominator (attended / sessions). With
    ``exclude_excused=True`` they are removed from it (attended / non-excused sessions).
    Returns ``None`` when the denominator is 0: no sessions within membership, or (with
    ``exclude_excused``) every session excused.
    """
    summary = summarize_attendance(statuses)
    return summary.rate_excluding_excused if exclude_excused else summary.rate


def _trailing_absences(within: Sequence[AttendanceStatus]) -> int:
    run = 0
    for status in reversed(within):
        if status == ABSENT:
            run += 1
        elif status in ATTENDED_STATUSES:
            break
        # EXCUSED: neither resets nor extends the run.
    return run


def consecutive_unexcused_absences(statuses: Iterable[AttendanceStatus | None]) -> int:
    """Number of ``absent`` sessions in a row at the end of the record.

    Excused sessions are skipped (neither reset nor extend the run); ``None`` entries are
    ignored; the first attended session, counting back from the newest, ends the run.
    Example: ``[present, absent, excused, absent]`` → 2.
    """
    return _trailing_absences(_within_membership(statuses))


def needs_followup_absence(statuses: Iterable[AttendanceStatus | None]) -> bool:
    """True when the record ends with two or more unexcused absences in a row.

    Uses :func:`consecutive_unexcused_absences` (excused sessions skipped) and the threshold
    :data:`FOLLOWUP_ABSENCE_RUN`.

    A record whose newest entry is ``None`` belongs to someone who is no longer a member
    at the most recent session (they left): that gives False, as the facilitator does not
    chase absences of a former member. :func:`consecutive_unexcused_absences` still reports
    the run for the history view.
    """
    items = list(statuses)
    if not items or items[-1] is None:
        _within_membership(items)  # still reject unknown statuses
        return False
    return consecutive_unexcused_absences(items) >= FOLLOWUP_ABSENCE_RUN


# --------------------------------------------------------------------------- airtime / equity


def _check_seconds(value: float, what: str) -> float:
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{what} must be a finite number >= 0, got {value!r}")
    return float(value)


def airtime_shares(seconds_by_member: Mapping[int, float]) -> dict[int, float]:
    """Each member's share of the total speaking time, keyed like the input, order kept.

    Shares are ``seconds / total`` and sum to 1 (up to float rounding) when anyone spoke.
    When the total is 0 (nobody spoke, or the mapping holds only zeros) every member gets
    0.0; an empty mapping gives ``{}``. Raises ValueError for negative or non-finite
    seconds.
    """
    checked = {member: _check_seconds(s, "seconds") for member, s in seconds_by_member.items()}
    total = math.fsum(checked.values())
    if total == 0:
        return dict.fromkeys(checked, 0.0)
    return {member: s / total for member, s in checked.items()}


def gini(values: Iterable[float], *, normalized: bool = False) -> float:
    """Gini coefficient of speaking time in one session: 0.0 = everyone spoke equally.

    Pass one value per member who attended, **including 0 for members who did not speak**;
    leaving them out hides exactly the inequality this measures.

    Formula (mean absolute difference over all ordered pairs, halved and divided by the
    mean), for n values x with total S = Σx > 0::

        G = Σ_i Σ_j |x_i − x_j| / (2 · n · S)

    computed from the values sorted ascending (x_(1) ≤ … ≤ x_(n), 1-based k) as::

        G = Σ_k (2k − n − 1) · x_(k) / (n · S)

    G ranges from 0 (all equal) to (n − 1)/n (one member spoke all the time). With
    ``normalized=True`` the result is divided by (n − 1)/n so that one member speaking all
    the time gives 1.0 whatever the group size.

    Empty input, a single value, or all zeros give 0.0. Raises ValueError for negative or
    non-finite values.
    """
    xs = sorted(_check_seconds(v, "value") for v in values)
    n = len(xs)
    total = math.fsum(xs)
    if n < 2 or total == 0:
        return 0.0
    weighted = math.fsum((2 * k - n - 1) * x for k, x in enumerate(xs, start=1))
    g = weighted / (n * total)
    if normalized:
        g = g * n / (n - 1)
    # Guard against a float result a hair outside the mathematical range.
    upper = 1.0 if normalized else (n - 1) / n
    return min(max(g, 0.0), upper)


def top_speaker_share(values: Iterable[float]) -> float:
    """The largest single share of the total: ``max(values) / sum(values)``.

    1/n when everyone spoke equally, 1.0 when one member spoke all the time. Ties do not
    matter (the shared maximum is returned once). Empty input or all zeros give 0.0.
    Raises ValueError for negative or non-finite values.
    """
    xs = [_check_seconds(v, "value") for v in values]
    total = math.fsum(xs)
    if not xs or total == 0:
        return 0.0
    return max(xs) / total


# --------------------------------------------------------------------------- silence

#: A member who speaks less than this share of a session's airtime is counted as silent.
DEFAULT_SILENCE_SHARE: Final = 0.05
#: Silent attended sessions in a row that call for a follow-up.
FOLLOWUP_SILENCE_STREAK: Final = 3


def is_silent(
    turns_spoken: int,
    passes: int,
    share: float,
    threshold_share: float = DEFAULT_SILENCE_SHARE,
) -> bool:
    """Whether a member who attended a session was silent in it.

    ``turns_spoken`` counts turns in which the member actually spoke (passes not
    included); ``passes`` counts the times they used their right to pass; ``share`` is
    their share of the session's speaking time (0.0..1.0, see :func:`airtime_shares`).

    Silent means: no spoken turn at all (they passed every time they were asked, or never
    took the floor), **or** a share strictly below ``threshold_share``. A share exactly at
    the threshold is not silent. ``passes`` does not change the verdict by itself — a
    member who passed once but then spoke at length is not silent — it is taken so callers
    hand over the whole participation record and it is validated.

    Raises ValueError for negative counts, a share outside 0..1 or a threshold outside
    0..1.
    """
    if turns_spoken < 0 or passes < 0:
        raise ValueError("turns_spoken and passes must be >= 0")
    if not 0.0 <= share <= 1.0:
        raise ValueError(f"share must be within 0..1, got {share!r}")
    if not 0.0 <= threshold_share <= 1.0:
        raise ValueError(f"threshold_share must be within 0..1, got {threshold_share!r}")
    return turns_spoken == 0 or share < threshold_share


@dataclass(frozen=True, slots=True)
class SessionParticipation:
    """One member's participation in one session, as input to :func:`silent_streak`.

    ``attended``: False for excused/absent sessions (and sessions outside membership);
    such sessions are skipped.
    ``recorded``: False when no talk data was captured for the session at all (the timer
    was not used, so every share would be 0); such sessions are skipped too, so an
    untracked session does not make the whole group look silent.
    """

    attended: bool
    turns_spoken: int = 0
    passes: int = 0
    share: float = 0.0
    recorded: bool = True


def silent_streak(
    per_session: Sequence[SessionParticipation],
    threshold_share: float = DEFAULT_SILENCE_SHARE,
) -> int:
    """Silent sessions in a row ending at the most recent one (input oldest → newest).

    Sessions the member did not attend, and sessions without recorded talk data, are
    skipped: they neither break nor extend the streak. Counting back from the newest,
    the first attended, recorded session in which the member was not silent (see
    :func:`is_silent`) ends the streak. No attended sessions → 0.
    """
    streak = 0
    for p in reversed(per_session):
        if not (p.attended and p.recorded):
            continue
        if not is_silent(p.turns_spoken, p.passes, p.share, threshold_share):
            break
        streak += 1
    return streak


def needs_followup_silence(streak: int) -> bool:
    """True when a member has been silent in 3 or more attended sessions in a row.

    ``streak`` is the result of :func:`silent_streak`; the threshold is
    :data:`FOLLOWUP_SILENCE_STREAK`.
    """
    return streak >= FOLLOWUP_SILENCE_STREAK


# --------------------------------------------------------------------------- overruns

#: Seconds over plan that still count as "on time".
DEFAULT_OVERRUN_TOLERANCE_S: Final = 60.0
#: A segment "regularly overruns" when it ran long in at least this fraction of sessions…
REGULAR_OVERRUN_FRACTION: Final = 0.5
#: …and it has run in at least this many sessions.
REGULAR_OVERRUN_MIN_SESSIONS: Final = 3


class SegmentTiming(NamedTuple):
    """One segment as it ran in one session. A plain 3-tuple works as well."""

    segment_name: str
    planned_seconds: float
    actual_seconds: float


@dataclass(frozen=True, slots=True)
class OverrunStat:
    """How one agenda segment (by name) kept to its planned time across sessions.

    ``sessions``: number of rows for this name (one row per session the segment ran in).
    ``overran``: rows where ``actual − planned > tolerance`` (strictly more).
    ``mean_overrun_s``: mean over all rows of ``max(0, actual − planned)``; finishing early
    counts as 0, so it does not cancel out overruns elsewhere.
    ``mean_delta_s``: mean over all rows of ``actual − planned`` (negative = usually short).
    ``regularly_overruns``: ``sessions >= 3`` and ``overran >= 50 %`` of ``sessions``.
    """

    segment_name: str
    sessions: int
    overran: int
    mean_overrun_s: float
    mean_delta_s: float
    regularly_overruns: bool


def segment_overruns(
    rows: Iterable[tuple[str, float, float]],
    tolerance_s: float = DEFAULT_OVERRUN_TOLERANCE_S,
) -> list[OverrunStat]:
    """Per segment name: how often and by how much it ran over its planned time.

    ``rows`` are ``(segment_name, planned_seconds, actual_seconds)`` (or
    :class:`SegmentTiming`), one per segment per session. Rows are grouped by exact name;
    the result lists names in order of first appearance (normally agenda order). No rows
    → ``[]``. Raises ValueError for negative or non-finite seconds or tolerance.
    """
    _check_seconds(tolerance_s, "tolerance_s")
    deltas: dict[str, list[float]] = {}
    for name, planned, actual in rows:
        delta = _check_seconds(actual, "actual_seconds") - _check_seconds(
            planned, "planned_seconds"
        )
        deltas.setdefault(name, []).append(delta)

    stats: list[OverrunStat] = []
    for name, ds in deltas.items():
        n = len(ds)
        overran = sum(1 for d in ds if d > tolerance_s)
        stats.append(
            OverrunStat(
                segment_name=name,
                sessions=n,
                overran=overran,
                mean_overrun_s=math.fsum(max(0.0, d) for d in ds) / n,
                mean_delta_s=math.fsum(ds) / n,
                regularly_overruns=(
                    n >= REGULAR_OVERRUN_MIN_SESSIONS and overran >= REGULAR_OVERRUN_FRACTION * n
                ),
            )
        )
    return stats
