"""Capture, handed laptop to laptop without a server, when SQLite gives a deleted row's local
id to a row of another group before the next capture: the outbox entries left for the
deleted row are not sent with the other group's row (its tombstone, or its parent's, says it
is gone), while the shared group's own rows written meanwhile still go out."""

from __future__ import annotations

import random

from sqlalchemy import func, select

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.models import GroupSession, Member, SessionEvent, Turn
from facilitator_desktop.models.sync import SyncOutbox
from facilitator_desktop.services.live_session import LiveSession
from facilitator_desktop.services.members import MemberDraft
from tests.unit.sync.handoff import Handoff, aliases, with_a_group_not_shared
from tests.unit.sync.laptops import Laptop, new_group, run_session


def a_round(laptop: Laptop, group_id: int) -> LiveSession:
    """A session started and run for a round (attendance, events, turns on the disk)."""
    clock = FakeClock(1000.0)
    live = laptop.ws.sessions.start(group_id, monotonic=clock, rng=random.Random(1))
    members = [m.id for m in laptop.ws.members.list(group_id)]
    for m in members:
        live.mark(m, "present")
    live.toggle()
    live.start_round(members[0])
    for _ in members:
        live.next_speaker()
        clock.advance(60)
    live.end_turn()
    live.heartbeat()
    return live


def rows_of(laptop: Laptop, session_id: int) -> tuple[str, set[int], set[int]]:
    with laptop.ws.context.sessions.begin() as s:
        uuid = s.scalar(select(GroupSession.uuid).where(GroupSession.id == session_id))
        events = set(
            s.scalars(select(SessionEvent.id).where(SessionEvent.session_id == session_id))
        )
        turns = set(s.scalars(select(Turn.id).where(Turn.session_id == session_id)))
    assert uuid is not None and events and turns
    return uuid, events, turns


def thursday_keys(laptop: Laptop, group_id: int) -> set[str]:
    """Every uuid a row of the group not shared (or of its sessions) holds on Ana's laptop."""
    with laptop.ws.context.sessions.begin() as s:
        sessions = list(s.scalars(select(GroupSession.id).where(GroupSession.group_id == group_id)))
        keys = set(s.scalars(select(GroupSession.uuid).where(GroupSession.id.in_(sessions))))
        keys |= set(s.scalars(select(Member.uuid).where(Member.group_id == group_id)))
        for model in (SessionEvent, Turn):
            keys |= set(s.scalars(select(model.uuid).where(model.session_id.in_(sessions))))
    return {k for k in keys if k is not None}


def test_a_discarded_sessions_event_and_turn_ids_taken_by_another_group_never_go_out(
    handoff: Handoff,
) -> None:
    h = handoff
    ana = h.ana
    tuesday_id, thursday_id, _ = with_a_group_not_shared(h)
    mistake = a_round(ana, tuesday_id)
    mistake_uuid, mistake_events, mistake_turns = rows_of(ana, mistake.session_id)
    ana.ws.sessions.discard(mistake.session_id)
    # Thursday's session takes the discarded session's ids, its events' and its turns', and
    # ends before the next capture
    other = a_round(ana, thursday_id)
    other.end()
    _uuid, other_events, other_turns = rows_of(ana, other.session_id)
    assert other_events & mistake_events and other_turns & mistake_turns
    changes = h.captured()
    records = [(r["t"], r["k"], r.get("del")) for c in changes for r in c.body["records"]]
    assert not {k for _t, k, _d in records} & thursday_keys(ana, thursday_id)
    assert ("sessions", mistake_uuid, 1) in records
    assert {t for t, _k, d in records if not d} == set()  # only tombstones: nothing of Thursday
    assert h.apply(*changes) == [True] * len(changes)  # Ben's laptop does not wait
    with ana.ws.context.sessions.begin() as s:  # and no entry is left to be read again
        assert s.scalar(select(func.count()).select_from(SyncOutbox)) == 0


def test_the_shared_groups_own_rows_still_go_out_beside_entries_left_for_reused_ids(
    handoff: Handoff,
) -> None:
    h = handoff
    ana = h.ana
    tuesday_id, thursday_id, _ = with_a_group_not_shared(h)
    # a member added to Tuesday's group, then erased; Thursday's newcomer takes its id
    gil = ana.ws.members.add(tuesday_id, MemberDraft("Gil", full_name="Gil Fullname")).id
    ana.ws.erasure.erase(gil)
    hal = ana.ws.members.add(thursday_id, MemberDraft("Hal", full_name="Hal Fullname")).id
    assert hal == gil
    mistake = a_round(ana, tuesday_id)
    ana.ws.sessions.discard(mistake.session_id)
    a_round(ana, thursday_id).end()
    # Tuesday's own writes meanwhile: an edit, and a whole session
    ann = ana.ws.members.list(tuesday_id)[0].id
    ana.ws.members.update(ann, MemberDraft("Annie", full_name="Ann Fullname"))
    held = run_session(ana, tuesday_id)
    held_uuid, held_events, held_turns = rows_of(ana, held)
    changes = h.captured()
    records = [(r["t"], r["k"], r.get("del")) for c in changes for r in c.body["records"]]
    assert not {k for _t, k, _d in records} & thursday_keys(ana, thursday_id)
    sent = {(t, k) for t, k, d in records if not d}
    assert ("sessions", held_uuid) in sent
    with ana.ws.context.sessions.begin() as s:
        ann_uuid = s.scalar(select(Member.uuid).where(Member.id == ann))
        for model, ids in ((SessionEvent, held_events), (Turn, held_turns)):
            for key in s.scalars(select(model.uuid).where(model.id.in_(ids))):
                assert (model.__tablename__, key) in sent
    assert ("members", ann_uuid) in sent
    assert h.apply(*changes) == [True] * len(changes)
    assert aliases(h) == ["Annie", "Bo", "Cy"]
    with h.ben.ws.context.sessions.begin() as s:
        assert s.scalar(select(GroupSession.id).where(GroupSession.uuid == held_uuid))


def test_an_addendum_id_taken_by_another_groups_note_never_goes_out(handoff: Handoff) -> None:
    h = handoff
    ana = h.ana
    tuesday_id = ana.ws.groups.list()[0].id
    thursday_id, _ = new_group(ana, "Thursday group", ("Dee", "Eve", "Fay"))
    signed: list[int] = []
    for group_id in (tuesday_id, thursday_id):
        session_id = run_session(ana, group_id)
        ana.ws.session_notes.save(session_id, entries={})
        ana.ws.session_notes.sign(session_id)
        signed.append(session_id)
        if group_id == tuesday_id:
            assert h.apply(*h.captured()) == [True]
            # an addendum to Tuesday's narrative, then the session deleted with its notes
            ana.wall.advance(600)
            first = ana.ws.session_notes.add_addendum(session_id, "Said later.")
            ana.ws.sessions.delete(session_id, delete_notes=True)
    # Thursday's session took the deleted session's ids; its addendum takes the addendum's
    ana.wall.advance(600)
    other = ana.ws.session_notes.add_addendum(signed[1], "Not for Tuesday's group.")
    assert other.id == first.id
    changes = h.captured()
    records = [(r["t"], r["k"], r.get("del")) for c in changes for r in c.body["records"]]
    assert [t for t, _k, d in records if not d] == []
    assert h.apply(*changes) == [True] * len(changes)
