"""What needs following up across the groups that are not archived: members whose latest
sessions end with absences without notice, members quiet for three sessions or more, and
open note follow-ups. The last few sessions of each group are read, and further back only
for a run that goes on past them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_desktop.domain import stats
from facilitator_desktop.models import Group, GroupSession, Member
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.members import MemberService
from facilitator_desktop.services.notes import NoteInfo, NoteService
from facilitator_desktop.services.participation import (
    FOLLOW_UP_LOOKBACK,
    runs_up_to_latest,
)
from facilitator_desktop.services.settings import FOLLOW_UP_ABSENCES, SettingsService


@dataclass(frozen=True, slots=True)
class FollowUpItem:
    kind: Literal["absence", "silence", "note"]
    group_id: int
    group_name: str
    member_id: int | None
    note_id: int | None
    text: str
    due_on: date | None
    count: int = 0


class FollowUps:
    def __init__(self, ctx: ServiceContext, members: MemberService, notes: NoteService) -> None:
        self._ctx = ctx
        self._members = members
        self._notes = notes
        # Settings are read per call (how many absences make a follow-up).
        self._settings = SettingsService(ctx)

    def find(
        self,
        *,
        group_id: int | None = None,
        lookback: int = FOLLOW_UP_LOOKBACK,
        absences: int | None = None,
    ) -> list[FollowUpItem]:
        """Members whose latest sessions end with `absences` or more absences in a row
        without notice (by default the setting, itself 1 unless changed: the first one),
        members silent for three sessions or more, and open note follow-ups by due date."""
        if absences is None:
            absences = self._settings.get(FOLLOW_UP_ABSENCES)
        if absences < 1:
            raise ValueError("absences must be 1 or more")
        lookback = max(lookback, absences)
        items: list[FollowUpItem] = []
        with self._ctx.sessions() as s:
            query = select(Group.id, Group.name).where(Group.archived_at.is_(None))
            if group_id is not None:
                query = query.where(Group.id == group_id)
            groups = s.execute(query.order_by(Group.name)).all()
            recent = {gid: runs_up_to_latest(s, gid, lookback) for gid, _ in groups}
        for gid, name in groups:
            per_member = recent[gid]
            if not per_member:
                continue
            aliases = {m.id: m for m in self._members.list(gid)}
            for member_id, runs in per_member.items():
                member = aliases.get(member_id)
                if member is None:  # has left the group
                    continue
                # Not chased once they have left (no mark in the latest session); their
                # quiet run is 0 then too (participation.runs_up_to_latest).
                run = runs.absences if runs.marked_last and runs.absences >= absences else 0
                if run:
                    missed = "a session" if run == 1 else f"{run} sessions in a row"
                    items.append(
                        FollowUpItem(
                            "absence",
                            gid,
                            name,
                            member_id,
                            None,
                            f"{member.alias} missed {missed} without notice",
                            None,
                            run,
                        )
                    )
                streak = runs.quiet
                if stats.needs_followup_silence(streak):
                    items.append(
                        FollowUpItem(
                            "silence",
                            gid,
                            name,
                            member_id,
                            None,
                            f"{member.alias} has been quiet for {streak} sessions",
                            None,
                            streak,
                        )
                    )
        names = dict(groups)
        notes = self._notes.follow_ups(group_id=group_id)
        with self._ctx.sessions() as s:
            homes = _groups_of(s, notes)
        for note in notes:
            if homes[note.id] and not homes[note.id] & names.keys():
                continue  # only about an archived group (or, asked for one, another group)
            items.append(
                FollowUpItem(
                    "note",
                    note.group_id or 0,
                    names.get(note.group_id or 0, ""),
                    note.member_ids[0] if note.member_ids else None,
                    note.id,
                    note.title,
                    note.due_on,
                )
            )
        return items


def _groups_of(s: Session, notes: list[NoteInfo]) -> dict[int, set[int]]:
    """The groups each note is about: its own, or else those of its session and of the
    members it names (a note written without a group still belongs to theirs). Empty for a
    note about no group at all."""
    loose = [n for n in notes if n.group_id is None]
    session_ids = {n.session_id for n in loose if n.session_id is not None}
    member_ids = {m for n in loose for m in n.member_ids}
    by_session: dict[int, int] = {}
    by_member: dict[int, int] = {}
    if session_ids:
        by_session = {
            sid: gid
            for sid, gid in s.execute(
                select(GroupSession.id, GroupSession.group_id).where(
                    GroupSession.id.in_(session_ids)
                )
            )
        }
    if member_ids:
        by_member = {
            mid: gid
            for mid, gid in s.execute(
                select(Member.id, Member.group_id).where(Member.id.in_(member_ids))
            )
        }
    homes: dict[int, set[int]] = {}
    for note in notes:
        if note.group_id is not None:
            homes[note.id] = {note.group_id}
            continue
        home = {by_member[m] for m in note.member_ids if m in by_member}
        if note.session_id in by_session:
            home.add(by_session[note.session_id])
        homes[note.id] = home
    return homes
