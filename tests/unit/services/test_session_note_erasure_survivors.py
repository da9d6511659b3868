"""Erasure in session notes counts exactly the texts it changed: not those it left as they
were, not a damaged text, not a value that is no sealed text at all; and a body that is not
the app's JSON still loses the name."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from facilitator_desktop.domain.session_note import NoteBody, Section
from facilitator_desktop.services.reseal import sqlite_run
from facilitator_desktop.services.session_note_erasure import erase_names_in_notes
from facilitator_desktop.workspace import Workspace, database_path
from tests.helpers.session_notes import SmallGroup, small_group, typical_session


def _out(text: str) -> str:
    return text.replace("Anna", "[gone]")


@pytest.fixture
def group(workspace: Workspace) -> SmallGroup:
    """One session: Anna named in the body and in her entry; Bo's entry and the group's
    addendum name nobody."""
    g = small_group(workspace)
    session_id = typical_session(workspace, g)
    workspace.session_notes.save(
        session_id,
        body=NoteBody((Section("Data", "Anna spoke first."),)),
        entries={g.anna: "Anna's own line", g.bo: "Bo sat still."},
    )
    workspace.session_notes.sign(session_id)
    workspace.session_notes.add_addendum(session_id, "The room was cold.")
    workspace.engine.dispose()
    return g


@pytest.fixture
def conn(workspace: Workspace, group: SmallGroup) -> Iterator[sqlite3.Connection]:
    with sqlite3.connect(database_path(workspace.data_dir)) as c:
        yield c


def _erase(ws: Workspace, conn: sqlite3.Connection, group: SmallGroup) -> int:
    return erase_names_in_notes(sqlite_run(conn), ws.keyring.cipher, group.group_id, _out)


def _text(ws: Workspace, conn: sqlite3.Connection, table: str, row_id: int) -> str:
    rev, blob = conn.execute(f"SELECT rev, body_ct FROM {table} WHERE id=?", (row_id,)).fetchone()
    return ws.keyring.cipher.decrypt(table, row_id, "body", rev, blob)


def test_only_the_texts_that_changed_are_counted(
    workspace: Workspace, group: SmallGroup, conn: sqlite3.Connection
) -> None:
    assert _erase(workspace, conn, group) == 2  # the body and Anna's entry


def test_a_damaged_text_is_not_counted(
    workspace: Workspace, group: SmallGroup, conn: sqlite3.Connection
) -> None:
    (entry_id, blob) = conn.execute(
        "SELECT id, body_ct FROM progress_entries WHERE member_id=?", (group.anna,)
    ).fetchone()
    damaged = blob[:-1] + bytes([blob[-1] ^ 0x01])
    conn.execute("UPDATE progress_entries SET body_ct=? WHERE id=?", (damaged, entry_id))
    assert _erase(workspace, conn, group) == 1  # the body only
    after = conn.execute("SELECT body_ct FROM progress_entries WHERE id=?", (entry_id,))
    assert after.fetchone() == (damaged,)


@pytest.mark.parametrize("value", [None, "text", 2**63 - 1], ids=["null", "text", "huge_int"])
def test_a_value_that_is_no_sealed_text_is_passed_over(
    workspace: Workspace, group: SmallGroup, conn: sqlite3.Connection, value: object
) -> None:
    conn.execute("UPDATE progress_entries SET body_ct=? WHERE member_id=?", (value, group.anna))
    assert _erase(workspace, conn, group) == 1  # the body only


def test_a_body_that_is_not_the_apps_json_loses_the_name_all_the_same(
    workspace: Workspace, group: SmallGroup, conn: sqlite3.Connection
) -> None:
    (note_id, rev) = conn.execute("SELECT id, rev FROM session_notes").fetchone()
    sealed = workspace.keyring.cipher.encrypt("session_notes", note_id, "body", rev, "Anna, plain")
    conn.execute("UPDATE session_notes SET body_ct=? WHERE id=?", (sealed, note_id))
    assert _erase(workspace, conn, group) == 2
    assert _text(workspace, conn, "session_notes", note_id) == "[gone], plain"
