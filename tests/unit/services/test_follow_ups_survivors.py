"""Open note follow-ups that name no group are listed whole: a note about a member only, or
about nothing at all, with no note about a session beside it. Fewer than one absence is
refused in so many words."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator_desktop.services.follow_ups import FollowUpItem
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace


def test_survivor_notes_without_a_group_or_a_session_are_listed(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("Mondays"))
    anna = ws.members.add(group.id, MemberDraft("Anna")).id
    about_anna = ws.notes.create(
        NoteDraft("Phone Anna", member_ids=(anna,), follow_up=True, due_on=date(2026, 3, 1))
    ).id
    general = ws.notes.create(NoteDraft("Renew the insurance", follow_up=True)).id

    assert ws.history.follow_ups() == [
        FollowUpItem("note", 0, "", anna, about_anna, "Phone Anna", date(2026, 3, 1)),
        FollowUpItem("note", 0, "", None, general, "Renew the insurance", None),
    ]


def test_survivor_a_note_about_nothing_alone_is_listed(workspace: Workspace) -> None:
    general = workspace.notes.create(NoteDraft("Renew the insurance", follow_up=True)).id
    assert workspace.history.follow_ups() == [
        FollowUpItem("note", 0, "", None, general, "Renew the insurance", None)
    ]


@pytest.mark.parametrize("absences", [0, -1], ids=["zero", "negative"])
def test_survivor_fewer_than_one_absence_is_refused_word_for_word(
    workspace: Workspace, absences: int
) -> None:
    with pytest.raises(ValueError) as caught:
        workspace.history.follow_ups(absences=absences)
    assert str(caught.value) == "absences must be 1 or more"
