"""Notes: encrypted bodies, links, follow-ups, search and damaged records."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest

from facilitator_desktop.domain.text_search import Query, match_spans
from facilitator_desktop.errors import VaultLocked
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import DAMAGED_BODY, NoteDraft, NoteFilter
from facilitator_desktop.workspace import Workspace, database_path


@pytest.fixture
def setup(workspace: Workspace) -> tuple[Workspace, int, list[int]]:
    group = workspace.groups.create(GroupDraft("Group"))
    ids = [workspace.members.add(group.id, MemberDraft(a)).id for a in ("Anna", "Bob", "Ελένη")]
    return workspace, group.id, ids


def test_long_body_round_trips_exactly(setup: tuple[Workspace, int, list[int]]) -> None:
    ws, group_id, _ = setup
    body = ("Zeile mit Ümlauten, Ελληνικά, русский, emoji 🌧️\r\n\ttab " * 2000)[:100_000]
    assert len(body) == 100_000
    note = ws.notes.create(NoteDraft(body, group_id=group_id))
    ws.keyring.lock()  # drop the cache: the next read decrypts from disk
    ws.unlock("correct horse battery staple")
    assert ws.notes.get(note.id).body == body


def test_filters_and_newest_first(setup: tuple[Workspace, int, list[int]]) -> None:
    ws, group_id, (anna, bob, _) = setup
    clock = iter(datetime(2026, 1, 1) + timedelta(hours=h) for h in range(100))
    object.__setattr__(ws.context, "now", lambda: next(clock))
    first = ws.notes.create(NoteDraft("about Anna", group_id=group_id, member_ids=(anna,)))
    second = ws.notes.create(NoteDraft("both", group_id=group_id, member_ids=(anna, bob)))
    third = ws.notes.create(
        NoteDraft("call Bob", group_id=group_id, member_ids=(bob,), follow_up=True)
    )
    assert [n.id for n in ws.notes.find()] == [third.id, second.id, first.id]
    assert [n.id for n in ws.notes.find(NoteFilter(member_id=anna))] == [second.id, first.id]
    assert [n.id for n in ws.notes.find(NoteFilter(follow_up="open"))] == [third.id]
    ws.notes.set_done(third.id)
    assert ws.notes.find(NoteFilter(follow_up="open")) == []
    assert [n.id for n in ws.notes.find(NoteFilter(follow_up="done"))] == [third.id]
    assert ws.notes.get(second.id).member_ids == (anna, bob)


def test_follow_ups_sorted_by_due_date(setup: tuple[Workspace, int, list[int]]) -> None:
    ws, group_id, _ = setup
    undated = ws.notes.create(NoteDraft("undated", group_id=group_id, follow_up=True))
    later = ws.notes.create(
        NoteDraft("later", group_id=group_id, follow_up=True, due_on=date(2026, 3, 1))
    )
    soon = ws.notes.create(
        NoteDraft("soon", group_id=group_id, follow_up=True, due_on=date(2026, 2, 1))
    )
    plain = ws.notes.create(NoteDraft("no follow-up", group_id=group_id, due_on=date(2026, 1, 1)))
    assert [n.id for n in ws.notes.follow_ups()] == [soon.id, later.id, undated.id]
    # A due date means nothing without a follow-up: it is not kept.
    assert plain.due_on is None and ws.notes.get(plain.id).due_on is None


def test_search_is_case_and_accent_insensitive(setup: tuple[Workspace, int, list[int]]) -> None:
    ws, group_id, _ = setup
    hit = ws.notes.create(NoteDraft("Ελένη mentioned her Café visit\nand the garden", group_id))
    ws.notes.create(NoteDraft("Nothing relevant", group_id))
    results = ws.notes.search("cafe ΕΛΕΝΗ")
    assert [r.note.id for r in results] == [hit.id]
    body = results[0].note.body
    assert [body[s:e] for s, e in results[0].spans] == ["Ελένη", "Café"]
    assert ws.notes.search("   ") == [] and ws.notes.search("garden missing") == []
    assert [r.note.id for r in ws.notes.search('"the garden"')] == [hit.id]


def test_search_sees_edits_and_forgets_on_lock(setup: tuple[Workspace, int, list[int]]) -> None:
    ws, group_id, _ = setup
    note = ws.notes.create(NoteDraft("first draft", group_id))
    ws.notes.save_body(note.id, "second thoughts")
    assert ws.notes.search("draft") == []
    assert len(ws.notes.search("thoughts")) == 1
    ws.lock()
    with pytest.raises(VaultLocked):
        ws.notes.search("thoughts")


def test_a_tampered_note_is_damaged_and_the_others_open(
    setup: tuple[Workspace, int, list[int]],
) -> None:
    ws, group_id, _ = setup
    good = ws.notes.create(NoteDraft("fine note", group_id))
    bad = ws.notes.create(NoteDraft("will be damaged", group_id))
    ws.engine.dispose()
    with sqlite3.connect(database_path(ws.data_dir)) as conn:
        blob = bytearray(
            conn.execute("SELECT body_ct FROM notes WHERE id=?", (bad.id,)).fetchone()[0]
        )
        blob[20] ^= 0x10
        conn.execute("UPDATE notes SET body_ct=? WHERE id=?", (bytes(blob), bad.id))
    conn.close()
    ws.keyring.lock()
    ws.unlock("correct horse battery staple")
    damaged = ws.notes.get(bad.id)
    assert damaged.damaged and damaged.body == DAMAGED_BODY
    assert ws.notes.get(good.id).body == "fine note"
    assert [r.note.id for r in ws.notes.search("fine")] == [good.id]


def test_delete_removes_the_row(setup: tuple[Workspace, int, list[int]]) -> None:
    ws, group_id, (anna, _, _) = setup
    note = ws.notes.create(NoteDraft("to delete", group_id, member_ids=(anna,)))
    ws.notes.delete(note.id)
    assert ws.notes.find() == []
    assert ws.notes.ids_for_member(anna) == []


def test_match_spans_map_back_through_folding() -> None:
    text = "Straße café STRASSE"
    spans = match_spans(text, Query.parse("strasse CAFE"))
    assert [text[s:e] for s, e in spans] == ["Straße", "café", "STRASSE"]
