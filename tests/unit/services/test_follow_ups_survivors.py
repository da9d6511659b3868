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
from tests.helpers.weekly_sessions import meet_weekly, quiet_sessions, session


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


def test_survivor_the_whole_list_in_group_name_order(workspace: Workspace) -> None:
    """Groups by name (not by when they were made); a group that has not met yet and a
    member who has left stop nothing that comes after them; every item names its group."""
    ws = workspace
    meet_weekly(ws)
    thursdays = ws.groups.create(GroupDraft("Thursdays")).id
    talker = ws.members.add(thursdays, MemberDraft("Tess")).id
    quiet = ws.members.add(thursdays, MemberDraft("Quinn")).id
    quiet_sessions(ws, thursdays, talker, quiet)
    session(ws, thursdays, {talker: "present"})  # Quinn does not come, without notice
    mondays = ws.groups.create(GroupDraft("Mondays")).id
    ann = ws.members.add(mondays, MemberDraft("Ann")).id
    bo = ws.members.add(mondays, MemberDraft("Bo")).id
    session(ws, mondays, {ann: "present", bo: "present"})
    ws.members.set_left(ann, date(2026, 2, 1))
    session(ws, mondays, {})  # Bo does not come, without notice
    ws.groups.create(GroupDraft("Autumn"))  # has not met yet
    note = ws.notes.create(NoteDraft("Book the room", mondays, follow_up=True)).id

    assert ws.history.follow_ups() == [
        FollowUpItem(
            "absence", mondays, "Mondays", bo, None, "Bo missed a session without notice", None, 1
        ),
        FollowUpItem(
            "absence",
            thursdays,
            "Thursdays",
            quiet,
            None,
            "Quinn missed a session without notice",
            None,
            1,
        ),
        FollowUpItem(
            "silence",
            thursdays,
            "Thursdays",
            quiet,
            None,
            "Quinn has been quiet for 3 sessions",
            None,
            3,
        ),
        FollowUpItem("note", mondays, "Mondays", None, note, "Book the room", None),
    ]
