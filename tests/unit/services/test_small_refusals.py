"""Small things a facilitator meets: the sessions offered for resuming, whole; a group or a
note that is gone, said plainly; a deleted note's text gone from memory too."""

from __future__ import annotations

from datetime import datetime

import pytest

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import NotFound
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.sessions import SessionInfo
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE

AGENDA = (SegmentSpec("Round", 10, "round"),)


def test_sessions_offered_for_resuming_are_described_whole(workspace: Workspace) -> None:
    ws = workspace
    stamp = datetime(2026, 1, 6, 18, 0)
    object.__setattr__(ws.context, "now", lambda: stamp)
    ws.groups.create(GroupDraft("Fridays", agenda=AGENDA))
    group = ws.groups.create(GroupDraft("Tuesdays", agenda=AGENDA))
    finished = ws.sessions.start(group.id, monotonic=FakeClock())
    finished.toggle()
    finished.end()
    live = ws.sessions.start(group.id, monotonic=FakeClock())
    assert ws.sessions.running() == [
        SessionInfo(live.session_id, group.id, "Tuesdays", "running", stamp, None)
    ]


def test_a_group_that_is_gone_says_so(workspace: Workspace) -> None:
    with pytest.raises(NotFound) as gone:
        workspace.groups.set_archived(999, True)
    assert gone.value.message == "That group no longer exists."


def test_a_deleted_note_leaves_nothing_behind(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G", agenda=AGENDA))
    note = ws.notes.create(NoteDraft("Anna told us about the hospital", group.id))
    assert ws.notes.search("hospital")
    ws.notes.delete(note.id)
    assert ws.notes.search("hospital") == []
    # The decrypted text is not kept for a note that no longer exists.
    assert note.id not in ws.notes._plain  # noqa: SLF001 (what stays in memory is the point)
    with pytest.raises(NotFound) as gone:
        ws.notes.delete(note.id)
    assert gone.value.message == "That note no longer exists."


def test_a_note_never_read_here_can_be_deleted(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G", agenda=AGENDA))
    note = ws.notes.create(NoteDraft("x", group.id))
    ws.lock()  # a lock empties every cache of decrypted text
    ws.unlock(PASSPHRASE)
    ws.notes.delete(note.id)
    assert ws.notes.find() == []
