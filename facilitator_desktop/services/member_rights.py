"""A member's right of access: a copy of everything held about them, for the member.

Other members' aliases in the notes are redacted. (Erasure is `services/erasure.py`.)
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from sqlalchemy import select

from facilitator_desktop.models import Attendance, GroupSession, Turn
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.members import MemberService
from facilitator_desktop.services.notes import NoteService

REDACTED_OTHER = "[another member]"
EXPORT_FORMAT = 1


def redact(body: str, aliases: list[str], replacement: str) -> str:
    """Replace whole-word occurrences of each alias, case-insensitively."""
    for alias in sorted({a for a in aliases if a.strip()}, key=len, reverse=True):
        body = re.sub(rf"(?<!\w){re.escape(alias)}(?!\w)", replacement, body, flags=re.IGNORECASE)
    return body


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


def _iso(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat()
