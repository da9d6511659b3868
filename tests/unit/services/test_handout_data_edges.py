"""What the handouts print, whole. A session summary printed with private notes holds that
session's notes only, oldest first, each stamped with its local hour and minute; another
session's notes, or a note about the group, never reach it. Its segments carry their
actual length, its late and early members their times. The ground rules carry every field
the handout prints."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.handouts.data import (
    AttendanceRow,
    GroundRulesData,
    RuleCardData,
    SegmentRow,
)
from facilitator_desktop.services.context import to_local
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.handout_data import FacilitatorProfile, NoRuleSet, NoteRow
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.workspace import Workspace


class Wall:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 6, 18, 5, 9)

    def __call__(self) -> datetime:
        return self.now


def _held(ws: Workspace, group_id: int, member_id: int) -> int:
    live = ws.sessions.start(group_id, monotonic=FakeClock())
    live.mark(member_id, "present")
    live.toggle()
    live.end()
    return live.session_id


def _hh_mm(stored: datetime) -> str:
    local = to_local(stored)
    return f"{local.hour:02d}:{local.minute:02d}"


def test_only_this_sessions_notes_oldest_first(workspace: Workspace) -> None:
    ws = workspace
    wall = Wall()
    object.__setattr__(ws.context, "now", wall)
    group = ws.groups.create(GroupDraft("G", agenda=(SegmentSpec("Talk", 10, "open"),)))
    ann = ws.members.add(group.id, MemberDraft("Ann")).id
    first = _held(ws, group.id, ann)
    second = _held(ws, group.id, ann)
    late = wall.now + timedelta(minutes=50)
    early = wall.now + timedelta(minutes=7)
    wall.now = late
    ws.notes.create(NoteDraft("Written last, about the first.", group.id, first))
    ws.notes.create(NoteDraft("About the second session.", group.id, second))
    ws.notes.create(NoteDraft("About the group only.", group.id))
    wall.now = early
    ws.notes.create(NoteDraft("Written first, about the first.", group.id, first))
    data = ws.handout_data.session_summary(first, include_private_notes=True)
    assert data.notes == (
        NoteRow(_hh_mm(early), "Written first, about the first."),
        NoteRow(_hh_mm(late), "Written last, about the first."),
    )
    assert ws.handout_data.session_summary(first).notes == ()


def test_ground_rules_whole(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("Tuesdays"))
    with pytest.raises(NoRuleSet) as none_yet:
        ws.handout_data.ground_rules(group.id)
    assert none_yet.value.message == NoRuleSet.default_message
    ws.rules.save(group.id, [RuleCardDraft("Kind", "We are kind.")])
    ws.rules.save(group.id, [RuleCardDraft("Kind", "We are kind.", "It keeps us safe.")])
    ws.handout_data.save_profile(FacilitatorProfile("Jo", "jo@example.org", "Line: 116 123"))
    ann = ws.members.add(group.id, MemberDraft("Ann")).id
    current = ws.rules.current(group.id)
    assert current is not None
    assert ws.handout_data.ground_rules(
        group.id, member_id=ann, acknowledgement=False, welcome="Hello."
    ) == GroundRulesData(
        group_name="Tuesdays",
        cards=(RuleCardData("Kind", "We are kind.", "It keeps us safe."),),
        rule_set_version=2,
        rule_set_date=to_local(current.created_at).date(),
        welcome="Hello.",
        facilitator_name="Jo",
        facilitator_contact="jo@example.org",
        support_line="Line: 116 123",
        acknowledgement=False,
        member_alias="Ann",
    )
    assert ws.handout_data.profile() == FacilitatorProfile("Jo", "jo@example.org", "Line: 116 123")


def test_summary_segments_and_times_in_the_room(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G", agenda=(SegmentSpec("Talk", 10, "open"),)))
    ann, bo = (ws.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo"))
    clock = FakeClock()
    live = ws.sessions.start(group.id, monotonic=clock)
    live.mark(bo, "present")
    live.toggle()
    clock.advance(90)
    live.mark(ann, "late")
    clock.advance(210)
    live.mark(bo, "left_early")
    clock.advance(60)
    live.end()
    data = ws.handout_data.session_summary(live.session_id)
    assert data.segments == (SegmentRow("Talk", 600.0, 360.0),)
    assert data.attendance == (
        AttendanceRow("Ann", "late", arrived_after_s=90.0),
        AttendanceRow("Bo", "left_early", left_after_s=300.0),
    )
