"""A shipped measure is known by its key: a row that lost its flag outside the app (and had
its name, items and change threshold edited) still reads as published, wording and all,
as its scoring comes from the app, never from the row."""

from __future__ import annotations

from sqlalchemy import update

from facilitator_desktop.domain.measures import BUILTINS, PHQ9
from facilitator_desktop.models import MeasureInstrument
from facilitator_desktop.services.measures import MeasureService
from facilitator_desktop.workspace import Workspace
from tests.helpers.measures_setup import by_key


def test_a_shipped_row_that_lost_its_flag_still_reads_as_published(
    ws: Workspace, measures: MeasureService
) -> None:
    before = by_key(measures, PHQ9)
    with ws.context.sessions.begin() as s:  # edited outside the app
        s.execute(
            update(MeasureInstrument)
            .where(MeasureInstrument.key == PHQ9)
            .values(builtin=False, name="Tampered", items=2, reliable_change=1)
        )
    phq9 = by_key(measures, PHQ9)
    assert phq9 == before
    assert phq9.spec == BUILTINS[PHQ9]
    assert (phq9.name, phq9.spec.items, phq9.spec.reliable_change) == ("PHQ-9", 9, 6)
    assert len(phq9.spec.item_texts) == 9
    assert [i.name for i in measures.instruments()] == ["PHQ-9", "GAD-7"]
