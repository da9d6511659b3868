"""What the facilitator adds in review: their own marks read "[redacted]", a mark joining
one of the app's reads "[another member]", and a mark for a text not in the export is an
error, never silently dropped."""

from __future__ import annotations

import json

import pytest

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace


def test_marks_by_hand_and_by_the_app(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G"))
    anna = ws.members.add(group.id, MemberDraft("Anna")).id
    ws.members.add(group.id, MemberDraft("Bob"))
    ws.notes.create(NoteDraft("Bob drove Anna to the clinic", group.id, member_ids=(anna,)))
    preview = ws.member_rights.preview(anna)
    (note,) = [t for t in preview.texts if t.redactions]
    assert note.text[slice(*note.redactions[0])] == "Bob"
    clinic = note.text.index("clinic")
    hand = {note.key: [(clinic, clinic + len("clinic")), (0, 5)]}  # "Bob d": joins the app's
    document = json.loads(ws.member_rights.render(preview, hand))
    (exported,) = document["notes"]
    assert exported["text"] == "[another member]rove Anna to the [redacted]"
    assert json.loads(ws.member_rights.render(preview))["notes"][0]["text"] == (
        "[another member] drove Anna to the clinic"
    )
    with pytest.raises(ValueError, match=r"no text \['nowhere'\] in this export"):
        ws.member_rights.render(preview, {"nowhere": [(0, 1)]})
