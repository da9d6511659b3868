"""Export one member's record (everyone else redacted); erase a member."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from typing import Any

import pytest

from facilitator_desktop.domain.redaction import find_spans, fold, terms_for
from facilitator_desktop.errors import ExportRefused, RecordDamaged
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.member_rights import render
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace, database_path

ZOE_NAME = unicodedata.normalize("NFD", "Zoë Strauß")  # typed decomposed
ZOE_CONTACT = "+48 601 234 567, zoe.strauss@example.org"
ZOE_FORMS = ["zoe", "ZOË", "Strasse", "Zoës", "601-234-567", "ZOE.STRAUSS@EXAMPLE.ORG"]


def _raw(ws: Workspace) -> sqlite3.Connection:
    ws.engine.dispose()  # no pooled connection holds a stale view
    return sqlite3.connect(database_path(ws.data_dir))


def _document(ws: Workspace, member_id: int) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(ws.member_rights.export(member_id))
    return result


def test_export_redacts_other_members(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("G"))
    anna = workspace.members.add(group.id, MemberDraft("Anna", "Anna Berg", "555", "quiet"))
    bob = workspace.members.add(group.id, MemberDraft("Bob"))
    workspace.notes.create(
        NoteDraft("Anna and Bob argued; anna apologised.", group.id, member_ids=(anna.id, bob.id))
    )
    workspace.notes.create(NoteDraft("Only about Bob.", group.id, member_ids=(bob.id,)))
    document = _document(workspace, anna.id)
    assert document["member"]["full_name"] == "Anna Berg"
    assert [n["text"] for n in document["notes"]] == [
        "Anna and [another member] argued; anna apologised."
    ]


def test_a_member_of_another_group_goes_in_every_form(workspace: Workspace) -> None:
    carers = workspace.groups.create(GroupDraft("Carers"))
    grief = workspace.groups.create(GroupDraft("Grief"))
    anna = workspace.members.add(
        carers.id, MemberDraft("Anna", "Anna Berg", "anna@example.org", "Knows Zoe from work")
    )
    workspace.members.add(grief.id, MemberDraft("Zoë", ZOE_NAME, ZOE_CONTACT))
    body = "Anna spoke of " + ", ".join(ZOE_FORMS) + " and Zoë Strauß's garden."
    workspace.notes.create(NoteDraft(body, carers.id, member_ids=(anna.id,)))

    exported = workspace.member_rights.export(anna.id).decode("utf-8")

    folded = fold(exported)
    for form in [*ZOE_FORMS, "Zoë", "Strauß", "strauss", "601 234 567", "601234567"]:
        assert fold(form) not in folded, form
    zoe_terms = terms_for("Zoë", ZOE_NAME, ZOE_CONTACT)
    assert find_spans(exported, zoe_terms) == []
    document = json.loads(exported)
    assert document["notes"][0]["text"] == (
        "Anna spoke of " + ", ".join(["[another member]"] * 6) + " and [another member]'s garden."
    )
    assert document["member"]["private_remarks"] == "Knows [another member] from work"
    assert document["member"]["contact"] == "anna@example.org"


def test_members_who_left_and_archived_groups_are_redacted_too(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("G"))
    old = workspace.groups.create(GroupDraft("Old"))
    anna = workspace.members.add(group.id, MemberDraft("Anna"))
    benedikt = workspace.members.add(old.id, MemberDraft("Benedikt"))
    workspace.members.set_left(benedikt.id, benedikt.joined_on)
    workspace.groups.set_archived(old.id, True)
    workspace.notes.create(NoteDraft("Benedikts Rat half Anna.", group.id, member_ids=(anna.id,)))
    assert _document(workspace, anna.id)["notes"][0]["text"] == ("[another member] Rat half Anna.")


def test_the_members_own_name_stays_where_another_only_resembles_it(
    workspace: Workspace,
) -> None:
    group = workspace.groups.create(GroupDraft("G"))
    daniela = workspace.members.add(group.id, MemberDraft("Daniela"))
    workspace.members.add(group.id, MemberDraft("Dan", "Daniel Nowak"))
    workspace.notes.create(
        NoteDraft("Daniela and Daniel; Dan's dog.", group.id, member_ids=(daniela.id,))
    )
    assert _document(workspace, daniela.id)["notes"][0]["text"] == (
        "Daniela and [another member]; [another member]'s dog."
    )


def _damage_alias(ws: Workspace, member_id: int) -> None:
    with _raw(ws) as conn:
        (blob,) = conn.execute("SELECT alias_ct FROM members WHERE id=?", (member_id,)).fetchone()
        damaged = bytearray(blob)
        damaged[-1] ^= 1
        conn.execute("UPDATE members SET alias_ct=? WHERE id=?", (bytes(damaged), member_id))


def test_a_damaged_member_anywhere_refuses_the_export_with_a_reason(
    workspace: Workspace,
) -> None:
    carers = workspace.groups.create(GroupDraft("Carers"))
    grief = workspace.groups.create(GroupDraft("Grief"))
    anna = workspace.members.add(carers.id, MemberDraft("Anna"))
    zoe = workspace.members.add(grief.id, MemberDraft("Zoë"))
    workspace.notes.create(NoteDraft("Zoë called", carers.id, member_ids=(anna.id,)))
    _damage_alias(workspace, zoe.id)
    with pytest.raises(ExportRefused) as refused:
        workspace.member_rights.preview(anna.id)
    assert (
        "“Grief”" in refused.value.message and "Nothing has been exported" in refused.value.message
    )
    with pytest.raises(ExportRefused):
        workspace.member_rights.export(anna.id)


def test_the_member_themself_damaged_is_a_damaged_record(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("G"))
    anna = workspace.members.add(group.id, MemberDraft("Anna"))
    _damage_alias(workspace, anna.id)
    with pytest.raises(RecordDamaged):
        workspace.member_rights.preview(anna.id)


def test_a_damaged_note_is_listed_as_damaged_without_text(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("G"))
    anna = workspace.members.add(group.id, MemberDraft("Anna"))
    note = workspace.notes.create(NoteDraft("secret", group.id, member_ids=(anna.id,)))
    with _raw(workspace) as conn:
        conn.execute("UPDATE notes SET body_ct=? WHERE id=?", (b"\0" * 40, note.id))
    workspace.notes.forget_all()
    (entry,) = _document(workspace, anna.id)["notes"]
    assert entry["damaged"] is True and entry["text"] == ""


def test_preview_marks_spans_and_render_adds_the_facilitators(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("G"))
    anna = workspace.members.add(group.id, MemberDraft("Anna", "Anna Berg", "", "Lives in Kraków"))
    workspace.members.add(group.id, MemberDraft("Bob", "Robert Kowalski"))
    text = "Bob Kowalski and Anna met at the café in Kraków."
    workspace.notes.create(NoteDraft(text, group.id, member_ids=(anna.id,)))
    preview = workspace.member_rights.preview(anna.id)
    (note,) = preview.notes
    assert [text[s:e] for s, e in note.text.redactions] == ["Bob Kowalski"]
    assert preview.members_redacted == 1 and preview.redaction_count == 1
    cafe = text.index("café")
    krakow = text.index("Kraków")
    extra = {
        note.text.key: [(cafe, cafe + 4), (krakow, krakow + 6), (0, 3)],
        "private_remarks": [(9, 15)],
    }
    document = json.loads(render(preview, extra))
    assert document["notes"][0]["text"] == (
        "[another member] and Anna met at the [redacted] in [redacted]."
    )
    assert document["member"]["private_remarks"] == "Lives in [redacted]"
    with pytest.raises(ValueError):
        render(preview, {"note/999": [(0, 1)]})
    with pytest.raises(ValueError):
        render(preview, {note.text.key: [(0, len(text) + 1)]})


def test_render_writes_what_was_reviewed_not_what_changed_since(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("G"))
    anna = workspace.members.add(group.id, MemberDraft("Anna"))
    note = workspace.notes.create(NoteDraft("Reviewed text", group.id, member_ids=(anna.id,)))
    preview = workspace.member_rights.preview(anna.id)
    workspace.notes.save_body(note.id, "Changed after the review: Bob was here")
    assert json.loads(render(preview))["notes"][0]["text"] == "Reviewed text"


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
