"""Outcome measures between sessions: instruments, a member's entries, their trajectory,
the "not on track" list and a CSV of a member's scores.

An entry's answers (or the total read from paper) are sealed as JSON in `answers_ct`, AAD
(measure_entries, id, "answers", rev); only the member, the instrument, the session and the
date stay plain. The shipped instruments (PHQ-9, GAD-7) are written into
`measure_instruments` the first time measures are used; their wording and scoring come from
`domain.measures`, never from the row, so an edited row cannot change them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.domain.measures import (
    BUILTINS,
    Answers,
    Band,
    Instrument,
    InstrumentDraft,
    changes_from_first,
    define,
    score,
)
from facilitator_desktop.errors import N_, NotFound, ValidationError
from facilitator_desktop.models import (
    GroupSession,
    MeasureEntry,
    MeasureInstrument,
    Member,
)
from facilitator_desktop.services.context import ServiceContext, to_local
from facilitator_desktop.services.measure_answers import FIELD as FIELD
from facilitator_desktop.services.measure_answers import TABLE as TABLE
from facilitator_desktop.services.measure_answers import opened_score
from facilitator_desktop.services.measure_answers import sealed_answers as sealed_answers
from facilitator_desktop.services.measure_views import EntryInfo as EntryInfo
from facilitator_desktop.services.measure_views import InstrumentInfo as InstrumentInfo
from facilitator_desktop.services.measure_views import OffTrack as OffTrack
from facilitator_desktop.services.measure_views import Trajectory as Trajectory
from facilitator_desktop.services.measure_views import TrajectoryPoint as TrajectoryPoint
from facilitator_desktop.services.measures_csv import ScoresCsv
from facilitator_desktop.services.measures_off_track import CHECKIN_LOOKBACK as CHECKIN_LOOKBACK
from facilitator_desktop.services.measures_off_track import OffTrackReads
from facilitator_desktop.services.row_check import (
    checker,
    load_for_edit,
    raw_select,
    table_of,
)
from facilitator_desktop.services.sealed import seal

T = TypeVar("T")
EARLIEST = date(1900, 1, 1)
_GONE_ENTRY = "That measure entry no longer exists."
_GONE_INSTRUMENT = "That measure no longer exists."
_GONE_MEMBER = "That member no longer exists."


# --- the service --------------------------------------------------------------------------


class MeasureService(OffTrackReads, ScoresCsv):
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
                    "name",
                    N_("{name} is scored as published and cannot be changed."),
                    name=row.name,
                )
            spec = define(row.key, draft)
            before = _custom_spec(row)
            used = s.scalar(select(func.count()).where(MeasureEntry.instrument_id == instrument_id))
            shape = (spec.items, spec.item_min, spec.item_max, spec.decimals)
            if used and shape != (before.items, before.item_min, before.item_max, before.decimals):
                raise ValidationError(
                    "items",
                    N_(
                        "{name} already has entries, so its number of items and their range "
                        "stay as they are. Define a new measure for another form."
                    ),
                    name=before.name,
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
            raise ValidationError(
                "name", N_("There is already a measure called “{name}”."), name=name
            )

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
            try:  # a shipped key reads as published, flag or not (the facilitator's: custom-<id>)
                spec = (
                    BUILTINS[instance.key] if instance.key in BUILTINS else _custom_spec(instance)
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
                "instrument",
                N_("{name} is archived. Bring it back in Measures to use it."),
                name=info.name,
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


def _entry(
    cipher: FieldCipher, specs: dict[int, Instrument], values: dict[str, Any], damaged: bool
) -> EntryInfo:
    instrument_id = values.get("instrument_id")
    spec = specs.get(instrument_id) if isinstance(instrument_id, int) else None
    result = None
    if not damaged and spec is not None:
        result = opened_score(cipher, spec, values["id"], values["rev"], values["answers_ct"])
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
