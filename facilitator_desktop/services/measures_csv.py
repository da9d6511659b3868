"""A member's scores as CSV (the file the UI warns about before saving it). Part of
MeasureService (a base class of it), kept apart as its own job."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from facilitator_desktop.models import (
    GroupSession,
    MeasureEntry,
)
from facilitator_desktop.services.checkin_scores import export_checkins
from facilitator_desktop.services.context import ServiceContext, to_local
from facilitator_desktop.services.measure_views import Trajectory

CHECKIN_MEASURE = "Check-in"  # what the scores CSV calls a check-in score's row


class ScoresCsv:
    _ctx: ServiceContext

    if TYPE_CHECKING:

        def trajectories(self, member_id: int) -> list[Trajectory]: ...

    def scores_csv(self, member_id: int, alias: str) -> bytes:
        """One row per entry, oldest first: date, member, measure, total, band, reliable
        change from their first entry of that measure, the answers (or "total from paper"),
        the session, the range of totals; and one per check-in score ("Check-in", on the
        group's scale; one that cannot be read says so, with no score). Holds the alias and
        scores in plain text: the UI warns first."""
        header = (
            "date",
            "member",
            "measure",
            "total",
            "band",
            "change_from_first",
            "answers",
            "session_start",
            "scale",  # "0–27": an en dash, which spreadsheets never read as a date
        )
        starts = self._session_starts(member_id)
        rows = []
        for trajectory in self.trajectories(member_id):
            spec = trajectory.spec
            for point in trajectory.points:
                answers = (
                    " ".join(spec.format(v) for v in point.score.items)
                    if point.score.items is not None
                    else "total from paper"
                )
                start = starts.get(point.session_id) if point.session_id else None
                rows.append(
                    (
                        point.taken_on.isoformat(),
                        alias,
                        spec.name,
                        spec.format(point.total),
                        point.band.label if point.band else "",
                        point.change.value,
                        answers,
                        to_local(start).isoformat(" ", "minutes") if start else "",
                        f"{spec.format(spec.total_min)}–{spec.format(spec.total_max)}",
                    )
                )
        for checkin in export_checkins(self._ctx, member_id):
            started = to_local(checkin.session)
            rows.append(
                (
                    started.date().isoformat(),
                    alias,
                    CHECKIN_MEASURE,
                    str(checkin.score) if checkin.score is not None else "",
                    "",
                    "",
                    "" if checkin.score is not None else "damaged: could not be read",
                    started.isoformat(" ", "minutes"),
                    f"{checkin.low}–{checkin.high}",
                )
            )
        rows.sort(key=lambda r: (r[0], r[2]))
        return _csv(header, rows)

    def _session_starts(self, member_id: int) -> dict[int, datetime]:
        with self._ctx.sessions() as s:
            return {
                session_id: started
                for session_id, started in s.execute(
                    select(GroupSession.id, GroupSession.started_at)
                    .join(MeasureEntry, MeasureEntry.session_id == GroupSession.id)
                    .where(MeasureEntry.member_id == member_id)
                )
            }


def _csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    # As the other CSV exports (services/exports.py): UTF-8 with a BOM, so spreadsheet
    # programs show Ελένη and Дмитрий correctly.
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")
