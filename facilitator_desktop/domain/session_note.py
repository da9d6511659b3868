"""The session note's facts, its body and what a member's copy may say about the others.

Pure Python. The facts are computed from what the session recorded (attendance, turns,
segments, the rule set in force, check-in scores, measures) each time the note is shown:
never stored twice, so a correction in History shows in the note at once. The body is what
the facilitator wrote for the group: the template's sections and the themes, kept as one
JSON document (sealed by the service). A member's copy reduces every other member's name to
initials, or to a fixed word, with the same matching as every other redaction
(domain/redaction.py).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from facilitator_desktop.domain.redaction import Matcher, Terms, apply_labelled, fold, terms_for
from facilitator_desktop.domain.validation import clean

ATTENDED: Final = ("present", "late", "left_early")
STATUSES: Final = ("present", "late", "left_early", "excused", "absent")
BODY_FORMAT: Final = 1
THEME_MAX = 60  # characters: a tag, not a sentence
THEMES_MAX = 30
SECTION_TITLE_MAX = 60


# --- what the service hands in ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MarkInput:
    """One member's attendance as recorded; times in session seconds."""

    member_id: int
    status: str
    arrived_at: float | None = None
    left_at: float | None = None


@dataclass(frozen=True, slots=True)
class TurnInput:
    member_id: int
    segment_index: int
    duration: float
    passed: bool


@dataclass(frozen=True, slots=True)
class SegmentInput:
    name: str
    kind: str  # "round" | "open"
    planned_seconds: float
    actual_seconds: float


@dataclass(frozen=True, slots=True)
class CheckinFact:
    """A member's check-in self-rating on the group's scale."""

    score: float
    low: int
    high: int


@dataclass(frozen=True, slots=True)
class MeasureFact:
    """A measure the member completed that day: the instrument and, when it could be read,
    its total."""

    name: str
    total: float | None
    taken_on: date


@dataclass(frozen=True, slots=True)
class SessionInput:
    session_id: int
    group_id: int
    group_name: str
    started_at: datetime  # naive UTC, as stored
    ended_at: datetime | None
    planned_seconds: float  # what the session row says, when no segment was recorded
    elapsed_seconds: float
    guests: int
    segments: tuple[SegmentInput, ...]
    marks: tuple[MarkInput, ...]
    turns: tuple[TurnInput, ...]
    aliases: Mapping[int, str]  # member id → alias, in seat order
    rules_in_force: int | None = None  # the rule set version the session ran with
    acknowledged: Mapping[int, int] | None = None  # member → version signed by that day
    checkins: Mapping[int, CheckinFact] | None = None
    measures: Mapping[int, Sequence[MeasureFact]] | None = None


# --- the facts ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AttendanceFact:
    member_id: int
    alias: str
    status: str
    arrived_at: datetime | None  # wall clock (naive UTC) when a late member came
    left_at: datetime | None  # wall clock when a member left before the end


@dataclass(frozen=True, slots=True)
class SegmentFact:
    position: int  # from 0
    name: str
    kind: str
    planned_seconds: float
    actual_seconds: float


@dataclass(frozen=True, slots=True)
class RoundFact:
    """A round: how many turns were taken and who passed (member ids, first pass first)."""

    position: int
    name: str
    spoke: int
    passed: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class MemberFacts:
    """One present member's part of the session, as their progress entry starts."""

    member_id: int
    alias: str
    status: str
    attended_from: datetime  # wall clock, naive UTC
    attended_to: datetime
    turns: int
    passes: int
    seconds: float
    share: float  # of all time spoken, 0..1
    checkin: CheckinFact | None
    measures: tuple[MeasureFact, ...]
    rules_acknowledged: int | None  # the latest version they had signed by that day
    rules_in_force: int | None

    @property
    def rules_current(self) -> bool:
        return self.rules_in_force is not None and self.rules_acknowledged == self.rules_in_force


@dataclass(frozen=True, slots=True)
class SessionFacts:
    session_id: int
    group_id: int
    group_name: str
    started_at: datetime
    ended_at: datetime
    planned_seconds: float
    actual_seconds: float
    guests: int
    attendance: tuple[AttendanceFact, ...]  # seat order
    segments: tuple[SegmentFact, ...]
    rounds: tuple[RoundFact, ...]
    members: tuple[MemberFacts, ...]  # the members present, seat order

    def with_status(self, *statuses: str) -> tuple[AttendanceFact, ...]:
        return tuple(a for a in self.attendance if a.status in statuses)

    @property
    def present(self) -> tuple[AttendanceFact, ...]:
        return self.with_status(*ATTENDED)

    @property
    def late(self) -> tuple[AttendanceFact, ...]:
        return self.with_status("late")

    @property
    def left_early(self) -> tuple[AttendanceFact, ...]:
        """Who left before the end: marked so, or a present member with a leaving time."""
        return tuple(a for a in self.present if a.status == "left_early" or a.left_at)

    @property
    def excused(self) -> tuple[AttendanceFact, ...]:
        return self.with_status("excused")

    @property
    def absent(self) -> tuple[AttendanceFact, ...]:
        return self.with_status("absent")

    def member(self, member_id: int) -> MemberFacts | None:
        return next((m for m in self.members if m.member_id == member_id), None)

    def alias(self, member_id: int) -> str:
        found = next((a.alias for a in self.attendance if a.member_id == member_id), None)
        return found if found is not None else "?"


WallAt = Callable[[float], datetime]


def session_facts(session: SessionInput, wall_at: WallAt) -> SessionFacts:
    """Every fact of the note, from what the session recorded. `wall_at` turns session
    seconds into the wall clock (a resume after a crash skips the downtime)."""
    seat = {member_id: index for index, member_id in enumerate(session.aliases)}
    marks = sorted(session.marks, key=lambda m: (seat.get(m.member_id, len(seat)), m.member_id))
    segments = tuple(
        SegmentFact(i, s.name, s.kind, _seconds(s.planned_seconds), _seconds(s.actual_seconds))
        for i, s in enumerate(session.segments)
    )
    planned = sum(s.planned_seconds for s in segments) or _seconds(session.planned_seconds)
    actual = sum(s.actual_seconds for s in segments) or _seconds(session.elapsed_seconds)
    ended = session.ended_at or wall_at(actual)

    def wall(seconds: float | None) -> datetime | None:
        return None if seconds is None or not math.isfinite(seconds) else wall_at(seconds)

    attendance = tuple(
        AttendanceFact(
            m.member_id,
            session.aliases.get(m.member_id, "?"),
            m.status,
            wall(m.arrived_at) if m.status == "late" else None,
            wall(m.left_at) if m.status in ATTENDED else None,
        )
        for m in marks
        if m.status in STATUSES
    )
    spoken: dict[int, float] = {}
    turns: dict[int, int] = {}
    passes: dict[int, int] = {}
    for turn in session.turns:
        if turn.passed:
            passes[turn.member_id] = passes.get(turn.member_id, 0) + 1
        else:
            turns[turn.member_id] = turns.get(turn.member_id, 0) + 1
            spoken[turn.member_id] = spoken.get(turn.member_id, 0.0) + _seconds(turn.duration)
    total = sum(spoken.values())
    acknowledged = session.acknowledged or {}
    checkins = session.checkins or {}
    measures = session.measures or {}
    members = tuple(
        MemberFacts(
            member_id=a.member_id,
            alias=a.alias,
            status=a.status,
            attended_from=a.arrived_at or session.started_at,
            attended_to=a.left_at or ended,
            turns=turns.get(a.member_id, 0),
            passes=passes.get(a.member_id, 0),
            seconds=spoken.get(a.member_id, 0.0),
            share=spoken.get(a.member_id, 0.0) / total if total else 0.0,
            checkin=checkins.get(a.member_id),
            measures=tuple(sorted(measures.get(a.member_id, ()), key=lambda f: f.name)),
            rules_acknowledged=acknowledged.get(a.member_id),
            rules_in_force=session.rules_in_force,
        )
        for a in attendance
        if a.status in ATTENDED
    )
    return SessionFacts(
        session_id=session.session_id,
        group_id=session.group_id,
        group_name=session.group_name,
        started_at=session.started_at,
        ended_at=ended,
        planned_seconds=planned,
        actual_seconds=actual,
        guests=max(0, session.guests),
        attendance=attendance,
        segments=segments,
        rounds=_rounds(segments, session.turns),
        members=members,
    )


def _rounds(segments: Sequence[SegmentFact], turns: Iterable[TurnInput]) -> tuple[RoundFact, ...]:
    found = []
    listed = list(turns)
    for segment in segments:
        if segment.kind != "round":
            continue
        here = [t for t in listed if t.segment_index == segment.position]
        passed = tuple(dict.fromkeys(t.member_id for t in here if t.passed))
        spoke = sum(1 for t in here if not t.passed)
        found.append(RoundFact(segment.position, segment.name, spoke, passed))
    return tuple(found)


def _seconds(value: float) -> float:
    """A stored length as a usable one: negative or not finite counts as nothing."""
    return value if math.isfinite(value) and value > 0 else 0.0


def acknowledged_by(signatures: Iterable[tuple[int, int, date]], day: date) -> dict[int, int]:
    """Per member, the highest rule set version they had signed on or before `day`, from
    (member id, version, signed on) rows."""
    found: dict[int, int] = {}
    for member_id, version, signed_on in signatures:
        if signed_on <= day and version > found.get(member_id, -1):
            found[member_id] = version
    return found


# --- the body: sections and themes --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    text: str = ""


@dataclass(frozen=True, slots=True)
class NoteBody:
    sections: tuple[Section, ...] = ()
    themes: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.themes and not any(s.text.strip() for s in self.sections)

    def texts(self) -> tuple[str, ...]:
        """Every text the facilitator typed, for redaction and search."""
        return (*(s.text for s in self.sections), *self.themes)


def body_to_json(body: NoteBody) -> str:
    return json.dumps(
        {
            "format": BODY_FORMAT,
            "sections": [{"title": s.title, "text": s.text} for s in body.sections],
            "themes": list(body.themes),
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def body_from_json(text: str) -> NoteBody:
    """The body as written; ValueError when the document is not one the app writes."""
    document = json.loads(text)
    if not isinstance(document, dict) or document.get("format") != BODY_FORMAT:
        raise ValueError("not a session note body")
    sections = document.get("sections")
    themes = document.get("themes")
    if not isinstance(sections, list) or not isinstance(themes, list):
        raise ValueError("a session note body needs sections and themes")
    parsed: list[Section] = []
    for item in sections:
        if not isinstance(item, dict):
            raise ValueError("a section is not an object")
        title, body = item.get("title"), item.get("text")
        if not isinstance(title, str) or not isinstance(body, str):
            raise ValueError("a section needs a title and a text")
        parsed.append(Section(title, body))
    if not all(isinstance(theme, str) for theme in themes):
        raise ValueError("a theme is not text")
    return NoteBody(tuple(parsed), tuple(themes))


def blank_body(titles: Sequence[str]) -> NoteBody:
    return NoteBody(tuple(Section(title) for title in titles))


def lay_out(body: NoteBody, titles: Sequence[str]) -> NoteBody:
    """`body` in another template's sections: texts move to the section of the same title
    (case and accents aside); a written section the template lacks is kept after them, so
    switching templates never loses a word."""
    written = {fold(s.title.strip()): s for s in body.sections}
    placed: set[str] = set()
    sections: list[Section] = []
    for title in titles:
        key = fold(title.strip())
        if key in placed:
            continue
        placed.add(key)
        old = written.get(key)
        sections.append(Section(title, old.text if old is not None else ""))
    sections += [s for s in body.sections if fold(s.title.strip()) not in placed and s.text.strip()]
    return NoteBody(tuple(sections), body.themes)


def clean_themes(themes: Iterable[str]) -> tuple[str, ...]:
    """Themes as kept: trimmed, without empty ones or repeats (case aside), each at most
    THEME_MAX characters, at most THEMES_MAX of them."""
    kept: dict[str, str] = {}
    for theme in themes:
        text = " ".join(clean(theme).split())[:THEME_MAX].strip()
        if text and fold(text) not in kept:
            kept[fold(text)] = text
    return tuple(kept.values())[:THEMES_MAX]


def split_themes(text: str) -> tuple[str, ...]:
    """Themes typed in one line, separated by commas or semicolons."""
    return clean_themes(text.replace(";", ",").split(","))


def redact_body(body: NoteBody, redact: Callable[[str], str]) -> NoteBody:
    return NoteBody(
        tuple(Section(s.title, redact(s.text)) for s in body.sections),
        tuple(redact(theme) for theme in body.themes),
    )


# --- a member's copy: the others as initials ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Person:
    member_id: int
    alias: str
    full_name: str = ""
    contact: str = ""

    @property
    def terms(self) -> Terms:
        return terms_for(self.alias, self.full_name, self.contact)


def initials(alias: str, full_name: str = "") -> str:
    """ "Anna Kowalska" → "A.K."; the alias's when there is no full name; "" when neither
    has a letter."""
    name = full_name if any(c.isalpha() for c in full_name) else alias
    letters = []
    for word in name.replace("-", " ").split():
        first = next((c for c in word if c.isalpha()), "")
        if first:
            letters.append(first.upper() + ".")
    return "".join(letters)


class OthersRedactor:
    """Replaces, in the texts of one member's copy, every other member's names, phone
    numbers and e-mail addresses: with that member's initials, or with `replacement` when
    one is given (the facilitator's choice to remove them). The reader's own names stay
    when another's name only looks like an inflected form of them (domain/redaction.py)."""

    def __init__(
        self,
        reader: Person,
        others: Sequence[Person],
        *,
        replacement: str | None = None,
        unknown: str = "[another member]",
    ) -> None:
        keep = reader.terms
        people = [p for p in others if p.member_id != reader.member_id]
        self._replacement = replacement
        self._unknown = unknown
        self._all = Matcher(Terms.union(p.terms for p in people), keep=keep)
        self._each = [(Matcher(p.terms, keep=keep), self._label(p)) for p in people]

    def _label(self, person: Person) -> str:
        if self._replacement is not None:
            return self._replacement
        return initials(person.alias, person.full_name) or self._unknown

    def __call__(self, text: str) -> str:
        found = self._all.find(text)
        if not found:
            return text
        labelled: list[tuple[int, int, str]] = []
        for start, end in found:
            piece = text[start:end]
            parts = [
                (start + s, start + e, label)
                for matcher, label in self._each
                for s, e in matcher.find(piece)
            ]
            labelled += parts or [(start, end, self._replacement or self._unknown)]
        return apply_labelled(
            text,
            [
                # "… with C.A." not "… with C.A..": a sentence's full stop ends the initials.
                (s, e, label[:-1] if label.endswith(".") and text[e : e + 1] == "." else label)
                for s, e, label in _without_nested(labelled)
            ],
        )


def _without_nested(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Where one person's span lies inside another's ("Anna" in "Anna Maria"), the longer
    span names the person: drop the shorter one."""
    spans = sorted(spans, key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, str]] = []
    for span in spans:
        if kept and span[1] <= kept[-1][1]:
            continue
        kept.append(span)
    return kept
