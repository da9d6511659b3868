"""A member's right to erasure: identity, history and the notes only about them go; notes
that also concern others are kept, unlinked, with the erased member's names redacted.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from facilitator_desktop.errors import NotFound
from facilitator_desktop.models import Attendance, Member, Note, NoteMember, Turn
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.member_rights import redact
from facilitator_desktop.services.members import MemberService
from facilitator_desktop.services.notes import NoteService

REDACTED_ERASED = "[former member]"


@dataclass(frozen=True, slots=True)
class ErasureReport:
    notes_deleted: int
    notes_unlinked: int
    rows_deleted: dict[str, int]


class ErasureService:
    def __init__(self, ctx: ServiceContext, members: MemberService, notes: NoteService) -> None:
        self._ctx = ctx
        self._members = members
        self._notes = notes

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
