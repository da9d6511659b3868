"""Any malformed row reads as "this record is damaged", never as an unhandled exception.

Each case edits one row of a closed workspace with sqlite3, the way someone with write
access to the folder (or a failing disk) could: a revision that overflows or is not an
integer, garbage in a date, NULL where a value is required, a number or text where
ciphertext belongs. Then the services are used as the app uses them: the damaged record
is shown as damaged, the others still load, and every edit of it says it is damaged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import FacilitatorError, RecordDamaged
from facilitator_desktop.services.groups import DAMAGED_NAME, GroupDraft
from facilitator_desktop.services.members import DAMAGED_ALIAS, MemberDraft
from facilitator_desktop.services.notes import DAMAGED_BODY, NoteDraft, NoteFilter
from facilitator_desktop.workspace import Workspace, database_path
from tests.conftest import FAST_KDF, PASSPHRASE

INT64_MAX = 9223372036854775807


@dataclass(frozen=True)
class Seeded:
    data_dir: Path
    group: int  # "Tuesday Circle", with a description
    other_group: int  # "Wednesday Walk", no description
    anna: int
    bob: int
    chloe: int
    note: int  # about Anna, a follow-up with a due date
    others: tuple[int, int]


@contextmanager
def raw(data_dir: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(database_path(data_dir))
    try:
        with conn:
            yield conn
    finally:
        conn.close()


def allow_null(data_dir: Path, table: str, column: str) -> None:
    """Drop one NOT NULL from the stored schema, as a hand-rebuilt table would."""
    with raw(data_dir) as conn:
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name=?", (table,)).fetchone()
        declared = [part for part in sql.split(",") if part.strip().startswith(column + " ")]
        assert len(declared) == 1 and "NOT NULL" in declared[0], declared
        relaxed = sql.replace(declared[0], declared[0].replace(" NOT NULL", ""))
        version = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("UPDATE sqlite_master SET sql=? WHERE name=?", (relaxed, table))
        conn.execute(f"PRAGMA schema_version={version + 1}")


def damage(data_dir: Path, table: str, row_id: int, assignment: str) -> None:
    column = assignment.split("=")[0].strip()
    if assignment.replace(" ", "").endswith("=NULL"):
        allow_null(data_dir, table, column)
    with raw(data_dir) as conn:
        assert conn.execute(f"UPDATE {table} SET {assignment} WHERE id=?", (row_id,)).rowcount


@pytest.fixture
def seeded(data_dir: Path) -> Seeded:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        group = ws.groups.create(GroupDraft("Tuesday Circle", "For carers of a parent")).id
        other = ws.groups.create(GroupDraft("Wednesday Walk")).id
        anna = ws.members.add(group, MemberDraft("Anna", full_name="Anna Berg")).id
        bob = ws.members.add(group, MemberDraft("Bob", contact="bob@example.org")).id
        chloe = ws.members.add(group, MemberDraft("Chloé")).id
        note = ws.notes.create(
            NoteDraft(
                "Anna spoke about her father.",
                group,
                member_ids=(anna,),
                follow_up=True,
                due_on=date(2026, 1, 9),
            )
        ).id
        rest = (
            ws.notes.create(NoteDraft("Bob spoke about his father.", group, member_ids=(bob,))).id,
            ws.notes.create(NoteDraft("A quiet evening; father's day soon.", group)).id,
        )
    return Seeded(data_dir, group, other, anna, bob, chloe, note, rest)


@contextmanager
def opened(seeded: Seeded) -> Iterator[Workspace]:
    with Workspace.open(seeded.data_dir, PASSPHRASE) as ws:
        yield ws


def refused_as_damaged(action: object) -> None:
    assert callable(action)
    with pytest.raises(RecordDamaged, match="This record is damaged"):
        action()


# --- members --------------------------------------------------------------------------------

MEMBER_DAMAGE = [
    f"rev = {INT64_MAX}",
    "rev = -1",
    "rev = 'seven'",
    "rev = 2.5",
    "joined_on = 'not a date'",
    "joined_on = 20240101",
    "joined_on = '2024-02-30'",
    "left_on = 'soon'",
    "created_at = x'00'",
    "alias_ct = 42",
    "alias_ct = 'Anna'",
    "full_name_ct = 3.14",
    "remarks_ct = ''",
    "alias_index = 'x'",
    "seat = 'front'",
    "alias_ct = NULL",
    "joined_on = NULL",
    "created_at = NULL",
]


@pytest.mark.parametrize("assignment", MEMBER_DAMAGE)
def test_a_malformed_member_is_damaged_alone(seeded: Seeded, assignment: str) -> None:
    damage(seeded.data_dir, "members", seeded.anna, assignment)
    with opened(seeded) as ws:
        listed = ws.members.list(seeded.group, include_left=True)
        assert {m.id: (m.alias, m.damaged) for m in listed} == {
            seeded.anna: (DAMAGED_ALIAS, True),
            seeded.bob: ("Bob", False),
            seeded.chloe: ("Chloé", False),
        }
        shown = ws.members.get(seeded.anna)
        assert shown.damaged and shown.alias == DAMAGED_ALIAS and shown.full_name == ""
        assert ws.members.get(seeded.bob).contact == "bob@example.org"

        refused_as_damaged(lambda: ws.members.update(seeded.anna, MemberDraft("Anna B.")))
        refused_as_damaged(lambda: ws.members.set_left(seeded.anna, date(2026, 2, 1)))
        # Seats still move around a damaged member, and the others stay editable.
        ws.members.reorder(seeded.group, [seeded.chloe, seeded.bob, seeded.anna])
        ws.members.update(seeded.bob, MemberDraft("Bob", full_name="Bob Okafor"))
        assert [m.id for m in ws.members.list(seeded.group, include_left=True)][:2] == [
            seeded.chloe,
            seeded.bob,
        ]
        assert ws.members.get(seeded.bob).full_name == "Bob Okafor"


@pytest.mark.parametrize("rev", [INT64_MAX, INT64_MAX - 1])
def test_a_revision_that_would_overflow_refuses_the_edit_and_keeps_the_row(
    seeded: Seeded, rev: int
) -> None:
    damage(seeded.data_dir, "members", seeded.anna, f"rev = {rev}")
    damage(seeded.data_dir, "notes", seeded.note, f"rev = {rev}")
    with opened(seeded) as ws:
        assert ws.members.get(seeded.anna).damaged  # the sealed fields were bound to rev 0
        assert ws.notes.get(seeded.note).damaged
        refused_as_damaged(lambda: ws.members.update(seeded.anna, MemberDraft("Anna")))
        refused_as_damaged(lambda: ws.notes.save_body(seeded.note, "rewritten"))
    with raw(seeded.data_dir) as conn:
        stored = [
            conn.execute(f"SELECT rev FROM {table} WHERE id=?", (row_id,)).fetchone()[0]
            for table, row_id in (("members", seeded.anna), ("notes", seeded.note))
        ]
    assert stored == [rev, rev]  # nothing was half-written


# --- notes ----------------------------------------------------------------------------------

NOTE_DAMAGE = [
    f"rev = {INT64_MAX}",
    "rev = 'x'",
    "rev = 1.5",
    "created_at = 'yesterday'",
    "created_at = 12",
    "updated_at = x'0102'",
    "due_on = 'tomorrow'",
    "done_at = 'done'",
    "follow_up = 'yes'",
    "follow_up = 2",
    "body_ct = 42",
    "body_ct = 'Anna spoke about her father.'",
    "segment_index = 'first'",
    "session_id = 'abc'",
    "updated_at = NULL",
    "body_ct = NULL",
]


@pytest.mark.parametrize("assignment", NOTE_DAMAGE)
def test_a_malformed_note_is_damaged_alone(seeded: Seeded, assignment: str) -> None:
    damage(seeded.data_dir, "notes", seeded.note, assignment)
    first, second = seeded.others
    with opened(seeded) as ws:
        found = {n.id: n for n in ws.notes.find(NoteFilter())}
        assert set(found) == {seeded.note, first, second}
        assert found[seeded.note].damaged and found[seeded.note].body == DAMAGED_BODY
        assert found[seeded.note].member_ids == (seeded.anna,)  # links are plain ids
        assert not found[first].damaged and found[first].body.startswith("Bob spoke")
        assert ws.notes.get(seeded.note).damaged
        ws.notes.follow_ups()  # sorts by dates the damaged note may not have
        ws.notes.find(NoteFilter(member_id=seeded.anna))
        hits = ws.notes.search("father")
        assert {hit.note.id for hit in hits} == {first, second}

        refused_as_damaged(lambda: ws.notes.save_body(seeded.note, "rewritten"))
        refused_as_damaged(lambda: ws.notes.set_follow_up(seeded.note, False))
        refused_as_damaged(lambda: ws.notes.set_done(seeded.note))
        refused_as_damaged(lambda: ws.notes.set_members(seeded.note, ()))
        ws.notes.save_body(first, "Bob spoke about his mother.")  # the others stay editable
        # "You can delete this one", the notes page says: it can.
        ws.notes.delete(seeded.note)
        assert {n.id for n in ws.notes.find()} == {first, second}


# --- groups ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupCase:
    table: str
    assignment: str
    archivable: bool = False  # the row itself is well formed, only its meaning is not


GROUP_DAMAGE = [
    GroupCase("groups", f"rev = {INT64_MAX}"),
    GroupCase("groups", "rev = 'two'"),
    GroupCase("groups", "rev = 0.5"),
    GroupCase("groups", "created_at = 'never'"),
    GroupCase("groups", "archived_at = 'soon'"),
    GroupCase("groups", "weekday = 'Monday'"),
    GroupCase("groups", "weekday = 12", archivable=True),
    GroupCase("groups", "default_minutes = 'ninety'"),
    GroupCase("groups", "speaker_soft_limit_min = NULL"),
    GroupCase("groups", "name = NULL"),
    GroupCase("groups", "name = x'00ff'"),
    GroupCase("groups", "description_ct = 42"),
    GroupCase("agenda_template_segments", "minutes = 'ten'", archivable=True),
    GroupCase("agenda_template_segments", "name = NULL", archivable=True),
]


@pytest.mark.parametrize("case", GROUP_DAMAGE, ids=lambda c: f"{c.table}.{c.assignment}")
def test_a_malformed_group_is_damaged_alone(seeded: Seeded, case: GroupCase) -> None:
    if case.table == "groups":
        damage(seeded.data_dir, "groups", seeded.group, case.assignment)
    else:
        with raw(seeded.data_dir) as conn:
            (segment,) = conn.execute(
                "SELECT min(id) FROM agenda_template_segments WHERE group_id=?", (seeded.group,)
            ).fetchone()
        damage(seeded.data_dir, case.table, segment, case.assignment)
    with opened(seeded) as ws:
        listed = {g.id: g for g in ws.groups.list(include_archived=True)}
        assert set(listed) == {seeded.group, seeded.other_group}
        assert listed[seeded.group].damaged
        assert listed[seeded.group].name in ("Tuesday Circle", DAMAGED_NAME)
        assert not listed[seeded.other_group].damaged
        assert listed[seeded.other_group].name == "Wednesday Walk"
        assert ws.groups.get(seeded.group).damaged
        refused_as_damaged(lambda: ws.groups.description(seeded.group))
        refused_as_damaged(
            lambda: ws.groups.update(seeded.group, GroupDraft("Tuesday Circle", "new"))
        )
        if case.archivable:
            assert ws.groups.set_archived(seeded.group, True).damaged
        else:
            refused_as_damaged(lambda: ws.groups.set_archived(seeded.group, True))
        # The group's members and notes do not depend on its row being readable.
        ws.members.add(seeded.group, MemberDraft("Dara"))
        assert [m.alias for m in ws.members.list(seeded.group)] == ["Anna", "Bob", "Chloé", "Dara"]
        assert not any(n.damaged for n in ws.notes.find(NoteFilter(group_id=seeded.group)))
        # The other group is untouched and editable.
        ws.groups.update(seeded.other_group, GroupDraft("Wednesday Walk", "Gentle walks"))
        assert ws.groups.description(seeded.other_group) == "Gentle walks"


def test_a_group_revision_at_the_limit_refuses_an_edit_even_with_nothing_sealed(
    seeded: Seeded,
) -> None:
    # No description: no ciphertext is bound to the revision, so only the count can tell.
    damage(seeded.data_dir, "groups", seeded.other_group, f"rev = {INT64_MAX - 1}")
    with opened(seeded) as ws:
        assert ws.groups.description(seeded.other_group) == ""
        refused_as_damaged(
            lambda: ws.groups.update(seeded.other_group, GroupDraft("Wednesday Walk", "x"))
        )
        assert ws.groups.description(seeded.other_group) == ""


def test_no_malformed_value_escapes_as_anything_but_a_facilitator_error(
    seeded: Seeded,
) -> None:
    """Every table this part covers, damaged at once: each read and edit either works or
    raises an error written for the facilitator."""
    damage(seeded.data_dir, "groups", seeded.group, "created_at = 'x'")
    damage(seeded.data_dir, "members", seeded.bob, "joined_on = 'x'")
    damage(seeded.data_dir, "notes", seeded.others[0], "created_at = 'x'")
    with opened(seeded) as ws:
        actions = [
            lambda: ws.groups.list(include_archived=True),
            lambda: ws.groups.get(seeded.group),
            lambda: ws.members.list(seeded.group, include_left=True),
            lambda: ws.notes.find(),
            lambda: ws.notes.search("father"),
            lambda: ws.notes.follow_ups(),
            lambda: ws.groups.update(
                seeded.group, GroupDraft("X", agenda=(SegmentSpec("A", 5, "open"),))
            ),
            lambda: ws.members.update(seeded.bob, MemberDraft("Bob")),
            lambda: ws.notes.save_body(seeded.others[0], "x"),
        ]
        for action in actions:
            try:
                action()
            except FacilitatorError:
                pass


def test_garbage_in_the_legacy_plain_description_is_blanked_at_unlock(seeded: Seeded) -> None:
    """The plain column only ever held what older versions wrote; unlocking empties it,
    whatever it holds, and the sealed description stays the one in force."""
    damage(seeded.data_dir, "groups", seeded.group, "description = x'00'")
    with opened(seeded) as ws:
        assert not ws.groups.get(seeded.group).damaged
    with raw(seeded.data_dir) as conn:
        (left,) = conn.execute(
            "SELECT description FROM groups WHERE id = ?", (seeded.group,)
        ).fetchone()
    assert left == ""
