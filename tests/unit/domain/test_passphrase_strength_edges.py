"""Passphrase strength at its edges: the verdict at exactly each threshold, where a long
passphrase is cut for the estimator, which pattern names the weakness, and generated
passphrases from the caller's list and randomness. The estimator is replaced where a
test needs an exact figure from it."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from facilitator_desktop.domain import passphrase_strength
from facilitator_desktop.domain.passphrase_strength import (
    ESTIMATOR_MAX_LENGTH,
    PassphraseCheck,
    Verdict,
    Weakness,
    _Estimate,
    _parts,
    _weakness,
    check_passphrase,
    generate_passphrase,
)


def estimates(monkeypatch: pytest.MonkeyPatch, *figures: float) -> list[str]:
    """The estimator gives `figures` for the parts in turn; returns the parts it saw."""
    seen: list[str] = []

    def fake(part: str, context: Sequence[str]) -> _Estimate:
        seen.append(part)
        return _Estimate(guesses_log10=figures[len(seen) - 1], matches=(), length=len(part))

    monkeypatch.setattr(passphrase_strength, "_estimate", fake)
    return seen


@pytest.mark.parametrize(
    ("figure", "verdict"),
    [(14.0, Verdict.STRONG), (13.99, Verdict.ACCEPTED), (10.0, Verdict.ACCEPTED)],
    ids=["strong-edge", "under-strong", "accepted-edge"],
)
def test_a_passphrase_at_a_threshold_gets_that_verdict(
    monkeypatch: pytest.MonkeyPatch, figure: float, verdict: Verdict
) -> None:
    estimates(monkeypatch, figure)
    assert check_passphrase("long enough words") == PassphraseCheck(verdict, None, figure)


def test_the_first_part_strong_enough_ends_the_estimate(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = estimates(monkeypatch, 14.0, 20.0)
    text = "word " * 20  # 100 characters: two parts
    assert check_passphrase(text) == PassphraseCheck(Verdict.STRONG, None, 14.0)
    assert len(seen) == 1


# --- cutting a long passphrase ------------------------------------------------------------


def test_a_passphrase_up_to_the_estimator_length_is_one_part() -> None:
    exactly = ("abcdefgh " * 8)[: ESTIMATOR_MAX_LENGTH - 1] + "x"
    assert list(_parts(exactly)) == [exactly]
    assert list(_parts("short one")) == ["short one"]


def test_a_long_passphrase_is_cut_after_its_last_space_that_fits() -> None:
    text = "one two three " * 6  # 84 characters
    parts = list(_parts(text))
    assert parts == [text[:70], text[70:]]
    assert parts[1] == "one two three "


def test_a_space_right_after_the_start_still_cuts() -> None:
    text = "a " + "b" * 80
    assert list(_parts(text)) == ["a ", "b" * 72, "b" * 8]


# --- naming the weakness --------------------------------------------------------------------


def estimate(*matches: dict[str, object]) -> _Estimate:
    return _Estimate(guesses_log10=5.0, matches=tuple(matches), length=20)


def test_stretches_only_brute_force_knows_are_passed_over() -> None:
    found = estimate(
        {"pattern": "bruteforce", "token": "qxzvbnwkjh"},
        {"pattern": "date", "token": "1999"},
    )
    assert _weakness(found) is Weakness.DATE


def test_a_recent_year_is_a_date() -> None:
    assert _weakness(estimate({"pattern": "regex", "token": "2024"})) is Weakness.DATE


# --- generated passphrases -----------------------------------------------------------------


def test_a_generated_passphrase_uses_the_given_words_and_randomness() -> None:
    words = [f"word{i}" for i in range(500)]
    one = generate_passphrase(1, rng=random.Random(3), words=words)
    assert one in words
    four = generate_passphrase(4, rng=random.Random(7), words=words)
    assert four == generate_passphrase(4, rng=random.Random(7), words=words)
    assert len(set(four.split())) == 4


def test_a_generated_passphrase_needs_a_word() -> None:
    with pytest.raises(ValueError) as refused:
        generate_passphrase(0, words=["a", "b"])
    assert str(refused.value) == "a passphrase needs at least one word"


def test_of_two_equally_weak_parts_the_first_names_the_weakness(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    patterns = iter(["date", "repeat"])

    def fake(part: str, context: Sequence[str]) -> _Estimate:
        match = {"pattern": next(patterns), "token": part}
        return _Estimate(guesses_log10=5.0, matches=(match,), length=len(part))

    monkeypatch.setattr(passphrase_strength, "_estimate", fake)
    check = check_passphrase("word " * 20)  # two parts, both 5.0
    assert check == PassphraseCheck(Verdict.REFUSED, Weakness.DATE, 5.0)
