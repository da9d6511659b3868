"""Changing the secrets that open the workspace, so that an old secret opens nothing.

Routine passphrase change: the data key is re-wrapped under the new passphrase. When the old
secret may be known (the facilitator says so, or a recovery key is replaced or removed) the
data key itself is replaced: whoever knew the old secret may hold the old key. Either way
the change is one SQLite transaction on the workspace (a kill -9 leaves exactly the old or
exactly the new secret working, every value readable), which also records the job of
bringing every backup in line; the job runs at once and, after a crash, at the next unlock.
New passphrases always get freshly calibrated key-derivation parameters, never ones copied
from a stored header, and never below the floor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import update
from sqlalchemy.exc import SQLAlchemyError

from facilitator_desktop.crypto import keys, vault
from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.crypto.kdf import KdfParams, calibrate
from facilitator_desktop.crypto.keys import DataKey
from facilitator_desktop.crypto.retired_keys import seal_retired
from facilitator_desktop.errors import StorageError
from facilitator_desktop.models import WorkspaceMeta
from facilitator_desktop.services import maintenance, vault_store
from facilitator_desktop.services.backup_sync import SyncReport
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.reseal import reseal, sqlalchemy_run

# progress(stage, done, total); stage is "calibrating", "resealing" or "copies".
Progress = Callable[[str, int, int], None]
RunJobs = Callable[[Progress | None], SyncReport]


@dataclass(frozen=True, slots=True)
class KeyChangeReport:
    rotated: bool
    recovery_key: str | None  # a new recovery key to show once, when one was made
    values_resealed: int = 0
    damaged_values: int = 0  # could not be opened before the change: left as they were
    copies_updated: int = 0
    copies_reencrypted: int = 0
    copies_removed: tuple[str, ...] = ()
    # The backups could not be brought in line now (a full disk, say): the job stays and is
    # finished at the next unlock. The change itself is done.
    copies_pending: bool = False


def fresh_params(kdf_params: KdfParams | None, progress: Progress | None = None) -> KdfParams:
    """Parameters calibrated now on this machine (or given by a test), checked against the
    floor and the cap before any key is derived with them."""
    if progress is not None:
        progress("calibrating", 0, 1)
    params = kdf_params or calibrate()
    params.validate()
    return params


class KeyChanges:
    def __init__(self, ctx: ServiceContext, run_jobs: RunJobs) -> None:
        self._ctx = ctx
        self._run_jobs = run_jobs
        # Parameters for new passphrases when a call gives none: None = calibrate on this
        # machine (tests and the demo set the floor to stay fast).
        self.kdf_params: KdfParams | None = None

    def check_passphrase(self, passphrase: str) -> None:
        """Raises WrongPassphrase unless `passphrase` opens the workspace; changes nothing."""
        self._verify(passphrase)[1].wipe()

    # --- passphrase ------------------------------------------------------------------------

    def change_passphrase(
        self,
        current: str,
        new: str,
        *,
        rotate: bool = False,
        kdf_params: KdfParams | None = None,
        progress: Progress | None = None,
    ) -> KeyChangeReport:
        """`rotate`: someone may know the old passphrase, so the data key is replaced too
        (and a recovery key, which wraps the old data key, is replaced by a new one)."""
        workspace_id, dek = self._verify(current)
        params = fresh_params(kdf_params or self.kdf_params, progress)
        if rotate:
            return self._rotate(workspace_id, dek, new, params, self.has_recovery_key(), progress)
        try:
            self.set_passphrase(workspace_id, dek, new, params)
        finally:
            dek.wipe()
        return self._report(KeyChangeReport(False, None), progress)

    def set_passphrase(
        self, workspace_id: bytes, dek: DataKey, new: str, params: KdfParams
    ) -> None:
        """Re-wrap the data key under `new` (the recovery slot stays) in one transaction with
        the job that copies the new slot into every backup."""
        slot = vault.seal_with_passphrase(workspace_id, dek, new, params)
        with self._ctx.engine.begin() as conn:
            vault_store.write_slot(conn, vault.SlotKind.PASSPHRASE, slot, self._ctx.now())
            maintenance.add_job(conn, self._ctx, self._ctx.keyring.cipher, maintenance.RESLOT, {})

    # --- recovery key ----------------------------------------------------------------------

    def has_recovery_key(self) -> bool:
        return vault_store.read_slot(self._ctx.engine, vault.SlotKind.RECOVERY) is not None

    def add_recovery_key(self) -> str:
        """A first recovery key: a second wrap of the data key. Nothing to revoke, so the
        key stays; every backup gets the new slot too."""
        if self.has_recovery_key():
            raise ValueError("replace an existing recovery key with replace_recovery_key")
        recovery_key = vault.new_recovery_key()
        dek = self._ctx.keyring.data_key()
        try:
            slot = vault.seal_with_recovery_key(self._ctx.keyring.workspace_id, dek, recovery_key)
        finally:
            dek.wipe()
        with self._ctx.engine.begin() as conn:
            vault_store.write_slot(conn, vault.SlotKind.RECOVERY, slot, self._ctx.now())
            maintenance.add_job(conn, self._ctx, self._ctx.keyring.cipher, maintenance.RESLOT, {})
        self._run_jobs(None)
        return recovery_key

    def replace_recovery_key(
        self,
        passphrase: str,
        *,
        kdf_params: KdfParams | None = None,
        progress: Progress | None = None,
    ) -> KeyChangeReport:
        workspace_id, dek = self._verify(passphrase)
        params = fresh_params(kdf_params or self.kdf_params, progress)
        return self._rotate(workspace_id, dek, passphrase, params, True, progress)

    def remove_recovery_key(
        self,
        passphrase: str,
        *,
        kdf_params: KdfParams | None = None,
        progress: Progress | None = None,
    ) -> KeyChangeReport:
        workspace_id, dek = self._verify(passphrase)
        params = fresh_params(kdf_params or self.kdf_params, progress)
        return self._rotate(workspace_id, dek, passphrase, params, False, progress)

    # --- the data key ----------------------------------------------------------------------

    def _rotate(
        self,
        workspace_id: bytes,
        old_dek: DataKey,
        passphrase: str,
        params: KdfParams,
        with_recovery: bool,
        progress: Progress | None,
    ) -> KeyChangeReport:
        new_dek = keys.new_data_key()
        old_cipher = FieldCipher(old_dek, workspace_id)
        new_cipher = FieldCipher(new_dek, workspace_id)
        slots = {
            vault.SlotKind.PASSPHRASE: vault.seal_with_passphrase(
                workspace_id, new_dek, passphrase, params
            )
        }
        recovery_key = vault.new_recovery_key() if with_recovery else None
        if recovery_key is not None:
            slots[vault.SlotKind.RECOVERY] = vault.seal_with_recovery_key(
                workspace_id, new_dek, recovery_key
            )

        def resealing(done: int, total: int) -> None:
            if progress is not None:
                progress("resealing", done, total)

        with self._ctx.keyring.changing():
            with self._ctx.engine.begin() as conn:
                counted = reseal(sqlalchemy_run(conn), old_cipher, new_cipher, resealing)
                vault_store.replace_slots(conn, dict(slots), self._ctx.now())
                conn.execute(update(WorkspaceMeta).values(key_id=new_dek.key_id()))
                retired = seal_retired(old_dek, new_dek, workspace_id)
                maintenance.add_job(
                    conn, self._ctx, new_cipher, maintenance.REKEY, {"retired_key": retired}
                )
            self._ctx.keyring.unlock(new_dek)
        old_cipher.wipe()
        new_cipher.wipe()  # the key ring derived its own from the new key
        old_dek.wipe()
        new_dek.wipe()
        report = KeyChangeReport(True, recovery_key, counted.values, counted.damaged)
        return self._report(report, progress)

    def _verify(self, passphrase: str) -> tuple[bytes, DataKey]:
        workspace_id, slot = vault_store.read_vault(self._ctx.engine)
        return workspace_id, vault_store.unwrap(slot, passphrase, workspace_id)

    def _report(self, report: KeyChangeReport, progress: Progress | None) -> KeyChangeReport:
        try:
            synced = self._run_jobs(progress)
        except (StorageError, OSError, SQLAlchemyError):
            # Committed already: the secret has changed. What is left is in the job table.
            return replace(report, copies_pending=True)
        return KeyChangeReport(
            report.rotated,
            report.recovery_key,
            report.values_resealed,
            report.damaged_values,
            len(synced.updated),
            len(synced.reencrypted),
            tuple(p.name for p in synced.removed),
        )
