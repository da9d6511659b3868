"""A facilitator's measure is stored as typed: its band labels keep their letters in the
stored definition (readable in the file, not escaped), and read back the same."""

from __future__ import annotations

from sqlalchemy import select

from facilitator_desktop.domain.measures import Band, InstrumentDraft
from facilitator_desktop.models import MeasureInstrument
from facilitator_desktop.services.measures import MeasureService
from facilitator_desktop.workspace import Workspace


def test_band_labels_are_stored_with_their_letters_as_typed(
    ws: Workspace, measures: MeasureService
) -> None:
    draft = InstrumentDraft(
        "Belastung",
        10,
        0,
        4,
        bands=(Band(0, 10, "gering"), Band(11, 40, "schwer – ärztlich klären")),
        reliable_change=6,
    )
    created = measures.create_instrument(draft)
    with ws.context.sessions() as s:
        stored = s.scalar(
            select(MeasureInstrument.bands_json).where(MeasureInstrument.id == created.id)
        )
    assert stored == (
        '{"bands": [{"from": 0, "to": 10, "label": "gering"}, '
        '{"from": 11, "to": 40, "label": "schwer – ärztlich klären"}], "decimals": 0}'
    )
    assert measures.instrument(created.id).spec.bands == draft.bands
