"""The plain data handed to the handout builders, and what they hand back.

Everything here is a frozen dataclass of strings, numbers, dates and tuples: the services layer
fills them from the database, the UI adds the facilitator's choices (paper size, translated
labels), and `facilitator_desktop.handouts` turns them into PDF bytes. Nothing here knows about
Qt, SQLAlchemy or ReportLab.

Sequences are stored as tuples so the objects stay hashable and immutable; lists passed by a
caller are converted on construction. Texts are plain text, never markup: the builders escape
``<``, ``>`` and ``&`` themselves, and a newline starts a new line in the printout.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, get_args

Paper = Literal["A4", "Letter"]
"""The two paper sizes the handouts are laid out for."""

CardLayout = Literal["cut", "tent"]
"""``cut``: flat cards with cut marks. ``tent``: cards folded across the middle to stand on a
table, the top half printed upside down so the card reads from both sides."""

CardsPerPage = Literal[2, 4, 6]

AttendanceStatus = Literal["present", "late", "left_early", "excused", "absent"]
"""Same values as ``facilitator_desktop.domain.stats.AttendanceStatus``; listed in this order on
the session summary."""

ATTENDANCE_ORDER: tuple[AttendanceStatus, ...] = get_args(AttendanceStatus)


def iso_date(day: date) -> str:
    """The default date format: ISO 8601 (2026-11-25), unambiguous in every country."""
    return day.isoformat()


@dataclass(frozen=True, slots=True)
class DateStyle:
    """How the handout's language writes a date, as plain data the UI takes from QLocale.

    pattern: with the placeholders {day}, {month}, {year} (the month spelled out), e.g.
        "{day} {month} {year}", "{month} {day}, {year}", "{year}年{month}{day}日".
    months: the twelve month names as they stand in a date ("października" in Polish).
    digits: the ten digits 0–9 of the locale ("٠١٢٣٤٥٦٧٨٩" for Arabic).
    The default is ISO 8601, readable everywhere.
    """

    pattern: str = "{year}-{month}-{day}"
    months: tuple[str, ...] = tuple(f"{number:02d}" for number in range(1, 13))
    digits: str = "0123456789"
    pad_day: bool = True

    def __post_init__(self) -> None:
        _freeze(self, "months")
        _require(len(self.months) == 12, "a date style needs twelve month names")
        _require(len(self.digits) == 10, "a date style needs ten digits")

    def format(self, day: date) -> str:
        table = str.maketrans("0123456789", self.digits)
        number = f"{day.day:02d}" if self.pad_day else str(day.day)
        return self.pattern.format(
            day=number.translate(table),
            month=self.months[day.month - 1].translate(table),
            year=str(day.year).translate(table),
        )


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(message)


def _freeze(obj: object, name: str) -> None:
    """Store a tuple copy of a sequence field on a frozen dataclass."""
    object.__setattr__(obj, name, tuple(getattr(obj, name)))


# ----------------------------------------------------------------------------- inputs


@dataclass(frozen=True, slots=True)
class RuleCardData:
    """One ground rule as the group wrote it.

    title: a few words ("One voice at a time").
    statement: one plain sentence saying what the group agrees to.
    why: optional reason; an empty string leaves it out.
    """

    title: str
    statement: str
    why: str = ""


@dataclass(frozen=True, slots=True)
class GroundRulesData:
    """The ground-rules handout: the group's current rule set on one page (more if long).

    group_name: printed in the header of every page.
    cards: the rule set, in the group's order; numbered from 1 on the handout.
    rule_set_version / rule_set_date: identify the rule set a member acknowledges; printed in
        the footer and in the acknowledgement sentence.
    welcome: a short line under the header ("Welcome. These are the agreements …"); may be "".
    facilitator_name / facilitator_contact: how to reach the facilitator; either may be "".
    support_line: optional crisis/support text ("Samaritans: 116 123, free, day or night");
        "" leaves the box out.
    acknowledgement: print the block with name, signature and date lines.
    member_alias: fills the name line of the acknowledgement; None leaves a blank line to
        write on.
    """

    group_name: str
    cards: tuple[RuleCardData, ...]
    rule_set_version: int
    rule_set_date: date
    welcome: str = ""
    facilitator_name: str = ""
    facilitator_contact: str = ""
    support_line: str = ""
    acknowledgement: bool = False
    member_alias: str | None = None

    def __post_init__(self) -> None:
        _freeze(self, "cards")


@dataclass(frozen=True, slots=True)
class RuleCardsData:
    """Printable rule cards: one rule per card, in large type.

    layout: ``cut`` or ``tent`` (see `CardLayout`).
    per_page: 2, 4 or 6 cards on each sheet.
    show_why: print each rule's "why" under the statement when it has one.
    """

    group_name: str
    cards: tuple[RuleCardData, ...]
    layout: CardLayout = "cut"
    per_page: CardsPerPage = 4
    show_why: bool = True

    def __post_init__(self) -> None:
        _freeze(self, "cards")
        _require(self.layout in get_args(CardLayout), f"unknown card layout: {self.layout!r}")
        _require(self.per_page in get_args(CardsPerPage), "cards per page must be 2, 4 or 6")


@dataclass(frozen=True, slots=True)
class SignInSheetData:
    """A sign-in sheet for one session.

    aliases: the members' aliases in seat order, one row each.
    guest_lines: extra blank rows for guests or newcomers.
    facilitator_name: printed next to the date; may be "".
    """

    group_name: str
    date: date
    aliases: tuple[str, ...]
    guest_lines: int = 3
    facilitator_name: str = ""

    def __post_init__(self) -> None:
        _freeze(self, "aliases")
        _require(0 <= self.guest_lines <= 200, "guest lines must be between 0 and 200")


@dataclass(frozen=True, slots=True)
class SegmentRow:
    """One agenda segment. actual_s is None when the segment did not take place."""

    name: str
    planned_s: float
    actual_s: float | None

    def __post_init__(self) -> None:
        _require(self.planned_s >= 0, "planned seconds must not be negative")
        _require(self.actual_s is None or self.actual_s >= 0, "actual seconds must not be negative")


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    """One member's attendance.

    detail: optional free text ("told us last week").
    arrived_after_s / left_after_s: when a late member arrived or an early one left, in
        seconds after the start; printed with the labels "arrived {time} in", "left {time} in".
    """

    alias: str
    status: AttendanceStatus
    detail: str = ""
    arrived_after_s: float | None = None
    left_after_s: float | None = None

    def __post_init__(self) -> None:
        _require(self.status in ATTENDANCE_ORDER, f"unknown attendance status: {self.status!r}")


@dataclass(frozen=True, slots=True)
class AirtimeRow:
    """How much one member spoke: total seconds, number of turns, number of passes."""

    alias: str
    seconds: float
    turns: int
    passes: int

    def __post_init__(self) -> None:
        _require(self.seconds >= 0, "airtime seconds must not be negative")
        _require(self.turns >= 0 and self.passes >= 0, "turns and passes must not be negative")


@dataclass(frozen=True, slots=True)
class NoteRow:
    """One private note: a time label ("18:42" or "Check-in") and the note's text."""

    time_label: str
    text: str


@dataclass(frozen=True, slots=True)
class SessionSummaryData:
    """The summary of one finished session.

    segments: the agenda, planned against actual duration.
    attendance: one row per member; printed grouped by status.
    airtime: one row per member, in the order given (the chart keeps it).
    notes: the facilitator's private notes. They are printed only when include_private_notes
        is True, which the UI sets after asking the facilitator; otherwise the notes' text
        never reaches the PDF.
    session_title: optional subtitle ("Session 14"); may be "".
    """

    group_name: str
    date: date
    segments: tuple[SegmentRow, ...]
    attendance: tuple[AttendanceRow, ...]
    airtime: tuple[AirtimeRow, ...]
    notes: tuple[NoteRow, ...] = ()
    include_private_notes: bool = False
    session_title: str = ""

    def __post_init__(self) -> None:
        for name in ("segments", "attendance", "airtime", "notes"):
            _freeze(self, name)


# ----------------------------------------------------------------------------- options


@dataclass(frozen=True, slots=True)
class HandoutLabels:
    """Every fixed word printed on a handout, in English by default.

    The UI passes translated strings (``QCoreApplication.translate``); this package never
    translates anything itself. Fields containing ``{…}`` are format strings with the named
    placeholders shown in their defaults.
    """

    # handout names (header band)
    ground_rules: str = "Ground rules"
    rule_cards: str = "Rule cards"
    sign_in_sheet: str = "Sign-in sheet"
    session_summary: str = "Session summary"
    # shared
    page_of: str = "Page {page} of {pages}"
    date: str = "Date"
    name: str = "Name"
    signature: str = "Signature"
    facilitator: str = "Facilitator"
    confidential: str = "Confidential: please return to the facilitator"
    private: str = "Confidential"
    # ground rules
    why: str = "Why:"
    rule_set: str = "Rule set version {version} of {date}"
    acknowledgement: str = (
        "I have read the ground rules of {group} (version {version}) and agree to keep them."
    )
    support: str = "Support"
    # rule cards
    fold_here: str = "fold"
    # sign-in sheet
    seat: str = "#"
    arrival: str = "Arrival"
    guest: str = "Guest"
    # session summary
    agenda: str = "Agenda: planned and actual"
    segment: str = "Segment"
    planned: str = "Planned"
    actual: str = "Actual"
    difference: str = "Difference"
    total: str = "Total"
    not_held: str = "not held"
    attendance: str = "Attendance"
    status: str = "Status"
    count: str = "Count"
    members: str = "Members"
    airtime: str = "Airtime"
    member: str = "Member"
    share: str = "Share"
    turns: str = "Turns"
    passes: str = "Passes"
    average_turn: str = "Average turn"
    no_airtime: str = "No turns were recorded."
    private_notes: str = "Private notes"
    time: str = "Time"
    note: str = "Note"
    status_present: str = "Present"
    status_late: str = "Late"
    status_left_early: str = "Left early"
    status_excused: str = "Excused"
    status_absent: str = "Absent"
    arrived_in: str = "arrived {time} in"
    left_in: str = "left {time} in"

    def status_label(self, status: AttendanceStatus) -> str:
        labels: dict[AttendanceStatus, str] = {
            "present": self.status_present,
            "late": self.status_late,
            "left_early": self.status_left_early,
            "excused": self.status_excused,
            "absent": self.status_absent,
        }
        return labels[status]


@dataclass(frozen=True, slots=True)
class HandoutOptions:
    """How to print, shared by every handout.

    paper: "A4" or "Letter"; see `default_page_size_for_locale` for a sensible default.
    labels: the fixed words in the handout's language, translated by the UI.
    dates: how that language writes a date (data from QLocale, see `DateStyle`).
    format_date: overrides `dates` when given (tests, or a caller with its own formatter).
    large_print: body text at 14 pt or more instead of 11 pt, for members who need it.
    language: the handout's language as a BCP 47 tag ("en", "pl", "ar"), written into the
        PDF (/Lang) so screen readers and search pick the right voice and rules.
    """

    paper: Paper = "A4"
    labels: HandoutLabels = field(default_factory=HandoutLabels)
    format_date: Callable[[date], str] | None = None
    dates: DateStyle = field(default_factory=DateStyle)
    large_print: bool = False
    language: str = "en"

    def __post_init__(self) -> None:
        _require(self.paper in get_args(Paper), f"unknown paper size: {self.paper!r}")

    def digits(self, number: int) -> str:
        """A whole number in the handout language's digits."""
        return str(number).translate(str.maketrans("0123456789", self.dates.digits))

    def date_text(self, day: date) -> str:
        """`day` as the handout prints it."""
        return self.format_date(day) if self.format_date is not None else self.dates.format(day)


# ----------------------------------------------------------------------------- outputs


@dataclass(frozen=True, slots=True)
class MissingGlyph:
    """A character no handout font has: it prints as the replacement box
    (see `coverage.REPLACEMENT`). codepoint: "U+1F9E1"; name: its Unicode name."""

    char: str
    codepoint: str
    name: str


Place = Literal[
    "group_name",
    "rule",
    "member",
    "welcome",
    "facilitator",
    "support",
    "session",
    "segment",
    "note",
    "label",
    "text",
]
"""Where on a handout a text is printed, for warnings ("rule 4", "a member's name")."""

ProblemKind = Literal["missing_glyphs", "card_text_too_long"]


@dataclass(frozen=True, slots=True)
class HandoutProblem:
    """Something the facilitator should know before printing, as data the UI words.

    missing_glyphs: `glyphs` in `place` (rule `number`) print as boxes.
    card_text_too_long: rule `number` would need type below the readable floor with
        `per_page` cards per page; `suggestion` cards per page would fit.
    """

    kind: ProblemKind
    place: Place
    number: int | None = None
    glyphs: tuple[MissingGlyph, ...] = ()
    per_page: int | None = None
    suggestion: int | None = None


@dataclass(frozen=True, slots=True)
class HandoutResult:
    """A finished handout.

    pdf: the PDF file's bytes.
    page_count: number of pages.
    warnings: short English sentences about `problems` (the UI words its own from them).
    missing_glyphs: every character printed as a box, for a UI that wants detail.
    problems: what to tell the facilitator before printing, as data.
    """

    pdf: bytes
    page_count: int
    warnings: tuple[str, ...] = ()
    missing_glyphs: tuple[MissingGlyph, ...] = ()
    problems: tuple[HandoutProblem, ...] = ()
