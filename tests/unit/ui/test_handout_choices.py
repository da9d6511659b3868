"""The Handouts page's options as plain values: what each handout prints comes from what
the forms say (the page's details over the stored ones, no name when no acknowledgement is
asked for), a summary with no session is said, not guessed; the next meeting day."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator_desktop.demo import populate
from facilitator_desktop.errors import NotFound
from facilitator_desktop.handouts.data import (
    GroundRulesData,
    RuleCardsData,
    SessionSummaryData,
    SignInSheetData,
)
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.handout_data import FacilitatorProfile, NoRuleSet
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteFilter
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.ui.handouts.choices import HandoutChoices, collect, next_meeting
from facilitator_desktop.ui.handouts.requests import HandoutKind
from facilitator_desktop.workspace import Workspace

DAY = date(2026, 2, 3)
TYPED = FacilitatorProfile("Sam (typed, not saved yet)", "sam@example.org", "Line 116 123")


@pytest.fixture
def group(workspace: Workspace) -> tuple[int, int]:
    """A group with rules and two members; returns (group id, the second member's id)."""
    group_id = workspace.groups.create(GroupDraft("Carers")).id
    workspace.rules.save(group_id, [RuleCardDraft("Listen", "We listen.", "Because.")])
    workspace.members.add(group_id, MemberDraft("Anna"))
    eleni = workspace.members.add(group_id, MemberDraft("Ελένη")).id
    workspace.handout_data.save_profile(FacilitatorProfile("Jo", "jo@example.org", ""))
    return group_id, eleni


def test_ground_rules_print_the_typed_details_and_the_chosen_name(
    workspace: Workspace, group: tuple[int, int]
) -> None:
    group_id, eleni = group
    choices = HandoutChoices(
        HandoutKind.GROUND_RULES, DAY, welcome="Welcome, all", member_id=eleni, profile=TYPED
    )
    data = collect(workspace.handout_data, group_id, choices)
    assert isinstance(data, GroundRulesData)
    assert (data.welcome, data.member_alias) == ("Welcome, all", "Ελένη")
    assert data.acknowledgement
    assert (data.facilitator_name, data.facilitator_contact, data.support_line) == (
        TYPED.name,
        TYPED.contact,
        TYPED.support_line,
    )

    # No acknowledgement asked for: no name, whoever is chosen in the combo.
    unsigned = HandoutChoices(
        HandoutKind.GROUND_RULES, DAY, acknowledgement=False, member_id=eleni, profile=TYPED
    )
    data = collect(workspace.handout_data, group_id, unsigned)
    assert isinstance(data, GroundRulesData)
    assert (data.acknowledgement, data.member_alias) == (False, None)


def test_cards_and_sign_in_sheet_take_their_options(
    workspace: Workspace, group: tuple[int, int]
) -> None:
    group_id, _ = group
    cards = HandoutChoices(
        HandoutKind.RULE_CARDS, DAY, card_layout="tent", per_page=6, show_why=False
    )
    data = collect(workspace.handout_data, group_id, cards)
    assert isinstance(data, RuleCardsData)
    assert (data.layout, data.per_page, data.show_why) == ("tent", 6, False)

    sheet = HandoutChoices(HandoutKind.SIGN_IN_SHEET, DAY, guest_lines=0, profile=TYPED)
    data = collect(workspace.handout_data, group_id, sheet)
    assert isinstance(data, SignInSheetData)
    assert (data.date, data.guest_lines, data.aliases) == (DAY, 0, ("Anna", "Ελένη"))
    assert data.facilitator_name == TYPED.name


def test_a_summary_without_a_session_is_none_and_a_missing_one_is_refused(
    workspace: Workspace, group: tuple[int, int]
) -> None:
    group_id, _ = group
    none_yet = HandoutChoices(HandoutKind.SESSION_SUMMARY, DAY)
    assert collect(workspace.handout_data, group_id, none_yet) is None
    gone = HandoutChoices(HandoutKind.SESSION_SUMMARY, DAY, session_id=999)
    with pytest.raises(NotFound):
        collect(workspace.handout_data, group_id, gone)


def test_a_group_without_rules_is_refused_with_the_reason(workspace: Workspace) -> None:
    bare = workspace.groups.create(GroupDraft("Parents")).id
    with pytest.raises(NoRuleSet) as refused:
        collect(workspace.handout_data, bare, HandoutChoices(HandoutKind.GROUND_RULES, DAY))
    assert "no ground rules yet" in refused.value.message
    data = collect(workspace.handout_data, bare, HandoutChoices(HandoutKind.SIGN_IN_SHEET, DAY))
    assert isinstance(data, SignInSheetData) and data.aliases == ()


def test_private_notes_only_when_asked(workspace: Workspace) -> None:
    group_id = populate(workspace, groups=1, weeks=3)[0]
    session_id = next(
        row.id
        for row in workspace.history.sessions(group_id)
        if workspace.notes.find(NoteFilter(session_id=row.id))
    )
    plain = HandoutChoices(HandoutKind.SESSION_SUMMARY, DAY, session_id=session_id)
    data = collect(workspace.handout_data, group_id, plain)
    assert isinstance(data, SessionSummaryData) and data.notes == ()
    asked = HandoutChoices(
        HandoutKind.SESSION_SUMMARY, DAY, session_id=session_id, include_notes=True
    )
    data = collect(workspace.handout_data, group_id, asked)
    assert isinstance(data, SessionSummaryData) and data.notes


@pytest.mark.parametrize(
    ("weekday", "expected"),
    [
        (None, DAY),  # no weekday set: today
        (1, DAY),  # meets on Tuesdays: today (a Tuesday)
        (3, date(2026, 2, 5)),  # Thursday this week
        (0, date(2026, 2, 9)),  # Monday next week, never a day in the past
        (6, date(2026, 2, 8)),
    ],
)
def test_next_meeting_day(weekday: int | None, expected: date) -> None:
    assert next_meeting(weekday, DAY) == expected
