"""What a finished session amounts to for its note: the facts, read from the materialised
tables (segments, attendance, turns), the rule set in force and each member's signature by
that day, the check-in scores said in it and the measures taken that day.

Scores and measures are sealed by the code that records them; one that does not open (or
holds what this reader does not know) is left out, and the note still opens.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_desktop.crypto.field_cipher import FieldCipher, FieldDecryptError
from facilitator_desktop.domain.session_note import (
    ATTENDED,
    CheckinFact,
    MarkInput,
    MeasureFact,
    SegmentInput,
    SessionFacts,
    SessionInput,
    TurnInput,
    acknowledged_by,
    session_facts,
)
from facilitator_desktop.errors import FacilitatorError, NotFound
from facilitator_desktop.models import (
    Acknowledgement,
    Attendance,
    CheckinScore,
    Group,
    GroupSession,
    MeasureEntry,
    MeasureInstrument,
    RuleSet,
    SessionSegment,
    Turn,
)
from facilitator_desktop.services.context import to_local
from facilitator_desktop.services.wall_clock import stored_anchors, wall_clock_at


class SessionNotFinished(FacilitatorError):
    default_message = "This session is still running. Its note can be written once it ends."


def finished_session(s: Session, session_id: int) -> GroupSession:
    row = s.get(GroupSession, session_id)
    if row is None:
        raise NotFound("That session no longer exists.")
    if row.status != "finished":
        raise SessionNotFinished()
    return row


def read_facts(
    s: Session, cipher: FieldCipher, row: GroupSession, aliases: Mapping[int, str]
) -> SessionFacts:
    """The facts of a finished session (`aliases`: member id → alias, in seat order)."""
    return session_facts(_session_input(s, cipher, row, aliases), _wall_at(s, row))


def _wall_at(s: Session, row: GroupSession) -> Callable[[float], datetime]:
    anchors = tuple(stored_anchors(s, row.id, row.started_at))
    return lambda seconds: wall_clock_at(anchors, seconds)


def _session_input(
    s: Session, cipher: FieldCipher, row: GroupSession, aliases: Mapping[int, str]
) -> SessionInput:
    group = s.get(Group, row.group_id)
    assert group is not None  # the session's foreign key
    segments = tuple(
        SegmentInput(seg.name, seg.kind, seg.planned_seconds, seg.actual_seconds)
        for seg in s.scalars(
            select(SessionSegment)
            .where(SessionSegment.session_id == row.id)
            .order_by(SessionSegment.position)
        )
    )
    marks = tuple(
        MarkInput(a.member_id, a.status, a.arrived_at, a.left_at)
        for a in s.scalars(select(Attendance).where(Attendance.session_id == row.id))
    )
    turns = tuple(
        TurnInput(t.member_id, t.segment_index, t.duration, t.passed)
        for t in s.scalars(
            select(Turn).where(Turn.session_id == row.id).order_by(Turn.started_at, Turn.id)
        )
    )
    day = to_local(row.started_at).date()
    in_force = (
        s.scalar(select(RuleSet.version).where(RuleSet.id == row.rule_set_id))
        if row.rule_set_id is not None
        else None
    )
    signatures = s.execute(
        select(Acknowledgement.member_id, RuleSet.version, Acknowledgement.signed_on)
        .join(RuleSet, RuleSet.id == Acknowledgement.rule_set_id)
        .where(RuleSet.group_id == row.group_id)
    ).all()
    present = [m.member_id for m in marks if m.status in ATTENDED]
    return SessionInput(
        session_id=row.id,
        group_id=row.group_id,
        group_name=group.name,
        started_at=row.started_at,
        ended_at=row.ended_at,
        planned_seconds=row.planned_seconds,
        elapsed_seconds=row.elapsed_seconds,
        guests=row.guests,
        segments=segments,
        marks=marks,
        turns=turns,
        aliases=aliases,
        rules_in_force=in_force,
        acknowledged=acknowledged_by(((m, v, d) for m, v, d in signatures), day),
        checkins=_checkins(s, cipher, row.id, group),
        measures=_measures(s, cipher, row.id, day, present),
    )


def _checkins(
    s: Session, cipher: FieldCipher, session_id: int, group: Group
) -> dict[int, CheckinFact]:
    """The check-in scores said in the session (a score that does not open is left out:
    the note still opens)."""
    rows = s.execute(
        select(
            CheckinScore.id, CheckinScore.member_id, CheckinScore.rev, CheckinScore.score_ct
        ).where(CheckinScore.session_id == session_id)
    ).all()
    found: dict[int, CheckinFact] = {}
    for row_id, member_id, rev, blob in rows:
        text = open_quietly(cipher, "checkin_scores", row_id, "score", rev, blob)
        score = _number(text)
        if score is not None:
            found[member_id] = CheckinFact(score, group.checkin_min, group.checkin_max)
    return found


def _measures(
    s: Session, cipher: FieldCipher, session_id: int, day: date, member_ids: Sequence[int]
) -> dict[int, list[MeasureFact]]:
    """Measures the members present completed that day or recorded with the session."""
    if not member_ids:
        return {}
    rows = s.execute(
        select(
            MeasureEntry.id,
            MeasureEntry.member_id,
            MeasureEntry.rev,
            MeasureEntry.answers_ct,
            MeasureEntry.taken_on,
            MeasureInstrument.name,
        )
        .join(MeasureInstrument, MeasureInstrument.id == MeasureEntry.instrument_id)
        .where(
            MeasureEntry.member_id.in_(list(member_ids)),
            (MeasureEntry.taken_on == day) | (MeasureEntry.session_id == session_id),
        )
        .order_by(MeasureEntry.taken_on, MeasureEntry.id)
    ).all()
    found: dict[int, list[MeasureFact]] = {}
    for row_id, member_id, rev, blob, taken_on, name in rows:
        total = _total(open_quietly(cipher, "measure_entries", row_id, "answers", rev, blob))
        found.setdefault(member_id, []).append(MeasureFact(name, total, taken_on))
    return found


def open_quietly(
    cipher: FieldCipher, table: str, row_id: int, name: str, rev: object, blob: object
) -> str | None:
    if type(rev) is not int or not isinstance(blob, bytes):
        return None
    try:
        return cipher.decrypt(table, row_id, name, rev, blob)
    except FieldDecryptError:
        return None


def _number(text: str | None) -> float | None:
    """A score written as a number, or as {"score": n}."""
    if text is None:
        return None
    try:
        value: object = json.loads(text)
    except ValueError:
        return None
    if isinstance(value, dict):
        value = value.get("score")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _total(text: str | None) -> float | None:
    """A measure's total from its sealed answers: a list of item answers, a total written
    alone, or an object holding either."""
    if text is None:
        return None
    try:
        value: object = json.loads(text)
    except ValueError:
        return None
    if isinstance(value, dict):
        if "total" in value:
            value = value["total"]
        else:
            value = value.get("answers", value.get("items"))
    if isinstance(value, list):
        numbers = [v for v in value if isinstance(v, int | float) and not isinstance(v, bool)]
        if len(numbers) != len(value) or not numbers:
            return None
        value = sum(numbers)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)
