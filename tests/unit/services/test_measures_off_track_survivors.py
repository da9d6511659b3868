"""Not on track when every entry opens: a series is read by the date each entry was taken,
and each measure of a member is its own series."""

from __future__ import annotations

from datetime import date

from facilitator_desktop.domain.measures import GAD7, PHQ9, PaperTotal
from facilitator_desktop.services.measures import MeasureService
from facilitator_desktop.workspace import Workspace
from tests.helpers.measures_setup import by_key, group_with


def test_an_undamaged_series_typed_in_out_of_order_is_read_by_date(
    ws: Workspace, measures: MeasureService
) -> None:
    """The latest entry typed in first is still the latest: 2 then 20 is worse, not better."""
    _, (anna,) = group_with(ws, "G", "Anna")
    phq9 = by_key(measures, PHQ9).id
    measures.record(anna, phq9, PaperTotal(20), date(2026, 2, 5))  # typed in first
    measures.record(anna, phq9, PaperTotal(2), date(2026, 1, 5))  # the first taken
    (found,) = measures.not_on_track()
    assert (found.member_id, found.instrument_name) == (anna, "PHQ-9")
    assert (found.before, found.since, found.latest, found.latest_on) == (
        2,
        date(2026, 1, 5),
        20,
        date(2026, 2, 5),
    )


def test_each_measure_of_a_member_is_its_own_series(
    ws: Workspace, measures: MeasureService
) -> None:
    """Two measures on different days: both worse, both listed, each with its own dates."""
    _, (anna,) = group_with(ws, "G", "Anna")
    phq9 = by_key(measures, PHQ9).id
    gad7 = by_key(measures, GAD7).id
    measures.record(anna, phq9, PaperTotal(2), date(2026, 1, 5))
    measures.record(anna, gad7, PaperTotal(1), date(2026, 1, 6))
    measures.record(anna, phq9, PaperTotal(20), date(2026, 2, 5))
    measures.record(anna, gad7, PaperTotal(18), date(2026, 2, 6))
    found = measures.not_on_track()
    assert [(o.instrument_name, o.before, o.since, o.latest, o.latest_on) for o in found] == [
        ("GAD-7", 1, date(2026, 1, 6), 18, date(2026, 2, 6)),
        ("PHQ-9", 2, date(2026, 1, 5), 20, date(2026, 2, 5)),
    ]


def test_the_latest_of_two_entries_on_one_day_is_the_one_made_last(
    ws: Workspace, measures: MeasureService
) -> None:
    """Two entries on the latest day: the one made last stands (3, so nothing is worse)."""
    _, (anna,) = group_with(ws, "G", "Anna")
    phq9 = by_key(measures, PHQ9).id
    measures.record(anna, phq9, PaperTotal(2), date(2026, 1, 5))
    measures.record(anna, phq9, PaperTotal(20), date(2026, 2, 5))
    measures.record(anna, phq9, PaperTotal(3), date(2026, 2, 5))
    assert measures.not_on_track() == []


def test_a_single_entry_series_read_first_does_not_hide_the_next(
    ws: Workspace, measures: MeasureService
) -> None:
    """A measure taken once (nothing to compare) is passed over; the worse one after it is
    still listed, naming its own measure."""
    _, (anna,) = group_with(ws, "G", "Anna")
    phq9 = by_key(measures, PHQ9).id
    gad7 = by_key(measures, GAD7).id
    measures.record(anna, gad7, PaperTotal(1), date(2026, 1, 1))  # read first: taken once
    measures.record(anna, phq9, PaperTotal(2), date(2026, 1, 5))
    measures.record(anna, phq9, PaperTotal(20), date(2026, 2, 5))
    (found,) = measures.not_on_track()
    assert (found.kind, found.member_id, found.instrument_id) == ("measure", anna, phq9)
    assert (found.instrument_name, found.before, found.latest) == ("PHQ-9", 2, 20)
