"""Rows for the attendance list and the airtime bars, from a snapshot and the aliases."""

from __future__ import annotations

from collections.abc import Mapping

from facilitator_desktop.domain.session_state import SessionSnapshot
from facilitator_desktop.domain.talk_reads import TalkSnapshot
from facilitator_desktop.services.live_session import LiveSession
from facilitator_desktop.ui.formatting import clock, percent
from facilitator_desktop.ui.runner.airtime_bars import Bar
from facilitator_desktop.ui.runner.attendance_model import AttendanceRow, TurnState


def attendance_rows(
    snapshot: SessionSnapshot,
    live: LiveSession,
    aliases: Mapping[int, str],
    numbers: Mapping[int, int],
) -> list[AttendanceRow]:
    """Every member of the session in seat order, with their number (fixed for the whole
    session), their mark, the time they came late or left, and where they are in the
    talking order."""
    talk = snapshot.talk
    marks = live.marks
    waiting = set(talk.order)
    speaker = talk.speaker.member_id if talk.speaker is not None else None
    present = set(talk.present)
    rows = []
    for member_id in sorted(numbers, key=numbers.__getitem__):
        mark = marks.get(member_id)
        since = ""
        if mark is not None and mark.status == "late" and mark.arrived_at is not None:
            since = live.wall_time(mark.arrived_at)
        elif mark is not None and mark.status == "left_early" and mark.left_at is not None:
            since = live.wall_time(mark.left_at)
        turn: TurnState = ""
        if member_id == speaker:
            turn = "speaking"
        elif member_id == talk.up_next:
            turn = "next"
        elif member_id in waiting:
            turn = "waiting"
        rows.append(
            AttendanceRow(
                member_id=member_id,
                number=numbers[member_id],
                in_room=member_id in present,
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
            f"{clock(stat.seconds)} · {percent(stat.share)}",
            stat.share,
            stat.member_id == speaker,
            seconds=stat.seconds,
        )
        for stat in talk.airtime
    ]
