"""Years of PHQ-9 and GAD-7 entries for the sample members, written in bulk.

Every four weeks each member present fills in both forms at the session. Most members
improve slowly from where they started, with week-to-week noise; one member per group has
got reliably worse lately, so Follow-ups has someone "not on track" to show. Deterministic
for a given random generator. Item 9 of the PHQ-9 stays at 0: the sample never shows a
flag nobody asked for.
"""

from __future__ import annotations

import math
import random
from datetime import timedelta

from sqlalchemy import func, insert, select

from facilitator_desktop.domain.measures import GAD7, PHQ9, Instrument, score
from facilitator_desktop.models import Attendance, GroupSession, MeasureEntry, Member
from facilitator_desktop.services.context import to_local
from facilitator_desktop.services.measures import FIELD, TABLE, MeasureService, sealed_answers
from facilitator_desktop.workspace import Workspace

EVERY = 4  # sessions between two entries of one member
DRIFTING = 3  # the member (by seat) whose totals have got reliably worse lately


def write_measures(ws: Workspace, group_id: int, rng: random.Random) -> int:
    """PHQ-9 and GAD-7 entries for the group's members; returns how many were written."""
    instruments = {info.spec.key: info for info in MeasureService(ws.context).instruments()}
    cipher = ws.keyring.cipher
    with ws.context.sessions.begin() as s:
        members = s.execute(
            select(Member.id, Member.seat).where(Member.group_id == group_id).order_by(Member.seat)
        ).all()
        sessions = s.execute(
            select(GroupSession.id, GroupSession.started_at)
            .where(GroupSession.group_id == group_id, GroupSession.status == "finished")
            .order_by(GroupSession.started_at)
        ).all()
        present = {
            (session_id, member_id)
            for session_id, member_id in s.execute(
                select(Attendance.session_id, Attendance.member_id)
                .join(GroupSession, GroupSession.id == Attendance.session_id)
                .where(
                    GroupSession.group_id == group_id,
                    Attendance.status.in_(("present", "late", "left_early")),
                )
            )
        }
        next_id = int(s.scalar(select(func.coalesce(func.max(MeasureEntry.id), 0))) or 0) + 1
        rows: list[dict[str, object]] = []
        for position, (member_id, _seat) in enumerate(members):
            taken = [
                (session_id, started)
                for index, (session_id, started) in enumerate(sessions)
                if index % EVERY == position % EVERY and (session_id, member_id) in present
            ]
            for key in (PHQ9, GAD7):
                info = instruments[key]
                for total, (session_id, started) in zip(
                    _series(info.spec, len(taken), position % 6 == DRIFTING, rng),
                    taken,
                    strict=True,
                ):
                    result = score(info.spec, _items(info.spec, total, rng))
                    rows.append(
                        {
                            "id": next_id,
                            "member_id": member_id,
                            "instrument_id": info.id,
                            "session_id": session_id,
                            "taken_on": to_local(started).date(),
                            "rev": 0,
                            "answers_ct": cipher.encrypt(
                                TABLE, next_id, FIELD, 0, sealed_answers(result)
                            ),
                            "created_at": started + timedelta(hours=2),
                        }
                    )
                    next_id += 1
        if rows:
            s.execute(insert(MeasureEntry), rows)
    return len(rows)


def _series(spec: Instrument, count: int, drifting: bool, rng: random.Random) -> list[int]:
    """Totals oldest first: from a moderate start, improving slowly, with noise; a drifting
    member's last two are worse than their first by more than the reliable change."""
    top = int(spec.total_max)
    start = rng.randint(int(top * 0.35), int(top * 0.65))
    relief = rng.uniform(0.2, 0.5) * start
    pace = max(3.0, count / rng.uniform(2, 6))
    totals = []
    for index in range(count):
        level = start - relief * (1 - math.exp(-index / pace))
        totals.append(max(0, min(top, round(level + rng.gauss(0, 1.5)))))
    if drifting and count >= 3:
        worse = int(start + (spec.reliable_change or 3) + rng.randint(1, 3))
        totals[0] = start
        totals[-2] = min(top, worse - 1)
        totals[-1] = min(top, worse)
    return totals


def _items(spec: Instrument, total: int, rng: random.Random) -> list[int]:
    """Item answers that add up to `total` (item 9 of the PHQ-9 kept at 0)."""
    answers = [int(spec.item_min)] * spec.items
    open_items = [i for i in range(spec.items) if spec.safety_item != i + 1]
    for _ in range(int(total - spec.total_min)):
        room = [i for i in open_items if answers[i] < spec.item_max]
        if not room:
            break
        answers[rng.choice(room)] += 1
    return answers
