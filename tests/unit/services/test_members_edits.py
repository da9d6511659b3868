"""Renaming, reseating and the messages a facilitator reads when an edit cannot be made."""

from __future__ import annotations

import pytest

from facilitator_desktop.errors import NotFound, ValidationError
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace


@pytest.fixture
def group_id(workspace: Workspace) -> int:
    return workspace.groups.create(GroupDraft("Group")).id


def seats(ws: Workspace, group_id: int) -> list[tuple[str, int]]:
    return [(m.alias, m.seat) for m in ws.members.list(group_id, include_left=True)]


def test_a_rename_is_stored_with_every_field(workspace: Workspace, group_id: int) -> None:
    anna = workspace.members.add(group_id, MemberDraft("Anna", full_name="Anna Berg"))
    workspace.members.update(anna.id, MemberDraft("Anna B.", "Anna Berg", "0700", "tea"))
    stored = workspace.members.get(anna.id)
    assert (stored.alias, stored.full_name, stored.contact, stored.remarks) == (
        "Anna B.",
        "Anna Berg",
        "0700",
        "tea",
    )
    # The new alias is the one that must be unique now; the old one is free again.
    with pytest.raises(ValidationError, match="“anna b.” is already in this group"):
        workspace.members.add(group_id, MemberDraft("anna b."))
    workspace.members.add(group_id, MemberDraft("Anna"))


def test_a_clash_names_the_alias_typed(workspace: Workspace, group_id: int) -> None:
    workspace.members.add(group_id, MemberDraft("Anna"))
    bob = workspace.members.add(group_id, MemberDraft("Bob"))
    with pytest.raises(ValidationError) as clash:
        workspace.members.update(bob.id, MemberDraft(" ANNA "))
    assert clash.value.message == (
        "“ANNA” is already in this group. Add an initial to tell them apart."
    )


def test_editing_a_member_who_is_gone_says_so(workspace: Workspace, group_id: int) -> None:
    for edit in (
        lambda: workspace.members.update(999, MemberDraft("Anna")),
        lambda: workspace.members.set_left(999, None),
        lambda: workspace.members.get(999),
    ):
        with pytest.raises(NotFound) as gone:
            edit()
        assert gone.value.message == "That member no longer exists."


def test_reseating_puts_the_listed_first_and_keeps_the_others_in_seat_order(
    workspace: Workspace, group_id: int
) -> None:
    ids = {a: workspace.members.add(group_id, MemberDraft(a)).id for a in "ABCD"}
    workspace.members.reorder(group_id, [ids["D"], ids["C"], ids["B"], ids["A"]])
    assert seats(workspace, group_id) == [("D", 1), ("C", 2), ("B", 3), ("A", 4)]
    # Only A named: the rest follow in their seats' order (D, C, B), not by when added.
    workspace.members.reorder(group_id, [ids["A"], ids["A"]])
    assert seats(workspace, group_id) == [("A", 1), ("D", 2), ("C", 3), ("B", 4)]


def test_reseating_with_a_stranger_changes_nothing(workspace: Workspace, group_id: int) -> None:
    ids = [workspace.members.add(group_id, MemberDraft(a)).id for a in "AB"]
    other = workspace.groups.create(GroupDraft("Other")).id
    stranger = workspace.members.add(other, MemberDraft("Z")).id
    for order in ([ids[1], stranger], [ids[1], 999]):
        with pytest.raises(NotFound) as refused:
            workspace.members.reorder(group_id, order)
        assert refused.value.message == "A member in that order is not in this group."
        assert seats(workspace, group_id) == [("A", 1), ("B", 2)]
