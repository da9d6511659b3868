"""A member's copy of their session notes: a session they were not at (kept for their
entry) shows no passes and no share; their own name stays whole in their entry; and a group
whose members cannot be listed refuses the copy, naming the group, word for word."""

from __future__ import annotations

import pytest

from facilitator_desktop.errors import ExportRefused, RecordDamaged
from facilitator_desktop.services.members import MemberInfo
from facilitator_desktop.workspace import Workspace
from tests.helpers.session_notes import SmallGroup, small_group, typical_session


def test_a_session_missed_shows_no_passes_and_no_share(ws: Workspace, group: SmallGroup) -> None:
    session_id = typical_session(ws, group)  # Eve absent
    ws.session_notes.save(session_id, entries={group.eve: "Eve was missed."})
    (session,) = ws.session_notes.member_report(group.eve, session_ids=[session_id]).sessions
    assert (session.status, session.turns, session.passes, session.seconds, session.share) == (
        "absent",
        0,
        0,
        0.0,
        0.0,
    )
    assert (session.attended_from, session.attended_to) == (None, None)


def test_the_members_own_name_stays_whole_in_their_copy(ws: Workspace, group: SmallGroup) -> None:
    session_id = typical_session(ws, group)
    ws.session_notes.save(session_id, entries={group.anna: "Anna Kowalska spoke; B.L. listened."})
    (session,) = ws.session_notes.member_report(group.anna, session_ids=[session_id]).sessions
    assert session.entry == "Anna Kowalska spoke; B.L. listened."


def test_a_group_whose_members_cannot_be_listed_refuses_the_copy(
    ws: Workspace, group: SmallGroup, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = small_group(ws, "Parents")
    real_list = ws.members.list

    def listing(group_id: int, *, include_left: bool = False) -> list[MemberInfo]:
        if group_id == other.group_id:
            raise RecordDamaged()
        return real_list(group_id, include_left=include_left)

    monkeypatch.setattr(ws.members, "list", listing)
    with pytest.raises(ExportRefused) as refused:
        ws.session_notes.member_report(group.anna)
    assert str(refused.value) == (
        "A member of “Parents” has a damaged record, so their names cannot be looked for and "
        "removed from this copy. Nothing has been made. Restore a backup that holds an intact "
        "copy, or erase the damaged member, then try again."
    )
    assert isinstance(refused.value.__cause__, RecordDamaged)
