"""A facilitator's measure whose stored bands are not an object: changing it is refused,
and the refusal says what is wrong, word for word."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from facilitator_desktop.domain.measures import InstrumentDraft
from facilitator_desktop.models import MeasureInstrument
from facilitator_desktop.services.measures import MeasureService
from facilitator_desktop.workspace import Workspace


@pytest.mark.parametrize("stored", ["5", '"bands"', "true"], ids=["number", "string", "bool"])
def test_changing_a_measure_whose_bands_are_not_an_object_says_so(
    ws: Workspace, measures: MeasureService, stored: str
) -> None:
    """The stored bands another hand left as a bare value are named in the refusal."""
    draft = InstrumentDraft("CORE-10", 10, 0, 4, reliable_change=6)
    mine = measures.create_instrument(draft).id
    with ws.context.sessions.begin() as s:
        s.execute(
            update(MeasureInstrument).where(MeasureInstrument.id == mine).values(bands_json=stored)
        )
    with pytest.raises(ValueError) as raised:
        measures.update_instrument(mine, draft)
    assert str(raised.value) == "bands_json is not an object"
