"""Capture: the outbox the triggers wrote becomes this laptop's next changes.

Each outbox row names a record (sharing_tables); only the fields whose keyed digest changed
since the record last went out are sent, each stamped [decided, Lamport clock, device] with
the stamp it replaces (so another laptop can tell a follow-up from a concurrent edit). The
records are sealed with the group key and signed into chained changes (sync_sent), in one
transaction with the outbox rows they consume. A running session's rows stay in the outbox
until it ends.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.crypto.group_keys import GroupCipher
from facilitator_desktop.crypto.identity import DigestKey, Identity, keyed_digest
from facilitator_desktop.errors import RecordDamaged
from facilitator_desktop.models import GroupSession, Member, NoteAddendum, SessionNote
from facilitator_desktop.models.sync import (
    SharedGroup,
    SyncApplyGuard,
    SyncConflict,
    SyncCursor,
    SyncOutbox,
    SyncRow,
    SyncSent,
)
from facilitator_desktop.services.sharing_records import (
    Ids,
    Spec,
)
from facilitator_desktop.services.sharing_sessions import (
    follow_mark,
    merge_sessions,
    renumber_rule_sets,
)
from facilitator_desktop.services.sharing_state import (
    PEERS,
    dumps,
    find_peer,
    group_ciphers,
    load_identity,
    peer_record,
)
from facilitator_desktop.services.sharing_tables import BY_NAME, ORDER, SEALED_ON_THE_WIRE
from facilitator_desktop.sync.protocol import seal as seal_change

Stamp = list[Any]  # [decided, clock, device]


class Capture:
    """Seals and signs what the outbox holds, a batch per call (see `run`)."""

    def __init__(self, records_per_change: int) -> None:
        self._records_per_change = records_per_change

    def run(
        self, s: Session, cipher: FieldCipher, *, after: int = 0, limit: int | None = None
    ) -> tuple[int, int]:
        """Capture outbox rows after id `after` (at most `limit`); returns the changes made
        and the last outbox id read, or -1 when the outbox was read to its end."""
        found = load_identity(s, cipher)
        if found is None:
            return 0, -1
        identity, device = found
        made = 0
        query = select(SyncOutbox).where(SyncOutbox.id > after).order_by(SyncOutbox.id)
        batch = list(s.scalars(query if limit is None else query.limit(limit)))
        last = batch[-1].id if batch and limit is not None and len(batch) == limit else -1
        groups = s.scalars(
            select(SharedGroup).where(
                SharedGroup.state == "active", SharedGroup.group_id.is_not(None)
            )
        )
        for shared in list(groups):
            ciphers = group_ciphers(s, cipher, shared)
            if not ciphers:
                continue
            group_cipher = ciphers[max(ciphers)]
            entries = [e for e in batch if e.group_id == shared.group_id]
            if not entries:
                continue
            with s.no_autoflush:  # thousands of reads; the writes go once, at the end
                records = self._records(s, cipher, shared, identity, device, group_cipher, entries)
            for sealer, part in _by_sealing_key(records, ciphers):
                for start in range(0, len(part), self._records_per_change):
                    chunk = part[start : start + self._records_per_change]
                    self._store_change(s, shared, identity, device, sealer, chunk)
                    made += 1
            tables = {r["t"] for r in records}
            if shared.group_id is not None and tables & {"sessions", "rule_sets"}:
                # A session of this laptop just ended (it may be a meeting another laptop
                # recorded too), or rules were saved: the same merges as after applying
                # others' changes, so every laptop numbers and merges alike. Not sent.
                guarded = s.get(SyncApplyGuard, 1) is None
                if guarded:
                    s.add(SyncApplyGuard(id=1))
                    s.flush()
                if "rule_sets" in tables:
                    renumber_rule_sets(s, shared.group_id)
                if "sessions" in tables:
                    merge_sessions(s, shared.group_id)
                if guarded:
                    s.execute(delete(SyncApplyGuard))
        return made, last

    def _records(
        self,
        s: Session,
        cipher: FieldCipher,
        shared: SharedGroup,
        identity: Identity,
        device: str,
        group_cipher: GroupCipher,
        entries: list[SyncOutbox],
    ) -> list[dict[str, Any]]:
        ids = Ids(s)
        digest_key = identity.digest_key()
        group = _Group(s, shared.group_id)
        # (record, key) -> [clock, decided, deleted, row or None]
        touched: dict[tuple[str, str], list[Any]] = {}
        consumed: list[int] = []
        by_id = _rows_by_id(s, entries)
        for entry in entries:
            row = None
            if entry.tbl == PEERS:
                key = entry.row_key or ""
            elif entry.deleted:
                key = entry.row_key or ""
            else:
                spec = BY_NAME.get(entry.tbl)
                if spec is None:
                    consumed.append(entry.id)
                    continue
                if (entry.tbl, entry.row_id) in by_id:
                    row = by_id[(entry.tbl, entry.row_id)]
                else:
                    row = spec.local_row(s, (entry.row_id, entry.row_id2))
                if row is None:  # gone since: its tombstone (or its parent's) says so
                    consumed.append(entry.id)
                    continue
                if not group.holds(spec, row):  # a reused local id: another group's row
                    consumed.append(entry.id)
                    continue
                if _session_of(spec, row) in group.running:
                    continue  # sent when the session ends, as one
                found_key = spec.key_of(row, ids)
                if found_key is None:
                    consumed.append(entry.id)
                    continue
                key = found_key
            consumed.append(entry.id)
            slot = touched.setdefault((entry.tbl, key), [0, False, False, None])
            slot[0] = max(slot[0], entry.clock)
            slot[1] = slot[1] or entry.decided
            slot[2] = slot[2] or entry.deleted
            slot[3] = row if row is not None else slot[3]
        for start in range(0, len(consumed), 500):
            chunk = consumed[start : start + 500]
            s.execute(
                delete(SyncOutbox).where(SyncOutbox.id.in_(chunk)),
                execution_options={"synchronize_session": False},
            )
        sync_rows = _sync_rows(s, list(touched))
        records = []
        for (tbl, key), (clock, decided, deleted, row) in touched.items():
            record = self._record(
                s,
                cipher,
                shared,
                ids,
                digest_key,
                device,
                group_cipher,
                tbl,
                key,
                clock,
                int(decided),
                deleted,
                row,
                sync_rows.get((tbl, key)),
            )
            if record is not None:
                records.append(record)
        records.sort(key=lambda r: (ORDER.get(r["t"], -1), r["c"]))
        return records

    def _record(
        self,
        s: Session,
        cipher: FieldCipher,
        shared: SharedGroup,
        ids: Ids,
        digest_key: DigestKey,
        device: str,
        group_cipher: GroupCipher,
        tbl: str,
        key: str,
        clock: int,
        decided: int,
        deleted: bool,
        row: Any,  # found by `_records`; None only for laptops and deletions
        sync_row: SyncRow | None,
    ) -> dict[str, Any] | None:
        if tbl == PEERS:
            peer = find_peer(s, shared, key)
            if peer is None:
                return None
            upto = 0
            if peer.state == "removed":
                cursor = s.get(SyncCursor, (shared.id, key))
                upto = cursor.last_seq if cursor is not None else 0
            return {"t": PEERS, "k": key, "c": clock, "f": peer_record(peer, upto)}
        if sync_row is not None and sync_row.deleted:
            return None
        if deleted:
            if sync_row is None:
                sync_row = SyncRow(tbl=tbl, key=key, shared_group_id=shared.id)
                s.add(sync_row)
            sync_row.deleted = True
            forget_conflicts(s, tbl, key)
            sync_row.local_id = None
            return {"t": tbl, "k": key, "c": clock, "del": 1}
        spec = BY_NAME[tbl]
        try:
            values = spec.read(s, row, ids, cipher)
        except RecordDamaged:
            return None  # a damaged record stays here; the others hold their own copy
        stamps: dict[str, Stamp] = json.loads(sync_row.stamps) if sync_row else {}
        digests: dict[str, str] = json.loads(sync_row.digests) if sync_row else {}
        stamp: Stamp = [decided, clock, device]
        changed: dict[str, Any] = {}
        bases: dict[str, Stamp | None] = {}
        for name, value in values.items():
            digest = keyed_digest(digest_key, tbl, key, name, dumps(value))
            if digests.get(name) == digest:
                continue
            changed[name] = value
            bases[name] = stamps.get(name)
            stamps[name] = stamp
            digests[name] = digest
        if tbl == "notes" and values.get("shared") is False:
            # Taken back: the others only learn to drop it (its text does not go again, nor
            # at all when it never went out).
            if sync_row is None:
                return None
            changed = {name: v for name, v in changed.items() if name == "shared"}
            bases = {name: b for name, b in bases.items() if name == "shared"}
        elif tbl == "notes" and "shared" in changed:
            # Shared again: everything goes, as the others dropped it whole; even what a
            # co-facilitator's edit brought here meanwhile, already in `digests`. (No base:
            # no laptop holds the note to compare it with.)
            for name in values.keys() - changed.keys():
                changed[name] = values[name]
                stamps[name] = stamp
        if sync_row is None:
            sync_row = SyncRow(tbl=tbl, key=key, shared_group_id=shared.id)
            s.add(sync_row)
        sync_row.local_id = getattr(row, "id", None)
        sync_row.stamps = dumps(stamps)
        sync_row.digests = dumps(digests)
        if not changed:
            return None
        if tbl == "attendance":
            follow_mark(s, row)  # a correction of a merged meeting's mark
        sealed = SEALED_ON_THE_WIRE[tbl]
        wire = {
            name: _seal_value(group_cipher, tbl, key, name, clock, value)
            if name in sealed
            else value
            for name, value in changed.items()
        }
        return {"t": tbl, "k": key, "c": clock, "x": decided, "f": wire, "b": bases}

    def _store_change(
        self,
        s: Session,
        shared: SharedGroup,
        identity: Identity,
        device: str,
        group_cipher: GroupCipher,
        records: list[dict[str, Any]],
    ) -> None:
        last = s.scalar(
            select(func.max(SyncSent.clock)).where(SyncSent.shared_group_id == shared.id)
        )
        clock = max([int(last or 0)] + [int(r["c"]) for r in records])
        change, chain = seal_change(
            identity,
            group_cipher,
            device,
            shared.next_seq,
            clock,
            shared.chain,
            {"records": records},
        )
        s.add(
            SyncSent(
                shared_group_id=shared.id,
                seq=change.seq,
                clock=change.clock,
                epoch=change.epoch,
                payload=change.payload,
                signature=change.signature,
                uploaded=False,
            )
        )
        shared.next_seq += 1
        shared.chain = chain
        s.flush()


def _by_sealing_key(
    records: list[dict[str, Any]], ciphers: dict[int, GroupCipher]
) -> list[tuple[GroupCipher, list[dict[str, Any]]]]:
    """A removal goes first, each in a change of its own sealed with the key before the
    epoch it begins: the laptops that stay read it, and the check of the new key, before
    they take any key for that epoch (a laptop without that key, if one ever is, uses its
    newest). Everything else goes with the newest key."""
    newest = ciphers[max(ciphers)]
    removals = sorted(
        (r for r in records if r["t"] == PEERS and r["f"]["epoch"] is not None),
        key=lambda r: int(r["f"]["epoch"]),
    )
    parts = [(ciphers.get(int(r["f"]["epoch"]) - 1, newest), [r]) for r in removals]
    rest = [r for r in records if not any(r is removal for removal in removals)]
    return [*parts, (newest, rest)]  # an empty part makes no change


def forget_conflicts(s: Session, tbl: str, key: str) -> None:
    """A deleted record's conflicts go with it: an erased member's other values too."""
    s.execute(
        delete(SyncConflict).where(SyncConflict.tbl == tbl, SyncConflict.row_key == key),
        execution_options={"synchronize_session": False},
    )


def _rows_by_id(s: Session, entries: list[SyncOutbox]) -> dict[tuple[str, int | None], Any]:
    """The rows outbox entries name by their own id, a query per table (capturing a whole
    group when sharing starts reads thousands)."""
    wanted: dict[str, list[int]] = {}
    for entry in entries:
        spec = BY_NAME.get(entry.tbl)
        if spec is None or entry.deleted or entry.row_id is None:
            continue
        if spec.natural and not spec.outbox_by_id:
            continue
        wanted.setdefault(entry.tbl, []).append(entry.row_id)
    found: dict[tuple[str, int | None], Any] = {}
    for tbl, row_ids in wanted.items():
        model = BY_NAME[tbl].model
        unique = sorted(set(row_ids))
        for row_id in unique:
            found[(tbl, row_id)] = None
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            for row in s.scalars(select(model).where(model.id.in_(chunk))):
                found[(tbl, row.id)] = row
    return found


def _sync_rows(s: Session, keys: list[tuple[str, str]]) -> dict[tuple[str, str], SyncRow]:
    by_table: dict[str, list[str]] = {}
    for tbl, key in keys:
        by_table.setdefault(tbl, []).append(key)
    found: dict[tuple[str, str], SyncRow] = {}
    for tbl, table_keys in by_table.items():
        for start in range(0, len(table_keys), 500):
            chunk = table_keys[start : start + 500]
            for row in s.scalars(select(SyncRow).where(SyncRow.tbl == tbl, SyncRow.key.in_(chunk))):
                found[(tbl, row.key)] = row
    return found


class _Group:
    """The shared group's sessions and members, read once: whether a row read back by an
    outbox entry's local id is still the group's (SQLite reuses a deleted row's id, so a
    discarded session's id may now be another group's), without a query per row."""

    def __init__(self, s: Session, group_id: int | None) -> None:
        self._s, self._id = s, group_id
        found = s.execute(
            select(GroupSession.id, GroupSession.status).where(GroupSession.group_id == group_id)
        )
        statuses = {row_id: status for row_id, status in found}
        self.sessions = set(statuses)
        self.running = {row_id for row_id, status in statuses.items() if status == "running"}
        self.members = set(s.scalars(select(Member.id).where(Member.group_id == group_id)))

    def holds(self, spec: Spec, row: Any) -> bool:
        """As sharing_apply's `_group_of`, by kind of row."""
        if spec.name == "groups":
            return bool(row.id == self._id)
        if hasattr(row, "group_id"):
            return bool(row.group_id == self._id)
        session_id = getattr(row, "session_id", None)
        if session_id is None and isinstance(row, NoteAddendum):  # rare: a query is fine
            session_id = self._s.scalar(
                select(SessionNote.session_id).where(SessionNote.id == row.session_note_id)
            )
        if session_id is not None:
            return session_id in self.sessions
        member_id = getattr(row, "member_id", None)
        return member_id is None or member_id in self.members


def _session_of(spec: Spec, row: Any) -> int | None:
    if spec.name == "sessions":
        return int(row.id)
    if spec.name in ("session_events", "attendance", "turns", "checkin_scores"):
        return int(row.session_id)
    return None


def _seal_value(cipher: GroupCipher, tbl: str, key: str, name: str, clock: int, value: Any) -> str:
    blob = cipher.seal_field(tbl, key, name, clock, dumps(value))
    return base64.b64encode(blob).decode()
