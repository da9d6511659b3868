"""Applying another laptop's changes, continued: records about members erased meanwhile or not
here yet, problems listed once, turns and marks (stamps, digests, sessions of another group,
rows a merge made here). Changes are handed over without a server."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import func, select

from facilitator_desktop.models import Attendance, GroupSession, RuleSet, Turn
from facilitator_desktop.models.sync import (
    SharedGroup,
    SyncRow,
)
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.services.sharing_apply import record_problem
from facilitator_desktop.services.sharing_engine import SyncEngine
from facilitator_desktop.services.sharing_tables import BY_NAME
from tests.unit.sync.handoff import (
    Handoff,
    aliases,
    ana_group,
    ana_member_key,
    ben_group,
    unusable,
)
from tests.unit.sync.laptops import (
    run_session,
)
from tests.unit.sync.test_sharing_sessions import run as run_meeting


def rule_set_key(h: Handoff) -> str:
    with h.ben.ws.context.sessions.begin() as s:
        key = s.scalar(select(RuleSet.uuid).where(RuleSet.group_id == ben_group(h)))
        assert key is not None
        return key


def acknowledgement(member_key: str, rule_set: str) -> dict[str, Any]:
    fields = {"signed_on": "2026-03-02", "recorded_at": "2026-03-02T18:00:00"}
    return {"t": "acknowledgements", "k": f"{member_key}/{rule_set}", "c": 120, "f": fields}


def test_a_record_about_someone_erased_meanwhile_is_moot(handoff: Handoff) -> None:
    h = handoff
    h.ana.ws.rules.save(
        ana_group(h), [RuleCardDraft("Confidentiality", "What is said here stays.")]
    )
    h.apply(*h.captured())
    ann_id, ann_key = ana_member_key(h, "Ann")
    h.ana.ws.erasure.erase(ann_id)
    h.apply(*h.captured())
    h.ana.ws.members.add(ana_group(h), MemberDraft("Dee"))
    [dee] = h.captured()
    late = h.written([acknowledgement(ann_key, rule_set_key(h)), *dee.body["records"]])
    assert h.apply(late) == [True]  # the rest of the change applies
    assert aliases(h) == ["Bo", "Cy", "Dee"]
    assert h.ben.sharing.problems() == []


def test_a_record_about_someone_not_here_yet_makes_its_change_wait(handoff: Handoff) -> None:
    h = handoff
    h.ana.ws.rules.save(
        ana_group(h), [RuleCardDraft("Confidentiality", "What is said here stays.")]
    )
    h.apply(*h.captured())
    h.ana.ws.members.add(ana_group(h), MemberDraft("Dee"))
    [dee] = h.captured()
    unknown = "44444444-4444-4444-8444-444444444444"
    early = h.written([acknowledgement(unknown, rule_set_key(h)), *dee.body["records"]])
    assert h.apply(early) == [False]
    assert aliases(h) == ["Ann", "Bo", "Cy"]
    assert h.ben.sharing.problems() == []


@pytest.mark.parametrize("owner", [None, ""], ids=["null", "empty"])
def test_a_record_naming_no_owner_at_all_is_refused_and_the_rest_applies(
    handoff: Handoff, owner: str | None
) -> None:
    """What names no session and no member will never arrive: waiting for it would hold
    back every later change from that laptop without a word. It is listed instead."""
    h = handoff
    h.apply(*h.captured())
    h.ana.ws.members.add(ana_group(h), MemberDraft("Dee"))
    [dee] = h.captured()
    turn = {
        "t": "turns",
        "k": "55555555-5555-4555-8555-555555555555",
        "c": 130,
        "f": {**dict.fromkeys(BY_NAME["turns"].fields), "session_id": owner, "member_id": owner},
    }
    change = h.written([*dee.body["records"], turn])
    assert h.apply(change) == [True]
    assert aliases(h) == ["Ann", "Bo", "Cy", "Dee"]
    assert h.ben.sharing.problems() == unusable(h, change)


def test_a_problem_is_listed_once_per_group_laptop_change_and_reason(handoff: Handoff) -> None:
    h = handoff
    with h.ben.ws.context.sessions.begin() as s:
        [shared] = s.scalars(select(SharedGroup))
        at = h.ben.wall.now
        for _ in range(2):
            record_problem(s, shared.id, "dev-a", 3, "gap", at)
            record_problem(s, None, "dev-a", 3, "gap", at)
            record_problem(s, shared.id, "dev-b", 3, "gap", at)
            record_problem(s, shared.id, "dev-a", 4, "gap", at)
            record_problem(s, shared.id, "dev-a", 3, "replay", at)
    group_uuid = shared.group_uuid
    listed = sorted(
        (p.group_uuid or "", p.device_id, p.seq, p.reason) for p in h.ben.sharing.problems()
    )
    assert listed == [
        ("", "dev-a", 3, "gap"),
        (group_uuid, "dev-a", 3, "gap"),
        (group_uuid, "dev-a", 3, "replay"),
        (group_uuid, "dev-a", 4, "gap"),
        (group_uuid, "dev-b", 3, "gap"),
    ]


def test_a_turn_for_a_session_of_another_group_is_refused_after_one_of_this_group(
    handoff: Handoff,
) -> None:
    h = handoff
    run_session(h.ana, ana_group(h))
    changes = h.captured()
    h.apply(*changes)
    # Ben's own group, not shared, with a session of its own
    own = h.ben.ws.groups.create(GroupDraft("Ben's own group"))
    h.ben.ws.members.add(own.id, MemberDraft("Zed"))
    with h.ben.ws.context.sessions.begin() as s:
        shared_session = s.scalar(select(GroupSession).where(GroupSession.group_id == ben_group(h)))
        assert shared_session is not None
        other = GroupSession(
            group_id=own.id,
            status="finished",
            started_at=h.ben.wall.now,
            ended_at=h.ben.wall.now,
            plan_json="[]",
            seats_json="{}",
            soft_limit_min=3,
        )
        s.add(other)
        s.flush()
        shared_key, other_key, other_id = shared_session.uuid, other.uuid, other.id
    template = next(r for c in changes for r in c.body["records"] if r["t"] == "turns")
    legit = dict(template, k="77777777-7777-4777-8777-777777777777", c=200)
    legit["f"] = dict(template["f"], session_id=shared_key)
    reaching = dict(template, k="88888888-8888-4888-8888-888888888888", c=201)
    reaching["f"] = dict(template["f"], session_id=other_key)
    change = h.written([legit, reaching])
    assert h.apply(change) == [True]
    with h.ben.ws.context.sessions.begin() as s:
        assert s.scalar(select(Turn.id).where(Turn.uuid == legit["k"])) is not None
        assert list(s.scalars(select(Turn).where(Turn.session_id == other_id))) == []
    assert [p.reason for p in h.ben.sharing.problems()] == ["unusable"]


def test_new_turns_are_stored_with_their_stamps_and_never_sent_back(handoff: Handoff) -> None:
    h = handoff
    run_session(h.ana, ana_group(h))
    changes = h.captured()
    assert h.apply(*changes) == [True] * len(changes)
    ana_device = h.ana.sharing.identity().device_id
    turns = [r for c in changes for r in c.body["records"] if r["t"] == "turns"]
    assert turns
    with h.ben.ws.context.sessions.begin() as s:
        for record in turns:
            row = s.get(SyncRow, ("turns", record["k"]))
            assert row is not None and row.deleted is False
            stamp = [record.get("x", 0), record["c"], ana_device]
            assert json.loads(row.stamps) == dict.fromkeys(record["f"], stamp)
            assert set(json.loads(row.digests)) == set(record["f"])
    assert h.ben.engine.capture() == 0  # what arrived is not sent back
    assert h.ben.engine.waiting() == 0


def test_a_turn_whose_numbers_are_not_numbers_is_refused(handoff: Handoff) -> None:
    h = handoff
    run_session(h.ana, ana_group(h))
    changes = h.captured()
    h.apply(*changes)
    template = next(r for c in changes for r in c.body["records"] if r["t"] == "turns")
    junk = dict(template, k="99999999-0000-4999-8999-999999999999", c=300)
    junk["f"] = dict(template["f"], duration="a long time")
    assert h.apply(h.written([junk])) == [True]
    with h.ben.ws.context.sessions.begin() as s:
        assert s.scalar(select(Turn.id).where(Turn.uuid == junk["k"])) is None
    assert [p.reason for p in h.ben.sharing.problems()] == ["unusable"]


def test_a_mark_arrived_and_corrected_here_sends_only_what_changed(handoff: Handoff) -> None:
    h = handoff
    run_session(h.ana, ana_group(h))
    h.apply(*h.captured())
    with h.ben.ws.context.sessions.begin() as s:
        session_id = s.scalar(select(GroupSession.id).where(GroupSession.group_id == ben_group(h)))
        mark = s.scalar(select(Attendance).where(Attendance.session_id == session_id))
        assert mark is not None and mark.status == "present"
        mark.status = "late"
        turn = s.scalar(select(Turn).where(Turn.session_id == session_id))
        assert turn is not None
        turn.duration += 5.0
        duration = turn.duration
    back = Handoff(h.ben, h.ana)  # Ben's changes, opened on Ana's laptop
    sent = [r for c in back.captured() for r in c.body["records"]]
    assert [r["f"] for r in sent if r["t"] == "attendance"] == [{"status": "late"}]
    assert [r["f"] for r in sent if r["t"] == "turns"] == [{"duration": duration}]


def test_records_for_rows_a_merge_made_here_are_taken_without_a_problem(
    handoff: Handoff,
) -> None:
    h = handoff
    h.apply(*h.captured())
    group = ben_group(h)
    # one meeting run on both laptops: Ana saw Ann, Ben (who started 40 s later) saw Bo
    run_meeting(h.ana, ana_group(h), {"Ann": "present"}, ["Ann"])
    h.ben.wall.advance(40)
    run_meeting(h.ben, group, {"Bo": "present"}, ["Bo"])
    h.apply(*h.captured())  # Ana's session arrives; Ben's laptop merges the two here
    with h.ben.ws.context.sessions.begin() as s:
        canonical = s.scalar(
            select(GroupSession).where(
                GroupSession.group_id == group, GroupSession.status == "finished"
            )
        )
        assert canonical is not None
        [ben_bo] = [m.id for m in h.ben.ws.members.list(group) if m.alias == "Bo"]
        bo_turn = s.scalar(
            select(Turn).where(Turn.session_id == canonical.id, Turn.member_id == ben_bo)
        )
        assert bo_turn is not None and bo_turn.uuid is not None
        canonical_key, copy_key_here = canonical.uuid, bo_turn.uuid
        turn_fields = {
            "segment_index": bo_turn.segment_index,
            "started_at": bo_turn.started_at,
            "duration": bo_turn.duration + 1.0,
            "passed": bo_turn.passed,
        }
    bo_id, bo_key = ana_member_key(h, "Bo")
    # Ana notes Bo on her session after the fact (the row Ben's merge made for him)
    with h.ana.ws.context.sessions.begin() as s:
        session = s.scalar(select(GroupSession).where(GroupSession.uuid == canonical_key))
        assert session is not None
        mark = s.get(Attendance, (session.id, bo_id))
        assert mark is not None and mark.status == "absent"  # never marked: absent
        mark.status, mark.arrived_at = "late", 90.0
    [late] = h.captured()
    # and a laptop sends a record for the turn copy Ben's merge made
    copy = {
        "t": "turns",
        "k": copy_key_here,
        "c": 400,
        "f": {**turn_fields, "session_id": canonical_key, "member_id": bo_key},
    }
    assert h.apply(late, h.written([copy])) == [True, True]
    assert h.ben.sharing.problems() == []
    assert sorted(late.body["records"][0]["f"]) == ["arrived_at", "status"]
    with h.ben.ws.context.sessions.begin() as s:
        # the copy is still one row (the merge after applying makes it afresh from its source)
        assert list(s.scalars(select(Turn.uuid).where(Turn.uuid == copy_key_here))) == [
            copy_key_here
        ]


def test_marks_arriving_after_their_session_are_all_taken(handoff: Handoff) -> None:
    h = handoff
    h.apply(*h.captured())
    h.ana.engine = SyncEngine(h.ana.ws.context, records_per_change=1)  # a record a change
    run_session(h.ana, ana_group(h))
    changes = h.captured()
    tables = [c.body["records"][0]["t"] for c in changes]
    first = tables.index("sessions")
    # the session in one sync, its marks and turns in the next: no longer new when they come
    assert h.apply(*changes[: first + 1]) == [True] * (first + 1)
    assert h.apply(*changes[first + 1 :]) == [True] * (len(changes) - first - 1)
    with h.ben.ws.context.sessions.begin() as s:
        marks = s.scalar(select(func.count()).select_from(Attendance))
    assert marks == 3
    assert h.ben.sharing.problems() == []
