"""Verified backups: SQLite's online backup into a temporary file, flushed, checked, then
atomically renamed into `backups/`. A backup that fails its check never replaces a good one,
and a crash mid-backup leaves only the earlier backups (temporary files are swept).
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from facilitator_desktop import private_files
from facilitator_desktop.crypto import vault
from facilitator_desktop.crypto.field_cipher import FieldCipher, FieldDecryptError
from facilitator_desktop.errors import FacilitatorError

BACKUP_DIR = "backups"
PREFIX = "workspace-"
SUFFIX = ".db"
TEMP_PREFIX = ".partial-"
DEFAULT_KEEP = 10
DAILY = timedelta(hours=24)


class BackupFailed(FacilitatorError):
    default_message = (
        "The backup could not be written or did not pass its check. Your earlier backups "
        "are untouched."
    )


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created: datetime  # UTC, from the file name
    size: int
    groups: int
    members: int
    sessions: int
    notes: int


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR


def fsync_path(path: Path) -> None:
    """Flush a file (or, on POSIX, a directory entry) to the disk."""
    flags = os.O_RDONLY
    if path.is_dir() and os.name == "nt":
        return  # Windows cannot open directories; its renames are durable enough
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_backup(
    source: sqlite3.Connection,
    target: Path,
    check: Callable[[Path], None],
) -> Path:
    """Copy `source` into `target` by way of a temporary file beside it. `check` inspects
    the finished copy and raises to reject it; the target is only replaced after that."""
    private_files.make_dirs(target.parent)
    temp = target.parent / f"{TEMP_PREFIX}{uuid.uuid4().hex}{SUFFIX}"
    try:
        # 0600 before SQLite opens it (its journal takes the same mode); the rename keeps it.
        private_files.touch_private(temp, exclusive=True)
        copy = sqlite3.connect(temp)
        try:
            source.backup(copy)
            # One self-contained file: no -wal beside it to lose or mismatch.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
        fsync_path(temp)
        check(temp)
        os.replace(temp, target)
        fsync_path(target.parent)
    except (OSError, sqlite3.Error) as exc:
        raise BackupFailed() from exc
    finally:
        temp.unlink(missing_ok=True)
    return target


def sweep_partials(folder: Path) -> None:
    """Remove what an interrupted backup left behind."""
    if folder.is_dir():
        for leftover in folder.glob(f"{TEMP_PREFIX}*"):
            leftover.unlink(missing_ok=True)


def verify_copy(path: Path, workspace_id: bytes, cipher: FieldCipher | None) -> None:
    """Integrity check plus a trial decryption: the vault slot is intact and belongs to
    this workspace, and a sample of encrypted fields opens with the data key."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise BackupFailed("The backup copy failed SQLite's integrity check.")
        row = conn.execute("SELECT workspace_id FROM workspace_meta WHERE id = 1").fetchone()
        slot = conn.execute("SELECT blob FROM vault_slots WHERE kind = 1").fetchone()
        if row is None or slot is None or bytes(row[0]) != workspace_id:
            raise BackupFailed("The backup copy does not hold this workspace's vault.")
        try:
            vault.parse_slot(bytes(slot[0]))
        except vault.SlotCorrupt as exc:
            raise BackupFailed("The backup copy's vault is damaged.") from exc
        if cipher is None:
            return
        samples = [
            ("members", "alias", r[0], r[1], r[2])
            for r in conn.execute("SELECT id, rev, alias_ct FROM members ORDER BY id DESC LIMIT 3")
        ] + [
            ("notes", "body", r[0], r[1], r[2])
            for r in conn.execute("SELECT id, rev, body_ct FROM notes ORDER BY id DESC LIMIT 3")
        ]
        for table, field, row_id, rev, blob in samples:
            try:
                cipher.decrypt(table, row_id, field, rev, bytes(blob))
            except FieldDecryptError as exc:
                raise BackupFailed("A trial decryption of the backup copy failed.") from exc
    except sqlite3.Error as exc:
        raise BackupFailed("The backup copy cannot be read back.") from exc
    finally:
        conn.close()


def backup_name(moment: datetime) -> str:
    return f"{PREFIX}{moment.strftime('%Y%m%d-%H%M%S-%f')}{SUFFIX}"


def created_from_name(path: Path) -> datetime | None:
    stem = path.name[len(PREFIX) : -len(SUFFIX)]
    try:
        return datetime.strptime(stem, "%Y%m%d-%H%M%S-%f")
    except ValueError:
        return None


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Newest first, with what each holds (read without changing the file)."""
    found = []
    for path in sorted(backups_dir(data_dir).glob(f"{PREFIX}*{SUFFIX}"), reverse=True):
        created = created_from_name(path)
        if created is None:
            continue
        counts = _counts(path)
        found.append(BackupInfo(path, created, path.stat().st_size, *counts))
    return found


def _counts(path: Path) -> tuple[int, int, int, int]:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return (0, 0, 0, 0)
    try:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("groups", "members", "sessions", "notes")
        )
    except sqlite3.Error:
        return (0, 0, 0, 0)
    finally:
        conn.close()


def prune(data_dir: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups; returns what was removed."""
    backups = sorted(backups_dir(data_dir).glob(f"{PREFIX}*{SUFFIX}"), reverse=True)
    removed = backups[max(1, keep) :]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def latest(data_dir: Path) -> datetime | None:
    newest = sorted(backups_dir(data_dir).glob(f"{PREFIX}*{SUFFIX}"), reverse=True)
    for path in newest:
        created = created_from_name(path)
        if created is not None:
            return created
    return None
