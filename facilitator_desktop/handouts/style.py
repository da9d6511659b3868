"""The handouts' shared look: a calm teal accent on near-black ink, one sans family, 18 mm
margins, a tinted header band with the group's name, and a quiet footer.

Colours keep enough contrast to survive a black-and-white office printer. Sizes are points.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from facilitator_desktop.handouts.fonts import Face

# ----------------------------------------------------------------------------- colours

INK: Color = HexColor("#1E2B32")  # body text: a soft near-black
MUTED: Color = HexColor("#56656D")  # secondary text, footers, the "why" of a rule
ACCENT: Color = HexColor("#2B6A6E")  # headings, numbers, bars: a muted teal
ACCENT_SOFT: Color = HexColor("#E3EEED")  # the header band, highlighted boxes
ZEBRA: Color = HexColor("#F3F6F6")  # alternate table rows
HAIRLINE: Color = HexColor("#BFCDCF")  # rules between items, table grid, cut marks
WRITE_LINE: Color = HexColor("#7D8C93")  # lines meant to be written on
WHITE: Color = HexColor("#FFFFFF")

# ----------------------------------------------------------------------------- geometry

MARGIN = 18 * mm  # on every side: inside what office printers can reach
HEADER_HEIGHT = 12 * mm  # the tinted band at the top of the text area
HEADER_GAP = 5 * mm  # between the band and the first line of content
FOOTER_BASELINE = 10 * mm  # the footer sits in the bottom margin, above the printer's edge
STRIPE = 1.6 * mm  # the accent stripe at the left of the header band

# ----------------------------------------------------------------------------- type scale

HEADER_TITLE = 15.0
HEADER_TWO_LINES = 9.5  # a group name too long for one line of the header band
HEADER_KIND = 8.0
FOOTER = 7.5
BODY = 11.0  # the floor for anything a member reads: rules, names, table cells
LARGE_BODY = 14.0  # the floor with "Large print"
SMALL = 9.0  # labels next to body text: column heads, "Name", "Signature"
CAPTION = 7.5


def body_size(large_print: bool) -> float:
    """The body text size of the flowing handouts."""
    return LARGE_BODY if large_print else BODY


def _style(
    name: str,
    size: float,
    *,
    face: Face = Face.REGULAR,
    color: Color = INK,
    leading: float = 1.3,
    align: int = TA_LEFT,
    before: float = 0.0,
    after: float = 0.0,
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=face.value,
        fontSize=size,
        leading=round(size * leading, 2),
        textColor=color,
        alignment=align,
        spaceBefore=before,
        spaceAfter=after,
    )


@dataclass(frozen=True, slots=True)
class Styles:
    """Paragraph styles for the flowing handouts, scaled together."""

    lead: ParagraphStyle  # a welcome or subtitle line under the header
    h2: ParagraphStyle  # a section heading
    body: ParagraphStyle
    small: ParagraphStyle
    why: ParagraphStyle  # the reason behind a rule: smaller, muted, italic
    number: ParagraphStyle  # the big numeral in front of a rule
    cell: ParagraphStyle  # table cell
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle  # table header cell
    cell_head_right: ParagraphStyle


def paragraph_styles(body: float = BODY) -> Styles:
    """The styles around a body size (`BODY`, or `LARGE_BODY` for large print; the ground-
    rules handout tries a little more first). Labels scale with the body."""
    scale = body / BODY
    small = SMALL * scale
    return Styles(
        lead=_style("lead", body * 1.08, color=INK, after=2 * scale),
        h2=_style("h2", body * 1.18, face=Face.BOLD, color=ACCENT, before=10, after=4),
        body=_style("body", body),
        small=_style("small", small, color=MUTED),
        why=_style("why", body, face=Face.ITALIC, color=MUTED, leading=1.25),
        number=_style("number", body * 1.36, face=Face.BOLD, color=ACCENT, leading=1.0),
        cell=_style("cell", body, leading=1.25),
        cell_right=_style("cell_right", body, leading=1.25, align=TA_RIGHT),
        cell_head=_style("cell_head", small, face=Face.BOLD, color=ACCENT),
        cell_head_right=_style(
            "cell_head_right", small, face=Face.BOLD, color=ACCENT, align=TA_RIGHT
        ),
    )
