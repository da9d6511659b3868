"""Measure rows edited outside the app: a shipped measure whose row was deleted is written
again (the other shipped one being there does not stop it), a damaged measure is left out
alone (the ones after it are still listed), and a facilitator's measure flagged as shipped
by hand still reads as the facilitator defined it."""

from __future__ import annotations

from sqlalchemy import delete, update

from facilitator_desktop.domain.measures import GAD7, PHQ9, InstrumentDraft, PaperTotal
from facilitator_desktop.models import MeasureInstrument
from facilitator_desktop.services.measures import MeasureService
from facilitator_desktop.workspace import Workspace
from tests.helpers.measures_setup import TODAY, by_key, group_with


def _draft(name: str) -> InstrumentDraft:
    return InstrumentDraft(name, 10, 0, 4, reliable_change=6)


def test_a_shipped_measure_whose_row_was_deleted_is_written_again(
    ws: Workspace, measures: MeasureService
) -> None:
    """Only the missing one is written: PHQ-9, still there, keeps its row."""
    phq9 = by_key(measures, PHQ9)
    with ws.context.sessions.begin() as s:
        s.execute(delete(MeasureInstrument).where(MeasureInstrument.key == GAD7))
    listed = measures.instruments()
    assert [(i.name, i.shipped, i.entries) for i in listed] == [
        ("PHQ-9", True, 0),
        ("GAD-7", True, 0),
    ]
    assert listed[0] == phq9
    assert by_key(measures, GAD7).spec.items == 7


def test_a_damaged_measure_is_left_out_and_the_ones_after_it_are_listed(
    ws: Workspace, measures: MeasureService
) -> None:
    damaged = measures.create_instrument(_draft("CORE-10")).id
    measures.create_instrument(_draft("ORS"))
    measures.create_instrument(_draft("SRS"))
    with ws.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE measure_instruments SET items = 'ten' WHERE id = ?", (damaged,)
        )
    assert [i.name for i in measures.instruments()] == ["PHQ-9", "GAD-7", "ORS", "SRS"]


def test_a_facilitators_measure_flagged_as_shipped_by_hand_reads_as_defined(
    ws: Workspace, measures: MeasureService
) -> None:
    """Its key is not a shipped one, so its row defines it, entries and all."""
    _, (anna,) = group_with(ws, "G", "Anna")
    core = measures.create_instrument(_draft("CORE-10"))
    measures.record(anna, core.id, PaperTotal(12), TODAY)
    with ws.context.sessions.begin() as s:
        s.execute(
            update(MeasureInstrument).where(MeasureInstrument.id == core.id).values(builtin=True)
        )
    listed = measures.instruments()
    assert [(i.name, i.shipped, i.entries) for i in listed] == [
        ("PHQ-9", True, 0),
        ("GAD-7", True, 0),
        ("CORE-10", False, 1),
    ]
    assert (listed[2].id, listed[2].spec) == (core.id, core.spec)
    (entry,) = measures.entries(anna)
    assert not entry.damaged and entry.score is not None and entry.score.total == 12


def test_a_measure_whose_definition_no_longer_reads_is_left_out_alone(
    ws: Workspace, measures: MeasureService
) -> None:
    """Its bands edited into what is not JSON: the measures after it are still listed."""
    broken = measures.create_instrument(_draft("CORE-10")).id
    measures.create_instrument(_draft("ORS"))
    with ws.context.sessions.begin() as s:
        s.execute(
            update(MeasureInstrument)
            .where(MeasureInstrument.id == broken)
            .values(bands_json="{bands")
        )
    assert [i.name for i in measures.instruments()] == ["PHQ-9", "GAD-7", "ORS"]
