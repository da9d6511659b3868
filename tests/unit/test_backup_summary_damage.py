"""What the backup list says of each backup: what it holds, table by table; and of one
changed outside the app, still something: one whose stored workspace id is gone or is not
bytes is listed without it, one missing a table as holding nothing, and one numbered 0 by
hand sorts before backup 1 whatever its stamp says."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.services import backups
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace

DAMAGE = {
    "row-gone": "DELETE FROM workspace_meta",
    "id-as-text": "UPDATE workspace_meta SET workspace_id = 'not bytes'",
    "id-as-number": "UPDATE workspace_meta SET workspace_id = 3",
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_backup_whose_stored_id_does_not_read_is_listed_without_it(
    workspace: Workspace, damage: str
) -> None:
    workspace.groups.create(GroupDraft("Mondays"))
    made = workspace.create_backup()
    with sqlite3.connect(made) as conn:
        conn.execute(damage)
    conn.close()
    [listed] = backups.list_backups(workspace.data_dir)
    assert (listed.path, listed.workspace_id, listed.groups) == (made, None, 1)


def test_a_backup_numbered_zero_by_hand_sorts_before_backup_one(workspace: Workspace) -> None:
    first, second = workspace.create_backup(), workspace.create_backup()
    name = backups.parse_name(second)
    assert name is not None
    later = name.created + timedelta(days=1)  # a later stamp than backup 1's
    zero = second.rename(
        second.with_name(backups.backup_name(later, workspace.keyring.workspace_id, 0))
    )
    assert [b.path for b in backups.list_backups(workspace.data_dir)] == [first, zero]
    newest = backups.latest(workspace.data_dir, workspace.keyring.workspace_id)
    assert newest is not None and newest.sequence == 1


def test_a_backup_is_listed_with_what_it_holds_table_by_table(workspace: Workspace) -> None:
    group_id = workspace.groups.create(GroupDraft("Mondays")).id
    for alias in ("Ann", "Bo"):
        workspace.members.add(group_id, MemberDraft(alias))
    live = workspace.sessions.start(group_id, monotonic=FakeClock())
    live.toggle()
    live.end()
    for text in ("one", "two", "three"):
        workspace.notes.create(NoteDraft(text, group_id))
    workspace.create_backup()
    [listed] = backups.list_backups(workspace.data_dir)
    assert (listed.groups, listed.members, listed.sessions, listed.notes) == (1, 2, 1, 3)


def test_a_backup_missing_a_table_is_listed_as_holding_nothing(workspace: Workspace) -> None:
    """Counts that cannot all be read are not guessed at: the list says 0 for each."""
    group_id = workspace.groups.create(GroupDraft("Mondays")).id
    workspace.members.add(group_id, MemberDraft("Ann"))
    workspace.notes.create(NoteDraft("one", group_id))
    made = workspace.create_backup()
    with sqlite3.connect(made) as conn:
        conn.execute("ALTER TABLE sessions RENAME TO sessions_gone")
    conn.close()
    [listed] = backups.list_backups(workspace.data_dir)
    assert (listed.groups, listed.members, listed.sessions, listed.notes) == (0, 0, 0, 0)
