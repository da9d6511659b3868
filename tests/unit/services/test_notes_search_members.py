"""Notes search finds notes by the members they are about: alias or full name, folded like
the text (case and accents), each word in the body or in a name, never across the two."""

from __future__ import annotations

import sqlite3

import pytest

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace, database_path

Setup = tuple[Workspace, int, dict[str, int]]


@pytest.fixture
def setup(workspace: Workspace) -> Setup:
    group = workspace.groups.create(GroupDraft("Thursday"))
    other = workspace.groups.create(GroupDraft("Monday"))
    people = {
        "Anna": workspace.members.add(group.id, MemberDraft("Anna", "Anna Lindqvist")).id,
        "Søren": workspace.members.add(group.id, MemberDraft("Søren", "Søren Ødegård")).id,
        "Ελένη": workspace.members.add(group.id, MemberDraft("Ελένη", "")).id,
        "Ann": workspace.members.add(other.id, MemberDraft("Ann", "Ann Berg")).id,
    }
    return workspace, group.id, people


def bodies(ws: Workspace, text: str) -> list[str]:
    return sorted(hit.note.body for hit in ws.notes.search(text))


def test_alias_and_full_name_find_the_notes_about_the_member(setup: Setup) -> None:
    ws, gid, m = setup
    ws.notes.create(NoteDraft("Slept badly all week", gid, member_ids=(m["Anna"],)))
    ws.notes.create(NoteDraft("New job, relieved", gid, member_ids=(m["Søren"],)))
    ws.notes.create(NoteDraft("Room was cold", gid))
    assert bodies(ws, "Anna") == ["Slept badly all week"]
    assert bodies(ws, "lindqvist") == ["Slept badly all week"]  # the full name
    assert bodies(ws, "SØREN") == ["New job, relieved"]  # case folds
    assert bodies(ws, "ødegard") == ["New job, relieved"]  # and accents (å), as in text
    assert bodies(ws, "ελενη") == []  # nobody wrote about her yet


def test_each_word_in_the_text_or_in_a_name(setup: Setup) -> None:
    ws, gid, m = setup
    ws.notes.create(NoteDraft("Slept badly all week", gid, member_ids=(m["Anna"],)))
    ws.notes.create(NoteDraft("Slept well at last", gid, member_ids=(m["Søren"],)))
    ws.notes.create(NoteDraft("Anna slept over at a friend's", gid))
    assert bodies(ws, "anna slept") == ["Anna slept over at a friend's", "Slept badly all week"]
    assert bodies(ws, "lindqvist well") == []  # every word must be found
    assert bodies(ws, '"anna lindqvist" badly') == ["Slept badly all week"]


def test_a_term_never_runs_from_the_text_into_a_name(setup: Setup) -> None:
    ws, gid, m = setup
    ws.notes.create(NoteDraft("Talked about Nor", gid, member_ids=(m["Anna"],)))
    # "nor" + "anna" joined would read "noranna": not a match.
    assert bodies(ws, '"nor anna"') == []
    assert bodies(ws, '"noranna"') == []
    assert bodies(ws, "nor anna") == ["Talked about Nor"]


def test_why_a_note_was_found_is_said(setup: Setup) -> None:
    ws, gid, m = setup
    ws.notes.create(NoteDraft("Both came late", gid, member_ids=(m["Anna"], m["Søren"])))
    (hit,) = ws.notes.search("lindqvist")
    assert hit.about == ((m["Anna"], "Anna (Anna Lindqvist)"),)  # the full name matched
    assert hit.spans == ()  # nothing to mark in the text
    assert hit.snippet.text == "Both came late"
    (hit,) = ws.notes.search("anna")
    assert hit.about == ((m["Anna"], "Anna"),)  # the alias was enough
    (hit,) = ws.notes.search("late")
    assert hit.about == ()  # found by its text alone


def test_members_of_every_group_and_left_members(setup: Setup) -> None:
    ws, gid, m = setup
    other = ws.members.get(m["Ann"]).group_id
    ws.notes.create(NoteDraft("Moved house", other, member_ids=(m["Ann"],)))
    ws.notes.create(NoteDraft("Last session", gid, member_ids=(m["Anna"],)))
    assert bodies(ws, "ann") == ["Last session", "Moved house"]  # "ann" is in "Anna" too
    assert bodies(ws, "berg") == ["Moved house"]
    ws.members.set_left(m["Anna"], ws.context.now().date())
    assert bodies(ws, "lindqvist") == ["Last session"]  # a member who left still counts


def test_a_damaged_member_finds_nothing_and_breaks_nothing(setup: Setup) -> None:
    ws, gid, m = setup
    ws.notes.create(NoteDraft("Slept badly", gid, member_ids=(m["Anna"],)))
    ws.notes.create(NoteDraft("New job", gid, member_ids=(m["Søren"],)))
    ws.engine.dispose()  # no pooled connection holds a stale view
    db = sqlite3.connect(database_path(ws.data_dir))
    with db:  # someone edits the file: Anna's alias is now garbage
        db.execute("UPDATE members SET alias_ct = x'00112233' WHERE id = ?", (m["Anna"],))
    db.close()
    assert bodies(ws, "anna") == []
    assert bodies(ws, "søren") == ["New job"]
    assert bodies(ws, "slept") == ["Slept badly"]  # the note itself is fine


def test_hostile_search_text_is_only_text(setup: Setup) -> None:
    ws, gid, m = setup
    ws.notes.create(NoteDraft("Plain", gid, member_ids=(m["Anna"],)))
    for text in ("%", "_", "' OR 1=1 --", ".*", "\\", "a\x00b", "(", '"'):
        assert ws.notes.search(text) == []
