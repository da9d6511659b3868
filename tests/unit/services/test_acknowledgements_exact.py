"""Each member's latest signature, whole: which rule set, which version, which day; and the
refusals a facilitator can meet, word for word."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator_desktop.errors import NotFound
from facilitator_desktop.services.acknowledgements import AcknowledgementInfo
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.workspace import Workspace


def test_latest_signature_of_each_member_whole(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G"))
    other = ws.groups.create(GroupDraft("Other"))
    anna, bob = (ws.members.add(group.id, MemberDraft(a)).id for a in ("Anna", "Bob"))
    zed = ws.members.add(other.id, MemberDraft("Zed")).id
    elsewhere = ws.rules.save(other.id, [RuleCardDraft("Phones", "Phones away.")])
    ws.acknowledgements.record(zed, elsewhere.id, date(2026, 1, 1))
    v1 = ws.rules.save(group.id, [RuleCardDraft("Kind", "We are kind.")])
    v2 = ws.rules.save(group.id, [RuleCardDraft("Kind", "We are kind to each other.")])
    # Signed newest first: the latest is the highest version, not the last recorded.
    ws.acknowledgements.record(anna, v2.id, date(2026, 2, 3))
    ws.acknowledgements.record(anna, v1.id, date(2026, 1, 6))
    ws.acknowledgements.record(bob, v1.id, date(2026, 1, 7))
    assert ws.acknowledgements.latest_by_member(group.id) == {
        anna: AcknowledgementInfo(anna, v2.id, 2, date(2026, 2, 3)),
        bob: AcknowledgementInfo(bob, v1.id, 1, date(2026, 1, 7)),
    }
    assert ws.acknowledgements.latest_by_member(other.id) == {
        zed: AcknowledgementInfo(zed, elsewhere.id, 1, date(2026, 1, 1))
    }


def test_refusals_word_for_word(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G"))
    anna = ws.members.add(group.id, MemberDraft("Anna")).id
    rules = ws.rules.save(group.id, [RuleCardDraft("Kind", "We are kind.")])
    for member_id, rule_set_id in ((999, rules.id), (anna, 999)):
        with pytest.raises(NotFound) as gone:
            ws.acknowledgements.record(member_id, rule_set_id, date(2026, 1, 6))
        assert gone.value.message == "That member or rule set no longer exists."
    other = ws.groups.create(GroupDraft("Other"))
    foreign = ws.rules.save(other.id, [RuleCardDraft("Kind", "We are kind.")])
    with pytest.raises(NotFound) as foreign_set:
        ws.acknowledgements.record(anna, foreign.id, date(2026, 1, 6))
    assert foreign_set.value.message == "That rule set belongs to another group."
    assert ws.acknowledgements.for_member(anna) == []
