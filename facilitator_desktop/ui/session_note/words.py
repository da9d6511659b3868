"""The session note's facts in words, for the editor (the printout has its own labels).

Names are the aliases the facilitator knows; times are the computer's local clock. Counts go
through ui/formatting.py so each language writes its plural forms.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from facilitator_desktop.domain.session_note import (
    AttendanceFact,
    MemberFacts,
    RoundFact,
    SegmentFact,
    SessionFacts,
)
from facilitator_desktop.services.context import to_local
from facilitator_desktop.ui import formatting

CONTEXT = "SessionNote"
STATUS: dict[str, str] = {
    "present": str(QT_TRANSLATE_NOOP("SessionNote", "present")),
    "late": str(QT_TRANSLATE_NOOP("SessionNote", "late")),
    "left_early": str(QT_TRANSLATE_NOOP("SessionNote", "left early")),
    "excused": str(QT_TRANSLATE_NOOP("SessionNote", "excused")),
    "absent": str(QT_TRANSLATE_NOOP("SessionNote", "absent without notice")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status(value: str) -> str:
    return _tr(STATUS.get(value, value))


def length(facts: SessionFacts) -> str:
    return _tr("{actual} of {planned} planned").format(
        actual=formatting.clock(facts.actual_seconds),
        planned=formatting.clock(facts.planned_seconds),
    )


def when(facts: SessionFacts) -> str:
    """ "5 Mar 2026, 17:00–18:11" """
    return _tr("{date}, {start}–{end}").format(
        date=formatting.short_date(to_local(facts.started_at)),
        start=formatting.local_time(facts.started_at),
        end=formatting.local_time(facts.ended_at),
    )


def present_names(facts: SessionFacts) -> str:
    """ "Anna, Bo (late, came 17:10), Cleo (left 17:50)" """
    return _names(facts.present) or "—"


def names(people: Sequence[AttendanceFact]) -> str:
    return _names(people) or "—"


def _names(people: Sequence[AttendanceFact]) -> str:
    shown = []
    for person in people:
        details = []
        if person.arrived_at is not None:
            details.append(
                _tr("late, came {time}").format(time=formatting.local_time(person.arrived_at))
            )
        if person.left_at is not None:
            details.append(_tr("left {time}").format(time=formatting.local_time(person.left_at)))
        shown.append(f"{person.alias} ({', '.join(details)})" if details else person.alias)
    return ", ".join(shown)


def segment(seg: SegmentFact) -> str:
    """ "Check-in: 14:00 of 15:00" """
    return _tr("{name}: {actual} of {planned}").format(
        name=seg.name,
        actual=formatting.clock(seg.actual_seconds),
        planned=formatting.clock(seg.planned_seconds),
    )


def round_line(facts: SessionFacts, found: RoundFact) -> str:
    """ "Check-in: 6 turns; passed: Cleo" """
    spoke = formatting.turns(found.spoke)
    if not found.passed:
        return _tr("{name}: {turns}; nobody passed").format(name=found.name, turns=spoke)
    return _tr("{name}: {turns}; passed: {names}").format(
        name=found.name,
        turns=spoke,
        names=", ".join(facts.alias(m) for m in found.passed),
    )


def member_line(member: MemberFacts) -> str:
    """One line of a member's facts, in the order a progress note reads them."""
    parts = [
        _tr("{status} {start}–{end}").format(
            status=status(member.status),
            start=formatting.local_time(member.attended_from),
            end=formatting.local_time(member.attended_to),
        ),
        formatting.turns(member.turns),
        _tr("spoke {time} ({share})").format(
            time=formatting.clock(member.seconds), share=formatting.percent(member.share)
        ),
        formatting.passes(member.passes),
    ]
    if member.checkin is not None:
        parts.append(
            _tr("check-in {score} ({low}–{high})").format(
                score=_number(member.checkin.score),
                low=formatting.number(member.checkin.low),
                high=formatting.number(member.checkin.high),
            )
        )
    for measure in member.measures:
        parts.append(
            measure.name if measure.total is None else f"{measure.name} {_number(measure.total)}"
        )
    parts.append(rules(member))
    return " · ".join(p for p in parts if p)


def rules(member: MemberFacts) -> str:
    if member.rules_in_force is None:
        return ""
    if member.rules_acknowledged is None:
        return _tr("ground rules not acknowledged")
    if member.rules_current:
        return _tr("ground rules v{version} acknowledged").format(
            version=formatting.number(member.rules_acknowledged)
        )
    return _tr("ground rules v{version} acknowledged (v{current} in force)").format(
        version=formatting.number(member.rules_acknowledged),
        current=formatting.number(member.rules_in_force),
    )


def _number(value: float) -> str:
    return formatting.number(value, 0 if float(value).is_integer() else 1)
