"""Redaction at its edges: which characters belong to scripts written without spaces (a
name there is found inside other text) and to Korean jamo, checked at both ends of every
range; typos in the shortest name that has them; a consonant-ending name is no stem."""

from __future__ import annotations

import pytest

from facilitator_desktop.domain.redaction import Matcher, _is_hangul, _is_spaceless, terms_for

#: First and last code point of each range written without spaces.
SPACELESS_EDGES = [
    0x0E00,  # Thai, Lao, Tibetan
    0x0FFF,
    0x1000,  # Myanmar
    0x109F,
    0x1780,  # Khmer
    0x17FF,
    0x3040,  # Hiragana, Katakana
    0x30FF,
    0x31F0,  # Katakana extensions
    0x31FF,
    0x3400,  # CJK ideographs
    0x4DBF,
    0x4E00,
    0x9FFF,
    0xF900,
    0xFAFF,
    0xFF66,  # half-width Katakana
    0xFF9F,
    0x20000,
    0x3FFFF,
]
#: Just outside a range (and in none).
SPACED_NEIGHBOURS = [
    0x0DFF,
    0x10A0,
    0x177F,
    0x1800,
    0x303F,
    0x3100,
    0x31EF,
    0x3200,
    0x33FF,
    0x4DC0,
    0x4DFF,
    0xA000,
    0xF8FF,
    0xFB00,
    0xFF65,
    0xFFA0,
    0x1FFFF,
    0x40000,
]


@pytest.mark.parametrize("code", SPACELESS_EDGES, ids=hex)
def test_the_ends_of_each_spaceless_range_are_spaceless(code: int) -> None:
    assert _is_spaceless(chr(code))


@pytest.mark.parametrize("code", SPACED_NEIGHBOURS, ids=hex)
def test_just_outside_the_spaceless_ranges_is_spaced(code: int) -> None:
    assert not _is_spaceless(chr(code))


def test_korean_jamo_and_syllables_at_both_ends() -> None:
    assert all(_is_hangul(c) for c in (0x1100, 0x11FF, 0xA960, 0xA97F, 0xAC00, 0xD7FF))
    assert not any(_is_hangul(c) for c in (0x10FF, 0x1200, 0xA95F, 0xA980, 0xABFF, 0xD800))


def test_a_spaceless_name_repeated_into_itself_is_hidden_whole() -> None:
    # The name at 0 and again at 1: both, so nothing of it is left.
    assert Matcher(terms_for("ささ", "", "")).find("さささ") == [(0, 3)]


def test_a_six_letter_name_is_found_with_one_typo_anywhere() -> None:
    matcher = Matcher(terms_for("Kasper", "", ""))
    for typo in ("Kaser", "Kaspar", "Kaspet", "Kapser"):
        assert matcher.find(f"met {typo} today") == [(4, 4 + len(typo))], typo
    assert Matcher(terms_for("Kacper", "", "")).find("Kacpe") == [(0, 5)]
    # A name of five letters is too short for typos.
    assert Matcher(terms_for("Karol", "", "")).find("Karul") == []


def test_a_name_ending_in_a_consonant_keeps_it_before_an_ending() -> None:
    matcher = Matcher(terms_for("Igor", "", ""))
    assert matcher.find("Igora") == [(0, 5)]
    assert matcher.find("Igoa") == []
