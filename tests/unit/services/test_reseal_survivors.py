"""A new key seals every value again: each damaged value is counted (not just the first),
and the values after a damaged one in the same column are sealed again all the same."""

from __future__ import annotations

import os
import sqlite3

from facilitator_desktop.crypto.field_cipher import FieldCipher, FieldDecryptError
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.reseal import (
    Run,
    count_values,
    present_columns,
    reseal,
    sqlite_run,
)
from facilitator_desktop.workspace import Workspace
from facilitator_desktop.workspace_backups import database_path

BROKEN = b"\x00\xff"


def unopened(run: Run, cipher: FieldCipher) -> list[tuple[str, int, bytes]]:
    """Every sealed value that does not open with `cipher`: table, row and what it holds."""
    left = []
    for column in present_columns(run):
        for row_id, rev, blob in run(
            f"SELECT id, rev, {column.column} FROM {column.table} "
            f"WHERE {column.column} IS NOT NULL ORDER BY id",
            (),
        ):
            try:
                cipher.decrypt(column.table, row_id, column.field, rev, bytes(blob))
            except FieldDecryptError:
                left.append((column.table, row_id, bytes(blob)))
    return left


def test_survivor_every_damaged_value_is_counted_and_the_rest_sealed_again(
    workspace: Workspace,
) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G"))
    ws.members.add(group.id, MemberDraft("Anna"))
    first = ws.notes.create(NoteDraft("broken first", group.id)).id
    second = ws.notes.create(NoteDraft("broken second", group.id)).id
    after = ws.notes.create(NoteDraft("after the broken ones", group.id)).id
    old = ws.keyring.cipher
    new = FieldCipher(os.urandom(32), ws.keyring.workspace_id)
    ws.engine.dispose()
    with sqlite3.connect(database_path(ws.data_dir)) as conn:
        conn.execute("UPDATE notes SET body_ct = ? WHERE id IN (?, ?)", (BROKEN, first, second))
        run = sqlite_run(conn)
        total = count_values(run)
        assert unopened(run, old) == [("notes", first, BROKEN), ("notes", second, BROKEN)]

        count = reseal(run, old, new)

        assert (count.values, count.damaged) == (total - 2, 2)
        assert count_values(run) == total
        assert unopened(run, new) == [("notes", first, BROKEN), ("notes", second, BROKEN)]
        (rev, blob) = conn.execute(
            "SELECT rev, body_ct FROM notes WHERE id = ?", (after,)
        ).fetchone()
        assert new.decrypt("notes", after, "body", rev, blob) == "after the broken ones"
        conn.rollback()
