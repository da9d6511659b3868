"""Which characters a handout can print, and what happens to the others.

Every piece of user text goes through a `TextGuard` on its way into a handout. The guard

1. normalises the text to NFC, so "e" + combining acute prints as the single glyph "é";
2. keeps each character the font face that will draw it has a glyph for;
3. replaces every other character with `REPLACEMENT` (U+25A1 WHITE SQUARE, "□"), so a gap
   in the fonts shows on paper as a visible box, never as nothing;
4. replaces right-to-left letters (Arabic, Hebrew, Syriac, Thaana, N'Ko, …) with the same
   box, because ReportLab neither joins Arabic letters nor reorders right-to-left runs: the
   fonts have the glyphs, but the printed word would be wrong;
5. records each such character, named (``unicodedata.name``), with the text it came from, so
   the builder returns warnings the UI shows before the facilitator prints.

Tabs print as a space and a newline starts a new line; other control characters are treated
as missing glyphs. `find_missing_glyphs()` runs the same check on texts without building
anything, e.g. to warn while the facilitator is still typing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from facilitator_desktop.handouts.data import MissingGlyph
from facilitator_desktop.handouts.fonts import Face, RegisteredFonts, ensure_fonts_registered

REPLACEMENT = "\u25a1"
"""What an unprintable character prints as: U+25A1 WHITE SQUARE, present in every face."""

_RTL_BIDI_CLASSES = frozenset({"R", "AL", "RLE", "RLO", "RLI"})
_RTL_BLOCKS: tuple[tuple[int, int], ...] = (
    (0x0590, 0x08FF),  # Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, …
    (0xFB1D, 0xFDFF),  # Hebrew and Arabic presentation forms
    (0xFE70, 0xFEFE),  # Arabic presentation forms B
    (0x10800, 0x10FFF),  # historic right-to-left scripts, Hanifi Rohingya, Yezidi, …
    (0x1E800, 0x1EFFF),  # Mende Kikakui, Adlam, Arabic mathematical symbols
)
_CONTEXT_CHARS = 40


def is_right_to_left(char: str) -> bool:
    """True for letters, marks and digits of right-to-left scripts, and RTL bidi controls."""
    bidi = unicodedata.bidirectional(char)
    if bidi in _RTL_BIDI_CLASSES:
        return True
    if bidi in ("NSM", "AN"):
        code = ord(char)
        return any(low <= code <= high for low, high in _RTL_BLOCKS)
    return False


def describe(char: str, *, right_to_left: bool = False) -> MissingGlyph:
    """A `MissingGlyph` for one character: its code point and Unicode name."""
    code = ord(char)
    fallback = "CONTROL CHARACTER" if unicodedata.category(char) == "Cc" else "UNNAMED CHARACTER"
    return MissingGlyph(
        char=char,
        codepoint=f"U+{code:04X}",
        name=unicodedata.name(char, fallback),
        right_to_left=right_to_left,
    )


def _excerpt(text: str, char: str) -> str:
    """The text on one line, or a window of it around the first `char` when it is long."""
    flat = " ".join(text.split())
    if len(flat) <= _CONTEXT_CHARS:
        return flat
    at = max(flat.find(char), 0)
    start = max(0, min(at - _CONTEXT_CHARS // 2, len(flat) - _CONTEXT_CHARS))
    window = flat[start : start + _CONTEXT_CHARS]
    return ("…" if start > 0 else "") + window + ("…" if start + _CONTEXT_CHARS < len(flat) else "")


_RUN_NEUTRALS = frozenset({"WS", "CS", "ON", "EN", "ES", "ET", "NSM", "BN"})


def right_to_left_runs(text: str) -> list[str]:
    """The stretches of right-to-left writing in `text` ("مريم", "שלום עליכם")."""
    runs: list[str] = []
    current: list[str] = []
    pending: list[str] = []  # neutrals (spaces, punctuation) that may continue the run
    for char in text:
        if is_right_to_left(char):
            current += pending
            current.append(char)
            pending = []
        elif current and char != "\n" and unicodedata.bidirectional(char) in _RUN_NEUTRALS:
            pending.append(char)
        elif current:
            runs.append("".join(current))
            current, pending = [], []
    if current:
        runs.append("".join(current))
    return runs


@dataclass(slots=True)
class _Findings:
    """What could not be printed, in first-seen order."""

    glyphs: dict[str, MissingGlyph] = field(default_factory=dict)
    missing_contexts: list[str] = field(default_factory=list)  # excerpts around missing glyphs
    rtl_runs: list[str] = field(default_factory=list)

    def record(self, text: str, missing: list[str], rtl: list[str]) -> None:
        for char in missing:
            self.glyphs.setdefault(char, describe(char))
        for char in rtl:
            self.glyphs.setdefault(char, describe(char, right_to_left=True))
        if missing:
            _add_new(self.missing_contexts, [_excerpt(text, missing[0])])
        if rtl:
            _add_new(self.rtl_runs, right_to_left_runs(text))


def _add_new(target: list[str], items: Iterable[str]) -> None:
    for item in items:
        if item not in target:
            target.append(item)


class TextGuard:
    """Turns user text into text the handout fonts can print, recording what they cannot.

    Use one guard per handout build; it collects warnings as the builder asks for text.
    """

    def __init__(self, fonts: RegisteredFonts | None = None) -> None:
        self._fonts = fonts if fonts is not None else ensure_fonts_registered()
        self._findings = _Findings()

    def plain(self, text: str, face: Face = Face.REGULAR) -> str:
        """Printable plain text for ``canvas.drawString`` (newlines become spaces)."""
        return self._clean(text, face).replace("\n", " ")

    def markup(self, text: str, face: Face = Face.REGULAR) -> str:
        """Printable text for a platypus Paragraph: escaped, newlines as ``<br/>``."""
        return escape(self._clean(text, face)).replace("\n", "<br/>")

    def _clean(self, text: str, face: Face) -> str:
        text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
        cmap = self._fonts.cmaps[face]
        out: list[str] = []
        missing: list[str] = []
        rtl: list[str] = []
        for char in text:
            if char == "\n":
                out.append(char)
            elif char == "\t":
                out.append(" ")
            elif is_right_to_left(char):
                rtl.append(char)
                out.append(REPLACEMENT)
            elif ord(char) not in cmap or unicodedata.category(char) == "Cc":
                missing.append(char)
                out.append(REPLACEMENT)
            else:
                out.append(char)
        if missing or rtl:
            self._findings.record(text, missing, rtl)
        return "".join(out)

    @property
    def missing_glyphs(self) -> tuple[MissingGlyph, ...]:
        """Every character printed as the replacement box, in first-seen order."""
        return tuple(self._findings.glyphs.values())

    def warnings(self) -> tuple[str, ...]:
        """Sentences for the facilitator: one for missing glyphs, one for right-to-left text."""
        return _warnings_from(self._findings)


def _quoted(texts: Iterable[str]) -> str:
    return ", ".join(f"“{t}”" for t in texts)


def _warnings_from(findings: _Findings) -> tuple[str, ...]:
    warnings: list[str] = []
    missing = [g for g in findings.glyphs.values() if not g.right_to_left]
    if missing:
        names = ", ".join(f"{g.char} ({g.codepoint} {g.name})" for g in missing)
        warnings.append(
            "Some characters cannot be printed with the handout fonts and will show as "
            f"{REPLACEMENT}: {names}. Found in {_quoted(findings.missing_contexts)}."
        )
    rtl = [g for g in findings.glyphs.values() if g.right_to_left]
    if rtl:
        scripts: list[str] = []
        _add_new(scripts, (g.name.split(" ", 1)[0].title() for g in rtl))
        warnings.append(
            f"Right-to-left text is not supported in handouts yet: "
            f"{_quoted(findings.rtl_runs)} ({', '.join(scripts)}). "
            f"It will show as {REPLACEMENT} boxes."
        )
    return tuple(warnings)


def find_missing_glyphs(
    texts: Iterable[str], face: Face = Face.REGULAR
) -> tuple[tuple[MissingGlyph, ...], tuple[str, ...]]:
    """Check texts without building a handout: (the problem characters, the warnings)."""
    guard = TextGuard()
    for text in texts:
        guard.plain(text, face)
    return guard.missing_glyphs, guard.warnings()
