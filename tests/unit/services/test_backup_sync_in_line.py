"""A copy already in line with the workspace (same key slots, same data key, nothing to
erase) is left exactly as it is and reported untouched, whether it was made so or brought
in line by a change of passphrase."""

from __future__ import annotations

from pathlib import Path

from facilitator_desktop.services import vault_store
from facilitator_desktop.services.backup_sync import SyncReport, VaultState, sync_copies
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.job_runner import current_key_id
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.vault_files import sqlite_files

NEW = "a brand new passphrase"


def _state_of(ws: Workspace) -> VaultState:
    """What the copies must end up with, as the maintenance jobs work it out."""
    ctx = ws.context
    return VaultState(
        ctx.keyring.workspace_id,
        vault_store.all_slots(ctx.engine),
        ctx.keyring.cipher,
        current_key_id(ctx),
        {},
    )


def _two_backups(ws: Workspace) -> list[Path]:
    group = ws.groups.create(GroupDraft("Grief group")).id
    ws.notes.create(NoteDraft("first meeting", group))
    ws.create_backup()
    ws.create_backup()
    copies = sqlite_files(ws.data_dir / "backups")
    assert len(copies) == 2
    return copies


def test_copies_made_under_the_current_slots_are_left_untouched(workspace: Workspace) -> None:
    """Fresh backups already hold the workspace's slots and key: syncing changes no byte
    and lists both as untouched, none updated, re-encrypted or removed."""
    copies = _two_backups(workspace)
    before = {path: path.read_bytes() for path in copies}
    report = sync_copies(workspace.data_dir, _state_of(workspace), copies=copies)
    assert report == SyncReport(untouched=copies)
    assert {path: path.read_bytes() for path in copies} == before


def test_copies_brought_in_line_by_a_change_are_untouched_after(workspace: Workspace) -> None:
    """A passphrase change rewrites both copies with the new slots; bringing them in line
    again finds nothing to do: both untouched, not a byte changed."""
    copies = _two_backups(workspace)
    stale = _state_of(workspace).slots
    report = workspace.change_passphrase(PASSPHRASE, NEW, kdf_params=FAST_KDF)
    assert (report.copies_updated, report.copies_reencrypted, report.copies_removed) == (2, 0, ())
    state = _state_of(workspace)
    assert state.slots != stale
    after = {path: path.read_bytes() for path in copies}
    again = sync_copies(workspace.data_dir, state, copies=copies)
    assert again == SyncReport(untouched=copies)
    assert {path: path.read_bytes() for path in copies} == after


def test_copies_named_are_the_only_ones_brought_in_line(workspace: Workspace) -> None:
    """Asked to bring one copy in line, the sync touches that one alone and reports only it."""
    first, second = _two_backups(workspace)
    report = sync_copies(workspace.data_dir, _state_of(workspace), copies=[second])
    assert report == SyncReport(untouched=[second])
