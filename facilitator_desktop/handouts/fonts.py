"""The handout fonts: DejaVu Sans for Latin, Greek and Cyrillic, and Noto faces for the
scripts DejaVu cannot print well (Arabic, Hebrew, Devanagari, Thai, Chinese/Japanese/Korean),
all bundled in ``resources/fonts``.

Each script is registered with ReportLab as a family of four faces (regular, bold, italic,
bold italic) so ``<b>`` and ``<i>`` pick a face in every script; a script without an italic
uses its upright face, and the CJK subset (one weight, to keep the bundle small) uses its
regular face for bold. `ensure_fonts_registered()` does this once per process; importing
this module does nothing.

The faces are `ShapingFont`s: besides what ReportLab's TTFont does, they remember what text
each shaped glyph stands for (an Arabic letter in its joined form, a Devanagari conjunct)
and write that into the PDF's ToUnicode map, so copying or extracting text from the PDF
gives back the words as typed, not presentation forms or private-use code points.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facilitator_desktop.paths import resource_path

FAMILY = "HandoutSans"


class Face(Enum):
    """The four faces of the base family; the value is the name registered with ReportLab."""

    REGULAR = "HandoutSans"
    BOLD = "HandoutSans-Bold"
    ITALIC = "HandoutSans-Italic"
    BOLD_ITALIC = "HandoutSans-BoldItalic"


class Script(Enum):
    """A family of faces; the value is the family's registered name."""

    LATIN = FAMILY  # DejaVu Sans: Latin, Greek, Cyrillic, symbols
    ARABIC = "HandoutArabic"
    HEBREW = "HandoutHebrew"
    DEVANAGARI = "HandoutDevanagari"
    THAI = "HandoutThai"
    CJK = "HandoutCJK"


_SUFFIX: Mapping[Face, str] = MappingProxyType(
    {Face.REGULAR: "", Face.BOLD: "-Bold", Face.ITALIC: "-Italic", Face.BOLD_ITALIC: "-BoldItalic"}
)

FONT_FILES: Mapping[Face, str] = MappingProxyType(
    {
        Face.REGULAR: "DejaVuSans.ttf",
        Face.BOLD: "DejaVuSans-Bold.ttf",
        Face.ITALIC: "DejaVuSans-Oblique.ttf",
        Face.BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    }
)


def _upright(regular: str, bold: str) -> Mapping[Face, str]:
    return MappingProxyType(
        {Face.REGULAR: regular, Face.BOLD: bold, Face.ITALIC: regular, Face.BOLD_ITALIC: bold}
    )


#: The file behind each face of each family.
SCRIPT_FILES: Mapping[Script, Mapping[Face, str]] = MappingProxyType(
    {
        Script.LATIN: FONT_FILES,
        Script.ARABIC: _upright("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
        Script.HEBREW: _upright("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
        Script.DEVANAGARI: _upright(
            "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"
        ),
        Script.THAI: _upright("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
        Script.CJK: _upright(
            "NotoSansCJKsc-Regular-subset.ttf", "NotoSansCJKsc-Regular-subset.ttf"
        ),
    }
)


def face_name(script: Script, face: Face) -> str:
    """The registered name of one face of one family ("HandoutArabic-Bold")."""
    return script.value + _SUFFIX[face]


class ShapingFont(TTFont):  # type: ignore[misc]  # ReportLab ships no type hints
    """A TrueType font that can print a shaped glyph and still say, in the PDF, which text
    it stands for.

    `glyph_char(gid, text)` gives the character to draw glyph `gid` with: the font's own
    character when the glyph is that character's, otherwise a private-use code point kept
    for this (glyph, text) pair. When the PDF is written, the ToUnicode map sends each such
    code point back to `text` ("" for the second and later glyphs of a cluster).
    """

    _PRIVATE_FIRST = 0xF0000  # Supplementary Private Use Area-A: never typed by users

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._private: dict[tuple[int, str], int] = {}
        self._meanings: dict[int, str] = {}
        self._private_lock = threading.Lock()

    def glyph_char(self, gid: int, text: str, advance: float) -> str:
        face = self.face
        if len(text) == 1 and face.charToGlyph.get(ord(text)) == gid:
            return text
        key = (gid, text)
        code = self._private.get(key)
        if code is None:
            with self._private_lock:
                code = self._PRIVATE_FIRST + len(self._private)
                self._private[key] = code
                self._meanings[code] = text
                face.charToGlyph[code] = gid
                face.glyphToChar.setdefault(gid, []).append(code)
                face.charWidths[code] = advance
        return chr(code)

    def addObjects(self, doc: Any) -> None:  # noqa: N802  (ReportLab's name)
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        if not self._meanings:
            return
        for number, subset in enumerate(subsets):
            if not any(code in self._meanings for code in subset):
                continue
            base = b"".join((_subset_tag(number), b"+", self.face.name, self.face.subfontNameX))
            stream = doc.idToObject.get("toUnicodeCMap:" + base.decode("pdfdoc"))
            if stream is not None:
                stream.content = _to_unicode(stream.content, subset, self._meanings)


def _subset_tag(number: int) -> bytes:
    from reportlab.pdfbase.ttfonts import SUBSETN

    tag: bytes = SUBSETN(number)
    return tag


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode(cmap: str, subset: list[int], meanings: Mapping[int, str]) -> str:
    """ReportLab's ToUnicode CMap with our private code points replaced by their text."""
    lines = cmap.split("\n")
    out: list[str] = []
    for line in lines:
        if line.startswith("<") and "> <" in line:
            code = int(line[1 : line.index(">")], 16)
            if code < len(subset) and subset[code] in meanings:
                line = f"<{code:02X}> <{_utf16_hex(meanings[subset[code]])}>"
            elif code < len(subset) and subset[code] > 0xFFFF:
                line = f"<{code:02X}> <{_utf16_hex(chr(subset[code]))}>"
        out.append(line)
    return "\n".join(out)


@dataclass(frozen=True, slots=True)
class RegisteredFonts:
    """The registered families, with each face's character map (code point → glyph)."""

    family: str
    cmaps: Mapping[Face, frozenset[int]]
    script_cmaps: Mapping[Script, Mapping[Face, frozenset[int]]]

    def covers(self, char: str, face: Face = Face.REGULAR) -> bool:
        return ord(char) in self.cmaps[face]

    def covers_in(self, script: Script, char: str, face: Face = Face.REGULAR) -> bool:
        return ord(char) in self.script_cmaps[script][face]


_lock = threading.Lock()
_registered: RegisteredFonts | None = None


def ensure_fonts_registered() -> RegisteredFonts:
    """Register the handout fonts with ReportLab if not done yet; safe to call any time.

    Raises FileNotFoundError naming the font file when the bundle is incomplete.
    """
    global _registered
    if _registered is not None:
        return _registered
    with _lock:
        if _registered is None:
            _registered = _register()
        return _registered


def _register() -> RegisteredFonts:
    known = set(pdfmetrics.getRegisteredFontNames())
    loaded: dict[str, ShapingFont] = {}  # one font object per file, shared by its faces
    script_cmaps: dict[Script, Mapping[Face, frozenset[int]]] = {}
    for script, files in SCRIPT_FILES.items():
        cmaps: dict[Face, frozenset[int]] = {}
        for face, filename in files.items():
            name = face_name(script, face)
            if name in known:
                font = pdfmetrics.getFont(name)
            else:
                font = _load(name, filename, loaded)
            cmaps[face] = frozenset(font.face.charToGlyph)
        pdfmetrics.registerFontFamily(
            script.value,
            normal=face_name(script, Face.REGULAR),
            bold=face_name(script, Face.BOLD),
            italic=face_name(script, Face.ITALIC),
            boldItalic=face_name(script, Face.BOLD_ITALIC),
        )
        script_cmaps[script] = MappingProxyType(cmaps)
    return RegisteredFonts(
        family=FAMILY,
        cmaps=script_cmaps[Script.LATIN],
        script_cmaps=MappingProxyType(script_cmaps),
    )


def _load(name: str, filename: str, loaded: dict[str, ShapingFont]) -> ShapingFont:
    path = resource_path("fonts", filename)
    if not path.is_file():
        raise FileNotFoundError(f"handout font missing from the app bundle: {filename}")
    first = loaded.get(filename)
    if first is None:
        font = ShapingFont(name, str(path))
        loaded[filename] = font
    else:
        # The same file under another face name (an upright "italic"): a second font
        # object over the same parsed face, so the file is read once.
        font = ShapingFont.__new__(ShapingFont)
        font.__dict__.update(first.__dict__)
        font.fontName = name
        font.state = {}
    pdfmetrics.registerFont(font)
    return font
