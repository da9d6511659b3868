"""The scores CSV: a total outside every band has an empty band cell, and two entries of
one measure on one day keep the order they were made in."""

from __future__ import annotations

import csv
import io
from datetime import date

from facilitator_desktop.domain.measures import PHQ9, Band, InstrumentDraft, PaperTotal
from facilitator_desktop.services.measures import MeasureService
from facilitator_desktop.workspace import Workspace
from tests.helpers.measures_setup import by_key, group_with


def _table(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_scores_csv_leaves_the_band_empty_for_a_total_outside_every_band(
    ws: Workspace, measures: MeasureService
) -> None:
    """A total no band covers has no band: the cell is empty, not a made-up label."""
    _, (anna,) = group_with(ws, "G", "Anna")
    ors = measures.create_instrument(
        InstrumentDraft("ORS", 4, 0, 10, bands=(Band(0, 10, "low"),), reliable_change=5)
    ).id
    measures.record(anna, ors, PaperTotal(30), date(2026, 1, 6))
    header, row = _table(measures.scores_csv(anna, "Anna"))
    assert dict(zip(header, row, strict=True))["band"] == ""
    assert row[:5] == ["2026-01-06", "Anna", "ORS", "30", ""]


def test_scores_csv_keeps_one_days_entries_of_a_measure_in_the_order_made(
    ws: Workspace, measures: MeasureService
) -> None:
    """Same day, same measure: made first, listed first (not sorted by their totals)."""
    _, (anna,) = group_with(ws, "G", "Anna")
    phq9 = by_key(measures, PHQ9).id
    measures.record(anna, phq9, PaperTotal(9), date(2026, 1, 6))
    measures.record(anna, phq9, PaperTotal(12), date(2026, 1, 6))
    _, *rows = _table(measures.scores_csv(anna, "Anna"))
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("2026-01-06", "PHQ-9", "9"),
        ("2026-01-06", "PHQ-9", "12"),
    ]
