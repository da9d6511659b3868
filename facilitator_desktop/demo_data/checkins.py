"""Check-in scores for the sample members, written in bulk: every member present in a
finished session said one, on the group's scale (0 to 10 unless set otherwise).

Each member has their own usual level that wanders slowly, with a point or two of
week-to-week noise, and now and then a hard week. Deterministic for a given random
generator. For the benchmarks and screenshots; the demo start does not call it.
"""

from __future__ import annotations

import json
import math
import random
from datetime import timedelta

from sqlalchemy import func, insert, select

from facilitator_desktop.models import Attendance, CheckinScore, GroupSession
from facilitator_desktop.services.checkin_scores import FIELD, TABLE, CheckinScoreService
from facilitator_desktop.workspace import Workspace

SAID_BY = ("present", "late", "left_early")
HARD_WEEK = 0.06  # how often a member arrives with a much lower score than usual


def write_checkins(ws: Workspace, group_id: int, rng: random.Random) -> int:
    """A score for every member present in each finished session; returns how many."""
    scale = CheckinScoreService(ws.context).scale(group_id)
    cipher = ws.keyring.cipher
    with ws.context.sessions.begin() as s:
        present = s.execute(
            select(Attendance.session_id, Attendance.member_id, GroupSession.started_at)
            .join(GroupSession, GroupSession.id == Attendance.session_id)
            .where(
                GroupSession.group_id == group_id,
                GroupSession.status == "finished",
                Attendance.status.in_(SAID_BY),
            )
            .order_by(GroupSession.started_at, Attendance.member_id)
        ).all()
        next_id = int(s.scalar(select(func.coalesce(func.max(CheckinScore.id), 0))) or 0) + 1
        levels: dict[int, _Level] = {}
        rows: list[dict[str, object]] = []
        for session_id, member_id, started in present:
            level = levels.setdefault(member_id, _Level(scale.low, scale.high, rng))
            score = level.next(rng)
            rows.append(
                {
                    "id": next_id,
                    "session_id": session_id,
                    "member_id": member_id,
                    "rev": 0,
                    "score_ct": cipher.encrypt(TABLE, next_id, FIELD, 0, json.dumps(score)),
                    "recorded_at": started + timedelta(minutes=rng.randint(3, 20)),
                }
            )
            next_id += 1
        if rows:
            s.execute(insert(CheckinScore), rows)
    return len(rows)


class _Level:
    """One member's usual score, wandering slowly within the scale."""

    def __init__(self, low: int, high: int, rng: random.Random) -> None:
        self.low, self.high = low, high
        span = high - low
        self.centre = low + span * rng.uniform(0.4, 0.75)
        self.swing = span * rng.uniform(0.08, 0.2)
        self.period = rng.uniform(10, 40)  # sessions per slow wave
        self.phase = rng.uniform(0, 2 * math.pi)
        self.count = 0

    def next(self, rng: random.Random) -> int:
        self.count += 1
        wave = self.swing * math.sin(self.phase + 2 * math.pi * self.count / self.period)
        value = self.centre + wave + rng.gauss(0, (self.high - self.low) * 0.08)
        if rng.random() < HARD_WEEK:
            value -= (self.high - self.low) * rng.uniform(0.25, 0.45)
        return max(self.low, min(self.high, round(value)))
