"""Rebuild the Noto faces in resources/fonts from Debian's fonts-noto packages.

Run by hand when a face or the character set changes; the outputs are committed, so neither
a developer, CI nor a Windows/macOS bundle needs the Debian packages (they are ~100 MB; the
subsets are a fraction of that). Needs fontTools (``pip install fonttools``) and, on the
machine that runs it, ``apt-get install fonts-noto-core fonts-noto-cjk``.

What it does, with fontTools' own subsetter (no font editing of ours):

* Arabic, Hebrew, Devanagari and Thai (TrueType already): keep each script's blocks plus
  digits, spaces and common punctuation, every OpenType layout feature the shaper needs,
  and no hinting (PDF viewers and printers do not use it).
* CJK: Noto Sans CJK SC Regular is a CFF font, which ReportLab cannot embed. The subset keeps
  the ideographs of the national standards everyday names come from (GB 2312, Big5, JIS X
  0208, KS X 1001: decoded with Python's own codecs), all 11,172 Hangul syllables, kana,
  CJK punctuation and full-width forms; its outlines are converted from cubic to quadratic
  curves (fontTools' cu2qu) so ReportLab can embed it.

Usage (Debian puts the files under /usr/share/fonts):
    python resources/fonts/build_fonts.py --source <truetype/noto folder> \
        --cjk <opentype/noto/NotoSansCJK-Regular.ttc> [--out resources/fonts]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

HERE = Path(__file__).resolve().parent
CJK_INDEX = 2  # Noto Sans CJK SC in the collection: JP 0, KR 1, SC 2, TC 3, HK 4

COMMON = [
    *range(0x20, 0x7F),  # ASCII: digits and punctuation next to the script's letters
    0xA0,
    0xAB,
    0xBB,
    0xB7,
    0xD7,
    *range(0x2000, 0x2070),  # spaces, dashes, quotes, ellipsis, bidi and joiner controls
    0x25CC,  # dotted circle: what the shaper shows under a stray mark
]

SCRIPTS: dict[str, list[int]] = {
    "Arabic": [
        *range(0x0600, 0x0700),
        *range(0x0750, 0x0780),
        *range(0x08A0, 0x0900),
        *range(0xFB50, 0xFE00),
        *range(0xFE70, 0xFF00),
    ],
    "Hebrew": [*range(0x0590, 0x0600), *range(0xFB1D, 0xFB50)],
    "Devanagari": [*range(0x0900, 0x0980), *range(0xA8E0, 0xA900), 0x1CD0, *range(0x1CD0, 0x1D00)],
    "Thai": [*range(0x0E00, 0x0E80)],
}


def _options() -> subset.Options:
    options = subset.Options()
    options.layout_features = ["*"]  # every feature: shaping depends on them
    options.hinting = False
    options.name_IDs = ["*"]
    options.name_legacy = True
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.drop_tables += ["DSIG"]
    return options


def subset_script(script: str, weight: str, source: Path, out: Path) -> Path:
    font = TTFont(source / f"NotoSans{script}-{weight}.ttf")
    subsetter = subset.Subsetter(_options())
    subsetter.populate(unicodes=[*COMMON, *SCRIPTS[script]])
    subsetter.subset(font)
    target = out / f"NotoSans{script}-{weight}.ttf"
    font.save(target)
    return target


def _cjk_unicodes() -> set[int]:
    chars: set[int] = set()
    for codec in ("gb2312", "big5", "shift_jis", "euc_kr"):
        for first in range(0x81, 0xFF):
            for second in range(0x40, 0xFF):
                try:
                    text = bytes([first, second]).decode(codec)
                except UnicodeDecodeError:
                    continue
                chars.update(ord(c) for c in text)
    chars.update(range(0xAC00, 0xD7A4))  # every Hangul syllable
    chars.update(range(0x3000, 0x3100))  # CJK punctuation, hiragana, katakana
    chars.update(range(0x3130, 0x3190))  # Hangul compatibility jamo
    chars.update(range(0xFF00, 0xFFF0))  # full-width and half-width forms
    chars.update(COMMON)
    return chars


def _cff_to_glyf(font: TTFont) -> None:
    """Replace the CFF table with TrueType outlines (quadratic curves, 1 unit tolerance)."""
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0  # no glyph names: smaller, and ReportLab does not need them
    font.sfntVersion = "\x00\x01\x00\x00"


def build_cjk(source: Path, out: Path) -> Path:
    font = TTCollection(source).fonts[CJK_INDEX]
    options = _options()
    options.layout_features = ["ccmp", "locl", "vert", "vrt2", "kern", "palt", "halt"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(_cjk_unicodes()))
    subsetter.subset(font)
    _cff_to_glyf(font)
    target = out / "NotoSansCJKsc-Regular-subset.ttf"
    font.save(target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, required=True, help="fonts-noto-core's folder")
    parser.add_argument("--cjk", type=Path, required=True, help="NotoSansCJK-Regular.ttc")
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    for script in SCRIPTS:
        for weight in ("Regular", "Bold"):
            path = subset_script(script, weight, args.source, args.out)
            print(f"{path.name}: {path.stat().st_size / 1024:.0f} KiB")
    path = build_cjk(args.cjk, args.out)
    print(f"{path.name}: {path.stat().st_size / 1024 / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
