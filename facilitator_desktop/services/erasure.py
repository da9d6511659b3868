"""A member's right to erasure, for good: in the workspace and in every copy beside it.

The workspace is changed in one transaction: identity, history and the notes only about the
member go; notes linked to them and to others, and every note of their group, lose each way
the app knows the member's names. The same transaction records a job that repeats the
erasure in every backup; a kill -9 leaves the member either fully present, or erased here
with the job finishing at the next unlock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from facilitator_desktop.crypto.field_cipher import FieldCipher, FieldDecryptError
from facilitator_desktop.domain.redaction import Matcher, Terms, apply, terms_for
from facilitator_desktop.errors import NotFound, RecordDamaged
from facilitator_desktop.services import maintenance
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.members import MemberService
from facilitator_desktop.services.reseal import Run, sqlalchemy_run
from facilitator_desktop.services.session_note_erasure import erase_names_in_notes

REDACTED_ERASED = "[former member]"
HISTORY_TABLES = (
    "attendance",
    "turns",
    "acknowledgements",
    "checkin_scores",
    "measure_entries",
    "progress_entries",
    "note_addenda",
)


@dataclass(frozen=True, slots=True)
class ErasureReport:
    notes_deleted: int
    notes_redacted: int
    rows_deleted: dict[str, int]
    copies_updated: int = 0
    copies_removed: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Erasure:
    member_id: int
    group_id: int
    terms: Terms  # every way the app knows them (domain.redaction.terms_for)

    def payload(self) -> dict[str, object]:
        return {
            "member_id": self.member_id,
            "group_id": self.group_id,
            "words": sorted(self.terms.words),
            "phones": sorted(self.terms.phones),
            "emails": sorted(self.terms.emails),
        }

    @staticmethod
    def from_payload(payload: dict[str, object]) -> Erasure:
        def strings(key: str) -> frozenset[str]:
            values = payload.get(key, [])
            return frozenset(str(v) for v in values) if isinstance(values, list) else frozenset()

        return Erasure(
            int(str(payload["member_id"])),
            int(str(payload["group_id"])),
            Terms(strings("words"), strings("phones"), strings("emails")),
        )


def erase_in(run: Run, cipher: FieldCipher, erasure: Erasure) -> tuple[int, int, dict[str, int]]:
    """Erase one member in an open transaction of any copy of the workspace.

    Returns (notes deleted, notes redacted, rows deleted per history table). Safe to repeat:
    a copy without the member loses nothing more than their names in notes.
    """
    tables = {name for (name,) in run("SELECT name FROM sqlite_master WHERE type='table'", ())}
    member_id = erasure.member_id
    deleted = 0
    linked = [
        r[0] for r in run("SELECT note_id FROM note_members WHERE member_id = ?", (member_id,))
    ]
    shared = []
    for note_id in linked:
        links = run("SELECT count(*) FROM note_members WHERE note_id = ?", (note_id,))[0][0]
        if links == 1:
            run("DELETE FROM note_members WHERE note_id = ?", (note_id,))
            run("DELETE FROM notes WHERE id = ?", (note_id,))
            deleted += 1
        else:
            shared.append(note_id)
    run("DELETE FROM note_members WHERE member_id = ?", (member_id,))
    rows = {}
    for table in HISTORY_TABLES:
        if table in tables:
            before = run(f"SELECT count(*) FROM {table} WHERE member_id = ?", (member_id,))[0][0]
            run(f"DELETE FROM {table} WHERE member_id = ?", (member_id,))
            rows[table] = int(before)
    run("DELETE FROM members WHERE id = ?", (member_id,))
    matcher = _matcher(run, cipher, erasure)
    redacted = 0
    candidates = run(
        "SELECT id, rev, body_ct FROM notes WHERE group_id = ? OR id IN "
        f"({','.join('?' * len(shared)) or 'NULL'})",
        (erasure.group_id, *shared),
    )
    for note_id, rev, blob in candidates:
        try:
            body = cipher.decrypt("notes", note_id, "body", rev, bytes(blob))
        except (FieldDecryptError, TypeError, ValueError):
            continue  # a damaged note stays damaged; nobody can read it
        cleaned = apply(body, matcher.find(body), REDACTED_ERASED)
        if cleaned != body:
            new_rev = int(rev) + 1
            sealed = cipher.encrypt("notes", note_id, "body", new_rev, cleaned)
            run("UPDATE notes SET body_ct = ?, rev = ? WHERE id = ?", (sealed, new_rev, note_id))
            redacted += 1
    # Session notes of the group: every section, theme, progress entry and addendum.
    redacted += erase_names_in_notes(
        run, cipher, erasure.group_id, lambda text: apply(text, matcher.find(text), REDACTED_ERASED)
    )
    return deleted, redacted, rows


def _matcher(run: Run, cipher: FieldCipher, erasure: Erasure) -> Matcher:
    """The erased member's terms, less any that also names someone still in the group (a
    sibling's surname must not vanish from their notes); their names are kept whole."""
    others = Terms()
    rows = run(
        "SELECT id, rev, alias_ct, full_name_ct, contact_ct FROM members WHERE group_id = ?",
        (erasure.group_id,),
    )
    for row_id, rev, *blobs in rows:
        fields = []
        try:
            for name, blob in zip(("alias", "full_name", "contact"), blobs, strict=True):
                fields.append(
                    cipher.decrypt("members", row_id, name, rev, bytes(blob)) if blob else ""
                )
        except (FieldDecryptError, TypeError, ValueError):
            continue
        others = others | terms_for(*fields)
    own = erasure.terms
    remaining = Terms(
        own.words - others.words, own.phones - others.phones, own.emails - others.emails
    )
    return Matcher(remaining, keep=others)


class ErasureService:
    def __init__(
        self,
        ctx: ServiceContext,
        members: MemberService,
        forget_notes: Callable[[], None],
        run_jobs: Callable[[], tuple[int, tuple[str, ...]]],
    ) -> None:
        self._ctx = ctx
        self._members = members
        self._forget_notes = forget_notes
        self._run_jobs = run_jobs

    def erase(self, member_id: int) -> ErasureReport:
        member = self._members.get(member_id)  # needs the key: also proves we are unlocked
        if member.damaged:
            raise RecordDamaged(
                "This member's record is damaged, so the names to remove from notes cannot be "
                "read. Nothing has been erased."
            )
        cipher = self._ctx.keyring.cipher
        erasure = Erasure(
            member.id, member.group_id, terms_for(member.alias, member.full_name, member.contact)
        )
        with self._ctx.engine.begin() as conn:
            run = sqlalchemy_run(conn)
            if not run("SELECT 1 FROM members WHERE id = ?", (member_id,)):
                raise NotFound("That member no longer exists.")
            deleted, redacted, rows = erase_in(run, cipher, erasure)
            maintenance.add_job(
                conn,
                self._ctx,
                cipher,
                maintenance.ERASE,
                erasure.payload(),
            )
        self._forget_notes()  # decrypted bodies held in memory may name the member
        updated, removed = self._run_jobs()
        return ErasureReport(deleted, redacted, rows, updated, removed)
