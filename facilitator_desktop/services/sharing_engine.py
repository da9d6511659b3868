"""One sync of every shared group: capture, keys, push, pull, verify, apply.

1. Capture (one SQLite transaction): the outbox rows the triggers wrote become records
   (sharing_records), only the fields whose keyed digest changed, each stamped
   [decided, Lamport clock, device]; records are sealed and signed into this laptop's next
   changes (sync_sent). A running session's rows wait in the outbox until it ends.
2. Keys: every epoch of a group key held here is wrapped (and signed) for every laptop still
   in the group that lacks it; keys wrapped for this laptop are checked (signed by a laptop
   of the group) and taken in.
3. Push: changes not yet on the server are appended, in sequence.
4. Pull: every other laptop's changes after what is applied here, each checked before use
   (sync.protocol.check: sequence, signature, group key); a refused change is recorded as a
   problem and that laptop's stream stops there until it is put right.
5. Apply (one SQLite transaction, outbox triggers silenced): the checked changes of all
   laptops in Lamport order, so an owner arrives before what refers to it; only changes up
   to the point every stream was read to. Per field, the higher stamp wins; when neither
   write knew of the other, the losing value is kept sealed in sync_conflicts. Applying a
   change twice changes nothing, so a retry after a crash or kill -9 is safe.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.crypto.group_keys import GroupCipher, GroupKeyError, unwrap_group_key
from facilitator_desktop.crypto.group_keys import wrap_group_key as wrap_key
from facilitator_desktop.crypto.identity import Identity, PublicKeys, keyed_digest, verify
from facilitator_desktop.errors import RecordDamaged
from facilitator_desktop.models import GroupSession, Member, NoteAddendum, RuleSet, SessionNote
from facilitator_desktop.models.sync import (
    SharedGroup,
    SyncApplyGuard,
    SyncConflict,
    SyncCursor,
    SyncGroupKey,
    SyncIdentity,
    SyncOutbox,
    SyncPeer,
    SyncProblem,
    SyncRow,
    SyncSent,
)
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.sealed import seal
from facilitator_desktop.services.sharing import (
    PEERS,
    add_peer,
    dumps,
    find_peer,
    group_ciphers,
    group_key_bytes,
    load_identity,
    peer_record,
    store_group_key,
)
from facilitator_desktop.services.sharing_records import (
    BY_NAME,
    ORDER,
    SEALED_ON_THE_WIRE,
    Ids,
    MissingOwner,
    Spec,
    event_payload,
    from_wire,
)
from facilitator_desktop.services.sharing_sessions import merge_sessions, renumber_rule_sets
from facilitator_desktop.sync.protocol import (
    ChangeRefused,
    Opened,
    WireChange,
    check,
    key_grant_message,
    wrap_context,
)
from facilitator_desktop.sync.protocol import (
    seal as seal_change,
)
from facilitator_desktop.sync.server import KeyGrant, Server, ServerSettings

RECORDS_PER_CHANGE = 400
CAPTURE_BATCH = 2000
# New rows of these tables go in one INSERT per change: no sealed text, nothing refers to them.
_PLAIN_NEW = frozenset({"session_events", "turns", "attendance"})
# What makes one record unusable (the others of its change still apply).
_UNUSABLE = (MissingOwner, IntegrityError, KeyError, TypeError, ValueError, GroupKeyError)
PULL_LIMIT = 2000
Stamp = list[Any]  # [decided, clock, device]


@dataclass(frozen=True, slots=True)
class SyncReport:
    pushed: int = 0  # changes uploaded
    applied: int = 0  # others' changes applied
    refused: int = 0  # others' changes refused (see SharingService.problems)
    waiting: int = 0  # local changes not yet on the server
    seconds: float = 0.0


@dataclass
class _Pulled:
    shared_id: int
    opened: list[Opened] = field(default_factory=list)
    frontier: int | None = None  # apply nothing later than this clock this round
    more: bool = False
    remaining: int = 0  # changes the server holds beyond what was read
    refused: int = 0


Progress = Callable[[int, int], None]  # (changes applied so far, changes known to remain)


class SyncEngine:
    def __init__(
        self,
        ctx: ServiceContext,
        *,
        records_per_change: int = RECORDS_PER_CHANGE,
        pull_limit: int = PULL_LIMIT,
    ) -> None:
        self._ctx = ctx
        self._records_per_change = records_per_change
        self._pull_limit = pull_limit

    # --- the whole round ------------------------------------------------------------------

    def sync(self, settings: ServerSettings, progress: Progress | None = None) -> SyncReport:
        """Capture, then one connection for keys, push, pull and apply, until every stream
        is read. Raises ServerUnavailable when the server cannot be reached (nothing is lost:
        the changes wait)."""
        started = time.monotonic()
        self.capture()
        pushed = applied = refused = 0
        with Server.connect(settings) as server:
            server.ensure_schema()
            identity, device = self._identity()
            server.register_device(device, identity.public.wrap, identity.public.sign)
            for shared_id in self._groups():
                self._exchange_keys(server, identity, device, shared_id)
                pushed += self._push(server, shared_id)
                done = 0
                while True:
                    pulled = self._pull(server, device, shared_id)
                    got = self._apply(pulled)
                    applied, refused, done = applied + got, refused + pulled.refused, done + got
                    if progress is not None:
                        progress(done, pulled.remaining - got)
                    if not pulled.more or got == 0:
                        break
                    pushed += self._push(server, shared_id)
                self._mark_synced(shared_id)
        return SyncReport(pushed, applied, refused, self.waiting(), time.monotonic() - started)

    def waiting(self) -> int:
        with self._ctx.sessions.begin() as s:
            outbox = s.scalar(select(func.count()).select_from(SyncOutbox)) or 0
            sent = s.scalar(
                select(func.count()).select_from(SyncSent).where(SyncSent.uploaded.is_(False))
            )
            return int(outbox) + int(sent or 0)

    def _identity(self) -> tuple[Identity, str]:
        with self._ctx.sessions.begin() as s:
            found = load_identity(s, self._ctx.keyring.cipher)
            if found is None:
                raise RecordDamaged()
            return found

    def _groups(self) -> list[int]:
        with self._ctx.sessions.begin() as s:
            return list(
                s.scalars(
                    select(SharedGroup.id)
                    .where(SharedGroup.state.in_(("active", "pending")))
                    .order_by(SharedGroup.id)
                )
            )

    def _mark_synced(self, shared_id: int) -> None:
        with self._ctx.sessions.begin() as s:
            s.execute(
                update(SharedGroup)
                .where(SharedGroup.id == shared_id)
                .values(synced_at=self._ctx.now())
            )

    # --- 1. capture ---------------------------------------------------------------------------

    def capture(self) -> int:
        """Turn the outbox into sealed, signed changes; returns how many were made. A few
        thousand outbox rows per transaction, so the window's own writes never wait long
        (sharing ten years of a group puts tens of thousands there at once)."""
        cipher = self._ctx.keyring.cipher
        made, after = 0, 0
        while True:
            with self._ctx.sessions.begin() as s:
                got, after = self._capture(s, cipher, after=after, limit=CAPTURE_BATCH)
            made += got
            if after < 0:
                return made

    def _capture(
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
            for start in range(0, len(records), self._records_per_change):
                chunk = records[start : start + self._records_per_change]
                self._store_change(s, shared, identity, device, group_cipher, chunk)
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
        running = set(
            s.scalars(
                select(GroupSession.id).where(
                    GroupSession.group_id == shared.group_id, GroupSession.status == "running"
                )
            )
        )
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
                if _session_of(spec, row) in running:
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
        digest_key: bytes,
        device: str,
        group_cipher: GroupCipher,
        tbl: str,
        key: str,
        clock: int,
        decided: int,
        deleted: bool,
        row: Any | None,
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
                sync_row = SyncRow(tbl=tbl, key=key, shared_group_id=shared.id, stamps="{}")
                s.add(sync_row)
            sync_row.deleted = True
            _forget_conflicts(s, tbl, key)
            sync_row.local_id = None
            return {"t": tbl, "k": key, "c": clock, "del": 1}
        spec = BY_NAME[tbl]
        if row is None:
            row = spec.find(s, key, ids)
        if row is None:
            return None
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
            # Gone for the others; when shared again, everything goes again.
            digests = {"shared": digests.get("shared", "")}
        if sync_row is None:
            sync_row = SyncRow(tbl=tbl, key=key, shared_group_id=shared.id, deleted=False)
            s.add(sync_row)
        sync_row.local_id = getattr(row, "id", None)
        sync_row.stamps = dumps(stamps)
        sync_row.digests = dumps(digests)
        if not changed:
            return None
        sealed = SEALED_ON_THE_WIRE.get(tbl, frozenset())
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

    # --- 2. keys ------------------------------------------------------------------------------

    def _exchange_keys(
        self, server: Server, identity: Identity, device: str, shared_id: int
    ) -> None:
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            shared = s.get(SharedGroup, shared_id)
            if shared is None:
                return
            group_uuid = shared.group_uuid
            held = {
                row.epoch
                for row in s.scalars(
                    select(SyncGroupKey).where(SyncGroupKey.shared_group_id == shared.id)
                )
            }
            peers = {
                p.device_id: (p.wrap_public, p.sign_public, p.state)
                for p in s.scalars(select(SyncPeer).where(SyncPeer.shared_group_id == shared.id))
            }
            keys = {epoch: group_key_bytes(s, cipher, shared, epoch) for epoch in held}
        on_server = {(g.epoch, g.device_id) for g in server.key_grants(group_uuid)}
        grants = []
        for epoch, key in keys.items():
            for peer_device, (wrap_public, _sign, state) in peers.items():
                if state == "removed" or (epoch, peer_device) in on_server:
                    continue
                context = wrap_context(group_uuid, epoch, peer_device)
                wrapped = wrap_key(wrap_public, key, context)
                message = key_grant_message(group_uuid, epoch, peer_device, wrapped)
                grants.append(
                    KeyGrant(
                        group_uuid, epoch, peer_device, wrapped, device, identity.sign(message)
                    )
                )
        server.grant_keys(grants)
        mine = [g for g in server.key_grants(group_uuid, device) if g.epoch not in held]
        if not mine:
            return
        with self._ctx.sessions.begin() as s:
            shared = s.get(SharedGroup, shared_id)
            if shared is None:
                return
            for grant in mine:
                granter = peers.get(grant.wrapped_by)
                if granter is None or granter[2] == "removed":
                    continue  # not (or no longer) someone of this group: wait or ignore
                message = key_grant_message(group_uuid, grant.epoch, device, grant.wrapped)
                try:
                    if not verify(granter[1], message, grant.signature):
                        raise GroupKeyError("bad signature")
                    key = unwrap_group_key(
                        identity, grant.wrapped, wrap_context(group_uuid, grant.epoch, device)
                    )
                except GroupKeyError:
                    _problem(s, shared.id, grant.wrapped_by, grant.epoch, "key", self._ctx.now())
                    continue
                store_group_key(s, cipher, shared, grant.epoch, key)

    # --- 3. push ------------------------------------------------------------------------------

    def _push(self, server: Server, shared_id: int) -> int:
        with self._ctx.sessions.begin() as s:
            shared = s.get(SharedGroup, shared_id)
            if shared is None or shared.state != "active":
                return 0
            found = load_identity(s, self._ctx.keyring.cipher)
            if found is None:
                return 0
            device = found[1]
            rows = list(
                s.scalars(
                    select(SyncSent)
                    .where(SyncSent.shared_group_id == shared_id, SyncSent.uploaded.is_(False))
                    .order_by(SyncSent.seq)
                )
            )
            changes = [
                WireChange(
                    shared.group_uuid, device, r.seq, r.clock, r.epoch, r.payload, r.signature
                )
                for r in rows
            ]
        pushed = 0
        for start in range(0, len(changes), 200):
            chunk = changes[start : start + 200]
            differing = server.push(chunk)
            with self._ctx.sessions.begin() as s:
                for change in differing:
                    _problem(s, shared_id, device, change.seq, "diverged", self._ctx.now())
                s.execute(
                    update(SyncSent)
                    .where(
                        SyncSent.shared_group_id == shared_id,
                        SyncSent.seq.in_([c.seq for c in chunk]),
                    )
                    .values(uploaded=True)
                )
            pushed += len(chunk)
        return pushed

    # --- 4. pull ------------------------------------------------------------------------------

    def _pull(self, server: Server, device: str, shared_id: int) -> _Pulled:
        cipher = self._ctx.keyring.cipher
        pulled = _Pulled(shared_id)
        with self._ctx.sessions.begin() as s:
            shared = s.get(SharedGroup, shared_id)
            if shared is None:
                return pulled
            group_uuid = shared.group_uuid
            ciphers = group_ciphers(s, cipher, shared)
            # device -> (signing key, removed: accepted up to this sequence, else None)
            peers = {
                p.device_id: (
                    p.sign_public,
                    (p.removed_upto or 0) if p.state == "removed" else None,
                )
                for p in s.scalars(select(SyncPeer).where(SyncPeer.shared_group_id == shared.id))
            }
            cursors = {
                c.device_id: (c.last_seq, c.last_digest)
                for c in s.scalars(
                    select(SyncCursor).where(SyncCursor.shared_group_id == shared.id)
                )
            }
        heads = server.heads(group_uuid)
        frontier: int | None = None
        for other, head in sorted(heads.items()):
            if other == device:
                continue
            last_seq, last_digest = cursors.get(other, (0, b""))
            if head <= last_seq:
                continue
            peer = peers.get(other)
            if peer is None:
                # Not (yet) known to be of this group: listed (a laptop introduced by a
                # co-facilitator is known once that change is applied, and the entry goes),
                # and nothing of it is read.
                with self._ctx.sessions.begin() as s:
                    _problem(s, shared_id, other, 0, "unknown", self._ctx.now())
                continue
            sign_public, upto = peer
            pulled.remaining += head - last_seq
            changes = server.pull(group_uuid, other, last_seq, self._pull_limit)
            if len(changes) == self._pull_limit and head > changes[-1].seq:
                pulled.more = True
                last_clock = changes[-1].clock
                frontier = last_clock if frontier is None else min(frontier, last_clock)
            previous = last_digest
            expected = last_seq + 1
            for change in changes:
                if upto is not None and change.seq > upto:
                    self._record_refusal(shared_id, ChangeRefused("removed", change))
                    pulled.refused += 1
                    break
                group_cipher = ciphers.get(change.epoch)
                if group_cipher is None:
                    break  # a key not (yet) granted to this laptop: it waits
                try:
                    opened = check(
                        change,
                        expected_seq=expected,
                        previous=previous,
                        sign_public=sign_public,
                        cipher=group_cipher,
                    )
                except ChangeRefused as refused:
                    self._record_refusal(shared_id, refused)
                    pulled.refused += 1
                    break
                pulled.opened.append(opened)
                previous, expected = opened.digest, expected + 1
        pulled.frontier = frontier
        return pulled

    def _record_refusal(self, shared_id: int, refused: ChangeRefused) -> None:
        with self._ctx.sessions.begin() as s:
            _problem(
                s,
                shared_id,
                refused.change.device_id,
                refused.change.seq,
                refused.reason,
                self._ctx.now(),
            )

    # --- 5. apply -----------------------------------------------------------------------------

    def _apply(self, pulled: _Pulled) -> int:
        if not pulled.opened:
            return 0
        ready = sorted(
            (
                o
                for o in pulled.opened
                if pulled.frontier is None or o.change.clock <= pulled.frontier
            ),
            key=lambda o: (o.change.clock, o.change.device_id, o.change.seq),
        )
        if not ready:
            return 0
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            self._capture(s, cipher)  # local edits are stamped before others' arrive
            s.add(SyncApplyGuard(id=1))
            s.flush()
            shared = s.get(SharedGroup, pulled.shared_id)
            assert shared is not None
            identity, _device = self._identity_in(s, cipher)
            applier = _Applier(s, cipher, shared, self._ctx, identity.digest_key())
            highest = 0
            waiting: set[str] = set()
            applied = 0
            for opened in ready:
                device = opened.change.device_id
                if device in waiting or not applier.apply_change(opened):
                    # It names something another laptop wrote that has not arrived here
                    # (its stream was not read this time): this laptop's stream waits here.
                    waiting.add(device)
                    continue
                applied += 1
                cursor = s.get(SyncCursor, (shared.id, opened.change.device_id))
                if cursor is None:
                    cursor = SyncCursor(
                        shared_group_id=shared.id, device_id=opened.change.device_id
                    )
                    s.add(cursor)
                cursor.last_seq = opened.change.seq
                cursor.last_digest = opened.digest
                highest = max(highest, opened.change.clock)
            applier.finish()
            s.execute(update(SyncIdentity).values(clock=func.max(SyncIdentity.clock, highest)))
            if not pulled.more:
                shared.first_sync_done = True
            s.execute(delete(SyncApplyGuard))
        return applied

    @staticmethod
    def _identity_in(s: Session, cipher: FieldCipher) -> tuple[Identity, str]:
        found = load_identity(s, cipher)
        if found is None:
            raise RecordDamaged()
        return found


class _Applier:
    """Applies checked changes of one shared group inside one transaction."""

    def __init__(
        self,
        s: Session,
        cipher: FieldCipher,
        shared: SharedGroup,
        ctx: ServiceContext,
        digest_key: bytes,
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
                if isinstance(exc, MissingOwner) and exc.table is not None:
                    if self._owner_deleted(exc):
                        continue  # about someone or something deleted meanwhile: moot
                    whole.rollback()
                    return False
                _problem(
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
        found = self._s.get(SyncRow, (missing.table, missing.key))
        return found is not None and found.deleted

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
            _forget_conflicts(s, tbl, key)
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
        s.flush()


def _forget_conflicts(s: Session, tbl: str, key: str) -> None:
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


def _session_of(spec: Spec, row: Any) -> int | None:
    if spec.name == "sessions":
        return int(row.id)
    if spec.name in ("session_events", "attendance", "turns", "checkin_scores"):
        return int(row.session_id)
    return None


def _seal_value(cipher: GroupCipher, tbl: str, key: str, name: str, clock: int, value: Any) -> str:
    blob = cipher.seal_field(tbl, key, name, clock, dumps(value))
    return base64.b64encode(blob).decode()


def _open_value(cipher: GroupCipher, tbl: str, key: str, name: str, clock: int, value: Any) -> Any:
    blob = base64.b64decode(str(value))
    return json.loads(cipher.open_field(tbl, key, name, clock, blob))


def _problem(
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
