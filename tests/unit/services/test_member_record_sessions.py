"""The sessions on a member's page: each with its start, their mark ("" where they have
none), their share of what was said (0 where nothing was said), oldest first whatever order
the sessions were written in; membership counted from the first moment of the day they
joined up to, not including, the first moment after the day they left."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.member_record import local_day_end, local_day_start
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers.session_notes import Sitting, TurnSpec, write_session

PRESENT = ("present", None, None)


def _pair(ws: Workspace) -> tuple[int, int, int]:
    group = ws.groups.create(GroupDraft("G")).id
    ann = ws.members.add(group, MemberDraft("Ann")).id
    bo = ws.members.add(group, MemberDraft("Bo")).id
    return group, ann, bo


def test_member_sessions_carry_start_mark_and_share(ws: Workspace) -> None:
    """A session where only a pass was said gives a share of 0, not 1; a session without
    their mark has the status "", as the attendance summary reads it."""
    group, ann, bo = _pair(ws)
    day = local_day_start(ws.members.get(ann).joined_on) + timedelta(hours=17)
    first = write_session(
        ws,
        group,
        Sitting(
            started_at=day,
            marks={ann: PRESENT, bo: PRESENT},
            turns=(TurnSpec(ann, 0, 0, 30), TurnSpec(bo, 0, 40, 90)),
        ),
    )
    passed = write_session(
        ws,
        group,
        Sitting(
            started_at=day + timedelta(days=7),
            marks={ann: ("late", None, None), bo: PRESENT},
            turns=(TurnSpec(ann, 0, 0, 20, passed=True),),
        ),
    )
    unmarked = write_session(
        ws, group, Sitting(started_at=day + timedelta(days=14), marks={bo: PRESENT})
    )
    record = ws.history.member_record(ann)
    assert [(x.session_id, x.started_at, x.status) for x in record.sessions] == [
        (first, day, "present"),
        (passed, day + timedelta(days=7), "late"),
        (unmarked, day + timedelta(days=14), ""),
    ]
    assert [(x.seconds, x.share, x.turns, x.passes) for x in record.sessions] == [
        (30.0, 0.25, 1, 0),
        (0.0, 0.0, 0, 1),
        (0.0, 0.0, 0, 0),
    ]
    assert (record.attendance.sessions, record.attendance.attended) == (2, 2)


def test_member_sessions_are_oldest_first_whatever_order_they_were_written(
    ws: Workspace,
) -> None:
    """A session recorded on another laptop of a shared group arrives later than sessions
    held after it: it still takes its place by start, and every share is measured against
    its own session's total."""
    group, ann, bo = _pair(ws)
    day = local_day_start(ws.members.get(ann).joined_on) + timedelta(hours=17)
    written = []
    for offset, (ann_says, bo_says) in ((14, (10, 30)), (7, (20, 60)), (0, (45, 45))):
        sitting = Sitting(
            started_at=day + timedelta(days=offset),
            marks={ann: PRESENT, bo: PRESENT},
            turns=(TurnSpec(ann, 0, 0, ann_says), TurnSpec(bo, 0, 100, bo_says)),
        )
        written.append(write_session(ws, group, sitting))
    record = ws.history.member_record(ann)
    assert [x.session_id for x in record.sessions] == list(reversed(written))
    assert [x.started_at for x in record.sessions] == [
        day,
        day + timedelta(days=7),
        day + timedelta(days=14),
    ]
    assert [(x.seconds, x.share) for x in record.sessions] == [
        (45.0, 0.5),
        (20.0, 0.25),
        (10.0, 0.25),
    ]


def test_member_sessions_run_from_the_first_moment_of_joining_day_to_the_last_of_leaving_day(
    ws: Workspace,
) -> None:
    group, ann, bo = _pair(ws)
    joined = ws.members.get(ann).joined_on
    ws.members.set_left(ann, joined + timedelta(days=1))
    start, end = local_day_start(joined), local_day_end(joined + timedelta(days=1))
    before = write_session(
        ws, group, Sitting(started_at=start - timedelta(seconds=1), marks={bo: PRESENT})
    )
    at_start = write_session(ws, group, Sitting(started_at=start, marks={ann: PRESENT}))
    last = write_session(
        ws, group, Sitting(started_at=end - timedelta(seconds=1), marks={ann: PRESENT})
    )
    at_end = write_session(ws, group, Sitting(started_at=end, marks={bo: PRESENT}))
    assert [x.session_id for x in ws.history.member_record(ann).sessions] == [at_start, last]
    assert [x.session_id for x in ws.history.member_record(bo).sessions] == [at_start, last, at_end]
    assert before not in {x.session_id for x in ws.history.member_record(bo).sessions}


def test_the_far_end_of_the_calendar_is_a_limit_where_the_clock_cannot_hold_it(
    time_zone: Callable[[str], None],
) -> None:
    """24 hours behind UTC (the furthest POSIX allows), the last days of the calendar start
    past the largest time a clock holds: they are the latest limit, not the earliest."""
    time_zone("XXX+24")
    assert local_day_start(date.max) == datetime.max
    assert local_day_end(date.max - timedelta(days=1)) == datetime.max
    assert local_day_start(date.min) == datetime.min
