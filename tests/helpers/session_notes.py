"""A finished session written straight into a workspace, with exactly the facts a test
names: attendance marks, turns, segments, guests, the rule set in force."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from facilitator_desktop.models import (
    Attendance,
    GroupSession,
    MeasureInstrument,
    SessionSegment,
    Turn,
)
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace

# (status, arrived at, left at) in session seconds
Mark = tuple[str, float | None, float | None]


@dataclass(frozen=True)
class TurnSpec:
    member_id: int
    segment: int
    started: float
    seconds: float
    passed: bool = False


@dataclass(frozen=True)
class SegmentSpec:
    name: str
    kind: str
    planned: float
    actual: float


DEFAULT_SEGMENTS = (
    SegmentSpec("Check-in", "round", 900, 840),
    SegmentSpec("Discussion", "open", 2700, 2880),
    SegmentSpec("Check-out", "round", 600, 540),
)


@dataclass
class Sitting:
    """What one finished session holds."""

    started_at: datetime = datetime(2026, 3, 5, 17, 0)
    marks: Mapping[int, Mark] = field(default_factory=dict)
    turns: Sequence[TurnSpec] = ()
    segments: Sequence[SegmentSpec] = DEFAULT_SEGMENTS
    guests: int = 0
    rule_set_id: int | None = None
    status: str = "finished"


def write_session(ws: Workspace, group_id: int, sitting: Sitting) -> int:
    elapsed = sum(s.actual for s in sitting.segments)
    with ws.context.sessions.begin() as s:
        row = GroupSession(
            group_id=group_id,
            status=sitting.status,
            started_at=sitting.started_at,
            ended_at=sitting.started_at + timedelta(seconds=elapsed)
            if sitting.status == "finished"
            else None,
            plan_json="[]",
            seats_json="{}",
            soft_limit_min=5,
            rule_set_id=sitting.rule_set_id,
            guests=sitting.guests,
            alive_at=elapsed,
            planned_seconds=sum(s.planned for s in sitting.segments),
            elapsed_seconds=elapsed,
        )
        s.add(row)
        s.flush()
        for position, seg in enumerate(sitting.segments):
            s.add(
                SessionSegment(
                    session_id=row.id,
                    position=position,
                    name=seg.name,
                    kind=seg.kind,
                    planned_seconds=seg.planned,
                    actual_seconds=seg.actual,
                )
            )
        for member_id, (status, arrived, left) in sitting.marks.items():
            s.add(
                Attendance(
                    session_id=row.id,
                    member_id=member_id,
                    status=status,
                    arrived_at=arrived,
                    left_at=left,
                )
            )
        for turn in sitting.turns:
            s.add(
                Turn(
                    session_id=row.id,
                    member_id=turn.member_id,
                    segment_index=turn.segment,
                    started_at=turn.started,
                    duration=turn.seconds,
                    passed=turn.passed,
                )
            )
        return row.id


@dataclass(frozen=True)
class SmallGroup:
    group_id: int
    anna: int
    bo: int
    cleo: int
    dan: int
    eve: int


def small_group(ws: Workspace, name: str = "Thursday carers") -> SmallGroup:
    """Five members: Anna (Anna Kowalska), Bo (Bo Lind), Cleo, Dan, Eve."""
    group = ws.groups.create(GroupDraft(name))
    add = ws.members.add
    return SmallGroup(
        group.id,
        add(group.id, MemberDraft("Anna", full_name="Anna Kowalska", contact="+48 601 234 567")).id,
        add(group.id, MemberDraft("Bo", full_name="Bo Lind")).id,
        add(group.id, MemberDraft("Cleo", full_name="Cleo Ames")).id,
        add(group.id, MemberDraft("Dan", full_name="Daniel Ortega")).id,
        add(group.id, MemberDraft("Eve")).id,
    )


def typical_session(ws: Workspace, g: SmallGroup, **changes: object) -> int:
    """Anna present, Bo late (came 10 min in), Cleo left early (50 min in), Dan excused,
    Eve absent; a check-in round where Cleo passed, a discussion, a check-out."""
    sitting = Sitting(
        marks={
            g.anna: ("present", None, None),
            g.bo: ("late", 600.0, None),
            g.cleo: ("left_early", None, 3000.0),
            g.dan: ("excused", None, None),
            g.eve: ("absent", None, None),
        },
        turns=(
            TurnSpec(g.anna, 0, 10, 120),
            TurnSpec(g.cleo, 0, 130, 0, passed=True),
            TurnSpec(g.bo, 0, 640, 60),
            TurnSpec(g.anna, 1, 900, 300),
            TurnSpec(g.bo, 1, 1300, 200),
            TurnSpec(g.cleo, 1, 1600, 100),
            TurnSpec(g.anna, 2, 3800, 60),
            TurnSpec(g.bo, 2, 3900, 0, passed=True),
        ),
        guests=1,
    )
    for key, value in changes.items():
        setattr(sitting, key, value)
    return write_session(ws, g.group_id, sitting)


def phq9_row(s: Session, created_at: datetime) -> MeasureInstrument:
    """A PHQ-9 row written straight into the session, flushed so its id can seal entries."""
    phq = MeasureInstrument(
        key="phq9", name="PHQ-9", items=9, item_min=0, item_max=3, created_at=created_at
    )
    s.add(phq)
    s.flush()
    return phq
