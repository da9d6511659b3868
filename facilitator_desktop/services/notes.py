"""Private notes: encrypted bodies, member links, follow-ups and full-text search.

Bodies are decrypted into an in-memory cache on first need and searched there; the cache is
dropped whenever the workspace locks. Nothing decrypted is ever written anywhere. Search also
reads the names of the members a note is about, so "Anna" finds the notes about Anna.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import Row, Select, delete, select
from sqlalchemy.orm import Session

from facilitator_desktop.crypto.field_cipher import FieldCipher, FieldDecryptError
from facilitator_desktop.domain.text_search import Query, Snippet, fold, match_spans, snippet
from facilitator_desktop.domain.whole_text import whole_characters
from facilitator_desktop.errors import NotFound
from facilitator_desktop.models import Member, Note, NoteMember
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.members import MemberService
from facilitator_desktop.services.row_check import (
    CheckedRow,
    RowChecker,
    checker,
    load_for_edit,
    next_rev,
    raw_select,
    table_of,
)

TABLE = "notes"
_GONE = "That note no longer exists."
DAMAGED_BODY = "⚠ This note is damaged and cannot be shown. The other notes are fine."
FollowUpFilter = Literal["any", "open", "done", "none"]


@dataclass(frozen=True, slots=True)
class NoteDraft:
    body: str
    group_id: int | None = None
    session_id: int | None = None
    segment_index: int | None = None
    member_ids: tuple[int, ...] = ()
    follow_up: bool = False
    due_on: date | None = None


@dataclass(frozen=True, slots=True)
class NoteInfo:
    id: int
    body: str
    group_id: int | None
    session_id: int | None
    segment_index: int | None
    member_ids: tuple[int, ...]
    created_at: datetime
    updated_at: datetime
    follow_up: bool
    due_on: date | None
    done: bool
    damaged: bool = False
    #: Marked "for co-facilitators" (a note of a shared group; revision 0008).
    shared: bool = False

    @property
    def title(self) -> str:
        """First non-empty line, for lists."""
        for line in self.body.splitlines():
            if line.strip():
                return line.strip()
        return ""


@dataclass(frozen=True, slots=True)
class NoteFilter:
    group_id: int | None = None
    member_id: int | None = None
    session_id: int | None = None
    follow_up: FollowUpFilter = "any"


@dataclass(frozen=True, slots=True)
class SearchHit:
    note: NoteInfo
    snippet: Snippet
    spans: tuple[tuple[int, int], ...] = field(default=())  # within the whole body
    # (member id, name) of the members the note is about whose names hold a term: "Alias",
    # or "Alias (Full Name)" when the full name matched. Why a note was found whose text
    # does not hold the words.
    about: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class _AboutMatch:
    folded: str  # the matching members' folded names, apart from each other and the body
    labels: tuple[tuple[int, str], ...]


@dataclass(slots=True)
class _Plain:
    rev: int
    body: str
    folded: str
    damaged: bool


class NoteService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._plain: dict[int, _Plain] = {}
        ctx.keyring.register_cache(self._plain.clear)
        self._members = MemberService(ctx)  # stateless: names for search by member

    # --- writing -------------------------------------------------------------------------

    def create(self, draft: NoteDraft) -> NoteInfo:
        body = whole_characters(draft.body)  # a lone surrogate half cannot be stored
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            stamp = self._ctx.now()
            note = Note(
                group_id=draft.group_id,
                session_id=draft.session_id,
                segment_index=draft.segment_index,
                rev=0,
                body_ct=b"",  # sealed once the id exists: the id is part of the AAD
                created_at=stamp,
                updated_at=stamp,
                follow_up=draft.follow_up,
                due_on=draft.due_on if draft.follow_up else None,
            )
            s.add(note)
            s.flush()
            note.body_ct = cipher.encrypt(TABLE, note.id, "body", note.rev, body)
            self._link(s, note.id, draft.member_ids)
            s.flush()
            self._remember(note, body)
            return self._info(s, cipher, note)

    def save_body(self, note_id: int, body: str) -> NoteInfo:
        """Autosave entry point: one small transaction, a new nonce and revision."""
        body = whole_characters(body)
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            note = load_for_edit(s, Note, note_id, _GONE)
            note.rev = next_rev(note.rev)
            note.body_ct = cipher.encrypt(TABLE, note.id, "body", note.rev, body)
            note.updated_at = self._ctx.now()
            s.flush()
            self._remember(note, body)
            return self._info(s, cipher, note)

    def set_members(self, note_id: int, member_ids: Sequence[int]) -> NoteInfo:
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            note = load_for_edit(s, Note, note_id, _GONE)
            s.execute(delete(NoteMember).where(NoteMember.note_id == note_id))
            self._link(s, note_id, member_ids)
            note.updated_at = self._ctx.now()
            s.flush()
            return self._info(s, cipher, note)

    def set_follow_up(self, note_id: int, follow_up: bool, due_on: date | None = None) -> NoteInfo:
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            note = load_for_edit(s, Note, note_id, _GONE)
            note.follow_up = follow_up
            note.due_on = due_on if follow_up else None
            if not follow_up:
                note.done_at = None
            note.updated_at = self._ctx.now()
            s.flush()
            return self._info(s, cipher, note)

    def set_done(self, note_id: int, done: bool = True) -> NoteInfo:
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            note = load_for_edit(s, Note, note_id, _GONE)
            note.done_at = self._ctx.now() if done else None
            s.flush()
            return self._info(s, cipher, note)

    def delete(self, note_id: int) -> None:
        """Gone for good: secure_delete zeroes the freed pages."""
        with self._ctx.sessions.begin() as s:
            # By id, not through the ORM: a damaged note must stay deletable.
            if s.scalar(select(Note.id).where(Note.id == note_id)) is None:
                raise NotFound(_GONE)
            s.execute(delete(Note).where(Note.id == note_id))
        self._plain.pop(note_id, None)

    # --- reading -------------------------------------------------------------------------

    def get(self, note_id: int) -> NoteInfo:
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions() as s:
            found = self._read(s, cipher, raw_select(table_of(Note)).where(Note.id == note_id))
            if not found:
                raise NotFound(_GONE)
            return found[0]

    def find(self, where: NoteFilter = NoteFilter(), *, limit: int | None = None) -> list[NoteInfo]:
        """Newest first; a malformed or undecryptable note is listed as damaged."""
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions() as s:
            return self._read(s, cipher, self._query(where, limit))

    def follow_ups(self, *, group_id: int | None = None) -> list[NoteInfo]:
        """Open follow-ups across groups: due soonest first, undated last, then oldest."""
        notes = self.find(NoteFilter(group_id=group_id, follow_up="open"))
        return sorted(notes, key=lambda n: (n.due_on is None, n.due_on or date.max, n.created_at))

    def search(
        self, text: str, where: NoteFilter = NoteFilter(), *, limit: int = 200
    ) -> list[SearchHit]:
        """Every note that holds all the terms, newest first, with highlight spans. Each term
        is found in the body or in a name (alias or full name) of a member the note is
        about: "Anna sleep" finds the notes about Anna that mention sleep."""
        query = Query.parse(text)
        if query.empty:
            return []
        cipher = self._ctx.keyring.cipher
        about = self._about_matching(query)
        with self._ctx.sessions() as s:
            # Ids and revisions only: most bodies are already decrypted in the cache, and
            # building thousands of ORM rows would cost more than the search itself.
            versions = s.execute(
                self._query(where, None).with_only_columns(Note.id, Note.rev)
            ).all()
            self._decrypt_missing(s, cipher, versions)
            matching = [
                note_id
                for note_id, _ in versions
                if not (plain := self._plain[note_id]).damaged
                and query.matches(_searchable(plain.folded, about.get(note_id)))
            ][:limit]
            found = self._read(s, cipher, raw_select(table_of(Note)).where(Note.id.in_(matching)))
            by_id = {info.id: info for info in found}
            hits: list[SearchHit] = []
            for info in (by_id[note_id] for note_id in matching if note_id in by_id):
                if info.damaged:
                    continue  # its body matched, but the rest of its row is malformed
                spans = match_spans(info.body, query)
                named = about.get(info.id)
                hits.append(
                    SearchHit(
                        info,
                        snippet(info.body, spans),
                        tuple(spans),
                        named.labels if named is not None else (),
                    )
                )
            return hits

    def _about_matching(self, query: Query) -> dict[int, _AboutMatch]:
        """Per note id: its members whose alias or full name holds one of the terms."""
        with self._ctx.sessions() as s:
            group_ids = list(
                s.scalars(
                    select(Member.group_id)
                    .distinct()
                    .where(Member.id.in_(select(NoteMember.member_id)))
                )
            )
        names: dict[int, tuple[str, str]] = {}  # member id → (folded names, label)
        for group_id in group_ids:
            for member in self._members.list(group_id, include_left=True):
                if member.damaged:
                    continue  # its names cannot be read: it is found by none
                alias, full = fold(member.alias), fold(member.full_name)
                by_alias = any(term in alias for term in query.terms)
                # The full name is shown only when it, not the alias, holds a term.
                by_full = bool(full) and any(
                    term in full for term in query.terms if term not in alias
                )
                if by_alias or by_full:
                    label = f"{member.alias} ({member.full_name})" if by_full else member.alias
                    names[member.id] = (f"{alias}\0{full}", label)
        if not names:
            return {}
        found: dict[int, list[int]] = {}
        with self._ctx.sessions() as s:
            rows = s.execute(
                select(NoteMember.note_id, NoteMember.member_id)
                .where(NoteMember.member_id.in_(list(names)))
                .order_by(NoteMember.note_id, NoteMember.member_id)
            )
            for note_id, member_id in rows:
                found.setdefault(note_id, []).append(member_id)
        return {
            note_id: _AboutMatch(
                "\0".join(names[m][0] for m in members), tuple((m, names[m][1]) for m in members)
            )
            for note_id, members in found.items()
        }

    def decrypt_all(self) -> int:
        """Decrypt every note into the cache (warm-up, and the benchmark's floor)."""
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions() as s:
            versions = s.execute(select(Note.id, Note.rev)).all()
            self._decrypt_missing(s, cipher, versions)
            return len(versions)

    def _decrypt_missing(
        self, s: Session, cipher: FieldCipher, versions: Sequence[Row[int, int]]
    ) -> None:
        stale = [
            note_id
            for note_id, rev in versions
            if (cached := self._plain.get(note_id)) is None or cached.rev != rev
        ]
        for start in range(0, len(stale), 500):
            chunk = stale[start : start + 500]
            rows = s.execute(select(Note.id, Note.rev, Note.body_ct).where(Note.id.in_(chunk)))
            for note_id, rev, blob in rows:
                self._plain[note_id] = self._decrypt(cipher, note_id, rev, blob)

    def ids_for_member(self, member_id: int) -> list[int]:
        with self._ctx.sessions() as s:
            return list(
                s.scalars(select(NoteMember.note_id).where(NoteMember.member_id == member_id))
            )

    # --- helpers -------------------------------------------------------------------------

    @staticmethod
    def _query(where: NoteFilter, limit: int | None) -> Select[*tuple[Any, ...]]:
        query = raw_select(table_of(Note))
        if where.group_id is not None:
            query = query.where(Note.group_id == where.group_id)
        if where.session_id is not None:
            query = query.where(Note.session_id == where.session_id)
        if where.member_id is not None:
            query = query.where(
                Note.id.in_(
                    select(NoteMember.note_id).where(NoteMember.member_id == where.member_id)
                )
            )
        if where.follow_up == "open":
            query = query.where(Note.follow_up.is_(True), Note.done_at.is_(None))
        elif where.follow_up == "done":
            query = query.where(Note.follow_up.is_(True), Note.done_at.is_not(None))
        elif where.follow_up == "none":
            query = query.where(Note.follow_up.is_(False))
        query = query.order_by(Note.created_at.desc(), Note.id.desc())
        return query.limit(limit) if limit is not None else query

    @staticmethod
    def _link(s: Session, note_id: int, member_ids: Iterable[int]) -> None:
        unique = list(dict.fromkeys(member_ids))
        if not unique:
            return
        known = set(s.scalars(select(Member.id).where(Member.id.in_(unique))))
        missing = [m for m in unique if m not in known]
        if missing:
            raise NotFound("A member linked to this note no longer exists.")
        s.add_all(NoteMember(note_id=note_id, member_id=m) for m in unique)

    @staticmethod
    def _links(s: Session, note_ids: Sequence[int]) -> dict[int, tuple[int, ...]]:
        found: dict[int, list[int]] = {}
        for chunk_start in range(0, len(note_ids), 500):
            chunk = note_ids[chunk_start : chunk_start + 500]
            rows = s.execute(
                select(NoteMember.note_id, NoteMember.member_id)
                .where(NoteMember.note_id.in_(chunk))
                .order_by(NoteMember.note_id, NoteMember.member_id)
            )
            for note_id, member_id in rows:
                found.setdefault(note_id, []).append(member_id)
        return {k: tuple(v) for k, v in found.items()}

    def forget_all(self) -> None:
        """Drop every decrypted body held in memory (after an erasure rewrote some)."""
        self._plain.clear()

    def _remember(self, note: Note, body: str) -> None:
        self._plain[note.id] = _Plain(note.rev, body, fold(body), False)

    def _plain_for(self, cipher: FieldCipher, note: Note) -> _Plain:
        cached = self._plain.get(note.id)
        if cached is not None and cached.rev == note.rev:
            return cached
        plain = self._decrypt(cipher, note.id, note.rev, note.body_ct)
        self._plain[note.id] = plain
        return plain

    @staticmethod
    def _decrypt(cipher: FieldCipher, note_id: int, rev: int, blob: bytes) -> _Plain:
        if type(rev) is not int or not isinstance(blob, bytes):  # edited outside the app
            return _Plain(rev, DAMAGED_BODY, "", True)
        try:
            body = cipher.decrypt(TABLE, note_id, "body", rev, blob)
        except FieldDecryptError:
            return _Plain(rev, DAMAGED_BODY, "", True)
        return _Plain(rev, body, fold(body), False)

    def _info(
        self,
        s: Session,
        cipher: FieldCipher,
        note: Note,
        member_ids: tuple[int, ...] | None = None,
    ) -> NoteInfo:
        plain = self._plain_for(cipher, note)
        if member_ids is None:
            member_ids = self._links(s, [note.id]).get(note.id, ())
        return NoteInfo(
            id=note.id,
            body=plain.body,
            group_id=note.group_id,
            session_id=note.session_id,
            segment_index=note.segment_index,
            member_ids=member_ids,
            created_at=note.created_at,
            updated_at=note.updated_at,
            follow_up=note.follow_up,
            due_on=note.due_on,
            done=note.done_at is not None,
            damaged=plain.damaged,
            shared=bool(note.shared),
        )

    def _read(
        self, s: Session, cipher: FieldCipher, query: Select[*tuple[Any, ...]]
    ) -> list[NoteInfo]:
        check = checker(s, Note)
        rows = [check.check(raw) for raw in s.execute(query).mappings()]
        links = self._links(s, [row.values["id"] for row in rows])
        return [
            self._checked_info(s, cipher, check, row, links.get(row.values["id"], ()))
            for row in rows
        ]

    def _checked_info(
        self,
        s: Session,
        cipher: FieldCipher,
        check: RowChecker,
        row: CheckedRow,
        member_ids: tuple[int, ...],
    ) -> NoteInfo:
        if not row.damaged:
            return self._info(s, cipher, check.instance(Note, row), member_ids)
        return NoteInfo(
            id=row.values["id"],
            body=DAMAGED_BODY,
            group_id=row.good("group_id", None),
            session_id=row.good("session_id", None),
            segment_index=row.good("segment_index", None),
            member_ids=member_ids,
            created_at=row.good("created_at", datetime.min),  # datetime.min: not known
            updated_at=row.good("updated_at", datetime.min),
            follow_up=row.good("follow_up", False),
            due_on=row.good("due_on", None),
            done=row.good("done_at", None) is not None,
            damaged=True,
            shared=bool(row.good("shared", False)),
        )


def _searchable(folded_body: str, about: _AboutMatch | None) -> str:
    """The text a query is matched against: the body, then the names the note is about.
    NUL keeps them apart, so a term never runs from the body into a name."""
    return folded_body if about is None else f"{folded_body}\0{about.folded}"
