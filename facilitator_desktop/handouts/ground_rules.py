"""The ground-rules handout: the group's current rule set, who to contact, and optionally a
short acknowledgement a member signs.

A short rule set fits one page on A4 and on Letter: when the first size would spill over, the
type shrinks in small steps, never below the body floor (11 pt, 14 pt in large print), before
the handout flows onto more pages (a dozen rules with reasons take two). A rule is kept
whole on one page (only a rule longer than a whole page continues on the next), and every page
repeats the header band and says "Page x of y".
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from facilitator_desktop.handouts import style
from facilitator_desktop.handouts.chrome import PageChrome
from facilitator_desktop.handouts.coverage import TextGuard
from facilitator_desktop.handouts.data import (
    GroundRulesData,
    HandoutOptions,
    HandoutResult,
    RuleCardData,
)
from facilitator_desktop.handouts.document import body_size, build_flowing
from facilitator_desktop.handouts.fonts import Face
from facilitator_desktop.handouts.formatting import keep_numbers_together
from facilitator_desktop.handouts.paper import page_size
from facilitator_desktop.handouts.text import paragraph

#: Body sizes over the floor tried, in order, to keep the handout on one page.
FIT_STEPS: tuple[float, ...] = (1.0, 0.5, 0.0)
NUMBER_COLUMN = 9 * mm


def build_ground_rules(
    data: GroundRulesData, options: HandoutOptions | None = None
) -> HandoutResult:
    """Build the ground-rules handout as PDF bytes."""
    options = options or HandoutOptions()
    guard = TextGuard()
    chrome = _chrome(data, options, guard)
    width, height = body_size(options.paper)
    title = f"{chrome.group_name}: {chrome.kind}"
    floor = style.body_size(options.large_print)

    def build(story: list[Flowable]) -> tuple[bytes, int]:
        return build_flowing(
            story, chrome=chrome, paper=options.paper, title=title, lang=options.language
        )

    for body, closing in _one_page_layouts(data, options, guard, width, height, floor):
        pdf, pages = build(_story(body, closing))
        if pages == 1:
            return guard.result(pdf, pages)
    pdf, pages = build(_story(*_parts(data, options, guard, floor, width, height)))
    return guard.result(pdf, pages)


_Parts = tuple[list[Flowable], list[Flowable]]


def _one_page_layouts(
    data: GroundRulesData,
    options: HandoutOptions,
    guard: TextGuard,
    width: float,
    height: float,
    floor: float,
) -> Iterator[_Parts]:
    """The handout's parts at each body size, largest first, that measures one page or less.

    The smallest size is measured first, so a long rule set is not measured at every size.
    """

    def measured(body_pt: float) -> _Parts | None:
        body, closing = _parts(data, options, guard, body_pt, width, height)
        return (body, closing) if _height([*body, *closing], width, height) <= height else None

    smallest = measured(floor + FIT_STEPS[-1])
    if smallest is None:
        return
    for step in FIT_STEPS[:-1]:
        parts = measured(floor + step)
        if parts is not None:
            yield parts
    yield smallest


def _chrome(data: GroundRulesData, options: HandoutOptions, guard: TextGuard) -> PageChrome:
    labels = options.labels
    page_width, page_height = page_size(options.paper)
    footer = labels.rule_set.format(
        version=data.rule_set_version, date=options.date_text(data.rule_set_date)
    )
    return PageChrome(
        group_name=guard.plain(data.group_name, Face.BOLD, "group_name"),
        kind=guard.plain(labels.ground_rules, Face.BOLD, "label"),
        footer_left=guard.plain(footer, place="label"),
        page_of=labels.page_of,
        page_width=page_width,
        page_height=page_height,
    )


def _height(story: Sequence[Flowable], width: float, height: float) -> float:
    """The height `story` needs in one frame (an upper bound: every space counts)."""
    scratch = Canvas(BytesIO())
    total = 0.0
    for flowable in story:
        total += flowable.wrapOn(scratch, width, height)[1]
        total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _parts(
    data: GroundRulesData,
    options: HandoutOptions,
    guard: TextGuard,
    body_pt: float,
    width: float,
    height: float,
) -> _Parts:
    """The flowing part (welcome, rules) and the closing part (contact, acknowledgement)."""
    styles = style.paragraph_styles(body_pt)
    scale = body_pt / style.BODY
    body: list[Flowable] = []
    if data.welcome:
        body.append(paragraph(guard.markup(data.welcome, place="welcome"), styles.lead))
        body.append(Spacer(0, 3 * mm * scale))
    for number, card in enumerate(data.cards, start=1):
        last = number == len(data.cards)
        body.append(_card(number, card, options, guard, styles, scale, (width, height), last))
    closing = _closing(data, options, guard, styles, scale, width)
    if closing:
        closing.insert(0, Spacer(0, 5 * mm * scale))
    return body, closing


def _story(body: list[Flowable], closing: list[Flowable]) -> list[Flowable]:
    return [*body, KeepTogether(closing)] if closing else body


def _card(
    number: int,
    card: RuleCardData,
    options: HandoutOptions,
    guard: TextGuard,
    styles: style.Styles,
    scale: float,
    frame: tuple[float, float],
    last: bool,
) -> Table:
    """One rule as a one-row table, which platypus keeps on one page; only a rule too long
    for a whole page is allowed to continue on the next."""
    width, height = frame
    title = guard.markup(card.title, Face.BOLD, "rule", number)
    statement = guard.markup(card.statement, place="rule", number=number)
    text: list[Flowable] = [paragraph(f"<b>{title}</b>&nbsp;&nbsp;{statement}", styles.body)]
    if card.why:
        label = guard.markup(options.labels.why, Face.ITALIC, "label")
        why = guard.markup(card.why, Face.ITALIC, "rule", number)
        text.append(paragraph(f"{label} {why}", styles.why))
    pad = 1.9 * mm * scale
    text_height = sum(p.wrap(width - NUMBER_COLUMN, height)[1] for p in text) + 2 * pad
    table = Table(
        [[Paragraph(options.digits(number), styles.number), text]],
        colWidths=[NUMBER_COLUMN, width - NUMBER_COLUMN],
        splitInRow=int(text_height > height),
    )
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (0, 0), pad + 0.4 * scale),
    ]
    if not last:
        commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.5, style.HAIRLINE))
    table.setStyle(TableStyle(commands))
    return table


def _closing(
    data: GroundRulesData,
    options: HandoutOptions,
    guard: TextGuard,
    styles: style.Styles,
    scale: float,
    width: float,
) -> list[Flowable]:
    """Contact and support boxes, then the acknowledgement block, kept together."""
    parts: list[Flowable] = []
    contact = _contact(data, options, guard, styles, scale, width)
    if contact is not None:
        parts.append(contact)
    if data.acknowledgement:
        if parts:
            parts.append(Spacer(0, 4 * mm * scale))
        parts.append(_acknowledgement(data, options, guard, styles, scale, width))
    return parts


def _contact(
    data: GroundRulesData,
    options: HandoutOptions,
    guard: TextGuard,
    styles: style.Styles,
    scale: float,
    width: float,
) -> Table | None:
    labels = options.labels
    cells: list[list[Flowable]] = []
    if data.facilitator_name or data.facilitator_contact:
        name = guard.markup(data.facilitator_name, Face.BOLD, "facilitator")
        contact = guard.markup(keep_numbers_together(data.facilitator_contact), place="facilitator")
        line = "<br/>".join(part for part in (name and f"<b>{name}</b>", contact) if part)
        cells.append(
            [
                paragraph(guard.markup(labels.facilitator, Face.BOLD, "label"), styles.cell_head),
                paragraph(line, styles.body),
            ]
        )
    if data.support_line:
        support = guard.markup(keep_numbers_together(data.support_line), place="support")
        cells.append(
            [
                paragraph(guard.markup(labels.support, Face.BOLD, "label"), styles.cell_head),
                paragraph(support, styles.body),
            ]
        )
    if not cells:
        return None
    gap = 4 * mm
    widths = [width] if len(cells) == 1 else [(width - gap) * 0.45, gap, (width - gap) * 0.55]
    row: list[object] = [cells[0]] if len(cells) == 1 else [cells[0], "", cells[1]]
    table = Table([row], colWidths=widths)
    pad = 2.4 * mm * scale
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("LINEBEFORE", (0, 0), (0, 0), 1.6, style.ACCENT),
    ]
    if data.support_line:
        last = len(row) - 1
        commands += [
            ("BACKGROUND", (last, 0), (last, 0), style.ACCENT_SOFT),
            ("LINEBEFORE", (last, 0), (last, 0), 1.6, style.ACCENT),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _acknowledgement(
    data: GroundRulesData,
    options: HandoutOptions,
    guard: TextGuard,
    styles: style.Styles,
    scale: float,
    width: float,
) -> Table:
    """The sentence a member signs, then name, signature and date lines on one row."""
    labels = options.labels
    sentence = labels.acknowledgement.format(
        group=data.group_name,
        version=data.rule_set_version,
        date=options.date_text(data.rule_set_date),
    )
    name = paragraph(guard.markup(data.member_alias or "", place="member"), styles.body)

    def label(text: str) -> Flowable:
        return paragraph(guard.markup(text, place="label"), styles.small)

    inner = width - 6 * mm
    widths = [w * inner for w in (0.08, 0.27, 0.12, 0.27, 0.07, 0.19)]
    gap = 3 * mm
    widths = [
        widths[0],
        widths[1] - gap,
        widths[2] + gap,
        widths[3] - gap,
        widths[4] + gap,
        widths[5],
    ]
    lines = Table(
        [[label(labels.name), name, label(labels.signature), "", label(labels.date), ""]],
        colWidths=widths,
        rowHeights=[max(9 * mm * scale, name.wrap(widths[1], 1000)[1] + 4)],
    )
    lines.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (2, 0), (2, 0), gap),
                ("LEFTPADDING", (4, 0), (4, 0), gap),
                ("LINEBELOW", (1, 0), (1, 0), 0.7, style.WRITE_LINE),
                ("LINEBELOW", (3, 0), (3, 0), 0.7, style.WRITE_LINE),
                ("LINEBELOW", (5, 0), (5, 0), 0.7, style.WRITE_LINE),
            ]
        )
    )
    box = Table(
        [[paragraph(guard.markup(sentence, place="label"), styles.body)], [lines]],
        colWidths=[width],
    )
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, style.HAIRLINE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 2.6 * mm * scale),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 3 * mm * scale),
            ]
        )
    )
    return box
