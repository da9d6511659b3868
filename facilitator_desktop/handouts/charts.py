"""The airtime chart: one horizontal bar per member, drawn with reportlab.graphics.

Bars are scaled to the member who spoke longest; each bar is labelled with the time and the
share of all airtime. The chart keeps the order it is given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from facilitator_desktop.handouts import style
from facilitator_desktop.handouts.chrome import truncate
from facilitator_desktop.handouts.fonts import Face

ROW = 6.2 * mm
BAR = 3.8 * mm
FONT_SIZE = 8.5
VALUE_ROOM = 26 * mm  # right of the longest bar, for "12:34 · 25 %"


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: a label (already cleaned for the fonts), a value and its text."""

    label: str
    value: float
    value_text: str


def bar_chart(bars: Sequence[Bar], width: float) -> Drawing:
    """A Drawing `width` wide with one labelled horizontal bar per item, top to bottom."""
    height = ROW * len(bars) + 1 * mm
    drawing = Drawing(width, height)
    widest = max((stringWidth(b.label, Face.REGULAR.value, FONT_SIZE) for b in bars), default=0)
    label_width = min(widest, width * 0.3)
    bar_left = label_width + 3 * mm
    bar_room = max(width - bar_left - VALUE_ROOM, 10 * mm)
    largest = max((b.value for b in bars), default=0.0) or 1.0

    drawing.add(Line(bar_left, 0, bar_left, height, strokeColor=style.HAIRLINE, strokeWidth=0.6))
    for index, item in enumerate(bars):
        centre = height - ROW * (index + 0.5)
        baseline = centre - FONT_SIZE * 0.35
        label = truncate(item.label, Face.REGULAR, FONT_SIZE, label_width)
        drawing.add(
            String(
                label_width,
                baseline,
                label,
                fontName=Face.REGULAR.value,
                fontSize=FONT_SIZE,
                fillColor=style.INK,
                textAnchor="end",
            )
        )
        length = bar_room * item.value / largest
        if length > 0:
            drawing.add(
                Rect(
                    bar_left,
                    centre - BAR / 2,
                    length,
                    BAR,
                    fillColor=style.ACCENT,
                    strokeColor=None,
                )
            )
        drawing.add(
            String(
                bar_left + length + 2 * mm,
                baseline,
                item.value_text,
                fontName=Face.REGULAR.value,
                fontSize=FONT_SIZE - 0.5,
                fillColor=style.MUTED,
            )
        )
    return drawing
