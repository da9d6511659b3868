"""Rule cards: one ground rule per card in large type, 2, 4 or 6 to a sheet.

Two layouts (`RuleCardsData.layout`):

* ``cut`` — flat cards separated by a gutter, each with crop marks at its four corners, to
  cut out with scissors or a trimmer.
* ``tent`` — table tents: each card is folded along the dashed line across its middle and
  stood on the table. The upper half is printed upside down, so once folded both sides read
  the right way up, facing the room from either side.

Text that is too long for its card is shrunk to fit rather than cut off. A sheet holds
``per_page`` cards, so the handout has ceil(cards / per_page) pages (one blank page when the
rule set is empty).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer

from facilitator_desktop import APP_NAME
from facilitator_desktop.handouts import style
from facilitator_desktop.handouts.chrome import draw_fitted
from facilitator_desktop.handouts.coverage import TextGuard
from facilitator_desktop.handouts.data import (
    CardLayout,
    CardsPerPage,
    HandoutOptions,
    HandoutResult,
    RuleCardData,
    RuleCardsData,
)
from facilitator_desktop.handouts.fonts import Face
from facilitator_desktop.handouts.paper import page_size

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
    ("cut", 2): _TypeSizes(32, 20, 13, 10 * mm),
    ("cut", 4): _TypeSizes(23, 14.5, 10, 6 * mm),
    ("cut", 6): _TypeSizes(19, 12, 9, 5 * mm),
    ("tent", 2): _TypeSizes(28, 17, 11.5, 8 * mm),
    ("tent", 4): _TypeSizes(18, 11.5, 8.5, 5 * mm),
    ("tent", 6): _TypeSizes(15, 10, 7.5, 4 * mm),
}


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
    canvas = Canvas(buffer, pagesize=(page_width, page_height))
    group = guard.plain(data.group_name)
    kind = guard.plain(options.labels.rule_cards)
    canvas.setTitle(f"{group}: {kind}")
    canvas.setAuthor("")
    canvas.setSubject("")
    canvas.setCreator(APP_NAME)

    sizes = TYPE_SIZES[(data.layout, data.per_page)]
    cells = _grid(page_width, page_height, data.per_page)
    pages = max(1, math.ceil(len(data.cards) / data.per_page))
    for page in range(pages):
        chunk = data.cards[page * data.per_page : (page + 1) * data.per_page]
        for offset, (card, cell) in enumerate(zip(chunk, cells, strict=False)):
            number = page * data.per_page + offset + 1
            if data.layout == "tent":
                _draw_tent(canvas, cell, card, number, data, options, guard, sizes)
            else:
                _draw_face(canvas, cell, card, number, data, guard, sizes)
                _draw_crop_marks(canvas, cell)
        footer = f"{group} · {kind} · " + options.labels.page_of.format(page=page + 1, pages=pages)
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
    return HandoutResult(buffer.getvalue(), pages, guard.warnings(), guard.missing_glyphs)


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
    card: RuleCardData,
    number: int,
    data: RuleCardsData,
    options: HandoutOptions,
    guard: TextGuard,
    sizes: _TypeSizes,
) -> None:
    """A folded table tent: the upper face turned 180° so both faces read from outside."""
    half = cell.height / 2
    _draw_face(canvas, _Box(cell.x, cell.y, cell.width, half), card, number, data, guard, sizes)
    canvas.saveState()
    canvas.translate(cell.x + cell.width, cell.y + cell.height)
    canvas.rotate(180)
    _draw_face(canvas, _Box(0, 0, cell.width, half), card, number, data, guard, sizes)
    canvas.restoreState()

    fold_y = cell.y + half
    canvas.saveState()
    canvas.setStrokeColor(style.MUTED)
    canvas.setLineWidth(0.4)
    canvas.setDash(2.5, 2.5)
    canvas.line(cell.x, fold_y, cell.x + cell.width, fold_y)
    canvas.restoreState()
    canvas.setFillColor(style.MUTED)
    canvas.setFont(Face.ITALIC.value, 6)
    canvas.drawRightString(cell.x - 1.5 * mm, fold_y - 2, guard.plain(options.labels.fold_here))
    _draw_crop_marks(canvas, cell)


def _draw_face(
    canvas: Canvas,
    box: _Box,
    card: RuleCardData,
    number: int,
    data: RuleCardsData,
    guard: TextGuard,
    sizes: _TypeSizes,
) -> None:
    """One printed side of a card: accent strip on top, number and group, the rule centred."""
    strip = 2.2 * mm
    canvas.saveState()
    canvas.setFillColor(style.ACCENT)
    canvas.rect(box.x, box.y + box.height - strip, box.width, strip, stroke=0, fill=1)

    pad = sizes.padding
    small = max(6.5, sizes.why * 0.8)
    meta_y = box.y + box.height - strip - pad * 0.55 - small
    canvas.setFillColor(style.ACCENT)
    canvas.setFont(Face.BOLD.value, small)
    canvas.drawString(box.x + pad, meta_y, str(number))
    canvas.setFillColor(style.MUTED)
    draw_fitted(
        canvas,
        box.x + box.width - pad,
        meta_y,
        guard.plain(data.group_name),
        Face.REGULAR,
        small,
        box.width * 0.7 - pad,
        align="right",
    )
    canvas.restoreState()

    top = meta_y - pad * 0.5
    area = _Box(box.x + pad, box.y + pad * 0.8, box.width - 2 * pad, top - box.y - pad * 0.8)
    content = KeepInFrame(
        area.width,
        area.height,
        _card_text(card, data.show_why, guard, sizes, area.width),
        mode="shrink",
        hAlign="CENTER",
    )
    _width, height = content.wrapOn(canvas, area.width, area.height)
    content.drawOn(canvas, area.x, area.y + (area.height - height) / 2)


def _word_fit(text: str, face: Face, size: float, width: float) -> float:
    """`size`, or less so the widest word of `text` fits `width`: a long word
    ("Конфиденциальность") gets a smaller title instead of being broken mid-word."""
    widest = max((float(stringWidth(word, face.value, size)) for word in text.split()), default=0)
    return size if widest <= width else size * 0.97 * width / widest


def _card_text(
    card: RuleCardData, show_why: bool, guard: TextGuard, sizes: _TypeSizes, width: float
) -> list[Flowable]:
    def centred(name: str, size: float, face: Face, color: Color) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=face.value,
            fontSize=size,
            leading=size * 1.2,
            alignment=TA_CENTER,
            textColor=color,
        )

    title = _word_fit(guard.plain(card.title, Face.BOLD), Face.BOLD, sizes.title, width)
    statement = _word_fit(guard.plain(card.statement), Face.REGULAR, sizes.statement, width)
    text: list[Flowable] = [
        Paragraph(guard.markup(card.title, Face.BOLD), centred("t", title, Face.BOLD, style.INK)),
        Spacer(0, sizes.statement * 0.8),
        Paragraph(guard.markup(card.statement), centred("s", statement, Face.REGULAR, style.INK)),
    ]
    if show_why and card.why:
        text.append(Spacer(0, sizes.why * 0.9))
        text.append(
            Paragraph(
                guard.markup(card.why, Face.ITALIC),
                centred("w", sizes.why, Face.ITALIC, style.MUTED),
            )
        )
    return text
