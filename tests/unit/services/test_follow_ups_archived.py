"""An archived group is out of the Follow-ups list: its absences, its quiet members and its
open note follow-ups, whether a note names the group, only its session or only its members.
Bringing the group back brings them back; other groups are untouched."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers.weekly_sessions import meet_weekly, quiet_sessions
from tests.helpers.weekly_sessions import session as meet_once

AGENDA = (SegmentSpec("Check-in", 2, "round"),)


@pytest.fixture
def two_groups(workspace: Workspace) -> tuple[Workspace, dict[str, int]]:
    meet_weekly(workspace)
    ids: dict[str, int] = {}
    for name in ("Mondays", "Thursdays"):
        group = workspace.groups.create(GroupDraft(name, agenda=AGENDA))
        talker = workspace.members.add(group.id, MemberDraft(f"{name[:3]} talker")).id
        quiet = workspace.members.add(group.id, MemberDraft(f"{name[:3]} quiet")).id
        last = quiet_sessions(workspace, group.id, talker, quiet)
        meet_once(workspace, group.id, {talker: "present"})  # the quiet one does not come
        ids |= {name: group.id, f"{name} quiet": quiet, f"{name} session": last}
    notes = workspace.notes
    for name in ("Mondays", "Thursdays"):
        gid, quiet, session = ids[name], ids[f"{name} quiet"], ids[f"{name} session"]
        by = {
            "group": NoteDraft(f"{name}: book the room", gid, follow_up=True),
            "session": NoteDraft(
                f"{name}: ask about the break", session_id=session, follow_up=True
            ),
            "member": NoteDraft(
                f"{name}: phone them", member_ids=(quiet,), follow_up=True, due_on=date(2026, 3, 1)
            ),
        }
        for how, draft in by.items():
            ids[f"{name} note by {how}"] = notes.create(draft).id
    ids["general"] = notes.create(NoteDraft("Renew the insurance", follow_up=True)).id
    return workspace, ids


def listed(ws: Workspace, **kwargs: int) -> set[tuple[str, int | None]]:
    return {
        (f.kind, f.note_id if f.kind == "note" else f.member_id)
        for f in ws.history.follow_ups(**kwargs)
    }


def of_group(ids: dict[str, int], name: str) -> set[tuple[str, int | None]]:
    return {
        ("absence", ids[f"{name} quiet"]),
        ("silence", ids[f"{name} quiet"]),
        ("note", ids[f"{name} note by group"]),
        ("note", ids[f"{name} note by session"]),
        ("note", ids[f"{name} note by member"]),
    }


def test_everything_of_an_archived_group_leaves_the_list(
    two_groups: tuple[Workspace, dict[str, int]],
) -> None:
    ws, ids = two_groups
    general = {("note", ids["general"])}
    everything = of_group(ids, "Mondays") | of_group(ids, "Thursdays") | general
    assert listed(ws) == everything

    ws.groups.set_archived(ids["Mondays"], True)
    assert listed(ws) == of_group(ids, "Thursdays") | general
    assert listed(ws, group_id=ids["Mondays"]) == set()
    assert listed(ws, group_id=ids["Thursdays"]) >= {("absence", ids["Thursdays quiet"])}

    ws.groups.set_archived(ids["Mondays"], False)
    assert listed(ws) == everything


def test_a_note_about_members_of_both_kinds_of_group_stays(
    two_groups: tuple[Workspace, dict[str, int]],
) -> None:
    ws, ids = two_groups
    both = ws.notes.create(
        NoteDraft(
            "Introduce them to each other",
            member_ids=(ids["Mondays quiet"], ids["Thursdays quiet"]),
            follow_up=True,
        )
    ).id
    ws.groups.set_archived(ids["Mondays"], True)
    assert ("note", both) in listed(ws)
    ws.groups.set_archived(ids["Thursdays"], True)
    assert listed(ws) == {("note", ids["general"])}
