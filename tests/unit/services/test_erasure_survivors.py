"""Erasure, checked where the first tests left room: the counts in the report, notes shared
with others outside the group, damaged notes and members on the way, who keeps their name,
and the job payload that carries the erasure to every backup."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import pytest

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.domain.redaction import Terms, terms_for
from facilitator_desktop.domain.session_note import NoteBody, Section
from facilitator_desktop.errors import RecordDamaged
from facilitator_desktop.services.erasure import HISTORY_TABLES, Erasure, ErasureReport, _matcher
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers.session_notes import small_group, typical_session
from tests.helpers.vault_files import sqlite_files


def damage(ws: Workspace, table: str, row_id: int) -> None:
    """Move a row's revision on without re-sealing it: its fields no longer open."""
    with ws.context.engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE {table} SET rev = rev + 7 WHERE id = ?", (row_id,))


def bodies(ws: Workspace, *note_ids: int) -> list[str]:
    return [ws.notes.get(i).body for i in note_ids]


# --- the report ------------------------------------------------------------------------------


def test_erasure_report_counts_every_note_deleted_and_redacted(workspace: Workspace) -> None:
    """Two notes only about Anna go; two notes of the group and one session note lose her
    name: the report says 2 and 3, not 1."""
    g = small_group(workspace)
    for text in ("Anna alone, first", "Anna alone, second"):
        workspace.notes.create(NoteDraft(text, g.group_id, member_ids=(g.anna,)))
    kept = [
        workspace.notes.create(NoteDraft(text, g.group_id)).id
        for text in ("Anna was late", "Bo drove Anna home")
    ]
    session = typical_session(workspace, g)
    workspace.session_notes.save(session, body=NoteBody((Section("Data", "Anna spoke"),)))
    report = workspace.erasure.erase(g.anna)
    assert (report.notes_deleted, report.notes_redacted) == (2, 3)
    assert bodies(workspace, *kept) == ["[former member] was late", "Bo drove [former member] home"]
    assert workspace.session_notes.open(session).body == NoteBody(
        (Section("Data", "[former member] spoke"),)
    )


# --- notes shared with others ------------------------------------------------------------


def test_erasure_redacts_every_shared_note_outside_the_group(workspace: Workspace) -> None:
    """Notes without a group, linked to Zosia and Bob, are found through their links: each
    of them, however many, loses her name and stays Bob's."""
    group = workspace.groups.create(GroupDraft("Carers")).id
    zosia = workspace.members.add(group, MemberDraft("Zosia")).id
    bob = workspace.members.add(group, MemberDraft("Bob")).id
    shared = [
        workspace.notes.create(NoteDraft(text, member_ids=(zosia, bob))).id
        for text in ("Zosia and Bob met", "Bob phoned Zosia", "Zosia left")
    ]
    report = workspace.erasure.erase(zosia)
    assert (report.notes_deleted, report.notes_redacted) == (0, 3)
    assert bodies(workspace, *shared) == [
        "[former member] and Bob met",
        "Bob phoned [former member]",
        "[former member] left",
    ]
    assert [workspace.notes.get(i).member_ids for i in shared] == [(bob,)] * 3


# --- damaged rows on the way ---------------------------------------------------------------


def test_a_damaged_note_does_not_stop_the_erasure_of_the_notes_after_it(
    workspace: Workspace,
) -> None:
    """A note that cannot be opened stays as it is; the notes after it still lose the name."""
    group = workspace.groups.create(GroupDraft("Carers")).id
    zosia = workspace.members.add(group, MemberDraft("Zosia")).id
    broken = workspace.notes.create(NoteDraft("Zosia, before the damage", group)).id
    later = [
        workspace.notes.create(NoteDraft(text, group)).id for text in ("Zosia came", "Bye Zosia")
    ]
    damage(workspace, "notes", broken)
    report = workspace.erasure.erase(zosia)
    assert report.notes_redacted == 2
    assert bodies(workspace, *later) == ["[former member] came", "Bye [former member]"]
    assert workspace.notes.get(broken).damaged


class MemberRows:
    """A copy's member rows, in the order given: SQLite promises no order without ORDER BY."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self.rows = rows

    def __call__(self, sql: str, params: Sequence[Any] = (), /) -> list[tuple[Any, ...]]:
        return self.rows

    def many(self, sql: str, rows: Sequence[Sequence[Any]], /) -> None:
        raise AssertionError("the matcher only reads")


def test_a_damaged_member_does_not_hide_the_names_of_the_members_after_them() -> None:
    """Erik Lind keeps his surname in notes although a damaged member is read before him."""
    cipher = FieldCipher(os.urandom(32), bytes(16))
    erik = (
        3,
        0,
        cipher.encrypt("members", 3, "alias", 0, "Erik"),
        cipher.encrypt("members", 3, "full_name", 0, "Erik Lind"),
        None,
    )
    damaged = (2, 7, cipher.encrypt("members", 2, "alias", 0, "Cleo"), None, None)
    erasure = Erasure(1, 1, terms_for("Anna", "Anna Lind"))
    matcher = _matcher(MemberRows([damaged, erik]), cipher, erasure)
    assert matcher.find("Anna and Lind came together") == [(0, 4)]


# --- who keeps their name ------------------------------------------------------------------


def note_after_erasing(ws: Workspace, erased: MemberDraft, other: MemberDraft, text: str) -> str:
    """A group of the two members and one note; what the note says once `erased` is erased."""
    group = ws.groups.create(GroupDraft("G")).id
    erased_id = ws.members.add(group, erased).id
    ws.members.add(group, other)
    note = ws.notes.create(NoteDraft(text, group)).id
    ws.erasure.erase(erased_id)
    return ws.notes.get(note).body


def test_a_member_with_contact_details_keeps_a_shared_surname(workspace: Workspace) -> None:
    """Erik's contact details are read like his names: his row counts, and "Lind" stays."""
    erik = MemberDraft("Erik", full_name="Erik Lind", contact="erik@example.org")
    anna = MemberDraft("Anna", full_name="Anna Lind")
    body = note_after_erasing(workspace, anna, erik, "Anna and Lind came together")
    assert body == "[former member] and Lind came together"


def test_an_empty_field_of_another_member_protects_no_word(workspace: Workspace) -> None:
    """Bo has no full name and no contact: nothing of his shields the erased member's name,
    however it is spelt."""
    body = note_after_erasing(
        workspace, MemberDraft("Xxxx"), MemberDraft("Bo"), "Xxxx and Bo came together"
    )
    assert body == "[former member] and Bo came together"


def test_a_member_whose_name_looks_like_an_inflection_keeps_it(workspace: Workspace) -> None:
    """Daniel is erased; Daniela, still in the group, keeps her name although it reads like
    a form of his. "Daniels" goes."""
    body = note_after_erasing(
        workspace,
        MemberDraft("Daniel"),
        MemberDraft("Daniela"),
        "Daniel thanked Daniela for Daniels car",
    )
    assert body == "[former member] thanked Daniela for [former member] car"


def test_the_erased_members_email_address_goes_from_notes(workspace: Workspace) -> None:
    """An address that shares no word with the name is found whole."""
    group = workspace.groups.create(GroupDraft("G")).id
    zofia = workspace.members.add(group, MemberDraft("Zofia", contact="zw1990@example.org")).id
    note = workspace.notes.create(NoteDraft("Write to zw1990@example.org today", group)).id
    workspace.erasure.erase(zofia)
    assert bodies(workspace, note) == ["Write to [former member] today"]


# --- the job payload -------------------------------------------------------------------------


def test_the_erasure_payload_lists_every_term_sorted_under_its_key() -> None:
    """What the job row carries, key by key, and back to the same erasure."""
    erasure = Erasure(3, 4, terms_for("Zosia", "Zofia Kowal", "zk@example.org, +48 601 234 567"))
    payload = erasure.payload()
    assert payload == {
        "member_id": 3,
        "group_id": 4,
        "words": ["kowal", "zofia", "zofiakowal", "zosia"],
        "phones": ["48601234567", "601234567", "8601234567"],
        "emails": ["zk@example.org"],
    }
    assert Erasure.from_payload(payload) == erasure
    assert Erasure.from_payload(payload).terms.emails == frozenset({"zk@example.org"})


def test_a_payload_term_that_is_not_a_list_is_read_as_none() -> None:
    """A text or a null where a list belongs gives no terms, not its letters, nor an error."""
    payload: dict[str, object] = {
        "member_id": "3",
        "group_id": 4,
        "words": "zofia",
        "phones": None,
        "emails": 7,
    }
    assert Erasure.from_payload(payload) == Erasure(3, 4, Terms())


# --- the service -----------------------------------------------------------------------------

NOTHING_PER_TABLE = dict.fromkeys(HISTORY_TABLES, 0)


def test_an_erasure_reports_every_copy_updated_and_removed(workspace: Workspace) -> None:
    """A backup cut short cannot be brought in line: it is removed, and the report names it
    beside the one copy updated."""
    group = workspace.groups.create(GroupDraft("Carers")).id
    zosia = workspace.members.add(group, MemberDraft("Zosia")).id
    workspace.notes.create(NoteDraft("Zosia alone", group, member_ids=(zosia,)))
    workspace.create_backup()
    workspace.create_backup()
    damaged = sqlite_files(workspace.data_dir / "backups")[0]
    data = damaged.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    report = workspace.erasure.erase(zosia)
    assert report == ErasureReport(1, 0, NOTHING_PER_TABLE, 1, (damaged.name,))
    assert not damaged.exists()


def test_an_erasure_without_backups_reports_no_copies(workspace: Workspace) -> None:
    """Nothing beside the workspace: no copy updated, none removed, each field as typed."""
    group = workspace.groups.create(GroupDraft("Carers")).id
    zosia = workspace.members.add(group, MemberDraft("Zosia")).id
    report = workspace.erasure.erase(zosia)
    assert report == ErasureReport(0, 0, NOTHING_PER_TABLE, 0, ())
    assert report.copies_removed == ()


def test_a_damaged_member_is_refused_in_words(workspace: Workspace) -> None:
    """The refusal says why, word for word, and that nothing was erased."""
    group = workspace.groups.create(GroupDraft("Carers")).id
    zosia = workspace.members.add(group, MemberDraft("Zosia")).id
    note = workspace.notes.create(NoteDraft("Zosia came", group)).id
    damage(workspace, "members", zosia)
    with pytest.raises(RecordDamaged) as refused:
        workspace.erasure.erase(zosia)
    assert refused.value.message == (
        "This member's record is damaged, so the names to remove from notes cannot be "
        "read. Nothing has been erased."
    )
    assert bodies(workspace, note) == ["Zosia came"]
