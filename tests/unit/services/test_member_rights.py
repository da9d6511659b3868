"""Export one member's record; erase a member."""

from __future__ import annotations

import json

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace


def test_export_redacts_other_members(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("G"))
    anna = workspace.members.add(group.id, MemberDraft("Anna", "Anna Berg", "555", "quiet"))
    bob = workspace.members.add(group.id, MemberDraft("Bob"))
    workspace.notes.create(
        NoteDraft("Anna and Bob argued; anna apologised.", group.id, member_ids=(anna.id, bob.id))
    )
    workspace.notes.create(NoteDraft("Only about Bob.", group.id, member_ids=(bob.id,)))
    document = json.loads(workspace.member_rights.export(anna.id))
    assert document["member"]["full_name"] == "Anna Berg"
    assert [n["text"] for n in document["notes"]] == [
        "Anna and [another member] argued; anna apologised."
    ]


def test_erase_removes_own_notes_and_unlinks_shared(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("G"))
    anna = workspace.members.add(group.id, MemberDraft("Anna"))
    bob = workspace.members.add(group.id, MemberDraft("Bob"))
    own = workspace.notes.create(NoteDraft("Anna only", group.id, member_ids=(anna.id,)))
    shared = workspace.notes.create(
        NoteDraft("Anna helped Bob", group.id, member_ids=(anna.id, bob.id))
    )
    report = workspace.erasure.erase(anna.id)
    assert (report.notes_deleted, report.notes_redacted) == (1, 1)
    assert [m.alias for m in workspace.members.list(group.id, include_left=True)] == ["Bob"]
    assert [n.id for n in workspace.notes.find()] == [shared.id]
    kept = workspace.notes.get(shared.id)
    assert kept.body == "[former member] helped Bob" and kept.member_ids == (bob.id,)
    assert own.id not in [n.id for n in workspace.notes.find()]
