"""Merges that need more than one record at a time, run after a batch of others' changes is
applied: rule-set versions numbered alike on every laptop, and one meeting run on two
laptops made one session.

Both are functions of what the laptop holds, not of the order it arrived in, so every
laptop that holds the same records ends with the same rows.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from facilitator_desktop.models import Attendance, GroupSession, RuleSet, Turn
from facilitator_desktop.models.sync import SyncFact

# Two recordings of one turn: the same member, segment, and start within this many seconds.
SAME_TURN_S = 10.0
# Attendance marks of the same member in two recordings of one meeting: the first in this
# order wins (someone seen in the room on either laptop was there).
STATUS_ORDER = ("present", "late", "left_early", "excused", "absent")
# A session merged into another one: kept whole, out of history's way (history lists the
# finished ones).
MERGED = "merged"


def renumber_rule_sets(s: Session, group_id: int) -> None:
    """Versions 1..n by (created_at, uuid), on every laptop alike (the one that saved them
    too): two laptops that each saved "version 3" at once end with versions 3 and 4, the
    same two on both."""
    rows = list(
        s.execute(
            select(RuleSet.id, RuleSet.version, RuleSet.created_at, RuleSet.uuid).where(
                RuleSet.group_id == group_id
            )
        )
    )
    ordered = sorted(rows, key=lambda r: (r.created_at, r.uuid or ""))
    wanted = {r.id: i + 1 for i, r in enumerate(ordered)}
    if all(r.version == wanted[r.id] for r in rows):
        return
    for r in rows:  # out of the way first: (group, version) is unique
        s.execute(update(RuleSet).where(RuleSet.id == r.id).values(version=-r.id))
    for row_id, version in wanted.items():
        s.execute(update(RuleSet).where(RuleSet.id == row_id).values(version=version))
    s.flush()


def _end(row: GroupSession) -> datetime:
    return row.ended_at or row.started_at + timedelta(seconds=row.elapsed_seconds)


def meetings(rows: list[GroupSession]) -> list[list[GroupSession]]:
    """Finished sessions of one group in clusters whose times overlap (one meeting each)."""
    ordered = sorted(rows, key=lambda r: (r.started_at, r.uuid or ""))
    clusters: list[list[GroupSession]] = []
    end: datetime | None = None
    for row in ordered:
        if clusters and end is not None and row.started_at < end:
            clusters[-1].append(row)
            end = max(end, _end(row))
        else:
            clusters.append([row])
            end = _end(row)
    return clusters


Mark = tuple[str, float | None, float | None]


def merged_mark(marks: list[Mark]) -> Mark:
    """One member's marks from several recordings of one meeting, as one: someone seen in
    the room on either laptop was there."""
    return min(
        marks, key=lambda m: (STATUS_ORDER.index(m[0]) if m[0] in STATUS_ORDER else 99, repr(m))
    )


def copy_key(turn_uuid: str) -> str:
    """The uuid of a turn's copy in the merged session: the same on every laptop."""
    return str(uuid.uuid5(_COPIES, turn_uuid))


_COPIES = uuid.UUID("6f1c1d2e-3b7a-4c55-9a51-2f0d8e7c4b10")


def merge_sessions(s: Session, group_id: int) -> None:
    """Sessions of one group whose times overlap were one meeting run on two laptops: the
    earliest (then the smallest uuid) is the session history shows, holding every member's
    attendance (the most present mark of any laptop) and every turn (a turn recorded on both
    laptops counted once); the others are kept whole, as "merged", out of history's way."""
    rows = list(
        s.scalars(
            select(GroupSession).where(
                GroupSession.group_id == group_id,
                GroupSession.status.in_(("finished", MERGED)),
            )
        )
    )
    for cluster in meetings(rows):
        canonical = cluster[0]
        if len(cluster) == 1:
            if canonical.status == MERGED:  # its partner is gone (deleted): it stands alone
                canonical.status = "finished"
            continue
        _merge(s, canonical, cluster[1:])
    s.flush()


def _original_marks(s: Session, session: GroupSession) -> dict[int, Mark]:
    """A session's own marks: as first recorded, even after a merge changed its rows."""
    marks: dict[int, Mark] = {
        a.member_id: (a.status, a.arrived_at, a.left_at)
        for a in s.scalars(select(Attendance).where(Attendance.session_id == session.id))
    }
    for fact in s.scalars(
        select(SyncFact).where(SyncFact.tbl == "attendance", SyncFact.session_key == session.uuid)
    ):
        member, status, arrived, left = json.loads(fact.value)
        marks[int(member)] = (status, arrived, left)
    return marks


def other_copies(s: Session, session: GroupSession) -> list[GroupSession]:
    """The other laptops' copies of the meeting `session` shows (kept as "merged"), none
    when it was run on one laptop only."""
    rows = list(
        s.scalars(
            select(GroupSession).where(
                GroupSession.group_id == session.group_id,
                GroupSession.status.in_(("finished", MERGED)),
            )
        )
    )
    for cluster in meetings(rows):
        if session in cluster:
            return [copy for copy in cluster if copy is not session and copy.status == MERGED]
    return []


def copied_from(s: Session, session: GroupSession, turn: Turn) -> Turn | None:
    """The turn of another laptop's copy of the meeting that `turn` was copied from by the
    merge, None when `turn` is the session's own."""
    for copy in other_copies(s, session):
        for source in _turns(s, copy):
            if source.uuid and copy_key(source.uuid) == turn.uuid:
                return source
    return None


def follow_mark(s: Session, row: Attendance) -> None:
    """A mark of a merged meeting's session changed after the merge (a correction made here,
    or another laptop's arriving): the new mark is that session's own from now on, so the
    next merge starts from it rather than from the one first recorded."""
    session_key = s.scalar(select(GroupSession.uuid).where(GroupSession.id == row.session_id))
    fact = s.get(SyncFact, ("attendance", f"{session_key}/{row.member_id}"))
    if fact is not None:
        fact.value = json.dumps([row.member_id, row.status, row.arrived_at, row.left_at])


def _merge(s: Session, canonical: GroupSession, others: list[GroupSession]) -> None:
    canonical.status = "finished"
    copies = {copy_key(t.uuid) for o in [canonical, *others] for t in _turns(s, o) if t.uuid}
    for other in others:
        other.status = MERGED
    for session in [canonical, *others]:  # copies are made afresh below
        for turn in _turns(s, session):
            if turn.uuid in copies:
                s.delete(turn)
    s.flush()
    # attendance: every laptop's marks, the most present one kept
    own = _original_marks(s, canonical)
    for member_id, mark in own.items():
        key = f"{canonical.uuid}/{member_id}"
        if s.get(SyncFact, ("attendance", key)) is None:
            s.add(
                SyncFact(
                    tbl="attendance",
                    key=key,
                    session_key=canonical.uuid or "",
                    value=json.dumps([member_id, *mark]),
                    clock=0,
                    device="",
                )
            )
    marks: dict[int, list[Mark]] = {m: [mark] for m, mark in own.items()}
    for other in others:
        for member_id, mark in _original_marks(s, other).items():
            marks.setdefault(member_id, []).append(mark)
    held = {
        a.member_id: a
        for a in s.scalars(select(Attendance).where(Attendance.session_id == canonical.id))
    }
    for member_id, found in marks.items():
        status, arrived, left = merged_mark(found)
        row = held.get(member_id)
        if row is None:
            row = Attendance(session_id=canonical.id, member_id=member_id, status=status)
            s.add(row)
        row.status, row.arrived_at, row.left_at = status, arrived, left
    # turns: the merged session's own, then the others' not recorded there already
    kept = [
        (t.member_id, t.segment_index, _wall(canonical, t.started_at))
        for t in _turns(s, canonical)
        if t.uuid not in copies
    ]
    offered = sorted(
        ((_wall(o, t.started_at), t.uuid or "", t, o) for o in others for t in _turns(s, o)),
        key=lambda item: (item[0], item[1]),
    )
    for wall, key, turn, _source in offered:
        if any(
            m == turn.member_id
            and seg == turn.segment_index
            and abs((w - wall).total_seconds()) < SAME_TURN_S
            for m, seg, w in kept
        ):
            continue
        kept.append((turn.member_id, turn.segment_index, wall))
        s.add(
            Turn(
                uuid=copy_key(key),
                session_id=canonical.id,
                member_id=turn.member_id,
                segment_index=turn.segment_index,
                started_at=(wall - canonical.started_at).total_seconds(),
                duration=turn.duration,
                passed=turn.passed,
            )
        )
    s.flush()


def _turns(s: Session, session: GroupSession) -> list[Turn]:
    return list(s.scalars(select(Turn).where(Turn.session_id == session.id)))


def _wall(session: GroupSession, seconds: float) -> datetime:
    return session.started_at + timedelta(seconds=seconds)
