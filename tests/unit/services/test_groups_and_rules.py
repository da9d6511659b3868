"""Groups with agendas, archiving, and versioned rule sets."""

from __future__ import annotations

import sqlite3

import pytest

from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import ValidationError
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.workspace import Workspace, database_path


def test_group_round_trip_and_edit(workspace: Workspace) -> None:
    agenda = (SegmentSpec("Check-in", 10, "round"), SegmentSpec("Talk", 40, "open"))
    created = workspace.groups.create(
        GroupDraft("Grief circle", "weekly", 1, "18:30", 60, 4, agenda)
    )
    assert workspace.groups.get(created.id).agenda == agenda
    changed = workspace.groups.update(
        created.id, GroupDraft("Grief circle", agenda=agenda[::-1], speaker_soft_limit_min=3)
    )
    assert changed.agenda == agenda[::-1] and changed.speaker_soft_limit_min == 3


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (GroupDraft(" "), "name"),
        (GroupDraft("G", start_time="25:00"), "start_time"),
        (GroupDraft("G", default_minutes=5), "default_minutes"),
        (GroupDraft("G", agenda=(SegmentSpec("", 10, "round"),)), "agenda"),
        (GroupDraft("G", agenda=(SegmentSpec("X", 0, "open"),)), "agenda"),
    ],
)
def test_bad_group_input_names_the_field(
    workspace: Workspace, draft: GroupDraft, field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        workspace.groups.create(draft)
    assert info.value.field == field
    assert workspace.groups.list(include_archived=True) == []


def test_archive_hides_but_keeps(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("Old group"))
    workspace.rules.save(group.id, [RuleCardDraft("Be kind", "We are kind to each other.")])
    workspace.groups.set_archived(group.id, True)
    assert workspace.groups.list() == []
    (archived,) = workspace.groups.list(include_archived=True)
    assert archived.archived and workspace.rules.current(group.id) is not None
    assert not workspace.groups.set_archived(group.id, False).archived


def test_rule_sets_are_versioned(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("G"))
    library = workspace.rules.library()
    first = workspace.rules.save(group.id, [RuleCardDraft.from_library(c) for c in library[:3]])
    assert first.version == 1
    assert workspace.rules.save(group.id, list(first.cards)).version == 1  # unchanged: no version
    edited = [first.cards[1], RuleCardDraft("Tea break", "We pause for tea halfway.", "Rest.")]
    second = workspace.rules.save(group.id, edited)
    assert second.version == 2
    assert [c.title for c in workspace.rules.current(group.id).cards] == [
        first.cards[1].title,
        "Tea break",
    ]
    versions = workspace.rules.versions(group.id)
    assert [(v.version, v.card_count) for v in versions] == [(2, 2), (1, 3)]
    assert workspace.rules.get_version(versions[1].id).cards == first.cards


@pytest.mark.parametrize(
    ("card", "field"),
    [(RuleCardDraft("x" * 61, "Fine."), "title"), (RuleCardDraft("Title", "  "), "statement")],
)
def test_bad_cards_are_refused_and_nothing_saved(
    workspace: Workspace, card: RuleCardDraft, field: str
) -> None:
    group = workspace.groups.create(GroupDraft("G"))
    with pytest.raises(ValidationError) as info:
        workspace.rules.save(group.id, [RuleCardDraft("Ok", "Ok."), card])
    assert info.value.field == field and info.value.message.startswith("Card 2:")
    assert workspace.rules.current(group.id) is None


def test_sixty_character_title_is_allowed(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("G"))
    saved = workspace.rules.save(group.id, [RuleCardDraft("x" * 60, "Fine.")])
    assert saved.cards[0].title == "x" * 60


def test_every_listed_group_has_its_own_agenda_once(workspace: Workspace) -> None:
    plans = {
        "Grief circle": (SegmentSpec("Check-in", 10, "round"), SegmentSpec("Talk", 40, "open")),
        "Carers": (SegmentSpec("Arrive", 5, "open"),),
        "Parents": (),
        "Young adults": (SegmentSpec("Round", 15, "round"), SegmentSpec("Close", 5, "round")),
    }
    for name, agenda in plans.items():
        workspace.groups.create(GroupDraft(name, agenda=agenda))
    assert {g.name: g.agenda for g in workspace.groups.list()} == plans


@pytest.mark.parametrize("rev", [-1, 2**63 - 1])
def test_a_group_whose_revision_is_out_of_range_is_damaged(workspace: Workspace, rev: int) -> None:
    group = workspace.groups.create(GroupDraft("Carers")).id  # nothing sealed to open
    workspace.engine.dispose()
    with sqlite3.connect(database_path(workspace.data_dir)) as conn:  # edited outside the app
        conn.execute("UPDATE groups SET rev = ? WHERE id = ?", (rev, group))
    assert workspace.groups.get(group).damaged
