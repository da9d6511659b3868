"""Erasing a member reaches the session notes: their progress entries and the addenda to
them go, and every session note of the group loses their names (sections, themes, the other
members' entries, the group's addenda), signed or not, in the workspace and in every backup.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.domain.session_note import NoteBody, Section
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.reseal import sqlite_run
from facilitator_desktop.services.session_note_erasure import erase_names_in_notes
from facilitator_desktop.workspace import Workspace, database_path
from tests.helpers.session_notes import small_group, typical_session
from tests.helpers.vault_files import key_from, readable_values, sqlite_files

PASS = "erasure passphrase"


def every_value(folder: Path) -> list[str]:
    values: list[str] = []
    for path in sqlite_files(folder):
        dek = key_from(path, passphrase=PASS)
        assert dek is not None, path
        values += readable_values(path, dek)[0]
    return values


def write_notes(ws: Workspace) -> tuple[int, int, int]:
    """Two sessions of one group; Anna (Anna Kowalska) is named everywhere. Returns the
    group, Anna's and Bo's ids."""
    g = small_group(ws)
    first = typical_session(ws, g)
    notes = ws.session_notes
    notes.save(
        first,
        body=NoteBody(
            (Section("Data", "Anna spoke first; KOWALSKA later."), Section("Plan", "Call Bo")),
            ("Anna's move", "sleep"),
        ),
        entries={g.anna: "Anna's own lines: ANNAS-OWN", g.bo: "Bo sat by Anna."},
    )
    notes.sign(first)
    notes.add_addendum(first, "Anna rang on 601 234 567.")
    notes.add_addendum(first, "About Anna only: ANNAS-ADDENDUM", g.anna)
    notes.add_addendum(first, "Bo asked after Annas health.", g.bo)
    ws.create_backup()
    second = typical_session(ws, g, started_at=datetime(2026, 3, 12, 17, 0))
    notes.save(second, body=NoteBody((Section("Note", "Without Anna today."),)))
    ws.create_backup()
    return g.group_id, g.anna, g.bo


def test_erasure_takes_the_member_out_of_every_session_note_and_backup(data_dir: Path) -> None:
    with Workspace.create(data_dir, PASS, kdf_params=FLOOR) as ws:
        group_id, anna, bo = write_notes(ws)
    assert any("ANNAS-OWN" in v for v in every_value(data_dir))
    with Workspace.open(data_dir, PASS) as ws:
        report = ws.erasure.erase(anna)
        assert report.copies_updated == 2
        assert report.rows_deleted["progress_entries"] == 1
        assert report.rows_deleted["note_addenda"] == 1
        sessions = [m.session_id for m in ws.session_notes.member_sessions(bo)]
        first = ws.session_notes.open(sessions[-1])
        second = ws.session_notes.open(sessions[0])
    assert first.signed and not first.damaged  # still signed, and opens
    assert first.body == NoteBody(
        (
            Section("Data", "[former member] spoke first; [former member] later."),
            Section("Plan", "Call Bo"),
        ),
        ("[former member]'s move", "sleep"),
    )
    assert dict(first.entries) == {bo: "Bo sat by [former member]."}
    assert [(a.member_id, a.text) for a in first.addenda] == [
        (None, "[former member] rang on [former member]."),
        (bo, "Bo asked after [former member] health."),
    ]
    assert second.body.sections[0].text == "Without [former member] today."
    values = every_value(data_dir)
    for word in ("Anna", "ANNA", "Kowalska", "KOWALSKA", "601 234 567", "ANNAS-OWN"):
        assert not any(word in v for v in values), word
    assert any("Bo sat by [former member]." in v for v in values)


def test_each_text_changed_is_sealed_again_under_the_next_revision(data_dir: Path) -> None:
    with Workspace.create(data_dir, PASS, kdf_params=FLOOR) as ws:
        _group, anna, bo = write_notes(ws)
        with sqlite3.connect(database_path(data_dir)) as conn:
            before = dict(conn.execute("SELECT id, rev FROM session_notes").fetchall())
        ws.erasure.erase(anna)
        with sqlite3.connect(database_path(data_dir)) as conn:
            after = dict(conn.execute("SELECT id, rev FROM session_notes").fetchall())
            entries = conn.execute("SELECT member_id, rev FROM progress_entries").fetchall()
    assert {k: after[k] - v for k, v in before.items()} == {1: 1, 2: 1}
    assert entries == [(bo, 1)]


def test_another_groups_notes_keep_a_name_they_share(data_dir: Path) -> None:
    with Workspace.create(data_dir, PASS, kdf_params=FLOOR) as ws:
        _group, anna, _bo = write_notes(ws)
        other = ws.groups.create(GroupDraft("Parents")).id
        ws.members.add(other, MemberDraft("Zed"))
        g = small_group(ws, "Parents, second")  # another Anna, in another group
        session_id = typical_session(ws, g)
        ws.session_notes.save(session_id, body=NoteBody((Section("Note", "Anna led."),)))
        ws.erasure.erase(anna)
        assert ws.session_notes.open(session_id).body.sections[0].text == "Anna led."


def test_a_backup_from_before_session_notes_is_no_trouble(data_dir: Path) -> None:
    path = data_dir.parent / "old.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, group_id INTEGER)")
        with Workspace.create(data_dir, PASS, kdf_params=FLOOR) as ws:
            changed = erase_names_in_notes(sqlite_run(conn), ws.keyring.cipher, 1, str.upper)
    assert changed == 0
