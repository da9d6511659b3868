"""Apply: others' checked changes become rows here, inside one transaction the engine holds
with the outbox triggers silenced.

Records of a change apply in table order (owners first). Per field, the higher stamp
[decided, clock, device] wins; when neither write knew of the other, the losing value is
kept sealed in sync_conflicts. New rows of the plain tables of a first sync (events, turns,
attendance) go in one INSERT per change. A record naming a row that is not here yet makes
its change wait for a later sync; one about a row deleted meanwhile is moot. Applying a
change twice changes nothing.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.crypto.group_keys import GroupCipher, GroupKeyError
from facilitator_desktop.crypto.identity import DigestKey, PublicKeys, keyed_digest
from facilitator_desktop.models import GroupSession, Member, NoteAddendum, RuleSet, SessionNote
from facilitator_desktop.models.sync import SharedGroup, SyncConflict, SyncProblem, SyncRow
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.sealed import seal
from facilitator_desktop.services.sharing_capture import Stamp, forget_conflicts
from facilitator_desktop.services.sharing_records import (
    OWNER_TABLES,
    Ids,
    MissingOwner,
    Spec,
    event_payload,
    from_wire,
)
from facilitator_desktop.services.sharing_sessions import merge_sessions, renumber_rule_sets
from facilitator_desktop.services.sharing_state import (
    PEERS,
    add_peer,
    announced_key,
    dumps,
    find_peer,
    group_ciphers,
)
from facilitator_desktop.services.sharing_tables import BY_NAME, ORDER, SEALED_ON_THE_WIRE
from facilitator_desktop.sync.protocol import Opened

# New rows of these tables go in one INSERT per change: no sealed text, nothing refers to them.
_PLAIN_NEW = frozenset({"session_events", "turns", "attendance"})
# What makes one record unusable (the others of its change still apply).
_UNUSABLE = (MissingOwner, IntegrityError, KeyError, TypeError, ValueError, GroupKeyError)


class Applier:
    """Applies checked changes of one shared group inside one transaction."""

    def __init__(
        self,
        s: Session,
        cipher: FieldCipher,
        shared: SharedGroup,
        ctx: ServiceContext,
        digest_key: DigestKey,
    ) -> None:
        self._digest_key = digest_key
        self._s = s
        self._cipher = cipher
        self._shared = shared
        self._ctx = ctx
        self._ids = Ids(s)
        self._ciphers = group_ciphers(s, cipher, shared)
        self._touched_sessions = False
        self._touched_rules = False
        self._sync_rows: dict[tuple[str, str], SyncRow | None] = {}
        self._rows: dict[tuple[str, str], Any | None] = {}
        self._pending: dict[str, list[dict[str, Any]]] = {}
        self._groups: dict[tuple[str, int], int | None] = {}
        self._new_sessions: set[int] = set()

    def apply_change(self, opened: Opened) -> bool:
        """All records of one change in one savepoint, new rows of the plain tables inserted
        together; when one record cannot be used, the change is applied again record by
        record, so only that one is left out (and listed as a problem). False, with nothing
        applied, when a record names a row not here yet (not deleted, just not arrived):
        the change is applied on a later sync, once it has."""
        device = opened.change.device_id
        records = [r for r in opened.body["records"] if isinstance(r, dict)]
        records.sort(key=lambda r: ORDER.get(str(r.get("t")), -1))
        group_cipher = self._ciphers[opened.change.epoch]
        savepoint = self._s.begin_nested()
        try:
            self._prefetch(records)
            for record in records:
                self._apply_record(record, device, group_cipher)
            self._flush_pending()
            savepoint.commit()
            return True
        except _UNUSABLE:
            savepoint.rollback()
            self._forget()
        whole = self._s.begin_nested()
        for record in records:
            savepoint = self._s.begin_nested()
            try:
                self._apply_record(record, device, group_cipher)
                self._flush_pending()
                savepoint.commit()
            except _UNUSABLE as exc:
                savepoint.rollback()
                self._forget()
                # A record that names its owner waits for it; one that names none (or an
                # empty id) will never have it, and is refused like damage so as not to hold
                # back every later change from that laptop without a word.
                if isinstance(exc, MissingOwner) and exc.table is not None and exc.key:
                    if self._owner_deleted(exc):
                        continue  # about someone or something deleted meanwhile: moot
                    whole.rollback()
                    return False
                record_problem(
                    self._s,
                    self._shared.id,
                    device,
                    opened.change.seq,
                    "unusable",
                    self._ctx.now(),
                )
        whole.commit()
        return True

    def _owner_deleted(self, missing: MissingOwner) -> bool:
        """Whether the row a record needs was deleted (a member erased on one laptop while
        another recorded their turn): deletion is final, so the record has nothing to do."""
        if missing.table is None or missing.key is None:
            return False
        # A row named by its owner's uuid (a session's note) goes with its owner: only the
        # owner's deletion is sent.
        for table in (missing.table, OWNER_TABLES.get(missing.table)):
            found = self._s.get(SyncRow, (table, missing.key)) if table else None
            if found is not None and found.deleted:
                return True
        return False

    # --- reading ahead and writing in bulk (a first sync is mostly new rows) ---------------

    def _forget(self) -> None:
        self._ids = Ids(self._s)
        self._sync_rows.clear()
        self._rows.clear()
        self._pending.clear()
        self._groups.clear()

    def _prefetch(self, records: list[dict[str, Any]]) -> None:
        """The replication state and local rows of a change's records, a query per table."""
        self._sync_rows.clear()
        self._rows.clear()
        keys: dict[str, list[str]] = {}
        for record in records:
            keys.setdefault(str(record.get("t")), []).append(str(record.get("k")))
        for tbl, found in keys.items():
            spec = BY_NAME.get(tbl)
            for start in range(0, len(found), 500):
                chunk = found[start : start + 500]
                for tbl_key in chunk:
                    self._sync_rows[(tbl, tbl_key)] = None
                for sync_row in self._s.scalars(
                    select(SyncRow).where(SyncRow.tbl == tbl, SyncRow.key.in_(chunk))
                ):
                    self._sync_rows[(tbl, sync_row.key)] = sync_row
                if spec is not None and not spec.natural:
                    for tbl_key in chunk:
                        self._rows[(tbl, tbl_key)] = None
                    for row in self._s.scalars(
                        select(spec.model).where(spec.model.uuid.in_(chunk))
                    ):
                        self._rows[(tbl, row.uuid)] = row

    def _sync_row(self, tbl: str, key: str) -> SyncRow | None:
        if (tbl, key) in self._sync_rows:
            return self._sync_rows[(tbl, key)]
        return self._s.get(SyncRow, (tbl, key))

    def _find(self, spec: Spec, key: str) -> Any | None:
        if (spec.name, key) in self._rows:
            return self._rows[(spec.name, key)]
        return spec.find(self._s, key, self._ids)

    def _insert_later(
        self, spec: Spec, key: str, values: dict[str, Any], stamps: dict[str, Stamp]
    ) -> None:
        """A new row of a plain table (no sealed text, nothing refers to it): inserted with
        the others of its table in one statement."""
        row: dict[str, Any] = {}
        owner = key.split("/")[0] if spec.natural else values.get("session_id")
        session_id = self._ids.need(GroupSession, owner)
        if self._session_group(session_id) != self._shared.group_id:
            raise MissingOwner("another group")
        row["session_id"] = session_id
        if spec.natural:
            row["member_id"] = self._ids.need(Member, key.split("/")[1])
        else:
            row["uuid"] = key
        for column in spec.plain:
            if column in values:
                row[column] = from_wire(spec.kind(column), values[column])
        if "member_id" in spec.owners and not spec.natural:
            row["member_id"] = self._ids.need(Member, values.get("member_id"))
        if spec.name == "session_events":
            row["payload"] = event_payload(values["payload"], self._ids)
        self._pending.setdefault(spec.name, []).append(row)
        digests = {
            name: keyed_digest(self._digest_key, spec.name, key, name, dumps(value))
            for name, value in values.items()
        }
        self._pending.setdefault("", []).append(
            {
                "tbl": spec.name,
                "key": key,
                "shared_group_id": self._shared.id,
                "local_id": None,
                "stamps": dumps(stamps),
                "digests": dumps(digests),
                "deleted": False,
            }
        )

    def _flush_pending(self) -> None:
        for name, rows in self._pending.items():
            if rows:
                model = SyncRow if name == "" else BY_NAME[name].model
                self._s.execute(insert(model), rows)
        self._pending.clear()

    def _exists(self, spec: Spec, key: str) -> bool:
        if not spec.natural:
            return self._find(spec, key) is not None
        session_key, _, _member = key.partition("/")
        session_id = self._ids.local(GroupSession, session_key)
        if session_id is not None and session_id in self._new_sessions:
            return False  # a session this change made has no marks of its own yet
        return spec.find(self._s, key, self._ids) is not None

    def _session_group(self, session_id: int) -> int | None:
        cache_key = ("sessions", session_id)
        if cache_key not in self._groups:
            self._groups[cache_key] = self._s.scalar(
                select(GroupSession.group_id).where(GroupSession.id == session_id)
            )
        return self._groups[cache_key]

    def finish(self) -> None:
        if self._shared.group_id is None:
            return
        if self._touched_rules:
            renumber_rule_sets(self._s, self._shared.group_id)
        if self._touched_sessions:
            merge_sessions(self._s, self._shared.group_id)

    def _apply_record(self, record: dict[str, Any], device: str, group_cipher: GroupCipher) -> None:
        tbl, key, clock = str(record["t"]), str(record["k"]), int(record["c"])
        if tbl == PEERS:
            self._apply_peer(key, record["f"])
            return
        spec = BY_NAME.get(tbl)
        if spec is None:
            raise KeyError(tbl)
        s = self._s
        if self._pending and tbl not in self._pending:
            self._flush_pending()  # an earlier table's new rows, before this one refers to them
        sync_row = self._sync_row(tbl, key)
        if sync_row is not None and sync_row.deleted:
            return  # deletion is final
        if tbl == "groups" and key != self._shared.group_uuid:
            raise MissingOwner("another group")
        if tbl in ("rule_sets",):
            self._touched_rules = True
        if tbl in ("sessions", "session_events", "attendance", "turns"):
            self._touched_sessions = True
        if record.get("del"):
            self._flush_pending()
            row = self._find(spec, key)
            if row is not None:
                self._check_group(spec, row)
                spec.delete(s, row)
            if sync_row is None:
                sync_row = SyncRow(tbl=tbl, key=key, shared_group_id=self._shared.id)
                s.add(sync_row)
            sync_row.deleted, sync_row.local_id = True, None
            forget_conflicts(s, tbl, key)
            sync_row.stamps, sync_row.digests = "{}", "{}"
            s.flush()
            return
        sealed = SEALED_ON_THE_WIRE.get(tbl, frozenset())
        incoming = {
            name: _open_value(group_cipher, tbl, key, name, clock, value)
            if name in sealed
            else value
            for name, value in dict(record["f"]).items()
            if name in spec.fields
        }
        bases: dict[str, Any] = dict(record.get("b") or {})
        stamp: Stamp = [int(record.get("x", 0)), clock, device]
        stamps: dict[str, Stamp] = json.loads(sync_row.stamps) if sync_row else {}
        if (
            sync_row is None
            and spec.name in _PLAIN_NEW
            and all(f in incoming for f in spec.fields)
            and not self._exists(spec, key)
        ):
            self._insert_later(spec, key, incoming, {name: stamp for name in incoming})
            return
        row = self._find(spec, key)
        if row is not None:
            self._check_group(spec, row)
        winners: dict[str, Any] = {}
        local_values: dict[str, Any] | None = None
        for name, value in incoming.items():
            held = stamps.get(name)
            if held == stamp:
                continue  # applied before
            wins = held is None or stamp > held
            concurrent = held is not None and bases.get(name) != held and row is not None
            if held is not None and concurrent:
                if local_values is None:
                    local_values = spec.read(s, row, self._ids, self._cipher)
                mine = local_values.get(name)
                if dumps(mine) != dumps(value):
                    loser, kept_by, other_by = (
                        (mine, device, held[2]) if wins else (value, held[2], device)
                    )
                    self._conflict(tbl, key, name, loser, kept_by, other_by)
            if wins:
                winners[name] = value
                stamps[name] = stamp
        if not winners:
            return
        if tbl == "notes" and winners.get("shared") is False:
            if row is not None:
                spec.delete(s, row)
            self._save_row(sync_row, tbl, key, stamps, {}, None)
            return
        if tbl == "rule_sets" and "version" in winners and self._shared.group_id is not None:
            # Two laptops that each saved "version n" at once: this one takes a free number
            # for now; finish() numbers every version of the group alike everywhere.
            taken = s.scalar(
                select(func.max(RuleSet.version)).where(
                    RuleSet.group_id == self._shared.group_id,
                    RuleSet.version == winners["version"],
                    RuleSet.uuid != key,
                )
            )
            if taken is not None:
                top = s.scalar(
                    select(func.max(RuleSet.version)).where(
                        RuleSet.group_id == self._shared.group_id
                    )
                )
                winners = {**winners, "version": int(top or 0) + 1}
        if row is None:
            missing = [f for f in spec.fields if f not in incoming]
            if missing:
                raise MissingOwner(f"{tbl} {key} incomplete")
            row = spec.create(s, key, winners, self._ids, self._cipher)
            self._check_group(spec, row)
            if tbl == "sessions":
                self._new_sessions.add(row.id)
            if tbl == "groups" and self._shared.group_id is None:
                self._shared.group_id = row.id
                self._shared.state = "active"
        else:
            spec.update(s, row, winners, self._ids, self._cipher)
        self._save_row(sync_row, tbl, key, stamps, winners, getattr(row, "id", None))

    def _save_row(
        self,
        sync_row: SyncRow | None,
        tbl: str,
        key: str,
        stamps: dict[str, Stamp],
        winners: dict[str, Any],
        local_id: int | None,
    ) -> None:
        if sync_row is None:
            sync_row = SyncRow(
                tbl=tbl, key=key, shared_group_id=self._shared.id, digests="{}", deleted=False
            )
            self._s.add(sync_row)
        # The digests of what now stands here, so that a local edit sends only what it
        # changes (a value read back in another form is merely sent once more).
        digests: dict[str, str] = json.loads(sync_row.digests or "{}")
        for name, value in winners.items():
            digests[name] = keyed_digest(self._digest_key, tbl, key, name, dumps(value))
        sync_row.stamps = dumps(stamps)
        sync_row.digests = dumps(digests)
        sync_row.local_id = local_id

    def _check_group(self, spec: Spec, row: Any) -> None:
        """A record may only touch rows of its own group (a co-facilitator's laptop cannot
        reach into a group that is not shared with it)."""
        session_id = getattr(row, "session_id", None)
        if spec.name != "notes" and session_id is not None:
            group: int | None = self._session_group(session_id)
        else:
            group = _group_of(self._s, spec, row)
        if (
            group is not None
            and self._shared.group_id is not None
            and group != self._shared.group_id
        ):
            raise MissingOwner("another group")
        if spec.name != "groups" and self._shared.group_id is None:
            raise MissingOwner("group not arrived")

    def _conflict(self, tbl: str, key: str, name: str, value: Any, kept: str, other: str) -> None:
        row = SyncConflict(
            shared_group_id=self._shared.id,
            tbl=tbl,
            row_key=key,
            field=name,
            rev=0,
            value_ct=None,
            kept_device=kept,
            other_device=other,
            created_at=self._ctx.now(),
        )
        self._s.add(row)
        self._s.flush()
        text = value if isinstance(value, str) else dumps(value)
        row.value_ct = seal(self._cipher, "sync_conflicts", row.id, 0, "value", text)

    def _apply_peer(self, device: str, fields: dict[str, Any]) -> None:
        s, shared = self._s, self._shared
        peer = find_peer(s, shared, device)
        wrap = base64.b64decode(fields["wrap"])
        sign = base64.b64decode(fields["sign"])
        if peer is None:
            peer = add_peer(
                s, shared, device, PublicKeys(wrap, sign), "introduced", self._ctx.now()
            )
            s.execute(
                delete(SyncProblem).where(
                    SyncProblem.shared_group_id == shared.id,
                    SyncProblem.device_id == device,
                    SyncProblem.reason == "unknown",
                )
            )
        elif (peer.wrap_public, peer.sign_public) != (wrap, sign):
            raise ValueError("a laptop's keys cannot change")
        if fields.get("removed") and peer.state != "removed":
            if peer.state == "self":
                shared.state = "left"
            peer.state = "removed"
            peer.removed_at = self._ctx.now()
            peer.removed_upto = int(fields.get("upto", 0))
            peer.removed_epoch, peer.removed_key_check = announced_key(fields)
        s.flush()


def _group_of(s: Session, spec: Spec, row: Any) -> int | None:
    if spec.name == "groups":
        return int(row.id)
    if hasattr(row, "group_id"):
        return row.group_id  # type: ignore[no-any-return]
    session_id = getattr(row, "session_id", None)
    if session_id is None and isinstance(row, NoteAddendum):
        session_id = s.scalar(
            select(SessionNote.session_id).where(SessionNote.id == row.session_note_id)
        )
    if session_id is None and hasattr(row, "member_id"):
        return s.scalar(select(Member.group_id).where(Member.id == row.member_id))
    if session_id is None:
        return None
    return s.scalar(select(GroupSession.group_id).where(GroupSession.id == session_id))


def _open_value(cipher: GroupCipher, tbl: str, key: str, name: str, clock: int, value: Any) -> Any:
    blob = base64.b64decode(str(value))
    return json.loads(cipher.open_field(tbl, key, name, clock, blob))


def record_problem(
    s: Session, shared_id: int | None, device: str, seq: int, reason: str, now: Any
) -> None:
    exists = s.scalar(
        select(SyncProblem.id).where(
            SyncProblem.shared_group_id == shared_id,
            SyncProblem.device_id == device,
            SyncProblem.seq == seq,
            SyncProblem.reason == reason,
        )
    )
    if exists is None:
        s.add(
            SyncProblem(shared_group_id=shared_id, device_id=device, seq=seq, reason=reason, at=now)
        )
        s.flush()
