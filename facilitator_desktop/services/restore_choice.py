"""Which backup to offer when the workspace is damaged or missing: the newest one that
passes SQLite's integrity check and a trial unlock with the passphrase just typed.

Backups are tried newest first (by sequence, see `backups`); each one that fails is kept
with the reason, so the offer can say which newer copies were skipped and why. Nothing here
writes: files are opened read-only, with the same guards as an import (no trusted schema,
cell sizes checked).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from facilitator_desktop.crypto import vault
from facilitator_desktop.errors import WorkspaceCorrupt, WrongPassphrase
from facilitator_desktop.models.migrate import known_revisions
from facilitator_desktop.paths import DATABASE_NAME
from facilitator_desktop.services import backups, vault_store


class Verdict(Enum):
    GOOD = "good"
    DAMAGED = "damaged"  # SQLite's integrity check failed, or it cannot be read
    VAULT_DAMAGED = "vault damaged"  # its key part cannot be read
    WRONG_PASSPHRASE = "wrong passphrase"  # sound, but the passphrase typed does not open it
    TOO_NEW = "too new"  # written by a newer version of the app


@dataclass(frozen=True, slots=True)
class Skipped:
    backup: backups.BackupInfo
    verdict: Verdict


@dataclass(frozen=True, slots=True)
class RestoreChoice:
    chosen: backups.BackupInfo | None  # None: no backup passed
    skipped: tuple[Skipped, ...]  # newer backups (or, with none chosen, all) that failed
    looked_at: int  # how many backups there were to try


def choose_backup(data_dir: Path, passphrase: str) -> RestoreChoice:
    """The newest backup that opens with `passphrase`. When the damaged workspace still
    tells its id, only its own backups are tried; otherwise (missing, or unreadable) every
    backup in the folder is."""
    own = damaged_workspace_id(data_dir)
    candidates = backups.list_backups(data_dir, own)
    skipped: list[Skipped] = []
    for info in candidates:
        verdict = check_backup(info.path, passphrase)
        if verdict is Verdict.GOOD:
            return RestoreChoice(info, tuple(skipped), len(candidates))
        skipped.append(Skipped(info, verdict))
    return RestoreChoice(None, tuple(skipped), len(candidates))


def check_backup(path: Path, passphrase: str) -> Verdict:
    try:
        conn = _open_read_only(path)
    except sqlite3.Error:
        return Verdict.DAMAGED
    try:
        if conn.execute("PRAGMA integrity_check(1)").fetchone() != ("ok",):
            return Verdict.DAMAGED
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or not isinstance(revision[0], str):
            return Verdict.DAMAGED
        if revision[0] not in known_revisions():
            return Verdict.TOO_NEW
        row = conn.execute("SELECT workspace_id FROM workspace_meta WHERE id = 1").fetchone()
        slot = conn.execute(
            "SELECT blob FROM vault_slots WHERE kind = ?", (int(vault.SlotKind.PASSPHRASE),)
        ).fetchone()
    except sqlite3.Error:
        return Verdict.DAMAGED
    finally:
        conn.close()
    if row is None or slot is None or not isinstance(row[0], bytes):
        return Verdict.VAULT_DAMAGED
    if not isinstance(slot[0], bytes):
        return Verdict.VAULT_DAMAGED
    try:
        vault_store.check_passphrase(slot[0], passphrase, row[0])
    except WorkspaceCorrupt:
        return Verdict.VAULT_DAMAGED
    except WrongPassphrase:
        return Verdict.WRONG_PASSPHRASE
    return Verdict.GOOD


def damaged_workspace_id(data_dir: Path) -> bytes | None:
    """The workspace id a damaged database still holds, if it can be read at all."""
    path = Path(data_dir) / DATABASE_NAME
    if not path.is_file():
        return None
    try:
        conn = _open_read_only(path)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT workspace_id FROM workspace_meta WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    if row is None or not isinstance(row[0], bytes) or len(row[0]) != vault.WORKSPACE_ID_LENGTH:
        return None
    return bytes(row[0])


def _open_read_only(path: Path) -> sqlite3.Connection:
    # immutable: a damaged database may have a -wal beside it; reading must not replay or
    # create anything there.
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.execute("PRAGMA cell_size_check=ON")
        conn.execute("PRAGMA query_only=ON")
    except BaseException:
        conn.close()
        raise
    return conn
