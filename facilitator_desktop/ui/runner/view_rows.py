"""Rows for the attendance list and the airtime bars, from a snapshot and the aliases."""

from __future__ import annotations

from collections.abc import Mapping

from facilitator_desktop.domain.clock import format_mmss
from facilitator_desktop.domain.session_state import SessionSnapshot
from facilitator_desktop.domain.talking_order import TalkSnapshot
from facilitator_desktop.services.live_session import LiveSession
from facilitator_desktop.ui.runner.airtime_bars import Bar
from facilitator_desktop.ui.runner.attendance_panel import AttendanceRow
from facilitator_desktop.ui.runner.keys import DIGITS


def attendance_rows(
    snapshot: SessionSnapshot, live: LiveSession, aliases: Mapping[int, str]
) -> list[AttendanceRow]:
    """Every member of the session in seat order, with their key (1–9 among those
    present), their mark, the time they came late or left, and their place in the order."""
    talk = snapshot.talk
    seats = live.seats
    marks = live.marks
    digits = {m: i + 1 for i, m in enumerate(talk.present[: len(DIGITS)])}
    waiting = {m: i + 1 for i, m in enumerate(talk.order)}
    speaker = talk.speaker.member_id if talk.speaker is not None else None
    rows = []
    for member_id in sorted(seats, key=lambda m: (seats[m], m)):
        mark = marks.get(member_id)
        since = ""
        if mark is not None and mark.status == "late" and mark.arrived_at is not None:
            since = live.wall_time(mark.arrived_at)
        elif mark is not None and mark.status == "left_early" and mark.left_at is not None:
            since = live.wall_time(mark.left_at)
        if member_id == speaker:
            turn = "▶"
        elif member_id in waiting:
            turn = f"#{waiting[member_id]}"
        else:
            turn = ""
        rows.append(
            AttendanceRow(
                member_id=member_id,
                digit=digits.get(member_id),
                name=aliases.get(member_id, "—"),
                status=mark.status if mark is not None else None,
                since=since,
                turn=turn,
            )
        )
    return rows


def airtime_bars(talk: TalkSnapshot, aliases: Mapping[int, str]) -> list[Bar]:
    """Each present member's airtime (and anyone who spoke), the speaker highlighted."""
    speaker = talk.speaker.member_id if talk.speaker is not None else None
    return [
        Bar(
            aliases.get(stat.member_id, "—"),
            f"{format_mmss(stat.seconds)} · {round(stat.share * 100)}%",
            stat.share,
            stat.member_id == speaker,
        )
        for stat in talk.airtime
    ]
