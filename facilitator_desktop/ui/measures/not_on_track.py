"""The "not on track" lines of Follow-ups: members whose latest total of a measure is
reliably worse than their first, or whose check-in fell by the group's set amount over their
last three sessions, each as a sentence and a short list line. Opening one leads to the
member's page, where their trajectory is."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from facilitator_desktop.services.measures import MeasureService, OffTrack
from facilitator_desktop.ui import formatting
from facilitator_desktop.workspace import Workspace

KIND = "off_track"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Measures", text)


@dataclass(frozen=True, slots=True)
class OffTrackLine:
    group_id: int
    member_id: int
    text: str  # the whole sentence
    label: str  # what the list shows under its section heading


def heading() -> str:
    return _tr("Not on track")


def off_track_lines(ws: Workspace, group_id: int | None = None) -> list[OffTrackLine]:
    """Every group that is not archived (or only `group_id`); raises FacilitatorError as the
    services do."""
    found = MeasureService(ws.context).not_on_track(group_id=group_id)
    aliases: dict[int, str] = {}
    for gid in sorted({item.group_id for item in found}):
        aliases.update((m.id, m.alias) for m in ws.members.list(gid))
    return [_line(item, aliases.get(item.member_id, "?")) for item in found]


def _number(value: float) -> str:
    return formatting.number(value, 0 if float(value).is_integer() else 1)


def _line(item: OffTrack, alias: str) -> OffTrackLine:
    before, latest = _number(item.before), _number(item.latest)
    if item.kind == "measure":
        text = _tr(
            "{alias}: {measure} reliably worse than at first — {before} on {since}, {latest} "
            "on {latest_on} (a change of {threshold} or more is reliable)"
        ).format(
            alias=alias,
            measure=item.instrument_name,
            before=before,
            since=formatting.short_date(item.since),
            latest=latest,
            latest_on=formatting.short_date(item.latest_on),
            threshold=_number(item.threshold),
        )
        label = _tr("{alias} · {measure} {before} → {latest}").format(
            alias=alias, measure=item.instrument_name, before=before, latest=latest
        )
    else:
        text = _tr(
            "{alias}: check-in fell from {before} ({since}) to {latest} ({latest_on}) over "
            "their last three sessions"
        ).format(
            alias=alias,
            before=before,
            since=formatting.short_date(item.since),
            latest=latest,
            latest_on=formatting.short_date(item.latest_on),
        )
        label = _tr("{alias} · check-in {before} → {latest}").format(
            alias=alias, before=before, latest=latest
        )
    return OffTrackLine(item.group_id, item.member_id, text, label)
