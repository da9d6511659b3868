"""Who is not on track, for the Follow-ups list: a measure's latest total reliably worse
than the member's first, or a check-in that fell by the group's set amount over their
last three sessions. Part of MeasureService (a base class of it), kept apart as its
own job."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.domain import on_track
from facilitator_desktop.domain.measures import Instrument
from facilitator_desktop.errors import RecordDamaged
from facilitator_desktop.models import (
    CheckinScore,
    Group,
    GroupSession,
    MeasureEntry,
    Member,
)
from facilitator_desktop.services.context import ServiceContext, to_local
from facilitator_desktop.services.measure_answers import first_readable
from facilitator_desktop.services.measure_views import InstrumentInfo, OffTrack
from facilitator_desktop.services.sealed import open_sealed

CHECKIN_TABLE = "checkin_scores"
CHECKIN_LOOKBACK = 26  # a group's sessions searched for a member's last three check-ins
CHECKIN_FIELD = "score"


class OffTrackReads:
    _ctx: ServiceContext

    if TYPE_CHECKING:

        def instruments(self, *, include_archived: bool = False) -> list[InstrumentInfo]: ...

    def not_on_track(self, *, group_id: int | None = None) -> list[OffTrack]:
        """Members still in a group that is not archived whose latest total of a measure is
        reliably worse than their first, or whose check-in fell by the group's set amount
        over their last three sessions. Reads first and latest entries only."""
        cipher = self._ctx.keyring.cipher
        found: list[OffTrack] = []
        infos = self.instruments(include_archived=True)
        specs = {info.id: info.spec for info in infos if info.spec.reliable_change}
        with self._ctx.sessions() as s:
            members = select(Member.id, Member.group_id).join(Group, Group.id == Member.group_id)
            members = members.where(Member.left_on.is_(None), Group.archived_at.is_(None))
            if group_id is not None:
                members = members.where(Member.group_id == group_id)
            home: dict[int, int] = {mid: gid for mid, gid in s.execute(members)}
            if not home:
                return []
            found += self._deteriorated(s, cipher, specs, home)
            found += self._falling_checkins(s, cipher, home)
        return sorted(found, key=lambda o: (o.group_id, o.member_id, o.kind, o.instrument_name))

    def _deteriorated(
        self,
        s: Session,
        cipher: FieldCipher,
        specs: dict[int, Instrument],
        home: dict[int, int],
    ) -> list[OffTrack]:
        entry = MeasureEntry
        bounds = (
            select(
                entry.member_id,
                entry.instrument_id,
                func.min(entry.taken_on).label("first_on"),
                func.max(entry.taken_on).label("latest_on"),
            )
            .where(entry.member_id.in_(home), entry.instrument_id.in_(specs))
            .group_by(entry.member_id, entry.instrument_id)
            .cte("bounds")
        )
        # Only the entries on each series' first and latest dates are read (one pass over
        # the table, then index seeks): ten years of other ciphertext stays on disk unless
        # one of those does not open.
        ends: dict[tuple[int, int], list[Any]] = defaultdict(list)
        for row in s.execute(
            select(
                entry.id,
                entry.member_id,
                entry.instrument_id,
                entry.taken_on,
                entry.rev,
                entry.answers_ct,
            )
            .join(
                bounds,
                and_(
                    entry.member_id == bounds.c.member_id,
                    entry.instrument_id == bounds.c.instrument_id,
                    or_(entry.taken_on == bounds.c.first_on, entry.taken_on == bounds.c.latest_on),
                ),
            )
            .order_by(entry.taken_on, entry.id)
        ):
            ends[(row.member_id, row.instrument_id)].append(row)
        found = []
        for (member_id, instrument_id), rows in ends.items():
            spec = specs[instrument_id]
            first = first_readable(cipher, spec, rows)
            latest = first_readable(cipher, spec, reversed(rows))
            if first is None or latest is None or (first[0], latest[0]) != (rows[0], rows[-1]):
                # An end that does not open: the nearest readable entry stands in for it.
                whole = self._series(s, member_id, instrument_id)
                first = first_readable(cipher, spec, whole)
                latest = first_readable(cipher, spec, reversed(whole))
            if first is None or latest is None or first[0].id == latest[0].id:
                continue
            if on_track.reliably_deteriorated(spec, [first[1], latest[1]]):
                found.append(
                    OffTrack(
                        "measure",
                        home[member_id],
                        member_id,
                        instrument_id,
                        spec.name,
                        first[1],
                        latest[1],
                        first[0].taken_on,
                        latest[0].taken_on,
                        float(spec.reliable_change or 0),
                    )
                )
        return found

    @staticmethod
    def _series(s: Session, member_id: int, instrument_id: int) -> list[Any]:
        return list(
            s.execute(
                select(
                    MeasureEntry.id,
                    MeasureEntry.taken_on,
                    MeasureEntry.rev,
                    MeasureEntry.answers_ct,
                )
                .where(
                    MeasureEntry.member_id == member_id,
                    MeasureEntry.instrument_id == instrument_id,
                )
                .order_by(MeasureEntry.taken_on, MeasureEntry.id)
            )
        )

    def _falling_checkins(
        self, s: Session, cipher: FieldCipher, home: dict[int, int]
    ) -> list[OffTrack]:
        scales = {
            gid: (low, high)
            for gid, low, high in s.execute(
                select(Group.id, Group.checkin_min, Group.checkin_max).where(
                    Group.id.in_(set(home.values()))
                )
            )
        }
        # Each group's latest sessions only: a fall is news while it is recent, and ten
        # years of weekly check-ins are never read to find it.
        latest_sessions: list[int] = []
        for gid in sorted(set(home.values())):
            latest_sessions += list(
                s.scalars(
                    select(GroupSession.id)
                    .where(GroupSession.group_id == gid)
                    .order_by(GroupSession.started_at.desc())
                    .limit(CHECKIN_LOOKBACK)
                )
            )
        rows = s.execute(
            select(
                CheckinScore.id,
                CheckinScore.member_id,
                CheckinScore.rev,
                CheckinScore.score_ct,
                GroupSession.started_at,
            )
            .join(GroupSession, GroupSession.id == CheckinScore.session_id)
            .where(CheckinScore.session_id.in_(latest_sessions), CheckinScore.member_id.in_(home))
            .order_by(GroupSession.started_at, CheckinScore.id)
        ).all()
        per_member: dict[int, list[Any]] = defaultdict(list)
        for row in rows:
            per_member[row.member_id].append(row)
        found = []
        for member_id, scores in per_member.items():
            recent = scores[-on_track.CHECKIN_SESSIONS :]
            values = [_checkin_value(cipher, row) for row in recent]
            if len(recent) < on_track.CHECKIN_SESSIONS or any(v is None for v in values):
                continue
            low, high = scales.get(home[member_id], (0, 10))
            try:
                fall = on_track.checkin_fall_for_scale(low, high)
            except ValueError:
                continue  # a scale that does not go up: nothing to compare
            known = [v for v in values if v is not None]
            if on_track.checkin_falling(known, fall):
                earlier = known[:-1]
                peak = earlier.index(max(earlier))
                found.append(
                    OffTrack(
                        "checkin",
                        home[member_id],
                        member_id,
                        None,
                        "",
                        max(earlier),
                        known[-1],
                        to_local(recent[peak].started_at).date(),
                        to_local(recent[-1].started_at).date(),
                        float(fall),
                    )
                )
        return found


def _checkin_value(cipher: FieldCipher, row: Any) -> float | None:
    """A check-in score as sealed by the check-in service: a number written as JSON text
    ("7"), or an object holding it under "score"."""
    try:
        plain = open_sealed(cipher, CHECKIN_TABLE, row.id, row.rev, CHECKIN_FIELD, row.score_ct)
        value = json.loads(plain)
    except (RecordDamaged, ValueError, TypeError):
        return None
    if isinstance(value, dict):
        value = value.get("score")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)
