"""A group that meets once a week: a wall clock moved a week on by each session, and short
sessions with chosen attendance marks (the unmarked count as absent, as ending marks them)."""

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
