"""Outcome measures between sessions: instruments, a member's entries, their trajectory,
the "not on track" list and a CSV of a member's scores.

An entry's answers (or the total read from paper) are sealed as JSON in `answers_ct`, AAD
(measure_entries, id, "answers", rev); only the member, the instrument, the session and the
date stay plain. The shipped instruments (PHQ-9, GAD-7) are written into
`measure_instruments` the first time measures are used; their wording and scoring come from
`domain.measures`, never from the row, so an edited row cannot change them.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, TypeVar

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.domain import on_track
from facilitator_desktop.domain.measures import (
    BUILTINS,
    Answers,
    Band,
    Change,
    Instrument,
    InstrumentDraft,
    PaperTotal,
    Score,
    change_between,
    changes_from_first,
    define,
    score,
)
from facilitator_desktop.errors import NotFound, RecordDamaged, ValidationError
from facilitator_desktop.models import (
    CheckinScore,
    Group,
    GroupSession,
    MeasureEntry,
    MeasureInstrument,
    Member,
)
from facilitator_desktop.services.context import ServiceContext, to_local
from facilitator_desktop.services.row_check import (
    checker,
    load_for_edit,
    raw_select,
    table_of,
)
from facilitator_desktop.services.sealed import open_sealed, seal

T = TypeVar("T")
TABLE = "measure_entries"
FIELD = "answers"  # as in SEALED_COLUMNS
CHECKIN_TABLE = "checkin_scores"
CHECKIN_LOOKBACK = 26  # a group's sessions searched for a member's last three check-ins
CHECKIN_FIELD = "score"
EARLIEST = date(1900, 1, 1)
_GONE_ENTRY = "That measure entry no longer exists."
_GONE_INSTRUMENT = "That measure no longer exists."
_GONE_MEMBER = "That member no longer exists."


# --- what the screens get -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InstrumentInfo:
    id: int
    spec: Instrument
    archived: bool
    entries: int  # how many entries use it (its shape is fixed once there are any)

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def shipped(self) -> bool:
        return self.spec.shipped


@dataclass(frozen=True, slots=True)
class EntryInfo:
    id: int
    member_id: int
    instrument_id: int
    instrument_name: str
    session_id: int | None
    taken_on: date
    created_at: datetime
    score: Score | None  # None when damaged
    damaged: bool = False


@dataclass(frozen=True, slots=True)
class TrajectoryPoint:
    entry_id: int
    taken_on: date
    session_id: int | None
    score: Score
    change: Change  # against the first entry

    @property
    def total(self) -> float:
        return self.score.total

    @property
    def band(self) -> Band | None:
        return self.score.band


@dataclass(frozen=True, slots=True)
class Trajectory:
    """One instrument's entries for a member, oldest first."""

    instrument: InstrumentInfo
    points: tuple[TrajectoryPoint, ...]
    damaged: int = 0  # entries that could not be read (left out of the points)

    @property
    def spec(self) -> Instrument:
        return self.instrument.spec

    @property
    def change(self) -> Change:
        """First to latest; within error with fewer than two entries."""
        if len(self.points) < 2:
            return Change.WITHIN_ERROR if self.spec.reliable_change else Change.UNKNOWN
        return change_between(self.spec, self.points[0].total, self.points[-1].total)


@dataclass(frozen=True, slots=True)
class OffTrack:
    """A member who is not on track, and why (for the Follow-ups list)."""

    kind: Literal["measure", "checkin"]
    group_id: int
    member_id: int
    instrument_id: int | None  # for "measure"
    instrument_name: str  # "" for "checkin"
    before: float  # the first total, or the highest of the earlier check-ins
    latest: float
    since: date  # when `before` was taken
    latest_on: date
    threshold: float  # the reliable change, or the check-in fall


# --- the service --------------------------------------------------------------------------


class MeasureService:
    """Stateless: every call opens its own transaction; nothing decrypted is kept."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # --- instruments ------------------------------------------------------------------

    def instruments(self, *, include_archived: bool = False) -> list[InstrumentInfo]:
        """Shipped ones first (PHQ-9, GAD-7), then the facilitator's by name."""
        infos = self._reading(lambda s, infos: infos)
        if not include_archived:
            infos = [i for i in infos if not i.archived]
        return infos

    def _reading(self, read: Callable[[Session, list[InstrumentInfo]], T]) -> T:
        """`read` in one read transaction, given every instrument (archived ones too); the
        shipped ones are written first when they are not there yet."""
        for attempt in range(2):
            with self._ctx.sessions() as s:
                infos = self._infos(s)
                if attempt or BUILTINS.keys() <= {i.spec.key for i in infos if i.shipped}:
                    return read(s, infos)
            self._ensure_builtins()
        raise AssertionError("unreachable")  # pragma: no cover

    def _infos(self, s: Session) -> list[InstrumentInfo]:
        rows = self._instrument_rows(s)
        counts: dict[int, int] = {
            instrument_id: count
            for instrument_id, count in s.execute(
                select(MeasureEntry.instrument_id, func.count()).group_by(
                    MeasureEntry.instrument_id
                )
            )
        }
        infos = [
            InstrumentInfo(row.id, spec, row.archived_at is not None, counts.get(row.id, 0))
            for row, spec in rows
        ]
        order = list(BUILTINS)
        return sorted(
            infos,
            key=lambda i: (
                order.index(i.spec.key) if i.shipped else len(order),
                i.name.casefold(),
                i.id,
            ),
        )

    def instrument(self, instrument_id: int) -> InstrumentInfo:
        for info in self.instruments(include_archived=True):
            if info.id == instrument_id:
                return info
        raise NotFound(_GONE_INSTRUMENT)

    def create_instrument(self, draft: InstrumentDraft) -> InstrumentInfo:
        self._ensure_builtins()
        with self._ctx.sessions.begin() as s:
            row = MeasureInstrument(
                key="",
                name="",
                items=1,
                item_min=0,
                item_max=1,
                created_at=self._ctx.now(),
            )
            s.add(row)
            s.flush()
            key = f"custom-{row.id}"
            spec = define(key, draft)
            self._name_free(s, spec.name, row.id)
            row.key = key
            _write_spec(row, spec)
        return self.instrument(row.id)

    def update_instrument(self, instrument_id: int, draft: InstrumentDraft) -> InstrumentInfo:
        """Name, direction, bands and threshold may change at any time; the number of
        items, their range and tenths only while no entry uses the measure."""
        with self._ctx.sessions.begin() as s:
            row = load_for_edit(s, MeasureInstrument, instrument_id, _GONE_INSTRUMENT)
            if row.builtin or row.key in BUILTINS:
                raise ValidationError(
                    "name", f"{row.name} is scored as published and cannot be changed."
                )
            spec = define(row.key, draft)
            before = _custom_spec(row)
            used = s.scalar(select(func.count()).where(MeasureEntry.instrument_id == instrument_id))
            shape = (spec.items, spec.item_min, spec.item_max, spec.decimals)
            if used and shape != (before.items, before.item_min, before.item_max, before.decimals):
                raise ValidationError(
                    "items",
                    f"{before.name} already has entries, so its number of items and their "
                    "range stay as they are. Define a new measure for another form.",
                )
            self._name_free(s, spec.name, row.id)
            _write_spec(row, spec)
        return self.instrument(instrument_id)

    def set_archived(self, instrument_id: int, archived: bool) -> InstrumentInfo:
        """An archived measure takes no new entries; its entries and trajectory stay."""
        with self._ctx.sessions.begin() as s:
            row = load_for_edit(s, MeasureInstrument, instrument_id, _GONE_INSTRUMENT)
            row.archived_at = self._ctx.now() if archived else None
        return self.instrument(instrument_id)

    def _name_free(self, s: Session, name: str, own_id: int) -> None:
        taken = s.scalars(select(MeasureInstrument.name).where(MeasureInstrument.id != own_id))
        if name.casefold() in {other.casefold() for other in taken}:
            raise ValidationError("name", f"There is already a measure called “{name}”.")

    def _ensure_builtins(self) -> None:
        """Write the shipped instruments the first time measures are used."""
        with self._ctx.sessions() as s:
            present = set(s.scalars(select(MeasureInstrument.key).where(MeasureInstrument.builtin)))
        missing = [spec for key, spec in BUILTINS.items() if key not in present]
        if not missing:
            return
        try:
            with self._ctx.sessions.begin() as s:
                for spec in missing:
                    row = MeasureInstrument(key=spec.key, builtin=True, created_at=self._ctx.now())
                    _write_spec(row, spec)
                    s.add(row)
        except IntegrityError:
            pass  # written meanwhile (another window of this app), or a custom name clash

    def _instrument_rows(self, s: Session) -> list[tuple[MeasureInstrument, Instrument]]:
        """Well-formed instrument rows and what they define; a malformed row is left out
        (its entries then read as damaged)."""
        check = checker(s, MeasureInstrument)
        found = []
        for raw in s.execute(raw_select(table_of(MeasureInstrument))).mappings():
            row = check.check(raw)
            if row.damaged:
                continue
            instance = check.instance(MeasureInstrument, row)
            try:
                spec = (
                    BUILTINS[instance.key]
                    if instance.builtin and instance.key in BUILTINS
                    else _custom_spec(instance)
                )
            except (ValidationError, ValueError, TypeError, KeyError):
                continue
            found.append((instance, spec))
        return found

    # --- entries ----------------------------------------------------------------------

    def record(
        self,
        member_id: int,
        instrument_id: int,
        answers: Answers,
        taken_on: date,
        session_id: int | None = None,
    ) -> EntryInfo:
        """Score and seal one completed measure. Raises ValidationError (naming the item,
        the total, the date or the session) and stores nothing when anything is wrong."""
        info = self.instrument(instrument_id)
        if info.archived:
            raise ValidationError(
                "instrument", f"{info.name} is archived. Bring it back in Measures to use it."
            )
        result = score(info.spec, answers)
        today = to_local(self._ctx.now()).date()
        if not isinstance(taken_on, date) or isinstance(taken_on, datetime):
            raise ValidationError("taken_on", "Give the date the form was filled in.")
        if taken_on > today:
            raise ValidationError("taken_on", "The date cannot be after today.")
        if taken_on < EARLIEST:
            raise ValidationError("taken_on", "The date is too far in the past.")
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            group_id = s.scalar(select(Member.group_id).where(Member.id == member_id))
            if group_id is None:
                raise NotFound(_GONE_MEMBER)
            if session_id is not None:
                session_group = s.scalar(
                    select(GroupSession.group_id).where(GroupSession.id == session_id)
                )
                if session_group != group_id:
                    raise ValidationError("session", "That session is not one of their group's.")
            entry = MeasureEntry(
                member_id=member_id,
                instrument_id=instrument_id,
                session_id=session_id,
                taken_on=taken_on,
                rev=0,
                created_at=self._ctx.now(),
            )
            s.add(entry)
            s.flush()
            entry.answers_ct = seal(
                cipher, TABLE, entry.id, entry.rev, FIELD, sealed_answers(result)
            )
            s.flush()
            return EntryInfo(
                entry.id,
                member_id,
                instrument_id,
                info.name,
                session_id,
                taken_on,
                entry.created_at,
                result,
            )

    def entries(self, member_id: int) -> list[EntryInfo]:
        """A member's entries, oldest first; an unreadable one is listed as damaged."""
        return self._reading(lambda s, infos: self._entries(s, infos, member_id))

    def _entries(self, s: Session, infos: list[InstrumentInfo], member_id: int) -> list[EntryInfo]:
        specs = {info.id: info.spec for info in infos}
        cipher = self._ctx.keyring.cipher
        query = (
            raw_select(table_of(MeasureEntry))
            .where(MeasureEntry.member_id == member_id)
            .order_by(MeasureEntry.taken_on, MeasureEntry.id)
        )
        check = checker(s, MeasureEntry)
        rows = [check.check(raw) for raw in s.execute(query).mappings()]
        return [_entry(cipher, specs, row.values, row.damaged) for row in rows]

    def delete_entry(self, entry_id: int) -> None:
        with self._ctx.sessions.begin() as s:
            gone = s.execute(delete(MeasureEntry).where(MeasureEntry.id == entry_id))
            if not getattr(gone, "rowcount", 0):
                raise NotFound(_GONE_ENTRY)

    # --- trajectories -----------------------------------------------------------------

    def trajectories(self, member_id: int) -> list[Trajectory]:
        """Per instrument the member has entries for (in the order of `instruments`), their
        totals over time with bands and reliable change against the first."""
        infos, entries = self._reading(lambda s, all_: (all_, self._entries(s, all_, member_id)))
        by_instrument: dict[int, list[EntryInfo]] = defaultdict(list)
        for entry in entries:
            by_instrument[entry.instrument_id].append(entry)
        found = []
        for info in infos:
            mine = by_instrument.get(info.id)
            if not mine:
                continue
            readable = [e for e in mine if e.score is not None]
            changes = changes_from_first(info.spec, [e.score.total for e in readable if e.score])
            points = tuple(
                TrajectoryPoint(e.id, e.taken_on, e.session_id, e.score, change)
                for e, change in zip(readable, changes, strict=True)
                if e.score is not None
            )
            found.append(Trajectory(info, points, len(mine) - len(readable)))
        return found

    # --- not on track -----------------------------------------------------------------

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
            first = _first_readable(cipher, spec, rows)
            latest = _first_readable(cipher, spec, reversed(rows))
            if first is None or latest is None or (first[0], latest[0]) != (rows[0], rows[-1]):
                # An end that does not open: the nearest readable entry stands in for it.
                whole = self._series(s, member_id, instrument_id)
                first = _first_readable(cipher, spec, whole)
                latest = _first_readable(cipher, spec, reversed(whole))
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

    # --- CSV ---------------------------------------------------------------------------

    def scores_csv(self, member_id: int, alias: str) -> bytes:
        """One row per entry, oldest first: date, member, measure, total, band, reliable
        change from their first entry of that measure, the answers (or "total from paper").
        Holds the alias and scores in plain text: the UI warns first."""
        header = (
            "date",
            "member",
            "measure",
            "total",
            "band",
            "change_from_first",
            "answers",
            "session_start",
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

    def sessions_for(self, member_id: int, *, last: int = 52) -> list[tuple[int, datetime]]:
        """The member's group's latest finished sessions (id, start), newest first, for
        tying an entry to the session it was taken at."""
        with self._ctx.sessions() as s:
            group_id = s.scalar(select(Member.group_id).where(Member.id == member_id))
            if group_id is None:
                raise NotFound(_GONE_MEMBER)
            return [
                (session_id, started)
                for session_id, started in s.execute(
                    select(GroupSession.id, GroupSession.started_at)
                    .where(GroupSession.group_id == group_id, GroupSession.status == "finished")
                    .order_by(GroupSession.started_at.desc())
                    .limit(last)
                )
            ]


# --- helpers ------------------------------------------------------------------------------


def _write_spec(row: MeasureInstrument, spec: Instrument) -> None:
    row.name = spec.name
    row.items = spec.items
    row.item_min = spec.item_min
    row.item_max = spec.item_max
    row.higher_is_worse = spec.higher_is_worse
    row.reliable_change = spec.reliable_change
    row.bands_json = json.dumps(
        {
            "bands": [{"from": b.low, "to": b.high, "label": b.label} for b in spec.bands],
            "decimals": spec.decimals,
        },
        ensure_ascii=False,
    )


def _custom_spec(row: MeasureInstrument) -> Instrument:
    """A facilitator's instrument from its row, checked as when it was defined."""
    stored = json.loads(row.bands_json or "[]")
    if isinstance(stored, list):  # the column's default, before any band was given
        stored = {"bands": stored}
    if not isinstance(stored, dict):
        raise ValueError("bands_json is not an object")
    bands = tuple(
        Band(band["from"], band["to"], str(band["label"])) for band in stored.get("bands", [])
    )
    return define(
        row.key,
        InstrumentDraft(
            name=row.name,
            items=row.items,
            item_min=row.item_min,
            item_max=row.item_max,
            higher_is_worse=bool(row.higher_is_worse),
            bands=bands,
            reliable_change=row.reliable_change,
            decimals=stored.get("decimals", 0),
        ),
    )


def sealed_answers(result: Score) -> str:
    """What is sealed: the answers, or the total from paper (compact JSON)."""
    content = (
        {"answers": list(result.items)} if result.items is not None else {"total": result.total}
    )
    return json.dumps(content, separators=(",", ":"))


def _answers_from(plain: str) -> Answers:
    content = json.loads(plain)
    if isinstance(content, dict) and isinstance(content.get("answers"), list):
        return list(content["answers"])
    if isinstance(content, dict) and "total" in content:
        return PaperTotal(content["total"])
    raise ValueError("no answers and no total")


def _opened_score(
    cipher: FieldCipher, spec: Instrument, entry_id: int, rev: int, blob: bytes | None
) -> Score | None:
    """The entry's score, or None when it cannot be read or no longer fits the instrument."""
    try:
        if blob is None:
            return None
        return score(spec, _answers_from(open_sealed(cipher, TABLE, entry_id, rev, FIELD, blob)))
    except (RecordDamaged, ValidationError, ValueError, TypeError):
        return None


def _entry(
    cipher: FieldCipher, specs: dict[int, Instrument], values: dict[str, Any], damaged: bool
) -> EntryInfo:
    instrument_id = values.get("instrument_id")
    spec = specs.get(instrument_id) if isinstance(instrument_id, int) else None
    result = None
    if not damaged and spec is not None:
        result = _opened_score(cipher, spec, values["id"], values["rev"], values["answers_ct"])
    return EntryInfo(
        values["id"],
        values.get("member_id") or 0,
        instrument_id if isinstance(instrument_id, int) else 0,
        spec.name if spec is not None else "?",
        values.get("session_id"),
        values.get("taken_on") or date.min,
        values.get("created_at") or datetime.min,
        result,
        damaged=result is None,
    )


def _first_readable(
    cipher: FieldCipher, spec: Instrument, entries: Iterable[Any]
) -> tuple[Any, float] | None:
    for row in entries:
        result = _opened_score(cipher, spec, row.id, row.rev, row.answers_ct)
        if result is not None:
            return row, result.total
    return None


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


def _csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    # As the other CSV exports (services/exports.py): UTF-8 with a BOM, so spreadsheet
    # programs show Ελένη and Дмитрий correctly.
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


# --- a member's copy of their record (services/member_rights.py) ----------------------------


@dataclass(frozen=True, slots=True)
class ExportMeasure:
    measure: str
    taken_on: date
    total: float | None  # None: the entry could not be read
    band: str
    answers: tuple[float, ...] | None  # None: a total from paper, or unreadable


def export_measures(ctx: ServiceContext, member_id: int) -> tuple[ExportMeasure, ...]:
    """The member's entries, oldest first, as their export holds them."""
    return tuple(
        ExportMeasure(
            entry.instrument_name,
            entry.taken_on,
            entry.score.total if entry.score is not None else None,
            entry.score.band.label if entry.score is not None and entry.score.band else "",
            entry.score.items if entry.score is not None else None,
        )
        for entry in MeasureService(ctx).entries(member_id)
    )


def measures_document(measures: Iterable[ExportMeasure]) -> list[dict[str, object]]:
    return [
        {
            "measure": m.measure,
            "taken_on": m.taken_on.isoformat(),
            "total": m.total,
            "band": m.band,
            "answers": list(m.answers) if m.answers is not None else None,
            **({"damaged": True} if m.total is None else {}),
        }
        for m in measures
    ]
