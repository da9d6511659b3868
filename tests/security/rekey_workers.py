"""Child processes for the re-key and erasure kill sweeps. Each counts the steps of one
change (every SQL statement, commit and file operation) and kills itself with SIGKILL at
step `kill_at`, the way a flat battery would; with a large `kill_at` it reports the count."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from sqlalchemy import event

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.services import backup_sync, backups, maintenance
from facilitator_desktop.workspace import Workspace


class _Steps:
    def __init__(self, kill_at: int) -> None:
        self.kill_at = kill_at
        self.count = 0

    def step(self, *_args: object, **_kwargs: object) -> None:
        self.count += 1
        if self.count == self.kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def wrap(self, owner: Any, name: str) -> None:
        original: Callable[..., Any] = getattr(owner, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.step()
            result = original(*args, **kwargs)
            self.step()
            return result

        setattr(owner, name, counted)


def _instrument(ws: Workspace, kill_at: int) -> _Steps:
    steps = _Steps(kill_at)
    event.listen(ws.engine, "before_cursor_execute", steps.step)
    event.listen(ws.engine, "commit", steps.step)
    for owner, name in (
        (backup_sync, "reseal"),
        (backup_sync, "erase_in"),
        (backup_sync, "remove_copy"),
        (backup_sync, "_apply"),
        (backups, "verify_copy"),
        (backups, "fsync_path"),
        (os, "replace"),
        (maintenance, "finish_jobs"),
    ):
        steps.wrap(owner, name)
    return steps


def rotate(data_dir: str, old: str, new: str, kill_at: int, pipe: Connection) -> None:
    ws = Workspace.open(Path(data_dir), old)
    steps = _instrument(ws, kill_at)
    ws.change_passphrase(old, new, rotate=True, kdf_params=FLOOR)
    pipe.send(steps.count)


def erase(data_dir: str, passphrase: str, member_id: int, kill_at: int, pipe: Connection) -> None:
    ws = Workspace.open(Path(data_dir), passphrase)
    steps = _instrument(ws, kill_at)
    ws.erasure.erase(member_id)
    pipe.send(steps.count)
