"""What of a shared group travels, record by record: how a local row becomes the fields of a
replicated record (ids turned into uuids, sealed columns opened) and how a record's fields
become a local row again (uuids back to local ids, sealed with this laptop's data key under
the row's next revision).

A record is one row of a shared table, named by a key every laptop computes alike: the row's
uuid, or for rows that are unique by what they belong to, those owners' keys
("session/member" for attendance, check-in scores and acknowledgements; the session's key
for its session note). Children that only make sense with their parent travel inside it as
one field: a group's agenda, a rule set's cards, a session's segments, a session note's
progress entries, a shared note's members.

Field values are JSON: plain columns as stored (dates in ISO form), sealed ones as the text
they hold. Push seals the sealed ones once more, alone, with the group key
(`SEALED_ON_THE_WIRE`), inside the change's own seal.

Everything here runs inside a transaction the caller opened; nothing commits.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
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
from facilitator_desktop.services.sealed_columns import alias_scope

Fields = dict[str, Any]
# The local ids an outbox row names (row_id, row_id2).
LocalIds = tuple[int | None, int | None]


class MissingOwner(Exception):
    """A record names a row this laptop does not hold (yet): a member of a deleted group,
    attendance of a session not arrived. The record waits or, for a deleted owner, is moot.
    `table` and `key` name the missing row when it is known."""

    def __init__(self, message: str, table: str | None = None, key: str | None = None) -> None:
        super().__init__(message)
        self.table = table
        self.key = key


# --- ids <-> uuids ------------------------------------------------------------------------


class Ids:
    """Local integer ids and the uuids shared rows carry, both ways, cached per transaction."""

    def __init__(self, s: Session) -> None:
        self._s = s
        self._uuids: dict[tuple[type[Any], int], str] = {}
        self._ids: dict[tuple[type[Any], str], int] = {}

    def uuid(self, model: type[Any], row_id: int | None) -> str | None:
        if row_id is None:
            return None
        cached = self._uuids.get((model, row_id))
        if cached is None:
            cached = self._s.scalar(select(model.uuid).where(model.id == row_id))
            if cached is None:
                return None
            self._uuids[(model, row_id)] = cached
        return cached

    def local(self, model: type[Any], key: str | None) -> int | None:
        if key is None:
            return None
        cached = self._ids.get((model, key))
        if cached is None:
            cached = self._s.scalar(select(model.id).where(model.uuid == key))
            if cached is None:
                return None
            self._ids[(model, key)] = cached
        return cached

    def need(self, model: type[Any], key: str | None) -> int:
        found = self.local(model, key)
        if found is None:
            raise MissingOwner(f"{model.__tablename__} {key}", model.__tablename__, key)
        return found

    def forget(self, model: type[Any], key: str) -> None:
        self._ids.pop((model, key), None)


def _to_wire(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def from_wire(kind: type[Any], value: Any) -> Any:
    if value is None:
        return None
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is float:
        return float(value)
    if kind is bool:
        return bool(value)
    if kind is int:
        return int(value)
    return value


# Event fields holding a list of member ids under another name (a round's or the queue's
# order: domain/talk_events.py).
_MEMBER_LISTS = frozenset({"order"})


def _member_keys(payload: Any, translate: Callable[[Any], Any]) -> Any:
    """An event payload with every member id (keys ending in member_id / member_ids, and
    the orders in _MEMBER_LISTS) put through `translate`: local ids become uuids on the way
    out and back on the way in."""
    if isinstance(payload, dict):
        out: dict[str, Any] = {}
        for name, value in payload.items():
            if name.endswith("member_id") and value is not None and not isinstance(value, bool):
                out[name] = translate(value)
            elif (name.endswith("member_ids") or name in _MEMBER_LISTS) and isinstance(value, list):
                out[name] = [translate(v) for v in value]
            else:
                out[name] = _member_keys(value, translate)
        return out
    if isinstance(payload, list):
        return [_member_keys(item, translate) for item in payload]
    return payload


# --- one replicated table -------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    """One replicated record type: `model`'s plain columns, owners (columns holding another
    record's local id) and sealed columns, plus hooks for what is not a plain column."""

    name: str
    model: type[Any]
    plain: tuple[str, ...]
    owners: Mapping[str, type[Any]] = field(default_factory=dict)
    sealed: Mapping[str, str] = field(default_factory=dict)  # field -> column
    # For records keyed by their owners, not a uuid: the owner columns, in key order.
    natural: tuple[str, ...] = ()
    deletes: bool = False
    # The outbox names the row by its own id even though the record is keyed by owners.
    outbox_by_id: bool = False
    # Extra fields: read(s, row, ids) -> {field: value}; write(s, row, fields, ids, cipher).
    extra_read: Callable[[Session, Any, Ids, FieldCipher], Fields] | None = None
    extra_write: Callable[[Session, Any, Fields, Ids, FieldCipher], None] | None = None
    extra_fields: tuple[str, ...] = ()
    # Values a new row holds until the extra fields are written (after its first flush).
    placeholders: Mapping[str, Any] = field(default_factory=dict)

    @property
    def fields(self) -> tuple[str, ...]:
        owners = tuple(o for o in self.owners if o not in self.natural)
        return self.plain + owners + tuple(self.sealed) + self.extra_fields

    def kind(self, column: str) -> type[Any]:
        column_type = self.model.__table__.c[column].type
        # The checked date types wrap SQLAlchemy's own: their python_type is the inner one's.
        kind: type[Any] = getattr(column_type, "impl_instance", column_type).python_type
        return kind

    # rows <-> keys

    def local_row(self, s: Session, ids: LocalIds) -> Any | None:
        if self.natural and not self.outbox_by_id:
            a, b = ids
            criteria = [getattr(self.model, self.natural[0]) == a]
            if len(self.natural) > 1:
                criteria.append(getattr(self.model, self.natural[1]) == b)
            return s.scalars(select(self.model).where(*criteria)).first()
        return s.get(self.model, ids[0])

    def key_of(self, row: Any, ids: Ids) -> str | None:
        if not self.natural:
            key: str | None = row.uuid
            return key
        parts = [ids.uuid(self.owners[column], getattr(row, column)) for column in self.natural]
        if any(p is None for p in parts):
            return None
        return "/".join(p for p in parts if p is not None)

    def find(self, s: Session, key: str, ids: Ids) -> Any | None:
        if not self.natural:
            return s.scalars(select(self.model).where(self.model.uuid == key)).first()
        parts = key.split("/")
        if len(parts) != len(self.natural):
            raise MissingOwner(key)
        criteria = []
        for column, part in zip(self.natural, parts, strict=True):
            local = ids.local(self.owners[column], part)
            if local is None:
                raise MissingOwner(key, self.owners[column].__tablename__, part)
            criteria.append(getattr(self.model, column) == local)
        return s.scalars(select(self.model).where(*criteria)).first()

    # reading

    def read(self, s: Session, row: Any, ids: Ids, cipher: FieldCipher) -> Fields:
        values: Fields = {c: _to_wire(getattr(row, c)) for c in self.plain}
        for column, model in self.owners.items():
            if column not in self.natural:
                values[column] = ids.uuid(model, getattr(row, column))
        for name, column in self.sealed.items():
            values[name] = open_sealed(
                cipher, self.model.__tablename__, row.id, row.rev, name, getattr(row, column)
            )
        if self.extra_read is not None:
            values.update(self.extra_read(s, row, ids, cipher))
        return values

    # writing

    def create(self, s: Session, key: str, fields: Fields, ids: Ids, cipher: FieldCipher) -> Any:
        """A new local row for a record first seen here (all its fields arrive together)."""
        row = self.model()
        if not self.natural:
            row.uuid = key
        else:
            for column, part in zip(self.natural, key.split("/"), strict=True):
                setattr(row, column, ids.need(self.owners[column], part))
        if "rev" in self.model.__table__.c:
            row.rev = 0
        for column in self.sealed.values():
            setattr(row, column, b"" if not self.model.__table__.c[column].nullable else None)
        if self.model is Member:  # unique until the alias is sealed and indexed below
            row.alias_index = os.urandom(16)
        for column, value in self.placeholders.items():
            setattr(row, column, value)
        self._assign(s, row, fields, ids, creating=True)
        s.add(row)
        s.flush()
        self._seal(s, row, fields, cipher, creating=True)
        if self.extra_write is not None:
            self.extra_write(s, row, fields, ids, cipher)
        return row

    def update(self, s: Session, row: Any, fields: Fields, ids: Ids, cipher: FieldCipher) -> None:
        self._assign(s, row, fields, ids, creating=False)
        self._seal(s, row, fields, cipher, creating=False)
        s.flush()
        if self.extra_write is not None:
            self.extra_write(s, row, fields, ids, cipher)

    def _assign(self, s: Session, row: Any, fields: Fields, ids: Ids, *, creating: bool) -> None:
        for column in self.plain:
            if column in fields:
                setattr(row, column, from_wire(self.kind(column), fields[column]))
        for column, model in self.owners.items():
            if column in self.natural or column not in fields:
                continue
            key = fields[column]
            nullable = self.model.__table__.c[column].nullable
            local = ids.local(model, key) if key is not None else None
            if local is None and not nullable:
                raise MissingOwner(f"{self.name}.{column} {key}", model.__tablename__, key)
            setattr(row, column, local)

    def _seal(
        self, s: Session, row: Any, fields: Fields, cipher: FieldCipher, *, creating: bool
    ) -> None:
        if not self.sealed or not any(name in fields for name in self.sealed):
            return
        table = self.model.__tablename__
        texts = {}
        for name, column in self.sealed.items():
            if name in fields:
                texts[name] = fields[name] or ""
            elif creating:
                texts[name] = ""
            else:
                texts[name] = open_sealed(
                    cipher, table, row.id, row.rev, name, getattr(row, column)
                )
        if not creating:
            row.rev = row.rev + 1
        for name, column in self.sealed.items():
            blob = seal(cipher, table, row.id, row.rev, name, texts[name])
            nullable = self.model.__table__.c[column].nullable
            setattr(row, column, blob if blob is not None or nullable else b"")
        if self.model is Member:
            row.alias_index = _alias_index(s, cipher, row, texts["alias"])

    def delete(self, s: Session, row: Any) -> None:
        # By id, in SQL: the row may be gone already (a cascade from its owner's deletion),
        # and the ORM would take that for an error.
        s.execute(
            delete(self.model).where(self.model.id == row.id),
            execution_options={"synchronize_session": False},
        )
        if row in s:
            s.expunge(row)


def _alias_index(s: Session, cipher: FieldCipher, row: Member, alias: str) -> bytes:
    """The alias's blind index; when two laptops each added someone of the same alias, the
    second one here gets one of its own (both people stay; the facilitators tell them
    apart by an initial, as they would on one laptop)."""
    scope = alias_scope(row.group_id)
    index = cipher.blind_index(scope, alias)
    taken = s.scalar(
        select(Member.id).where(
            Member.group_id == row.group_id, Member.alias_index == index, Member.id != row.id
        )
    )
    if taken is None:
        return index
    return cipher.blind_index(scope, f"{alias}\x1f{row.uuid}")


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
        seats = {ids.local(Member, k): v for k, v in fields["seats"].items()}
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
    payload = _member_keys(json.loads(row.payload), lambda m: ids.uuid(Member, int(m)))
    return {"payload": payload}


def event_payload(payload: Any, ids: Ids) -> str:
    """A replicated event payload as stored here: member uuids back to local ids."""
    return json.dumps(_member_keys(payload, lambda k: ids.local(Member, k)), separators=(",", ":"))


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
    wanted = {ids.local(Member, k): text for k, text in fields["entries"].items()}
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
        member = ids.local(Member, key)
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
