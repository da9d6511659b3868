"""A group that meets once a week: a wall clock moved a week on by each session, short
sessions with chosen attendance marks (the unmarked count as absent, as ending marks them),
and sessions where one member talks and another passes."""

from __future__ import annotations

from datetime import datetime, timedelta

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.workspace import Workspace


class Weeks:
    """A wall clock that moves one week per session."""

    def __init__(self) -> None:
        self.now = datetime(2026, 1, 6, 18, 0)

    def __call__(self) -> datetime:
        return self.now


def meet_weekly(ws: Workspace) -> Weeks:
    weeks = Weeks()
    object.__setattr__(ws.context, "now", weeks)
    return weeks


def session(ws: Workspace, group_id: int, marks: dict[int, str]) -> None:
    """A short session with these marks (the others count as absent), a week later."""
    clock = FakeClock()
    live = ws.sessions.start(group_id, monotonic=clock)
    for member_id, status in marks.items():
        live.mark(member_id, status)
    live.toggle()
    clock.advance(60)
    live.end()
    next_week(ws)


def quiet_sessions(ws: Workspace, group_id: int, talker: int, quiet: int) -> int:
    """Three sessions a week apart where `talker` speaks for two minutes and `quiet` passes.
    Returns the last one's id."""
    for _ in range(3):
        last = round_of_two(ws, group_id, talker, quiet, first_says=120)
        next_week(ws)
    return last


def round_of_two(
    ws: Workspace, group_id: int, first: int, second: int, *, first_says: int, second_says: int = 0
) -> int:
    """A session both attend: `first` speaks `first_says` seconds, then `second` speaks
    `second_says` seconds (0: passes). The wall clock stays where it is. Returns its id."""
    clock = FakeClock()
    live = ws.sessions.start(group_id, monotonic=clock)
    live.mark(first, "present")
    live.mark(second, "present")
    live.toggle()
    live.start_round(first)
    live.next_speaker()
    clock.advance(first_says)
    live.next_speaker()
    if second_says:
        clock.advance(second_says)
        live.next_speaker()
    else:
        live.pass_turn()
    live.end()
    return live.session_id


def next_week(ws: Workspace) -> None:
    weeks = ws.context.now
    assert isinstance(weeks, Weeks)
    weeks.now += timedelta(weeks=1)


def absences(ws: Workspace, group_id: int, **kwargs: int) -> dict[int, int]:
    """Member id → the absences in a row the follow-ups list for them."""
    return {
        item.member_id or 0: item.count
        for item in ws.history.follow_ups(group_id=group_id, **kwargs)
        if item.kind == "absence"
    }
