"""Groups and their default agenda. Archiving hides a group but keeps its history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_desktop.domain.validation import SegmentSpec, clean, validate_group
from facilitator_desktop.errors import NotFound
from facilitator_desktop.models import AgendaTemplateSegment, Group
from facilitator_desktop.services.context import ServiceContext

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
    default_minutes: int = 90
    speaker_soft_limit_min: int = 5
    agenda: tuple[SegmentSpec, ...] = DEFAULT_AGENDA


@dataclass(frozen=True, slots=True)
class GroupInfo:
    id: int
    name: str
    description: str
    weekday: int | None
    start_time: str | None
    default_minutes: int
    speaker_soft_limit_min: int
    agenda: tuple[SegmentSpec, ...]
    archived: bool
    created_at: datetime

    def draft(self) -> GroupDraft:
        return GroupDraft(
            self.name,
            self.description,
            self.weekday,
            self.start_time,
            self.default_minutes,
            self.speaker_soft_limit_min,
            self.agenda,
        )


def _info(group: Group) -> GroupInfo:
    return GroupInfo(
        id=group.id,
        name=group.name,
        description=group.description,
        weekday=group.weekday,
        start_time=group.start_time,
        default_minutes=group.default_minutes,
        speaker_soft_limit_min=group.speaker_soft_limit_min,
        agenda=tuple(
            SegmentSpec(s.name, s.minutes, "round" if s.kind == "round" else "open")
            for s in group.agenda
        ),
        archived=group.archived_at is not None,
        created_at=group.created_at,
    )


class GroupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def list(self, *, include_archived: bool = False) -> list[GroupInfo]:
        with self._ctx.sessions() as s:
            query = select(Group).order_by(Group.archived_at.is_not(None), Group.name, Group.id)
            if not include_archived:
                query = query.where(Group.archived_at.is_(None))
            return [_info(g) for g in s.scalars(query)]

    def get(self, group_id: int) -> GroupInfo:
        with self._ctx.sessions() as s:
            return _info(self._load(s, group_id))

    def create(self, draft: GroupDraft) -> GroupInfo:
        self._validate(draft)
        with self._ctx.sessions.begin() as s:
            group = Group(created_at=self._ctx.now())
            self._apply(group, draft)
            s.add(group)
            s.flush()
            return _info(group)

    def update(self, group_id: int, draft: GroupDraft) -> GroupInfo:
        self._validate(draft)
        with self._ctx.sessions.begin() as s:
            group = self._load(s, group_id)
            group.agenda.clear()
            s.flush()  # free the (group, position) slots before re-adding
            self._apply(group, draft)
            s.flush()
            return _info(group)

    def set_archived(self, group_id: int, archived: bool) -> GroupInfo:
        with self._ctx.sessions.begin() as s:
            group = self._load(s, group_id)
            group.archived_at = self._ctx.now() if archived else None
            s.flush()
            return _info(group)

    @staticmethod
    def _validate(draft: GroupDraft) -> None:
        validate_group(
            draft.name,
            draft.start_time,
            draft.default_minutes,
            draft.speaker_soft_limit_min,
            draft.agenda,
        )

    @staticmethod
    def _apply(group: Group, draft: GroupDraft) -> None:
        group.name = clean(draft.name)
        group.description = clean(draft.description)
        group.weekday = draft.weekday
        group.start_time = draft.start_time or None
        group.default_minutes = draft.default_minutes
        group.speaker_soft_limit_min = draft.speaker_soft_limit_min
        group.agenda.extend(
            AgendaTemplateSegment(
                position=i, name=clean(seg.name), minutes=seg.minutes, kind=seg.kind
            )
            for i, seg in enumerate(draft.agenda)
        )

    @staticmethod
    def _load(s: Session, group_id: int) -> Group:
        group = s.get(Group, group_id)
        if group is None:
            raise NotFound("That group no longer exists.")
        return group
