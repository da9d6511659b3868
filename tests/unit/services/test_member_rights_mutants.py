"""The export in the facilitator's language: the service's `render` passes the labels the
screen gives it through to the file, for the app's redactions and those made by hand; a
damaged member anywhere refuses the export, word for word; the history is theirs alone,
oldest first."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

import pytest

from facilitator_desktop.errors import ExportRefused
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.member_rights import RedactionLabels
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace
from facilitator_desktop.workspace_backups import database_path
from tests.helpers.session_notes import Sitting, TurnSpec, write_session


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


def _damage_alias(ws: Workspace, member_id: int) -> None:
    ws.engine.dispose()  # no pooled connection holds a stale view
    with sqlite3.connect(database_path(ws.data_dir)) as conn:
        (blob,) = conn.execute("SELECT alias_ct FROM members WHERE id=?", (member_id,)).fetchone()
        # The last byte flipped (set to a fixed value, it was that value one time in 256).
        damaged = blob[:-1] + bytes([blob[-1] ^ 0x01])
        conn.execute("UPDATE members SET alias_ct=? WHERE id=?", (damaged, member_id))


@pytest.mark.parametrize("same_group", [True, False])
def test_a_damaged_member_refuses_the_export_word_for_word(
    workspace: Workspace, same_group: bool
) -> None:
    carers = workspace.groups.create(GroupDraft("Carers")).id
    grief = workspace.groups.create(GroupDraft("Grief")).id
    anna = workspace.members.add(carers, MemberDraft("Anna")).id
    zoe = workspace.members.add(carers if same_group else grief, MemberDraft("Zoë")).id
    _damage_alias(workspace, zoe)
    with pytest.raises(ExportRefused) as refused:
        workspace.member_rights.preview(anna)
    group = "Carers" if same_group else "Grief"
    assert str(refused.value) == (
        f"A member of “{group}” has a damaged record, so their names cannot be looked for and "
        "removed from this export. Nothing has been exported. Restore a backup that holds an "
        "intact copy, or erase the damaged member, then export again."
    )


def test_the_history_is_the_members_own_oldest_first(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G")).id
    anna = ws.members.add(group, MemberDraft("Anna")).id
    bob = ws.members.add(group, MemberDraft("Bob")).id
    later, earlier = datetime(2026, 3, 12, 17), datetime(2026, 3, 5, 17)
    # Written newest first, turns out of order: the file is ordered by time all the same.
    write_session(
        ws,
        group,
        Sitting(
            started_at=later,
            marks={anna: ("late", 300.0, None), bob: ("present", 0.0, None)},
            turns=(
                TurnSpec(anna, 1, 2000.0, 61.26),
                TurnSpec(bob, 0, 50.0, 30.0),
                TurnSpec(anna, 0, 400.0, 0.0, passed=True),
            ),
        ),
    )
    write_session(
        ws,
        group,
        Sitting(
            started_at=earlier,
            marks={bob: ("present", 0.0, None), anna: ("present", 0.0, None)},
            turns=(TurnSpec(anna, 2, 3000.0, 10.0),),  # late in its session, a week earlier
        ),
    )
    document = json.loads(ws.member_rights.export(anna))
    assert document["attendance"] == [
        {"session": "2026-03-05T17:00:00", "status": "present"},
        {"session": "2026-03-12T17:00:00", "status": "late"},
    ]
    assert document["turns"] == [
        {"session": "2026-03-05T17:00:00", "segment": 3, "seconds": 10.0, "passed": False},
        {"session": "2026-03-12T17:00:00", "segment": 1, "seconds": 0.0, "passed": True},
        {"session": "2026-03-12T17:00:00", "segment": 2, "seconds": 61.3, "passed": False},
    ]


def test_the_file_holds_the_members_dates_and_notes_oldest_first(workspace: Workspace) -> None:
    ws = workspace

    def at(moment: datetime) -> None:
        object.__setattr__(ws.context, "now", lambda: moment)

    at(datetime(2026, 2, 1, 10))
    group = ws.groups.create(GroupDraft("G")).id
    anna = ws.members.add(group, MemberDraft("Anna")).id
    at(datetime(2026, 3, 2, 9, 30, 15, 999))
    newer = ws.notes.create(  # written first, dated later
        NoteDraft("call back", group, member_ids=(anna,), follow_up=True, due_on=date(2026, 4, 1))
    )
    at(datetime(2026, 3, 1, 8))
    ws.notes.create(NoteDraft("first talk", group, member_ids=(anna,)))
    ws.notes.set_done(newer.id)
    ws.notes.create(NoteDraft("not about her", group))
    ws.members.set_left(anna, date(2026, 3, 8))
    at(datetime(2026, 3, 9, 12))
    document = json.loads(ws.member_rights.export(anna))
    assert document["exported_at"] == "2026-03-09T12:00:00"
    assert (document["member"]["joined_on"], document["member"]["left_on"]) == (
        ws.members.get(anna).joined_on.isoformat(),
        "2026-03-08",
    )
    assert [(n["text"], n["written"]) for n in document["notes"]] == [
        ("first talk", "2026-03-01T08:00:00"),
        ("call back", "2026-03-02T09:30:15"),
    ]
    assert [(n["follow_up"], n["due_on"], n["done"]) for n in document["notes"]] == [
        (False, None, False),
        (True, "2026-04-01", True),
    ]
    assert (document["format"], document["kind"]) == (1, "facilitator-desktop member record")
    assert document["notes"][0] == {
        "written": "2026-03-01T08:00:00",
        "updated": "2026-03-01T08:00:00",
        "text": "first talk",
        "follow_up": False,
        "due_on": None,
        "done": False,
    }
    assert document["notes"][1]["updated"] == "2026-03-02T09:30:15"


def test_the_file_is_exactly_this_document_in_utf8(workspace: Workspace) -> None:
    ws = workspace
    object.__setattr__(ws.context, "now", lambda: datetime(2026, 3, 1, 8, 0, 0, 123456))
    group = ws.groups.create(GroupDraft("G")).id
    zoe = ws.members.add(group, MemberDraft("Zoë", "Zoë Ñúñez", "", "")).id
    write_session(
        ws,
        group,
        Sitting(
            started_at=datetime(2026, 2, 26, 17),
            marks={zoe: ("present", 0.0, None)},
            turns=(TurnSpec(zoe, 0, 10.0, 42.0),),
        ),
    )
    ws.members.set_left(zoe, date(2026, 2, 28))
    data = ws.member_rights.export(zoe)
    expected = {
        "format": 1,
        "kind": "facilitator-desktop member record",
        "exported_at": "2026-03-01T08:00:00",
        "member": {
            "alias": "Zoë",
            "full_name": "Zoë Ñúñez",
            "contact": "",
            "private_remarks": "",
            "joined_on": ws.members.get(zoe).joined_on.isoformat(),
            "left_on": "2026-02-28",
        },
        "notes": [],
        "attendance": [{"session": "2026-02-26T17:00:00", "status": "present"}],
        "turns": [
            {"session": "2026-02-26T17:00:00", "segment": 1, "seconds": 42.0, "passed": False}
        ],
        "measures": [],
        "checkins": [],
    }
    assert data == json.dumps(expected, ensure_ascii=False, indent=2).encode("utf-8")
    assert "Zoë".encode() in data


def test_a_mark_by_hand_touching_the_apps_joins_it(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G"))
    anna = ws.members.add(group.id, MemberDraft("Anna")).id
    ws.members.add(group.id, MemberDraft("Bob"))
    ws.notes.create(NoteDraft("Bob drove Anna", group.id, member_ids=(anna,)))
    preview = ws.member_rights.preview(anna)
    (note,) = [t for t in preview.texts if t.redactions]
    assert note.redactions == ((0, 3),)
    before, after = {note.key: [(3, 9)]}, {note.key: [(10, 14)]}
    texts = [
        json.loads(ws.member_rights.render(preview, hand))["notes"][0]["text"]
        for hand in (before, after)
    ]
    assert texts == ["[another member] Anna", "[another member] drove [redacted]"]


def test_a_hand_redaction_in_the_alias_or_full_name_reaches_the_file(workspace: Workspace) -> None:
    """Each of the member's own fields is its own text of the export, named by its field, so
    what the facilitator blacks out in one is blacked out there and nowhere else."""
    ws = workspace
    group = ws.groups.create(GroupDraft("G"))
    anna = ws.members.add(group.id, MemberDraft("Anna K", full_name="Anna Kowalska")).id
    preview = ws.member_rights.preview(anna)
    assert (preview.alias.key, preview.full_name.key) == ("alias", "full_name")
    hand = {"alias": [(5, 6)], "full_name": [(5, 13)]}
    labels = RedactionLabels(other="[other]", by_hand="[hidden]")
    member = json.loads(ws.member_rights.render(preview, hand, labels))["member"]
    assert (member["alias"], member["full_name"]) == ("Anna [hidden]", "Anna [hidden]")
