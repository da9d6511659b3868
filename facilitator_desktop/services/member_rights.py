"""A member's right of access: a copy of everything held about them, for the member.

Every other member of every group is redacted from the copy: by alias, full name and each of
its parts, phone numbers and e-mail addresses (domain/redaction.py says how they are
matched). Export comes in two steps: `preview` gathers the record and marks what the app
redacts; the facilitator reviews it and may mark more; `render` writes exactly what was
reviewed. A damaged record of another member refuses the export, since that member's names
cannot be looked for. (Erasure is `services/erasure.py`.)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from facilitator_desktop.domain.redaction import (
    Matcher,
    Span,
    Terms,
    apply_labelled,
    merge,
    terms_for,
)
from facilitator_desktop.errors import N_, ExportRefused, RecordDamaged
from facilitator_desktop.models import Attendance, Group, GroupSession, Member, Turn
from facilitator_desktop.services.checkin_scores import (
    ExportCheckin,
    checkins_document,
    export_checkins,
)
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.measures import (
    ExportMeasure,
    export_measures,
    measures_document,
)
from facilitator_desktop.services.members import MemberInfo, MemberService
from facilitator_desktop.services.notes import NoteService

REDACTED_OTHER = "[another member]"
REDACTED_BY_HAND = "[redacted]"


@dataclass(frozen=True, slots=True)
class RedactionLabels:
    """What replaces a redacted stretch in the file: the facilitator's language when the
    screen passes it (ui/markers.py translates these), the English markers otherwise."""

    other: str = REDACTED_OTHER
    by_hand: str = REDACTED_BY_HAND


EXPORT_FORMAT = 1


# --- what the facilitator reviews ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportText:
    """One free text of the export and the spans the app redacts in it."""

    key: str  # unique within the export: which field or note this is
    text: str
    redactions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class ExportNote:
    written: datetime
    updated: datetime
    follow_up: bool
    due_on: date | None
    done: bool
    damaged: bool
    text: ExportText


@dataclass(frozen=True, slots=True)
class ExportAttendance:
    session: datetime
    status: str


@dataclass(frozen=True, slots=True)
class ExportTurn:
    session: datetime
    segment: int  # counted from 1, as the agenda shows it
    seconds: float
    passed: bool


@dataclass(frozen=True, slots=True)
class ExportPreview:
    """Everything the export file will hold, before the facilitator's own redactions."""

    member_id: int
    exported_at: datetime
    alias: ExportText
    full_name: ExportText
    contact: ExportText
    remarks: ExportText
    joined_on: date
    left_on: date | None
    notes: tuple[ExportNote, ...]
    attendance: tuple[ExportAttendance, ...]
    turns: tuple[ExportTurn, ...]
    members_redacted: int  # how many other members were looked for
    measures: tuple[ExportMeasure, ...] = ()  # their outcome measures, oldest first
    checkins: tuple[ExportCheckin, ...] = ()  # their check-in scores, oldest first

    @property
    def texts(self) -> tuple[ExportText, ...]:
        """Every text in the order the file holds them."""
        return (
            self.alias,
            self.full_name,
            self.contact,
            self.remarks,
            *(note.text for note in self.notes),
        )

    @property
    def redaction_count(self) -> int:
        return sum(len(text.redactions) for text in self.texts)


# --- the service --------------------------------------------------------------------------------


class MemberRightsService:
    def __init__(self, ctx: ServiceContext, members: MemberService, notes: NoteService) -> None:
        self._ctx = ctx
        self._members = members
        self._notes = notes

    def preview(self, member_id: int) -> ExportPreview:
        """Everything held about one member, with every other member's names marked.

        Raises ExportRefused when another member's record cannot be read."""
        member = self._members.get(member_id)
        if member.damaged:
            raise RecordDamaged()
        others = self._other_members(member_id)
        matcher = Matcher(
            Terms.union(terms_for(m.alias, m.full_name, m.contact) for m in others),
            keep=terms_for(member.alias, member.full_name),
        )

        def marked(key: str, text: str) -> ExportText:
            return ExportText(key, text, tuple(matcher.find(text)))

        notes = []
        for note_id in self._notes.ids_for_member(member_id):
            note = self._notes.get(note_id)
            body = "" if note.damaged else note.body
            notes.append(
                ExportNote(
                    note.created_at,
                    note.updated_at,
                    note.follow_up,
                    note.due_on,
                    note.done,
                    note.damaged,
                    marked(f"note/{note_id}", body),
                )
            )
        notes.sort(key=lambda n: (n.written, n.text.key))
        attendance, turns = self._history(member_id)
        return ExportPreview(
            member_id=member_id,
            exported_at=self._ctx.now(),
            # Their own alias and name are theirs even where another member shares them.
            alias=ExportText("alias", member.alias),
            full_name=ExportText("full_name", member.full_name),
            contact=marked("contact", member.contact),
            remarks=marked("private_remarks", member.remarks),
            joined_on=member.joined_on,
            left_on=member.left_on,
            notes=tuple(notes),
            attendance=attendance,
            turns=turns,
            members_redacted=len(others),
            measures=export_measures(self._ctx, member_id),
            checkins=export_checkins(self._ctx, member_id),
        )

    @staticmethod
    def render(
        preview: ExportPreview,
        extra: Mapping[str, Iterable[Span]] | None = None,
        labels: RedactionLabels | None = None,
    ) -> bytes:
        return render(preview, extra, labels)

    def export(self, member_id: int) -> bytes:
        """The export with the app's redactions only (scripts and tests)."""
        return render(self.preview(member_id))

    def _other_members(self, member_id: int) -> list[MemberInfo]:
        with self._ctx.sessions() as s:
            groups = s.execute(
                select(Group.id, Group.name)
                .where(Group.id.in_(select(Member.group_id)))
                .order_by(Group.id)
            ).all()
        others: list[MemberInfo] = []
        for group_id, group_name in groups:
            try:
                members = self._members.list(group_id, include_left=True)
            except RecordDamaged as exc:
                raise ExportRefused(DAMAGED_MEMBER, group=group_name) from exc
            for other in members:
                if other.id == member_id:
                    continue
                if other.damaged:
                    raise ExportRefused(DAMAGED_MEMBER, group=group_name)
                others.append(other)
        return others

    def _history(
        self, member_id: int
    ) -> tuple[tuple[ExportAttendance, ...], tuple[ExportTurn, ...]]:
        with self._ctx.sessions() as s:
            attendance = s.execute(
                select(GroupSession.started_at, Attendance.status)
                .join(GroupSession, GroupSession.id == Attendance.session_id)
                .where(Attendance.member_id == member_id)
                .order_by(GroupSession.started_at)
            ).all()
            turns = s.execute(
                select(GroupSession.started_at, Turn.segment_index, Turn.duration, Turn.passed)
                .join(GroupSession, GroupSession.id == Turn.session_id)
                .where(Turn.member_id == member_id)
                .order_by(GroupSession.started_at, Turn.started_at)
            ).all()
        return (
            tuple(ExportAttendance(started, status) for started, status in attendance),
            tuple(
                ExportTurn(started, segment + 1, round(duration, 1), passed)
                for started, segment, duration, passed in turns
            ),
        )


DAMAGED_MEMBER = N_(
    "A member of “{group}” has a damaged record, so their names cannot be looked for and "
    "removed from this export. Nothing has been exported. Restore a backup that holds an "
    "intact copy, or erase the damaged member, then export again."
)


# --- the file -----------------------------------------------------------------------------------


def render(
    preview: ExportPreview,
    extra: Mapping[str, Iterable[Span]] | None = None,
    labels: RedactionLabels | None = None,
) -> bytes:
    """The export file: the preview's texts with the app's redactions and the facilitator's
    `extra` spans (by text key) replaced by `labels`. A UTF-8 JSON document."""
    words = labels or RedactionLabels()
    hand = {key: list(spans) for key, spans in (extra or {}).items()}
    unknown = set(hand) - {text.key for text in preview.texts}
    if unknown:
        raise ValueError(f"no text {sorted(unknown)} in this export")

    def final(text: ExportText) -> str:
        return _redacted(text, hand.get(text.key, ()), words)

    notes = [
        {
            "written": _iso(note.written),
            "updated": _iso(note.updated),
            "text": final(note.text),
            "follow_up": note.follow_up,
            "due_on": note.due_on.isoformat() if note.due_on else None,
            "done": note.done,
            **({"damaged": True} if note.damaged else {}),
        }
        for note in preview.notes
    ]
    document: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "kind": "facilitator-desktop member record",
        "exported_at": _iso(preview.exported_at),
        "member": {
            "alias": final(preview.alias),
            "full_name": final(preview.full_name),
            "contact": final(preview.contact),
            "private_remarks": final(preview.remarks),
            "joined_on": preview.joined_on.isoformat(),
            "left_on": preview.left_on.isoformat() if preview.left_on else None,
        },
        "notes": notes,
        "attendance": [
            {"session": _iso(a.session), "status": a.status} for a in preview.attendance
        ],
        "turns": [
            {
                "session": _iso(t.session),
                "segment": t.segment,
                "seconds": t.seconds,
                "passed": t.passed,
            }
            for t in preview.turns
        ],
        "measures": measures_document(preview.measures),
        "checkins": checkins_document(preview.checkins),
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def _redacted(text: ExportText, by_hand: Sequence[Span], labels: RedactionLabels) -> str:
    """A stretch the app marked (alone or joined by the facilitator's) reads "[another
    member]"; one only the facilitator marked reads "[redacted]"."""
    labelled = []
    for start, end in merge([*text.redactions, *by_hand]):
        automatic = any(s < end and start < e for s, e in text.redactions)
        labelled.append((start, end, labels.other if automatic else labels.by_hand))
    return apply_labelled(text.text, labelled)


def _iso(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat()
