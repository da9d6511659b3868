"""A member's progress entry, for one session or a period: per session the group's part
(length, how many came, the agenda, themes, the group note and its addenda) and the
member's own (attendance, turns, airtime, check-in, measures, ground rules, the
facilitator's lines and their addenda), signed or not.

Every other member's name is already reduced to initials (or removed) in the data: this
module prints what it is given, each text through the TextGuard like every handout.
"""

from __future__ import annotations

from datetime import date, time

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from facilitator_desktop.domain.durations import clock
from facilitator_desktop.handouts import formatting, style
from facilitator_desktop.handouts.chrome import PageChrome
from facilitator_desktop.handouts.coverage import TextGuard
from facilitator_desktop.handouts.data import HandoutOptions, HandoutResult, Place
from facilitator_desktop.handouts.document import body_size, build_flowing
from facilitator_desktop.handouts.fonts import Face
from facilitator_desktop.handouts.paper import page_size
from facilitator_desktop.handouts.progress_entry_data import (
    ProgressEntryLabels,
    ProgressReportData,
    ReportAddendum,
    ReportSession,
)
from facilitator_desktop.handouts.text import paragraph

_MUTED_HEX = "#" + style.MUTED.hexval()[2:]


def build_progress_entry(
    data: ProgressReportData,
    options: HandoutOptions | None = None,
    labels: ProgressEntryLabels | None = None,
) -> HandoutResult:
    """The member's progress entry as PDF bytes."""
    options = options or HandoutOptions()
    labels = labels or ProgressEntryLabels()
    writer = _Writer(options, labels, TextGuard())
    page_width, page_height = page_size(options.paper)
    guard = writer.guard
    chrome = PageChrome(
        group_name=guard.plain(data.group_name, Face.BOLD, "group_name"),
        kind=guard.plain(labels.kind, Face.BOLD, "label"),
        footer_left=guard.plain(f"{labels.confidential} · {data.member_name}", place="member"),
        page_of=options.labels.page_of,
        page_width=page_width,
        page_height=page_height,
    )
    story = writer.story(data)
    title = f"{chrome.group_name}: {chrome.kind}"
    pdf, pages = build_flowing(
        story, chrome=chrome, paper=options.paper, title=title, lang=options.language
    )
    return guard.result(pdf, pages)


class _Writer:
    def __init__(
        self, options: HandoutOptions, labels: ProgressEntryLabels, guard: TextGuard
    ) -> None:
        self.options = options
        self.labels = labels
        self.guard = guard
        self.styles = style.paragraph_styles(style.body_size(options.large_print))
        self.width = body_size(options.paper)[0]
        body = self.styles.body
        self.sub = ParagraphStyle("sub", parent=body, spaceBefore=body.fontSize * 0.8, spaceAfter=2)

    # --- text pieces ---------------------------------------------------------------------------

    def text(self, text: str, place: Place = "label", face: Face = Face.REGULAR) -> str:
        return self.guard.markup(text, face, place)

    def muted(self, text: str) -> Flowable:
        return paragraph(
            f'<i><font color="{_MUTED_HEX}">{self.text(text, face=Face.ITALIC)}</font></i>',
            self.styles.body,
        )

    def digits(self, text: str) -> str:
        return text.translate(str.maketrans("0123456789", self.options.dates.digits))

    def day(self, day: date) -> str:
        return self.options.date_text(day)

    def clock_time(self, moment: time | None) -> str:
        return "—" if moment is None else self.digits(f"{moment.hour:02d}:{moment.minute:02d}")

    def length(self, seconds: float) -> str:
        return clock(seconds, self.options.dates.digits)

    def number(self, value: float) -> str:
        shown = str(int(value)) if float(value).is_integer() else f"{value:.1f}"
        return self.digits(shown)

    # --- the document --------------------------------------------------------------------------

    def story(self, data: ProgressReportData) -> list[Flowable]:
        labels, styles = self.labels, self.styles
        heading = labels.title.format(name=data.member_name)
        period = (
            self.day(data.first)
            if data.first == data.last
            else labels.period.format(first=self.day(data.first), last=self.day(data.last))
        )
        story: list[Flowable] = [
            paragraph(f"<b>{self.text(heading, 'member', Face.BOLD)}</b>", styles.lead),
            paragraph(self.text(period), styles.small),
        ]
        if not data.sessions:
            story += [Spacer(0, 4 * mm), self.muted(labels.nothing)]
        for session in data.sessions:
            story += self.session(session)
        return story

    def session(self, session: ReportSession) -> list[Flowable]:
        labels = self.labels
        heading = labels.session.format(
            date=self.day(session.day),
            start=self.clock_time(session.start),
            end=self.clock_time(session.end),
        )
        group_rows = [
            (
                labels.length,
                labels.length_value.format(
                    actual=self.length(session.actual_seconds),
                    planned=self.length(session.planned_seconds),
                ),
            ),
            (labels.members_present, self.digits(str(session.present))),
        ]
        if session.guests:
            group_rows.append((labels.guests, self.digits(str(session.guests))))
        if session.segments:
            agenda = " · ".join(f"{name} {self.length(s)}" for name, s in session.segments)
            group_rows.append((labels.agenda, agenda))
        if session.themes:
            group_rows.append((labels.themes, ", ".join(session.themes)))
        parts: list[Flowable] = [
            KeepTogether(
                [
                    paragraph(self.text(heading, face=Face.BOLD), self.styles.h2),
                    self.facts(group_rows, "note"),
                ]
            ),
            self.subheading(labels.narrative),
        ]
        written = [s for s in session.sections if s.text.strip()]
        if not session.written or not written:
            parts.append(self.muted(labels.not_written))
        for section in written:
            parts.append(
                paragraph(f"<b>{self.text(section.title, face=Face.BOLD)}</b>", self.styles.body)
            )
            parts.append(paragraph(self.text(section.text, "note"), self.styles.body))
            parts.append(Spacer(0, 1.5 * mm))
        parts += self.addenda(session.group_addenda)
        parts.append(self.subheading(labels.member_part))
        parts.append(self.facts(self.member_rows(session), "label"))
        parts.append(self.subheading(labels.entry))
        if session.entry.strip():
            parts.append(paragraph(self.text(session.entry, "note"), self.styles.body))
        else:
            parts.append(self.muted(labels.no_entry))
        parts += self.addenda(session.entry_addenda)
        signed = (
            labels.signed.format(date=self.day(session.signed_on))
            if session.signed_on
            else labels.not_signed
        )
        parts += [Spacer(0, 2 * mm), paragraph(self.text(signed), self.styles.small)]
        parts.append(Spacer(0, 6 * mm))
        return parts

    def member_rows(self, session: ReportSession) -> list[tuple[str, str]]:
        labels = self.labels
        status = labels.status_label(session.status)
        rows = [
            (
                labels.attendance,
                labels.attended.format(
                    status=status,
                    start=self.clock_time(session.attended_from),
                    end=self.clock_time(session.attended_to),
                )
                if session.attended_from is not None
                else status,
            )
        ]
        if session.attended_from is not None:
            rows += [
                (labels.turns, self.digits(str(session.turns))),
                (labels.passes, self.digits(str(session.passes))),
                (
                    labels.airtime,
                    labels.airtime_value.format(
                        time=self.length(session.seconds),
                        share=self.digits(formatting.share(session.share, 1.0)),
                    ),
                ),
            ]
        if session.checkin is not None:
            score, low, high = session.checkin
            rows.append(
                (
                    labels.checkin,
                    labels.checkin_value.format(
                        score=self.number(score),
                        low=self.number(low),
                        high=self.number(high),
                    ),
                )
            )
        if session.measures:
            rows.append(
                (
                    labels.measures,
                    ", ".join(
                        m.name if m.total is None else f"{m.name} {self.number(m.total)}"
                        for m in session.measures
                    ),
                )
            )
        if session.rules_in_force is not None:
            version = session.rules_acknowledged
            current = self.digits(str(session.rules_in_force))
            if version is None:
                text = labels.rules_never.format(current=current)
            elif version == session.rules_in_force:
                text = labels.rules_current.format(version=current)
            else:
                text = labels.rules_behind.format(
                    version=self.digits(str(version)), current=current
                )
            rows.append((labels.rules, text))
        return rows

    def subheading(self, text: str) -> Flowable:
        return paragraph(
            f'<b><font color="#{style.ACCENT.hexval()[2:]}">'
            f"{self.text(text, face=Face.BOLD)}</font></b>",
            self.sub,
        )

    def addenda(self, addenda: tuple[ReportAddendum, ...]) -> list[Flowable]:
        found: list[Flowable] = []
        for addendum in addenda:
            written = addendum.written
            when = f"{self.day(written.date())} {self.clock_time(written.time())}"
            stamp = self.labels.addendum.format(date=when)
            found.append(paragraph(self.text(stamp, face=Face.ITALIC), self.styles.small))
            found.append(paragraph(self.text(addendum.text, "note"), self.styles.body))
        return found

    def facts(self, rows: list[tuple[str, str]], place: Place) -> Table:
        """Label and value, one fact a row: a quiet two-column table."""
        styles = self.styles
        cells = [
            [
                paragraph(self.text(label, face=Face.BOLD), styles.cell_head),
                paragraph(self.text(value, place), styles.cell),
            ]
            for label, value in rows
        ]
        label_width = 38 * mm * styles.body.fontSize / style.BODY
        table = Table(cells, colWidths=[label_width, self.width - label_width], splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.0 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.0 * mm),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, style.HAIRLINE),
                ]
            )
        )
        return table
