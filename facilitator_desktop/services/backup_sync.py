"""Bring every copy of the workspace in its data folder in line with the workspace itself.

Copies are the backups in `backups/` and damaged databases set aside beside the workspace.
After the passphrase or recovery key changed, each copy gets the new vault slots, so the old
secret opens no file in the folder; after the data key changed, each copy is re-encrypted
under the new key; after an erasure, the member is erased from each copy. A copy is
rewritten by way of a private temporary file that must pass the same check as a new backup
before it replaces the original; a copy that cannot be brought in line is removed, never
left behind still opening with an old secret.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.paths import DATABASE_NAME
from facilitator_desktop.services import backups
from facilitator_desktop.services.erasure import Erasure, erase_in
from facilitator_desktop.services.reseal import Run, opens_with, reseal, sqlite_run

SET_ASIDE_MARK = ".damaged-"
JOURNALS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class VaultState:
    """What every copy must end up with."""

    workspace_id: bytes
    slots: dict[int, bytes]
    cipher: FieldCipher
    key_id: bytes
    retired: dict[bytes, FieldCipher]  # key id -> cipher of a retired data key
    erasures: tuple[Erasure, ...] = ()


@dataclass(slots=True)
class SyncReport:
    updated: list[Path] = field(default_factory=list)
    reencrypted: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    untouched: list[Path] = field(default_factory=list)


class CopyUnusable(Exception):
    """The copy cannot be read, or is sealed under a key we no longer have."""


def copies_in(data_dir: Path) -> list[Path]:
    folder = backups.backups_dir(data_dir)
    found = sorted(folder.glob(f"{backups.PREFIX}*{backups.SUFFIX}")) if folder.is_dir() else []
    found += sorted(Path(data_dir).glob(f"{DATABASE_NAME}{SET_ASIDE_MARK}*"))
    return [p for p in found if not p.name.endswith(JOURNALS)]


def sync_copies(
    data_dir: Path,
    state: VaultState,
    progress: Callable[[int, int], None] | None = None,
    copies: Iterable[Path] | None = None,
) -> SyncReport:
    report = SyncReport()
    targets = list(copies) if copies is not None else copies_in(data_dir)
    for done, path in enumerate(targets):
        if progress is not None:
            progress(done, len(targets))
        try:
            outcome = _sync_one(path, state)
        except (CopyUnusable, sqlite3.Error, OSError, backups.BackupFailed):
            remove_copy(path)
            report.removed.append(path)
            continue
        {
            _Outcome.UNTOUCHED: report.untouched,
            _Outcome.REENCRYPTED: report.reencrypted,
            _Outcome.UPDATED: report.updated,
        }[outcome].append(path)
    if progress is not None:
        progress(len(targets), len(targets))
    return report


class _Outcome(Enum):
    UNTOUCHED = "untouched"  # already in line, or another workspace's copy
    UPDATED = "updated"  # new slots (and erasures) written in
    REENCRYPTED = "reencrypted"  # sealed anew under the current key


def _sync_one(path: Path, state: VaultState) -> _Outcome:
    with _open_copy(path) as conn:
        run = sqlite_run(conn)
        try:
            row = run("SELECT workspace_id FROM workspace_meta WHERE id = 1", ())
        except sqlite3.Error as exc:
            raise CopyUnusable(str(exc)) from exc
        if not row or bytes(row[0][0]) != state.workspace_id:
            if row:
                return _Outcome.UNTOUCHED  # another workspace's copy: not ours to change
            raise CopyUnusable("no workspace id")
        slots = {int(k): bytes(b) for k, b in run("SELECT kind, blob FROM vault_slots", ())}
        old = _cipher_of(run, state)
    needs_rekey = old is not state.cipher
    if not needs_rekey and slots == state.slots and not state.erasures:
        return _Outcome.UNTOUCHED
    _rewrite(path, state, old)
    return _Outcome.REENCRYPTED if needs_rekey else _Outcome.UPDATED


def _cipher_of(run: Run, state: VaultState) -> FieldCipher:
    """The cipher this copy is sealed with: the current one, or a retired one we hold."""
    columns = {row[1] for row in run("PRAGMA table_info(workspace_meta)", ())}
    if "key_id" in columns:
        stored = run("SELECT key_id FROM workspace_meta WHERE id = 1", ())[0][0]
        if stored is not None:
            stored = bytes(stored)
            if stored == state.key_id:
                return state.cipher
            if stored in state.retired:
                return state.retired[stored]
            raise CopyUnusable("sealed under a key that is no longer held")
    # Written before key ids were stored: try the keys we hold on a sample.
    for cipher in (state.cipher, *state.retired.values()):
        opened = opens_with(run, cipher)
        if opened is None:
            return state.cipher  # nothing sealed in it: only its slots matter
        if opened:
            return cipher
    raise CopyUnusable("sealed under a key that is no longer held")


def _rewrite(path: Path, state: VaultState, old: FieldCipher) -> None:
    temp = path.parent / f"{backups.TEMP_PREFIX}{uuid.uuid4().hex}{backups.SUFFIX}"
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        with _open_copy(path) as source:
            copy = sqlite3.connect(temp)
            try:
                source.backup(copy)
                _apply(copy, state, old)
            finally:
                copy.close()
        backups.fsync_path(temp)
        backups.verify_copy(temp, state.workspace_id, state.cipher)
        os.replace(temp, path)
        for suffix in JOURNALS:  # a set-aside database's journals held old pages
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        backups.fsync_path(path.parent)
    finally:
        temp.unlink(missing_ok=True)


def _apply(copy: sqlite3.Connection, state: VaultState, old: FieldCipher) -> None:
    # No journal file beside the copy (it would hold the old pages); secure_delete zeroes
    # every cell and page that is freed or rewritten, so no old slot, key or name is left in
    # the file's free space.
    copy.execute("PRAGMA journal_mode=MEMORY")
    copy.execute("PRAGMA secure_delete=ON")
    copy.execute("PRAGMA foreign_keys=ON")
    run = sqlite_run(copy)
    copy.execute("BEGIN IMMEDIATE")
    if old is not state.cipher:
        reseal(run, old, state.cipher)
    for erasure in state.erasures:
        erase_in(run, state.cipher, erasure)
    run("DELETE FROM vault_slots", ())
    for kind, blob in sorted(state.slots.items()):
        run(
            "INSERT INTO vault_slots (kind, blob, updated_at) VALUES (?, ?, datetime('now'))",
            (kind, blob),
        )
    columns = {row[1] for row in run("PRAGMA table_info(workspace_meta)", ())}
    if "key_id" in columns:
        run("UPDATE workspace_meta SET key_id = ? WHERE id = 1", (state.key_id,))
    tables = {name for (name,) in run("SELECT name FROM sqlite_master WHERE type='table'", ())}
    if "maintenance_jobs" in tables:
        run("DELETE FROM maintenance_jobs", ())  # a copy is a snapshot, not a to-do list
    copy.commit()
    copy.execute("PRAGMA journal_mode=DELETE")


@contextmanager
def _open_copy(path: Path) -> Iterator[sqlite3.Connection]:
    """A backup is opened read-only; a set-aside database may need its WAL replayed, and is
    replaced whole afterwards anyway."""
    if not path.is_file():
        raise CopyUnusable("missing")
    if SET_ASIDE_MARK in path.name:
        conn = sqlite3.connect(path)
    else:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        yield conn
    finally:
        conn.close()


def remove_copy(path: Path) -> None:
    path.unlink(missing_ok=True)
    for suffix in JOURNALS:
        Path(f"{path}{suffix}").unlink(missing_ok=True)
