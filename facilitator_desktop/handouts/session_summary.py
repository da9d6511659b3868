"""The session summary: agenda planned against actual, attendance by status, airtime per
member (chart and table) and, only when the facilitator chose to include them, the private
notes. Every part may continue on the next page: a group of 100 members gets a chart and a
table several pages long, with the table's head repeated.

When ``include_private_notes`` is False the notes' text is never handed to ReportLab, so it
cannot end up in the PDF in any form.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from facilitator_desktop.domain.durations import clock, signed
from facilitator_desktop.handouts import formatting, style
from facilitator_desktop.handouts.charts import Bar, BarChart
from facilitator_desktop.handouts.chrome import PageChrome
from facilitator_desktop.handouts.coverage import TextGuard
from facilitator_desktop.handouts.data import (
    ATTENDANCE_ORDER,
    AttendanceRow,
    HandoutOptions,
    HandoutResult,
    Place,
    SessionSummaryData,
)
from facilitator_desktop.handouts.document import body_size, build_flowing
from facilitator_desktop.handouts.fonts import Face
from facilitator_desktop.handouts.paper import page_size
from facilitator_desktop.handouts.text import paragraph


def build_session_summary(
    data: SessionSummaryData, options: HandoutOptions | None = None
) -> HandoutResult:
    """Build the session summary as PDF bytes."""
    options = options or HandoutOptions()
    labels = options.labels
    guard = TextGuard()
    styles = style.paragraph_styles(style.body_size(options.large_print))
    page_width, page_height = page_size(options.paper)
    width, _height = body_size(options.paper)
    chrome = PageChrome(
        group_name=guard.plain(data.group_name, Face.BOLD, "group_name"),
        kind=guard.plain(labels.session_summary, Face.BOLD, "label"),
        footer_left=guard.plain(
            f"{labels.private} · {options.date_text(data.date)}", place="label"
        ),
        page_of=labels.page_of,
        page_width=page_width,
        page_height=page_height,
    )
    subtitle = [guard.markup(options.date_text(data.date), Face.BOLD, "label")]
    if data.session_title:
        subtitle.append(guard.markup(data.session_title, place="session"))
    story: list[Flowable] = [paragraph(" · ".join(subtitle), styles.lead)]
    story += _agenda(data, options, guard, styles, width)
    story += _attendance(data, options, guard, styles, width)
    story += _airtime(data, options, guard, styles, width)
    if data.include_private_notes:
        story += _notes(data, options, guard, styles, width)
    title = f"{chrome.group_name}: {chrome.kind}"
    pdf, pages = build_flowing(
        story, chrome=chrome, paper=options.paper, title=title, lang=options.language
    )
    return guard.result(pdf, pages)


# ----------------------------------------------------------------------------- helpers

_MUTED_HEX = "#" + style.MUTED.hexval()[2:]


def _length(seconds: float, options: HandoutOptions) -> str:
    """A length as the app writes it (domain/durations.py), in the handout language's digits."""
    return clock(seconds, options.dates.digits)


def _offset(seconds: float, options: HandoutOptions) -> str:
    """Actual against planned: "+02:40" over, "−01:05" under, "00:00" on time."""
    return signed(seconds, options.dates.digits)


def _heading(text: str, guard: TextGuard, styles: style.Styles) -> Flowable:
    return paragraph(guard.markup(text, Face.BOLD, "label"), styles.h2)


def _table(
    rows: list[list[object]],
    widths: list[float],
    *,
    total_row: bool = False,
    split_rows: bool = False,
) -> Table:
    """A quiet data table: accent rule under the header, hairlines, zebra rows.

    split_rows lets a row too tall for the rest of the page continue on the next one (notes
    can be long); other tables keep each row whole.
    """
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=int(split_rows))
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.8 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.8 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 1.3 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.3 * mm),
        ("LINEBELOW", (0, 0), (-1, 0), 1.0, style.ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, style.HAIRLINE),
    ]
    for row in range(2, len(rows), 2):
        commands.append(("BACKGROUND", (0, row), (-1, row), style.ZEBRA))
    if total_row:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, style.INK))
        commands.append(("BACKGROUND", (0, -1), (-1, -1), style.WHITE))
    table.setStyle(TableStyle(commands))
    return table


class _Cells:
    """Paragraph factories for one table, so every cell goes through the guard."""

    def __init__(self, guard: TextGuard, styles: style.Styles) -> None:
        self.guard = guard
        self.styles = styles

    def head(self, text: str, *, right: bool = False) -> Flowable:
        chosen = self.styles.cell_head_right if right else self.styles.cell_head
        return paragraph(self.guard.markup(text, Face.BOLD, "label"), chosen)

    def text(
        self,
        text: str,
        *,
        right: bool = False,
        bold: bool = False,
        place: Place = "label",
        number: int | None = None,
    ) -> Flowable:
        chosen = self.styles.cell_right if right else self.styles.cell
        markup = self.guard.markup(text, Face.BOLD if bold else Face.REGULAR, place, number)
        return paragraph(f"<b>{markup}</b>" if bold else markup, chosen)

    def muted(self, text: str, *, right: bool = False) -> Flowable:
        markup = self.guard.markup(text, Face.ITALIC, "label")
        chosen = self.styles.cell_right if right else self.styles.cell
        return paragraph(f'<i><font color="{_MUTED_HEX}">{markup}</font></i>', chosen)


# ----------------------------------------------------------------------------- sections


def _agenda(
    data: SessionSummaryData,
    options: HandoutOptions,
    guard: TextGuard,
    styles: style.Styles,
    width: float,
) -> list[Flowable]:
    if not data.segments:
        return []
    labels = options.labels
    cell = _Cells(guard, styles)
    rows: list[list[object]] = [
        [
            cell.head(labels.segment),
            cell.head(labels.planned, right=True),
            cell.head(labels.actual, right=True),
            cell.head(labels.difference, right=True),
        ]
    ]
    for segment in data.segments:
        planned = _length(segment.planned_s, options)
        if segment.actual_s is None:
            rows.append(
                [
                    cell.text(segment.name, place="segment"),
                    cell.text(planned, right=True),
                    cell.muted(labels.not_held, right=True),
                    cell.muted("—", right=True),
                ]
            )
        else:
            rows.append(
                [
                    cell.text(segment.name, place="segment"),
                    cell.text(planned, right=True),
                    cell.text(_length(segment.actual_s, options), right=True),
                    cell.text(_offset(segment.actual_s - segment.planned_s, options), right=True),
                ]
            )
    planned_total = sum(s.planned_s for s in data.segments)
    actual_total = sum(s.actual_s or 0 for s in data.segments)
    rows.append(
        [
            cell.text(labels.total, bold=True),
            cell.text(_length(planned_total, options), right=True, bold=True),
            cell.text(_length(actual_total, options), right=True, bold=True),
            cell.text(_offset(actual_total - planned_total, options), right=True, bold=True),
        ]
    )
    number = 26 * mm * styles.body.fontSize / style.BODY
    table = _table(rows, [width - 3 * number, number, number, number], total_row=True)
    return [KeepTogether([_heading(labels.agenda, guard, styles), table])]


def _attendance(
    data: SessionSummaryData,
    options: HandoutOptions,
    guard: TextGuard,
    styles: style.Styles,
    width: float,
) -> list[Flowable]:
    if not data.attendance:
        return []
    labels = options.labels
    cell = _Cells(guard, styles)
    rows: list[list[object]] = [
        [cell.head(labels.status), cell.head(labels.count, right=True), cell.head(labels.members)]
    ]
    for status in ATTENDANCE_ORDER:
        members = [row for row in data.attendance if row.status == status]
        if not members:
            continue
        names = ", ".join(
            guard.markup(row.alias, place="member")
            + (
                f' <font color="{_MUTED_HEX}">({guard.markup(detail, place="member")})</font>'
                if (detail := _detail(row, options))
                else ""
            )
            for row in members
        )
        rows.append(
            [
                cell.text(labels.status_label(status), bold=True),
                cell.text(options.digits(len(members)), right=True),
                paragraph(names, styles.cell),
            ]
        )
    scale = styles.body.fontSize / style.BODY
    status_width, count_width = 32 * mm * scale, 16 * mm * scale
    table = _table(
        rows, [status_width, count_width, width - status_width - count_width], split_rows=True
    )
    return [_heading(labels.attendance, guard, styles), table]


def _detail(row: AttendanceRow, options: HandoutOptions) -> str:
    """ "arrived 12:30 in, told us last week": the times through the labels, then the note."""
    labels = options.labels
    parts: list[str] = []
    if row.arrived_after_s is not None:
        parts.append(labels.arrived_in.format(time=_length(row.arrived_after_s, options)))
    if row.left_after_s is not None:
        parts.append(labels.left_in.format(time=_length(row.left_after_s, options)))
    if row.detail:
        parts.append(row.detail)
    return ", ".join(parts)


def _airtime(
    data: SessionSummaryData,
    options: HandoutOptions,
    guard: TextGuard,
    styles: style.Styles,
    width: float,
) -> list[Flowable]:
    if not data.airtime:
        return []
    labels = options.labels
    total = sum(row.seconds for row in data.airtime)
    heading = _heading(labels.airtime, guard, styles)
    if total <= 0:
        chart: Flowable = paragraph(guard.markup(labels.no_airtime, place="label"), styles.small)
    else:
        chart = BarChart(
            [
                Bar(
                    guard.plain(row.alias, place="member"),
                    row.seconds,
                    f"{_length(row.seconds, options)} · {formatting.share(row.seconds, total)}",
                )
                for row in data.airtime
            ],
            styles.small.fontSize,
        )
    cell = _Cells(guard, styles)
    rows: list[list[object]] = [
        [
            cell.head(labels.member),
            cell.head(labels.airtime, right=True),
            cell.head(labels.share, right=True),
            cell.head(labels.turns, right=True),
            cell.head(labels.passes, right=True),
            cell.head(labels.average_turn, right=True),
        ]
    ]
    for row in data.airtime:
        average = _length(row.seconds / row.turns, options) if row.turns else "—"
        rows.append(
            [
                cell.text(row.alias, place="member"),
                cell.text(_length(row.seconds, options), right=True),
                cell.text(formatting.share(row.seconds, total), right=True),
                cell.text(options.digits(row.turns), right=True),
                cell.text(options.digits(row.passes), right=True),
                cell.text(average, right=True),
            ]
        )
    # Numbers grow with large print, but the names keep at least two fifths of the width.
    scale = styles.body.fontSize / style.BODY
    number, average = min(21 * mm * scale, width * 0.115), min(27 * mm * scale, width * 0.14)
    table = _table(rows, [width - 4 * number - average, *([number] * 4), average])
    # The heading stays with the chart's first bars; the chart itself may continue.
    return [heading, chart, Spacer(0, 4 * mm), table]


def _notes(
    data: SessionSummaryData,
    options: HandoutOptions,
    guard: TextGuard,
    styles: style.Styles,
    width: float,
) -> list[Flowable]:
    if not data.notes:
        return []
    labels = options.labels
    cell = _Cells(guard, styles)
    rows: list[list[object]] = [[cell.head(labels.time), cell.head(labels.note)]]
    for number, note in enumerate(data.notes, start=1):
        rows.append([cell.text(note.time_label), cell.text(note.text, place="note", number=number)])
    time_width = 24 * mm * styles.body.fontSize / style.BODY
    table = _table(rows, [time_width, width - time_width], split_rows=True)
    return [_heading(labels.private_notes, guard, styles), table]
