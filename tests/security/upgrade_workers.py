"""A child process that opens an older workspace (backup, then upgrade) and kills itself
with SIGKILL at a chosen step: before the Nth SQL statement, file flush or copy check of the
open, counted up to the end of the upgrade. Started from a forkserver that has already
imported the app."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from facilitator_desktop import workspace as workspace_module
from facilitator_desktop.services import backups
from facilitator_desktop.workspace import Workspace


class Steps:
    def __init__(self, die_at: int) -> None:
        self.die_at = die_at
        self.count = 0
        self.upgraded = False

    def tick(self) -> None:
        if self.upgraded:
            return  # after the upgrade: upkeep that is not ours to sweep
        self.count += 1
        if self.count == self.die_at:
            os.kill(os.getpid(), signal.SIGKILL)


def _counting(steps: Steps, real: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        steps.tick()
        return real(*args, **kwargs)

    return wrapper


def open_and_die_at(data_dir: str, passphrase: str, die_at: int, pipe: Connection) -> None:
    steps = Steps(die_at)

    def before_statement(*_args: object) -> None:
        steps.tick()

    event.listen(Engine, "before_cursor_execute", before_statement)
    backups.fsync_path = _counting(steps, backups.fsync_path)  # type: ignore[assignment]
    backups.verify_copy = _counting(steps, backups.verify_copy)  # type: ignore[assignment]
    real_upgrade = workspace_module.upgrade_to_head

    def upgrade(*args: Any, **kwargs: Any) -> None:
        real_upgrade(*args, **kwargs)
        steps.upgraded = True

    workspace_module.upgrade_to_head = upgrade  # type: ignore[assignment]
    Workspace.open(Path(data_dir), passphrase).close()
    pipe.send(("finished", steps.count))
