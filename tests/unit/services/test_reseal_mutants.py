"""Which key a copy opens with: by default the three newest sealed values of each column
are tried, and no more (a copy whose three newest notes are damaged does not open by its
fourth)."""

from __future__ import annotations

import sqlite3

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.reseal import opens_with, sqlite_run
from facilitator_desktop.workspace import Workspace
from facilitator_desktop.workspace_backups import database_path


def test_three_samples_a_column_by_default(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G"))
    ws.members.add(group.id, MemberDraft("Anna"))
    for n in range(4):
        ws.notes.create(NoteDraft(f"note {n}", group.id))
    ws.engine.dispose()
    with sqlite3.connect(database_path(ws.data_dir)) as conn:
        run = sqlite_run(conn)
        # Only the notes are left sealed, and the oldest of them is the one that opens.
        conn.execute("UPDATE members SET alias_ct = x'00ff'")
        conn.execute("UPDATE groups SET description_ct = NULL")
        conn.execute("DELETE FROM sealed_settings")
        oldest = conn.execute("SELECT min(id) FROM notes").fetchone()[0]
        conn.execute("UPDATE notes SET body_ct = x'00ff' WHERE id != ?", (oldest,))
        assert opens_with(run, ws.keyring.cipher) is False
        assert opens_with(run, ws.keyring.cipher, samples=4) is True
        conn.rollback()
