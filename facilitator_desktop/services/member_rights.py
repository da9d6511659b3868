"""A member's rights: a copy of everything held about them, and erasure.

Export hands the facilitator a file for the member; other members' aliases in the notes are
redacted. Erasure removes identity, history and the notes that concern only them; notes that
also concern others are kept, unlinked, with the erased alias redacted from their text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from facilitator_desktop.errors import NotFound
from facilitator_desktop.models import Attendance, GroupSession, Member, Note, NoteMember, Turn
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.members import MemberService
from facilitator_desktop.services.notes import NoteService

REDACTED_OTHER = "[another member]"
REDACTED_ERASED = "[former member]"
EXPORT_FORMAT = 1


def redact(body: str, aliases: list[str], replacement: str) -> str:
    """Replace whole-word occurrences of each alias, case-insensitively."""
    for alias in sorted({a for a in aliases if a.strip()}, key=len, reverse=True):
        body = re.sub(rf"(?<!\w){re.escape(alias)}(?!\w)", replacement, body, flags=re.IGNORECASE)
    return body


@dataclass(frozen=True, slots=True)
class ErasureReport:
    notes_deleted: int
    notes_unlinked: int
    rows_deleted: dict[str, int]


class MemberRightsService:
    def __init__(self, ctx: ServiceContext, members: MemberService, notes: NoteService) -> None:
        self._ctx = ctx
        self._members = members
        self._notes = notes

    def export(self, member_id: int) -> bytes:
        """A UTF-8 JSON document of everything held about one member."""
        member = self._members.get(member_id)
        others = [
            m.alias
            for m in self._members.list(member.group_id, include_left=True)
            if m.id != member_id and not m.damaged
        ]
        notes = []
        for note_id in self._notes.ids_for_member(member_id):
            note = self._notes.get(note_id)
            notes.append(
                {
                    "written": _iso(note.created_at),
                    "updated": _iso(note.updated_at),
                    "text": redact(note.body, others, REDACTED_OTHER),
                    "follow_up": note.follow_up,
                    "due_on": note.due_on.isoformat() if note.due_on else None,
                    "done": note.done,
                }
            )
        notes.sort(key=lambda n: str(n["written"]))
        document: dict[str, Any] = {
            "format": EXPORT_FORMAT,
            "kind": "facilitator-desktop member record",
            "exported_at": _iso(self._ctx.now()),
            "member": {
                "alias": member.alias,
                "full_name": member.full_name,
                "contact": member.contact,
                "private_remarks": member.remarks,
                "joined_on": member.joined_on.isoformat(),
                "left_on": member.left_on.isoformat() if member.left_on else None,
            },
            "notes": notes,
        }
        for section, rows in self._history_sections(member_id).items():
            document[section] = rows
        return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")

    def erase(self, member_id: int) -> ErasureReport:
        member = self._members.get(member_id)  # needs the key: also proves we are unlocked
        deleted = unlinked = 0
        shared: list[int] = []
        with self._ctx.sessions.begin() as s:
            if s.get(Member, member_id) is None:
                raise NotFound("That member no longer exists.")
            note_ids = list(
                s.scalars(select(NoteMember.note_id).where(NoteMember.member_id == member_id))
            )
            for note_id in note_ids:
                links = s.scalar(select(func.count()).where(NoteMember.note_id == note_id))
                if links == 1:
                    s.execute(delete(Note).where(Note.id == note_id))
                    deleted += 1
                else:
                    shared.append(note_id)
            s.execute(delete(NoteMember).where(NoteMember.member_id == member_id))
            rows = self._delete_history(s, member_id)
            s.execute(delete(Member).where(Member.id == member_id))
        for note_id in shared:
            note = self._notes.get(note_id)
            self._notes.save_body(note_id, redact(note.body, [member.alias], REDACTED_ERASED))
            unlinked += 1
        self._scrub_journal()
        return ErasureReport(deleted, unlinked, rows)

    def _history_sections(self, member_id: int) -> dict[str, list[dict[str, Any]]]:
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
        return {
            "attendance": [
                {"session": _iso(started), "status": status} for started, status in attendance
            ],
            "turns": [
                {
                    "session": _iso(started),
                    "segment": segment + 1,
                    "seconds": round(duration, 1),
                    "passed": passed,
                }
                for started, segment, duration, passed in turns
            ],
        }

    @staticmethod
    def _delete_history(s: Session, member_id: int) -> dict[str, int]:
        counts = {}
        for table in (Attendance, Turn):
            result = s.execute(delete(table).where(table.member_id == member_id))
            counts[table.__tablename__] = int(result.rowcount or 0)  # type: ignore[attr-defined]
        return counts

    def _scrub_journal(self) -> None:
        """Fold the WAL into the database (where secure_delete zeroed the freed cells) and
        truncate it, so no old page with the erased rows lingers beside the database."""
        with self._ctx.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _iso(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat()
