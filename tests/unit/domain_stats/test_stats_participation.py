"""Exact tests for facilitator_desktop.domain.stats: airtime shares, Gini, silence and segment
overruns (hand-computed values, arithmetic in comments).

Results that go through more than one rounding step (normalized Gini, sums of shares) use
``pytest.approx`` at a relative tolerance of 1e-12.
"""

from __future__ import annotations

import math

import pytest

from facilitator_desktop.domain.stats import (
    OverrunStat,
    SegmentTiming,
    SessionParticipation,
    airtime_shares,
    gini,
    is_silent,
    needs_followup_silence,
    segment_overruns,
    silent_streak,
    top_speaker_share,
)


def exact(x: float) -> object:
    return pytest.approx(x, rel=1e-12, abs=0.0)


# --------------------------------------------------------------------------- airtime


def test_airtime_shares_basic() -> None:
    # total 30 + 90 + 0 = 120 → 30/120 = 0.25, 90/120 = 0.75, 0/120 = 0.0
    got = airtime_shares({1: 30.0, 2: 90.0, 3: 0.0})
    assert got == {1: 0.25, 2: 0.75, 3: 0.0}
    assert list(got) == [1, 2, 3]


def test_airtime_shares_keeps_input_order() -> None:
    assert list(airtime_shares({7: 1.0, 3: 1.0, 5: 2.0})) == [7, 3, 5]


def test_airtime_shares_sum_to_one() -> None:
    # 3 equal speakers → 1/3 each; sum 1 within float rounding.
    got = airtime_shares({1: 100.0, 2: 100.0, 3: 100.0})
    assert all(v == exact(1 / 3) for v in got.values())
    assert math.fsum(got.values()) == exact(1.0)


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        ({}, {}),
        ({1: 0.0, 2: 0.0}, {1: 0.0, 2: 0.0}),  # zero airtime: no division error
        ({4: 0.0}, {4: 0.0}),
        ({4: 42.0}, {4: 1.0}),  # single member: 42/42
        ({1: 45, 2: 45}, {1: 0.5, 2: 0.5}),  # ints accepted; tie 45/90 each
    ],
)
def test_airtime_shares_edges(seconds: dict[int, float], expected: dict[int, float]) -> None:
    assert airtime_shares(seconds) == expected


@pytest.mark.parametrize("bad", [-1.0, math.nan, math.inf])
def test_airtime_shares_rejects_bad_seconds(bad: float) -> None:
    with pytest.raises(ValueError):
        airtime_shares({1: 10.0, 2: bad})


# --------------------------------------------------------------------------- gini


@pytest.mark.parametrize(
    ("values", "expected", "expected_normalized"),
    [
        ([], 0.0, 0.0),
        ([120.0], 0.0, 0.0),  # single member
        ([0.0, 0.0, 0.0], 0.0, 0.0),  # nobody spoke
        ([60.0, 60.0, 60.0], 0.0, 0.0),  # perfectly equal
        # [0, 1]: n=2, S=1, coefficients (2k−n−1) = −1, +1 → 1; 1/(2·1) = 0.5 = (n−1)/n.
        # normalized: 0.5 · 2/1 = 1.0
        ([0.0, 1.0], 0.5, 1.0),
        # [0,0,0,100]: n=4, S=100, only k=4 non-zero: (8−5)·100 = 300; 300/(4·100) = 0.75.
        # normalized: 0.75 · 4/3 = 1.0
        ([0.0, 0.0, 100.0, 0.0], 0.75, 1.0),
        # [1,2,3,4]: n=4, S=10, coefficients −3,−1,1,3 → −3−2+3+12 = 10; 10/(4·10) = 0.25.
        # Cross-check pairwise: |diffs| over unordered pairs 1+2+3+1+2+1 = 10, ordered 20;
        # 20/(2·4·10) = 0.25. normalized 0.25 · 4/3 = 1/3.
        ([4.0, 2.0, 3.0, 1.0], 0.25, exact(1 / 3)),
        # scale invariance: [2,4,6,8] gives the same as [1,2,3,4]
        ([2.0, 4.0, 6.0, 8.0], 0.25, exact(1 / 3)),
        # [60,120,0,300] sorted [0,60,120,300], S=480: −3·0 −1·60 +1·120 +3·300 = 960;
        # 960/(4·480) = 0.5. normalized 0.5 · 4/3 = 2/3.
        ([60.0, 120.0, 0.0, 300.0], 0.5, exact(2 / 3)),
        # Tie at the top: [5,5,0] sorted [0,5,5], n=3, S=10: −2·0 + 0·5 + 2·5 = 10;
        # 10/(3·10) = 1/3. normalized 1/3 · 3/2 = 0.5.
        ([5.0, 5.0, 0.0], exact(1 / 3), 0.5),
    ],
)
def test_gini(values: list[float], expected: float, expected_normalized: float) -> None:
    assert gini(values) == expected
    assert gini(values, normalized=True) == expected_normalized


def test_gini_is_order_independent() -> None:
    assert gini([300.0, 0.0, 120.0, 60.0]) == gini([0.0, 60.0, 120.0, 300.0]) == 0.5


def test_gini_stays_in_range() -> None:
    # Values chosen to stress float rounding; result must stay within [0, (n−1)/n].
    vals = [0.1, 0.2, 0.3, 1e9, 1e-9]
    g = gini(vals)
    assert 0.0 <= g <= 4 / 5
    assert 0.0 <= gini(vals, normalized=True) <= 1.0


@pytest.mark.parametrize("bad", [-0.5, math.nan, math.inf])
def test_gini_rejects_bad_values(bad: float) -> None:
    with pytest.raises(ValueError):
        gini([1.0, bad])


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], 0.0),
        ([0.0, 0.0], 0.0),  # zero airtime
        ([7.0], 1.0),  # single member: 7/7
        ([30.0, 90.0, 0.0], 0.75),  # 90/120
        ([5.0, 5.0, 0.0], 0.5),  # tie at the top: 5/10
        ([10.0, 10.0, 10.0, 10.0], 0.25),  # equal: 1/n = 10/40
    ],
)
def test_top_speaker_share(values: list[float], expected: float) -> None:
    assert top_speaker_share(values) == expected


def test_top_speaker_share_rejects_negative() -> None:
    with pytest.raises(ValueError):
        top_speaker_share([3.0, -1.0])


# --------------------------------------------------------------------------- silence


@pytest.mark.parametrize(
    ("turns", "passes", "share", "threshold", "expected"),
    [
        (0, 3, 0.0, 0.05, True),  # passed every time
        (0, 0, 0.0, 0.05, True),  # never took the floor
        (2, 0, 0.04, 0.05, True),  # spoke, but under 5 %
        (2, 0, 0.05, 0.05, False),  # exactly at the threshold is not "under"
        (1, 1, 0.30, 0.05, False),  # passed once, then spoke at length
        (0, 1, 0.20, 0.05, True),  # no spoken turn wins over an inconsistent share
        (1, 0, 0.0, 0.0, False),  # threshold 0: only zero-turn sessions are silent
        (3, 0, 0.08, 0.10, True),  # custom threshold 10 %
        (3, 0, 0.08, 0.05, False),
    ],
)
def test_is_silent(turns: int, passes: int, share: float, threshold: float, expected: bool) -> None:
    assert is_silent(turns, passes, share, threshold) is expected


def test_is_silent_default_threshold_is_five_percent() -> None:
    assert is_silent(1, 0, 0.0499) is True
    assert is_silent(1, 0, 0.05) is False


@pytest.mark.parametrize(
    ("turns", "passes", "share", "threshold"),
    [
        (-1, 0, 0.1, 0.05),
        (1, -1, 0.1, 0.05),
        (1, 0, 1.5, 0.05),
        (1, 0, -0.1, 0.05),
        (1, 0, math.nan, 0.05),
        (1, 0, 0.1, -0.01),
        (1, 0, 0.1, 1.01),
    ],
)
def test_is_silent_rejects_bad_input(
    turns: int, passes: int, share: float, threshold: float
) -> None:
    with pytest.raises(ValueError):
        is_silent(turns, passes, share, threshold)


QUIET = SessionParticipation(attended=True, turns_spoken=0, passes=2, share=0.0)
MUMBLE = SessionParticipation(attended=True, turns_spoken=1, passes=0, share=0.03)
SPOKE = SessionParticipation(attended=True, turns_spoken=3, passes=0, share=0.20)
AWAY = SessionParticipation(attended=False)
UNTRACKED = SessionParticipation(attended=True, recorded=False)


@pytest.mark.parametrize(
    ("sessions", "streak"),
    [
        pytest.param([], 0, id="no-sessions"),
        pytest.param([AWAY, AWAY], 0, id="never-attended"),
        pytest.param([QUIET], 1, id="single-silent"),
        pytest.param([SPOKE], 0, id="single-spoke"),
        pytest.param([SPOKE, QUIET, MUMBLE, QUIET], 3, id="three-silent"),
        pytest.param([QUIET, QUIET, SPOKE, QUIET], 1, id="broken-by-speaking"),
        pytest.param([QUIET, QUIET, QUIET, SPOKE], 0, id="spoke-most-recently"),
        # Non-attended and untracked sessions are skipped, neither break nor extend.
        pytest.param([SPOKE, QUIET, AWAY, MUMBLE, UNTRACKED, QUIET, AWAY], 3, id="skips"),
        pytest.param([UNTRACKED, UNTRACKED, UNTRACKED], 0, id="all-untracked"),
    ],
)
def test_silent_streak(sessions: list[SessionParticipation], streak: int) -> None:
    assert silent_streak(sessions) == streak


def test_silent_streak_threshold() -> None:
    low = SessionParticipation(attended=True, turns_spoken=2, passes=0, share=0.08)
    # 0.08 ≥ 0.05 → not silent by default; 0.08 < 0.10 → silent with a 10 % threshold.
    assert silent_streak([low, low]) == 0
    assert silent_streak([low, low], threshold_share=0.10) == 2


@pytest.mark.parametrize(
    ("streak", "expected"), [(0, False), (1, False), (2, False), (3, True), (7, True)]
)
def test_needs_followup_silence(streak: int, expected: bool) -> None:
    assert needs_followup_silence(streak) is expected


def test_silence_followup_end_to_end() -> None:
    assert needs_followup_silence(silent_streak([SPOKE, QUIET, AWAY, MUMBLE, QUIET])) is True
    assert needs_followup_silence(silent_streak([SPOKE, QUIET, AWAY, MUMBLE])) is False


# --------------------------------------------------------------------------- overruns


def test_segment_overruns_example() -> None:
    rows = [
        ("Check-in", 900, 1000),  # +100 > 60 → overran
        ("Discussion", 2700, 2700),  # 0
        ("Check-in", 900, 950),  # +50 ≤ 60 → on time
        ("Discussion", 2700, 2400),  # −300 (short)
        ("Check-in", 900, 1020),  # +120 → overran
        ("Check-out", 600, 700),  # +100 → overran
    ]
    assert segment_overruns(rows) == [
        # 3 sessions, 2 overran; mean overrun (100+50+120)/3 = 90; mean delta 90;
        # 2 ≥ 0.5·3 and 3 ≥ 3 → regularly overruns.
        OverrunStat("Check-in", 3, 2, 90.0, 90.0, True),
        # 2 sessions, 0 overran; mean overrun (0+0)/2 = 0; mean delta (0−300)/2 = −150.
        OverrunStat("Discussion", 2, 0, 0.0, -150.0, False),
        # 1 session, overran, but fewer than 3 sessions → not "regularly".
        OverrunStat("Check-out", 1, 1, 100.0, 100.0, False),
    ]


def test_segment_overruns_tolerance_boundary() -> None:
    rows = [("Round", 600.0, 660.0)]  # exactly +60: not more than the tolerance
    assert segment_overruns(rows)[0].overran == 0
    assert segment_overruns(rows, tolerance_s=59.0)[0].overran == 1
    assert segment_overruns([("Round", 600.0, 650.0)], tolerance_s=0.0)[0].overran == 1


def test_segment_overruns_early_finish_does_not_cancel() -> None:
    # +300 and −300: mean overrun (300+0)/2 = 150; signed mean delta (300−300)/2 = 0.
    got = segment_overruns([("Talk", 600, 900), ("Talk", 600, 300)])
    assert got == [OverrunStat("Talk", 2, 1, 150.0, 0.0, False)]


@pytest.mark.parametrize(
    ("deltas", "regular"),
    [
        ([120, 120, 0, 0], True),  # 2/4 = 50 % → regular (≥ 50 %)
        ([120, 0, 0, 0], False),  # 1/4 = 25 %
        ([120, 120], False),  # 100 % but only 2 sessions
        ([120, 120, 120], True),  # 3/3
        ([120, 0, 0], False),  # 1/3 ≈ 33 %
        ([120, 120, 0], True),  # 2/3 ≈ 67 %
    ],
)
def test_regularly_overruns(deltas: list[int], regular: bool) -> None:
    rows = [SegmentTiming("Check-in", 900.0, 900.0 + d) for d in deltas]
    assert segment_overruns(rows)[0].regularly_overruns is regular


def test_segment_overruns_empty() -> None:
    assert segment_overruns([]) == []


@pytest.mark.parametrize(
    ("rows", "tolerance"),
    [
        ([("X", -1.0, 10.0)], 60.0),
        ([("X", 10.0, -1.0)], 60.0),
        ([("X", 10.0, math.nan)], 60.0),
        ([("X", 10.0, 10.0)], -5.0),
    ],
)
def test_segment_overruns_rejects_bad_input(
    rows: list[tuple[str, float, float]], tolerance: float
) -> None:
    with pytest.raises(ValueError):
        segment_overruns(rows, tolerance_s=tolerance)
