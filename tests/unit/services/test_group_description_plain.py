"""Editing a group leaves no plain description in the file: a description an older version
kept in the clear (or one written there by hand) is blanked by the edit itself, not only at
the next unlock, and the sealed one is what reads back."""

from __future__ import annotations

import sqlite3

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.workspace import Workspace
from facilitator_desktop.workspace_backups import database_path

PLAIN = "For the family of Anna Berg"


def _plain_description(ws: Workspace, group_id: int) -> object:
    ws.engine.dispose()
    with sqlite3.connect(database_path(ws.data_dir)) as conn:
        row = conn.execute("SELECT description FROM groups WHERE id = ?", (group_id,)).fetchone()
    conn.close()
    return row[0]


def test_an_edit_blanks_a_plain_description_left_in_the_file(workspace: Workspace) -> None:
    group_id = workspace.groups.create(GroupDraft("Mondays", description="Sealed words")).id
    workspace.engine.dispose()
    with sqlite3.connect(database_path(workspace.data_dir)) as conn:
        conn.execute("UPDATE groups SET description = ? WHERE id = ?", (PLAIN, group_id))
    conn.close()

    workspace.groups.update(group_id, GroupDraft("Mondays", description="New words"))

    assert _plain_description(workspace, group_id) == ""
    assert workspace.groups.description(group_id) == "New words"
