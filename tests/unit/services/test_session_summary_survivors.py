"""The session summary's notes carry the time they were written and show a member of
another group as "?"; a summary with no stored anchors counts clock time from its start."""

from __future__ import annotations

from datetime import datetime, timedelta

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.session_summary import (
    AirtimeLine,
    SessionSummary,
    TurnLine,
    airtime_lines,
    with_notes,
)
from facilitator_desktop.workspace import Workspace

AGENDA = (SegmentSpec("Check-in", 5, "round"), SegmentSpec("Sharing", 20, "open"))
WRITTEN = datetime(2026, 3, 5, 18, 0)


def test_summary_notes_keep_their_time_and_mark_outsiders(workspace: Workspace) -> None:
    """A note lists when it was written, and a member from another group as "?"."""
    ws = workspace
    object.__setattr__(ws.context, "now", lambda: WRITTEN)
    group = ws.groups.create(GroupDraft("Thursday", agenda=AGENDA))
    other = ws.groups.create(GroupDraft("Monday", agenda=AGENDA))
    anna = ws.members.add(group.id, MemberDraft("Anna")).id
    dan = ws.members.add(other.id, MemberDraft("Dan")).id
    clock = FakeClock()
    live = ws.sessions.start(group.id, monotonic=clock)
    live.toggle()
    note = ws.notes.create(
        NoteDraft("Anna and Dan met", group.id, live.session_id, 0, member_ids=(anna, dan))
    )
    clock.advance(60)
    live.end()
    summary = with_notes(ws.sessions.summary(live.session_id), ws.notes, ws.members)
    assert [(n.note_id, n.written_at, n.about) for n in summary.notes] == [
        (note.id, WRITTEN, ("Anna", "?"))
    ]


def test_summary_without_anchors_counts_from_its_start() -> None:
    """With no anchors stored, session second 0 is the start and 90 is 90 s later."""
    summary = SessionSummary(
        session_id=1,
        group_id=1,
        group_name="Thursday",
        started_at=WRITTEN,
        ended_at=None,
        segments=(),
        attendance=(),
        airtime=(),
        turns=(),
        guests=0,
        corrected=False,
    )
    assert (summary.wall_at(0.0), summary.wall_at(90.0)) == (
        WRITTEN,
        WRITTEN + timedelta(seconds=90),
    )


def test_airtime_counts_every_pass_of_a_member() -> None:
    """Two passes by one member count as two."""
    turns = (TurnLine(1, 0, 0.0, 0.0, True), TurnLine(1, 0, 10.0, 0.0, True))
    assert airtime_lines(turns, {1: "Anna"}, [1]) == (AirtimeLine(1, "Anna", 0.0, 0.0, 0, 2),)
