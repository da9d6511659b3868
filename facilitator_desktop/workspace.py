"""Workspace: one data folder holding one encrypted SQLite database.

Opening checks, in order and without writing a byte: the file is SQLite, its schema is
not newer than this app, the vault slot is intact, the passphrase opens it. Only then are
migrations run and the services handed out.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from facilitator_desktop import partial_files, private_files
from facilitator_desktop.crypto import keys, vault
from facilitator_desktop.crypto.kdf import KdfParams
from facilitator_desktop.crypto.keyring import KeyRing
from facilitator_desktop.domain.backup_schedule import BackupSchedule
from facilitator_desktop.errors import (
    PassphraseSlotDamaged,
    WorkspaceCorrupt,
    WorkspaceExists,
    WorkspaceNotFound,
    WorkspaceReadOnly,
)
from facilitator_desktop.models import VaultSlotRow, WorkspaceMeta
from facilitator_desktop.models.db import make_engine, make_session_factory
from facilitator_desktop.models.migrate import BackupBeforeUpgradeFailed, upgrade_to_head
from facilitator_desktop.paths import DATABASE_NAME
from facilitator_desktop.services import backups, job_runner, vault_store
from facilitator_desktop.services.acknowledgements import AcknowledgementService
from facilitator_desktop.services.backup_sync import SyncReport
from facilitator_desktop.services.context import ServiceContext, utc_now
from facilitator_desktop.services.erasure import ErasureService
from facilitator_desktop.services.exports import ExportService
from facilitator_desktop.services.groups import GroupService
from facilitator_desktop.services.handout_data import HandoutDataService
from facilitator_desktop.services.history import HistoryService
from facilitator_desktop.services.key_changes import (
    KeyChangeReport,
    KeyChanges,
    Progress,
    fresh_params,
)
from facilitator_desktop.services.legacy_plaintext import seal_legacy_plaintext
from facilitator_desktop.services.member_rights import MemberRightsService
from facilitator_desktop.services.members import MemberService
from facilitator_desktop.services.notes import NoteService
from facilitator_desktop.services.rules import RuleService
from facilitator_desktop.services.sessions import GroupSessionService
from facilitator_desktop.services.settings import SettingsService

SQLITE_MAGIC = b"SQLite format 3\x00"
DAMAGED_PAGES = (
    "Part of this workspace file is damaged (SQLite's check found damaged pages), so it "
    "cannot be opened safely. Nothing has been changed on disk. Restore a backup, or keep "
    "the folder and ask for help."
)


def database_path(data_dir: Path) -> Path:
    return Path(data_dir) / DATABASE_NAME


class Workspace:
    """An open workspace. Use `create` or `open`; close it when done."""

    def __init__(
        self,
        data_dir: Path,
        engine: Engine,
        keyring: KeyRing,
        now: Callable[[], datetime],
    ) -> None:
        self.data_dir = Path(data_dir)
        self.engine = engine
        self.keyring = keyring
        self.context = ServiceContext(engine, make_session_factory(engine), keyring, now)
        self.groups = GroupService(self.context)
        self.members = MemberService(self.context)
        self.rules = RuleService(self.context)
        self.notes = NoteService(self.context)
        self.settings = SettingsService(self.context)
        self.member_rights = MemberRightsService(self.context, self.members, self.notes)
        self.erasure = ErasureService(
            self.context, self.members, self.notes.forget_all, self._run_jobs_for_erasure
        )
        self.key_changes = KeyChanges(self.context, self.run_maintenance)
        self.sessions = GroupSessionService(self.context, self.members, self.rules)
        self.acknowledgements = AcknowledgementService(self.context)
        self.history = HistoryService(self.context, self.members, self.notes, self.acknowledgements)
        self.exports = ExportService(self.context, self.members)
        self.handout_data = HandoutDataService(
            self.groups, self.members, self.rules, self.sessions, self.notes, self.settings
        )
        self._lock_listeners: list[Callable[[], None]] = []
        # Backups this run made (sequence, monotonic time) and what the last one's check found.
        self.backup_schedule = BackupSchedule()
        self.last_backup: backups.Verification | None = None

    # --- lifecycle ---------------------------------------------------------------------------

    @staticmethod
    def exists(data_dir: Path) -> bool:
        return database_path(data_dir).exists()

    @classmethod
    def create(
        cls,
        data_dir: Path,
        passphrase: str,
        *,
        kdf_params: KdfParams | None = None,
        now: Callable[[], datetime] = utc_now,
    ) -> Workspace:
        data_dir = Path(data_dir)
        if cls.exists(data_dir):
            raise WorkspaceExists()
        private_files.make_private_dir(data_dir)
        params = fresh_params(kdf_params)
        workspace_id = os.urandom(vault.WORKSPACE_ID_LENGTH)
        dek = keys.new_data_key()
        slot = vault.seal_with_passphrase(workspace_id, dek, passphrase, params)
        # 0600 before SQLite creates it (and its -wal and -shm) with the umask's mode.
        engine = make_engine(private_files.touch_private(database_path(data_dir)))
        try:
            upgrade_to_head(engine)
            with engine.begin() as conn:
                stamp = now()
                conn.execute(
                    insert(WorkspaceMeta).values(
                        id=1, workspace_id=workspace_id, created_at=stamp, key_id=keys.key_id(dek)
                    )
                )
                conn.execute(
                    insert(VaultSlotRow).values(
                        kind=int(vault.SlotKind.PASSPHRASE), blob=slot, updated_at=stamp
                    )
                )
        except BaseException:
            engine.dispose()
            raise
        keyring = KeyRing(workspace_id)
        keyring.unlock(dek)
        return cls(data_dir, engine, keyring, now)

    @classmethod
    def open(
        cls,
        data_dir: Path,
        passphrase: str,
        *,
        now: Callable[[], datetime] = utc_now,
    ) -> Workspace:
        path = database_path(data_dir)
        if not path.exists():
            raise WorkspaceNotFound()
        _check_sqlite_file(path)
        _check_writable(Path(data_dir), path)
        # Left looser by an older version or a loose umask: tightened before SQLite opens it.
        private_files.tighten_data_folder(Path(data_dir), subfolders=(backups.BACKUP_DIR,))
        engine = make_engine(path)
        try:
            try:
                workspace_id, slot = vault_store.read_vault(engine)
                dek = vault_store.unwrap(slot, passphrase, workspace_id)
            except WorkspaceCorrupt as exc:
                if vault_store.recovery_slot_intact(engine):
                    raise PassphraseSlotDamaged() from exc
                raise
            check_pages(engine)  # damaged pages: the restore offer now, not a traceback later
            cls._upgrade(Path(data_dir), engine, workspace_id, dek, now)
        except BaseException:
            engine.dispose()
            raise
        keyring = KeyRing(workspace_id)
        keyring.unlock(dek)
        backups.sweep_partials(backups.backups_dir(Path(data_dir)))  # a killed backup's leftovers
        workspace = cls(Path(data_dir), engine, keyring, now)
        workspace._after_unlock()
        return workspace

    @classmethod
    def _upgrade(
        cls,
        data_dir: Path,
        engine: Engine,
        workspace_id: bytes,
        dek: bytes,
        now: Callable[[], datetime],
    ) -> None:
        """Bring the schema up to date in one transaction, after a verified backup of the
        workspace as it is (trial decryption included), made only when there is something
        to upgrade. A kill or a full disk leaves the old revision, upgraded at the next open."""

        def backup(_revision: str) -> None:
            keyring = KeyRing(workspace_id)
            keyring.unlock(dek)
            try:
                # Services are only built here, not used: the schema is still the old one.
                cls(data_dir, engine, keyring, now).backup_before_upgrade()
            finally:
                keyring.lock()

        upgrade_to_head(engine, before_upgrade=backup)

    def backup_before_upgrade(self) -> Path:
        """A sequenced, verified copy in `backups/`; nothing is pruned (that needs today's
        schema), so the copy an upgrade started from stays until later backups replace it."""
        try:
            folder = backups.backups_dir(self.data_dir)
            backups.sweep_partials(folder)
            workspace_id = self.keyring.workspace_id
            sequence = backups.next_sequence(self.data_dir, workspace_id)
            target = folder / backups.backup_name(self.context.now(), workspace_id, sequence)
            self._backup_to(target, unlocked=True)
        except (backups.BackupFailed, OSError) as exc:
            raise BackupBeforeUpgradeFailed.because_of(exc, database_path(self.data_dir)) from exc
        return target

    @property
    def locked(self) -> bool:
        return not self.keyring.unlocked

    def lock(self) -> None:
        """Forget the data key. Listeners (UI caches) are told first so they drop plaintext."""
        for listener in list(self._lock_listeners):
            listener()
        self.keyring.lock()

    def unlock(self, passphrase: str) -> None:
        workspace_id, slot = vault_store.read_vault(self.engine)
        self.keyring.unlock(vault_store.unwrap(slot, passphrase, workspace_id))

    # --- passphrase and recovery key ---------------------------------------------------------

    def change_passphrase(
        self,
        current: str,
        new: str,
        *,
        rotate: bool = False,
        kdf_params: KdfParams | None = None,
        progress: Progress | None = None,
    ) -> KeyChangeReport:
        """See `KeyChanges.change_passphrase`: a crash at any point leaves the old or the
        new passphrase working, never neither, and every backup follows."""
        return self.key_changes.change_passphrase(
            current, new, rotate=rotate, kdf_params=kdf_params, progress=progress
        )

    def create_recovery_key(self) -> str:
        """A first recovery key, shown once to the user (replacing one needs the passphrase:
        `key_changes.replace_recovery_key`)."""
        return self.key_changes.add_recovery_key()

    @property
    def has_recovery_key(self) -> bool:
        return self.key_changes.has_recovery_key()

    def remove_recovery_key(
        self, passphrase: str, *, kdf_params: KdfParams | None = None
    ) -> KeyChangeReport:
        return self.key_changes.remove_recovery_key(passphrase, kdf_params=kdf_params)

    @classmethod
    def open_with_recovery_key(
        cls,
        data_dir: Path,
        recovery_key: str,
        new_passphrase: str,
        *,
        kdf_params: KdfParams | None = None,
        now: Callable[[], datetime] = utc_now,
    ) -> Workspace:
        """Unlock with the recovery key; a new passphrase is required and set at once, with
        freshly calibrated parameters. The recovery slot stands alone: a damaged or deleted
        passphrase slot does not stop it."""
        path = database_path(data_dir)
        if not path.exists():
            raise WorkspaceNotFound()
        _check_sqlite_file(path)
        _check_writable(Path(data_dir), path)
        private_files.tighten_data_folder(Path(data_dir), subfolders=(backups.BACKUP_DIR,))
        engine = make_engine(path)
        try:
            workspace_id = vault_store.read_workspace_id(engine)
            recovery_slot = vault_store.read_slot(engine, vault.SlotKind.RECOVERY)
            dek = vault_store.unwrap_recovery(recovery_slot, recovery_key, workspace_id)
            params = fresh_params(kdf_params)
            cls._upgrade(Path(data_dir), engine, workspace_id, dek, now)
            workspace = cls(Path(data_dir), engine, KeyRing(workspace_id), now)
        except BaseException:
            engine.dispose()
            raise
        workspace.keyring.unlock(dek)
        workspace.key_changes.set_passphrase(workspace_id, dek, new_passphrase, params)
        workspace._after_unlock()
        return workspace

    # --- upkeep after unlock -----------------------------------------------------------------

    def _after_unlock(self) -> None:
        """Record the data key's fingerprint and seal the texts an older version did not,
        then finish what a crash left undone (backups to re-key, erasures to repeat)."""
        with self.engine.begin() as conn:
            stored = conn.scalar(select(WorkspaceMeta.key_id).where(WorkspaceMeta.id == 1))
            if stored is None:
                conn.execute(
                    update(WorkspaceMeta).values(key_id=keys.key_id(self.keyring.data_key()))
                )
        if seal_legacy_plaintext(self.context):  # what an older version stored in plain form
            with self.engine.connect() as conn:
                # The WAL still holds the plain pages: fold it in (secure_delete zeroed the
                # old cells there) and empty it.
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.run_maintenance()

    def run_maintenance(self, progress: Progress | None = None) -> SyncReport:
        """Run pending jobs; if a copy had to be removed, a fresh verified backup replaces it."""
        report = job_runner.run_jobs(self.context, self.data_dir, progress)
        if report.removed:
            self.create_backup()
        return report

    def _run_jobs_for_erasure(self) -> tuple[int, tuple[str, ...]]:
        report = self.run_maintenance()
        return len(report.updated) + len(report.reencrypted), tuple(p.name for p in report.removed)

    def on_lock(self, listener: Callable[[], None]) -> None:
        self._lock_listeners.append(listener)

    # --- backups, restore, moving to another laptop --------------------------------------------

    def create_backup(self) -> Path:
        """A verified copy in `backups/`, named with the next sequence; this workspace's
        backups beyond the kept number are removed (never another workspace's, never the
        one just written). What its check found is kept in `last_backup`."""
        folder = backups.backups_dir(self.data_dir)
        backups.sweep_partials(folder)
        workspace_id = self.keyring.workspace_id
        sequence = max(
            backups.next_sequence(self.data_dir, workspace_id),
            self.backup_schedule.last_sequence + 1,
        )
        target = folder / backups.backup_name(self.context.now(), workspace_id, sequence)
        self.last_backup = self._backup_to(target, unlocked=self.keyring.unlocked)
        self.backup_schedule.record(sequence)
        backups.prune(self.data_dir, self.settings.backup_keep, workspace_id)
        return target

    def backup_if_due(self, interval: timedelta = backups.DAILY) -> Path | None:
        """At most one automatic backup per `interval` while the app is open, whatever the
        wall clock does (see domain.backup_schedule)."""
        newest = backups.latest(self.data_dir, self.keyring.workspace_id)
        if not self.backup_schedule.due(newest, self.context.now(), interval):
            return None
        return self.create_backup()

    def export_to(self, path: Path) -> Path:
        """The whole workspace as one file, to open on another laptop with the same
        passphrase (see `import_file`)."""
        # Made in a private folder beside it and renamed into place: a kill leaves no half
        # copy under the chosen name, and the next start sweeps the folder (partial_files).
        partial_files.write_with(
            Path(path), lambda partial: self._backup_to(partial, unlocked=True), make_folders=True
        )
        return Path(path)

    def _backup_to(self, target: Path, *, unlocked: bool) -> backups.Verification | None:
        """Write and check a copy; with `unlocked`, the check includes a trial decryption.
        Damaged records are counted, not fatal (see `backups.verify_copy`)."""
        cipher = self.keyring.cipher if unlocked else None
        found: list[backups.Verification | None] = []

        def check(copy: Path) -> None:
            try:
                found.append(backups.verify_copy(copy, self.keyring.workspace_id, cipher))
            except backups.NothingOpened as exc:
                # Every sample failed: only acceptable when the copy is sealed under our
                # key, so that they are damaged records rather than a wrong key.
                if not backups.key_matches(copy, keys.key_id(self.keyring.data_key())):
                    raise
                found.append(exc.verification)

        raw = self.engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            backups.write_backup(source, target, check)
        finally:
            raw.close()
        return found[-1] if found else None

    @staticmethod
    def restore(data_dir: Path, backup: Path) -> None:
        """Put `backup` in place of the workspace database. The workspace must be closed;
        back the current state up first (or, if it is damaged, it is kept aside)."""
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

    @staticmethod
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

    @staticmethod
    def put_back_damaged(data_dir: Path, aside: Path) -> None:
        """Undo `set_aside_damaged` (a replacement was refused), unless a workspace file
        has appeared in its place meanwhile."""
        current = database_path(data_dir)
        if current.exists() or not aside.exists():
            return
        for suffix in ("-wal", "-shm"):
            journal = Path(f"{aside}{suffix}")
            if journal.exists():
                os.replace(journal, Path(f"{current}{suffix}"))
        os.replace(aside, current)
        backups.fsync_path(Path(data_dir))

    @classmethod
    def import_file(cls, source: Path, data_dir: Path, passphrase: str) -> None:
        """Install an exported workspace file into an empty data folder, once a private copy
        has passed every check and a trial unlock with `passphrase` (see workspace_import)."""
        from facilitator_desktop.workspace_import import import_workspace  # imports this module

        import_workspace(Path(source), Path(data_dir), passphrase)

    def close(self) -> None:
        self.keyring.lock()
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _check_sqlite_file(path: Path) -> None:
    """SQLite would treat an empty file as a fresh database and write to it: refuse first."""
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise WorkspaceCorrupt(f"The workspace file cannot be read ({exc.strerror}).") from exc
    if magic != SQLITE_MAGIC:
        raise WorkspaceCorrupt()


def check_pages(engine: Engine) -> None:
    """SQLite's quick check (every page and b-tree, without cross-checking indexes against
    their tables): damage found here leads to the restore offer rather than to an error
    the first time some screen reads the damaged page."""
    try:
        with engine.connect() as conn:
            verdict = conn.exec_driver_sql("PRAGMA quick_check(1)").scalar()
    except (DBAPIError, SQLAlchemyError) as exc:
        raise WorkspaceCorrupt(DAMAGED_PAGES) from exc
    if verdict != "ok":
        raise WorkspaceCorrupt(DAMAGED_PAGES)


def _check_writable(data_dir: Path, path: Path) -> None:
    """SQLite needs to write beside the database (journal files): say so plainly first."""
    if not (os.access(data_dir, os.W_OK | os.X_OK) and os.access(path, os.W_OK)):
        raise WorkspaceReadOnly()


# Kept for callers that read the vault before a workspace is open (import checks).
_read_vault = vault_store.read_vault
_unwrap = vault_store.unwrap
