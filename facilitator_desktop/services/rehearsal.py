"""Rehearsal: a practice session on invented members that is kept nowhere.

A rehearsal runs on the very services a real session uses (the same runner, the same
write-through LiveSession, the same summary), pointed at a throwaway SQLite database that
lives in memory: nothing of it can reach the workspace's history, attendance, turns,
follow-ups, notes or backups, because none of it is ever written to the workspace's file.

What is copied from the real group is only what the facilitator practises with and nothing
private: the group's name, agenda, session length, speaker limit and rule cards, and how
many members it has. The members themselves are invented (:data:`SAMPLE_ALIASES`).

The in-memory database hands out ids far above any a real workspace reaches
(:data:`ID_FLOOR`), so a rehearsal's member, group or session id used against the real
database by mistake finds nothing: a sample seat can never show a real member's name.
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

from sqlalchemy import Engine, create_engine, event, func, insert, select
from sqlalchemy.pool import StaticPool

from facilitator_desktop.domain.agenda import SegmentPlan
from facilitator_desktop.domain.scaled_clock import ScaledClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.models import Base, Group, GroupSession, Member
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.groups import (
    DEFAULT_AGENDA,
    DEFAULT_MINUTES,
    DEFAULT_SOFT_LIMIT,
    GroupDraft,
    GroupInfo,
    GroupService,
)
from facilitator_desktop.services.live_session import LiveSession
from facilitator_desktop.services.members import MemberDraft, MemberService
from facilitator_desktop.services.rules import RuleCardDraft, RuleService
from facilitator_desktop.services.sessions import GroupSessionService, Monotonic

#: The clock speeds a rehearsal offers: real time, 10× (90 minutes in 9), 60× (a minute a
#: second).
SPEEDS: Final = (1, 10, 60)

#: Invented first names with sixteen different initials, so the room display's initials
#: mode reads as clearly as aliases. Beyond sixteen: "Sample 17", "Sample 18", …
SAMPLE_ALIASES: Final = (
    "Ada",
    "Bilal",
    "Carmen",
    "Dev",
    "Elin",
    "Femi",
    "Greta",
    "Hiro",
    "Inés",
    "Jonas",
    "Kemal",
    "Lea",
    "Mateo",
    "Noor",
    "Oskar",
    "Priya",
)

#: Sample members when the group has none yet (or there is no group at all).
DEFAULT_MEMBERS: Final = 8
#: More sample members than this would not practise anything a group meets.
MAX_MEMBERS: Final = 30
#: Library cards a rehearsal without a group (or a group without cards) shows.
LIBRARY_CARDS: Final = 4

#: Ids in the rehearsal's database start above this. Below 2**31, because Qt signals carry
#: ids as a C++ int; far above any id a real workspace reaches.
ID_FLOOR: Final = 1_500_000_000


@dataclass(frozen=True, slots=True)
class RehearsalOutline:
    """What a rehearsal takes from the real group: no member and nothing sealed."""

    name: str
    agenda: tuple[SegmentSpec, ...]
    default_minutes: int
    speaker_soft_limit_min: int
    cards: tuple[RuleCardDraft, ...]
    members: int


def check_speed(speed: int) -> int:
    if speed not in SPEEDS:
        raise FacilitatorError("A rehearsal runs in real time, 10× or 60× faster.")
    return speed


def sample_aliases(count: int) -> tuple[str, ...]:
    """`count` invented aliases (at least one, at most MAX_MEMBERS), all different."""
    count = max(1, min(count, MAX_MEMBERS))
    extra = (f"Sample {n}" for n in range(len(SAMPLE_ALIASES) + 1, count + 1))
    return (*SAMPLE_ALIASES[:count], *extra)


def outline_for(
    ctx: ServiceContext, rules: RuleService, group: GroupInfo | None, fallback_name: str
) -> RehearsalOutline:
    """The outline of `group` as stored in the real workspace (reads only), or a sample
    outline named `fallback_name` when there is no group yet."""
    library = tuple(RuleCardDraft.from_library(c) for c in rules.library()[:LIBRARY_CARDS])
    if group is None:
        return RehearsalOutline(
            fallback_name,
            DEFAULT_AGENDA,
            DEFAULT_MINUTES,
            DEFAULT_SOFT_LIMIT,
            library,
            DEFAULT_MEMBERS,
        )
    current = rules.current(group.id)
    with ctx.sessions() as s:
        members = s.scalar(
            select(func.count())
            .select_from(Member)
            .where(Member.group_id == group.id, Member.left_on.is_(None))
        )
    return RehearsalOutline(
        group.name,
        group.agenda,
        group.default_minutes,
        group.speaker_soft_limit_min,
        current.cards if current is not None and current.cards else library,
        int(members or 0) or DEFAULT_MEMBERS,
    )


def memory_engine() -> Engine:
    """A fresh, private SQLite database in memory with the app's tables.

    One connection for its whole life (StaticPool): an in-memory database lives exactly as
    long as its connection. The schema comes from the models, not from the migrations: this
    database is never upgraded, it is dropped with the rehearsal.
    """
    engine = create_engine(
        "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
    )
    event.listen(engine, "connect", _foreign_keys_on)
    Base.metadata.create_all(engine)
    return engine


def _foreign_keys_on(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # As in the workspace: a rehearsal must fail where a real session would.
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


def reserve_high_ids(ctx: ServiceContext) -> None:
    """Start the ids of groups, members and sessions above ID_FLOOR.

    SQLite gives a new row the highest id in its table plus one, so one hidden row per
    table at ID_FLOOR does it: an archived group nobody lists, with one member who has left
    and one session that is neither running nor finished.
    """
    stamp = ctx.now()
    with ctx.sessions.begin() as s:
        s.execute(
            insert(Group).values(
                id=ID_FLOOR,
                name="",
                rev=0,
                default_minutes=DEFAULT_MINUTES,
                speaker_soft_limit_min=DEFAULT_SOFT_LIMIT,
                created_at=stamp,
                archived_at=stamp,
            )
        )
        s.execute(
            insert(Member).values(
                id=ID_FLOOR,
                group_id=ID_FLOOR,
                seat=0,
                rev=0,
                alias_ct=b"",
                alias_index=bytes(16),
                joined_on=date.min,
                left_on=date.min,
                created_at=stamp,
            )
        )
        s.execute(
            insert(GroupSession).values(
                id=ID_FLOOR,
                group_id=ID_FLOOR,
                status="reserved",
                started_at=datetime.min,
                plan_json="[]",
                seats_json="{}",
                soft_limit_min=DEFAULT_SOFT_LIMIT,
            )
        )


def seed(
    groups: GroupService, members: MemberService, rules: RuleService, outline: RehearsalOutline
) -> int:
    """The rehearsal's group with its sample members and rule cards; returns its id."""
    group = groups.create(
        GroupDraft(
            outline.name,
            default_minutes=outline.default_minutes,
            speaker_soft_limit_min=outline.speaker_soft_limit_min,
            agenda=outline.agenda,
        )
    )
    for alias in sample_aliases(outline.members):
        members.add(group.id, MemberDraft(alias))
    if outline.cards:
        rules.save(group.id, outline.cards)
    return group.id


class RehearsalSessions(GroupSessionService):
    """The session service of a rehearsal: the same sessions, on a clock `speed` times
    faster than the one the caller passes (the Session page's own monotonic clock)."""

    def __init__(
        self, ctx: ServiceContext, members: MemberService, rules: RuleService, speed: int
    ) -> None:
        super().__init__(ctx, members, rules)
        self.speed = check_speed(speed)

    def start(
        self,
        group_id: int,
        plan: Sequence[SegmentPlan] | None = None,
        *,
        monotonic: Monotonic = time.monotonic,
        rng: random.Random | None = None,
    ) -> LiveSession:
        return super().start(group_id, plan, monotonic=ScaledClock(monotonic, self.speed), rng=rng)
