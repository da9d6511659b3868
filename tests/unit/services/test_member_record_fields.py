"""A member's page holds that member and what is theirs: their details, the notes about
them (not another member's, not the group's), the rule sets they signed (newest version
first), and a quiet run of 0 while they have never been marked in a session."""

from __future__ import annotations

from datetime import date, datetime

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers.session_notes import Sitting, TurnSpec, write_session


def test_member_page_of_someone_never_marked_has_no_quiet_run(workspace: Workspace) -> None:
    """No session yet, then sessions without them: nothing to be quiet in, 0, not an error."""
    ws = workspace
    group = ws.groups.create(GroupDraft("G")).id
    ann = ws.members.add(group, MemberDraft("Ann")).id
    record = ws.history.member_record(ann)
    assert (record.silent_streak, record.sessions, record.turns, record.passes) == (0, (), 0, 0)
    assert record.attendance.sessions == 0

    bo = ws.members.add(group, MemberDraft("Bo")).id
    cy = ws.members.add(group, MemberDraft("Cy")).id
    for day in (5, 12, 19):  # Bo is quiet three times; Ann is never marked
        sitting = Sitting(
            started_at=datetime(2026, 3, day, 17),
            marks={bo: ("present", None, None), cy: ("present", None, None)},
            turns=(TurnSpec(bo, 0, 10, 5), TurnSpec(cy, 0, 20, 600)),
        )
        write_session(ws, group, sitting)
    assert ws.history.member_record(bo).silent_streak == 3
    assert ws.history.member_record(ann).silent_streak == 0


def test_member_page_holds_their_details_notes_and_signatures(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G")).id
    ann = ws.members.add(group, MemberDraft("Ann", full_name="Ann Lee", contact="ann@x")).id
    bo = ws.members.add(group, MemberDraft("Bo")).id
    about_ann = ws.notes.create(NoteDraft("Call Ann", group, member_ids=(ann,), follow_up=True))
    ws.notes.create(NoteDraft("Call Bo", group, member_ids=(bo,), follow_up=True))
    ws.notes.create(NoteDraft("Room booked", group))
    both = ws.notes.create(NoteDraft("Ann and Bo paired", group, member_ids=(ann, bo)))
    v1 = ws.rules.save(group, [RuleCardDraft("Kind", "We are kind.")])
    ws.acknowledgements.record(ann, v1.id, date(2026, 1, 6))
    ws.acknowledgements.record(bo, v1.id, date(2026, 1, 7))
    v2 = ws.rules.save(group, [RuleCardDraft("Kind", "We are kind to each other.")])
    ws.acknowledgements.record(ann, v2.id, date(2026, 2, 3))

    record = ws.history.member_record(ann)
    assert record.member == ws.members.get(ann)
    assert (record.member.alias, record.member.full_name, record.member.contact) == (
        "Ann",
        "Ann Lee",
        "ann@x",
    )
    assert sorted(n.body for n in record.notes) == ["Ann and Bo paired", "Call Ann"]
    assert {n.id for n in record.notes} == {about_ann.id, both.id}
    assert [n.body for n in record.open_follow_ups] == ["Call Ann"]
    signed = [(a.member_id, a.rule_set_id, a.version, a.signed_on) for a in record.acknowledgements]
    assert signed == [(ann, v2.id, 2, date(2026, 2, 3)), (ann, v1.id, 1, date(2026, 1, 6))]
    assert isinstance(record.notes, tuple) and isinstance(record.acknowledgements, tuple)

    bo_record = ws.history.member_record(bo)
    assert bo_record.member.alias == "Bo"
    assert sorted(n.body for n in bo_record.notes) == ["Ann and Bo paired", "Call Bo"]
    assert [(a.member_id, a.version) for a in bo_record.acknowledgements] == [(bo, 1)]
