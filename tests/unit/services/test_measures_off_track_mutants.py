"""Not on track when an end of a series does not open: the whole series read again is the
member's own entries of that one measure, in the order they were taken (not the order they
were typed in)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import update

from facilitator_desktop.domain.measures import GAD7, PHQ9, PaperTotal
from facilitator_desktop.models import MeasureEntry
from facilitator_desktop.services.measures import MeasureService
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.measures_setup import NOW, by_key, group_with


@pytest.fixture
def ws(data_dir: Path) -> Iterator[Workspace]:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF, now=lambda: NOW) as opened:
        yield opened


@pytest.fixture
def measures(ws: Workspace) -> MeasureService:
    return MeasureService(ws.context)


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
