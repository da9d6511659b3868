"""Rule cards: one ground rule per card in large type, 2, 4 or 6 to a sheet.

Two layouts (`RuleCardsData.layout`):

* ``cut`` — flat cards separated by a gutter, each with crop marks at its four corners, to
  cut out with scissors or a trimmer.
* ``tent`` — table tents: each card is folded along the dashed line across its middle and
  stood on the table. The upper half is printed upside down, so once folded both sides read
  the right way up, facing the room from either side.

Text that is too long for its card is shrunk to fit, but never below `FLOOR` (9 pt; 14 pt in
large print). A rule that would need smaller type loses its "why" first; if it still does not
fit, it is printed at the floor, cut short, and the result carries a `HandoutProblem` that
names the rule and the number of cards per page at which it fits. A sheet holds ``per_page``
cards, so the handout has ceil(cards / per_page) pages (one blank page when the rule set is
empty).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, Spacer

from facilitator_desktop import APP_NAME
from facilitator_desktop.handouts import style
from facilitator_desktop.handouts.chrome import draw_fitted
from facilitator_desktop.handouts.coverage import TextGuard
from facilitator_desktop.handouts.data import (
    CardLayout,
    CardsPerPage,
    HandoutOptions,
    HandoutProblem,
    HandoutResult,
    RuleCardData,
    RuleCardsData,
)
from facilitator_desktop.handouts.fonts import Face
from facilitator_desktop.handouts.paper import page_size
from facilitator_desktop.handouts.text import draw_line, line_width, paragraph

SHEET_MARGIN = 15 * mm  # cards sit closer to the edge than text pages; marks need the room
GUTTER = 10 * mm  # between cards: room for both cards' crop marks
MARK_OFFSET = 1.2 * mm  # crop marks start this far from the card corner…
MARK_LENGTH = 3.6 * mm  # …and run this far outward
SHEET_FOOTER_BASELINE = 6.5 * mm

#: Columns and rows of cards on a portrait sheet.
GRID: dict[CardsPerPage, tuple[int, int]] = {2: (1, 2), 4: (2, 2), 6: (2, 3)}


@dataclass(frozen=True, slots=True)
class _TypeSizes:
    title: float
    statement: float
    why: float
    padding: float


#: Design sizes per layout and density; long texts shrink below these to fit.
TYPE_SIZES: dict[tuple[CardLayout, CardsPerPage], _TypeSizes] = {
    ("cut", 2): _TypeSizes(32, 20, 14, 10 * mm),
    ("cut", 4): _TypeSizes(23, 15, 11, 6 * mm),
    ("cut", 6): _TypeSizes(19, 12.5, 10, 5 * mm),
    ("tent", 2): _TypeSizes(28, 17, 12, 8 * mm),
    ("tent", 4): _TypeSizes(18, 12, 10, 5 * mm),
    ("tent", 6): _TypeSizes(15, 11, 9, 4 * mm),
}

FLOOR = 9.0  # the smallest type a card prints, read at arm's length
LARGE_FLOOR = 14.0
FEWER: dict[CardsPerPage, tuple[CardsPerPage, ...]] = {6: (4, 2), 4: (2,), 2: ()}


@dataclass(frozen=True, slots=True)
class _Box:
    x: float
    y: float
    width: float
    height: float


def build_rule_cards(data: RuleCardsData, options: HandoutOptions | None = None) -> HandoutResult:
    """Build the rule-card sheets as PDF bytes."""
    options = options or HandoutOptions()
    guard = TextGuard()
    page_width, page_height = page_size(options.paper)
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(page_width, page_height), lang=options.language)
    group = guard.plain(data.group_name, place="group_name")
    kind = guard.plain(options.labels.rule_cards, place="label")
    canvas.setTitle(f"{group}: {kind}")
    canvas.setAuthor("")
    canvas.setSubject("")
    canvas.setCreator(APP_NAME)

    floor = LARGE_FLOOR if options.large_print else FLOOR
    sizes = _sized(TYPE_SIZES[(data.layout, data.per_page)], floor)
    cells = _grid(page_width, page_height, data.per_page)
    pages = max(1, math.ceil(len(data.cards) / data.per_page))
    too_long: list[HandoutProblem] = []
    for page in range(pages):
        chunk = data.cards[page * data.per_page : (page + 1) * data.per_page]
        for offset, (card, cell) in enumerate(zip(chunk, cells, strict=False)):
            number = page * data.per_page + offset + 1
            face = _Face(card, number, options.digits(number), floor)
            if data.layout == "tent":
                fits = _draw_tent(canvas, cell, face, data, options, guard, sizes)
            else:
                fits = _draw_face(canvas, cell, face, data, guard, sizes)
                _draw_crop_marks(canvas, cell)
            if not fits:
                too_long.append(_too_long(card, number, data, options, guard, floor))
        page_of = options.labels.page_of.format(
            page=options.digits(page + 1), pages=options.digits(pages)
        )
        footer = f"{group} · {kind} · {page_of}"
        canvas.setFillColor(style.MUTED)
        draw_fitted(
            canvas,
            page_width / 2,
            SHEET_FOOTER_BASELINE,
            footer,
            Face.REGULAR,
            style.CAPTION,
            page_width - 2 * SHEET_MARGIN,
            align="centre",
        )
        canvas.showPage()
    canvas.save()
    return guard.result(buffer.getvalue(), pages, tuple(too_long))


@dataclass(frozen=True, slots=True)
class _Face:
    """What one card prints, and the smallest type it may use."""

    card: RuleCardData
    number: int
    number_text: str
    floor: float


def _sized(sizes: _TypeSizes, floor: float) -> _TypeSizes:
    """`sizes` with every text at least `floor` (large print raises small densities)."""
    return _TypeSizes(
        max(sizes.title, floor * 1.3),
        max(sizes.statement, floor * 1.1),
        max(sizes.why, floor),
        sizes.padding,
    )


def _too_long(
    card: RuleCardData,
    number: int,
    data: RuleCardsData,
    options: HandoutOptions,
    guard: TextGuard,
    floor: float,
) -> HandoutProblem:
    """The problem for a card that does not fit, with the density at which it would."""
    page_width, page_height = page_size(options.paper)
    suggestion: CardsPerPage | None = None
    scratch = Canvas(BytesIO())
    for fewer in FEWER[data.per_page]:
        cell = _grid(page_width, page_height, fewer)[0]
        if data.layout == "tent":
            cell = _Box(cell.x, cell.y, cell.width, cell.height / 2)
        sizes = _sized(TYPE_SIZES[(data.layout, fewer)], floor)
        if _fits(scratch, cell, _Face(card, number, "", floor), data.show_why, guard, sizes):
            suggestion = fewer
            break
    return HandoutProblem(
        "card_text_too_long", "rule", number, per_page=data.per_page, suggestion=suggestion
    )


def _grid(page_width: float, page_height: float, per_page: CardsPerPage) -> list[_Box]:
    """The card cells of one sheet, left to right, top to bottom."""
    columns, rows = GRID[per_page]
    width = (page_width - 2 * SHEET_MARGIN - (columns - 1) * GUTTER) / columns
    height = (page_height - 2 * SHEET_MARGIN - (rows - 1) * GUTTER) / rows
    cells: list[_Box] = []
    for row in range(rows):
        y = page_height - SHEET_MARGIN - (row + 1) * height - row * GUTTER
        for column in range(columns):
            x = SHEET_MARGIN + column * (width + GUTTER)
            cells.append(_Box(x, y, width, height))
    return cells


def _draw_crop_marks(canvas: Canvas, box: _Box) -> None:
    """A faint outline of the card, and short lines outside each corner continuing its
    edges, to line up a ruler or trimmer."""
    canvas.saveState()
    canvas.setStrokeColor(style.HAIRLINE)
    canvas.setLineWidth(0.35)
    canvas.rect(box.x, box.y, box.width, box.height, stroke=1, fill=0)
    canvas.setStrokeColor(style.MUTED)
    canvas.setLineWidth(0.4)
    near, far = MARK_OFFSET, MARK_OFFSET + MARK_LENGTH
    for x, sx in ((box.x, -1), (box.x + box.width, 1)):
        for y, sy in ((box.y, -1), (box.y + box.height, 1)):
            canvas.line(x + sx * near, y, x + sx * far, y)  # horizontal, along the edge
            canvas.line(x, y + sy * near, x, y + sy * far)  # vertical, along the edge
    canvas.restoreState()


def _draw_tent(
    canvas: Canvas,
    cell: _Box,
    face: _Face,
    data: RuleCardsData,
    options: HandoutOptions,
    guard: TextGuard,
    sizes: _TypeSizes,
) -> bool:
    """A folded table tent: the upper face turned 180° so both faces read from outside."""
    half = cell.height / 2
    fits = _draw_face(canvas, _Box(cell.x, cell.y, cell.width, half), face, data, guard, sizes)
    canvas.saveState()
    canvas.translate(cell.x + cell.width, cell.y + cell.height)
    canvas.rotate(180)
    _draw_face(canvas, _Box(0, 0, cell.width, half), face, data, guard, sizes)
    canvas.restoreState()

    fold_y = cell.y + half
    canvas.saveState()
    canvas.setStrokeColor(style.MUTED)
    canvas.setLineWidth(0.4)
    canvas.setDash(2.5, 2.5)
    canvas.line(cell.x, fold_y, cell.x + cell.width, fold_y)
    canvas.restoreState()
    canvas.setFillColor(style.MUTED)
    fold = guard.plain(options.labels.fold_here, place="label")
    draw_line(canvas, cell.x - 1.5 * mm, fold_y - 2, fold, Face.ITALIC, 6, "right")
    _draw_crop_marks(canvas, cell)
    return fits


def _draw_face(
    canvas: Canvas,
    box: _Box,
    face: _Face,
    data: RuleCardsData,
    guard: TextGuard,
    sizes: _TypeSizes,
) -> bool:
    """One printed side of a card: accent strip on top, number and group, the rule centred.
    Returns False when the rule did not fit at the floor size and was cut short."""
    strip = 2.2 * mm
    canvas.saveState()
    canvas.setFillColor(style.ACCENT)
    canvas.rect(box.x, box.y + box.height - strip, box.width, strip, stroke=0, fill=1)

    pad = sizes.padding
    small = max(6.5, sizes.why * 0.8)
    meta_y = box.y + box.height - strip - pad * 0.55 - small
    canvas.setFillColor(style.ACCENT)
    draw_line(canvas, box.x + pad, meta_y, face.number_text, Face.BOLD, small)
    canvas.setFillColor(style.MUTED)
    draw_fitted(
        canvas,
        box.x + box.width - pad,
        meta_y,
        guard.plain(data.group_name, place="group_name"),
        Face.REGULAR,
        small,
        box.width * 0.7 - pad,
        align="right",
    )
    canvas.restoreState()

    area = _text_area(box, sizes, meta_y)
    content, fits = _fitted_text(canvas, area, face, data.show_why, guard, sizes)
    _width, height = content.wrapOn(canvas, area.width, area.height)
    content.drawOn(canvas, area.x, area.y + max(0.0, (area.height - height) / 2))
    return fits


def _text_area(box: _Box, sizes: _TypeSizes, meta_y: float) -> _Box:
    pad = sizes.padding
    top = meta_y - pad * 0.5
    return _Box(box.x + pad, box.y + pad * 0.8, box.width - 2 * pad, top - box.y - pad * 0.8)


def _fitted_text(
    canvas: Canvas,
    area: _Box,
    face: _Face,
    show_why: bool,
    guard: TextGuard,
    sizes: _TypeSizes,
) -> tuple[KeepInFrame, bool]:
    """The card's text shrunk to fit `area`, no smaller than the floor: first with its
    "why", then without it, then cut short at the floor (fits = False)."""
    floor = face.floor
    for with_why in (True, False) if show_why and face.card.why else (False,):
        text = _card_text(face, with_why, guard, sizes, area.width)
        smallest = sizes.why if with_why else sizes.statement
        content = KeepInFrame(area.width, area.height, text, mode="shrink", hAlign="CENTER")
        content.wrapOn(canvas, area.width, area.height)
        scale = float(getattr(content, "_scale", 1.0) or 1.0)
        if smallest / scale >= floor - 1e-6:
            return content, True
    # At the floor, cut short: the smallest text stays readable, the problem is reported.
    shrink = min(1.0, floor / sizes.statement)
    clipped = _TypeSizes(sizes.title * shrink, floor, floor, sizes.padding)
    text = _card_text(face, False, guard, clipped, area.width)
    return KeepInFrame(area.width, area.height, text, mode="truncate", hAlign="CENTER"), False


def _fits(
    canvas: Canvas, cell: _Box, face: _Face, show_why: bool, guard: TextGuard, sizes: _TypeSizes
) -> bool:
    strip = 2.2 * mm
    small = max(6.5, sizes.why * 0.8)
    meta_y = cell.y + cell.height - strip - sizes.padding * 0.55 - small
    area = _text_area(cell, sizes, meta_y)
    return _fitted_text(canvas, area, face, show_why, guard, sizes)[1]


def _word_fit(text: str, face: Face, size: float, width: float) -> float:
    """`size`, or less so the widest word of `text` fits `width`: a long word
    ("Конфиденциальность") gets a smaller title instead of being broken mid-word."""
    widest = max((line_width(word, face, size) for word in text.split()), default=0)
    return size if widest <= width else size * 0.97 * width / widest


def _card_text(
    face: _Face, show_why: bool, guard: TextGuard, sizes: _TypeSizes, width: float
) -> list[Flowable]:
    card, number = face.card, face.number

    def centred(name: str, size: float, face: Face, color: Color) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=face.value,
            fontSize=size,
            leading=size * 1.2,
            alignment=TA_CENTER,
            textColor=color,
        )

    plain_title = guard.plain(card.title, Face.BOLD, "rule", number)
    plain_statement = guard.plain(card.statement, place="rule", number=number)
    title = _word_fit(plain_title, Face.BOLD, sizes.title, width)
    statement = _word_fit(plain_statement, Face.REGULAR, sizes.statement, width)
    text: list[Flowable] = [
        paragraph(
            guard.markup(card.title, Face.BOLD, "rule", number),
            centred("t", title, Face.BOLD, style.INK),
        ),
        Spacer(0, sizes.statement * 0.8),
        paragraph(
            guard.markup(card.statement, place="rule", number=number),
            centred("s", statement, Face.REGULAR, style.INK),
        ),
    ]
    if show_why and card.why:
        text.append(Spacer(0, sizes.why * 0.9))
        text.append(
            paragraph(
                guard.markup(card.why, Face.ITALIC, "rule", number),
                centred("w", sizes.why, Face.ITALIC, style.MUTED),
            )
        )
    return text
