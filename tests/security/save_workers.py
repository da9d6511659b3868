"""Child processes that save a copy of the workspace or import one, killing themselves
with SIGKILL at a chosen step (the Nth file flush, rename, copy check or SQL statement).
Started from a forkserver that has already imported the app."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from facilitator_desktop.services import backups
from facilitator_desktop.workspace import Workspace


class Steps:
    def __init__(self, die_at: int) -> None:
        self.die_at = die_at
        self.count = 0

    def tick(self, *_args: object) -> None:
        self.count += 1
        if self.count == self.die_at:
            os.kill(os.getpid(), signal.SIGKILL)


def _counting(steps: Steps, real: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        steps.tick()
        return real(*args, **kwargs)

    return wrapper


def _count_steps(die_at: int) -> Steps:
    steps = Steps(die_at)
    event.listen(Engine, "before_cursor_execute", steps.tick)
    os.fsync = _counting(steps, os.fsync)
    os.replace = _counting(steps, os.replace)
    backups.fsync_path = _counting(steps, backups.fsync_path)  # type: ignore[assignment]
    backups.verify_copy = _counting(steps, backups.verify_copy)  # type: ignore[assignment]
    return steps


def _as_the_test(environment: dict[str, str]) -> None:
    """The forkserver started with the first test's folders: use this test's (the records
    of saves under way live in the user's state folder)."""
    os.environ.update(environment)


def export_and_die_at(
    environment: dict[str, str],
    data_dir: str,
    passphrase: str,
    target: str,
    die_at: int,
    pipe: Connection,
) -> None:
    _as_the_test(environment)
    ws = Workspace.open(Path(data_dir), passphrase)
    steps = _count_steps(die_at)  # counted from the click on "Export", not the unlock
    ws.export_to(Path(target))
    pipe.send(("finished", steps.count))


def import_and_die_at(
    environment: dict[str, str],
    source: str,
    data_dir: str,
    passphrase: str,
    die_at: int,
    pipe: Connection,
) -> None:
    _as_the_test(environment)
    steps = _count_steps(die_at)
    Workspace.import_file(Path(source), Path(data_dir), passphrase)
    pipe.send(("finished", steps.count))
