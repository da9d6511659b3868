"""Members acknowledge a specific rule set version; history keeps each version they signed."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator_desktop.errors import NotFound
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.workspace import Workspace


def test_versions_signed_are_kept(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("G"))
    anna = workspace.members.add(group.id, MemberDraft("Anna"))
    bob = workspace.members.add(group.id, MemberDraft("Bob"))
    v1 = workspace.rules.save(group.id, [RuleCardDraft("Kind", "We are kind.")])
    workspace.acknowledgements.record(anna.id, v1.id, date(2026, 1, 6))
    v2 = workspace.rules.save(group.id, [RuleCardDraft("Kind", "We are kind to each other.")])
    workspace.acknowledgements.record(anna.id, v2.id, date(2026, 2, 3))
    workspace.acknowledgements.record(anna.id, v2.id, date(2026, 2, 10))  # re-signed: updated
    history = workspace.acknowledgements.for_member(anna.id)
    assert [(a.version, a.signed_on) for a in history] == [
        (2, date(2026, 2, 10)),
        (1, date(2026, 1, 6)),
    ]
    latest = workspace.acknowledgements.latest_by_member(group.id)
    assert latest[anna.id].version == 2 and bob.id not in latest


def test_rule_set_of_another_group_is_refused(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("G"))
    other = workspace.groups.create(GroupDraft("Other"))
    anna = workspace.members.add(group.id, MemberDraft("Anna"))
    foreign = workspace.rules.save(other.id, [RuleCardDraft("Kind", "We are kind.")])
    with pytest.raises(NotFound):
        workspace.acknowledgements.record(anna.id, foreign.id, date(2026, 1, 6))
