"""Rule sets read back whole: a card taken from the library keeps every field, the list of
versions carries each one's id, number, date and card count (ids apart from version
numbers, so a swapped column shows), and a version that is gone is refused word for word.
A saved card keeps its library key; the library falls back to English for a language it
has no file for."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from facilitator_desktop.errors import NotFound
from facilitator_desktop.services import rules as rules_module
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.rule_library import LibraryCard
from facilitator_desktop.services.rules import RuleCardDraft, RuleSetSummary
from facilitator_desktop.workspace import Workspace


def test_a_library_card_keeps_every_field() -> None:
    card = LibraryCard("phones", "Phones", "Phones stay away.", "So everyone is here.")
    assert RuleCardDraft.from_library(card) == RuleCardDraft(
        "Phones", "Phones stay away.", "So everyone is here.", "phones"
    )


def test_versions_whole_newest_first(workspace: Workspace) -> None:
    ws = workspace
    wall = [datetime(2026, 1, 6, 18, 0)]
    object.__setattr__(ws.context, "now", lambda: wall[0])
    other = ws.groups.create(GroupDraft("Other"))
    ws.rules.save(other.id, [RuleCardDraft("Kind", "We are kind.")])
    group = ws.groups.create(GroupDraft("G"))
    first = ws.rules.save(group.id, [RuleCardDraft("Kind", "We are kind.")])
    wall[0] += timedelta(days=7)
    second = ws.rules.save(
        group.id,
        [
            RuleCardDraft("Kind", "We are kind."),
            RuleCardDraft("Pass", "Anyone may pass."),
            RuleCardDraft("Time", "We start on time."),
        ],
    )
    assert (first.id, second.id) != (1, 2)
    assert ws.rules.versions(group.id) == [
        RuleSetSummary(second.id, 2, datetime(2026, 1, 13, 18, 0), 3),
        RuleSetSummary(first.id, 1, datetime(2026, 1, 6, 18, 0), 1),
    ]


def test_a_version_that_is_gone(workspace: Workspace) -> None:
    with pytest.raises(NotFound) as gone:
        workspace.rules.get_version(999)
    assert gone.value.message == "That rule set version no longer exists."


def test_a_saved_card_keeps_its_library_key_and_group(workspace: Workspace) -> None:
    ws = workspace
    ws.groups.create(GroupDraft("Other"))
    group = ws.groups.create(GroupDraft("G"))
    card = RuleCardDraft(" Phones ", "Phones stay away.", "", "phones")
    saved = ws.rules.save(group.id, [card])
    current = ws.rules.current(group.id)
    assert current == saved
    assert (saved.group_id, saved.cards) == (
        group.id,
        (RuleCardDraft("Phones", "Phones stay away.", "", "phones"),),
    )


def test_library_in_a_language_and_the_fallback(workspace: Workspace) -> None:
    english = workspace.rules.library()
    german = workspace.rules.library("de")
    assert [c.key for c in german] == [c.key for c in english]
    assert [c.title for c in german] != [c.title for c in english]
    # No file for the language: the English cards, not an error.
    assert workspace.rules.library("xx") == english


def test_rules_for_a_group_that_is_gone(workspace: Workspace) -> None:
    with pytest.raises(NotFound) as gone:
        workspace.rules.save(999, [RuleCardDraft("Kind", "We are kind.")])
    assert gone.value.message == "That group no longer exists."
    assert workspace.rules.versions(999) == []


def test_an_emptied_rule_set_counts_no_cards(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("G"))
    workspace.rules.save(group.id, [RuleCardDraft("Kind", "We are kind.")])
    emptied = workspace.rules.save(group.id, [])
    assert [(v.version, v.card_count) for v in workspace.rules.versions(group.id)] == [
        (emptied.version, 0),
        (1, 1),
    ]


def test_a_damaged_library_file(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    english = workspace.rules.library()
    real = rules_module.load_library

    def damaged_german(*, language: str) -> tuple[LibraryCard, ...]:
        if language in ("de", "xx-en-damaged"):
            raise ValueError("not JSON")
        return real(language=language)

    monkeypatch.setattr(rules_module, "load_library", damaged_german)
    # A translation that cannot be read: the English cards instead.
    assert workspace.rules.library("de") == english
    # The English file itself damaged: that is an error, not a silent empty library.
    monkeypatch.setattr(rules_module, "SOURCE_LANGUAGE", "xx-en-damaged")
    with pytest.raises(ValueError, match="not JSON"):
        workspace.rules.library("xx-en-damaged")
