"""One sync of every shared group: capture, keys, push, pull, verify, apply.

1. Capture (sharing_capture, a transaction per few thousand outbox rows): what was written
   here becomes this laptop's next sealed, signed changes; a running session waits.
2. Keys: every epoch of a group key held here is wrapped (and signed) for every laptop still
   in the group that lacks it; keys wrapped for this laptop are checked (signed by a laptop
   of the group; a later epoch's key only once the removal that began it is read, and only
   the key that removal announced) and taken in. A removal read in step 5 may let a
   waiting key in: the keys are looked at again and the pull goes on.
3. Push: changes not yet on the server are appended, in sequence.
4. Pull: every other laptop's changes after what is applied here, each checked before use
   (sync.protocol.check: sequence, signature, group key); a refused change is recorded as a
   problem and that laptop's stream stops there until it is put right.
5. Apply (sharing_apply, one transaction, outbox triggers silenced): the checked changes of
   all laptops in Lamport order, so an owner arrives before what refers to it; only changes
   up to the point every stream was read to. Applying a change twice changes nothing, so a
   retry after a crash or kill -9 is safe.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.crypto.group_keys import (
    GroupKeyError,
    key_passes_check,
    unwrap_group_key,
)
from facilitator_desktop.crypto.group_keys import wrap_group_key as wrap_key
from facilitator_desktop.crypto.identity import Identity, verify
from facilitator_desktop.errors import RecordDamaged
from facilitator_desktop.models.sync import (
    SharedGroup,
    SyncApplyGuard,
    SyncCursor,
    SyncGroupKey,
    SyncIdentity,
    SyncPeer,
    SyncSent,
)
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.sharing_apply import Applier, record_problem
from facilitator_desktop.services.sharing_capture import Capture
from facilitator_desktop.services.sharing_state import (
    FIRST_EPOCH,
    PEERS,
    SYNCING,
    changes_waiting,
    group_ciphers,
    held_group_key,
    load_identity,
    store_group_key,
)
from facilitator_desktop.sync.protocol import (
    ChangeRefused,
    Opened,
    WireChange,
    check,
    key_grant_message,
    wrap_context,
)
from facilitator_desktop.sync.server import KeyGrant, Server, ServerSettings

RECORDS_PER_CHANGE = 400
CAPTURE_BATCH = 2000
PULL_LIMIT = 2000


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
    # (laptop, sequence) of each change refused: a round reads a stream again after a key
    # arrives, and a change refused twice in one sync counts once
    refused: set[tuple[str, int]] = field(default_factory=set)


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
        self._capture = Capture(records_per_change)
        self._pull_limit = pull_limit

    # --- the whole round ------------------------------------------------------------------

    def sync(self, settings: ServerSettings, progress: Progress | None = None) -> SyncReport:
        """Capture, then one connection for keys, push, pull and apply, until every stream
        is read. Raises ServerUnavailable when the server cannot be reached (nothing is lost:
        the changes wait)."""
        started = time.monotonic()
        self.capture()
        pushed = applied = 0
        refused: set[tuple[int, str, int]] = set()
        with Server.connect(settings) as server:
            server.ensure_schema()
            identity, device = self._identity()
            server.register_device(device, identity.public.wrap, identity.public.sign)
            for shared_id in self._groups():
                self._exchange_keys(server, identity, device, shared_id)
                pushed += self._push(server, device, shared_id)
                done = 0
                while True:
                    pulled = self._pull(server, device, shared_id)
                    got = self._apply(pulled)
                    applied, done = applied + got, done + got
                    refused |= {(shared_id, *change) for change in pulled.refused}
                    if progress is not None:
                        progress(done, pulled.remaining - got)
                    if got and self._exchange_keys(
                        server, identity, device, shared_id, announced_only=True
                    ):
                        continue  # a removal just read began an epoch: its key opens more
                    if not pulled.more or got == 0:
                        break
                    pushed += self._push(server, device, shared_id)
                self._mark_synced(shared_id)
        return SyncReport(pushed, applied, len(refused), self.waiting(), time.monotonic() - started)

    def waiting(self) -> int:
        with self._ctx.sessions.begin() as s:
            return changes_waiting(s)

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
                    .where(SharedGroup.state.in_(SYNCING))
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
                got, after = self._capture.run(s, cipher, after=after, limit=CAPTURE_BATCH)
            made += got
            if after < 0:
                return made

    # --- 2. keys ------------------------------------------------------------------------------

    def _exchange_keys(
        self,
        server: Server,
        identity: Identity,
        device: str,
        shared_id: int,
        *,
        announced_only: bool = False,
    ) -> bool:
        """Grant every held key to the laptops of the group that lack it, and take the keys
        granted to this one; True when one was taken. A key of a later epoch than the
        group's first is taken only once the removal that began it is read here, and only
        if it passes the check announced with it: whoever stores another on the server
        (the laptop removed, say) cannot choose the key the others seal with. With
        `announced_only`, nothing is asked of the server unless such a key is awaited."""
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            shared = s.get(SharedGroup, shared_id)
            if shared is None:
                return False
            group_uuid = shared.group_uuid
            held = {
                row.epoch
                for row in s.scalars(
                    select(SyncGroupKey).where(SyncGroupKey.shared_group_id == shared.id)
                )
            }
            rows = s.scalars(select(SyncPeer).where(SyncPeer.shared_group_id == shared.id))
            peers: dict[str, tuple[bytes, bytes, str]] = {}
            checks: dict[int, bytes] = {}
            for p in rows:
                peers[p.device_id] = (p.wrap_public, p.sign_public, p.state)
                if p.removed_epoch is not None and p.removed_key_check is not None:
                    # Two removals made at once on two laptops both begin the same epoch
                    # (a known limit); one check is kept for it, the same on every run.
                    checks.setdefault(p.removed_epoch, p.removed_key_check)
            if announced_only and not set(checks) - held:
                return False
            keys = {epoch: held_group_key(s, cipher, shared, epoch) for epoch in held}
        # Each laptop grants what it holds itself: a grant another stored, even one signed
        # by a laptop of the group, may wrap a key that fails the check (or nothing), and
        # must not keep ours from the laptops that lack it.
        on_server = {
            (g.epoch, g.device_id)
            for g in server.key_grants(group_uuid)
            if g.wrapped_by == device
            and verify(
                identity.public.sign,
                key_grant_message(group_uuid, g.epoch, g.device_id, g.wrapped),
                g.signature,
            )
        }
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
            return False
        taken = False
        with self._ctx.sessions.begin() as s:
            shared = s.get(SharedGroup, shared_id)
            if shared is None:
                return False
            for grant in mine:  # an epoch may have several: a forged one beside ours
                check = checks.get(grant.epoch)
                if grant.epoch in held or (check is None and grant.epoch > FIRST_EPOCH):
                    continue  # held, or its removal not read here yet: it waits
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
                    if check is not None and not key_passes_check(
                        key, group_uuid, grant.epoch, check
                    ):
                        raise GroupKeyError("not the key announced for this epoch")
                except GroupKeyError:
                    record_problem(
                        s, shared.id, grant.wrapped_by, grant.epoch, "key", self._ctx.now()
                    )
                    continue
                store_group_key(s, cipher, shared, grant.epoch, key)
                held.add(grant.epoch)
                taken = True
        return taken

    # --- 3. push ------------------------------------------------------------------------------

    def _push(self, server: Server, device: str, shared_id: int) -> int:
        with self._ctx.sessions.begin() as s:
            shared = s.get(SharedGroup, shared_id)
            if shared is None or shared.state != "active":
                return 0
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
                    record_problem(s, shared_id, device, change.seq, "diverged", self._ctx.now())
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
                    record_problem(s, shared_id, other, 0, "unknown", self._ctx.now())
                continue
            sign_public, upto = peer
            pulled.remaining += head - last_seq
            changes = server.pull(group_uuid, other, last_seq, self._pull_limit)
            cut_short = len(changes) == self._pull_limit and head > changes[-1].seq
            pulled.more = pulled.more or cut_short
            previous = last_digest
            expected = last_seq + 1
            for change in changes:
                if upto is not None and change.seq > upto:
                    self._record_refusal(shared_id, ChangeRefused("removed", change))
                    pulled.refused.add((change.device_id, change.seq))
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
                    pulled.refused.add((change.device_id, change.seq))
                    break
                pulled.opened.append(opened)
                previous, expected = opened.digest, expected + 1
            else:  # read to the end of the pull: later in clock order waits for the rest
                if cut_short:  # (a stream stopped by a refusal or a key holds no one back)
                    last_clock = changes[-1].clock
                    frontier = last_clock if frontier is None else min(frontier, last_clock)
        pulled.frontier = frontier
        return pulled

    def _record_refusal(self, shared_id: int, refused: ChangeRefused) -> None:
        with self._ctx.sessions.begin() as s:
            record_problem(
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
        )  # never empty: the change that set the frontier is at it
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            self._capture.run(s, cipher)  # local edits are stamped before others' arrive
            s.add(SyncApplyGuard(id=1))
            s.flush()
            shared = s.get(SharedGroup, pulled.shared_id)
            assert shared is not None
            identity, _device = self._identity_in(s, cipher)
            applier = Applier(s, cipher, shared, self._ctx, identity.digest_key())
            highest = 0
            waiting: set[str] = set()
            applied = 0
            cut = _removed_upto(ready)
            for opened in ready:
                device = opened.change.device_id
                seq = opened.change.seq
                if device not in waiting and seq > cut.get(device, seq):
                    # Written past a removal read in this same round: refused, as the
                    # remover refused it, whichever of the two comes first in clock order.
                    record_problem(s, shared.id, device, seq, "removed", self._ctx.now())
                    pulled.refused.add((device, seq))
                    waiting.add(device)
                if device in waiting or not applier.apply_change(opened):
                    # It names something another laptop wrote that has not arrived here
                    # (its stream was not read this time): this laptop's stream waits here.
                    waiting.add(device)
                    continue
                applied += 1
                cursor = s.get(SyncCursor, (shared.id, device))
                if cursor is None:
                    cursor = SyncCursor(shared_group_id=shared.id, device_id=device)
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


def _removed_upto(ready: list[Opened]) -> dict[str, int]:
    """The laptops this round removes, each with its last change that stays (the first)."""
    cut: dict[str, int] = {}
    for opened in ready:
        for record in opened.body.get("records", ()):
            fields = record.get("f") if isinstance(record, dict) else None
            if isinstance(fields, dict) and record.get("t") == PEERS and fields.get("removed"):
                with contextlib.suppress(KeyError, TypeError, ValueError):  # as the applier
                    cut.setdefault(str(record["k"]), int(fields.get("upto", 0)))
    return cut
