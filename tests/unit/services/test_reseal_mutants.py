"""Which key a copy opens with: by default the three newest sealed values of each column
are tried, and no more (a copy whose three newest notes are damaged does not open by its
fourth); a new key seals every value again, the damaged ones left as they were."""

from __future__ import annotations

import os
import sqlite3

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.reseal import count_values, opens_with, reseal, sqlite_run
from facilitator_desktop.services.sealed_columns import alias_scope
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


def test_every_sealed_value_is_sealed_again_under_the_new_key(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G"))
    anna = ws.members.add(group.id, MemberDraft("Anna")).id
    ws.notes.create(NoteDraft("kept", group.id))
    broken = ws.notes.create(NoteDraft("broken", group.id)).id
    old = ws.keyring.cipher
    new = FieldCipher(os.urandom(32), ws.keyring.workspace_id)
    ws.engine.dispose()
    with sqlite3.connect(database_path(ws.data_dir)) as conn:
        conn.execute("UPDATE notes SET body_ct = x'00ff' WHERE id = ?", (broken,))
        run = sqlite_run(conn)
        total = count_values(run)
        seen: list[tuple[int, int]] = []
        count = reseal(run, old, new, lambda done, of: seen.append((done, of)))
        assert (count.values, count.damaged) == (total - 1, 1)
        assert seen[-1] == (total, total)
        assert opens_with(run, new) is True
        (rev, blob, index) = conn.execute(
            "SELECT rev, alias_ct, alias_index FROM members WHERE id = ?", (anna,)
        ).fetchone()
        assert new.decrypt("members", anna, "alias", rev, blob) == "Anna"
        assert index == new.blind_index(alias_scope(group.id), "Anna")
        (kept_id, kept_rev, kept_blob) = conn.execute(
            "SELECT id, rev, body_ct FROM notes WHERE id != ?", (broken,)
        ).fetchone()
        assert new.decrypt("notes", kept_id, "body", kept_rev, kept_blob) == "kept"
        (left,) = conn.execute("SELECT body_ct FROM notes WHERE id = ?", (broken,)).fetchone()
        assert left == b"\x00\xff"  # what did not open is left as it was
        conn.rollback()


def test_progress_tells_the_count_so_far_out_of_the_whole(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("G"))
    for n in range(450):
        ws.notes.create(NoteDraft(f"note {n}", group.id))
    old = ws.keyring.cipher
    new = FieldCipher(os.urandom(32), ws.keyring.workspace_id)
    ws.engine.dispose()
    with sqlite3.connect(database_path(ws.data_dir)) as conn:
        run = sqlite_run(conn)
        total = count_values(run)
        seen: list[tuple[int, int]] = []
        reseal(run, old, new, lambda done, of: seen.append((done, of)))
        # Every 200 values, then once at the end; always out of the whole count.
        assert seen == [(200, total), (400, total), (total, total)]
        conn.rollback()
