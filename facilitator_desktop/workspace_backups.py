"""A workspace's copies: verified backups while it is open (at most daily, on quit, before an
upgrade), the export for another laptop, and putting a backup in place of the database.

Every copy is checked after it is written (SQLite's integrity check and, with the data key,
a trial decryption); damaged records are counted, not fatal. A damaged database is moved
aside, never deleted.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine

from facilitator_desktop import partial_files, private_files
from facilitator_desktop.crypto.keyring import KeyRing
from facilitator_desktop.domain.backup_schedule import BackupSchedule
from facilitator_desktop.models.migrate import BackupBeforeUpgradeFailed
from facilitator_desktop.paths import DATABASE_NAME
from facilitator_desktop.services import backups


def database_path(data_dir: Path) -> Path:
    return Path(data_dir) / DATABASE_NAME


class WorkspaceBackups:
    """The backups of one open workspace. `schedule` keeps what this run made (so the wall
    clock cannot trick the daily backup); `last` is what the last one's check found."""

    def __init__(
        self,
        data_dir: Path,
        engine: Engine,
        keyring: KeyRing,
        now: Callable[[], datetime],
        keep: Callable[[], int],
    ) -> None:
        self._data_dir = Path(data_dir)
        self._engine = engine
        self._keyring = keyring
        self._now = now
        self._keep = keep  # how many of this workspace's backups to keep (a setting)
        self.schedule = BackupSchedule()
        self.last: backups.Verification | None = None

    def create(self) -> Path:
        """A verified copy in `backups/`, named with the next sequence; this workspace's
        backups beyond the kept number are removed (never another workspace's, never the
        one just written)."""
        folder = backups.backups_dir(self._data_dir)
        backups.sweep_partials(folder)
        workspace_id = self._keyring.workspace_id
        sequence = max(
            backups.next_sequence(self._data_dir, workspace_id), self.schedule.last_sequence + 1
        )
        target = folder / backups.backup_name(self._now(), workspace_id, sequence)
        self.last = self._write(target, unlocked=self._keyring.unlocked)
        self.schedule.record(sequence)
        backups.prune(self._data_dir, self._keep(), workspace_id)
        return target

    def if_due(self, interval: timedelta = backups.DAILY) -> Path | None:
        """At most one automatic backup per `interval` while the app is open, whatever the
        wall clock does (see domain.backup_schedule)."""
        newest = backups.latest(self._data_dir, self._keyring.workspace_id)
        if not self.schedule.due(newest, self._now(), interval):
            return None
        return self.create()

    def before_upgrade(self) -> Path:
        """A sequenced, verified copy in `backups/`; nothing is pruned (that needs today's
        schema), so the copy an upgrade started from stays until later backups replace it."""
        try:
            folder = backups.backups_dir(self._data_dir)
            backups.sweep_partials(folder)
            workspace_id = self._keyring.workspace_id
            sequence = backups.next_sequence(self._data_dir, workspace_id)
            target = folder / backups.backup_name(self._now(), workspace_id, sequence)
            self._write(target, unlocked=True)
        except (backups.BackupFailed, OSError) as exc:
            raise BackupBeforeUpgradeFailed.because_of(exc, database_path(self._data_dir)) from exc
        return target

    def export_to(self, path: Path) -> Path:
        """The whole workspace as one file, to open on another laptop with the same
        passphrase (see `Workspace.import_file`)."""
        # Made in a private folder beside it and renamed into place: a kill leaves no half
        # copy under the chosen name, and the next start sweeps the folder (partial_files).
        partial_files.write_with(
            Path(path), lambda partial: self._write(partial, unlocked=True), make_folders=True
        )
        return Path(path)

    def _write(self, target: Path, *, unlocked: bool) -> backups.Verification | None:
        """Write and check a copy; with `unlocked`, the check includes a trial decryption.
        Damaged records are counted, not fatal (see `backups.verify_copy`)."""
        keyring = self._keyring
        cipher = keyring.cipher if unlocked else None
        found: list[backups.Verification | None] = []

        def check(copy: Path) -> None:
            try:
                found.append(backups.verify_copy(copy, keyring.workspace_id, cipher))
            except backups.NothingOpened as exc:
                # Every sample failed: only acceptable when the copy is sealed under our
                # key, so that they are damaged records rather than a wrong key.
                if not backups.key_matches(copy, keyring.key_id()):
                    raise
                found.append(exc.verification)

        raw = self._engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            backups.write_backup(source, target, check)
        finally:
            raw.close()
        return found[-1] if found else None


def restore(data_dir: Path, backup: Path) -> None:
    """Put `backup` in place of the workspace database. The workspace must be closed; back
    the current state up first (or, if it is damaged, set it aside)."""
    data_dir = Path(data_dir)
    current = database_path(data_dir)
    temp = data_dir / f".restoring-{os.getpid()}.db"
    try:
        private_files.touch_private(temp)  # copyfile keeps this mode, not the umask's
        shutil.copyfile(backup, temp)
        backups.fsync_path(temp)
        for suffix in ("-wal", "-shm"):
            Path(f"{current}{suffix}").unlink(missing_ok=True)
        os.replace(temp, current)
        backups.fsync_path(data_dir)
    finally:
        temp.unlink(missing_ok=True)


def set_aside_damaged(data_dir: Path, now: datetime) -> Path | None:
    """Move a damaged database (and its journal files) aside, never deleting it."""
    current = database_path(data_dir)
    if not current.exists():
        return None
    stamp = now.strftime("%Y%m%d-%H%M%S")
    aside = current.with_name(f"{current.name}.damaged-{stamp}")
    count = 1
    while any(Path(f"{aside}{end}").exists() for end in ("", "-wal", "-shm")):
        # The clock went back, or two in one second: never replace an earlier one.
        count += 1
        aside = current.with_name(f"{current.name}.damaged-{stamp}-{count}")
    os.replace(current, aside)
    for suffix in ("-wal", "-shm"):
        journal = Path(f"{current}{suffix}")
        if journal.exists():
            os.replace(journal, Path(f"{aside}{suffix}"))
    return aside


def put_back_damaged(data_dir: Path, aside: Path) -> None:
    """Undo `set_aside_damaged` (a replacement was refused), unless a workspace file has
    appeared in its place meanwhile."""
    current = database_path(data_dir)
    if current.exists() or not aside.exists():
        return
    for suffix in ("-wal", "-shm"):
        journal = Path(f"{aside}{suffix}")
        if journal.exists():
            os.replace(journal, Path(f"{current}{suffix}"))
    os.replace(aside, current)
    backups.fsync_path(Path(data_dir))
