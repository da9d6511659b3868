"""The measures list is only read while every shipped measure is shown: on a full disk it
still opens, with no write tried, even when a shipped measure's row lost its flag (it is
still listed as shipped, so there is nothing to write)."""

from __future__ import annotations

from sqlalchemy import update

from facilitator_desktop.domain.measures import PHQ9
from facilitator_desktop.models import MeasureInstrument
from facilitator_desktop.services.measures import MeasureService
from facilitator_desktop.workspace import Workspace
from tests.helpers.faults import failing_writes


def test_the_measures_list_reads_on_a_full_disk_when_a_shipped_row_lost_its_flag(
    ws: Workspace, measures: MeasureService
) -> None:
    measures.instruments()
    with ws.context.sessions.begin() as s:  # edited outside the app
        s.execute(
            update(MeasureInstrument).where(MeasureInstrument.key == PHQ9).values(builtin=False)
        )
    before = measures.instruments(include_archived=True)
    stop = failing_writes(ws.engine)
    try:
        listed = measures.instruments(include_archived=True)
    finally:
        stop()
    assert listed == before
    assert [(i.name, i.shipped) for i in listed] == [("PHQ-9", True), ("GAD-7", True)]
