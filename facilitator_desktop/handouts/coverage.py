"""Which characters a handout can print, and what happens to the others.

Every piece of user text goes through a `TextGuard` on its way into a handout. The guard

1. normalises the text to NFC, so "e" + combining acute prints as the single glyph "é";
2. drops invisible formatting characters pasted with names (bidi marks and isolates,
   zero-width spaces: see `domain.validation.is_invisible_format`), which mean nothing on
   paper and would otherwise print as boxes;
3. keeps each character some handout family has a glyph for, in the face that will draw it
   (Latin, Greek and Cyrillic in DejaVu Sans; Arabic, Hebrew, Devanagari, Thai and CJK in
   their Noto faces, shaped and ordered by `text`);
4. replaces every other character with `REPLACEMENT` (U+25A1 WHITE SQUARE, "□"), so a gap
   in the fonts shows on paper as a visible box, never as nothing, and records it with
   where it was found ("rule 4"), so the builder returns one short warning per place.

Tabs print as a space and a newline starts a new line; other control characters are treated
as missing glyphs. `find_missing_glyphs()` runs the same check on texts without building
anything, e.g. to warn while the facilitator is still typing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from xml.sax.saxutils import escape

from facilitator_desktop.domain.validation import is_invisible_format
from facilitator_desktop.handouts.data import HandoutProblem, HandoutResult, MissingGlyph, Place
from facilitator_desktop.handouts.fonts import (
    Face,
    RegisteredFonts,
    Script,
    ensure_fonts_registered,
)
from facilitator_desktop.handouts.runs import script_of

REPLACEMENT = "\u25a1"
"""What an unprintable character prints as: U+25A1 WHITE SQUARE, present in every face."""

_SHOWN_PER_WARNING = 5  # characters named in one warning; the rest are counted


def describe(char: str) -> MissingGlyph:
    """A `MissingGlyph` for one character: its code point and Unicode name."""
    code = ord(char)
    fallback = "CONTROL CHARACTER" if unicodedata.category(char) == "Cc" else "UNNAMED CHARACTER"
    return MissingGlyph(char=char, codepoint=f"U+{code:04X}", name=unicodedata.name(char, fallback))


class TextGuard:
    """Turns user text into text the handout fonts can print, recording what they cannot.

    Use one guard per handout build; it collects problems as the builder asks for text.
    `place` says where the text is printed, so a warning can say "rule 4".
    """

    def __init__(self, fonts: RegisteredFonts | None = None) -> None:
        self._fonts = fonts if fonts is not None else ensure_fonts_registered()
        self._problems: dict[tuple[Place, int | None], dict[str, MissingGlyph]] = {}

    def plain(
        self, text: str, face: Face = Face.REGULAR, place: Place = "text", number: int | None = None
    ) -> str:
        """Printable plain text for one line on a canvas (newlines become spaces)."""
        return self._clean(text, face, place, number).replace("\n", " ")

    def markup(
        self, text: str, face: Face = Face.REGULAR, place: Place = "text", number: int | None = None
    ) -> str:
        """Printable text for a paragraph: escaped, newlines as ``<br/>``."""
        return escape(self._clean(text, face, place, number)).replace("\n", "<br/>")

    def _printable(self, char: str, face: Face, previous: Script | None) -> bool:
        if unicodedata.category(char) == "Cc":
            return False
        script = script_of(char)
        fonts = self._fonts
        if script is not None:
            return fonts.covers_in(script, char, face)
        if previous is not None and fonts.covers_in(previous, char, face):
            return True
        return fonts.covers_in(Script.LATIN, char, face) or char in "\u200c\u200d"

    def _clean(self, text: str, face: Face, place: Place, number: int | None) -> str:
        text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
        out: list[str] = []
        previous: Script | None = None
        for char in text:
            if char == "\n":
                out.append(char)
            elif char == "\t":
                out.append(" ")
            elif is_invisible_format(char):
                continue
            elif self._printable(char, face, previous):
                out.append(char)
                previous = script_of(char) or previous
            else:
                found = self._problems.setdefault((place, number), {})
                found.setdefault(char, describe(char))
                out.append(REPLACEMENT)
        return "".join(out)

    @property
    def missing_glyphs(self) -> tuple[MissingGlyph, ...]:
        """Every character printed as the replacement box, in first-seen order."""
        seen: dict[str, MissingGlyph] = {}
        for found in self._problems.values():
            for char, glyph in found.items():
                seen.setdefault(char, glyph)
        return tuple(seen.values())

    def problems(self) -> tuple[HandoutProblem, ...]:
        """One problem per place with characters that print as boxes."""
        return tuple(
            HandoutProblem("missing_glyphs", place, number, tuple(found.values()))
            for (place, number), found in self._problems.items()
        )

    def warnings(self) -> tuple[str, ...]:
        """Short English sentences, one per place (the UI words its own from `problems`)."""
        return tuple(english_warning(problem) for problem in self.problems())

    def result(
        self, pdf: bytes, pages: int, extra: tuple[HandoutProblem, ...] = ()
    ) -> HandoutResult:
        """The finished handout with what this guard found (and `extra` problems)."""
        problems = (*extra, *self.problems())
        return HandoutResult(
            pdf, pages, tuple(english_warning(p) for p in problems), self.missing_glyphs, problems
        )


_PLACES: dict[str, str] = {
    "group_name": "the group's name",
    "rule": "rule {number}",
    "member": "a member's name",
    "welcome": "the welcome line",
    "facilitator": "your details",
    "support": "the support line",
    "session": "the session's title",
    "segment": "the agenda",
    "note": "note {number}",
    "label": "the handout's labels",
    "text": "the handout",
}


def english_warning(problem: HandoutProblem) -> str:
    """The default wording of a problem (English; the UI translates its own)."""
    where = _PLACES[problem.place].format(number=problem.number)
    if problem.kind == "card_text_too_long":
        return (
            f"Rule {problem.number} is too long to print at a readable size with "
            f"{problem.per_page} cards per page. Choose {problem.suggestion} cards per page, "
            "or shorten the rule."
        )
    glyphs = problem.glyphs
    shown = ", ".join(f"{g.char} ({g.codepoint} {g.name})" for g in glyphs[:_SHOWN_PER_WARNING])
    more = (
        f" and {len(glyphs) - _SHOWN_PER_WARNING} more" if len(glyphs) > _SHOWN_PER_WARNING else ""
    )
    count = "1 character" if len(glyphs) == 1 else f"{len(glyphs)} characters"
    return f"{count} in {where} cannot be printed and will show as {REPLACEMENT}: {shown}{more}."


def find_missing_glyphs(
    texts: Iterable[str], face: Face = Face.REGULAR
) -> tuple[tuple[MissingGlyph, ...], tuple[str, ...]]:
    """Check texts without building a handout: (the problem characters, the warnings)."""
    guard = TextGuard()
    for text in texts:
        guard.plain(text, face)
    return guard.missing_glyphs, guard.warnings()
