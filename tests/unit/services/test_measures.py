"""Measures between sessions: the shipped instruments seeded once, entries sealed and scored,
refusals that store nothing, instruments the facilitator defines, trajectories with reliable
change."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from facilitator_desktop.domain.measures import (
    GAD7,
    PHQ9,
    Band,
    Change,
    Flag,
    InstrumentDraft,
    PaperTotal,
)
from facilitator_desktop.errors import NotFound, ValidationError
from facilitator_desktop.models import MeasureEntry, MeasureInstrument
from facilitator_desktop.services.measures import MeasureService
from facilitator_desktop.workspace import Workspace
from tests.helpers.measures_setup import TODAY, by_key, entry_count, group_with, session_at

# --- instruments ----------------------------------------------------------------------------


def test_the_shipped_instruments_are_seeded_once(ws: Workspace, measures: MeasureService) -> None:
    first = measures.instruments()
    assert [(i.name, i.shipped, i.archived, i.entries) for i in first] == [
        ("PHQ-9", True, False, 0),
        ("GAD-7", True, False, 0),
    ]
    assert MeasureService(ws.context).instruments() == first
    with ws.context.sessions() as s:
        rows = s.execute(
            select(
                MeasureInstrument.key,
                MeasureInstrument.items,
                MeasureInstrument.item_max,
                MeasureInstrument.reliable_change,
                MeasureInstrument.builtin,
            ).order_by(MeasureInstrument.id)
        ).all()
    assert [tuple(r) for r in rows] == [("phq9", 9, 3, 6.0, True), ("gad7", 7, 3, 4.0, True)]


def test_a_shipped_row_edited_outside_the_app_does_not_change_the_scoring(
    ws: Workspace, measures: MeasureService
) -> None:
    measures.instruments()
    with ws.context.sessions.begin() as s:
        s.execute(
            update(MeasureInstrument)
            .where(MeasureInstrument.key == PHQ9)
            .values(items=2, reliable_change=1, name="Tampered")
        )
    phq9 = by_key(measures, PHQ9)
    assert (phq9.name, phq9.spec.items, phq9.spec.reliable_change) == ("PHQ-9", 9, 6)


def core10() -> InstrumentDraft:
    return InstrumentDraft(
        "CORE-10",
        10,
        0,
        4,
        higher_is_worse=True,
        bands=(Band(0, 10, "low"), Band(11, 40, "clinical")),
        reliable_change=6,
    )


def test_a_defined_instrument_round_trips(measures: MeasureService) -> None:
    created = measures.create_instrument(core10())
    assert created.spec.key == f"custom-{created.id}"
    assert [i.name for i in measures.instruments()] == ["PHQ-9", "GAD-7", "CORE-10"]
    again = measures.instrument(created.id)
    assert again == created
    assert again.spec.bands == (Band(0, 10, "low"), Band(11, 40, "clinical"))
    assert (again.spec.reliable_change, again.spec.decimals, again.entries) == (6, 0, 0)

    tenths = measures.create_instrument(
        InstrumentDraft("ORS", 4, 0, 10, higher_is_worse=False, decimals=1, reliable_change=5)
    )
    assert tenths.spec.decimals == 1 and not tenths.spec.higher_is_worse


@pytest.mark.parametrize("name", ["CORE-10", " core-10 ", "phq-9", "GAD-7"])
def test_two_measures_never_share_a_name(measures: MeasureService, name: str) -> None:
    measures.create_instrument(core10())
    with pytest.raises(ValidationError) as refused:
        measures.create_instrument(InstrumentDraft(name, 3, 0, 4))
    assert refused.value.field == "name"
    assert refused.value.message.startswith("There is already a measure called “")
    assert len(measures.instruments()) == 3


def test_shipped_instruments_cannot_be_edited(measures: MeasureService) -> None:
    phq9 = by_key(measures, PHQ9)
    with pytest.raises(ValidationError, match="PHQ-9 is scored as published"):
        measures.update_instrument(phq9.id, core10())


def test_an_instrument_keeps_its_shape_once_used(ws: Workspace, measures: MeasureService) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    mine = measures.create_instrument(core10())
    renamed = measures.update_instrument(
        mine.id, InstrumentDraft("CORE-10 (paper)", 10, 0, 4, reliable_change=5)
    )
    assert renamed.name == "CORE-10 (paper)" and renamed.spec.bands == ()
    measures.record(anna, mine.id, PaperTotal(12), TODAY)
    with pytest.raises(ValidationError) as refused:
        measures.update_instrument(mine.id, InstrumentDraft("CORE-10", 11, 0, 4))
    assert refused.value.message == (
        "CORE-10 (paper) already has entries, so its number of items and their range stay as "
        "they are. Define a new measure for another form."
    )
    # Bands and threshold still change.
    kept = measures.update_instrument(mine.id, core10())
    assert kept.entries == 1 and kept.spec.reliable_change == 6


def test_archived_measures_take_no_entries_but_keep_theirs(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    gad7 = by_key(measures, GAD7)
    measures.record(anna, gad7.id, PaperTotal(8), TODAY)
    assert measures.set_archived(gad7.id, True).archived
    assert [i.name for i in measures.instruments()] == ["PHQ-9"]
    with pytest.raises(ValidationError, match="GAD-7 is archived"):
        measures.record(anna, gad7.id, PaperTotal(9), TODAY)
    assert [t.spec.name for t in measures.trajectories(anna)] == ["GAD-7"]
    assert not measures.set_archived(gad7.id, False).archived


# --- entries --------------------------------------------------------------------------------


def test_a_phq9_is_scored_and_sealed(ws: Workspace, measures: MeasureService) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    phq9 = by_key(measures, PHQ9)
    answers = [2, 2, 1, 3, 0, 1, 2, 0, 1]
    entry = measures.record(anna, phq9.id, answers, date(2026, 3, 2))
    assert entry.score is not None
    assert (entry.score.total, entry.score.band and entry.score.band.label) == (12, "moderate")
    assert entry.score.flags == frozenset({Flag.SELF_HARM_THOUGHTS})
    assert measures.entries(anna) == [entry]
    with ws.context.sessions() as s:
        row = s.get(MeasureEntry, entry.id)
        assert row is not None and row.answers_ct is not None
        assert b"answers" not in row.answers_ct and b"2,2,1" not in row.answers_ct
        sealed = ws.keyring.cipher.decrypt("measure_entries", row.id, "answers", 0, row.answers_ct)
    assert json.loads(sealed) == {"answers": answers}


def test_a_paper_total_is_sealed_as_a_total(ws: Workspace, measures: MeasureService) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    entry = measures.record(anna, by_key(measures, GAD7).id, PaperTotal(15), TODAY)
    assert entry.score is not None and entry.score.from_total
    with ws.context.sessions() as s:
        row = s.get(MeasureEntry, entry.id)
        assert row is not None and row.answers_ct is not None
        plain = ws.keyring.cipher.decrypt("measure_entries", row.id, "answers", 0, row.answers_ct)
    assert json.loads(plain) == {"total": 15}


def test_refusals_store_nothing(ws: Workspace, measures: MeasureService) -> None:
    group_id, (anna,) = group_with(ws, "G", "Anna")
    other_group, _ = group_with(ws, "H", "Bea")
    elsewhere = session_at(ws, other_group, datetime(2026, 3, 3, 18))
    phq9 = by_key(measures, PHQ9).id
    cases: list[tuple[dict[str, object], type[Exception], str]] = [
        ({"answers": [1] * 8}, ValidationError, "PHQ-9 has 9 items; 8 answers were given."),
        ({"answers": [1] * 8 + [4]}, ValidationError, "Item 9 must be from 0 to 3."),
        ({"answers": PaperTotal(28)}, ValidationError, "The total must be from 0 to 27."),
        ({"taken_on": TODAY + timedelta(days=1)}, ValidationError, "The date cannot be after"),
        ({"taken_on": date(1899, 12, 31)}, ValidationError, "The date is too far in the past."),
        ({"session_id": elsewhere}, ValidationError, "That session is not one of their group's."),
        ({"session_id": 9999}, ValidationError, "That session is not one of their group's."),
        ({"member_id": 9999}, NotFound, "That member no longer exists."),
        ({"instrument_id": 9999}, NotFound, "That measure no longer exists."),
    ]
    for change, error, message in cases:
        call: dict[str, object] = {
            "member_id": anna,
            "instrument_id": phq9,
            "answers": [0] * 9,
            "taken_on": TODAY,
            "session_id": None,
        }
        call.update(change)
        with pytest.raises(error) as refused:
            measures.record(**call)  # type: ignore[arg-type]
        assert str(refused.value).startswith(message), change
    assert entry_count(ws) == 0
    session_id = session_at(ws, group_id, datetime(2026, 3, 3, 18))
    assert measures.record(anna, phq9, [0] * 9, TODAY, session_id).session_id == session_id


def test_delete_an_entry(ws: Workspace, measures: MeasureService) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    entry = measures.record(anna, by_key(measures, GAD7).id, PaperTotal(3), TODAY)
    measures.delete_entry(entry.id)
    assert measures.entries(anna) == []
    with pytest.raises(NotFound, match="That measure entry no longer exists."):
        measures.delete_entry(entry.id)


def test_a_swapped_or_rolled_back_ciphertext_reads_as_damaged_alone(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    phq9 = by_key(measures, PHQ9).id
    first = measures.record(anna, phq9, PaperTotal(20), date(2026, 1, 5))
    second = measures.record(anna, phq9, PaperTotal(4), date(2026, 2, 5))
    third = measures.record(anna, phq9, PaperTotal(6), date(2026, 3, 5))
    with ws.context.sessions.begin() as s:
        blob = s.scalar(select(MeasureEntry.answers_ct).where(MeasureEntry.id == first.id))
        s.execute(update(MeasureEntry).where(MeasureEntry.id == second.id).values(answers_ct=blob))
        s.execute(update(MeasureEntry).where(MeasureEntry.id == third.id).values(rev=1))
    listed = measures.entries(anna)
    assert [(e.id, e.damaged) for e in listed] == [
        (first.id, False),
        (second.id, True),
        (third.id, True),
    ]
    (trajectory,) = measures.trajectories(anna)
    assert [p.total for p in trajectory.points] == [20]
    assert trajectory.damaged == 2


# --- trajectories ---------------------------------------------------------------------------


def test_a_trajectory_carries_bands_and_reliable_change(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    phq9 = by_key(measures, PHQ9).id
    gad7 = by_key(measures, GAD7).id
    for day, total in ((date(2026, 2, 3), 16), (date(2026, 1, 6), 18), (date(2026, 3, 3), 9)):
        measures.record(anna, phq9, PaperTotal(total), day)
    measures.record(anna, gad7, PaperTotal(7), date(2026, 1, 6))
    phq, gad = measures.trajectories(anna)
    assert [(p.taken_on.month, p.total, p.band and p.band.label, p.change) for p in phq.points] == [
        (1, 18, "moderately severe", Change.WITHIN_ERROR),
        (2, 16, "moderately severe", Change.WITHIN_ERROR),
        (3, 9, "mild", Change.IMPROVED),
    ]
    assert phq.change is Change.IMPROVED
    assert gad.spec.name == "GAD-7" and len(gad.points) == 1
    assert gad.change is Change.WITHIN_ERROR
    assert measures.trajectories(9999) == []
