"""The glyph check: what no handout font has is named, shown as a box and never dropped;
the scripts the Noto faces cover print; invisible formatting characters never reach paper."""

from __future__ import annotations

import pytest

from facilitator_desktop.handouts import REPLACEMENT, find_missing_glyphs
from facilitator_desktop.handouts.coverage import TextGuard, english_warning
from facilitator_desktop.handouts.fonts import Face, ensure_fonts_registered

NAMES = ("李娜", "דוד כהן", "مريم", "प्रिया", "สมชาย", "김민지", "さくら", "Ελένη", "Дмитрий")


@pytest.mark.parametrize("name", NAMES)
def test_names_in_every_promised_script_are_printable(name: str) -> None:
    guard = TextGuard()
    assert guard.plain(name) == name
    assert guard.problems() == ()


def test_emoji_are_named_replaced_and_grouped_by_place() -> None:
    guard = TextGuard()
    assert guard.plain("Kenji 🧡", place="member") == f"Kenji {REPLACEMENT}"
    guard.plain("Kindness 🧡🫶\U0001f9ff x", place="rule", number=4)
    problems = guard.problems()
    assert [(p.place, p.number, len(p.glyphs)) for p in problems] == [
        ("member", None, 1),
        ("rule", 4, 3),
    ]
    warning = english_warning(problems[1])
    assert warning.startswith("3 characters in rule 4 cannot be printed")
    assert "U+1F9E1 ORANGE HEART" in warning
    assert len(guard.missing_glyphs) == 3  # the heart once, however often it appears


def test_a_warning_stays_short_for_a_wall_of_missing_characters() -> None:
    guard = TextGuard()
    guard.plain("".join(chr(0x13000 + i) for i in range(40)), place="rule", number=2)
    (warning,) = guard.warnings()
    assert warning.startswith("40 characters in rule 2")
    assert "and 35 more" in warning
    assert len(warning) < 400


@pytest.mark.parametrize(
    "invisible",
    [
        "\u200e",
        "\u200f",
        "\u2066",
        "\u2067",
        "\u2068",
        "\u2069",
        "\u202a",
        "\u200b",
        "\ufeff",
        "\u00ad",
    ],
)
def test_invisible_formatting_is_dropped_not_boxed(invisible: str) -> None:
    guard = TextGuard()
    assert guard.plain(f"{invisible}מרים{invisible} Anna") == "מרים Anna"
    assert guard.problems() == ()


def test_joiners_that_carry_meaning_are_kept() -> None:
    guard = TextGuard()
    assert guard.plain("می\u200cخواهم") == "می\u200cخواهم"
    assert guard.problems() == ()


def test_clean_text_gives_no_warning() -> None:
    missing, warnings = find_missing_glyphs(["Małgorzata", "Ελένη", "Дмитрий", "Þórdís", *NAMES])
    assert missing == () and warnings == ()


def test_markup_escapes_and_keeps_line_breaks() -> None:
    guard = TextGuard()
    assert guard.markup("<b>A & B</b>\nnext") == "&lt;b&gt;A &amp; B&lt;/b&gt;<br/>next"
    assert guard.plain("one\ntwo\tthree") == "one two three"
    assert guard.warnings() == ()


def test_decomposed_accents_are_composed() -> None:
    guard = TextGuard()
    assert guard.plain("Jir\u030ci\u0301") == "Jiří"
    assert guard.warnings() == ()


def test_control_characters_are_reported_not_dropped() -> None:
    guard = TextGuard()
    assert guard.plain("a\x07b") == f"a{REPLACEMENT}b"
    (glyph,) = guard.missing_glyphs
    assert glyph.codepoint == "U+0007"


def test_a_character_missing_only_from_the_italic_face_is_caught_there() -> None:
    # DejaVu Sans Oblique lacks some glyphs the regular face has; the guard checks the face
    # that will draw the text.
    from facilitator_desktop.handouts.runs import script_of

    fonts = ensure_fonts_registered()
    only_regular = sorted(
        code
        for code in fonts.cmaps[Face.REGULAR] - fonts.cmaps[Face.ITALIC]
        if code > 0x20
        and chr(code).isprintable()
        and script_of(chr(code)) is not None
        and script_of(chr(code)).value == fonts.family
    )
    assert only_regular, "expected the oblique face to cover less than the regular one"
    char = chr(only_regular[0])
    guard = TextGuard()
    assert guard.plain(char, Face.REGULAR) == char
    assert guard.plain(char, Face.ITALIC) == REPLACEMENT
