"""A member's export as the review screen sees it: whose it is, each text under its own key
(a mark by hand in the contact or a note reaches the file by that key); and a group whose
members cannot be listed refuses the export, naming the group, word for word."""

from __future__ import annotations

import json

import pytest

from facilitator_desktop.errors import ExportRefused, RecordDamaged
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft, MemberInfo
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace


def test_the_preview_is_of_the_member_asked_for(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("G")).id
    workspace.members.add(group, MemberDraft("Bob"))
    anna = workspace.members.add(group, MemberDraft("Anna")).id
    assert workspace.member_rights.preview(anna).member_id == anna


def test_the_contact_and_each_note_have_their_own_key(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G")).id
    anna = ws.members.add(group, MemberDraft("Anna", contact="Ring after six")).id
    ws.members.add(group, MemberDraft("Bob"))
    note_id = ws.notes.create(NoteDraft("Bob came along", group, member_ids=(anna,))).id
    preview = ws.member_rights.preview(anna)
    assert preview.contact.key == "contact"
    assert [n.text.key for n in preview.notes] == [f"note/{note_id}"]
    six = preview.contact.text.index("six")
    document = json.loads(ws.member_rights.render(preview, {"contact": [(six, six + 3)]}))
    assert document["member"]["contact"] == "Ring after [redacted]"


def test_a_group_whose_members_cannot_be_listed_refuses_the_export(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = workspace
    carers = ws.groups.create(GroupDraft("Carers")).id
    grief = ws.groups.create(GroupDraft("Grief")).id
    anna = ws.members.add(carers, MemberDraft("Anna")).id
    ws.members.add(grief, MemberDraft("Zoë"))
    real_list = ws.members.list

    def listing(group_id: int, *, include_left: bool = False) -> list[MemberInfo]:
        if group_id == grief:
            raise RecordDamaged()
        return real_list(group_id, include_left=include_left)

    monkeypatch.setattr(ws.members, "list", listing)
    with pytest.raises(ExportRefused) as refused:
        ws.member_rights.preview(anna)
    assert str(refused.value) == (
        "A member of “Grief” has a damaged record, so their names cannot be looked for and "
        "removed from this export. Nothing has been exported. Restore a backup that holds an "
        "intact copy, or erase the damaged member, then export again."
    )
    assert isinstance(refused.value.__cause__, RecordDamaged)
