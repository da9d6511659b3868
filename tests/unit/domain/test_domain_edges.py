"""Domain rules at their exact edges: a sleep as long as the threshold is not a sleep, a
backup stamped this very moment by an earlier run is not due, a passphrase may use every
word of its list once, and refusals say what was wrong."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

import pytest

from facilitator_desktop.domain.backup_schedule import NewestBackup, backup_due
from facilitator_desktop.domain.passphrase_strength import generated_entropy_bits
from facilitator_desktop.domain.sleep import Sleep, SleepDetector

NOW = datetime(2026, 3, 1, 9, 0)
DAY = timedelta(hours=24)


def test_a_gap_of_exactly_the_threshold_is_not_a_sleep() -> None:
    for counts_sleep in (False, True):
        detector = SleepDetector(monotonic_counts_sleep=counts_sleep, threshold=30.0)
        detector.observe(100.0, 1000.0)
        # The suspend-aware clock ran 30 s more than the monotonic one: at the threshold.
        assert detector.observe(101.0, 1031.0) is None
        assert detector.observe(102.0, 1062.5) == Sleep(seconds=30.5, counted=0.0, awake=1.0)
    counting = SleepDetector(monotonic_counts_sleep=True, threshold=30.0)
    counting.observe(0.0, 0.0)
    assert counting.observe(30.0, 30.0) is None  # 30 s between looks: not asleep
    assert counting.observe(60.5, 60.5) == Sleep(seconds=30.5, counted=30.5, awake=0.0)


def test_by_default_the_monotonic_clock_stops_while_asleep() -> None:
    detector = SleepDetector(threshold=30.0)
    detector.observe(0.0, 0.0)
    # A long look without a gap between the clocks: busy, not asleep.
    assert detector.observe(600.0, 600.0) is None


def test_thresholds_below_one_second_are_allowed_and_bad_ones_named() -> None:
    detector = SleepDetector(threshold=0.5)
    detector.observe(0.0, 0.0)
    assert detector.observe(0.1, 0.8) == Sleep(seconds=pytest.approx(0.7), counted=0.0, awake=0.1)
    for bad in (0.0, -1.0, math.inf, math.nan):
        with pytest.raises(ValueError) as refused:
            SleepDetector(threshold=bad)
        assert str(refused.value) == f"threshold must be a finite number above zero, got {bad!r}"


def test_a_backup_stamped_right_now_by_an_earlier_run_is_not_due() -> None:
    assert not backup_due(NewestBackup(3, NOW), NOW, DAY, None, 0.0)
    assert backup_due(NewestBackup(3, NOW + timedelta(seconds=1)), NOW, DAY, None, 0.0)


def test_every_word_of_the_list_may_be_used_once() -> None:
    assert generated_entropy_bits(3, list_size=3) == math.log2(3 * 2 * 1)
    for bad in (0, 4):
        with pytest.raises(ValueError) as refused:
            generated_entropy_bits(bad, list_size=3)
        assert str(refused.value) == "word_count must be between 1 and the size of the list"


def test_a_passphrase_not_estimated_reads_zero_guesses() -> None:
    from facilitator_desktop.domain.passphrase_strength import (
        MIN_LENGTH,
        PassphraseCheck,
        Verdict,
        Weakness,
        check_passphrase,
    )

    assert check_passphrase("") == PassphraseCheck(Verdict.EMPTY, None, 0.0)
    short = check_passphrase("x" * (MIN_LENGTH - 1))
    assert short == PassphraseCheck(Verdict.REFUSED, Weakness.TOO_SHORT, 0.0)
    guessable = check_passphrase("password")
    assert guessable.verdict is Verdict.REFUSED and 0.0 < guessable.guesses_log10 < 6


def test_this_runs_backup_counts_from_when_it_was_made() -> None:
    from facilitator_desktop.domain.backup_schedule import MadeThisRun

    made = MadeThisRun(sequence=3, at=86_000.0)
    newest = NewestBackup(3, NOW)
    assert not backup_due(newest, NOW, DAY, made, 86_100.0)  # 100 s ago
    assert backup_due(newest, NOW, DAY, made, 86_000.0 + DAY.total_seconds())
