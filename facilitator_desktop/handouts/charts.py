"""The airtime chart: one horizontal bar per member, drawn straight on the page canvas.

Bars are scaled to the member who spoke longest; each bar is labelled with the time and the
share of all airtime. The chart keeps the order it is given. It is a flowable that splits
between bars, so a group of 40 or 100 members continues on the next page instead of failing
to fit; every part keeps the same scale. Names are drawn with `text.draw_line`, so they are
shaped and ordered like any other text on the handout.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from facilitator_desktop.handouts import style
from facilitator_desktop.handouts.chrome import truncate
from facilitator_desktop.handouts.fonts import Face
from facilitator_desktop.handouts.text import draw_line, line_width

BAR_SHARE = 0.62  # of a row's height
VALUE_ROOM = 30 * mm  # right of the longest bar, for "12:34 · 25 %"


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: a label (already cleaned for the fonts), a value and its text."""

    label: str
    value: float
    value_text: str


class BarChart(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """Labelled horizontal bars, top to bottom, `font_size` type; splits between bars."""

    def __init__(
        self,
        bars: Sequence[Bar],
        font_size: float,
        *,
        largest: float | None = None,
        label_width: float | None = None,
    ) -> None:
        super().__init__()
        self.bars = list(bars)
        self.font_size = font_size
        self.row = font_size * 1.75
        self.largest = largest or max((b.value for b in self.bars), default=0.0) or 1.0
        self._label_width = label_width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        if self._label_width is None:
            widest = max(
                (line_width(b.label, Face.REGULAR, self.font_size) for b in self.bars), default=0
            )
            self._label_width = min(widest, availWidth * 0.3)
        self.height = self.row * len(self.bars) + 1 * mm
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        fits = int((availHeight - 1 * mm) // self.row)
        if fits < 1:
            return []
        if fits >= len(self.bars):
            return [self]
        keep = {"largest": self.largest, "label_width": self._label_width}
        return [
            BarChart(self.bars[:fits], self.font_size, **keep),
            BarChart(self.bars[fits:], self.font_size, **keep),
        ]

    def draw(self) -> None:
        canvas = self.canv
        label_width = self._label_width or 0.0
        bar_left = label_width + 3 * mm
        bar_room = max(self.width - bar_left - VALUE_ROOM, 10 * mm)
        canvas.saveState()
        canvas.setStrokeColor(style.HAIRLINE)
        canvas.setLineWidth(0.6)
        canvas.line(bar_left, 0, bar_left, self.height)
        for index, item in enumerate(self.bars):
            centre = self.height - self.row * (index + 0.5)
            baseline = centre - self.font_size * 0.35
            label = truncate(item.label, Face.REGULAR, self.font_size, label_width)
            canvas.setFillColor(style.INK)
            draw_line(canvas, label_width, baseline, label, Face.REGULAR, self.font_size, "right")
            length = bar_room * item.value / self.largest
            if length > 0:
                canvas.setFillColor(style.ACCENT)
                bar = self.row * BAR_SHARE
                canvas.rect(bar_left, centre - bar / 2, length, bar, stroke=0, fill=1)
            canvas.setFillColor(style.MUTED)
            draw_line(
                canvas,
                bar_left + length + 2 * mm,
                baseline,
                item.value_text,
                Face.REGULAR,
                self.font_size * 0.9,
            )
        canvas.restoreState()
