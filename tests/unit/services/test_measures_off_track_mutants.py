"""Not on track when an end of a series does not open: the whole series read again is the
member's own entries of that one measure, in the order they were taken (not the order they
were typed in). A check-in falls on its own group's scale."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import update

from facilitator_desktop.domain.measures import GAD7, PHQ9, InstrumentDraft, PaperTotal
from facilitator_desktop.models import Group, MeasureEntry
from facilitator_desktop.services.measures import MeasureService
from facilitator_desktop.workspace import Workspace
from tests.helpers.measures_setup import by_key, checkin, group_with, session_at


def _damage(ws: Workspace, entry_id: int) -> None:
    with ws.context.sessions.begin() as s:  # a revision its seal was not made for
        s.execute(update(MeasureEntry).where(MeasureEntry.id == entry_id).values(rev=5))


def test_a_series_typed_in_out_of_order_is_read_by_date(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    phq9 = by_key(measures, PHQ9).id
    measures.record(anna, phq9, PaperTotal(12), date(2026, 2, 5))  # typed in first
    measures.record(anna, phq9, PaperTotal(2), date(2026, 1, 5))  # the first taken
    _damage(ws, measures.record(anna, phq9, PaperTotal(0), date(2026, 3, 5)).id)
    (found,) = measures.not_on_track()
    assert (found.member_id, found.before, found.since) == (anna, 2, date(2026, 1, 5))
    assert (found.latest, found.latest_on) == (12, date(2026, 2, 5))


def test_another_members_entries_stay_out_of_the_series(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna, bob) = group_with(ws, "G", "Anna", "Bob")
    phq9 = by_key(measures, PHQ9).id
    measures.record(bob, phq9, PaperTotal(0), date(2026, 1, 1))  # earlier than Anna's
    measures.record(anna, phq9, PaperTotal(10), date(2026, 1, 5))
    measures.record(anna, phq9, PaperTotal(12), date(2026, 2, 5))  # 2 worse: within error
    _damage(ws, measures.record(anna, phq9, PaperTotal(0), date(2026, 3, 5)).id)
    assert measures.not_on_track() == []


def test_another_measures_entries_stay_out_of_the_series(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    phq9 = by_key(measures, PHQ9).id
    gad7 = by_key(measures, GAD7).id
    measures.record(anna, gad7, PaperTotal(0), date(2026, 1, 1))  # earlier, another measure
    measures.record(anna, phq9, PaperTotal(10), date(2026, 1, 5))
    measures.record(anna, phq9, PaperTotal(12), date(2026, 2, 5))
    _damage(ws, measures.record(anna, phq9, PaperTotal(0), date(2026, 3, 5)).id)
    assert measures.not_on_track() == []


def test_check_ins_fall_on_each_groups_own_scale_in_date_order(
    ws: Workspace, measures: MeasureService
) -> None:
    wide, (anna,) = group_with(ws, "Wide", "Anna")
    narrow, (bo,) = group_with(ws, "Narrow", "Bo")
    with ws.context.sessions.begin() as s:
        s.execute(update(Group).where(Group.id == narrow).values(checkin_min=1, checkin_max=5))
    days = (date(2026, 2, 3), date(2026, 2, 10), date(2026, 2, 17))
    # Written newest first: the scores are read in the order the sessions took place.
    for group_id, member_id, said in ((wide, anna, ("7", "7", "6")), (narrow, bo, ("5", "5", "4"))):
        for day, score in reversed(list(zip(days, said, strict=True))):
            session_id = session_at(ws, group_id, datetime(day.year, day.month, day.day, 18))
            checkin(ws, session_id, member_id, score)
    (found,) = measures.not_on_track()
    assert (found.kind, found.group_id, found.member_id) == ("checkin", narrow, bo)
    assert (found.before, found.latest, found.threshold) == (5, 4, 1)
    assert (found.since, found.latest_on) == (days[0], days[2])
    assert measures.not_on_track(group_id=wide) == []
    assert measures.not_on_track(group_id=narrow) == [found]


@pytest.mark.parametrize("odd", ["true", '{"score": false}', '"2"', "null"])
def test_a_check_in_that_is_not_a_number_is_skipped(
    ws: Workspace, measures: MeasureService, odd: str
) -> None:
    group_id, (anna,) = group_with(ws, "G", "Anna")
    days = (3, 10, 17)
    sessions = [session_at(ws, group_id, datetime(2026, 2, d, 18)) for d in days]
    for session_id, said in zip(sessions, ("9", "9", odd), strict=True):
        checkin(ws, session_id, anna, said)  # 9, 9, then something that is no score
    assert measures.not_on_track() == []


def test_an_archived_measure_still_tells_who_is_not_on_track(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    phq9 = by_key(measures, PHQ9).id
    measures.record(anna, phq9, PaperTotal(2), date(2026, 1, 5))
    measures.record(anna, phq9, PaperTotal(14), date(2026, 2, 5))
    measures.set_archived(phq9, True)
    (found,) = measures.not_on_track()
    assert (found.kind, found.member_id, found.before, found.latest) == ("measure", anna, 2, 14)


def test_a_measure_without_a_threshold_taken_the_same_days_stays_out(
    ws: Workspace, measures: MeasureService
) -> None:
    """A measure of one's own without a reliable change is never an alert, even taken on
    the very days that begin and end another measure's series for the same member."""
    _, (anna,) = group_with(ws, "G", "Anna")
    phq9 = by_key(measures, PHQ9).id
    mine = measures.create_instrument(InstrumentDraft("No threshold", 2, 0, 10)).id
    for taken, phq, own in ((date(2026, 1, 5), 8, 0), (date(2026, 3, 5), 14, 20)):
        measures.record(anna, phq9, PaperTotal(phq), taken)
        measures.record(anna, mine, PaperTotal(own), taken)
    (found,) = measures.not_on_track()
    assert (found.member_id, found.instrument_name, found.before, found.latest) == (
        anna,
        "PHQ-9",
        8,
        14,
    )
