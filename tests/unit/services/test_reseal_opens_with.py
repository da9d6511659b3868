"""Which key a copy of the workspace is sealed with, read from a few of its sealed values."""

from __future__ import annotations

import os
import sqlite3

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.reseal import opens_with, sqlite_run
from facilitator_desktop.workspace import Workspace, database_path


def test_a_copy_opens_with_its_own_key_only(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G"))
    ws.members.add(group.id, MemberDraft("Anna"))
    for body in ("one", "two"):
        ws.notes.create(NoteDraft(body, group.id))
    ws.engine.dispose()
    with sqlite3.connect(database_path(ws.data_dir)) as conn:
        run = sqlite_run(conn)
        assert opens_with(run, ws.keyring.cipher) is True
        stranger = FieldCipher(os.urandom(32), ws.keyring.workspace_id)
        assert opens_with(run, stranger) is False
        # Only the newest `samples` values of each column are tried: the newest note is
        # damaged and one sample per column still finds the member's alias, which opens.
        newest = conn.execute("SELECT max(id) FROM notes").fetchone()[0]
        conn.execute("UPDATE notes SET body_ct = x'00ff' WHERE id = ?", (newest,))
        assert opens_with(run, ws.keyring.cipher, samples=1) is True
        conn.execute("UPDATE members SET alias_ct = x'00ff'")
        conn.execute("UPDATE groups SET description_ct = NULL")
        conn.execute("DELETE FROM sealed_settings")
        assert opens_with(run, ws.keyring.cipher, samples=1) is False
        assert opens_with(run, ws.keyring.cipher, samples=2) is True
        conn.rollback()


def test_a_copy_with_nothing_sealed_cannot_tell() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, rev INTEGER, body_ct BLOB)")
    conn.execute("INSERT INTO notes VALUES (1, 0, NULL), (2, 0, x'')")
    assert opens_with(sqlite_run(conn), FieldCipher(os.urandom(32), bytes(16))) is None
