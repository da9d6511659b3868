"""Years of plausible past sessions, written in bulk so ten years take seconds.

Members have tendencies (regular, often late, drifting away, quiet, talkative) so history
and follow-ups have something to show. Deterministic for a given random generator.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.demo_data.note_texts import FOLLOW_UPS, SESSION_NOTES
from facilitator_desktop.models import (
    Attendance,
    GroupSession,
    Member,
    Note,
    NoteMember,
    SessionSegment,
    Turn,
)
from facilitator_desktop.services.groups import GroupInfo
from facilitator_desktop.services.members import MemberInfo
from facilitator_desktop.workspace import Workspace


@dataclass(slots=True)
class Persona:
    member_id: int
    alias: str
    attend: float  # chance of attending
    notice: float  # chance an absence is announced
    voice: float  # relative airtime weight
    pass_rate: float
    joined_week: int
    left_week: int | None
    # One member per group gives each follow-up rule something to find lately.
    drifting: bool = False  # the last two sessions missed without notice
    quiet: bool = False  # passed every turn in the last three sessions


def _personas(members: list[MemberInfo], weeks: int, rng: random.Random) -> list[Persona]:
    people = []
    for index, m in enumerate(members):
        kind = index % 6
        joined = 0 if index < 6 else rng.randint(0, max(0, weeks - 4))
        left = None
        if kind == 5 and weeks > 30:
            left = rng.randint(joined + 4, weeks - 1)
        people.append(
            Persona(
                member_id=m.id,
                alias=m.alias,
                attend=(0.95, 0.85, 0.9, 0.85, 0.9, 0.8)[kind],
                notice=(0.9, 0.7, 0.5, 0.6, 0.8, 0.8)[kind],
                voice=(1.0, 2.6, 0.8, 0.6, 1.2, 1.0)[kind],
                pass_rate=(0.05, 0.02, 0.1, 0.3, 0.05, 0.1)[kind],
                joined_week=joined,
                left_week=left,
                drifting=index == 4,
                quiet=index == 3,
            )
        )
    return people


def _session_start(first_day: date, week: int, group: GroupInfo) -> datetime:
    day = first_day + timedelta(weeks=week)
    day += timedelta(days=((group.weekday or 0) - day.weekday()) % 7)
    hours, minutes = (int(x) for x in (group.start_time or "18:00").split(":"))
    return datetime.combine(day, time(hours, minutes))


def write_history(
    ws: Workspace, group: GroupInfo, weeks: int, rng: random.Random, today: date
) -> None:
    members = ws.members.list(group.id)
    people = _personas(members, weeks, rng)
    first_day = today - timedelta(weeks=weeks)
    cipher = ws.keyring.cipher
    ctx = ws.context
    with ctx.sessions.begin() as s:
        _set_membership_dates(s, people, first_day)
        session_id = int(s.scalar(select(func.coalesce(func.max(GroupSession.id), 0))) or 0)
        note_id = int(s.scalar(select(func.coalesce(func.max(Note.id), 0))) or 0)
        rows: dict[str, list[dict[str, object]]] = {
            "sessions": [],
            "segments": [],
            "attendance": [],
            "turns": [],
            "notes": [],
            "links": [],
        }
        for week in range(weeks):
            session_id += 1
            started = _session_start(first_day, week, group)
            if started.date() >= today:
                break
            in_group = [
                p
                for p in people
                if p.joined_week <= week and (p.left_week is None or week < p.left_week)
            ]
            present = _attendance(rows, session_id, in_group, week, weeks, rng)
            elapsed = _segments_and_turns(rows, session_id, group, present, week, weeks, rng)
            rows["sessions"].append(
                {
                    "id": session_id,
                    "group_id": group.id,
                    "status": "finished",
                    "started_at": started,
                    "ended_at": started + timedelta(seconds=elapsed),
                    "plan_json": "[]",
                    "seats_json": "{}",
                    "soft_limit_min": group.speaker_soft_limit_min,
                    "rule_set_id": None,
                    "guests": rng.choice((0, 0, 0, 1, 2)),
                    "alive_at": elapsed,
                    "planned_seconds": sum(seg.minutes * 60.0 for seg in group.agenda),
                    "elapsed_seconds": elapsed,
                    "corrected_at": None,
                }
            )
            for _ in range(rng.choice((1, 1, 2, 3))):
                note_id += 1
                _note(
                    rows,
                    cipher,
                    note_id,
                    group.id,
                    session_id,
                    started,
                    present or in_group,
                    week,
                    weeks,
                    rng,
                )
        s.execute(insert(GroupSession), rows["sessions"])
        for table, key in (
            (SessionSegment, "segments"),
            (Attendance, "attendance"),
            (Turn, "turns"),
            (Note, "notes"),
            (NoteMember, "links"),
        ):
            if rows[key]:
                s.execute(insert(table), rows[key])


def _set_membership_dates(s: Session, people: list[Persona], first_day: date) -> None:
    for p in people:
        s.execute(
            update(Member)
            .where(Member.id == p.member_id)
            .values(
                joined_on=first_day + timedelta(weeks=p.joined_week),
                left_on=(first_day + timedelta(weeks=p.left_week)) if p.left_week else None,
            )
        )


def _attendance(
    rows: dict[str, list[dict[str, object]]],
    session_id: int,
    in_group: list[Persona],
    week: int,
    weeks: int,
    rng: random.Random,
) -> list[Persona]:
    present = []
    for p in in_group:
        drifting = p.drifting and week >= weeks - 2
        if not drifting and rng.random() < p.attend:
            status = rng.choices(("present", "late", "left_early"), (0.85, 0.1, 0.05))[0]
            present.append(p)
        else:
            status = "excused" if not drifting and rng.random() < p.notice else "absent"
        rows["attendance"].append(
            {
                "session_id": session_id,
                "member_id": p.member_id,
                "status": status,
                "arrived_at": rng.uniform(120, 900) if status == "late" else None,
                "left_at": rng.uniform(2400, 4000) if status == "left_early" else None,
            }
        )
    return present


def _segments_and_turns(
    rows: dict[str, list[dict[str, object]]],
    session_id: int,
    group: GroupInfo,
    present: list[Persona],
    week: int,
    weeks: int,
    rng: random.Random,
) -> float:
    clock = 0.0
    for position, seg in enumerate(group.agenda):
        planned = seg.minutes * 60.0
        overrun = 1.25 if seg.kind == "open" and rng.random() < 0.55 else 1.0
        actual = planned * rng.uniform(0.85, 1.1) * overrun
        rows["segments"].append(
            {
                "session_id": session_id,
                "position": position,
                "name": seg.name,
                "kind": seg.kind,
                "planned_seconds": planned,
                "actual_seconds": actual,
            }
        )
        speakers = list(present) if seg.kind == "round" else _open_floor(present, rng)
        weights = [p.voice for p in speakers]
        total = sum(weights) or 1.0
        at = clock
        for p, weight in zip(speakers, weights, strict=True):
            silent = p.quiet and week >= weeks - 3
            passed = silent or rng.random() < p.pass_rate
            duration = 0.0 if passed else actual * 0.9 * weight / total
            rows["turns"].append(
                {
                    "session_id": session_id,
                    "member_id": p.member_id,
                    "segment_index": position,
                    "started_at": at,
                    "duration": duration,
                    "passed": passed,
                }
            )
            at += duration
        clock += actual
    return clock


def _open_floor(present: list[Persona], rng: random.Random) -> list[Persona]:
    if not present:
        return []
    turns = rng.randint(len(present), len(present) * 2)
    return rng.choices(present, weights=[p.voice for p in present], k=turns)


def _note(
    rows: dict[str, list[dict[str, object]]],
    cipher: FieldCipher,
    note_id: int,
    group_id: int,
    session_id: int,
    started: datetime,
    people: list[Persona],
    week: int,
    weeks: int,
    rng: random.Random,
) -> None:
    a, b = rng.sample(people, 2) if len(people) >= 2 else (people * 2)[:2]
    follow_up = rng.random() < 0.12
    template = rng.choice(FOLLOW_UPS if follow_up else SESSION_NOTES)
    body = template.format(a=a.alias, b=b.alias)
    written = started + timedelta(minutes=rng.randint(5, 100))
    done = follow_up and week < weeks - 3
    rows["notes"].append(
        {
            "id": note_id,
            "group_id": group_id,
            "session_id": session_id,
            "segment_index": None,
            "rev": 0,
            "body_ct": cipher.encrypt("notes", note_id, "body", 0, body),
            "created_at": written,
            "updated_at": written,
            "follow_up": follow_up,
            "due_on": (written.date() + timedelta(days=rng.choice((3, 7, 14))))
            if follow_up
            else None,
            "done_at": (written + timedelta(days=2)) if done else None,
        }
    )
    # Linked to whoever the text names.
    linked = {p.member_id for p, slot in ((a, "{a}"), (b, "{b}")) if slot in template}
    rows["links"].extend({"note_id": note_id, "member_id": m} for m in sorted(linked))
