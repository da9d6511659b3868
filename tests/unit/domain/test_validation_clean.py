"""clean(): what is stored is what prints; invisible formatting pasted with names goes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator_desktop.domain.validation import (
    RULE_WHY_MAX,
    clean,
    is_invisible_format,
    validate_alias,
    validate_rule_card,
)
from facilitator_desktop.errors import ValidationError

INVISIBLE = (
    "\u200e\u200f\u061c"  # LRM, RLM, ALM
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # isolates
    "\u200b\u2060\ufeff\u00ad"  # zero-width space, word joiner, BOM, soft hyphen
)


@pytest.mark.parametrize("char", list(INVISIBLE))
def test_bidi_marks_isolates_and_zero_width_spaces_are_removed(char: str) -> None:
    assert clean(f"{char}مريم{char} {char}Anna{char}") == "مريم Anna"
    assert validate_alias("\u2068דוד כהן\u2069") == "דוד כהן"


def test_text_of_invisible_characters_alone_is_no_text() -> None:
    assert clean(INVISIBLE) == ""
    with pytest.raises(ValidationError) as refused:
        validate_alias("\u200b\u2068\u2069")
    assert refused.value.field == "alias"


def test_joiners_that_choose_letter_forms_stay() -> None:
    assert clean("می\u200cخواهم") == "می\u200cخواهم"
    assert clean("क्\u200dष") == "क्\u200dष"


def test_text_is_composed_and_trimmed_but_lines_stay() -> None:
    assert clean("  Jir\u030ci\u0301  ") == "Jiří"
    assert clean("one\ntwo") == "one\ntwo"
    assert clean(None) == ""


@given(st.text())
def test_clean_is_idempotent_and_leaves_nothing_invisible(text: str) -> None:
    once = clean(text)
    assert clean(once) == once
    assert not any(is_invisible_format(char) for char in once)


def test_the_why_has_a_limit() -> None:
    validate_rule_card("Title", "Statement.", "x" * RULE_WHY_MAX)
    with pytest.raises(ValidationError) as caught:
        validate_rule_card("Title", "Statement.", "x" * (RULE_WHY_MAX + 1))
    assert caught.value.field == "why"


def test_a_surrogate_pair_becomes_the_character_it_encodes() -> None:
    assert clean("Anna \ud83c\udf3b") == "Anna 🌻"
    assert clean("\ud83c\udf3b") == "🌻"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Anna\ud83c", "Anna\ufffd"),  # a high half with nothing after it
        ("\udf3bAnna", "\ufffdAnna"),  # a low half with nothing before it
        ("a\udf3b\ud83cb", "a\ufffd\ufffdb"),  # both halves, in the wrong order
        ("\ud83c\ud83c\udf3b", "\ufffd🌻"),  # a lone half, then a whole pair
    ],
    ids=["high-at-end", "low-at-start", "reversed", "lone-then-pair"],
)
def test_a_lone_surrogate_half_becomes_the_replacement_character(text: str, kept: str) -> None:
    assert clean(text) == kept


#: Characters with surrogate halves among them, which st.characters() never draws.
WITH_HALVES = st.one_of(st.characters(), st.integers(0xD800, 0xDFFF).map(chr))


@given(st.text(WITH_HALVES))
def test_whatever_the_text_what_is_kept_can_be_written_as_utf8(text: str) -> None:
    once = clean(text)
    once.encode("utf-8")  # raises on a surrogate left behind
    assert clean(once) == once
