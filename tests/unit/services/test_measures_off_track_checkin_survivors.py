"""Not on track by check-ins: every group's latest sessions are searched, not only the
last group's, check-ins at one moment are read in the order they were made, and a member
who has left is not read at all."""

from __future__ import annotations

from datetime import date, datetime

from facilitator_desktop.services.measures import MeasureService
from facilitator_desktop.workspace import Workspace
from tests.helpers.measures_setup import checkin, group_with, session_at


def test_falling_check_ins_are_found_in_every_group(
    ws: Workspace, measures: MeasureService
) -> None:
    """Two groups, a member falling in each: both are listed, the first group's too."""
    first, (anna,) = group_with(ws, "First", "Anna")
    second, (bo,) = group_with(ws, "Second", "Bo")
    for group_id, member_id in ((first, anna), (second, bo)):
        for day, said in ((3, "9"), (10, "9"), (17, "2")):
            checkin(ws, session_at(ws, group_id, datetime(2026, 2, day, 18)), member_id, said)
    found = measures.not_on_track()
    assert [(o.kind, o.group_id, o.member_id, o.before, o.latest) for o in found] == [
        ("checkin", first, anna, 9, 2),
        ("checkin", second, bo, 9, 2),
    ]


def test_check_ins_at_the_same_moment_are_read_in_the_order_made(
    ws: Workspace, measures: MeasureService
) -> None:
    """Two sessions starting at one moment: the check-in made last is the latest (9, so
    not falling), whichever session was made first."""
    group_id, (anna,) = group_with(ws, "G", "Anna")
    for day in (3, 10):
        checkin(ws, session_at(ws, group_id, datetime(2026, 2, day, 18)), anna, "9")
    same = datetime(2026, 2, 17, 18)
    made_first, made_second = session_at(ws, group_id, same), session_at(ws, group_id, same)
    checkin(ws, made_second, anna, "2")
    checkin(ws, made_first, anna, "9")
    assert measures.not_on_track() == []


def test_a_member_who_left_is_not_read_among_the_groups_check_ins(
    ws: Workspace, measures: MeasureService
) -> None:
    """Bo left after falling in the group's latest sessions: only Anna, who stays, is
    listed."""
    group_id, (anna, bo) = group_with(ws, "G", "Anna", "Bo")
    for day, said in ((3, "9"), (10, "9"), (17, "2")):
        session_id = session_at(ws, group_id, datetime(2026, 2, day, 18))
        checkin(ws, session_id, anna, said)
        checkin(ws, session_id, bo, said)
    ws.members.set_left(bo, date(2026, 2, 20))
    found = measures.not_on_track()
    assert [(o.kind, o.member_id, o.before, o.latest) for o in found] == [("checkin", anna, 9, 2)]


def test_a_fall_is_counted_from_the_highest_of_the_earlier_two_and_its_day(
    ws: Workspace, measures: MeasureService
) -> None:
    """5, 9, then 2: the fall is from 9, taken on the second day, not from the first."""
    group_id, (anna,) = group_with(ws, "G", "Anna")
    for day, said in ((3, "5"), (10, "9"), (17, "2")):
        checkin(ws, session_at(ws, group_id, datetime(2026, 2, day, 18)), anna, said)
    (found,) = measures.not_on_track()
    assert (found.kind, found.before, found.latest) == ("checkin", 9, 2)
    assert (found.since, found.latest_on) == (date(2026, 2, 10), date(2026, 2, 17))


def test_a_falling_check_in_names_no_measure(ws: Workspace, measures: MeasureService) -> None:
    """A check-in is no measure: no measure id, and an empty name (not a placeholder)."""
    group_id, (anna,) = group_with(ws, "G", "Anna")
    for day, said in ((3, "9"), (10, "8"), (17, "2")):
        checkin(ws, session_at(ws, group_id, datetime(2026, 2, day, 18)), anna, said)
    (found,) = measures.not_on_track()
    assert (found.kind, found.instrument_id, found.instrument_name) == ("checkin", None, "")
    assert (found.group_id, found.member_id, found.threshold) == (group_id, anna, 3)
