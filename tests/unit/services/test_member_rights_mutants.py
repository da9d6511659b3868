"""The export in the facilitator's language: the service's `render` passes the labels the
screen gives it through to the file, for the app's redactions and those made by hand."""

from __future__ import annotations

import json

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.member_rights import RedactionLabels
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace


def test_render_writes_the_labels_it_is_given(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G"))
    anna = ws.members.add(group.id, MemberDraft("Anna")).id
    ws.members.add(group.id, MemberDraft("Bob"))
    ws.notes.create(NoteDraft("Bob drove Anna to the clinic", group.id, member_ids=(anna,)))
    preview = ws.member_rights.preview(anna)
    (note,) = [t for t in preview.texts if t.redactions]
    clinic = note.text.index("clinic")
    hand = {note.key: [(clinic, clinic + len("clinic"))]}
    labels = RedactionLabels(other="[anderes Mitglied]", by_hand="[geschwärzt]")
    document = json.loads(ws.member_rights.render(preview, hand, labels))
    assert document["notes"][0]["text"] == "[anderes Mitglied] drove Anna to the [geschwärzt]"
