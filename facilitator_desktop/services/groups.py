"""Groups and their default agenda. Archiving hides a group but keeps its history.

A group's name and schedule are plain by design. Its description invites names ("for the
family of …"), so it is sealed like a note (AAD: "groups", row id, "description", `rev`) and
opened only on request: group lists never carry it, so the selector that outlives a lock
holds nothing private. The legacy plaintext column is always written empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session

from facilitator_desktop.domain.validation import SegmentSpec, clean, validate_group
from facilitator_desktop.errors import NotFound, RecordDamaged, ValidationError
from facilitator_desktop.i18n import is_shipped
from facilitator_desktop.models import AgendaTemplateSegment, Group
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.row_check import (
    CheckedRow,
    checker,
    load_for_edit,
    next_rev,
    raw_select,
    table_of,
)
from facilitator_desktop.services.sealed import open_sealed, seal

TABLE = "groups"
DAMAGED_NAME = "⚠ damaged record"
_GONE = "That group no longer exists."
DEFAULT_MINUTES = 90
DEFAULT_SOFT_LIMIT = 5

DEFAULT_AGENDA = (
    SegmentSpec("Check-in", 15, "round"),
    SegmentSpec("Discussion", 45, "open"),
    SegmentSpec("Check-out", 10, "round"),
)


@dataclass(frozen=True, slots=True)
class GroupDraft:
    name: str
    description: str = ""
    weekday: int | None = None
    start_time: str | None = None
    default_minutes: int = DEFAULT_MINUTES
    speaker_soft_limit_min: int = DEFAULT_SOFT_LIMIT
    agenda: tuple[SegmentSpec, ...] = DEFAULT_AGENDA
    # The language of the group's handouts and room display; "" = the app's language.
    handout_language: str = ""


@dataclass(frozen=True, slots=True)
class GroupInfo:
    """A group as lists show it. No description: read it with `GroupService.description`.

    `damaged`: the stored row (or one of its agenda segments) holds values the app never
    writes; what could be read is shown, and the group cannot be edited."""

    id: int
    name: str
    weekday: int | None
    start_time: str | None
    default_minutes: int
    speaker_soft_limit_min: int
    agenda: tuple[SegmentSpec, ...]
    archived: bool
    damaged: bool = False
    handout_language: str = ""  # "" = the app's language


class GroupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # --- reading -----------------------------------------------------------------------------

    def list(self, *, include_archived: bool = False) -> list[GroupInfo]:
        with self._ctx.sessions() as s:
            query = raw_select(table_of(Group)).order_by(
                Group.archived_at.is_not(None), Group.name, Group.id
            )
            if not include_archived:
                query = query.where(Group.archived_at.is_(None))
            return _read(s, query)

    def get(self, group_id: int) -> GroupInfo:
        with self._ctx.sessions() as s:
            return _read_one(s, group_id)

    def description(self, group_id: int) -> str:
        """The group's description, opened with the data key; `RecordDamaged` when it (or
        the row it is bound to) does not hold what the app wrote."""
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions() as s:
            row, info = _read_checked(s, group_id)
            if info.damaged:
                raise RecordDamaged()
            return open_sealed(
                cipher,
                TABLE,
                group_id,
                row.values["rev"],
                "description",
                row.values["description_ct"],
            )

    # --- writing -----------------------------------------------------------------------------

    def create(self, draft: GroupDraft) -> GroupInfo:
        self._validate(draft)
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            group = Group(created_at=self._ctx.now(), rev=0, description="")
            self._apply(group, draft)
            s.add(group)
            s.flush()  # the id is part of the description's AAD
            group.description_ct = seal(
                cipher, TABLE, group.id, group.rev, "description", clean(draft.description)
            )
            s.flush()
            return _read_one(s, group.id)

    def update(self, group_id: int, draft: GroupDraft) -> GroupInfo:
        self._validate(draft)
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            if _read_one(s, group_id).damaged:  # its agenda too: it is about to be replaced
                raise RecordDamaged.on_edit()
            group = load_for_edit(s, Group, group_id, _GONE)
            group.rev = next_rev(group.rev)
            group.agenda.clear()
            s.flush()  # free the (group, position) slots before re-adding
            self._apply(group, draft)
            group.description = ""
            group.description_ct = seal(
                cipher, TABLE, group.id, group.rev, "description", clean(draft.description)
            )
            s.flush()
            return _read_one(s, group.id)

    def set_archived(self, group_id: int, archived: bool) -> GroupInfo:
        with self._ctx.sessions.begin() as s:
            group = load_for_edit(s, Group, group_id, _GONE)
            group.archived_at = self._ctx.now() if archived else None
            s.flush()
            return _read_one(s, group_id)

    # --- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _validate(draft: GroupDraft) -> None:
        validate_group(
            draft.name,
            draft.start_time,
            draft.default_minutes,
            draft.speaker_soft_limit_min,
            draft.agenda,
        )
        if draft.weekday is not None and not 0 <= draft.weekday <= 6:  # Monday to Sunday
            # Stored as given, it would read back as a damaged group (see _info).
            raise ValidationError("weekday", "Choose a day of the week, Monday to Sunday.")
        if draft.handout_language and not is_shipped(draft.handout_language):
            raise ValidationError(
                "handout_language", "Choose one of the listed languages for the handouts."
            )

    @staticmethod
    def _apply(group: Group, draft: GroupDraft) -> None:
        group.name = clean(draft.name)
        group.weekday = draft.weekday
        group.start_time = draft.start_time or None
        group.default_minutes = draft.default_minutes
        group.speaker_soft_limit_min = draft.speaker_soft_limit_min
        group.handout_language = draft.handout_language
        group.agenda.extend(
            AgendaTemplateSegment(
                position=i, name=clean(seg.name), minutes=seg.minutes, kind=seg.kind
            )
            for i, seg in enumerate(draft.agenda)
        )


def _read_one(s: Session, group_id: int) -> GroupInfo:
    return _read_checked(s, group_id)[1]


def _read_checked(s: Session, group_id: int) -> tuple[CheckedRow, GroupInfo]:
    query = raw_select(table_of(Group)).where(Group.id == group_id)
    raw = s.execute(query).mappings().first()
    if raw is None:
        raise NotFound(_GONE)
    row = checker(s, Group).check(raw)
    return row, _info(row, _agendas(s, [group_id]).get(group_id, []))


def _read(s: Session, query: Select[*tuple[Any, ...]]) -> list[GroupInfo]:
    check = checker(s, Group)
    rows = [check.check(raw) for raw in s.execute(query).mappings()]
    agendas = _agendas(s, [row.values["id"] for row in rows])
    return [_info(row, agendas.get(row.values["id"], [])) for row in rows]


def _agendas(s: Session, group_ids: Sequence[int]) -> dict[int, list[CheckedRow]]:
    check = checker(s, AgendaTemplateSegment)
    found: dict[int, list[CheckedRow]] = {}
    for start in range(0, len(group_ids), 500):
        query = (
            raw_select(table_of(AgendaTemplateSegment))
            .where(AgendaTemplateSegment.group_id.in_(group_ids[start : start + 500]))
            .order_by(AgendaTemplateSegment.group_id, AgendaTemplateSegment.position)
        )
        for raw in s.execute(query).mappings():
            found.setdefault(raw["group_id"], []).append(check.check(raw))
    return found


def _info(row: CheckedRow, segments: list[CheckedRow]) -> GroupInfo:
    weekday = row.good("weekday", None)
    weekday_ok = weekday is None or 0 <= weekday <= 6  # Monday to Sunday
    # A code this version does not ship (edited by hand) prints in the app's language.
    language = row.good("handout_language", "")
    damaged = row.damaged or not weekday_ok or any(segment.damaged for segment in segments)
    return GroupInfo(
        id=row.values["id"],
        name=row.good("name", DAMAGED_NAME),
        weekday=weekday if weekday_ok else None,
        start_time=row.good("start_time", None),
        default_minutes=row.good("default_minutes", DEFAULT_MINUTES),
        speaker_soft_limit_min=row.good("speaker_soft_limit_min", DEFAULT_SOFT_LIMIT),
        agenda=tuple(
            SegmentSpec(
                segment.values["name"],
                segment.values["minutes"],
                "round" if segment.values["kind"] == "round" else "open",
            )
            for segment in segments
            if not segment.damaged
        ),
        archived=row.values["archived_at"] is not None or "archived_at" in row.bad,
        damaged=damaged,
        handout_language=language if is_shipped(language) else "",
    )
