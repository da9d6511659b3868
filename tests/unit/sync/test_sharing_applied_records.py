"""Applying a co-facilitator's records, handed over without a server: a note taken back
from the co-facilitators leaves this laptop for good (and comes back whole when shared
again), and each record applied here remembers which local row it stands for."""

from __future__ import annotations

from sqlalchemy import select

from facilitator_desktop.models import Group, Member, Note
from facilitator_desktop.models.sync import SyncRow
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft, NoteFilter
from tests.unit.sync.handoff import (
    Handoff,
    ana_group,
    ana_member_key,
    ben_group,
)


def ben_note_bodies(h: Handoff) -> list[str]:
    return [n.body for n in h.ben.ws.notes.find(NoteFilter(group_id=ben_group(h)))]


def test_a_note_taken_back_from_co_facilitators_is_deleted_here_and_returns_when_shared_again(
    handoff: Handoff,
) -> None:
    h = handoff
    assert h.apply(*h.captured()) == [True]
    note = h.ana.ws.notes.create(NoteDraft("Ask Bo about the move", group_id=ana_group(h)))
    h.ana.sharing.set_note_shared(note.id, True)
    assert h.apply(*h.captured()) == [True]
    assert ben_note_bodies(h) == ["Ask Bo about the move"]
    h.ana.sharing.set_note_shared(note.id, False)
    assert h.apply(*h.captured()) == [True]
    assert ben_note_bodies(h) == []
    with h.ben.ws.context.sessions.begin() as s:
        assert list(s.scalars(select(Note))) == []  # not kept unshared: gone from this laptop
    h.ana.sharing.set_note_shared(note.id, True)
    assert h.apply(*h.captured()) == [True]
    [back] = h.ben.ws.notes.find(NoteFilter(group_id=ben_group(h)))
    assert (back.body, back.shared) == ("Ask Bo about the move", True)


def test_each_record_applied_here_remembers_the_local_row_it_stands_for(
    handoff: Handoff,
) -> None:
    h = handoff
    assert h.apply(*h.captured()) == [True]
    ann_id, ann_key = ana_member_key(h, "Ann")
    h.ana.ws.members.update(ann_id, MemberDraft("Ann", full_name="Ann Fullname", remarks="ok"))
    note = h.ana.ws.notes.create(NoteDraft("Bring the chairs", group_id=ana_group(h)))
    h.ana.sharing.set_note_shared(note.id, True)
    assert h.apply(*h.captured()) == [True]
    with h.ben.ws.context.sessions.begin() as s:
        group = s.get(Group, ben_group(h))
        assert group is not None
        ann = s.scalar(select(Member).where(Member.uuid == ann_key))
        [ben_note] = s.scalars(select(Note))
        local = {
            (r.tbl, r.key): r.local_id
            for r in s.scalars(select(SyncRow).where(SyncRow.tbl.in_(["groups", "notes"])))
        }
        assert ann is not None
        ann_row = s.get(SyncRow, ("members", ann_key))
        assert ann_row is not None and ann_row.local_id == ann.id
        assert local == {("groups", group.uuid): group.id, ("notes", ben_note.uuid): ben_note.id}
