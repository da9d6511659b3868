"""Adding members: seats counted per group, an alias's fingerprint that links no two groups,
refusals in the facilitator's words, and a tampered member still listed where it sat and
when it left."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from facilitator_desktop.errors import NotFound, ValidationError
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import DAMAGED_ALIAS, MemberDraft, MemberInfo
from facilitator_desktop.workspace import Workspace, database_path


def _raw(ws: Workspace) -> sqlite3.Connection:
    ws.engine.dispose()  # no pooled connection holds a stale view
    return sqlite3.connect(database_path(ws.data_dir))


def test_seats_count_from_one_in_each_group(workspace: Workspace) -> None:
    tuesday = workspace.groups.create(GroupDraft("Tuesday")).id
    friday = workspace.groups.create(GroupDraft("Friday")).id
    for alias in ("Anna", "Bob", "Cleo"):
        workspace.members.add(tuesday, MemberDraft(alias))
    assert workspace.members.add(friday, MemberDraft("Dan")).seat == 1
    assert workspace.members.add(friday, MemberDraft("Eve")).seat == 2
    assert workspace.members.add(tuesday, MemberDraft("Finn")).seat == 4
    seats = [(m.alias, m.seat) for m in workspace.members.list(tuesday)]
    assert seats == [("Anna", 1), ("Bob", 2), ("Cleo", 3), ("Finn", 4)]


def test_one_alias_in_two_groups_leaves_no_common_fingerprint(workspace: Workspace) -> None:
    """The alias index is scoped to its group: a stolen file does not tell that the Anna of
    one group is the Anna of another."""
    first = workspace.members.add(workspace.groups.create(GroupDraft("A")).id, MemberDraft("Anna"))
    second = workspace.members.add(workspace.groups.create(GroupDraft("B")).id, MemberDraft("Anna"))
    with _raw(workspace) as conn:
        query = "SELECT alias_index FROM members WHERE id = ?"
        indexes = {conn.execute(query, (m.id,)).fetchone()[0] for m in (first, second)}
    assert len(indexes) == 2


def test_a_member_cannot_join_a_group_that_is_gone(workspace: Workspace) -> None:
    with pytest.raises(NotFound) as refused:
        workspace.members.add(4242, MemberDraft("Anna"))
    assert refused.value.message == "That group no longer exists."


def test_a_second_alias_alike_is_refused_naming_it(workspace: Workspace) -> None:
    group_id = workspace.groups.create(GroupDraft("Group")).id
    workspace.members.add(group_id, MemberDraft("Anna"))
    with pytest.raises(ValidationError) as refused:
        workspace.members.add(group_id, MemberDraft(" anna "))
    words = "“anna” is already in this group. Add an initial to tell them apart."
    assert (refused.value.field, refused.value.message) == ("alias", words)


def test_a_member_with_a_tampered_field_is_listed_where_it_sat(workspace: Workspace) -> None:
    group_id = workspace.groups.create(GroupDraft("Group")).id
    workspace.members.add(group_id, MemberDraft("Bob"))
    anna = workspace.members.add(group_id, MemberDraft("Anna", "Anna Berg", "a@b.org", "x"))
    workspace.members.set_left(anna.id, date(2026, 2, 3))
    with _raw(workspace) as conn:
        query = "SELECT contact_ct FROM members WHERE id = ?"
        blob = bytearray(conn.execute(query, (anna.id,)).fetchone()[0])
        blob[-1] ^= 1
        conn.execute("UPDATE members SET contact_ct = ? WHERE id = ?", (bytes(blob), anna.id))
    expected = MemberInfo(
        anna.id, group_id, 2, DAMAGED_ALIAS, "", "", "", anna.joined_on, date(2026, 2, 3), True
    )
    assert workspace.members.get(anna.id) == expected
