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
from reportlab.pdfgen.canvas import Canvas

from facilitator_desktop.handouts import style
from facilitator_desktop.handouts.fonts import Face, Script
from facilitator_desktop.handouts.runs import script_of
from facilitator_desktop.handouts.text import draw_line, line_width

ELLIPSIS = "…"


def fit_size(text: str, face: Face, size: float, max_width: float, min_size: float) -> float:
    """The largest size from `size` down to `min_size` at which `text` fits `max_width`."""
    width = line_width(text, face, size)
    if width <= max_width:
        return size
    return max(min_size, size * max(max_width, 0.0) / width)


def truncate(text: str, face: Face, size: float, max_width: float) -> str:
    """`text`, cut short with an ellipsis if it is wider than `max_width`. Cuts fall between
    words where there is room for a word, never inside a letter's cluster of marks."""
    if line_width(text, face, size) <= max_width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if line_width(text[:middle].rstrip() + ELLIPSIS, face, size) <= max_width:
            low = middle
        else:
            high = middle - 1
    while 0 < low < len(text) and script_of(text[low]) is None and not text[low].isspace():
        low -= 1  # do not split a combining mark or a punctuation from its letter
    return text[:low].rstrip() + ELLIPSIS


def wrap_words(text: str, face: Face, size: float, width: float) -> list[str]:
    """`text` in lines no wider than `width`, broken at spaces (and between CJK characters);
    a word wider than a line gets a line of its own, cut short with an ellipsis."""
    words = _break_points(text)
    lines: list[str] = []
    line = ""
    for word in words:
        candidate = (line + word) if line else word.lstrip()
        if line and line_width(candidate.rstrip(), face, size) > width:
            lines.append(line.rstrip())
            line = word.lstrip()
        else:
            line = candidate
    if line.strip():
        lines.append(line.rstrip())
    return [truncate(line, face, size, width) for line in lines] or [""]


def _break_points(text: str) -> list[str]:
    """Pieces of `text` after which a line may break: words with their following space, and
    single CJK characters."""
    pieces: list[str] = []
    current = ""
    for char in text:
        current += char
        if char == " " or script_of(char) is Script.CJK:
            pieces.append(current)
            current = ""
    if current:
        pieces.append(current)
    return pieces


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
    draw_line(canvas, x, y, text, face, size, align)


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
        # The handout's kind takes at most a third of the band; a long translation shrinks.
        kind_room = width / 3
        kind_size = fit_size(self.kind.upper(), Face.BOLD, style.HEADER_KIND, kind_room, 6.5)
        kind = truncate(self.kind.upper(), Face.BOLD, kind_size, kind_room)
        kind_width = line_width(kind, Face.BOLD, kind_size)
        canvas.setFillColor(style.ACCENT)
        draw_line(
            canvas,
            left + width - pad,
            bottom + style.HEADER_HEIGHT / 2 - kind_size * 0.35,
            kind,
            Face.BOLD,
            kind_size,
            "right",
        )
        canvas.setFillColor(style.INK)
        name_width = width - 2 * pad - style.STRIPE - kind_width - 6 * mm
        self._draw_group_name(canvas, left + pad + style.STRIPE, bottom, name_width)

    def _draw_group_name(self, canvas: Canvas, x: float, bottom: float, width: float) -> None:
        """The group's name: shrunk to fit one line, else on two smaller lines broken at
        spaces, the second cut short with an ellipsis if the name is longer still."""
        middle = bottom + style.HEADER_HEIGHT / 2
        name = self.group_name
        size = fit_size(name, Face.BOLD, style.HEADER_TITLE, width, 0.7 * style.HEADER_TITLE)
        if line_width(name, Face.BOLD, size) <= width:
            draw_line(canvas, x, middle - size * 0.35, name, Face.BOLD, size)
            return
        size = style.HEADER_TWO_LINES
        lines = wrap_words(name, Face.BOLD, size, width)
        if len(lines) == 1:
            draw_line(canvas, x, middle - size * 0.35, lines[0], Face.BOLD, size)
            return
        if len(lines) > 2:
            rest = name[len(lines[0]) :].strip()
            lines = [lines[0], truncate(rest, Face.BOLD, size, width)]
        leading = size * 1.2
        draw_line(canvas, x, middle + leading / 2 - size * 0.35, lines[0], Face.BOLD, size)
        draw_line(canvas, x, middle - leading / 2 - size * 0.35, lines[1], Face.BOLD, size)

    def _draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        left = style.MARGIN
        right = self.page_width - style.MARGIN
        line_y = style.FOOTER_BASELINE + style.FOOTER + 2.5
        canvas.setStrokeColor(style.HAIRLINE)
        canvas.setLineWidth(0.5)
        canvas.line(left, line_y, right, line_y)
        canvas.setFillColor(style.MUTED)
        number = self.page_of.format(page=page, pages=pages)
        draw_line(canvas, right, style.FOOTER_BASELINE, number, Face.REGULAR, style.FOOTER, "right")
        number_width = line_width(number, Face.REGULAR, style.FOOTER)
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
