"""What the notes list shows, without a window: one group's notes or every group's, whom
each is about (members who left included), search by a member's full name, the line under
the list at its limits, and a read that fails said in words with nothing listed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.ui.notes import listing
from facilitator_desktop.ui.notes.details import MemberChoice
from facilitator_desktop.ui.notes.listing import NoteLister
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE


class Ticks:
    """A minute apart, so "newest first" is well defined."""

    def __init__(self) -> None:
        self.moment = datetime(2026, 3, 2, 9, 0)

    def __call__(self) -> datetime:
        self.moment += timedelta(minutes=1)
        return self.moment


@pytest.fixture
def ws(data_dir: Path) -> Iterator[Workspace]:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF, now=Ticks()) as opened:
        yield opened


def test_one_group_or_every_group_newest_first(ws: Workspace) -> None:
    carers = ws.groups.create(GroupDraft("Carers")).id
    grief = ws.groups.create(GroupDraft("Grief")).id
    anna = ws.members.add(carers, MemberDraft("Anna", "Anna Lindqvist")).id
    ben = ws.members.add(carers, MemberDraft("Ben")).id
    ws.members.set_left(ben, date(2026, 3, 1))
    first = ws.notes.create(NoteDraft("Anna slept badly", carers, member_ids=(anna,))).id
    second = ws.notes.create(NoteDraft("Ben said goodbye\nMore", carers, member_ids=(ben,))).id
    other = ws.notes.create(NoteDraft("Quiet", grief, follow_up=True)).id
    lister = NoteLister(ws)

    shown = lister.notes(carers, None, "any")
    assert [row.id for row in shown.rows] == [second, first]
    assert [row.title for row in shown.rows] == ["Ben said goodbye", "Anna slept badly"]
    assert shown.aliases == {anna: "Anna", ben: "Ben"}  # Ben left, his notes still say whom
    assert (shown.groups, shown.show_group, shown.hint, shown.error) == ({}, False, "", None)

    about_anna = lister.notes(carers, anna, "any")
    assert [row.id for row in about_anna.rows] == [first]
    assert [row.id for row in lister.notes(carers, None, "open").rows] == []
    assert lister.notes(carers, None, "open").hint == "No notes here yet."

    everywhere = lister.notes(None, None, "any")
    assert [row.id for row in everywhere.rows] == [other, second, first]
    assert everywhere.show_group and everywhere.groups == {carers: "Carers", grief: "Grief"}

    assert lister.no_group().rows == ()
    assert lister.no_group().hint.startswith("Create a group on the Groups page")


def test_whom_a_note_can_be_about(ws: Workspace) -> None:
    carers = ws.groups.create(GroupDraft("Carers")).id
    anna = ws.members.add(carers, MemberDraft("Anna")).id
    ben = ws.members.add(carers, MemberDraft("Ben")).id
    ws.members.set_left(ben, date(2026, 3, 1))
    lister = NoteLister(ws)
    everyone = [MemberChoice(anna, "Anna", True), MemberChoice(ben, "Ben", False)]
    assert lister.members(carers) == everyone
    assert lister.choices(carers, ()) == [MemberChoice(anna, "Anna", True)]
    assert lister.choices(carers, (ben,)) == everyone  # linked before he left
    assert lister.choices(None, (ben,)) == []  # a note of no group is about no one


def test_search_by_full_name_says_whom_it_found(ws: Workspace) -> None:
    carers = ws.groups.create(GroupDraft("Carers")).id
    anna = ws.members.add(carers, MemberDraft("Anna", "Anna Lindqvist")).id
    older = ws.notes.create(NoteDraft("Slept badly", carers, member_ids=(anna,))).id
    ws.notes.create(NoteDraft("Rain outside", carers))
    newer = ws.notes.create(NoteDraft("Called", carers, member_ids=(anna,))).id
    found = NoteLister(ws).search("lindqvist")
    assert [row.id for row in found.rows] == [newer, older]  # neither holds the name
    row = found.rows[1]
    assert row.snippet.startswith("About Anna (Anna Lindqvist) · Slept badly")
    assert [row.snippet[s:e] for s, e in row.spans] == ["Lindqvist"]
    # Two, not one: one would read "1 matching note" once the English catalogue is in.
    assert found.show_group and found.hint == "2 matching notes, from all groups."
    nothing = NoteLister(ws).search("lindqvist rain")
    assert nothing.rows == () and nothing.hint.startswith("No note holds all of these words")


def test_the_line_under_the_list_at_its_limits(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    carers = ws.groups.create(GroupDraft("Carers")).id
    for number in range(3):
        ws.notes.create(NoteDraft(f"Note {number} about the hospital", carers))
    monkeypatch.setattr(listing, "LIST_LIMIT", 2)
    monkeypatch.setattr(listing, "SEARCH_LIMIT", 2)
    lister = NoteLister(ws)
    shown = lister.notes(carers, None, "any")
    assert [row.title for row in shown.rows] == [
        "Note 2 about the hospital",
        "Note 1 about the hospital",
    ]
    assert shown.hint == "The newest 2 notes. Search to find older ones."
    found = lister.search("hospital")
    assert len(found.rows) == 2
    assert found.hint == "The newest 2 matching notes, from all groups. Add a word to narrow."


def test_a_read_that_fails_says_why_and_lists_nothing(ws: Workspace) -> None:
    carers = ws.groups.create(GroupDraft("Carers")).id
    ws.notes.create(NoteDraft("Private", carers))
    lister = NoteLister(ws)
    ws.lock()
    shown = lister.notes(carers, None, "any")
    assert shown.rows == () and shown.error
    found = lister.search("private")
    assert found.rows == () and found.error
    assert lister.members(carers) == [] and lister.aliases({carers}) == {}
