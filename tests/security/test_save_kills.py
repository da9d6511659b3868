"""Saving a copy of the workspace and importing one, killed (SIGKILL) at every step: the
chosen file is the old one or a whole new one, the data folder holds no workspace or a whole
one, and the next start sweeps away every private folder a killed save or import left."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from multiprocessing.context import ForkServerContext
from pathlib import Path
from typing import Any

import pytest

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.demo import populate
from facilitator_desktop.partial_files import (
    IMPORT_STAGING_PREFIX,
    PARTIAL_PREFIX,
    records_dir,
    sweep_abandoned,
    sweep_import_staging,
)
from facilitator_desktop.paths import DATABASE_NAME
from facilitator_desktop.services import backups
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.workspace import Workspace
from tests.security import save_workers
from tests.security.test_process_start import START_PROBE, child_env

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL"),
]
PASSPHRASE = "carried to the new laptop"
MOST_KILLS = 60


@pytest.fixture(scope="module")
def forkserver() -> Iterator[ForkServerContext]:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.security.save_workers"])
    yield ctx


@pytest.fixture
def workspace_dir(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR) as ws:
        populate(ws, groups=2, weeks=4)
    return data_dir


def run_until(ctx: ForkServerContext, target: Any, args: tuple[Any, ...], die_at: int) -> int:
    """Run a worker until it kills itself at step `die_at`; the steps it counted when it
    finished instead (0 when killed)."""
    parent, child = ctx.Pipe(duplex=False)
    environment = {"HOME": os.environ["HOME"], "XDG_STATE_HOME": os.environ["XDG_STATE_HOME"]}
    process = ctx.Process(target=target, args=(environment, *args, die_at, child), daemon=True)
    process.start()
    child.close()
    try:
        finished = int(parent.recv()[1]) if parent.poll(60) else 0
    except EOFError:
        finished = 0
    finally:
        process.join(60)
        parent.close()
    assert process.exitcode == (0 if finished else -signal.SIGKILL), (die_at, process.exitcode)
    return finished


def kill_points(total: int) -> list[int]:
    """Every step, or (for long runs) an even spread that keeps the last steps, where the
    file is renamed into place."""
    if total <= MOST_KILLS:
        return list(range(1, total + 1))
    spread = range(1, total - 10, max(1, total // (MOST_KILLS - 10)))
    return sorted({*spread, *range(total - 10, total + 1)})


def test_saving_a_copy_of_the_workspace_killed_at_every_step(
    tmp_path: Path, workspace_dir: Path, forkserver: ForkServerContext
) -> None:
    usb = tmp_path / "USB stick"
    usb.mkdir()
    target = usb / "workspace-copy.db"
    args = (str(workspace_dir), PASSPHRASE, str(target))
    total = run_until(forkserver, save_workers.export_and_die_at, args, 10**9)
    assert total > 8
    first = target.read_bytes()  # a whole copy from an earlier save stays until replaced
    outcomes: Counter[str] = Counter()
    with Workspace.open(workspace_dir, PASSPHRASE) as ws:
        ws.groups.create(GroupDraft("Added since"))  # so that a new copy differs from it
        for die_at in kill_points(total):
            target.write_bytes(first)
            run_until(forkserver, save_workers.export_and_die_at, args, die_at)
            # The chosen name: the earlier copy or a whole new one, never a half one.
            found = backups.verify_copy(target, ws.keyring.workspace_id, ws.keyring.cipher)
            assert found.damaged == 0
            outcomes["old" if target.read_bytes() == first else "new"] += 1
            sweep_abandoned()  # as the next start does
            assert [p.name for p in usb.iterdir()] == [target.name], die_at
            assert list(records_dir().iterdir()) == []
    assert outcomes["old"] > 0 and outcomes["new"] > 0, outcomes


def test_an_import_killed_at_every_step(
    tmp_path: Path, workspace_dir: Path, forkserver: ForkServerContext
) -> None:
    source = tmp_path / "from-the-old-laptop.db"
    with Workspace.open(workspace_dir, PASSPHRASE) as ws:
        ws.export_to(source)
        groups = len(ws.groups.list())

    def fresh_place(name: str) -> Path:
        place = tmp_path / name
        shutil.rmtree(place, ignore_errors=True)
        place.mkdir()
        return place / "data"  # not there yet: the import stages beside it

    args = (str(source),)
    total = run_until(
        forkserver,
        save_workers.import_and_die_at,
        (*args, str(fresh_place("probe")), PASSPHRASE),
        10**9,
    )
    assert total > 20
    outcomes: Counter[str] = Counter()
    for die_at in kill_points(total):
        data_dir = fresh_place("laptop")
        run_until(
            forkserver, save_workers.import_and_die_at, (*args, str(data_dir), PASSPHRASE), die_at
        )
        for folder in (data_dir, data_dir.parent):  # as the next start does
            sweep_import_staging(folder)
            assert not list(folder.glob(f"{IMPORT_STAGING_PREFIX}*")), die_at
        if (data_dir / DATABASE_NAME).exists():
            with Workspace.open(data_dir, PASSPHRASE) as ws:  # whole, or not there at all
                assert len(ws.groups.list()) == groups
            outcomes["installed"] += 1
        else:
            outcomes["not installed"] += 1
        assert {p.name for p in data_dir.parent.iterdir()} <= {"data"}
    assert outcomes["installed"] > 0 and outcomes["not installed"] > 0, outcomes


def test_the_real_start_sweeps_what_killed_saves_and_imports_left(
    tmp_path: Path, workspace_dir: Path, forkserver: ForkServerContext
) -> None:
    usb = tmp_path / "USB stick"
    usb.mkdir()
    export_args = (str(workspace_dir), PASSPHRASE, str(usb / "copy.db"))
    total = run_until(forkserver, save_workers.export_and_die_at, export_args, 10**9)
    (usb / "copy.db").unlink()
    run_until(forkserver, save_workers.export_and_die_at, export_args, total // 2)
    assert list(usb.glob(f"{PARTIAL_PREFIX}*"))

    source = tmp_path / "export.db"
    with Workspace.open(workspace_dir, PASSPHRASE) as ws:
        ws.export_to(source)
    new_data = tmp_path / "new" / "data"
    new_data.parent.mkdir()
    import_args = (str(source), str(new_data), PASSPHRASE)
    run_until(forkserver, save_workers.import_and_die_at, import_args, 12)
    assert list(new_data.parent.glob(f"{IMPORT_STAGING_PREFIX}*"))

    temp = tmp_path / "tmp"
    temp.mkdir()
    start = subprocess.run(
        [sys.executable, "-c", START_PROBE, "--data-dir", str(new_data)],
        env={**child_env(temp), "HOME": os.environ["HOME"]},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert start.returncode == 0, start.stderr
    assert list(usb.iterdir()) == []
    assert not list(new_data.parent.glob(f"{IMPORT_STAGING_PREFIX}*"))
    assert list(records_dir().iterdir()) == []
