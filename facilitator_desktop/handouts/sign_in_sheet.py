"""The sign-in sheet: one row per member in seat order, then blank rows for guests.

Every row is at least `ROW_HEIGHT` tall, room to sign by hand, and grows when a long name
needs a second line; names break at spaces. Who attends a support group is sensitive, so the
footer asks for the sheet back.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from facilitator_desktop.handouts import style
from facilitator_desktop.handouts.chrome import PageChrome
from facilitator_desktop.handouts.coverage import TextGuard
from facilitator_desktop.handouts.data import HandoutOptions, HandoutResult, SignInSheetData
from facilitator_desktop.handouts.document import body_size, build_flowing
from facilitator_desktop.handouts.fonts import Face
from facilitator_desktop.handouts.paper import page_size
from facilitator_desktop.handouts.text import paragraph

ROW_HEIGHT = 10 * mm  # room to sign by hand
SEAT_COLUMN = 10 * mm
NAME_SHARE = 0.36  # of the width left after the seat column
ARRIVAL_SHARE = 0.16


def build_sign_in_sheet(
    data: SignInSheetData, options: HandoutOptions | None = None
) -> HandoutResult:
    """Build the sign-in sheet as PDF bytes."""
    options = options or HandoutOptions()
    labels = options.labels
    guard = TextGuard()
    styles = style.paragraph_styles(style.body_size(options.large_print))
    page_width, page_height = page_size(options.paper)
    width, _height = body_size(options.paper)
    chrome = PageChrome(
        group_name=guard.plain(data.group_name, Face.BOLD, "group_name"),
        kind=guard.plain(labels.sign_in_sheet, Face.BOLD, "label"),
        footer_left=guard.plain(labels.confidential, place="label"),
        page_of=labels.page_of,
        page_width=page_width,
        page_height=page_height,
    )

    meta = [
        f"<b>{guard.markup(labels.date, Face.BOLD, 'label')}:</b> "
        f"{guard.markup(options.date_text(data.date), place='label')}"
    ]
    if data.facilitator_name:
        meta.append(
            f"<b>{guard.markup(labels.facilitator, Face.BOLD, 'label')}:</b> "
            f"{guard.markup(data.facilitator_name, place='facilitator')}"
        )
    story: list[Flowable] = [
        paragraph("&nbsp;&nbsp;&nbsp;·&nbsp;&nbsp;&nbsp;".join(meta), styles.lead),
        Spacer(0, 4 * mm),
        _table(data, options, guard, styles, width),
    ]
    title = f"{chrome.group_name}: {chrome.kind}"
    pdf, pages = build_flowing(
        story, chrome=chrome, paper=options.paper, title=title, lang=options.language
    )
    return guard.result(pdf, pages)


def _table(
    data: SignInSheetData,
    options: HandoutOptions,
    guard: TextGuard,
    styles: style.Styles,
    width: float,
) -> Table:
    labels = options.labels
    head = [
        paragraph(guard.markup(labels.seat, Face.BOLD, "label"), styles.cell_head),
        paragraph(guard.markup(labels.name, Face.BOLD, "label"), styles.cell_head),
        paragraph(guard.markup(labels.arrival, Face.BOLD, "label"), styles.cell_head),
        paragraph(guard.markup(labels.signature, Face.BOLD, "label"), styles.cell_head),
    ]
    rows: list[list[object]] = [head]
    for seat, alias in enumerate(data.aliases, start=1):
        rows.append(
            [
                paragraph(options.digits(seat), styles.small),
                paragraph(guard.markup(alias, place="member"), styles.cell),
                "",
                "",
            ]
        )
    guest = paragraph(guard.markup(labels.guest, place="label"), styles.small)
    first_guest = len(rows)
    for offset in range(data.guest_lines):
        number = paragraph(options.digits(len(data.aliases) + offset + 1), styles.small)
        rows.append([number, guest, "", ""])

    rest = width - SEAT_COLUMN
    widths = [
        SEAT_COLUMN,
        rest * NAME_SHARE,
        rest * ARRIVAL_SHARE,
        rest * (1 - NAME_SHARE - ARRIVAL_SHARE),
    ]
    # Rows size to their content: padding brings a one-line row to ROW_HEIGHT, and a name
    # that wraps makes its row taller instead of running over the lines.
    one_line = styles.cell.leading
    pad = max(2.0, (ROW_HEIGHT - one_line) / 2)
    table = Table(rows, colWidths=widths, repeatRows=1)
    commands: list[tuple[object, ...]] = [
        ("TOPPADDING", (0, 1), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 1), (-1, -1), pad),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("LINEBELOW", (0, 0), (-1, 0), 1.0, style.ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, style.HAIRLINE),
        ("LINEBEFORE", (2, 1), (-1, -1), 0.5, style.HAIRLINE),
    ]
    for row in range(2, len(rows), 2):
        commands.append(("BACKGROUND", (0, row), (-1, row), style.ZEBRA))
    if data.guest_lines:
        commands.append(("VALIGN", (1, first_guest), (1, -1), "TOP"))
        commands.append(("TOPPADDING", (1, first_guest), (1, -1), 1.2 * mm))
        commands.append(("BOTTOMPADDING", (1, first_guest), (1, -1), 2 * pad - 1.2 * mm))
    table.setStyle(TableStyle(commands))
    return table
