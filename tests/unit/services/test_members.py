"""Members: encrypted fields, unique aliases, seats, leaving; damaged records stay local."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from facilitator_desktop.errors import ValidationError
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import DAMAGED_ALIAS, MemberDraft, MemberInfo
from facilitator_desktop.workspace import Workspace, database_path


@pytest.fixture
def group_id(workspace: Workspace) -> int:
    return workspace.groups.create(GroupDraft("Group")).id


def _raw(ws: Workspace) -> sqlite3.Connection:
    ws.engine.dispose()  # no pooled connection holds a stale view
    return sqlite3.connect(database_path(ws.data_dir))


def test_alias_required_and_unique_within_group(workspace: Workspace, group_id: int) -> None:
    workspace.members.add(group_id, MemberDraft("Anna"))
    with pytest.raises(ValidationError) as info:
        workspace.members.add(group_id, MemberDraft("  ANNA "))
    assert info.value.field == "alias" and "already" in info.value.message
    with pytest.raises(ValidationError, match="required"):
        workspace.members.add(group_id, MemberDraft("   "))
    other = workspace.groups.create(GroupDraft("Other group")).id
    workspace.members.add(other, MemberDraft("Anna"))  # another group may have an Anna
    assert [m.alias for m in workspace.members.list(group_id)] == ["Anna"]


def test_renaming_to_an_existing_alias_is_refused(workspace: Workspace, group_id: int) -> None:
    workspace.members.add(group_id, MemberDraft("Anna"))
    bob = workspace.members.add(group_id, MemberDraft("Bob", contact="bob@example.org"))
    with pytest.raises(ValidationError):
        workspace.members.update(bob.id, MemberDraft("anna"))
    assert workspace.members.get(bob.id).alias == "Bob"
    assert workspace.members.get(bob.id).contact == "bob@example.org"


def test_reorder_and_leave(workspace: Workspace, group_id: int) -> None:
    ids = [workspace.members.add(group_id, MemberDraft(a)).id for a in ("A", "B", "C")]
    workspace.members.reorder(group_id, [ids[2], ids[0], ids[1]])
    assert [m.alias for m in workspace.members.list(group_id)] == ["C", "A", "B"]
    workspace.members.set_left(ids[0], date(2026, 1, 6))
    assert [m.alias for m in workspace.members.list(group_id)] == ["C", "B"]
    everyone = workspace.members.list(group_id, include_left=True)
    assert [m.alias for m in everyone] == ["C", "B", "A"]
    assert everyone[-1].left_on == date(2026, 1, 6)


def test_a_tampered_field_damages_only_that_record(workspace: Workspace, group_id: int) -> None:
    anna = workspace.members.add(group_id, MemberDraft("Anna", full_name="Anna Berg"))
    workspace.members.add(group_id, MemberDraft("Bob"))
    with _raw(workspace) as conn:
        blob = bytearray(
            conn.execute("SELECT full_name_ct FROM members WHERE id=?", (anna.id,)).fetchone()[0]
        )
        blob[-1] ^= 1
        conn.execute("UPDATE members SET full_name_ct=? WHERE id=?", (bytes(blob), anna.id))
    members = workspace.members.list(group_id)
    assert [(m.alias, m.damaged) for m in members] == [(DAMAGED_ALIAS, True), ("Bob", False)]


def test_ciphertexts_swapped_between_rows_fail(workspace: Workspace, group_id: int) -> None:
    a = workspace.members.add(group_id, MemberDraft("Anna"))
    b = workspace.members.add(group_id, MemberDraft("Bob"))
    with _raw(workspace) as conn:
        ct = dict(conn.execute("SELECT id, alias_ct FROM members").fetchall())
        conn.execute("UPDATE members SET alias_ct=? WHERE id=?", (ct[b.id], a.id))
        conn.execute("UPDATE members SET alias_ct=? WHERE id=?", (ct[a.id], b.id))
    assert all(m.damaged for m in workspace.members.list(group_id))


def test_rolled_back_ciphertext_fails(workspace: Workspace, group_id: int) -> None:
    anna = workspace.members.add(group_id, MemberDraft("Anna", remarks="first"))
    with _raw(workspace) as conn:
        old = conn.execute("SELECT remarks_ct FROM members WHERE id=?", (anna.id,)).fetchone()[0]
    workspace.members.update(anna.id, MemberDraft("Anna", remarks="second"))
    with _raw(workspace) as conn:
        conn.execute("UPDATE members SET remarks_ct=? WHERE id=?", (old, anna.id))
    assert workspace.members.get(anna.id).damaged


def test_a_malformed_row_is_listed_damaged_with_what_can_still_be_read(
    workspace: Workspace, group_id: int
) -> None:
    anna = workspace.members.add(
        group_id, MemberDraft("Anna", full_name="Anna Berg", contact="anna@example.org")
    )
    bo = workspace.members.add(group_id, MemberDraft("Bo"))
    workspace.members.set_left(anna.id, date(2026, 2, 3))
    with _raw(workspace) as conn:  # edited outside the app
        conn.execute("UPDATE members SET joined_on = 'not a date' WHERE id = ?", (anna.id,))
        conn.execute("UPDATE members SET left_on = 'not a date' WHERE id = ?", (bo.id,))
    assert workspace.members.get(anna.id) == MemberInfo(
        anna.id, group_id, anna.seat, DAMAGED_ALIAS, "", "", "", date.min, date(2026, 2, 3), True
    )
    assert workspace.members.get(bo.id) == MemberInfo(
        bo.id, group_id, bo.seat, DAMAGED_ALIAS, "", "", "", bo.joined_on, None, True
    )


def test_a_member_whose_group_and_seat_cannot_be_read_shows_none_of_them(
    workspace: Workspace, group_id: int
) -> None:
    """0 is no group's id and no seat: an unreadable group or seat never reads as a real
    one (group 1, seat 1), nor as no value at all."""
    cy = workspace.members.add(group_id, MemberDraft("Cy"))
    with _raw(workspace) as conn:  # edited outside the app
        conn.execute("UPDATE members SET group_id = 'x', seat = 'y' WHERE id = ?", (cy.id,))
    shown = workspace.members.get(cy.id)
    assert (shown.group_id, shown.seat, shown.damaged) == (0, 0, True)
