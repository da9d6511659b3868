"""What of a shared group travels, record by record: how a local row becomes the fields of a
replicated record (ids turned into uuids, sealed columns opened) and how a record's fields
become a local row again (uuids back to local ids, sealed with this laptop's data key under
the row's next revision).

A record is one row of a shared table, named by a key every laptop computes alike: the row's
uuid, or for rows that are unique by what they belong to, those owners' keys
("session/member" for attendance, check-in scores and acknowledgements; the session's key
for its session note, which other records name it by too: NAMED_BY_OWNER). Children that
only make sense with their parent travel inside it as one field: a group's agenda, a rule
set's cards, a session's segments, a session note's progress entries, a shared note's
members.

Field values are JSON: plain columns as stored (dates in ISO form), sealed ones as the text
they hold. Push seals the sealed ones once more, alone, with the group key
(sharing_tables.SEALED_ON_THE_WIRE), inside the change's own seal. The tables themselves,
their children and their order are in sharing_tables.

Everything here runs inside a transaction the caller opened; nothing commits.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.models import (
    GroupSession,
    Member,
    SessionNote,
)
from facilitator_desktop.models.sync import SyncRow
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

# Records keyed by their owner (a session's note is its session's: spec "session_notes" has
# natural=("session_id",)) are named by other records through that owner's uuid, which every
# laptop shares, not by the row's own uuid, which each laptop makes anew when the record
# arrives. model -> (owner column, owner model).
NAMED_BY_OWNER: dict[type[Any], tuple[str, type[Any]]] = {
    SessionNote: ("session_id", GroupSession),
}
# The same by table name: the table of a row named by its owner's uuid -> the owner's table.
OWNER_TABLES = {m.__tablename__: o.__tablename__ for m, (_, o) in NAMED_BY_OWNER.items()}


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
            if model in NAMED_BY_OWNER:
                column, owner = NAMED_BY_OWNER[model]
                query = select(owner.uuid).join(model, getattr(model, column) == owner.id)
                cached = self._s.scalar(query.where(model.id == row_id))
            else:
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
            if model in NAMED_BY_OWNER:
                column, owner = NAMED_BY_OWNER[model]
                query = select(model.id).join(owner, getattr(model, column) == owner.id)
                cached = self._s.scalar(query.where(owner.uuid == key))
            if cached is None:
                # The row's own uuid, as records written before NAMED_BY_OWNER name it: the
                # laptop that wrote such a record still resolves its own; other laptops
                # cannot (as before this fix), since the row has another uuid there.
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

    def member(self, key: str | None) -> int | None:
        """A member named inside a field (an event, a seat map, a progress entry): their
        local id; None when they were deleted (erased) or none is named; MissingOwner when
        they have not arrived yet, so the change waits for them rather than losing them."""
        if key is None:
            return None
        found = self.local(Member, key)
        if found is not None:
            return found
        tombstone = self._s.get(SyncRow, ("members", key))
        if tombstone is not None and tombstone.deleted:
            return None
        raise MissingOwner(f"members {key}", "members", key)

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
    if kind is bool:  # a flag: true or false (1 or 0), never text that bool() would take
        if type(value) is bool or (type(value) is int and value in (0, 1)):
            return bool(value)
        raise ValueError(f"a flag cannot be a {type(value).__name__} of that value")
    if kind is int:
        return int(value)
    return value


# Event fields holding a list of member ids under another name (a round's or the queue's
# order: domain/talk_events.py).
_MEMBER_LISTS = frozenset({"order"})


def member_keys(payload: Any, translate: Callable[[Any], Any]) -> Any:
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
                out[name] = member_keys(value, translate)
        return out
    if isinstance(payload, list):
        return [member_keys(item, translate) for item in payload]
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
        if self.model is Member:  # a unique placeholder (not a key) until the alias is indexed
            row.alias_index = uuid.uuid4().bytes
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


def event_payload(payload: Any, ids: Ids) -> str:
    """A replicated event payload as stored here: member uuids back to local ids."""
    return json.dumps(member_keys(payload, ids.member), separators=(",", ":"))
