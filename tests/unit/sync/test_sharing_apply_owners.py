"""Applying another laptop's changes: a note addendum belongs to the group of its
session note's session (Ana's own record taken for the shared group's note, and her later
changes after it; refused for a note of a group not shared, however the record names the
note); an acknowledgement belongs to the group of the member it names (refused for a
member of a group not shared); the records of one change apply owners first, whatever order
they were listed in. Changes are handed over without a server."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from facilitator_desktop.models import (
    Acknowledgement,
    GroupSession,
    Member,
    NoteAddendum,
    RuleSet,
    SessionNote,
)
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.sync.protocol import Opened
from tests.unit.sync.handoff import (
    Handoff,
    aliases,
    ana_group,
    ana_member_key,
    ben_group,
    unusable,
)
from tests.unit.sync.laptops import run_session

ADDENDUM = "Ann called on Thursday: she is settled in her new flat."


def signed_note_key(h: Handoff, session_id: int, form: str) -> str:
    """The key a record names the signed note of one of Ben's sessions by: its session's
    uuid (as records name a session note), or the note's own row uuid (as records written
    before did)."""
    with h.ben.ws.context.sessions.begin() as s:
        key = s.scalar(
            select(GroupSession.uuid if form == "session" else SessionNote.uuid)
            .select_from(GroupSession)
            .join(SessionNote, SessionNote.session_id == GroupSession.id)
            .where(GroupSession.id == session_id)
        )
        assert key is not None
        return key


def addendum_for_ann(h: Handoff) -> tuple[Opened, int]:
    """Ana runs a session, signs its note, hands it over, then adds an addendum to Ann's
    entry: the change holding the addendum's record, and Ben's id of the session."""
    session_id = run_session(h.ana, ana_group(h))
    h.ana.ws.session_notes.save(session_id, entries={})
    h.ana.ws.session_notes.sign(session_id)
    assert h.apply(*h.captured()) == [True]
    ann_id, _ = ana_member_key(h, "Ann")
    h.ana.wall.advance(600)
    h.ana.ws.session_notes.add_addendum(session_id, ADDENDUM, ann_id)
    [change] = h.captured()
    [record] = change.body["records"]
    assert record["t"] == "note_addenda"
    with h.ben.ws.context.sessions.begin() as s:
        ben_session = s.scalar(select(GroupSession.id).where(GroupSession.group_id == ben_group(h)))
        assert ben_session is not None
    return change, ben_session


def test_an_addendum_to_the_shared_groups_note_arrives_with_its_text_and_member(
    handoff: Handoff,
) -> None:
    h = handoff
    change, ben_session = addendum_for_ann(h)
    assert h.apply(change) == [True]  # Ana's record as she wrote it
    [ben_ann] = [m.id for m in h.ben.ws.members.list(ben_group(h)) if m.alias == "Ann"]
    [addendum] = h.ben.ws.session_notes.open(ben_session).addenda
    assert (addendum.member_id, addendum.text, addendum.created_at, addendum.damaged) == (
        ben_ann,
        ADDENDUM,
        h.ana.wall.now,
        False,
    )
    assert h.ben.sharing.problems() == []
    # nothing of Ana's is held back after it
    h.ana.ws.members.add(ana_group(h), MemberDraft("Dee"))
    assert h.apply(*h.captured()) == [True]
    assert aliases(h) == ["Ann", "Bo", "Cy", "Dee"]


def test_an_addendum_arriving_after_its_session_was_deleted_is_moot_and_holds_nothing_back(
    handoff: Handoff,
) -> None:
    """Written on one laptop while another deleted the session: the deletion arrives first
    (it names the session, not its note), and the addendum has nothing left to add to."""
    h = handoff
    change, ben_session = addendum_for_ann(h)
    with h.ana.ws.context.sessions.begin() as s:
        ana_session = s.scalar(select(GroupSession.id).where(GroupSession.group_id == ana_group(h)))
    assert ana_session is not None
    h.ana.ws.sessions.delete(ana_session, delete_notes=True)
    deletion = h.captured()
    assert h.apply(*deletion) == [True] * len(deletion)
    with h.ben.ws.context.sessions.begin() as s:
        assert s.get(GroupSession, ben_session) is None
    late = h.written(change.body["records"])
    assert h.apply(late) == [True]  # moot, so the changes after it are not held back
    with h.ben.ws.context.sessions.begin() as s:
        assert s.scalar(select(func.count()).select_from(NoteAddendum)) == 0
    assert h.ben.sharing.problems() == []


@pytest.mark.parametrize("form", ["session", "row"])
def test_an_addendum_to_a_note_of_a_group_not_shared_is_refused(
    handoff: Handoff, form: str
) -> None:
    h = handoff
    ana_change, _ = addendum_for_ann(h)
    [record] = ana_change.body["records"]
    # Ben's own group, not shared, with a signed note of its own
    own = h.ben.ws.groups.create(GroupDraft("Ben's own group"))
    h.ben.ws.members.add(own.id, MemberDraft("Zed"))
    own_session = run_session(h.ben, own.id)
    h.ben.ws.session_notes.save(own_session, entries={})
    h.ben.ws.session_notes.sign(own_session)
    fields = dict(
        record["f"], session_note_id=signed_note_key(h, own_session, form), member_id=None
    )
    change = h.written([dict(record, f=fields)])
    assert h.apply(change) == [True]
    assert h.ben.ws.session_notes.open(own_session).addenda == ()
    with h.ben.ws.context.sessions.begin() as s:
        assert s.scalar(select(func.count()).select_from(NoteAddendum)) == 0
    assert h.ben.sharing.problems() == unusable(h, change)


def test_an_acknowledgement_naming_a_member_of_a_group_not_shared_is_refused(
    handoff: Handoff,
) -> None:
    h = handoff
    h.ana.ws.rules.save(
        ana_group(h), [RuleCardDraft("Confidentiality", "What is said here stays.")]
    )
    assert h.apply(*h.captured()) == [True]
    own = h.ben.ws.groups.create(GroupDraft("Ben's own group"))
    zed = h.ben.ws.members.add(own.id, MemberDraft("Zed"))
    with h.ben.ws.context.sessions.begin() as s:
        zed_key = s.scalar(select(Member.uuid).where(Member.id == zed.id))
        rules_key = s.scalar(select(RuleSet.uuid).where(RuleSet.group_id == ben_group(h)))
    fields = {"signed_on": "2026-03-02", "recorded_at": "2026-03-02T18:00:00"}
    record = {"t": "acknowledgements", "k": f"{zed_key}/{rules_key}", "c": 120, "f": fields}
    change = h.written([record])
    assert h.apply(change) == [True]
    with h.ben.ws.context.sessions.begin() as s:
        assert list(s.scalars(select(Acknowledgement))) == []
    assert h.ben.sharing.problems() == unusable(h, change)


def test_a_change_listing_members_before_their_group_applies_whole(handoff: Handoff) -> None:
    h = handoff
    [first] = h.captured()
    records = list(reversed(first.body["records"]))
    assert [r["t"] for r in records][:3] == ["members", "members", "members"]
    assert h.apply(h.written(records)) == [True]
    assert aliases(h) == ["Ann", "Bo", "Cy"]
    assert h.ben.sharing.problems() == []
