"""Erasure in session notes, word for word: every note of the group loses the name (each
body's sections and themes, each entry, each addendum) under the next revision, the count
is every text that changed across all the group's notes, and another group's note keeps
the name. A file with the note tables but not the sessions they hang on is no copy of the
workspace: the erasure fails on it rather than report it clean."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from facilitator_desktop.domain.session_note import NoteBody, Section, body_from_json
from facilitator_desktop.services.reseal import sqlite_run
from facilitator_desktop.services.session_note_erasure import erase_names_in_notes
from facilitator_desktop.workspace import Workspace, database_path
from tests.helpers.session_notes import SmallGroup, small_group, typical_session


def _out(text: str) -> str:
    return text.replace("Anna", "[gone]")


@dataclass(frozen=True)
class Notes:
    group: SmallGroup
    first: int  # session ids
    second: int
    elsewhere: int  # a session of another group


def _written(ws: Workspace, session_id: int, body: NoteBody, entries: dict[int, str]) -> None:
    ws.session_notes.save(session_id, body=body, entries=entries)


@pytest.fixture
def notes(workspace: Workspace) -> Notes:
    """Two signed notes of the group naming Anna, and one of another group naming her."""
    ws = workspace
    g = small_group(ws)
    other = small_group(ws, "Monday walkers")
    first, second = typical_session(ws, g), typical_session(ws, g)
    elsewhere = typical_session(ws, other)
    _written(
        ws,
        first,
        NoteBody((Section("Data", "Anna spoke first."),), ("Anna and loss",)),
        {g.anna: "Anna's own line", g.bo: "Bo sat still."},
    )
    _written(ws, second, NoteBody((Section("Data", "Bo thanked Anna."),)), {})
    _written(ws, elsewhere, NoteBody((Section("Data", "Anna from Monday."),)), {})
    for session_id in (first, second, elsewhere):
        ws.session_notes.sign(session_id)
    ws.session_notes.add_addendum(second, "Anna rang after.")
    ws.session_notes.add_addendum(second, "Nothing more.", g.bo)
    ws.engine.dispose()
    return Notes(g, first, second, elsewhere)


@pytest.fixture
def conn(workspace: Workspace, notes: Notes) -> Iterator[sqlite3.Connection]:
    with sqlite3.connect(database_path(workspace.data_dir)) as c:
        yield c


def _opened(ws: Workspace, conn: sqlite3.Connection, table: str) -> list[tuple[int, str]]:
    """Each row of the table in id order: its revision and its text."""
    rows = conn.execute(f"SELECT id, rev, body_ct FROM {table} ORDER BY id").fetchall()
    return [(rev, ws.keyring.cipher.decrypt(table, i, "body", rev, blob)) for i, rev, blob in rows]


def test_erasure_counts_every_changed_text_of_every_note_of_the_group(
    workspace: Workspace, notes: Notes, conn: sqlite3.Connection
) -> None:
    """Both bodies, Anna's entry and the addendum naming her: four."""
    run = sqlite_run(conn)
    assert erase_names_in_notes(run, workspace.keyring.cipher, notes.group.group_id, _out) == 4


def test_erasure_leaves_exactly_these_texts_in_each_note(
    workspace: Workspace, notes: Notes, conn: sqlite3.Connection
) -> None:
    """A changed text moves to the next revision; the rest keep theirs, word for word."""
    run = sqlite_run(conn)
    erase_names_in_notes(run, workspace.keyring.cipher, notes.group.group_id, _out)
    opened = _opened(workspace, conn, "session_notes")
    bodies = [(rev, body_from_json(text)) for rev, text in opened]
    assert bodies == [
        (1, NoteBody((Section("Data", "[gone] spoke first."),), ("[gone] and loss",))),
        (1, NoteBody((Section("Data", "Bo thanked [gone]."),))),
        (0, NoteBody((Section("Data", "Anna from Monday."),))),
    ]
    assert _opened(workspace, conn, "progress_entries") == [
        (1, "[gone]'s own line"),
        (0, "Bo sat still."),
    ]
    assert _opened(workspace, conn, "note_addenda") == [
        (1, "[gone] rang after."),
        (0, "Nothing more."),
    ]


def test_erasure_fails_on_note_tables_without_the_sessions_they_hang_on(
    workspace: Workspace,
) -> None:
    """Not "nothing to do": the note tables are there, so the names might be too."""
    with sqlite3.connect(":memory:") as bare:
        for table in ("session_notes", "progress_entries", "note_addenda"):
            bare.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, rev INT, body_ct BLOB)")
        with pytest.raises(sqlite3.OperationalError, match="(?i)no such table: sessions"):
            erase_names_in_notes(sqlite_run(bare), workspace.keyring.cipher, 1, _out)
