"""A rule card's "why" has a length limit like its title: the rules service refuses a card
past it (naming the card and the field, storing nothing), the rule list model flags it, and
the message says how long a reason may be, in words a translator can carry."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator_desktop.domain.validation import RULE_WHY_MAX, clean
from facilitator_desktop.errors import Phrase, ValidationError
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.ui.qmodels.rule_cards import card_problem
from facilitator_desktop.workspace import Workspace

KIND = RuleCardDraft("Be kind", "We are kind to each other.")


def test_a_why_at_the_limit_is_kept_whole(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("Tuesday circle"))
    why = "w" * RULE_WHY_MAX
    saved = workspace.rules.save(group.id, [RuleCardDraft("Listen", "One at a time.", why)])
    assert saved.cards[0].why == why


def test_a_why_past_the_limit_is_refused_naming_the_card(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("Tuesday circle"))
    workspace.rules.save(group.id, [KIND])
    too_long = RuleCardDraft("Listen", "One at a time.", "w" * (RULE_WHY_MAX + 1))
    with pytest.raises(ValidationError) as refused:
        workspace.rules.save(group.id, [KIND, too_long])
    error = refused.value
    assert error.field == "why"
    assert error.message == (
        f"Card 2: Keep the reason under {RULE_WHY_MAX} characters: it prints under the rule."
    )
    # The card's number and the card's problem travel apart, each translatable.
    assert error.template == "Card {index}: {problem}"
    assert error.params["index"] == 2
    assert isinstance(error.params["problem"], Phrase)
    (version,) = workspace.rules.versions(group.id)
    assert version.card_count == 1  # nothing of the refused save was stored


def test_invisible_characters_do_not_count_towards_the_limit(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("Tuesday circle"))
    padded = "\u200b" + "w" * RULE_WHY_MAX + "  \u2066"
    saved = workspace.rules.save(group.id, [RuleCardDraft("Listen", "One at a time.", padded)])
    assert saved.cards[0].why == "w" * RULE_WHY_MAX


@given(st.text(min_size=RULE_WHY_MAX + 1, max_size=RULE_WHY_MAX + 40).filter(str.strip))
@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
def test_the_rule_list_flags_a_card_whose_why_is_too_long(why: str) -> None:
    problem = card_problem(RuleCardDraft("Listen", "One at a time.", why))
    assert (problem is not None) == (len(clean(why)) > RULE_WHY_MAX)  # as cleaning leaves it
    if problem is not None:
        assert problem.field == "why"
        assert str(RULE_WHY_MAX) in problem.message


def test_the_rule_list_flags_a_long_why_and_passes_one_at_the_limit() -> None:
    assert card_problem(RuleCardDraft("Listen", "One at a time.", "w" * RULE_WHY_MAX)) is None
    problem = card_problem(RuleCardDraft("Listen", "One at a time.", "w" * (RULE_WHY_MAX + 1)))
    assert problem is not None and problem.field == "why"
