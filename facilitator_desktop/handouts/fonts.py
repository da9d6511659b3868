"""The handout font family: DejaVu Sans, bundled in ``resources/fonts``.

`ensure_fonts_registered()` registers the four faces with ReportLab once per process, as one
family so ``<b>`` and ``<i>`` in paragraphs pick the right face. Importing this module does
nothing; the first handout build (or an explicit call at start-up) does the work.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facilitator_desktop.paths import resource_path

FAMILY = "HandoutSans"


class Face(Enum):
    """The four faces of the family; the value is the name registered with ReportLab."""

    REGULAR = "HandoutSans"
    BOLD = "HandoutSans-Bold"
    ITALIC = "HandoutSans-Italic"
    BOLD_ITALIC = "HandoutSans-BoldItalic"


FONT_FILES: Mapping[Face, str] = MappingProxyType(
    {
        Face.REGULAR: "DejaVuSans.ttf",
        Face.BOLD: "DejaVuSans-Bold.ttf",
        Face.ITALIC: "DejaVuSans-Oblique.ttf",
        Face.BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    }
)


@dataclass(frozen=True, slots=True)
class RegisteredFonts:
    """The registered family, with each face's character map (code point → glyph)."""

    family: str
    cmaps: Mapping[Face, frozenset[int]]

    def covers(self, char: str, face: Face = Face.REGULAR) -> bool:
        return ord(char) in self.cmaps[face]


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
    cmaps: dict[Face, frozenset[int]] = {}
    for face, filename in FONT_FILES.items():
        if face.value in known:
            font = pdfmetrics.getFont(face.value)
        else:
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"handout font missing from the app bundle: {filename}")
            font = TTFont(face.value, str(path))
            pdfmetrics.registerFont(font)
        cmaps[face] = frozenset(font.face.charToGlyph)
    pdfmetrics.registerFontFamily(
        FAMILY,
        normal=Face.REGULAR.value,
        bold=Face.BOLD.value,
        italic=Face.ITALIC.value,
        boldItalic=Face.BOLD_ITALIC.value,
    )
    return RegisteredFonts(family=FAMILY, cmaps=MappingProxyType(cmaps))
