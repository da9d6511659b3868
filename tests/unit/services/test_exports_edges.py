"""The airtime export where a hurried user or a wrong clock leaves things odd: a session
stored after another but started before it (the laptop's clock was set back), a pass that
was given a length by a correction, a turn moved to someone the group does not list, and a
member who has left the group, still named in its history."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import ValidationError
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace

AGENDA = (SegmentSpec("Check-in", 10, "round"),)


def _round(ws: Workspace, group_id: int, turns: list[tuple[int, float]]) -> int:
    """A finished session: each (member, seconds) marked present, then speaking in turn
    from the first (0 seconds: passes)."""
    clock = FakeClock()
    live = ws.sessions.start(group_id, monotonic=clock)
    for member_id, _ in turns:
        live.mark(member_id, "present")
    live.toggle()
    live.start_round(turns[0][0])
    live.next_speaker()
    for _, seconds in turns:
        clock.advance(seconds)
        if seconds:
            live.next_speaker()
        else:
            live.pass_turn()
    live.end()
    return live.session_id


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def _at(ws: Workspace, when: datetime) -> None:
    object.__setattr__(ws.context, "now", lambda: when)


def test_sessions_by_start_with_their_own_shares(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("Tuesdays", agenda=AGENDA))
    ann, bo = (ws.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo"))
    _at(ws, datetime(2026, 1, 13, 18, 0))
    _round(ws, group.id, [(bo, 30), (ann, 10)])
    _at(ws, datetime(2026, 1, 6, 18, 0))  # stored second, started a week earlier
    _round(ws, group.id, [(ann, 20), (bo, 60)])
    assert _rows(ws.exports.airtime_csv(group.id)) == [
        ["session_start", "member", "seconds", "share", "turns", "passes"],
        ["2026-01-06 18:00", "Ann", "20", "0.250", "1", "0"],
        ["2026-01-06 18:00", "Bo", "60", "0.750", "1", "0"],
        ["2026-01-13 18:00", "Ann", "10", "0.250", "1", "0"],
        ["2026-01-13 18:00", "Bo", "30", "0.750", "1", "0"],
    ]


def test_passes_strangers_and_members_who_left(workspace: Workspace) -> None:
    ws = workspace
    _at(ws, datetime(2026, 1, 6, 18, 0))
    group = ws.groups.create(GroupDraft("Tuesdays", agenda=AGENDA))
    other = ws.groups.create(GroupDraft("Fridays", agenda=AGENDA))
    ann, bo, cy = (ws.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo", "Cy"))
    stranger = ws.members.add(other.id, MemberDraft("Stranger")).id
    sid = _round(ws, group.id, [(ann, 40), (bo, 0), (cy, 20)])
    turns = {t[1]: t[0] for t in ws.history.turns_of(sid)}
    with pytest.raises(ValidationError):  # a pass has no length to give it
        ws.history.correct_turn(turns[bo], duration=25.0)
    ws.history.correct_turn(turns[cy], member_id=stranger)
    ws.members.set_left(ann, date(2026, 1, 7))
    assert ws.members.list(group.id) == [ws.members.get(bo), ws.members.get(cy)]
    assert _rows(ws.exports.airtime_csv(group.id)) == [
        ["session_start", "member", "seconds", "share", "turns", "passes"],
        ["2026-01-06 18:00", "Ann", "40", "0.667", "1", "0"],
        ["2026-01-06 18:00", "Bo", "0", "0.000", "0", "1"],
        ["2026-01-06 18:00", "?", "20", "0.333", "1", "0"],
    ]
