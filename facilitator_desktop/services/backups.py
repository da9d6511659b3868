"""Verified backups: SQLite's online backup into a temporary file, flushed, checked, then
atomically renamed into `backups/`. A backup that fails its check never replaces a good one,
and a crash mid-backup leaves only the earlier backups (temporary files are swept).

Each backup is named `workspace-<workspace id prefix>-<sequence>-<UTC stamp>.db`. The name,
not a row inside the copy, carries the order and the owner because:
- it is read without the key and without opening the file, so a damaged copy is still
  ordered and pruned correctly, and pruning never has to open a file to decide;
- `backup_sync` rewrites copies in place and keeps their names, so it keeps their order;
- a table or settings row in the copy would be a schema change carried into every restored
  workspace, for a fact about the file rather than about the workspace.
The sequence only grows (the highest one in the folder for this workspace, plus one), so a
clock set back or forward never makes an older copy look newest. The full workspace id is
stored inside each copy (`workspace_meta`): where it can be read, it must match before a copy
counts as this workspace's. Backups named by an older version (`workspace-<stamp>.db`) have
no sequence: they come after every sequenced one, newest stamp first, and belong to the
workspace whose id they hold.
"""

from __future__ import annotations

import os
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from facilitator_desktop import private_files
from facilitator_desktop.crypto import vault
from facilitator_desktop.crypto.field_cipher import FieldCipher, FieldDecryptError
from facilitator_desktop.domain.backup_schedule import NewestBackup
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.reseal import present_columns, sqlite_run

BACKUP_DIR = "backups"
PREFIX = "workspace-"
SUFFIX = ".db"
TEMP_PREFIX = ".partial-"
DEFAULT_KEEP = 10
DAILY = timedelta(hours=24)
OWNER_LENGTH = 12  # hex digits of the workspace id in a name: 48 bits, checked in the file
SAMPLES_PER_COLUMN = 3
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(
    r"^workspace-(?P<owner>[0-9a-f]{12})-(?P<sequence>[0-9]{1,18})-"
    r"(?P<stamp>[0-9]{8}-[0-9]{6}-[0-9]{6})\.db$"
)
_LEGACY_NAME = re.compile(r"^workspace-(?P<stamp>[0-9]{8}-[0-9]{6}-[0-9]{6})\.db$")


class BackupFailed(FacilitatorError):
    default_message = (
        "The backup could not be written or did not pass its check. Your earlier backups "
        "are untouched."
    )


class NothingOpened(BackupFailed):
    """Every sampled sealed value failed to open: the key may be wrong, or every sampled
    record is damaged. `key_matches` tells which, given the data key's fingerprint."""

    def __init__(self, verification: Verification) -> None:
        super().__init__("A trial decryption of the backup copy failed.")
        self.verification = verification


@dataclass(frozen=True, slots=True)
class BackupName:
    """What a backup's file name says."""

    path: Path
    created: datetime  # UTC, as the wall clock said when it was made
    owner: str | None  # the workspace id's first hex digits; None: an older version's name
    sequence: int | None  # None: an older version's name


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created: datetime  # UTC, from the file name
    size: int
    groups: int
    members: int
    sessions: int
    notes: int
    sequence: int | None = None  # from the name; None for an older version's backup
    workspace_id: bytes | None = None  # stored in the file; None when it cannot be read


@dataclass(frozen=True, slots=True)
class Verification:
    """What the trial decryption of a finished copy found."""

    checked: int  # sealed records tried
    damaged: int  # of those, records that did not open (they are damaged in the workspace too)


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


# --- checking a copy -------------------------------------------------------------------------


def verify_copy(path: Path, workspace_id: bytes, cipher: FieldCipher | None) -> Verification:
    """Integrity check plus a trial decryption: the vault slot is intact and belongs to
    this workspace, and a sample of sealed values (the newest of each sealed column) opens
    with the data key.

    A sampled record that does not open is counted, not fatal: the file is sound, the record
    is damaged in the workspace as well, and a backup of everything else is worth keeping.
    When no sample opens at all the key itself may be wrong: `NothingOpened` is raised (a
    caller that holds the data key can ask `key_matches`)."""
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
            return Verification(0, 0)
        opened, damaged = _trial_decryption(conn, cipher)
        found = Verification(len(opened | damaged), len(damaged))
        if damaged and not opened:
            raise NothingOpened(found)
        return found
    except sqlite3.Error as exc:
        raise BackupFailed("The backup copy cannot be read back.") from exc
    finally:
        conn.close()


def _trial_decryption(
    conn: sqlite3.Connection, cipher: FieldCipher
) -> tuple[set[tuple[str, int]], set[tuple[str, int]]]:
    """(records that opened, records with a value that did not), by (table, row id)."""
    run = sqlite_run(conn)
    opened: set[tuple[str, int]] = set()
    damaged: set[tuple[str, int]] = set()
    for column in present_columns(run):
        rows = run(
            f"SELECT id, rev, {column.column} FROM {column.table} "
            f"WHERE {column.column} IS NOT NULL AND length({column.column}) > 0 "
            f"ORDER BY id DESC LIMIT {SAMPLES_PER_COLUMN}",
            (),
        )
        for row_id, rev, blob in rows:
            record = (column.table, row_id)
            try:
                cipher.decrypt(column.table, row_id, column.field, rev, bytes(blob))
            except (FieldDecryptError, TypeError, ValueError):
                damaged.add(record)
            else:
                opened.add(record)
    return opened - damaged, damaged


def key_matches(path: Path, key_id: bytes) -> bool:
    """Whether the copy records this data key's fingerprint (then a value that does not open
    is damaged, not sealed under another key)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(workspace_meta)")}
        if "key_id" not in columns:
            return False
        stored = conn.execute("SELECT key_id FROM workspace_meta WHERE id = 1").fetchone()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return stored is not None and isinstance(stored[0], bytes) and stored[0] == key_id


# --- names and order -------------------------------------------------------------------------


def owner_of(workspace_id: bytes) -> str:
    return workspace_id.hex()[:OWNER_LENGTH]


def backup_name(moment: datetime, workspace_id: bytes, sequence: int) -> str:
    return (
        f"{PREFIX}{owner_of(workspace_id)}-{sequence:06d}-{moment.strftime(_STAMP_FORMAT)}{SUFFIX}"
    )


def legacy_backup_name(moment: datetime) -> str:
    """How versions before sequences named a backup (kept for tests and for reading)."""
    return f"{PREFIX}{moment.strftime(_STAMP_FORMAT)}{SUFFIX}"


def parse_name(path: Path) -> BackupName | None:
    for pattern in (_NAME, _LEGACY_NAME):
        match = pattern.match(path.name)
        if match is None:
            continue
        try:
            created = datetime.strptime(match["stamp"], _STAMP_FORMAT)
        except ValueError:
            return None
        if pattern is _LEGACY_NAME:
            return BackupName(path, created, None, None)
        return BackupName(path, created, match["owner"], int(match["sequence"]))
    return None


def _names(data_dir: Path) -> list[BackupName]:
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found = (parse_name(path) for path in folder.glob(f"{PREFIX}*{SUFFIX}"))
    return [name for name in found if name is not None and name.path.is_file()]


def _newest_first(name: BackupName) -> tuple[bool, int, datetime]:
    """Sort key (reversed): sequenced before unsequenced, then by sequence, then stamp."""
    return (name.sequence is not None, name.sequence or 0, name.created)


def next_sequence(data_dir: Path, workspace_id: bytes) -> int:
    owner = owner_of(workspace_id)
    used = [n.sequence for n in _names(data_dir) if n.owner == owner and n.sequence is not None]
    return max(used, default=0) + 1


def latest(data_dir: Path, workspace_id: bytes) -> NewestBackup | None:
    """This workspace's newest backup by sequence, from the names alone (a legacy backup,
    whose owner only its content tells, counts when it holds this workspace's id)."""
    owner = owner_of(workspace_id)
    named = [n for n in _names(data_dir) if n.owner == owner]
    if named:
        newest = max(named, key=_newest_first)
        return NewestBackup(newest.sequence, newest.created)
    legacy = [n for n in _names(data_dir) if n.owner is None]
    for name in sorted(legacy, key=_newest_first, reverse=True):
        if _stored_workspace_id(name.path) == workspace_id:
            return NewestBackup(None, name.created)
    return None


# --- listing and pruning ---------------------------------------------------------------------


def list_backups(data_dir: Path, workspace_id: bytes | None = None) -> list[BackupInfo]:
    """Newest first, with what each holds (read without changing the file).

    With `workspace_id`, only that workspace's backups. Without it, every backup in the
    folder, each workspace's together, newest by sequence first; the workspace whose newest
    backup has the latest stamp comes first."""
    infos: dict[str | None, list[tuple[BackupName, BackupInfo]]] = {}
    for name in _names(data_dir):
        stored, counts = _read_summary(name.path)
        owner = name.owner or (owner_of(stored) if stored is not None else None)
        if workspace_id is not None and (
            owner != owner_of(workspace_id) or stored not in (None, workspace_id)
        ):
            continue
        try:
            size = name.path.stat().st_size
        except OSError:
            continue  # removed meanwhile
        info = BackupInfo(name.path, name.created, size, *counts, name.sequence, stored)
        infos.setdefault(owner, []).append((name, info))
    groups = [
        [info for _, info in sorted(group, key=lambda pair: _newest_first(pair[0]), reverse=True)]
        for group in infos.values()
    ]
    groups.sort(key=lambda group: max(info.created for info in group), reverse=True)
    return [info for group in groups for info in group]


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def _stored_workspace_id(path: Path) -> bytes | None:
    return _read_summary(path)[0]


def _read_summary(path: Path) -> tuple[bytes | None, tuple[int, int, int, int]]:
    """(the workspace id stored in the file, its counts); what cannot be read is None / 0."""
    try:
        conn = _read_only(path)
    except sqlite3.Error:
        return None, (0, 0, 0, 0)
    try:
        stored: bytes | None = None
        try:
            row = conn.execute("SELECT workspace_id FROM workspace_meta WHERE id = 1").fetchone()
            if row is not None and isinstance(row[0], bytes):
                stored = bytes(row[0])
        except sqlite3.Error:
            pass
        return stored, _counts(conn, ("groups", "members", "sessions", "notes"))
    finally:
        conn.close()


def _counts(conn: sqlite3.Connection, tables: Iterable[str]) -> tuple[int, int, int, int]:
    try:
        found = [conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables]
    except sqlite3.Error:
        return (0, 0, 0, 0)
    return (found[0], found[1], found[2], found[3])


def prune(data_dir: Path, keep: int, workspace_id: bytes) -> list[Path]:
    """Delete all but the newest `keep` of this workspace's backups; returns what was
    removed. Another workspace's backups, and old-style ones whose owner cannot be read,
    are never touched."""
    ours = list_backups(data_dir, workspace_id)
    removed = [info.path for info in ours[max(1, keep) :]]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
