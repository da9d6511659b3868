"""Not on track by check-ins: a member passed over (too few check-ins, or a group scale
that does not go up) does not stop the members read after them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update

from facilitator_desktop.models import Group
from facilitator_desktop.services.measures import MeasureService
from facilitator_desktop.workspace import Workspace
from tests.helpers.measures_setup import checkin, group_with, session_at


def test_a_member_with_too_few_check_ins_read_first_does_not_hide_the_next(
    ws: Workspace, measures: MeasureService
) -> None:
    """Anna's two check-ins come first and are passed over; Bo's fall is still listed."""
    group_id, (anna, bo) = group_with(ws, "G", "Anna", "Bo")
    for day, said in ((3, "9"), (10, "9"), (17, "2")):
        session_id = session_at(ws, group_id, datetime(2026, 2, day, 18))
        if day < 17:
            checkin(ws, session_id, anna, "9")
        checkin(ws, session_id, bo, said)
    found = measures.not_on_track()
    assert [(o.kind, o.member_id, o.before, o.latest) for o in found] == [("checkin", bo, 9, 2)]


def test_a_group_whose_scale_does_not_go_up_does_not_hide_the_next(
    ws: Workspace, measures: MeasureService
) -> None:
    """Anna's group scale is 5 to 5 (nothing to compare), and her check-ins are read first;
    Bo's fall in another group is still listed."""
    flat, (anna,) = group_with(ws, "Flat", "Anna")
    other, (bo,) = group_with(ws, "Other", "Bo")
    with ws.context.sessions.begin() as s:
        s.execute(update(Group).where(Group.id == flat).values(checkin_min=5, checkin_max=5))
    for day, said in ((3, "9"), (10, "9"), (17, "2")):
        checkin(ws, session_at(ws, flat, datetime(2026, 2, day, 17)), anna, "5")
        checkin(ws, session_at(ws, other, datetime(2026, 2, day, 18)), bo, said)
    found = measures.not_on_track()
    assert [(o.kind, o.group_id, o.member_id, o.latest) for o in found] == [
        ("checkin", other, bo, 2)
    ]
