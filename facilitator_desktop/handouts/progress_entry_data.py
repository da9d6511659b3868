"""What a member's progress entry prints: plain data the service fills (every other member's
name already reduced to initials or removed) and the labels the UI translates.

Kept apart from the builder so the service can fill it without loading ReportLab.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time


@dataclass(frozen=True, slots=True)
class ReportSection:
    title: str
    text: str


@dataclass(frozen=True, slots=True)
class ReportAddendum:
    written: datetime  # local time
    text: str


@dataclass(frozen=True, slots=True)
class ReportMeasure:
    name: str
    total: float | None


@dataclass(frozen=True, slots=True)
class ReportSession:
    """One session as the member's copy shows it: the group's part (counts, the agenda,
    themes, the narrative and its addenda) and theirs (facts, entry, addenda)."""

    day: date
    start: time  # local
    end: time
    planned_seconds: float
    actual_seconds: float
    present: int  # members present, counted: nobody is named
    guests: int
    segments: tuple[tuple[str, float], ...]  # (name, actual seconds)
    themes: tuple[str, ...]
    sections: tuple[ReportSection, ...]
    group_addenda: tuple[ReportAddendum, ...]
    status: str  # present | late | left_early | excused | absent
    attended_from: time | None
    attended_to: time | None
    turns: int
    passes: int
    seconds: float
    share: float
    checkin: tuple[float, int, int] | None  # score, scale low, scale high
    measures: tuple[ReportMeasure, ...]
    rules_acknowledged: int | None
    rules_in_force: int | None
    entry: str
    entry_addenda: tuple[ReportAddendum, ...]
    signed_on: date | None
    written: bool  # a session note exists


@dataclass(frozen=True, slots=True)
class ProgressReportData:
    group_name: str
    member_name: str  # the member's own name, as they write it
    first: date
    last: date
    sessions: tuple[ReportSession, ...]


@dataclass(frozen=True, slots=True)
class ProgressEntryLabels:
    """The fixed words of the printout, English by default; the UI passes translations.
    Fields with {…} are format strings with the placeholders of their defaults."""

    kind: str = "Progress entry"
    title: str = "Progress entry: {name}"
    period: str = "{first} to {last}"
    session: str = "Session of {date}, {start}–{end}"
    length: str = "Length"
    length_value: str = "{actual} of {planned} planned"
    members_present: str = "Members present"
    guests: str = "Guests"
    agenda: str = "Agenda"
    themes: str = "Themes"
    narrative: str = "Group note"
    not_written: str = "No session note was written."
    addendum: str = "Addendum of {date}"
    member_part: str = "This member"
    attendance: str = "Attendance"
    attended: str = "{status}, {start}–{end}"
    turns: str = "Turns"
    passes: str = "Passes"
    airtime: str = "Airtime"
    airtime_value: str = "{time} ({share} of the time spoken)"
    checkin: str = "Check-in"
    checkin_value: str = "{score} on a scale of {low} to {high}"
    measures: str = "Measures that day"
    rules: str = "Ground rules"
    rules_current: str = "Acknowledged version {version} (in force)"
    rules_behind: str = "Acknowledged version {version}; version {current} in force"
    rules_never: str = "Not acknowledged; version {current} in force"
    entry: str = "Progress"
    no_entry: str = "No lines written for this member."
    signed: str = "Signed on {date}"
    not_signed: str = "Not signed"
    nothing: str = "No session in this period."
    confidential: str = "Confidential"
    status_present: str = "present"
    status_late: str = "late"
    status_left_early: str = "left early"
    status_excused: str = "excused"
    status_absent: str = "absent"

    def status_label(self, status: str) -> str:
        return {
            "present": self.status_present,
            "late": self.status_late,
            "left_early": self.status_left_early,
            "excused": self.status_excused,
            "absent": self.status_absent,
        }.get(status, status)
