"""What the handout services hand to the PDF builders, compared whole: the defaults the
screens rely on, every card's why, the facilitator's name, members in seat order."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator_desktop.handouts.data import RuleCardData, RuleCardsData, SignInSheetData
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.handout_data import FacilitatorProfile, NoRuleSet
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.workspace import Workspace


def test_rule_cards_with_the_defaults(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("Tuesdays"))
    with pytest.raises(NoRuleSet):
        ws.handout_data.rule_cards(group.id)
    ws.rules.save(
        group.id,
        [
            RuleCardDraft("Kind", "We are kind.", "It keeps us safe."),
            RuleCardDraft("Pass", "Pass."),
        ],
    )
    assert ws.handout_data.rule_cards(group.id) == RuleCardsData(
        "Tuesdays",
        (RuleCardData("Kind", "We are kind.", "It keeps us safe."), RuleCardData("Pass", "Pass.")),
        layout="cut",
        per_page=4,
        show_why=True,
    )
    chosen = ws.handout_data.rule_cards(group.id, layout="tent", per_page=2, show_why=False)
    assert (chosen.layout, chosen.per_page, chosen.show_why) == ("tent", 2, False)


def test_sign_in_sheet_with_the_defaults(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("Tuesdays"))
    ids = [ws.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Ελένη", "Cy")]
    ws.members.reorder(group.id, [ids[2]])
    ws.handout_data.save_profile(FacilitatorProfile("  Jo  ", "", ""))
    assert ws.handout_data.sign_in_sheet(group.id, date(2026, 1, 6)) == SignInSheetData(
        "Tuesdays", date(2026, 1, 6), ("Cy", "Ann", "Ελένη"), guest_lines=3, facilitator_name="Jo"
    )
    assert ws.handout_data.sign_in_sheet(group.id, date(2026, 1, 6), guest_lines=0).guest_lines == 0
