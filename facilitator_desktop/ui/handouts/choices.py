"""What the Handouts page's options say, as plain values, and the data a handout prints.

The page reads its forms into one `HandoutChoices` when a build starts; `collect` turns it
into the frozen data the ReportLab build takes (one short service read on the GUI thread).
No widget and no Qt here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, timedelta

from facilitator_desktop.handouts.data import CardLayout, CardsPerPage
from facilitator_desktop.services.handout_data import FacilitatorProfile, HandoutDataService
from facilitator_desktop.ui.handouts.jobs import HandoutData
from facilitator_desktop.ui.handouts.requests import HandoutKind

KINDS: tuple[HandoutKind, ...] = tuple(HandoutKind)


@dataclass(frozen=True, slots=True)
class HandoutChoices:
    kind: HandoutKind
    day: date  # of the sign-in sheet
    # Ground rules.
    welcome: str = ""
    acknowledgement: bool = True
    member_id: int | None = None  # None: a blank name line on the acknowledgement
    # Rule cards.
    card_layout: CardLayout = "cut"
    per_page: CardsPerPage = 4
    show_why: bool = True
    # Sign-in sheet.
    guest_lines: int = 3
    # Session summary.
    session_id: int | None = None
    include_notes: bool = False
    # On ground rules and sign-in sheets.
    profile: FacilitatorProfile = field(default_factory=FacilitatorProfile)


def collect(
    source: HandoutDataService, group_id: int, choices: HandoutChoices
) -> HandoutData | None:
    """What the chosen handout prints. None for a session summary with no session chosen
    (none has finished yet). Raises FacilitatorError when the data cannot be read."""
    profile = choices.profile
    if choices.kind is HandoutKind.GROUND_RULES:
        return dataclasses.replace(
            source.ground_rules(
                group_id,
                member_id=choices.member_id if choices.acknowledgement else None,
                acknowledgement=choices.acknowledgement,
                welcome=choices.welcome,
            ),
            facilitator_name=profile.name,
            facilitator_contact=profile.contact,
            support_line=profile.support_line,
        )
    if choices.kind is HandoutKind.RULE_CARDS:
        return source.rule_cards(
            group_id,
            layout=choices.card_layout,
            per_page=choices.per_page,
            show_why=choices.show_why,
        )
    if choices.kind is HandoutKind.SIGN_IN_SHEET:
        return dataclasses.replace(
            source.sign_in_sheet(group_id, choices.day, guest_lines=choices.guest_lines),
            facilitator_name=profile.name,
        )
    if choices.session_id is None:
        return None
    return source.session_summary(choices.session_id, include_private_notes=choices.include_notes)


def next_meeting(weekday: int | None, today: date) -> date:
    """The group's next meeting day from today (today when it meets today)."""
    if weekday is None:
        return today
    return today + timedelta(days=(weekday - today.weekday()) % 7)
