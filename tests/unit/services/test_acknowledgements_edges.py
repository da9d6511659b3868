"""Acknowledgements read back whole: what `record` returns, and a member's signatures with
rule set ids that differ from their version numbers, so a swapped column shows."""

from __future__ import annotations

from datetime import date

from facilitator_desktop.services.acknowledgements import AcknowledgementInfo
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.workspace import Workspace


def _rule_sets(ws: Workspace, group_id: int, how_many: int) -> list[int]:
    return [
        ws.rules.save(group_id, [RuleCardDraft("Kind", f"We are kind, take {n}.")]).id
        for n in range(how_many)
    ]


def test_record_returns_what_it_stored(workspace: Workspace) -> None:
    ws = workspace
    other = ws.groups.create(GroupDraft("Other"))
    _rule_sets(ws, other.id, 3)  # rule set ids run ahead of this group's versions
    group = ws.groups.create(GroupDraft("G"))
    ws.members.add(group.id, MemberDraft("Someone first"))
    anna = ws.members.add(group.id, MemberDraft("Anna")).id
    first, second = _rule_sets(ws, group.id, 2)
    assert (first, second) != (1, 2)
    info = ws.acknowledgements.record(anna, second, date(2026, 3, 4))
    assert info == AcknowledgementInfo(anna, second, 2, date(2026, 3, 4))
    again = ws.acknowledgements.record(anna, second, date(2026, 3, 11))
    assert again == AcknowledgementInfo(anna, second, 2, date(2026, 3, 11))
    assert ws.acknowledgements.for_member(anna) == [again]


def test_a_members_signatures_newest_version_first(workspace: Workspace) -> None:
    ws = workspace
    other = ws.groups.create(GroupDraft("Other"))
    _rule_sets(ws, other.id, 2)
    group = ws.groups.create(GroupDraft("G"))
    ws.members.add(group.id, MemberDraft("Someone first"))
    anna, bob = (ws.members.add(group.id, MemberDraft(a)).id for a in ("Anna", "Bob"))
    v1, v2, v3 = _rule_sets(ws, group.id, 3)
    ws.acknowledgements.record(anna, v1, date(2026, 1, 5))
    ws.acknowledgements.record(anna, v3, date(2026, 3, 2))
    ws.acknowledgements.record(anna, v2, date(2026, 2, 2))
    ws.acknowledgements.record(bob, v2, date(2026, 2, 9))
    assert ws.acknowledgements.for_member(anna) == [
        AcknowledgementInfo(anna, v3, 3, date(2026, 3, 2)),
        AcknowledgementInfo(anna, v2, 2, date(2026, 2, 2)),
        AcknowledgementInfo(anna, v1, 1, date(2026, 1, 5)),
    ]
    assert ws.acknowledgements.for_member(bob) == [
        AcknowledgementInfo(bob, v2, 2, date(2026, 2, 9))
    ]
