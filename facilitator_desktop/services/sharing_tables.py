"""The replicated tables: each one's record (sharing_records.Spec) with the children that
travel inside it (a group's agenda, a rule set's cards, a session's seat map and segments, a
session note's progress entries, a shared note's members), in the order records are applied
(owners first), and what a group holds when sharing starts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.models import (
    Acknowledgement,
    AgendaTemplateSegment,
    Attendance,
    CheckinScore,
    Group,
    GroupSession,
    Member,
    Note,
    NoteAddendum,
    NoteMember,
    ProgressEntry,
    RuleCard,
    RuleSet,
    SessionEvent,
    SessionNote,
    SessionSegment,
    Turn,
)
from facilitator_desktop.services.sealed import open_sealed, seal
from facilitator_desktop.services.sharing_records import (
    Fields,
    Ids,
    LocalIds,
    Spec,
    event_payload,
    member_keys,
)
from facilitator_desktop.services.sharing_sessions import follow_mark

# --- children and translated columns -----------------------------------------------------------


def _agenda_read(s: Session, row: Group, ids: Ids, cipher: FieldCipher) -> Fields:
    segments = s.scalars(
        select(AgendaTemplateSegment)
        .where(AgendaTemplateSegment.group_id == row.id)
        .order_by(AgendaTemplateSegment.position)
    )
    return {"agenda": [[g.position, g.name, g.minutes, g.kind] for g in segments]}


def _agenda_write(s: Session, row: Group, fields: Fields, ids: Ids, cipher: FieldCipher) -> None:
    if "agenda" not in fields:
        return
    s.execute(delete(AgendaTemplateSegment).where(AgendaTemplateSegment.group_id == row.id))
    for position, name, minutes, kind in fields["agenda"]:
        s.add(
            AgendaTemplateSegment(
                group_id=row.id, position=position, name=name, minutes=minutes, kind=kind
            )
        )
    s.flush()


def _cards_read(s: Session, row: RuleSet, ids: Ids, cipher: FieldCipher) -> Fields:
    cards = s.scalars(
        select(RuleCard).where(RuleCard.rule_set_id == row.id).order_by(RuleCard.position)
    )
    return {
        "cards": [[c.uuid, c.position, c.title, c.statement, c.why, c.library_key] for c in cards]
    }


def _cards_write(s: Session, row: RuleSet, fields: Fields, ids: Ids, cipher: FieldCipher) -> None:
    if "cards" not in fields:
        return
    s.execute(delete(RuleCard).where(RuleCard.rule_set_id == row.id))
    s.flush()
    for key, position, title, statement, why, library_key in fields["cards"]:
        s.add(
            RuleCard(
                uuid=key,
                rule_set_id=row.id,
                position=position,
                title=title,
                statement=statement,
                why=why,
                library_key=library_key,
            )
        )
    s.flush()


def _session_read(s: Session, row: GroupSession, ids: Ids, cipher: FieldCipher) -> Fields:
    seats = {
        ids.uuid(Member, int(member)): seat for member, seat in json.loads(row.seats_json).items()
    }
    segments = s.scalars(
        select(SessionSegment)
        .where(SessionSegment.session_id == row.id)
        .order_by(SessionSegment.position)
    )
    return {
        "seats": {k: v for k, v in seats.items() if k is not None},
        "segments": [
            [g.position, g.name, g.kind, g.planned_seconds, g.actual_seconds] for g in segments
        ],
    }


def _session_write(
    s: Session, row: GroupSession, fields: Fields, ids: Ids, cipher: FieldCipher
) -> None:
    if "seats" in fields:
        seats = {ids.member(k): v for k, v in fields["seats"].items()}
        row.seats_json = json.dumps({str(k): v for k, v in seats.items() if k is not None})
    if "segments" in fields:
        s.execute(delete(SessionSegment).where(SessionSegment.session_id == row.id))
        for position, name, kind, planned, actual in fields["segments"]:
            s.add(
                SessionSegment(
                    session_id=row.id,
                    position=position,
                    name=name,
                    kind=kind,
                    planned_seconds=planned,
                    actual_seconds=actual,
                )
            )
    s.flush()


def _event_read(s: Session, row: SessionEvent, ids: Ids, cipher: FieldCipher) -> Fields:
    def uuid_of(member: Any) -> str | None:
        # A member erased since (here or on the laptop that sent the event) is nobody: null.
        return None if member is None else ids.uuid(Member, int(member))

    return {"payload": member_keys(json.loads(row.payload), uuid_of)}


def _mark_write(s: Session, row: Attendance, fields: Fields, ids: Ids, cipher: FieldCipher) -> None:
    follow_mark(s, row)  # another laptop's correction of a merged meeting's mark


def _event_write(
    s: Session, row: SessionEvent, fields: Fields, ids: Ids, cipher: FieldCipher
) -> None:
    if "payload" in fields:
        row.payload = event_payload(fields["payload"], ids)


def _entries_read(s: Session, row: SessionNote, ids: Ids, cipher: FieldCipher) -> Fields:
    entries = s.scalars(select(ProgressEntry).where(ProgressEntry.session_note_id == row.id))
    found = {
        ids.uuid(Member, e.member_id): open_sealed(
            cipher, "progress_entries", e.id, e.rev, "body", e.body_ct
        )
        for e in entries
    }
    return {"entries": {k: v for k, v in sorted(found.items(), key=lambda kv: str(kv[0])) if k}}


def _entries_write(
    s: Session, row: SessionNote, fields: Fields, ids: Ids, cipher: FieldCipher
) -> None:
    if "entries" not in fields:
        return
    wanted = {ids.member(k): text for k, text in fields["entries"].items()}
    held = {
        e.member_id: e
        for e in s.scalars(select(ProgressEntry).where(ProgressEntry.session_note_id == row.id))
    }
    for member_id, entry in held.items():
        if member_id not in wanted:
            s.delete(entry)
    for wanted_id, text in wanted.items():
        if wanted_id is None:
            continue
        found = held.get(wanted_id)
        if found is None:
            entry = ProgressEntry(session_note_id=row.id, member_id=wanted_id, rev=0)
            s.add(entry)
            s.flush()
        else:
            entry = found
            entry.rev += 1
        entry.body_ct = seal(cipher, "progress_entries", entry.id, entry.rev, "body", text)
    s.flush()


def _note_members_read(s: Session, row: Note, ids: Ids, cipher: FieldCipher) -> Fields:
    members = s.scalars(select(NoteMember.member_id).where(NoteMember.note_id == row.id))
    return {"members": sorted(k for k in (ids.uuid(Member, m) for m in members) if k)}


def _note_members_write(
    s: Session, row: Note, fields: Fields, ids: Ids, cipher: FieldCipher
) -> None:
    if "members" not in fields:
        return
    s.execute(delete(NoteMember).where(NoteMember.note_id == row.id))
    for key in fields["members"]:
        member = ids.member(key)
        if member is not None:
            s.add(NoteMember(note_id=row.id, member_id=member))
    s.flush()


# --- the replicated tables, in the order their records are applied (owners first) -------------

SPECS: tuple[Spec, ...] = (
    Spec(
        "groups",
        Group,
        plain=(
            "name",
            "weekday",
            "start_time",
            "default_minutes",
            "speaker_soft_limit_min",
            "handout_language",
            "checkin_min",
            "checkin_max",
            "checkin_question",
            "created_at",
            "archived_at",
        ),
        sealed={"description": "description_ct"},
        extra_read=_agenda_read,
        extra_write=_agenda_write,
        extra_fields=("agenda",),
    ),
    Spec(
        "members",
        Member,
        plain=("seat", "joined_on", "left_on", "created_at"),
        owners={"group_id": Group},
        sealed={
            "alias": "alias_ct",
            "full_name": "full_name_ct",
            "contact": "contact_ct",
            "remarks": "remarks_ct",
        },
        deletes=True,
    ),
    Spec(
        "rule_sets",
        RuleSet,
        plain=("version", "created_at"),
        owners={"group_id": Group},
        extra_read=_cards_read,
        extra_write=_cards_write,
        extra_fields=("cards",),
    ),
    Spec(
        "acknowledgements",
        Acknowledgement,
        plain=("signed_on", "recorded_at"),
        owners={"member_id": Member, "rule_set_id": RuleSet},
        natural=("member_id", "rule_set_id"),
    ),
    Spec(
        "sessions",
        GroupSession,
        plain=(
            "status",
            "started_at",
            "ended_at",
            "plan_json",
            "soft_limit_min",
            "guests",
            "planned_seconds",
            "elapsed_seconds",
            "corrected_at",
        ),
        owners={"group_id": Group, "rule_set_id": RuleSet},
        deletes=True,
        extra_read=_session_read,
        extra_write=_session_write,
        extra_fields=("seats", "segments"),
        placeholders={"seats_json": "{}"},
    ),
    Spec(
        "session_events",
        SessionEvent,
        plain=("seq", "at", "kind"),
        owners={"session_id": GroupSession},
        extra_read=_event_read,
        extra_write=_event_write,
        extra_fields=("payload",),
        placeholders={"payload": "{}"},
    ),
    Spec(
        "attendance",
        Attendance,
        plain=("status", "arrived_at", "left_at"),
        owners={"session_id": GroupSession, "member_id": Member},
        natural=("session_id", "member_id"),
        extra_write=_mark_write,
    ),
    Spec(
        "turns",
        Turn,
        plain=("segment_index", "started_at", "duration", "passed"),
        owners={"session_id": GroupSession, "member_id": Member},
        deletes=True,
    ),
    Spec(
        "checkin_scores",
        CheckinScore,
        plain=("recorded_at",),
        owners={"session_id": GroupSession, "member_id": Member},
        sealed={"score": "score_ct"},
        natural=("session_id", "member_id"),
    ),
    Spec(
        "session_notes",
        SessionNote,
        plain=("signed_at", "created_at", "updated_at"),
        owners={"session_id": GroupSession},
        sealed={"body": "body_ct"},
        natural=("session_id",),
        outbox_by_id=True,
        extra_read=_entries_read,
        extra_write=_entries_write,
        extra_fields=("entries",),
    ),
    Spec(
        "note_addenda",
        NoteAddendum,
        plain=("created_at",),
        owners={"session_note_id": SessionNote, "member_id": Member},
        sealed={"body": "body_ct"},
    ),
    Spec(
        "notes",
        Note,
        plain=(
            "segment_index",
            "created_at",
            "updated_at",
            "follow_up",
            "due_on",
            "done_at",
            "shared",
        ),
        owners={"group_id": Group, "session_id": GroupSession},
        sealed={"body": "body_ct"},
        deletes=True,
        extra_read=_note_members_read,
        extra_write=_note_members_write,
        extra_fields=("members",),
    ),
)
BY_NAME: dict[str, Spec] = {spec.name: spec for spec in SPECS}
ORDER: dict[str, int] = {spec.name: i for i, spec in enumerate(SPECS)}
# Fields sealed once more on their own with the group key inside a change.
SEALED_ON_THE_WIRE: dict[str, frozenset[str]] = {
    spec.name: frozenset(spec.sealed) | ({"entries"} if spec.name == "session_notes" else set())
    for spec in SPECS
}


def seed_ids(s: Session, group_id: int) -> Iterable[tuple[str, LocalIds]]:
    """Every record of a group as it stands, for the first change when sharing starts (the
    outbox triggers only see what is written afterwards)."""
    yield "groups", (group_id, None)
    members = list(s.scalars(select(Member.id).where(Member.group_id == group_id)))
    for m in members:
        yield "members", (m, None)
    for r in s.scalars(select(RuleSet.id).where(RuleSet.group_id == group_id)):
        yield "rule_sets", (r, None)
    for member, rule_set in s.execute(
        select(Acknowledgement.member_id, Acknowledgement.rule_set_id).where(
            Acknowledgement.member_id.in_(members)
        )
    ):
        yield "acknowledgements", (member, rule_set)
    sessions = list(
        s.scalars(
            select(GroupSession.id)
            .where(GroupSession.group_id == group_id)
            .order_by(GroupSession.started_at)
        )
    )
    for session in sessions:
        yield "sessions", (session, None)
        for e in s.scalars(
            select(SessionEvent.id)
            .where(SessionEvent.session_id == session)
            .order_by(SessionEvent.seq)
        ):
            yield "session_events", (e, None)
        for member in s.scalars(
            select(Attendance.member_id).where(Attendance.session_id == session)
        ):
            yield "attendance", (session, member)
        for t in s.scalars(select(Turn.id).where(Turn.session_id == session)):
            yield "turns", (t, None)
        for member in s.scalars(
            select(CheckinScore.member_id).where(CheckinScore.session_id == session)
        ):
            yield "checkin_scores", (session, member)
        note = s.scalar(select(SessionNote.id).where(SessionNote.session_id == session))
        if note is not None:
            yield "session_notes", (note, None)
            for a in s.scalars(select(NoteAddendum.id).where(NoteAddendum.session_note_id == note)):
                yield "note_addenda", (a, None)
    for n in s.scalars(select(Note.id).where(Note.group_id == group_id, Note.shared.is_(True))):
        yield "notes", (n, None)
