"""Putting any script on the page: shaping (uharfbuzz), direction (python-bidi) and one
Noto face per run of text.

Text of Latin, Greek, Cyrillic and CJK letters needs no shaping: it goes into an ordinary
platypus Paragraph with a ``<font>`` per run. Text with Arabic, Hebrew, Devanagari or Thai
goes into a `ShapedParagraph`, which

1. cuts the paragraph into words (at spaces, and between CJK characters) and each word into
   runs of one family (`runs.runs`);
2. shapes each run with HarfBuzz through uharfbuzz, on the same font file ReportLab embeds:
   Arabic letters join, Devanagari conjuncts form and vowel signs move, marks sit where the
   font wants them;
3. breaks lines at word boundaries, then orders the words of each line for display with the
   Unicode bidirectional algorithm (python-bidi): right-to-left words run right to left,
   numbers and Latin names inside them stay left to right;
4. draws each glyph with a character whose ToUnicode entry is the text it stands for (see
   `fonts.ShapingFont`), so the PDF's text reads back exactly as typed.

`line_width` and `draw_line` do the same for one line on a canvas (headers, footers, chart
labels, the group's name on a card).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import uharfbuzz
from bidi import algorithm as bidi_algorithm
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paraparser import ParaParser

from facilitator_desktop.handouts.fonts import (
    Face,
    Script,
    ShapingFont,
    ensure_fonts_registered,
    face_name,
)
from facilitator_desktop.handouts.runs import has_cjk, needs_shaping, runs, script_of

# ----------------------------------------------------------------------------- shaping

_FEATURES = {"kern": True, "liga": True}


@dataclass(frozen=True, slots=True)
class Glyph:
    char: str  # what is drawn: the glyph's own character or a private-use stand-in
    advance: float  # in 1/1000 of the font size
    x_offset: float
    y_offset: float
    width: float  # the advance the PDF font has for `char`


@dataclass(frozen=True, slots=True)
class ShapedRun:
    """One run of one face, shaped: glyphs in display order, and its width per 1 pt."""

    font_name: str
    glyphs: tuple[Glyph, ...]
    width: float  # at font size 1
    right_to_left: bool


_hb_lock = threading.Lock()
_hb_fonts: dict[str, Any] = {}


def _hb_font(font: ShapingFont) -> Any:
    """uharfbuzz's font over the same bytes ReportLab embeds; made once per file."""
    key = font.face.filename
    hb = _hb_fonts.get(key)
    if hb is None:
        with _hb_lock:
            hb = _hb_fonts.get(key)
            if hb is None:
                hb = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(font.face._ttf_data)))
                _hb_fonts[key] = hb
    return hb


@lru_cache(maxsize=4096)
def shape(text: str, font_name: str) -> ShapedRun:
    """Shape one run of one face with HarfBuzz."""
    font: ShapingFont = pdfmetrics.getFont(font_name)
    hb = _hb_font(font)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(hb, buffer, _FEATURES)
    infos, positions = buffer.glyph_infos, buffer.glyph_positions
    right_to_left = buffer.direction == "rtl"
    scale = 1000 / hb.face.upem
    # The text each glyph stands for: the first glyph shown of a cluster carries the
    # cluster's text, the others nothing; reading the PDF then gives the text as typed.
    starts = sorted({info.cluster for info in infos})
    ends = {start: end for start, end in zip(starts, [*starts[1:], len(text)], strict=True)}
    seen: set[int] = set()
    glyphs: list[Glyph] = []
    total = 0.0
    for info, pos in zip(infos, positions, strict=True):
        cluster = info.cluster
        meaning = "" if cluster in seen else text[cluster : ends[cluster]]
        seen.add(cluster)
        advance = pos.x_advance * scale
        char = font.glyph_char(info.codepoint, meaning, advance)
        width = float(font.face.charWidths.get(ord(char), advance))
        glyphs.append(Glyph(char, advance, pos.x_offset * scale, pos.y_offset * scale, width))
        total += advance
    return ShapedRun(font_name, tuple(glyphs), total / 1000, right_to_left)


def _shaped_str(run: ShapedRun) -> ShapedStr:
    data = [
        ShapeData(i, g.advance, 0, g.x_offset, g.y_offset, g.width)
        for i, g in enumerate(run.glyphs)
    ]
    return ShapedStr("".join(g.char for g in run.glyphs), shapeData=data)


# ----------------------------------------------------------------------------- words and lines


@dataclass(slots=True)
class _Piece:
    """Part of a word in one face, size and colour."""

    text: str
    font_name: str
    size: float
    color: Color | None
    script: Script
    shaped: ShapedRun | None = None

    @property
    def width(self) -> float:
        if self.shaped is not None:
            return self.shaped.width * self.size
        return float(stringWidth(self.text, self.font_name, self.size))


@dataclass(slots=True)
class _Word:
    pieces: list[_Piece] = field(default_factory=list)
    space_after: float = 0.0  # width of the space that follows, 0 at a line's end
    line_break: bool = False  # a <br/> follows

    @property
    def width(self) -> float:
        return sum(piece.width for piece in self.pieces)

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)


def _script_face(font_name: str) -> Face:
    for face in (Face.BOLD_ITALIC, Face.BOLD, Face.ITALIC):
        if font_name.endswith(face.value.removeprefix(Face.REGULAR.value)):
            return face
    return Face.REGULAR


def _words(frags: Sequence[Any]) -> list[_Word]:
    """Paragraph fragments (from ReportLab's markup parser) as words of shaped pieces."""
    fonts = ensure_fonts_registered()
    words: list[_Word] = [_Word()]
    for frag in frags:
        if getattr(frag, "lineBreak", False):
            words[-1].line_break = True
            words.append(_Word())
            continue
        face = _script_face(frag.fontName)
        size = float(frag.fontSize)
        color = getattr(frag, "textColor", None)
        for token in _tokens(frag.text):
            if token == " ":
                space = float(stringWidth(" ", frag.fontName, size))
                if words[-1].pieces:
                    words[-1].space_after = space
                    words.append(_Word())
                elif len(words) > 1 and not words[-2].line_break:
                    words[-2].space_after = space  # after a CJK character's break
                continue
            if token == "\u200b":  # a break opportunity (between CJK characters)
                if words[-1].pieces:
                    words.append(_Word())
                continue
            for script, part in runs(token, fonts, face):
                name = face_name(script, face)
                shaped = shape(part, name) if script in _SHAPED else None
                words[-1].pieces.append(_Piece(part, name, size, color, script, shaped))
    return [word for word in words if word.pieces or word.line_break]


_SHAPED = frozenset({Script.ARABIC, Script.HEBREW, Script.DEVANAGARI, Script.THAI})


def _tokens(text: str) -> list[str]:
    """Words, single spaces and break marks: a space (or no-break space kept inside the
    word) separates words; a CJK character may be followed by a break."""
    out: list[str] = []
    word: list[str] = []
    for char in text:
        if char in " \t\n":
            if word:
                out.append("".join(word))
                word = []
            out.append(" ")
            continue
        word.append(char)
        if script_of(char) is Script.CJK:
            out.append("".join(word))
            out.append("\u200b")
            word = []
    if word:
        out.append("".join(word))
    return out


def _break_lines(words: list[_Word], width: float) -> list[list[_Word]]:
    """Greedy lines of whole words; a word wider than a line gets a line of its own."""
    lines: list[list[_Word]] = []
    line: list[_Word] = []
    used = 0.0
    for word in words:
        gap = line[-1].space_after if line else 0.0
        if line and used + gap + word.width > width + 1e-6:
            lines.append(line)
            line, used, gap = [], 0.0, 0.0
        line.append(word)
        used += gap + word.width
        if word.line_break:
            lines.append(line)
            line, used = [], 0.0
    if line:
        lines.append(line)
    return lines or [[]]


def base_right_to_left(text: str) -> bool:
    """True when the first letter with a direction is right to left (rule P2)."""
    return bool(bidi_algorithm.get_base_level(text))


def _levels(text: str, right_to_left: bool) -> list[int]:
    """The resolved bidi embedding level of each character of one line (rules X1–I2)."""
    storage = bidi_algorithm.get_empty_storage()
    storage["base_level"] = 1 if right_to_left else 0
    storage["base_dir"] = "R" if right_to_left else "L"
    bidi_algorithm.get_embedding_levels(text, storage)
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage, False)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    return [char["level"] for char in storage["chars"]]


def _visual_order(line: list[_Word], right_to_left: bool) -> list[tuple[_Word, bool]]:
    """The line's words left to right, each with whether it runs right to left (rule L2,
    applied to whole words: a word is shaped as one run)."""
    if not line:
        return []
    text = " ".join(word.text for word in line)
    levels = _levels(text, right_to_left)
    word_levels: list[int] = []
    at = 0
    for word in line:
        span = levels[at : at + len(word.text)] or [int(right_to_left)]
        word_levels.append(max(span))
        at += len(word.text) + 1
    order = list(range(len(line)))
    highest = max(word_levels)
    lowest_odd = min((level for level in word_levels if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if word_levels[order[index]] >= level:
                end = index
                while end < len(order) and word_levels[order[end]] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return [(line[i], bool(word_levels[i] % 2)) for i in order]


def _draw_words(canvas: Canvas, x: float, y: float, line: list[_Word], right_to_left: bool) -> None:
    """Draw one line starting at `x`: words in display order (bidi), one text object, and a
    space glyph placed in each gap between words.

    This is what PDF readers expect: extraction and copying read the line as one, turning
    right-to-left stretches back into logical order, with the spaces where they were.
    """
    ordered = _visual_order(line, right_to_left)
    text = canvas.beginText()
    font: tuple[str, float] | None = None
    color: Color | None = None
    for position, (word, word_rtl) in enumerate(ordered):
        for piece in reversed(word.pieces) if word_rtl else word.pieces:
            text.setTextOrigin(x, y)
            # Only real changes: a reader ends a run of text at every font change.
            if font != (piece.font_name, piece.size):
                font = (piece.font_name, piece.size)
                text.setFont(*font)
            if piece.color is not None and piece.color != color:
                color = piece.color
                text.setFillColor(color)
            text.textOut(_shaped_str(piece.shaped) if piece.shaped is not None else piece.text)
            x += piece.width
        if position + 1 < len(ordered):
            gap = max(word.space_after, ordered[position + 1][0].space_after)
            if gap > 0:
                text.setTextOrigin(x, y)
                text.textOut(" ")
            x += gap
    canvas.drawText(text)


def _line_width(line: list[_Word]) -> float:
    return sum(w.width for w in line) + sum(w.space_after for w in line[:-1])


# ----------------------------------------------------------------------------- flowable


class ShapedParagraph(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """A paragraph of shaped, bidirectional text in a ParagraphStyle; markup as for
    Paragraph (``<b>``, ``<i>``, ``<font color>``, ``<br/>``)."""

    def __init__(self, markup: str, style: ParagraphStyle, *, _lines: Any = None) -> None:
        super().__init__()
        self.style = style
        self.markup = markup
        parsed = ParaParser().parse(markup, style)
        frags = parsed[1] if parsed is not None else []
        plain = "".join(getattr(f, "text", "") for f in frags)
        self.right_to_left = base_right_to_left(plain)
        self._words = _words(frags) if _lines is None else []
        self._lines: list[list[_Word]] = _lines or []
        self._wrapped_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._wrapped_for != availWidth and self._words:
            self._lines = _break_lines(self._words, availWidth)
            self._wrapped_for = availWidth
        self.width = availWidth
        self.height = self.style.leading * max(1, len(self._lines))
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        fits = int(availHeight // self.style.leading)
        if fits <= 0 or fits >= len(self._lines):
            return [] if fits <= 0 else [self]
        first = ShapedParagraph(self.markup, self.style, _lines=self._lines[:fits])
        rest = ShapedParagraph(self.markup, self.style, _lines=self._lines[fits:])
        for part in (first, rest):
            part._wrapped_for = availWidth
            part.right_to_left = self.right_to_left
        return [first, rest]

    def getSpaceBefore(self) -> float:  # noqa: N802
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        alignment = style.alignment
        if self.right_to_left and alignment in (0, TA_JUSTIFY):
            alignment = TA_RIGHT  # a right-to-left paragraph starts at the right margin
        y = self.height - style.fontSize  # the first baseline, as in a Paragraph
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        for line in self._lines:
            width = _line_width(line)
            x = 0.0
            if alignment == TA_RIGHT:
                x = self.width - width
            elif alignment == TA_CENTER:
                x = (self.width - width) / 2
            _draw_words(canvas, x, y, line, self.right_to_left)
            y -= style.leading
        canvas.restoreState()

    def minWidth(self) -> float:  # noqa: N802
        return max((w.width for w in self._words), default=0.0)


def paragraph(markup: str, style: ParagraphStyle) -> Flowable:
    """A Paragraph for `markup` (already escaped and run through a TextGuard): the plain
    platypus one when no letter needs shaping, else a `ShapedParagraph`."""
    plain = _plain_of(markup)
    if needs_shaping(plain):
        return ShapedParagraph(markup, style)
    if has_cjk(plain):
        style = ParagraphStyle(style.name + "-cjk", parent=style, wordWrap="CJK")
        return Paragraph(_with_fonts(markup), style)
    return Paragraph(markup, style)


def _plain_of(markup: str) -> str:
    # Letters are all that matter here; tags and entities hold none of the scripts.
    return markup


_CJK_RUN = re.compile(
    "([\u1100-\u11ff\u2e80-\u2fdf\u3000-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+)"
)
_TAG = re.compile(r"(<[^>]*>)")


def _with_fonts(markup: str) -> str:
    """`markup` with each run of CJK text in a ``<font>`` of the CJK family."""
    parts = _TAG.split(markup)
    return "".join(
        part
        if part.startswith("<")
        else _CJK_RUN.sub(rf'<font face="{Script.CJK.value}">\1</font>', part)
        for part in parts
    )


# ----------------------------------------------------------------------------- single lines


def _line_words(text: str, face: Face, size: float) -> list[_Word]:
    from xml.sax.saxutils import escape

    style = ParagraphStyle("line", fontName=face.value, fontSize=size, leading=size)
    parsed = ParaParser().parse(escape(text), style)
    return _words(parsed[1] if parsed is not None else [])


def line_width(text: str, face: Face, size: float) -> float:
    """The width of `text` on one line (plain text, already guarded)."""
    if not needs_shaping(text) and not has_cjk(text):
        return float(stringWidth(text, face.value, size))
    return _line_width(_line_words(text, face, size))


def draw_line(
    canvas: Canvas, x: float, y: float, text: str, face: Face, size: float, align: str = "left"
) -> None:
    """Draw one line of plain (guarded) text; `x` is its left, centre or right end."""
    if not needs_shaping(text) and not has_cjk(text):
        canvas.setFont(face.value, size)
        if align == "right":
            canvas.drawRightString(x, y, text)
        elif align == "centre":
            canvas.drawCentredString(x, y, text)
        else:
            canvas.drawString(x, y, text)
        return
    words = _line_words(text, face, size)
    width = _line_width(words)
    left = x - width if align == "right" else x - width / 2 if align == "centre" else x
    canvas.saveState()
    _draw_words(canvas, left, y, words, base_right_to_left(text))
    canvas.restoreState()
