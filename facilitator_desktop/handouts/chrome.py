"""Page furniture shared by every handout: the header band and the footer with "Page x of y".

The footer needs the page total, which is only known once the whole document is laid out,
so `deferred_chrome_canvas` keeps each finished page aside and draws the header and footer
on all of them when the document is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from facilitator_desktop.handouts import style
from facilitator_desktop.handouts.fonts import Face

ELLIPSIS = "…"


def fit_size(text: str, face: Face, size: float, max_width: float, min_size: float) -> float:
    """The largest size from `size` down to `min_size` at which `text` fits `max_width`."""
    width = float(stringWidth(text, face.value, size))
    if width <= max_width:
        return size
    return max(min_size, size * max_width / width)


def truncate(text: str, face: Face, size: float, max_width: float) -> str:
    """`text`, cut short with an ellipsis if it is wider than `max_width`."""
    if stringWidth(text, face.value, size) <= max_width:
        return text
    while text and stringWidth(text + ELLIPSIS, face.value, size) > max_width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def draw_fitted(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    face: Face,
    size: float,
    max_width: float,
    *,
    min_size: float | None = None,
    align: str = "left",
) -> None:
    """Draw one line of text, shrinking it (to 70 % by default) and then truncating it."""
    size = fit_size(text, face, size, max_width, min_size or size * 0.7)
    text = truncate(text, face, size, max_width)
    canvas.setFont(face.value, size)
    if align == "right":
        canvas.drawRightString(x, y, text)
    elif align == "centre":
        canvas.drawCentredString(x, y, text)
    else:
        canvas.drawString(x, y, text)


@dataclass(frozen=True, slots=True)
class PageChrome:
    """What the header and footer say. All texts are already cleaned by a TextGuard.

    group_name and kind fill the header band; footer_left is e.g. the rule-set version;
    page_of is the format string for "Page {page} of {pages}".
    """

    group_name: str
    kind: str
    footer_left: str
    page_of: str
    page_width: float
    page_height: float

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        self._draw_header(canvas)
        self._draw_footer(canvas, page, pages)
        canvas.restoreState()

    def _draw_header(self, canvas: Canvas) -> None:
        left = style.MARGIN
        width = self.page_width - 2 * style.MARGIN
        top = self.page_height - style.MARGIN
        bottom = top - style.HEADER_HEIGHT
        canvas.setFillColor(style.ACCENT_SOFT)
        canvas.rect(left, bottom, width, style.HEADER_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(style.ACCENT)
        canvas.rect(left, bottom, style.STRIPE, style.HEADER_HEIGHT, stroke=0, fill=1)

        pad = 4.5 * mm
        kind = self.kind.upper()
        kind_width = stringWidth(kind, Face.BOLD.value, style.HEADER_KIND) + len(kind) * 0.8
        canvas.setFillColor(style.ACCENT)
        text = canvas.beginText()
        text.setTextOrigin(left + width - pad - kind_width, bottom + style.HEADER_HEIGHT / 2 - 3)
        text.setFont(Face.BOLD.value, style.HEADER_KIND)
        text.setCharSpace(0.8)
        text.textOut(kind)
        text.setCharSpace(0)
        canvas.drawText(text)

        canvas.setFillColor(style.INK)
        name_width = width - 2 * pad - kind_width - 6 * mm
        self._draw_group_name(canvas, left + pad + style.STRIPE, bottom, name_width)

    def _draw_group_name(self, canvas: Canvas, x: float, bottom: float, width: float) -> None:
        """The group's name, shrunk to fit one line, or on two smaller lines if it is long."""
        middle = bottom + style.HEADER_HEIGHT / 2
        size = fit_size(
            self.group_name, Face.BOLD, style.HEADER_TITLE, width, 0.7 * style.HEADER_TITLE
        )
        if stringWidth(self.group_name, Face.BOLD.value, size) <= width:
            canvas.setFont(Face.BOLD.value, size)
            canvas.drawString(x, middle - size * 0.35, self.group_name)
            return
        size = style.HEADER_TWO_LINES
        lines = simpleSplit(self.group_name, Face.BOLD.value, size, width)
        if len(lines) > 2:
            lines = [lines[0], truncate(" ".join(lines[1:]), Face.BOLD, size, width)]
        canvas.setFont(Face.BOLD.value, size)
        leading = size * 1.2
        canvas.drawString(x, middle + leading / 2 - size * 0.35, lines[0])
        canvas.drawString(x, middle - leading / 2 - size * 0.35, lines[1])

    def _draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        left = style.MARGIN
        right = self.page_width - style.MARGIN
        line_y = style.FOOTER_BASELINE + style.FOOTER + 2.5
        canvas.setStrokeColor(style.HAIRLINE)
        canvas.setLineWidth(0.5)
        canvas.line(left, line_y, right, line_y)
        canvas.setFillColor(style.MUTED)
        number = self.page_of.format(page=page, pages=pages)
        canvas.setFont(Face.REGULAR.value, style.FOOTER)
        canvas.drawRightString(right, style.FOOTER_BASELINE, number)
        number_width = stringWidth(number, Face.REGULAR.value, style.FOOTER)
        draw_fitted(
            canvas,
            left,
            style.FOOTER_BASELINE,
            self.footer_left,
            Face.REGULAR,
            style.FOOTER,
            right - left - number_width - 8 * mm,
            min_size=style.FOOTER * 0.85,
        )


def deferred_chrome_canvas(
    draw: Callable[[Canvas, int, int], None], page_count: list[int]
) -> type[Canvas]:
    """A canvas class for ``doc.build(canvasmaker=…)`` that draws `draw(canvas, page, pages)`
    on every page once the total is known, and appends the total to `page_count`."""

    class _DeferredCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802  (ReportLab's name)
            self._finished_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._finished_pages)
            for number, state in enumerate(self._finished_pages, start=1):
                self.__dict__.update(state)
                draw(self, number, total)
                super().showPage()
            page_count.append(total)
            super().save()

    return _DeferredCanvas
