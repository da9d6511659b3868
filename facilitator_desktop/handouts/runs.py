"""Which family prints each character, and text cut into runs of one family.

A letter goes to the family of its script; a space, digit, punctuation mark or combining
mark stays with the run it is in when that family has it (so "مريم،" or "(李娜)" is one run
and shapes as one word), and otherwise goes to the base family, DejaVu Sans.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from facilitator_desktop.handouts.fonts import Face, RegisteredFonts, Script

_BLOCKS: tuple[tuple[int, int, Script], ...] = (
    (0x0590, 0x05FF, Script.HEBREW),
    (0x0600, 0x06FF, Script.ARABIC),
    (0x0750, 0x077F, Script.ARABIC),
    (0x08A0, 0x08FF, Script.ARABIC),
    (0x0900, 0x097F, Script.DEVANAGARI),
    (0xA8E0, 0xA8FF, Script.DEVANAGARI),
    (0x0E00, 0x0E7F, Script.THAI),
    (0x1100, 0x11FF, Script.CJK),  # Hangul jamo
    (0x2E80, 0x2FDF, Script.CJK),  # radicals
    (0x3000, 0x30FF, Script.CJK),  # CJK punctuation, hiragana, katakana
    (0x3100, 0x31FF, Script.CJK),  # bopomofo, Hangul compatibility jamo, kana extensions
    (0x3400, 0x4DBF, Script.CJK),
    (0x4E00, 0x9FFF, Script.CJK),
    (0xAC00, 0xD7AF, Script.CJK),  # Hangul syllables
    (0xF900, 0xFAFF, Script.CJK),
    (0xFB1D, 0xFB4F, Script.HEBREW),
    (0xFB50, 0xFDFF, Script.ARABIC),
    (0xFE70, 0xFEFF, Script.ARABIC),
    (0xFF00, 0xFFEF, Script.CJK),  # full-width forms
)

#: Scripts whose letters change shape or order when printed: they need the shaper.
SHAPED: frozenset[Script] = frozenset(
    {Script.ARABIC, Script.HEBREW, Script.DEVANAGARI, Script.THAI}
)


def script_of(char: str) -> Script | None:
    """The family a letter belongs to; None for characters of no script (spaces, digits,
    punctuation, combining marks), which follow their neighbours."""
    code = ord(char)
    category = unicodedata.category(char)
    for low, high, script in _BLOCKS:
        if low <= code <= high:
            if category[0] in "LM" or script is Script.CJK:
                return script
            return None  # Arabic comma, Devanagari danda: punctuation, joins the run
    return Script.LATIN if category[0] == "L" else None


def runs(
    text: str, fonts: RegisteredFonts, face: Face = Face.REGULAR
) -> Iterator[tuple[Script, str]]:
    """`text` cut into (family, part) runs, in logical order. A neutral character joins
    the current run when that family has it, else it goes to the base family."""
    current: Script | None = None
    buffer: list[str] = []
    for char in text:
        script = script_of(char)
        if script is None:
            if current is not None and fonts.covers_in(current, char, face):
                buffer.append(char)
                continue
            script = Script.LATIN
        if script is not current:
            if buffer and current is not None:
                yield current, "".join(buffer)
            buffer = []
            current = script
        buffer.append(char)
    if buffer and current is not None:
        yield current, "".join(buffer)


def needs_shaping(text: str) -> bool:
    """True when `text` has letters that only print right through the shaper (joined,
    reordered, or right-to-left)."""
    return any(script_of(char) in SHAPED for char in text)


def has_cjk(text: str) -> bool:
    return any(script_of(char) is Script.CJK for char in text)
