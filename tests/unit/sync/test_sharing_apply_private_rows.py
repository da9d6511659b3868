"""What a co-facilitator's records may reach on this laptop: a member of a group kept to
oneself is neither marked as left nor deleted by a record naming it, nor a mark of its
sessions changed (refused and listed, however the record got its key), while a member's
signature of the shared group's rules, recorded on the other laptop, arrives as it was
recorded."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from facilitator_desktop.models import Attendance, GroupSession, Member, RuleSet
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.rules import RuleCardDraft
from tests.unit.sync.handoff import (
    Handoff,
    ana_group,
    ana_member_key,
    ben_group,
    unusable,
)
from tests.unit.sync.laptops import run_session


@pytest.mark.parametrize("how", ["leave", "delete"])
def test_a_member_of_a_group_not_shared_is_out_of_reach(handoff: Handoff, how: str) -> None:
    h = handoff
    own = h.ben.ws.groups.create(GroupDraft("Ben's own group"))
    zed = h.ben.ws.members.add(own.id, MemberDraft("Zed"))
    with h.ben.ws.context.sessions.begin() as s:
        zed_key = s.scalar(select(Member.uuid).where(Member.id == zed.id))
    assert zed_key is not None
    assert h.apply(*h.captured()) == [True]
    if how == "leave":
        record = {"t": "members", "k": zed_key, "c": 500, "f": {"left_on": "2026-03-02"}}
    else:
        record = {"t": "members", "k": zed_key, "c": 500, "del": True}
    change = h.written([record])
    assert h.apply(change) == [True]
    [kept] = h.ben.ws.members.list(own.id, include_left=True)
    assert (kept.alias, kept.left_on) == ("Zed", None)
    assert h.ben.sharing.problems() == unusable(h, change)


def test_a_mark_of_a_session_not_shared_is_out_of_reach(handoff: Handoff) -> None:
    h = handoff
    own = h.ben.ws.groups.create(GroupDraft("Ben's own group"))
    zed = h.ben.ws.members.add(own.id, MemberDraft("Zed"))
    own_session = run_session(h.ben, own.id)
    with h.ben.ws.context.sessions.begin() as s:
        session_key = s.scalar(select(GroupSession.uuid).where(GroupSession.id == own_session))
        zed_key = s.scalar(select(Member.uuid).where(Member.id == zed.id))
    assert h.apply(*h.captured()) == [True]
    record = {
        "t": "attendance",
        "k": f"{session_key}/{zed_key}",
        "c": 500,
        "f": {"status": "absent"},
    }
    change = h.written([record])
    assert h.apply(change) == [True]
    with h.ben.ws.context.sessions.begin() as s:
        marks = list(
            s.scalars(select(Attendance.status).where(Attendance.session_id == own_session))
        )
    assert marks == ["present"]
    assert h.ben.sharing.problems() == unusable(h, change)


def test_a_signature_of_the_shared_rules_arrives_as_recorded(handoff: Handoff) -> None:
    h = handoff
    h.ana.ws.rules.save(
        ana_group(h), [RuleCardDraft("Confidentiality", "What is said here stays.")]
    )
    assert h.apply(*h.captured()) == [True]
    ann_id, _ = ana_member_key(h, "Ann")
    with h.ana.ws.context.sessions.begin() as s:
        ana_rules = s.scalar(select(RuleSet.id).where(RuleSet.group_id == ana_group(h)))
    assert ana_rules is not None
    h.ana.ws.acknowledgements.record(ann_id, ana_rules, date(2026, 3, 2))
    assert h.apply(*h.captured()) == [True]
    [ben_ann] = [m.id for m in h.ben.ws.members.list(ben_group(h)) if m.alias == "Ann"]
    [signed] = h.ben.ws.acknowledgements.for_member(ben_ann)
    assert (signed.version, signed.signed_on) == (1, date(2026, 3, 2))
    assert h.ben.sharing.problems() == []


def test_a_new_note_without_its_group_is_refused_not_kept_apart(handoff: Handoff) -> None:
    """A record that makes a row must hold all of it: one naming a note not here, with all
    but its group, would otherwise make a note of no group on this laptop."""
    h = handoff
    assert h.apply(*h.captured()) == [True]
    note = h.ana.ws.notes.create(NoteDraft("Bring the leaflets.", group_id=ana_group(h)))
    h.ana.sharing.set_note_shared(note.id, True)
    [shared] = h.captured()
    [record] = shared.body["records"]
    partial = dict(record, f={k: v for k, v in record["f"].items() if k != "group_id"})
    change = h.written([partial], clock=record["c"])
    assert h.apply(change) == [True]
    assert h.ben.ws.notes.find() == []
    assert h.ben.sharing.problems() == unusable(h, change)
