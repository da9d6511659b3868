"""The glyph check: what cannot be printed is named, shown as a box, and never dropped."""

from __future__ import annotations

import pytest

from facilitator_desktop.handouts import REPLACEMENT, find_missing_glyphs
from facilitator_desktop.handouts.coverage import TextGuard, is_right_to_left, right_to_left_runs
from facilitator_desktop.handouts.fonts import Face

ARABIC = "مريم"
HEBREW = "שלום"


def test_emoji_and_cjk_are_named_and_replaced() -> None:
    guard = TextGuard()
    assert guard.plain("Kenji 漢 🧡") == f"Kenji {REPLACEMENT} {REPLACEMENT}"
    names = {(g.codepoint, g.name) for g in guard.missing_glyphs}
    assert names == {("U+6F22", "CJK UNIFIED IDEOGRAPH-6F22"), ("U+1F9E1", "ORANGE HEART")}
    (warning,) = guard.warnings()
    assert "U+1F9E1 ORANGE HEART" in warning
    assert "U+6F22" in warning
    assert "Kenji 漢 🧡" in warning
    assert REPLACEMENT in warning


def test_right_to_left_text_is_named_as_unsupported() -> None:
    guard = TextGuard()
    printed = guard.plain(f"{ARABIC} and {HEBREW}")
    assert printed == f"{REPLACEMENT * 4} and {REPLACEMENT * 4}"
    (warning,) = guard.warnings()
    assert warning.startswith("Right-to-left text is not supported in handouts yet:")
    assert f"“{ARABIC}”" in warning and f"“{HEBREW}”" in warning
    assert "Arabic" in warning and "Hebrew" in warning
    assert all(g.right_to_left for g in guard.missing_glyphs)
    assert {g.name for g in guard.missing_glyphs} >= {"ARABIC LETTER MEEM", "HEBREW LETTER SHIN"}


def test_both_kinds_of_problem_give_two_warnings_and_nothing_is_dropped() -> None:
    text = f"Ana 漢 {HEBREW}"
    guard = TextGuard()
    printed = guard.plain(text)
    assert len(printed) == len(text)
    assert len(guard.warnings()) == 2


def test_clean_text_gives_no_warning() -> None:
    missing, warnings = find_missing_glyphs(["Małgorzata", "Ελένη", "Дмитрий", "Þórdís"])
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
    from facilitator_desktop.handouts.fonts import ensure_fonts_registered

    fonts = ensure_fonts_registered()
    only_regular = sorted(
        code
        for code in fonts.cmaps[Face.REGULAR] - fonts.cmaps[Face.ITALIC]
        if code > 0x20 and not is_right_to_left(chr(code)) and chr(code).isprintable()
    )
    assert only_regular, "expected the oblique face to cover less than the regular one"
    char = chr(only_regular[0])
    guard = TextGuard()
    assert guard.plain(char, Face.REGULAR) == char
    assert guard.plain(char, Face.ITALIC) == REPLACEMENT


@pytest.mark.parametrize(
    ("char", "expected"),
    [
        ("م", True),
        ("ש", True),
        ("\u05b8", True),
        ("\u0661", True),
        ("\u200f", True),
        ("a", False),
        ("Ł", False),
        ("Ω", False),
        ("Ж", False),
        ("1", False),
        (" ", False),
    ],
)
def test_is_right_to_left(char: str, expected: bool) -> None:
    assert is_right_to_left(char) is expected


def test_right_to_left_runs_keep_inner_spaces() -> None:
    assert right_to_left_runs("Hi שלום עליכם, and مريم.") == ["שלום עליכם", "مريم"]
