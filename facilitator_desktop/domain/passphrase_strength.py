"""Is a new passphrase guessable? And a strong one made of random words, on request.

The judgement is the zxcvbn estimator's, not rules of our own: it knows the common passwords,
names, words, keyboard walks, repeats, sequences and dates that people reach for, and counts
how many guesses an attacker working through them would need. We read its analysis (which
kind of pattern made the passphrase weak), not its English sentences, so that the window can
explain the reason in the facilitator's language.

The workspace file can be copied and attacked offline for as long as anyone likes, slowed
only by the key derivation, so the bar is the estimator's top score.
"""

from __future__ import annotations

import math
import secrets
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum, IntEnum
from functools import cache
from importlib import resources
from random import Random
from typing import Any, cast

MIN_LENGTH = 8
# 10**10 guesses is zxcvbn's top score ("strong protection from an offline slow-hash attack"):
# weeks for an attacker with many GPUs against our Argon2id. From 10**14 on it would take
# centuries, and the hint says "strong".
ACCEPTED_GUESSES_LOG10 = 10.0
STRONG_GUESSES_LOG10 = 14.0
# The estimator refuses longer input (its matching slows down faster than the length grows).
ESTIMATOR_MAX_LENGTH = 72
# Words about this app and its work: the first an attacker aiming at it would try.
CONTEXT_WORDS = (
    "facilitator",
    "facilitate",
    "desktop",
    "workspace",
    "passphrase",
    "group",
    "groups",
    "support",
    "therapy",
    "session",
    "members",
    "notes",
)

GENERATED_WORD_COUNT = 6


class Verdict(IntEnum):
    EMPTY = 0
    REFUSED = 1
    ACCEPTED = 2
    STRONG = 3


class Weakness(Enum):
    """Why a passphrase is refused, from the most telling pattern the estimator found."""

    TOO_SHORT = "too_short"
    COMMON_PASSWORD = "common_password"  # the whole passphrase is a well-known password
    BUILT_ON_COMMON_PASSWORD = "built_on_common_password"
    DISGUISED_WORD = "disguised_word"  # look-alike symbols (p@ssw0rd) or spelled backwards
    NAME = "name"
    COMMON_WORDS = "common_words"
    ABOUT_THE_APP = "about_the_app"
    KEYBOARD_PATTERN = "keyboard_pattern"
    REPEATED = "repeated"
    SEQUENCE = "sequence"
    DATE = "date"
    GUESSABLE = "guessable"  # nothing specific: simply too few possibilities


@dataclass(frozen=True, slots=True)
class PassphraseCheck:
    verdict: Verdict
    # Set exactly when the verdict is REFUSED.
    weakness: Weakness | None
    # log10 of the guesses the estimator expects an attacker to need (0 when not estimated).
    guesses_log10: float

    @property
    def acceptable(self) -> bool:
        return self.verdict >= Verdict.ACCEPTED


@dataclass(frozen=True, slots=True)
class _Estimate:
    guesses_log10: float
    matches: tuple[Mapping[str, Any], ...]
    length: int


def check_passphrase(passphrase: str, context: Sequence[str] = ()) -> PassphraseCheck:
    """Judge a new passphrase. `context` adds words an attacker could know (names, places)."""
    # The vault derives its key from the NFC form, so judge that form: decomposed accents
    # would otherwise look like random symbols and flatter the estimate.
    text = unicodedata.normalize("NFC", passphrase)
    if not text:
        return PassphraseCheck(Verdict.EMPTY, None, 0.0)
    if len(text) < MIN_LENGTH:
        return PassphraseCheck(Verdict.REFUSED, Weakness.TOO_SHORT, 0.0)
    best = _best_part(text, (*CONTEXT_WORDS, *context))
    if best.guesses_log10 >= STRONG_GUESSES_LOG10:
        return PassphraseCheck(Verdict.STRONG, None, best.guesses_log10)
    if best.guesses_log10 >= ACCEPTED_GUESSES_LOG10:
        return PassphraseCheck(Verdict.ACCEPTED, None, best.guesses_log10)
    return PassphraseCheck(Verdict.REFUSED, _weakness(best), best.guesses_log10)


def _best_part(text: str, context: Sequence[str]) -> _Estimate:
    """The estimate of the hardest part of `text`, cut to lengths the estimator takes.

    A passphrase is at least as hard to guess as any part of it (the estimator multiplies
    the guesses of consecutive parts), so the hardest part is a safe lower bound for the
    whole; a passphrase of up to 72 characters is a single part.
    """
    best: _Estimate | None = None
    for part in dict.fromkeys(_parts(text)):  # a part seen before tells nothing new
        estimate = _estimate(part, context)
        if best is None or estimate.guesses_log10 > best.guesses_log10:
            best = estimate
        if best.guesses_log10 >= STRONG_GUESSES_LOG10:
            break
    assert best is not None  # `text` is not empty
    return best


def _parts(text: str) -> Iterator[str]:
    """Consecutive parts of at most ESTIMATOR_MAX_LENGTH characters, cut after a space where
    there is one, so that each starts with a word: a word repeated across the whole
    passphrase then looks repeated in every part, instead of hiding behind odd cuts."""
    start = 0
    while start < len(text):
        end = start + ESTIMATOR_MAX_LENGTH
        if end < len(text):
            space = text.rfind(" ", start + 1, end)
            if space > start:
                end = space + 1
        yield text[start:end]
        start = end


def _estimate(part: str, context: Sequence[str]) -> _Estimate:
    # Imported on first use: the first window paints without loading the estimator's lists.
    from zxcvbn import zxcvbn

    result = cast(
        Mapping[str, Any], zxcvbn(part, user_inputs=list(context), max_length=ESTIMATOR_MAX_LENGTH)
    )
    return _Estimate(
        guesses_log10=float(result["guesses_log10"]),
        matches=tuple(cast(Sequence[Mapping[str, Any]], result["sequence"])),
        length=len(part),
    )


_NAME_LISTS = frozenset({"female_names", "male_names", "surnames"})


def _weakness(estimate: _Estimate) -> Weakness:
    """The reason to give: the longest pattern the estimator recognised, as it does itself.

    Stretches it could only brute-force say nothing specific, so they are passed over.
    """
    telling = [m for m in estimate.matches if m.get("pattern") != "bruteforce"]
    if not telling:
        return Weakness.GUESSABLE
    match = max(telling, key=lambda m: len(str(m.get("token", ""))))
    pattern = match.get("pattern")
    if pattern == "dictionary":
        return _dictionary_weakness(match, whole=len(str(match.get("token"))) == estimate.length)
    if pattern == "spatial":
        return Weakness.KEYBOARD_PATTERN
    if pattern == "repeat":
        return Weakness.REPEATED
    if pattern == "sequence":
        return Weakness.SEQUENCE
    if pattern in ("date", "regex"):  # the estimator's only regex is "recent year"
        return Weakness.DATE
    return Weakness.GUESSABLE


def _dictionary_weakness(match: Mapping[str, Any], *, whole: bool) -> Weakness:
    if match.get("l33t") or match.get("reversed"):
        return Weakness.DISGUISED_WORD
    source = match.get("dictionary_name")
    if source == "passwords":
        return Weakness.COMMON_PASSWORD if whole else Weakness.BUILT_ON_COMMON_PASSWORD
    if source in _NAME_LISTS:
        return Weakness.NAME
    if source == "user_inputs":
        return Weakness.ABOUT_THE_APP
    return Weakness.COMMON_WORDS


# --- generating a strong one ---------------------------------------------------------------


@cache
def word_list() -> tuple[str, ...]:
    """The EFF's long list for dice passphrases (7,776 words chosen to be easy to spell and
    tell apart), as the xkcdpass package ships it."""
    text = resources.files("xkcdpass").joinpath("static", "eff-long").read_text("utf-8")
    words = tuple(dict.fromkeys(w.strip().lower() for w in text.splitlines() if w.strip()))
    if len(words) < 1024:  # a damaged or replaced file: suggestions would be weak
        raise OSError(f"the word list has only {len(words)} words")
    return words


def generate_passphrase(
    word_count: int = GENERATED_WORD_COUNT,
    *,
    rng: Random | None = None,
    words: Sequence[str] | None = None,
) -> str:
    """`word_count` different words picked at random from the word list, with spaces.

    Different words, because a repeated one is exactly what the estimator (rightly) frowns
    on. `rng` is for tests only; by default the operating system's randomness (`secrets`).
    """
    if word_count < 1:
        raise ValueError("a passphrase needs at least one word")
    vocabulary = word_list() if words is None else words
    picker = rng if rng is not None else secrets.SystemRandom()
    return " ".join(picker.sample(vocabulary, word_count))


def generated_entropy_bits(word_count: int = GENERATED_WORD_COUNT, list_size: int = 0) -> float:
    """How many bits of randomness `generate_passphrase` puts in: log2 of the number of
    ordered picks of `word_count` different words from the list."""
    size = list_size or len(word_list())
    if not 1 <= word_count <= size:
        raise ValueError("word_count must be between 1 and the size of the list")
    return sum(math.log2(size - i) for i in range(word_count))
