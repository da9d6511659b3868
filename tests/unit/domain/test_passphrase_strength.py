"""New passphrases: guessable ones are refused with a reason; suggested ones are random words
that hold."""

from __future__ import annotations

import math
import random
import unicodedata

import pytest

from facilitator_desktop.domain import passphrase_strength
from facilitator_desktop.domain.passphrase_strength import (
    ACCEPTED_GUESSES_LOG10,
    GENERATED_WORD_COUNT,
    MIN_LENGTH,
    Verdict,
    Weakness,
    check_passphrase,
    generate_passphrase,
    generated_entropy_bits,
    word_list,
)

# What hurried people type, and what an attacker tries first.
GUESSABLE = [
    "password",
    "Password",
    "PASSWORD",
    "Password1",
    "password ",
    "12345678",
    "123456789",
    "1234567890123",
    "aaaaaaaa",
    "        ",  # eight spaces
    "🔑🔑🔑🔑🔑🔑🔑🔑",
    "qwertyuiop",
    "qwertzuiop",  # German keyboard
    "azertyuiop",  # French keyboard
    "asdfghjkl;",
    "zxcvbnm,./",
    "1qaz2wsx3edc",  # a walk down the columns
    "zaq12wsx",
    "Maria1985",  # a name and a year
    "john1990",
    "Anna1979",
    "P@ssw0rd!",
    "drowssap",  # backwards
    "abcdefghijk",
    "01/02/1985",
    "19851985",
    "iloveyou2",
    "letmein123",
    "Sunshine2024!",
    "monkey dragon",
    "ILoveMyKids",
    "Passwort",
    "motdepasse",
    "thursday circle",
    "facilitator2024",
    "support group",
    "xK#9q!zP",  # random, but eight characters are few enough to try them all
    "short",
    "long " * 200,  # far past the estimator's own limit
    "long" * 200,
    "a" * 72 + "b",
]

HOLDING = [
    "correct horse battery staple",
    "lantern orbit velvet seven",
    "canary hedge lantern seven",
    "café au lait à l'école",
    "cafe\u0301 au lait a\u0300 l'e\u0301cole",  # the same, decomposed
    "🐢 slow and steady 🌙 night sky 🔑",
    "Мой пароль очень",
    "Tr0ub4dor&3",
    "carers wednesdays 2024",
    "password password password " + "lantern orbit velvet seven kettle",
    "when the kettle sings at dawn the lanterns hum velvet tunes to seven sleepy otters "
    "who juggle marmalade jars beside a crooked lighthouse " * 20,
]


def short_id(passphrase: str) -> str:
    # Plain ASCII: pytest (and `make mutation`, which picks tests by id) cannot select a test
    # again by an id holding "…" or an escaped character.
    shown = passphrase if len(passphrase) <= 24 else f"{passphrase[:20]}...({len(passphrase)})"
    return "".join(c if c.isascii() and c.isprintable() else f"U+{ord(c):04X}" for c in shown)


@pytest.mark.parametrize("passphrase", GUESSABLE, ids=short_id)
def test_guessable_passphrases_are_refused_with_a_reason(passphrase: str) -> None:
    check = check_passphrase(passphrase)
    assert check.verdict is Verdict.REFUSED
    assert not check.acceptable
    assert check.weakness is not None


@pytest.mark.parametrize("passphrase", HOLDING, ids=short_id)
def test_passphrases_that_hold_are_accepted(passphrase: str) -> None:
    check = check_passphrase(passphrase)
    assert check.acceptable
    assert check.weakness is None
    assert check.guesses_log10 >= ACCEPTED_GUESSES_LOG10


@pytest.mark.parametrize(
    ("passphrase", "weakness"),
    [
        ("password", Weakness.COMMON_PASSWORD),
        ("12345678", Weakness.COMMON_PASSWORD),
        ("qwertyuiop", Weakness.COMMON_PASSWORD),
        ("ILoveMyKids", Weakness.BUILT_ON_COMMON_PASSWORD),
        ("aaaaaaaa", Weakness.REPEATED),
        ("long " * 200, Weakness.REPEATED),
        ("zxcvbnm,./", Weakness.KEYBOARD_PATTERN),
        ("Maria1985", Weakness.NAME),
        ("P@ssw0rd!", Weakness.DISGUISED_WORD),
        ("drowssap", Weakness.DISGUISED_WORD),
        ("abcdefghijk", Weakness.SEQUENCE),
        ("01/02/1985", Weakness.DATE),
        ("thursday circle", Weakness.COMMON_WORDS),
        ("facilitator2024", Weakness.ABOUT_THE_APP),
        ("xK#9q!zP", Weakness.GUESSABLE),
        ("short", Weakness.TOO_SHORT),
        ("a" * (MIN_LENGTH - 1), Weakness.TOO_SHORT),
    ],
)
def test_the_reason_names_what_made_it_guessable(passphrase: str, weakness: Weakness) -> None:
    assert check_passphrase(passphrase).weakness is weakness


def test_nothing_typed_is_neither_refused_nor_accepted() -> None:
    check = check_passphrase("")
    assert check.verdict is Verdict.EMPTY and not check.acceptable and check.weakness is None


def test_strong_needs_more_than_acceptable() -> None:
    assert check_passphrase("Tr0ub4dor&3").verdict is Verdict.ACCEPTED
    assert check_passphrase("correct horse battery staple").verdict is Verdict.STRONG


def test_words_an_attacker_could_know_are_held_against_it() -> None:
    assert check_passphrase("ngozi okafor 1979").acceptable
    assert check_passphrase("thursday circle", context=["Thursday Circle"]).weakness is (
        Weakness.ABOUT_THE_APP
    )


def test_decomposed_accents_are_judged_as_the_vault_stores_them() -> None:
    composed = "café au lait à l'école"
    decomposed = unicodedata.normalize("NFD", composed)
    assert check_passphrase(decomposed) == check_passphrase(composed)


def test_any_length_is_judged_without_an_error() -> None:
    # The estimator raises past 72 characters; a very long passphrase is judged by parts.
    assert check_passphrase("x" * 10_000).weakness is Weakness.REPEATED
    assert check_passphrase(generate_passphrase(200)).verdict is Verdict.STRONG


# --- the generator -------------------------------------------------------------------------


def test_the_word_list_is_the_eff_long_list() -> None:
    words = word_list()
    assert len(words) == 7776 == len(set(words))
    assert all(w and w == w.strip().lower() and " " not in w for w in words)


def test_a_suggestion_is_six_different_words_from_the_list() -> None:
    words = generate_passphrase().split(" ")
    assert len(words) == GENERATED_WORD_COUNT == 6
    assert len(set(words)) == 6
    assert set(words) <= set(word_list())


def test_a_suggestion_carries_about_77_bits() -> None:
    bits = generated_entropy_bits()
    # Six different words out of 7,776: a hair under 6 × log2(7776) ≈ 77.55 bits.
    assert 77.5 < bits < 6 * math.log2(7776)
    assert generated_entropy_bits(1) == pytest.approx(math.log2(7776))
    assert generated_entropy_bits(2, list_size=4) == pytest.approx(math.log2(4 * 3))


def test_suggestions_come_from_the_operating_systems_randomness(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[random.Random] = []

    class Recording(random.SystemRandom):
        def __init__(self) -> None:
            super().__init__()
            made.append(self)

    monkeypatch.setattr(passphrase_strength.secrets, "SystemRandom", Recording)
    generate_passphrase()
    assert len(made) == 1


def test_suggestions_differ_each_time() -> None:
    assert len({generate_passphrase() for _ in range(50)}) == 50


def test_every_suggestion_passes_the_check() -> None:
    rng = random.Random(20240611)  # the same sample on every run
    for _ in range(40):
        assert check_passphrase(generate_passphrase(rng=rng)).verdict is Verdict.STRONG


def test_even_the_easiest_words_on_the_list_make_a_strong_suggestion() -> None:
    from zxcvbn.matching import RANKED_DICTIONARIES

    def rank(word: str) -> int:
        ranks = [d[word] for d in RANKED_DICTIONARIES.values() if word in d]
        return min(ranks, default=10**9)

    easiest = sorted(word_list(), key=rank)[:GENERATED_WORD_COUNT]
    assert check_passphrase(" ".join(easiest)).verdict is Verdict.STRONG


def test_silly_word_counts_are_refused() -> None:
    with pytest.raises(ValueError):
        generate_passphrase(0)
    with pytest.raises(ValueError):
        generated_entropy_bits(0)
    with pytest.raises(ValueError):
        generated_entropy_bits(5, list_size=4)
