"""Search with nothing cached yet opens every note, however many: past a thousand notes
(bodies read in chunks of 500), the oldest and the newest are both found."""

from __future__ import annotations

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.notes import NoteDraft, NoteService
from facilitator_desktop.workspace import Workspace

COUNT = 1001


def test_search_past_a_thousand_uncached_notes_finds_them_all(workspace: Workspace) -> None:
    """Every one of 1001 notes is opened and matched, none skipped."""
    group = workspace.groups.create(GroupDraft("Carers")).id
    for index in range(COUNT):
        workspace.notes.create(NoteDraft(f"walked today number{index}", group))
    fresh = NoteService(workspace.context)  # nothing cached
    hits = fresh.search("walked", limit=COUNT + 10)
    assert len(hits) == COUNT
    assert [h.note.body for h in fresh.search("number1000")] == ["walked today number1000"]
