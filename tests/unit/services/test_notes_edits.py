"""Editing a note's links and follow-up, and what stays true after each edit; the quiet
streak a member's page shows."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from facilitator_desktop.errors import NotFound
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft, NoteFilter
from facilitator_desktop.workspace import Workspace


class Wall:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 6, 18, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def seeded(workspace: Workspace) -> tuple[Workspace, Wall, int, int, int]:
    wall = Wall()
    object.__setattr__(workspace.context, "now", wall)
    group = workspace.groups.create(GroupDraft("Tuesdays"))
    ann = workspace.members.add(group.id, MemberDraft("Ann")).id
    bo = workspace.members.add(group.id, MemberDraft("Bo")).id
    return workspace, wall, group.id, ann, bo


def test_links_are_replaced_not_added(seeded: tuple[Workspace, Wall, int, int, int]) -> None:
    ws, wall, gid, ann, bo = seeded
    note = ws.notes.create(NoteDraft("Lift home", gid, member_ids=(ann,)))
    wall.now += timedelta(hours=1)
    changed = ws.notes.set_members(note.id, [bo, bo])
    assert changed.member_ids == (bo,) and changed.body == "Lift home"
    assert changed.updated_at == wall.now and changed.created_at == note.created_at
    assert ws.notes.get(note.id).member_ids == (bo,)
    assert [n.id for n in ws.notes.find(NoteFilter(member_id=ann))] == []
    assert ws.notes.set_members(note.id, []).member_ids == ()
    with pytest.raises(NotFound, match="A member linked to this note no longer exists."):
        ws.notes.set_members(note.id, [ann, 999])
    assert ws.notes.get(note.id).member_ids == ()  # the refused change left nothing


def test_follow_up_on_off_and_done(seeded: tuple[Workspace, Wall, int, int, int]) -> None:
    ws, wall, gid, _, _ = seeded
    note = ws.notes.create(NoteDraft("Call the venue", gid))
    assert not note.follow_up and note.due_on is None
    wall.now += timedelta(minutes=5)
    flagged = ws.notes.set_follow_up(note.id, True, date(2026, 2, 1))
    assert (flagged.follow_up, flagged.due_on, flagged.done) == (True, date(2026, 2, 1), False)
    assert flagged.updated_at == wall.now
    assert [n.id for n in ws.notes.follow_ups()] == [note.id]
    assert ws.notes.set_done(note.id).done
    assert ws.notes.follow_ups() == []
    # Unflagged: no date and no "done" left behind to reappear when flagged again.
    cleared = ws.notes.set_follow_up(note.id, False, date(2026, 3, 1))
    assert (cleared.follow_up, cleared.due_on, cleared.done) == (False, None, False)
    again = ws.notes.set_follow_up(note.id, True)
    assert (again.follow_up, again.due_on, again.done) == (True, None, False)


def test_edits_of_a_note_that_is_gone_say_so(
    seeded: tuple[Workspace, Wall, int, int, int],
) -> None:
    ws, _, gid, ann, _ = seeded
    note = ws.notes.create(NoteDraft("x", gid))
    ws.notes.delete(note.id)
    for edit in (
        lambda: ws.notes.set_members(note.id, [ann]),
        lambda: ws.notes.set_follow_up(note.id, True),
        lambda: ws.notes.set_done(note.id),
        lambda: ws.notes.delete(note.id),
        lambda: ws.notes.get(note.id),
    ):
        with pytest.raises(NotFound) as gone:
            edit()
        assert gone.value.message == "That note no longer exists."


def test_decrypt_all_counts_every_note(seeded: tuple[Workspace, Wall, int, int, int]) -> None:
    ws, _, gid, ann, _ = seeded
    assert ws.notes.decrypt_all() == 0
    for body in ("one", "two", "three"):
        ws.notes.create(NoteDraft(body, gid, member_ids=(ann,)))
    assert ws.notes.decrypt_all() == 3
    assert sorted(n.body for n in ws.notes.find()) == ["one", "three", "two"]
