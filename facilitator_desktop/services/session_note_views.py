"""What the session-notes service gives the screens: frozen values, no ORM objects."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from facilitator_desktop.domain.session_note import NoteBody, SessionFacts
from facilitator_desktop.services.note_templates import TemplateInfo


@dataclass(frozen=True, slots=True)
class AddendumInfo:
    id: int
    member_id: int | None  # None: to the group narrative
    text: str
    created_at: datetime  # naive UTC, as stored
    damaged: bool = False


@dataclass(frozen=True, slots=True)
class SessionNoteView:
    """A session's note as the editor opens it: the facts, and what was written (a blank
    body in the group's template when nothing was yet)."""

    facts: SessionFacts
    template: TemplateInfo
    note_id: int | None
    body: NoteBody
    entries: Mapping[int, str]  # member id → the facilitator's lines
    addenda: tuple[AddendumInfo, ...]
    signed_at: datetime | None
    updated_at: datetime | None
    damaged: bool = False  # the body (or the row) could not be read
    damaged_entries: frozenset[int] = field(default_factory=frozenset)

    @property
    def signed(self) -> bool:
        return self.signed_at is not None

    @property
    def read_only(self) -> bool:
        return self.signed or self.damaged

    def entry(self, member_id: int) -> str:
        return self.entries.get(member_id, "")


@dataclass(frozen=True, slots=True)
class SavedNote:
    note_id: int
    updated_at: datetime
    created: bool  # this save made the note


@dataclass(frozen=True, slots=True)
class UnsignedNote:
    session_id: int
    group_id: int
    group_name: str
    started_at: datetime  # naive UTC
    days: int  # since the session, in local days


@dataclass(frozen=True, slots=True)
class MemberSession:
    """A session a member's copy may be made of."""

    session_id: int
    started_at: datetime
    status: str | None
    written: bool
    signed: bool
