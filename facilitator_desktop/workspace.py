"""Workspace: one data folder holding one encrypted SQLite database.

Opening checks, in order and without writing a byte: the file is SQLite, its schema is
not newer than this app, the vault slot is intact, the passphrase opens it, SQLite's quick
check finds every page whole (it runs while the key is derived, on a connection of its own).
Only then are migrations run and the services handed out. Backups, restores and exports
are in workspace_backups.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from facilitator_desktop import private_files
from facilitator_desktop.crypto import keys, vault
from facilitator_desktop.crypto.kdf import KdfParams
from facilitator_desktop.crypto.keyring import KeyRing
from facilitator_desktop.crypto.keys import DataKey
from facilitator_desktop.errors import (
    N_,
    PassphraseSlotDamaged,
    WorkspaceCorrupt,
    WorkspaceExists,
    WorkspaceNotFound,
    WorkspaceReadOnly,
)
from facilitator_desktop.models import VaultSlotRow, WorkspaceMeta
from facilitator_desktop.models.db import make_engine, make_session_factory
from facilitator_desktop.models.migrate import upgrade_to_head
from facilitator_desktop.services import job_runner, vault_store
from facilitator_desktop.services.acknowledgements import AcknowledgementService
from facilitator_desktop.services.backup_sync import SyncReport
from facilitator_desktop.services.backups import BACKUP_DIR, DAILY, Verification, sweep_partials
from facilitator_desktop.services.backups import backups_dir as backups_folder
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
from facilitator_desktop.services.note_templates import NoteTemplateService
from facilitator_desktop.services.notes import NoteService
from facilitator_desktop.services.rules import RuleService
from facilitator_desktop.services.session_notes import SessionNoteService
from facilitator_desktop.services.sessions import GroupSessionService
from facilitator_desktop.services.settings import BACKUP_KEEP, SettingsService
from facilitator_desktop.workspace_backups import WorkspaceBackups, database_path

SQLITE_MAGIC = b"SQLite format 3\x00"
DAMAGED_PAGES = (
    "Part of this workspace file is damaged (SQLite's check found damaged pages), so it "
    "cannot be opened safely. Nothing has been changed on disk. Restore a backup, or keep "
    "the folder and ask for help."
)


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
        self.note_templates = NoteTemplateService(self.context)
        self.session_notes = SessionNoteService(self.context, self.members, self.note_templates)
        self._lock_listeners: list[Callable[[], None]] = []
        self.backups = WorkspaceBackups(
            self.data_dir, engine, keyring, now, lambda: self.settings.get(BACKUP_KEEP)
        )

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
        workspace_id = vault.new_workspace_id()
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
                        id=1, workspace_id=workspace_id, created_at=stamp, key_id=dek.key_id()
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
        private_files.tighten_data_folder(Path(data_dir), subfolders=(BACKUP_DIR,))
        engine = make_engine(path)
        try:
            try:
                workspace_id, slot = vault_store.read_vault(engine)
                # Damaged pages lead to the restore offer now, not to a traceback later; the
                # check reads the whole file, so it runs while the key is derived.
                with PageCheck(engine) as pages:
                    dek = vault_store.unwrap(slot, passphrase, workspace_id)
            except WorkspaceCorrupt as exc:
                if vault_store.recovery_slot_intact(engine):
                    raise PassphraseSlotDamaged() from exc
                raise
            pages.verdict()
            cls._upgrade(Path(data_dir), engine, workspace_id, dek, now)
        except BaseException:
            engine.dispose()
            raise
        keyring = KeyRing(workspace_id)
        keyring.unlock(dek)
        sweep_partials(backups_folder(Path(data_dir)))  # a killed backup's leftovers
        workspace = cls(Path(data_dir), engine, keyring, now)
        workspace._after_unlock()
        return workspace

    @classmethod
    def _upgrade(
        cls,
        data_dir: Path,
        engine: Engine,
        workspace_id: bytes,
        dek: DataKey,
        now: Callable[[], datetime],
    ) -> None:
        """Bring the schema up to date in one transaction, after a verified backup of the
        workspace as it is (trial decryption included), made only when there is something
        to upgrade. A kill or a full disk leaves the old revision, upgraded at the next open."""

        def backup(_revision: str) -> None:
            keyring = KeyRing(workspace_id)
            keyring.unlock(dek)
            try:
                # Nothing is pruned: that needs the setting, read with today's schema.
                WorkspaceBackups(data_dir, engine, keyring, now, lambda: 0).before_upgrade()
            finally:
                keyring.lock()

        upgrade_to_head(engine, before_upgrade=backup)

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
        private_files.tighten_data_folder(Path(data_dir), subfolders=(BACKUP_DIR,))
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
                conn.execute(update(WorkspaceMeta).values(key_id=self.keyring.key_id()))
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

    # --- backups and moving to another laptop (see workspace_backups) -------------------------

    def create_backup(self) -> Path:
        """A verified backup now; what its check found is in `last_backup`."""
        return self.backups.create()

    def backup_if_due(self, interval: timedelta = DAILY) -> Path | None:
        """At most one automatic backup per `interval` while the app is open."""
        return self.backups.if_due(interval)

    @property
    def last_backup(self) -> Verification | None:
        return self.backups.last

    def export_to(self, path: Path) -> Path:
        """The whole workspace as one file, to open on another laptop with the same
        passphrase (see `import_file`)."""
        return self.backups.export_to(path)

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
        raise WorkspaceCorrupt(
            N_("The workspace file cannot be read ({reason})."), reason=exc.strerror
        ) from exc
    if magic != SQLITE_MAGIC:
        raise WorkspaceCorrupt()


class PageCheck:
    """`check_pages` on a thread of its own while the `with` block runs (deriving the key
    lets other threads run); `verdict()` then raises what the check found."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="page-check", daemon=True)

    def __enter__(self) -> PageCheck:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._thread.join()  # never left running: the engine may be disposed next

    def _run(self) -> None:
        try:
            check_pages(self._engine)
        except BaseException as exc:  # noqa: BLE001 - handed to the opening thread
            self._error = exc

    def verdict(self) -> None:
        if self._error is not None:
            raise self._error


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
