"""Session notes: the group narrative written once, a progress entry per member present,
signing, dated addenda, and a member's copy with everyone else reduced to initials.

Everything the facilitator writes is sealed: the body (sections and themes, one JSON
document), each progress entry and each addendum (AAD: table, row id, "body", `rev`, bumped
on every write). The facts are never stored: they are computed from the session each time
the note opens (domain/session_note.py), so a correction made in History shows at once.
A signed note is read-only; later changes are addenda, each dated, as in a clinical record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.domain.session_note import (
    NoteBody,
    Section,
    SessionFacts,
    blank_body,
    body_from_json,
    body_to_json,
    clean_themes,
    lay_out,
)
from facilitator_desktop.domain.whole_text import whole_characters
from facilitator_desktop.errors import (
    N_,
    FacilitatorError,
    NotFound,
    RecordDamaged,
    ValidationError,
)
from facilitator_desktop.models import (
    Group,
    GroupSession,
    Member,
    NoteAddendum,
    NoteTemplate,
    ProgressEntry,
    SessionNote,
)
from facilitator_desktop.services.context import ServiceContext, to_local
from facilitator_desktop.services.members import MemberService
from facilitator_desktop.services.note_templates import NoteTemplateService, TemplateInfo
from facilitator_desktop.services.row_check import next_rev
from facilitator_desktop.services.session_note_copies import MemberCopies
from facilitator_desktop.services.session_note_facts import (
    finished_session,
    open_quietly,
    read_facts,
)
from facilitator_desktop.services.session_note_views import AddendumInfo as AddendumInfo
from facilitator_desktop.services.session_note_views import MemberSession as MemberSession
from facilitator_desktop.services.session_note_views import SavedNote as SavedNote
from facilitator_desktop.services.session_note_views import SessionNoteView as SessionNoteView
from facilitator_desktop.services.session_note_views import UnsignedNote as UnsignedNote

NOTES = "session_notes"
ENTRIES = "progress_entries"
ADDENDA = "note_addenda"
FIELD = "body"
TEXT_MAX = 100_000  # characters in one text: far beyond any note, short of a pasted book


class SessionNoteSigned(FacilitatorError):
    default_message = (
        "This session note is signed and can no longer change. Add a dated addendum instead."
    )


# --- the service --------------------------------------------------------------------------------


class SessionNoteService(MemberCopies):
    def __init__(
        self, ctx: ServiceContext, members: MemberService, templates: NoteTemplateService
    ) -> None:
        self._ctx = ctx
        self._members = members
        self._templates = templates

    # --- reading -----------------------------------------------------------------------------

    def open(self, session_id: int) -> SessionNoteView:
        """The note of a finished session, pre-filled with its facts."""
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions() as s:
            row = finished_session(s, session_id)
            aliases = self._aliases(row.group_id)
            facts = read_facts(s, cipher, row, aliases)
            note = s.scalar(select(SessionNote).where(SessionNote.session_id == session_id))
            if note is None:
                template = self._templates.for_group(row.group_id)
                return SessionNoteView(
                    facts, template, None, blank_body(template.titles), {}, (), None, None
                )
            template = self._template_of(note.template_id, row.group_id)
            body, damaged = _read_body(cipher, note)
            entries, bad = _read_entries(s, cipher, note.id)
            return SessionNoteView(
                facts,
                template,
                note.id,
                body if body is not None else NoteBody(),
                entries,
                _read_addenda(s, cipher, note.id),
                _when(note.signed_at),
                _when(note.updated_at),
                damaged,
                bad,
            )

    def facts(self, session_id: int) -> SessionFacts:
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions() as s:
            row = finished_session(s, session_id)
            aliases = self._aliases(row.group_id)
            return read_facts(s, cipher, row, aliases)

    def with_template(self, view: SessionNoteView, template_id: int) -> SessionNoteView:
        """The view laid out in another template (nothing written is lost); saved with the
        next `save(..., template_id=...)`."""
        if view.read_only:
            raise SessionNoteSigned() if view.signed else RecordDamaged.on_edit()
        template = self._templates.get(template_id)
        return replace(view, template=template, body=lay_out(view.body, template.titles))

    # --- writing -----------------------------------------------------------------------------

    def save(
        self,
        session_id: int,
        *,
        body: NoteBody | None = None,
        entries: Mapping[int, str] | None = None,
        template_id: int | None = None,
    ) -> SavedNote:
        """Keep what changed, in one transaction: the body (sections and themes) and/or
        members' lines. The first save makes the note, in the group's template unless
        `template_id` says otherwise."""
        # Whole characters: a lone surrogate half (some clipboards hand them over) cannot be
        # stored; it is kept as U+FFFD.
        entries = {member: whole_characters(text) for member, text in (entries or {}).items()}
        if body is not None:
            sections = tuple(
                Section(whole_characters(s.title), whole_characters(s.text)) for s in body.sections
            )
            body = NoteBody(sections, clean_themes(body.themes))
            for text in body.texts():
                _check_length(text)
        for text in entries.values():
            _check_length(text)
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            row = finished_session(s, session_id)
            if template_id is not None and s.get(NoteTemplate, template_id) is None:
                raise NotFound("That template no longer exists. Nothing was saved.")
            note, created = self._note_for_writing(s, row, template_id)
            if template_id is not None:
                note.template_id = template_id
            if body is not None:
                note.rev = next_rev(note.rev) if not created else note.rev
                note.body_ct = cipher.encrypt(NOTES, note.id, FIELD, note.rev, body_to_json(body))
            if entries:
                self._save_entries(s, cipher, row.group_id, note.id, entries)
            note.updated_at = self._ctx.now()
            s.flush()
            return SavedNote(note.id, note.updated_at, created)

    def sign(self, session_id: int) -> datetime:
        """From now on the note is read-only; returns when it was signed."""
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            row = finished_session(s, session_id)
            note, _created = self._note_for_writing(s, row, None)
            if note.body_ct is not None:
                _, damaged = _read_body(cipher, note)
                if damaged:
                    raise RecordDamaged(
                        "This note is damaged and cannot be signed. A backup may hold an "
                        "intact copy."
                    )
            note.signed_at = self._ctx.now()
            note.updated_at = note.signed_at
            return note.signed_at

    def add_addendum(
        self, session_id: int, text: str, member_id: int | None = None
    ) -> AddendumInfo:
        """A dated addition to a signed note: to the narrative, or to one member's entry."""
        text = whole_characters(text)
        if not text.strip():
            raise ValidationError("addendum", "Write the addendum first.")
        _check_length(text)
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            row = finished_session(s, session_id)
            note = s.scalar(select(SessionNote).where(SessionNote.session_id == session_id))
            if note is None or note.signed_at is None:
                raise FacilitatorError(
                    "Addenda are for signed notes. While a note is not signed, change it directly."
                )
            if member_id is not None:
                _check_member(s, row.group_id, member_id)
            stamp = self._ctx.now()
            addendum = NoteAddendum(
                session_note_id=note.id, member_id=member_id, rev=0, created_at=stamp
            )
            s.add(addendum)
            s.flush()  # the id is part of the AAD
            addendum.body_ct = cipher.encrypt(ADDENDA, addendum.id, FIELD, 0, text)
            return AddendumInfo(addendum.id, member_id, text, stamp)

    # --- follow-ups --------------------------------------------------------------------------

    def unsigned(self, older_than_days: int, *, group_id: int | None = None) -> list[UnsignedNote]:
        """Notes begun but not signed, of sessions more than `older_than_days` local days
        ago, in groups not archived: oldest first."""
        today = to_local(self._ctx.now()).date()
        with self._ctx.sessions() as s:
            query = (
                select(GroupSession.id, Group.id, Group.name, GroupSession.started_at)
                .join(SessionNote, SessionNote.session_id == GroupSession.id)
                .join(Group, Group.id == GroupSession.group_id)
                .where(SessionNote.signed_at.is_(None), Group.archived_at.is_(None))
                .order_by(GroupSession.started_at, GroupSession.id)
            )
            if group_id is not None:
                query = query.where(Group.id == group_id)
            rows = s.execute(query).all()
        found = []
        for session_id, gid, name, started in rows:
            days = (today - to_local(started).date()).days
            if days > older_than_days:
                found.append(UnsignedNote(session_id, gid, name, started, days))
        return found

    # --- helpers -----------------------------------------------------------------------------

    def _aliases(self, group_id: int) -> dict[int, str]:
        return {m.id: m.alias for m in self._members.list(group_id, include_left=True)}

    def _template_of(self, template_id: int | None, group_id: int) -> TemplateInfo:
        if template_id is not None:
            try:
                return self._templates.get(template_id)
            except NotFound:
                pass  # the note's template was deleted since: the group's own is used
        return self._templates.for_group(group_id)

    def _note_for_writing(
        self, s: Session, row: GroupSession, template_id: int | None
    ) -> tuple[SessionNote, bool]:
        note = s.scalar(select(SessionNote).where(SessionNote.session_id == row.id))
        if note is not None:
            if note.signed_at is not None:
                raise SessionNoteSigned()
            if type(note.rev) is not int:
                raise RecordDamaged.on_edit()
            return note, False
        if template_id is None:
            template_id = self._templates.for_group(row.group_id).id
        stamp = self._ctx.now()
        note = SessionNote(
            session_id=row.id,
            template_id=template_id,
            rev=0,
            created_at=stamp,
            updated_at=stamp,
        )
        s.add(note)
        s.flush()
        return note, True

    @staticmethod
    def _save_entries(
        s: Session, cipher: FieldCipher, group_id: int, note_id: int, entries: Mapping[int, str]
    ) -> None:
        existing = {
            e.member_id: e
            for e in s.scalars(
                select(ProgressEntry).where(
                    ProgressEntry.session_note_id == note_id,
                    ProgressEntry.member_id.in_(list(entries)),
                )
            )
        }
        for member_id, text in entries.items():
            entry = existing.get(member_id)
            if entry is None:
                _check_member(s, group_id, member_id)
                entry = ProgressEntry(session_note_id=note_id, member_id=member_id, rev=0)
                s.add(entry)
                s.flush()
            else:
                entry.rev = next_rev(entry.rev)
            entry.body_ct = (
                cipher.encrypt(ENTRIES, entry.id, FIELD, entry.rev, text) if text else None
            )


# --- reading the note ----------------------------------------------------------------------------


def _when(value: object) -> datetime | None:
    return value if isinstance(value, datetime) else None


def _read_body(cipher: FieldCipher, note: SessionNote) -> tuple[NoteBody | None, bool]:
    """The body, and whether it is damaged (a body never written is empty, not damaged)."""
    if note.body_ct is None:
        return NoteBody(), False
    text = open_quietly(cipher, NOTES, note.id, FIELD, note.rev, note.body_ct)
    if text is None:
        return None, True
    try:
        return body_from_json(text), False
    except ValueError:
        return None, True


def _read_entries(
    s: Session, cipher: FieldCipher, note_id: int
) -> tuple[dict[int, str], frozenset[int]]:
    entries: dict[int, str] = {}
    damaged: set[int] = set()
    rows = s.execute(
        select(
            ProgressEntry.id, ProgressEntry.member_id, ProgressEntry.rev, ProgressEntry.body_ct
        ).where(ProgressEntry.session_note_id == note_id)
    ).all()
    for row_id, member_id, rev, blob in rows:
        if blob is None:
            entries[member_id] = ""
            continue
        text = open_quietly(cipher, ENTRIES, row_id, FIELD, rev, blob)
        if text is None:
            damaged.add(member_id)
        else:
            entries[member_id] = text
    return entries, frozenset(damaged)


def _read_addenda(s: Session, cipher: FieldCipher, note_id: int) -> tuple[AddendumInfo, ...]:
    rows = s.execute(
        select(
            NoteAddendum.id,
            NoteAddendum.member_id,
            NoteAddendum.rev,
            NoteAddendum.body_ct,
            NoteAddendum.created_at,
        )
        .where(NoteAddendum.session_note_id == note_id)
        .order_by(NoteAddendum.created_at, NoteAddendum.id)
    ).all()
    found = []
    for row_id, member_id, rev, blob, created in rows:
        text = open_quietly(cipher, ADDENDA, row_id, FIELD, rev, blob)
        found.append(AddendumInfo(row_id, member_id, text or "", created, text is None))
    return tuple(found)


def _check_member(s: Session, group_id: int, member_id: int) -> None:
    found = s.scalar(select(Member.group_id).where(Member.id == member_id))
    if found is None:
        raise NotFound("That member no longer exists.")
    if found != group_id:
        raise NotFound("That member is not in this session's group.")


def _check_length(text: str) -> None:
    if len(text) > TEXT_MAX:
        raise ValidationError(
            "text",
            N_(
                "A text this long cannot be kept (over {limit} characters). Nothing was "
                "saved; shorten it and it is saved again."
            ),
            limit=TEXT_MAX,
        )
